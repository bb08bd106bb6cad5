/**
 * The one typed protocol for every message between contexts (content, background, popup,
 * options). Add a variant here, never an untyped payload elsewhere, and its schema to
 * lib/messages-schema.ts.
 */
import type { ArticleInput, Report } from './analysis/types';

/** What the content script knows about its page. */
export type PageState =
  | { kind: 'not-article' }
  | { kind: 'analysing' }
  | { kind: 'done'; report: Report }
  | { kind: 'unsupported-language'; language: string; report: Report }
  | { kind: 'error'; message: string };

/** What the popup shows for a tab. */
export type TabState =
  | PageState
  | { kind: 'restricted' } // browser pages, store pages: the extension may not run there
  | { kind: 'unknown' }; // no content script answered (page still loading, or not injected)

/** Sent by the content script to the background. */
export type ContentToBackground =
  | { type: 'page-state'; state: PageState; url: string }
  | { type: 'page-left' }
  /**
   * From the first stage (entrypoints/first-stage): this top-level page is an article, so the
   * background injects the full content script into the sender's tab and frame.
   */
  | { type: 'load-content' }
  /** The engine runs where it loads once (the background); the content script stays small. */
  | {
      type: 'analyze';
      input: ArticleInput;
      force?: boolean;
      /**
       * A first look at the article's opening blocks only, so the first marks come sooner: the
       * background replies with the Report but does not record it (tab state, badge, profile).
       */
      partial?: boolean;
    };

/** Sent by the popup (or options) to the background. */
export type PopupToBackground =
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'analyze-tab'; tabId: number };

/** Sent by the background or popup to a tab's content script. */
export type ToContent =
  | { type: 'get-state' }
  | { type: 'analyze-now' }
  | { type: 'set-marks'; on: boolean }
  | { type: 'reveal'; target: { kind: 'sentence' | 'loaded' | 'claim'; index: number } };

export type Message = ContentToBackground | PopupToBackground | ToContent;

/** Replies, by request type. */
export interface Replies {
  'get-tab-state': TabState;
  'analyze-tab': TabState;
  'get-state': PageState;
  'analyze-now': PageState;
  'set-marks': { on: boolean };
  reveal: { found: boolean };
  'page-state': undefined;
  'page-left': undefined;
  /** Whether the full content script was injected. */
  'load-content': { loaded: boolean };
  analyze: { report: Report } | { error: string };
}

/**
 * Every message is checked against its kind's schema where it arrives (lib/messages-schema.ts):
 * what does not fit is dropped and counted, never acted on or stored.
 */
export {
  droppedMessages,
  parseAnalyzeReply,
  parseFromContent,
  parseFromPopup,
  parsePageState,
  parseToContent,
} from './messages-schema';
