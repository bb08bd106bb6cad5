/**
 * One page's life in the content script: a cheap article check; on an article, extract from the
 * live page, ask the background for the Report, draw marks, legend and card. Late or changing
 * content and SPA navigation re-run it through one batched MutationObserver and WXT's
 * `wxt:locationchange`. Everything drawn is undone on navigation and when the script is replaced.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Report } from '@/lib/analysis/types';
import { type Correction, listCorrections, watchCorrections } from '@/lib/corrections';
import type { ContentToBackground, PageState, Replies, ToContent } from '@/lib/messages';
import { parseAnalyzeReply, parseToContent } from '@/lib/messages';
import { fitInput } from '@/lib/messages-schema';
import { type Annotation, clearMarks, spanToRange } from '@/lib/page/annotate';
import { createCard, createLegend, type LegendController, setLegendKeys } from '@/lib/page/card-host';
import { isArticlePageSliced } from '@/lib/page/detect';
import { drawMarks } from '@/lib/page/draw';
import { extractArticleSliced } from '@/lib/page/extract';
import { cardFor, type MarkKind, toMarks } from '@/lib/page/marks';
import { firstLook } from '@/lib/page/session-first-look';
import type { ExtractedArticle } from '@/lib/page/types';
import {
  autoMarkFor,
  COLOUR_SCHEMES,
  DEFAULT_SETTINGS,
  loadSettings,
  normaliseSite,
  type Settings,
  watchSettings,
} from '@/lib/settings';
import { visibleMarks } from '@/lib/visible-marks';
import { guardScriptStarted } from './copy-guard';
import { wireInteractions } from './interact';

/** Quiet time after the last DOM change before we look again, and the longest we wait. */
const SETTLE_MS = 300;
const MAX_WAIT_MS = 2000;
/** A page that is not an article is re-checked on change at most this many times per URL. */
const MAX_RECHECKS = 10;

interface View {
  url: string;
  signature: string;
  extracted: ExtractedArticle;
  report: Report;
  annotation: Annotation | null;
  /** Drawn from the first look at the opening blocks; the full Report is on its way. */
  partial: boolean;
}

export function startSession(ctx: ContentScriptContext): void {
  guardScriptStarted(ctx);
  const doc = document;
  let state: PageState = { kind: 'not-article' };
  let view: View | null = null;
  let forced = false; // the reader asked to analyse this page although it is not detected as one
  let skipped = false; // an article left unmarked only because marking is off for this site
  let marksOn = true;
  let legendOpen = false;
  let legend: LegendController | null = null;
  let settings: Settings | null = null;
  let corrections: Correction[] = [];
  let prefs: { settings: Promise<void>; all: Promise<void> } | null = null;
  let run = 0; // generation counter: a newer run makes an older async one drop its result
  let rechecks = 0;

  const card = createCard(doc);
  /** The settings, and the in-page keys the legend shows, as last read or changed. */
  const useSettings = (next: Settings) => {
    settings = next;
    setLegendKeys(next.shortcuts);
  };
  const site = () => normaliseSite(location.href);
  const palette = () => (settings ? COLOUR_SCHEMES[settings.colourScheme] : undefined);
  const placed = () => view?.annotation?.placed ?? [];

  // Pointer, keyboard and storage listeners wait for the first article: a page that is not one
  // gets only the cheap check, one observer and the message listener.
  let interact: ReturnType<typeof wireInteractions> | null = null;
  function activate(): ReturnType<typeof wireInteractions> {
    if (interact) return interact;
    interact = wireInteractions(ctx, doc, {
      card,
      placed,
      cardFor: (mark) => {
        const data = cardFor(view!.report, mark);
        // a claim or fact shown from the popup's strip is no opinion: the card must not say it is
        const label = mark.term ? undefined : view!.report.sentences[mark.sentence]?.label;
        if (label === 'claim') return { ...data, label: 'A claim, not an opinion' };
        return label === 'fact' ? { ...data, label: 'A statement of fact, not an opinion' } : data;
      },
      toggleMarks: () => setMarks(!marksOn),
      settings: () => settings ?? DEFAULT_SETTINGS,
    });
    ctx.onInvalidated(
      watchSettings((next) => {
        useSettings(next);
        followAutoMark();
        void draw();
      }),
    );
    ctx.onInvalidated(
      watchCorrections((next) => {
        corrections = next;
        void draw();
      }),
    );
    return interact;
  }

  /**
   * Settings and corrections, read once (in parallel with extraction and analysis), then watched.
   * Two promises, because the request for analysis waits only for the settings (whether this site
   * is marked without asking); the corrections are needed only when the marks are drawn.
   */
  function loadPrefs(): { settings: Promise<void>; all: Promise<void> } {
    if (!prefs) {
      const s = loadSettings().then((next) => {
        useSettings(next);
      });
      const c = listCorrections().then((next) => {
        corrections = next;
      });
      prefs = { settings: s, all: Promise.all([s, c]).then(() => {}) };
    }
    return prefs;
  }

  // ---------------------------------------------------------------- drawing

  async function draw(): Promise<void> {
    if (!view) return;
    const previous = view.annotation;
    view.annotation = null;
    if (marksOn && view.report.supported && settings) {
      const selection = visibleMarks(view.report, settings, corrections, site());
      // Replaces the previous marks; a long article's come in slices, nearest the viewport first
      // (lib/page/draw.ts), and the legend counts them all once they are in.
      const drawing = drawMarks(doc, toMarks(view.report, selection), view.extracted.map, {
        palette: palette(),
        replaces: previous,
        signal: ctx.signal,
        budgetMs: 8,
      });
      view.annotation = drawing;
      if (drawing.state === 'drawing') {
        void drawing.done.then(() => {
          if (legend && view?.annotation === drawing) drawLegend();
        });
      }
    } else {
      previous?.undo();
    }
    observer.takeRecords(); // our own fallback elements are not page changes
    if (legend) drawLegend();
    else scheduleLegend();
  }

  /**
   * A new legend waits one task: creating it (a shadow root put in the top layer) forces a style
   * recalculation, and done in the same task it would hold back the first paint of the marks.
   */
  let legendTimer: number | undefined;
  function scheduleLegend(): void {
    if (legendTimer !== undefined) return;
    legendTimer = ctx.setTimeout(() => {
      legendTimer = undefined;
      drawLegend();
    }, 0);
  }

  function drawLegend(): void {
    if (!view?.report.supported) {
      legend?.destroy();
      legend = null;
      return;
    }
    const counts: Partial<Record<MarkKind, number>> = {};
    for (const p of placed()) counts[p.mark.kind] = (counts[p.mark.kind] ?? 0) + 1;
    legend ??= createLegend(doc);
    legend.update({
      counts,
      on: marksOn,
      expanded: legendOpen,
      palette: palette(),
      onToggleMarks: () => setMarks(!marksOn),
      onToggleExpanded: () => {
        legendOpen = !legendOpen;
        drawLegend();
      },
    });
  }

  function clear(): void {
    interact?.reset();
    view?.annotation?.undo();
    view = null;
    legend?.destroy();
    legend = null;
    clearMarks(doc); // also anything an older copy of this script left behind
    observer.takeRecords();
  }

  /**
   * Automatic marking turned on or off in the options (for all sites or this one): an article
   * skipped for that is analysed now, and marks drawn without asking go. Marks the reader asked
   * for on this page (popup button, context menu) stay.
   */
  function followAutoMark(): void {
    if (!settings || forced) return;
    const auto = autoMarkFor(settings, site());
    if (auto && skipped && !view) {
      skipped = false;
      void analyse();
    } else if (!auto && view) {
      run++; // an analysis still in flight is dropped as well
      clear();
      void notify({ type: 'page-left' });
      state = { kind: 'not-article' };
      skipped = true;
    }
  }

  function setMarks(on: boolean): void {
    marksOn = on;
    interact?.hide();
    void draw();
  }

  // ---------------------------------------------------------------- analysis

  async function analyse(): Promise<PageState> {
    const mine = ++run;
    // Detection and extraction come in slices of at most 8 ms that give the page its thread back
    // between them (lib/page/slice.ts), so a huge page never freezes; they stop with the script.
    const sliced = { signal: ctx.signal, budgetMs: 8 };
    const detected = await isArticlePageSliced(doc, sliced).catch(() => null);
    if (!detected || mine !== run || ctx.isInvalid) return state;
    if (!forced && !detected.isArticle) {
      if (view) {
        clear();
        void notify({ type: 'page-left' });
      }
      state = { kind: 'not-article' };
      return state;
    }
    activate();
    const ready = loadPrefs(); // storage answers while we extract
    const extracted = await extractArticleSliced(doc, { ...sliced, url: location.href }).catch(() => null);
    await ready.settings;
    if (!extracted) return state;
    if (mine !== run || ctx.isInvalid) return state;
    skipped = !forced && !autoMarkFor(settings!, site());
    if (skipped) {
      // Marks only when asked on this site (popup button, context menu), or once marking is on.
      state = { kind: 'not-article' };
      return state;
    }
    const signature = extracted.input.blocks.map((b) => b.text).join('\n');
    if (view && !view.partial && view.url === location.href && view.signature === signature) {
      // Same article: redraw only if the page replaced the nodes our ranges stood on.
      if (placed().some((p) => !p.range.startContainer.isConnected)) {
        view.extracted = extracted;
        await draw();
      }
      return state;
    }
    if (extracted.input.blocks.length === 0) {
      state = { kind: 'not-article' };
      return state;
    }
    state = { kind: 'analysing' };
    // Nothing drawn yet: ask first for the opening blocks (sent first, so answered first), draw
    // those marks, then let the full Report replace them.
    // Cut to what the background accepts (lib/messages-schema.ts), so no page is refused for size.
    const input = fitInput(extracted.input);
    const opening = view ? null : firstLook(input);
    const first = opening && notify({ type: 'analyze', input: opening, force: forced, partial: true });
    const full = notify({ type: 'analyze', input, force: forced });
    if (first) {
      const look = await first;
      await ready.all;
      if (mine !== run || ctx.isInvalid) return state;
      if (look && 'report' in look && look.report.supported) {
        clear();
        view = {
          url: location.href,
          signature,
          extracted,
          report: look.report,
          annotation: null,
          partial: true,
        };
        await draw();
      }
    }
    const reply = await full;
    await ready.all;
    if (mine !== run || ctx.isInvalid) return state;
    if (!reply || 'error' in reply) {
      if (view?.partial) clear();
      state = { kind: 'error', message: reply?.error ?? 'The analysis did not answer.' };
      return state;
    }
    const { report } = reply;
    if (view?.partial && view.signature === signature) {
      // The same page: the full Report replaces the first look in one task (undo, then draw), so
      // marks that are in both never leave the screen; the legend and card stay where they are.
      view.report = report;
      view.extracted = extracted;
      view.partial = false;
    } else {
      clear();
      view = { url: location.href, signature, extracted, report, annotation: null, partial: false };
    }
    state = report.supported
      ? { kind: 'done', report }
      : { kind: 'unsupported-language', language: report.language, report };
    await draw();
    return state;
  }

  async function notify(
    msg: Extract<ContentToBackground, { type: 'analyze' }>,
  ): Promise<Replies['analyze'] | undefined>;
  async function notify(msg: Extract<ContentToBackground, { type: 'page-left' }>): Promise<undefined>;
  async function notify(msg: ContentToBackground): Promise<Replies['analyze'] | undefined> {
    try {
      const reply: unknown = await browser.runtime.sendMessage(msg);
      // The answer to `analyze` is checked as it arrives, like every message.
      return msg.type === 'analyze' ? (parseAnalyzeReply(reply) ?? undefined) : undefined;
    } catch {
      return undefined; // the extension was reloaded or the background is restarting
    }
  }

  // ---------------------------------------------------------------- change and navigation

  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const flush = () => {
    settleTimer = undefined;
    firstPending = 0;
    if (doc.hidden) {
      // Work waits while the tab is in the background.
      ctx.addEventListener(doc, 'visibilitychange', () => queue(), { once: true });
      return;
    }
    if (!view && !forced && ++rechecks > MAX_RECHECKS) {
      observer.disconnect();
      return;
    }
    void analyse();
  };
  /** Called from the observer: only (re)arms a timer. */
  const queue = () => {
    const now = Date.now();
    firstPending ||= now;
    clearTimeout(settleTimer);
    const wait = Math.min(SETTLE_MS, Math.max(0, firstPending + MAX_WAIT_MS - now));
    settleTimer = setTimeout(flush, wait);
  };
  ctx.onInvalidated(() => clearTimeout(settleTimer));

  const observer = new MutationObserver(queue);
  const observe = () =>
    observer.observe(doc.body ?? doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  observe();
  ctx.onInvalidated(() => observer.disconnect());

  // A page can dispatch WXT's location event by name as often as it likes: only a real change of
  // the URL counts. Looked at after the event's task, since the Navigation API announces a
  // navigation before the new URL is committed.
  let lastHref = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => {
      if (location.href === lastHref) return;
      lastHref = location.href;
      navigated();
    }, 0);
  });
  const navigated = () => {
    // The old article's marks go at once; the new page is looked at once it settles.
    run++;
    forced = false;
    rechecks = 0;
    state = { kind: 'not-article' };
    if (view) {
      clear();
      void notify({ type: 'page-left' });
    }
    observe();
    queue();
  };
  ctx.addEventListener(window, 'pagehide', (e: Event) => {
    if (e.isTrusted && view) void notify({ type: 'page-left' });
  });

  ctx.onInvalidated(() => {
    clear();
    card.destroy();
  });

  // ---------------------------------------------------------------- messages from popup/background

  const onMessage = (msg: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = parseToContent(msg); // checked against its kind's schema; a bad one is dropped and counted
    if (!m) return undefined;
    switch (m.type) {
      case 'get-state':
        return Promise.resolve(state satisfies Replies['get-state']);
      case 'analyze-now':
        forced = true;
        return analyse() satisfies Promise<Replies['analyze-now']>;
      case 'set-marks':
        setMarks(m.on);
        return Promise.resolve({ on: marksOn } satisfies Replies['set-marks']);
      case 'reveal':
        return Promise.resolve({ found: reveal(m.target) } satisfies Replies['reveal']);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  function reveal(target: Extract<ToContent, { type: 'reveal' }>['target']): boolean {
    if (!view) return false;
    const { report } = view;
    const sentence =
      target.kind === 'sentence'
        ? target.index
        : target.kind === 'claim'
          ? report.claims[target.index]?.sentence
          : undefined;
    const term = target.kind === 'loaded' ? report.loaded[target.index] : undefined;
    const hit = placed().find((p) =>
      term ? p.mark.term === term : !p.mark.term && p.mark.sentence === sentence,
    );
    if (hit) {
      activate().reveal(hit);
      return true;
    }
    // Not drawn (hidden by settings, or marks off): still scroll to it and show its card.
    const span = term ?? (sentence !== undefined ? report.sentences[sentence] : undefined);
    const range = span ? spanToRange(doc, view.extracted.map, span) : null;
    if (!span || !range) return false;
    const mark = term
      ? {
          kind: `loaded-${term.category}` as const,
          block: term.block,
          start: term.start,
          end: term.end,
          sentence: term.sentence,
          term,
        }
      : toMarks(report, { sentences: [sentence!], loaded: [], added: [] })[0];
    if (!mark) return false;
    activate().reveal({ mark, range });
    return true;
  }

  void analyse();
}
