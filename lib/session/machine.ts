/**
 * One page's session as a state machine: events in (lib/session/types.ts), effects out. It decides
 * what the content script does and when: a cheap article check; on an article, extraction, a first
 * look at the opening blocks and then the full Report from the background; marks, legend and card;
 * re-runs when the page changes or navigates; answers to the popup. The content script only turns
 * real events into these events and effects into calls (entrypoints/content/session.ts).
 *
 * Every async step carries its run number: a newer run (a re-check, a navigation, marking turned
 * off) makes the older one's late results stale, and stale results change nothing.
 * Pure: no DOM, no browser API, no timers, no clock (times come in with the events).
 */
import type { ArticleInput, Report } from '../analysis/types';
import type { Correction } from '../corrections-schema';
import { fitInput } from '../messages-schema';
import { type Mark, type MarkKind, toMarks } from '../page/marks';
import { autoMarkFor, COLOUR_SCHEMES, normaliseSite, type Settings } from '../settings-schema';
import { visibleMarks } from '../visible-marks';
import { firstLook } from './first-look';
import { revealTarget } from './reveal';
import type { AnalyzeReply, PageState, Request, SessionEffect, SessionEvent } from './types';

/** Quiet time after the last DOM change before we look again, and the longest we wait. */
export const SETTLE_MS = 300;
export const MAX_WAIT_MS = 2000;
/** A page that is not an article is re-checked on change at most this many times per URL. */
export const MAX_RECHECKS = 10;

export interface SessionView<A> {
  url: string;
  signature: string;
  article: A;
  report: Report;
  /** Drawn from the first look at the opening blocks; the full Report is on its way. */
  partial: boolean;
  /** The marks on the page now, in order (empty when marks are off). */
  placed: readonly Mark[];
}

/** The run in flight, between its events. */
interface Run<A> {
  run: number;
  stage: 'detecting' | 'extracting' | 'asking' | 'done';
  article?: A;
  input?: ArticleInput;
  href?: string;
  signature?: string;
  marksDetached?: boolean;
  /** Whether a first look was asked for, and its answer once here (null: not yet). */
  first?: { reply: AnalyzeReply | null; used: boolean };
  full?: { reply: AnalyzeReply | null };
}

export class SessionMachine<A> {
  page: PageState = { kind: 'not-article' };
  view: SessionView<A> | null = null;
  /** The reader asked to analyse this page although it is not detected as one. */
  forced = false;
  /** An article left unmarked only because marking is off for this site. */
  skipped = false;
  marksOn = true;
  legendOpen = false;
  settings: Settings | null = null;
  corrections: Correction[] | null = null;
  /** The URL as last read, and as last announced by a real navigation. */
  href = '';
  #lastHref = '';
  #run = 0;
  #current: Run<A> | null = null;
  /** analyze-now requests, answered when their run ends. */
  #waiting: { id: number; run: number }[] = [];
  #rechecks = 0;
  #firstPending = 0;
  #active = false;
  #prefsAsked = false;
  #stopped = false;
  #out: SessionEffect<A>[] = [];

  /** The run the latest async step belongs to (for tests and debugging). */
  get runNumber(): number {
    return this.#run;
  }

  send(event: SessionEvent<A>): SessionEffect<A>[] {
    this.#out = [];
    if (this.#stopped) return this.#out;
    this.#handle(event);
    return this.#out;
  }

  #emit(effect: SessionEffect<A>): void {
    this.#out.push(effect);
  }

  #handle(e: SessionEvent<A>): void {
    switch (e.type) {
      case 'start':
        this.href = this.#lastHref = e.href;
        this.#emit({ type: 'observe' });
        this.#analyse();
        return;
      case 'detected':
        this.#onDetected(e.run, e.isArticle);
        return;
      case 'extracted':
        this.#onExtracted(e);
        return;
      case 'first-look':
      case 'report':
        this.#onReply(e.type, e.run, e.reply);
        return;
      case 'settings':
        this.settings = e.settings;
        this.#emit({ type: 'keys', shortcuts: e.settings.shortcuts });
        this.#followAutoMark();
        this.#continueRun();
        this.#redraw();
        return;
      case 'corrections':
        this.corrections = e.corrections;
        this.#continueRun();
        this.#redraw();
        return;
      case 'drawn':
        if (!this.view) return;
        this.view.placed = e.placed;
        this.#emitLegend();
        return;
      case 'mutation':
        this.#queue(e.now);
        return;
      case 'settled':
        this.#flush(e.hidden);
        return;
      case 'location':
        // A page can dispatch WXT's location event by name as often as it likes: only a real
        // change of the URL counts.
        if (e.href === this.#lastHref) return;
        this.href = this.#lastHref = e.href;
        this.#navigated(e.now);
        return;
      case 'pagehide':
        if (e.trusted && this.view) this.#emit({ type: 'page-left' });
        return;
      case 'toggle-marks':
        this.#setMarks(!this.marksOn);
        return;
      case 'toggle-legend':
        this.legendOpen = !this.legendOpen;
        this.#emitLegend();
        return;
      case 'request':
        this.#onRequest(e.id, e.request);
        return;
      case 'stop':
        this.#stopped = true;
        this.#supersede();
        this.#emit({ type: 'clear' });
        this.#emit({ type: 'destroy' });
        return;
    }
  }

  // ------------------------------------------------------------------ the analysis, step by step

  #analyse(): void {
    this.#supersede();
    this.#current = { run: this.#run, stage: 'detecting' };
    this.#emit({ type: 'detect', run: this.#run });
  }

  /** A newer run starts (or none): what the older one still brings is stale. */
  #supersede(): void {
    const old = this.#current;
    this.#run++;
    this.#current = null;
    // A run waiting only for storage has nothing more coming to end it: answer its askers now.
    if (old && (old.stage === 'done' || !this.#outstanding(old))) this.#endRun(old.run);
  }

  #outstanding(r: Run<A>): boolean {
    if (r.stage === 'detecting') return true;
    if (r.stage === 'extracting') return r.article === undefined;
    if (r.stage === 'asking') return r.full?.reply === null || r.first?.reply === null;
    return false;
  }

  /** A result of an older run: it changes nothing, but ends that run for those waiting on it. */
  #stale(run: number): boolean {
    if (run === this.#run && this.#current?.run === run && this.#current.stage !== 'done') return false;
    this.#endRun(run);
    return true;
  }

  #endRun(run: number): void {
    if (this.#current?.run === run) this.#current.stage = 'done';
    const due = this.#waiting.filter((w) => w.run === run);
    if (due.length === 0) return;
    this.#waiting = this.#waiting.filter((w) => w.run !== run);
    for (const w of due) this.#emit({ type: 'reply', id: w.id, value: this.page });
  }

  #onDetected(run: number, isArticle: boolean | null): void {
    if (this.#stale(run)) return;
    if (isArticle === null) {
      this.#endRun(run);
      return;
    }
    if (!this.forced && !isArticle) {
      if (this.view) {
        this.#clear();
        this.#emit({ type: 'page-left' });
      }
      this.page = { kind: 'not-article' };
      this.#endRun(run);
      return;
    }
    if (!this.#active) {
      this.#active = true;
      this.#emit({ type: 'activate' });
    }
    if (!this.#prefsAsked) {
      this.#prefsAsked = true; // storage answers while we extract
      this.#emit({ type: 'load-prefs' });
    }
    this.#current!.stage = 'extracting';
    this.#emit({ type: 'extract', run });
  }

  #onExtracted(e: Extract<SessionEvent<A>, { type: 'extracted' }>): void {
    if (this.#stale(e.run)) return;
    this.href = e.href;
    const r = this.#current!;
    if (!e.article || !e.input) {
      this.#endRun(e.run);
      return;
    }
    r.article = e.article;
    r.input = e.input;
    r.href = e.href;
    r.marksDetached = e.marksDetached;
    this.#continueRun();
  }

  #onReply(kind: 'first-look' | 'report', run: number, reply: AnalyzeReply): void {
    if (this.#stale(run)) return;
    const r = this.#current!;
    if (kind === 'first-look' && r.first) r.first.reply = reply;
    if (kind === 'report' && r.full) r.full.reply = reply;
    this.#continueRun();
  }

  /** Takes the run in flight as far as what has arrived allows. */
  #continueRun(): void {
    const r = this.#current;
    if (!r) return;
    if (r.stage === 'extracting' && r.article !== undefined && this.settings) this.#ask(r);
    if (r.stage === 'asking' && this.corrections) this.#answer(r);
  }

  /** Extracted, settings read: skip, keep what is drawn, or ask the background. */
  #ask(r: Run<A>): void {
    const settings = this.settings!;
    const input = r.input!;
    this.skipped = !this.forced && !autoMarkFor(settings, normaliseSite(r.href!));
    if (this.skipped) {
      // Marks only when asked on this site (popup button, context menu), or once marking is on.
      this.page = { kind: 'not-article' };
      this.#endRun(r.run);
      return;
    }
    const signature = input.blocks.map((b) => b.text).join('\n');
    const v = this.view;
    if (v && !v.partial && v.url === r.href && v.signature === signature) {
      // Same article: redraw only if the page replaced the nodes our marks stood on.
      if (r.marksDetached) {
        v.article = r.article!;
        this.#draw();
      }
      this.#endRun(r.run);
      return;
    }
    if (input.blocks.length === 0) {
      this.page = { kind: 'not-article' };
      this.#endRun(r.run);
      return;
    }
    this.page = { kind: 'analysing' };
    r.stage = 'asking';
    r.signature = signature;
    // Nothing drawn yet: ask first for the opening blocks (sent first, so answered first), draw
    // those marks, then let the full Report replace them. Cut to what the background accepts
    // (lib/messages-schema.ts), so no page is refused for size.
    const fitted = fitInput(input);
    const opening = v ? null : firstLook(fitted);
    if (opening) {
      r.first = { reply: null, used: false };
      this.#emit({ type: 'analyze', run: r.run, input: opening, force: this.forced, partial: true });
    }
    r.full = { reply: null };
    this.#emit({ type: 'analyze', run: r.run, input: fitted, force: this.forced, partial: false });
  }

  /** Replies in, corrections read: draw the first look, then the full Report, in that order. */
  #answer(r: Run<A>): void {
    if (r.first && !r.first.used) {
      if (r.first.reply === null) return; // the first look is answered first; wait for it
      r.first.used = true;
      const look = r.first.reply;
      if (look && 'report' in look && look.report.supported) {
        this.#clear();
        this.view = this.#newView(r, look.report, true);
        this.#draw();
      }
    }
    if (!r.full || r.full.reply === null) return;
    const reply = r.full.reply;
    if (!reply || 'error' in reply) {
      this.#failed(r, reply?.error);
      return;
    }
    const { report } = reply;
    const v = this.view;
    if (v?.partial && v.signature === r.signature) {
      // The same page: the full Report replaces the first look in one go (undo, then draw), so
      // marks that are in both never leave the screen; the legend and card stay where they are.
      v.report = report;
      v.article = r.article!;
      v.partial = false;
    } else {
      this.#clear();
      this.view = this.#newView(r, report, false);
    }
    this.page = report.supported
      ? { kind: 'done', report }
      : { kind: 'unsupported-language', language: report.language, report };
    this.#draw();
    this.#endRun(r.run);
  }

  #failed(r: Run<A>, message: string | undefined): void {
    if (this.view?.partial) this.#clear();
    this.page = { kind: 'error', message: message ?? 'The analysis did not answer.' };
    this.#endRun(r.run);
  }

  #newView(r: Run<A>, report: Report, partial: boolean): SessionView<A> {
    return { url: r.href!, signature: r.signature!, article: r.article!, report, partial, placed: [] };
  }

  // ------------------------------------------------------------------ drawing

  #palette() {
    return this.settings ? COLOUR_SCHEMES[this.settings.colourScheme] : undefined;
  }

  /** The marks to draw now: none when marks are off, the language is not supported or settings unread. */
  marksToDraw(): Mark[] | null {
    const v = this.view;
    if (!v || !this.marksOn || !v.report.supported || !this.settings) return null;
    const selection = visibleMarks(v.report, this.settings, this.corrections ?? [], normaliseSite(this.href));
    return toMarks(v.report, selection);
  }

  #draw(): void {
    if (!this.view) return;
    this.#emit({
      type: 'draw',
      article: this.view.article,
      marks: this.marksToDraw(),
      palette: this.#palette(),
    });
  }

  /** Draw again for changed settings or corrections, unless this event has drawn already. */
  #redraw(): void {
    if (!this.#out.some((e) => e.type === 'draw')) this.#draw();
  }

  #emitLegend(): void {
    const v = this.view;
    if (!v?.report.supported) {
      this.#emit({ type: 'legend', view: null });
      return;
    }
    const counts: Partial<Record<MarkKind, number>> = {};
    for (const m of v.placed) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
    this.#emit({
      type: 'legend',
      view: { counts, on: this.marksOn, expanded: this.legendOpen, palette: this.#palette() },
    });
  }

  #clear(): void {
    this.view = null;
    this.#emit({ type: 'clear' });
  }

  #setMarks(on: boolean): void {
    this.marksOn = on;
    this.#emit({ type: 'hide-card' });
    this.#draw();
  }

  /**
   * Automatic marking turned on or off in the options (for all sites or this one): an article
   * skipped for that is analysed now, and marks drawn without asking go. Marks the reader asked
   * for on this page (popup button, context menu) stay.
   */
  #followAutoMark(): void {
    if (!this.settings || this.forced) return;
    const auto = autoMarkFor(this.settings, normaliseSite(this.href));
    if (auto && this.skipped && !this.view) {
      this.skipped = false;
      this.#analyse();
    } else if (!auto && this.view) {
      this.#supersede(); // an analysis still in flight is dropped as well
      this.#clear();
      this.#emit({ type: 'page-left' });
      this.page = { kind: 'not-article' };
      this.skipped = true;
    }
  }

  // ------------------------------------------------------------------ change and navigation

  /** A DOM change: only (re)arms the settle timer. */
  #queue(now: number): void {
    this.#firstPending ||= now;
    this.#emit({
      type: 'settle',
      ms: Math.min(SETTLE_MS, Math.max(0, this.#firstPending + MAX_WAIT_MS - now)),
    });
  }

  #flush(hidden: boolean): void {
    this.#firstPending = 0;
    if (hidden) {
      this.#emit({ type: 'wait-visible' }); // work waits while the tab is in the background
      return;
    }
    if (!this.view && !this.forced && ++this.#rechecks > MAX_RECHECKS) this.#emit({ type: 'disconnect' });
    else this.#analyse();
  }

  /** The old article's marks go at once; the new page is looked at once it settles. */
  #navigated(now: number): void {
    this.#supersede();
    this.forced = false;
    this.#rechecks = 0;
    this.page = { kind: 'not-article' };
    if (this.view) {
      this.#clear();
      this.#emit({ type: 'page-left' });
    }
    this.#emit({ type: 'observe' });
    this.#queue(now);
  }

  // ------------------------------------------------------------------ the popup and background

  #onRequest(id: number, req: Request): void {
    switch (req.type) {
      case 'get-state':
        this.#emit({ type: 'reply', id, value: this.page });
        return;
      case 'analyze-now':
        this.forced = true;
        this.#analyse();
        this.#waiting.push({ id, run: this.#run });
        return;
      case 'set-marks':
        this.#setMarks(req.on);
        this.#emit({ type: 'reply', id, value: { on: this.marksOn } });
        return;
      case 'reveal': {
        const v = this.view;
        const found = v ? revealTarget(v.report, v.placed, req.target) : null;
        if (!v || !found) {
          this.#emit({ type: 'reply', id, value: { found: false } });
          return;
        }
        if ('index' in found) {
          this.#emit({ type: 'reveal', id, index: found.index });
          return;
        }
        this.#emit({ type: 'reveal-span', id, article: v.article, span: found.span, mark: found.mark });
        return;
      }
    }
  }
}
