/**
 * What goes into and comes out of the page session (lib/session/machine.ts): events that the
 * content script makes from real ones (a detection finished, the reader pressed a key, storage
 * changed, a message came), and effects it turns into calls (extract, ask the background, draw,
 * reply). Plain data: no DOM, no browser API.
 *
 * `A` is the content script's handle on an extracted article (its text map into the live page);
 * the machine only carries it from `extracted` to `draw` and never looks inside.
 */
import type { ArticleInput, Report, Span } from '../analysis/types';
import type { Correction } from '../corrections-schema';
import type { PageState, Replies, ToContent } from '../messages';
import type { Palette } from '../page/highlight-styles';
import type { Mark, MarkKind } from '../page/marks';
import type { Settings, Shortcuts } from '../settings-schema';

/** The background's answer to `analyze`; undefined when it did not answer (reloaded, restarting). */
export type AnalyzeReply = Replies['analyze'] | undefined;

/** A request from the popup or background that wants an answer; `id` pairs it with its reply. */
export type Request = ToContent;

export type SessionEvent<A> =
  /** The script started on a page at `href`. */
  | { type: 'start'; href: string }
  /** The cheap article check for run `run` ended; `isArticle` null when it failed. */
  | { type: 'detected'; run: number; isArticle: boolean | null }
  /**
   * Extraction for run `run` ended (article null when it failed). `marksDetached`: some mark
   * drawn now stands on text the page has since replaced.
   */
  | {
      type: 'extracted';
      run: number;
      href: string;
      article: A | null;
      input: ArticleInput | null;
      marksDetached: boolean;
    }
  /** The first look (opening blocks) or the full Report for run `run` came back. */
  | { type: 'first-look'; run: number; reply: AnalyzeReply }
  | { type: 'report'; run: number; reply: AnalyzeReply }
  /** Settings or corrections as read from storage or changed in any context. */
  | { type: 'settings'; settings: Settings }
  | { type: 'corrections'; corrections: Correction[] }
  /** These marks (a subset of those asked for, in order) are on the page now. */
  | { type: 'drawn'; placed: readonly Mark[] }
  /** The page's DOM changed, at time `now` (ms). */
  | { type: 'mutation'; now: number }
  /** The settle timer fired; `hidden`: the tab is in the background. */
  | { type: 'settled'; hidden: boolean }
  /** WXT's location event, looked at a task later: the URL is `href` now. */
  | { type: 'location'; href: string; now: number }
  | { type: 'pagehide'; trusted: boolean }
  /** The reader's own toggles (keys, legend): trusted input only reaches here. */
  | { type: 'toggle-marks' }
  | { type: 'toggle-legend' }
  /** A checked message from our own extension. */
  | { type: 'request'; id: number; request: Request }
  /** The script is replaced or the extension gone. */
  | { type: 'stop' };

/** What the legend shows; null: no legend. */
export interface LegendView {
  counts: Partial<Record<MarkKind, number>>;
  on: boolean;
  expanded: boolean;
  palette?: Palette;
}

export type SessionEffect<A> =
  | { type: 'detect'; run: number }
  | { type: 'extract'; run: number }
  /** Wire pointer, keyboard and storage listeners (once, on the first article). */
  | { type: 'activate' }
  /** Read settings and corrections (once); each answers with its event. */
  | { type: 'load-prefs' }
  | {
      type: 'analyze';
      run: number;
      input: ArticleInput;
      force: boolean;
      /** The first look at the opening blocks; the full Report follows. */
      partial: boolean;
    }
  /** Undo the marks drawn, then draw these (none when null); answer with `drawn`. */
  | { type: 'draw'; article: A; marks: Mark[] | null; palette?: Palette }
  /** Undo everything drawn (marks, legend, card) and anything an older copy left. */
  | { type: 'clear' }
  | { type: 'legend'; view: LegendView | null }
  | { type: 'keys'; shortcuts: Shortcuts }
  | { type: 'hide-card' }
  | { type: 'page-left' }
  /** (Re)arm the settle timer; it answers with `settled`. */
  | { type: 'settle'; ms: number }
  /** Wait until the tab is shown, then answer with a `mutation`. */
  | { type: 'wait-visible' }
  | { type: 'observe' }
  | { type: 'disconnect' }
  /** Show the card of the drawn mark `index` (popup reveal), scrolled to and lit. */
  | { type: 'reveal'; id: number; index: number }
  /** Show the card of a mark not drawn now (hidden by settings, or marks off); reply found or not. */
  | { type: 'reveal-span'; id: number; article: A; span: Span; mark: Mark }
  | { type: 'reply'; id: number; value: Replies['get-state'] | Replies['set-marks'] | Replies['reveal'] }
  /** The script stops: also remove the card. */
  | { type: 'destroy' };

export type { PageState, Report };
