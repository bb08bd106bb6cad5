/**
 * One page's life in the content script, as wiring only: the decisions (when to check, extract,
 * ask, draw, clear; what is stale; what to answer) are the pure state machine in
 * lib/session/machine.ts. Here real events become its events (detection and extraction results,
 * the background's replies, storage changes, one batched MutationObserver, WXT's
 * `wxt:locationchange`, messages) and its effects become calls (annotate, legend, card, messages).
 * Everything drawn is undone on navigation and when the script is replaced.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listCorrections, watchCorrections } from '@/lib/corrections';
import type { ContentToBackground, Replies } from '@/lib/messages';
import { parseAnalyzeReply, parseToContent } from '@/lib/messages';
import { type Annotation, clearMarks, spanToRange } from '@/lib/page/annotate';
import { isArticlePageSliced } from '@/lib/page/detect';
import { drawMarks } from '@/lib/page/draw';
import { extractArticleSliced } from '@/lib/page/extract';
import { handoff } from '@/lib/page/handoff';
import type { ExtractedArticle } from '@/lib/page/types';
import { SessionMachine } from '@/lib/session/machine';
import { cardData } from '@/lib/session/reveal';
import type { LegendView, SessionEffect, SessionEvent } from '@/lib/session/types';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '@/lib/settings';
import { createCard } from './card';
import { guardScriptStarted } from './copy-guard';
import { wireInteractions } from './interact';
import { createLegend, type LegendController, setLegendKeys } from './legend';

type PageEvent = SessionEvent<ExtractedArticle>;
type PageEffect = SessionEffect<ExtractedArticle>;

export function startSession(ctx: ContentScriptContext): void {
  guardScriptStarted(ctx);
  const doc = document;
  const machine = new SessionMachine<ExtractedArticle>();
  const card = createCard(doc);
  let annotation: Annotation | null = null;
  let interact: ReturnType<typeof wireInteractions> | null = null;
  const placed = () => annotation?.placed ?? [];
  // Detection and extraction come in slices of at most 8 ms that give the page its thread back
  // between them (lib/page/slice.ts), so a huge page never freezes; they stop with the script.
  const sliced = { signal: ctx.signal, budgetMs: 8 };

  /** Events of a stopped script are dropped (the machine ignores them too). */
  function send(event: PageEvent): void {
    if (ctx.isInvalid && event.type !== 'stop') return;
    for (const effect of machine.send(event)) perform(effect);
  }

  function perform(e: PageEffect): void {
    switch (e.type) {
      case 'detect': {
        // Injected by the first stage, which has just found this page an article: take its answer
        // once rather than detect the same page again.
        const h = handoff();
        if (h?.article) {
          h.article = false;
          send({ type: 'detected', run: e.run, isArticle: true });
          return;
        }
        void isArticlePageSliced(doc, sliced).then(
          (d) => send({ type: 'detected', run: e.run, isArticle: d.isArticle }),
          () => send({ type: 'detected', run: e.run, isArticle: null }),
        );
        return;
      }
      case 'extract':
        void extractArticleSliced(doc, { ...sliced, url: location.href })
          .catch(() => null)
          .then((article) =>
            send({
              type: 'extracted',
              run: e.run,
              href: location.href,
              article,
              input: article?.input ?? null,
              marksDetached: placed().some((p) => !p.range.startContainer.isConnected),
            }),
          );
        return;
      case 'activate':
        activate();
        return;
      case 'load-prefs':
        void loadSettings().then((settings) => send({ type: 'settings', settings }));
        void listCorrections().then((corrections) => send({ type: 'corrections', corrections }));
        return;
      case 'analyze': {
        const reply = notify({
          type: 'analyze',
          input: e.input,
          force: e.force,
          ...(e.partial ? { partial: true } : {}),
        });
        void reply.then((r) => send({ type: e.partial ? 'first-look' : 'report', run: e.run, reply: r }));
        return;
      }
      case 'draw': {
        // Replaces the marks on screen; a long article's come in slices, nearest the viewport
        // first (lib/page/draw.ts), and the legend counts them all again once they are in.
        const previous = annotation;
        annotation = null;
        if (e.marks) {
          const drawing = drawMarks(doc, e.marks, e.article.map, {
            palette: e.palette,
            replaces: previous,
            signal: ctx.signal,
            budgetMs: 8,
          });
          annotation = drawing;
          if (drawing.state === 'drawing') {
            void drawing.done.then(() => {
              if (annotation === drawing) send({ type: 'drawn', placed: placed().map((p) => p.mark) });
            });
          }
        } else {
          previous?.undo();
        }
        observer.takeRecords(); // our own fallback elements are not page changes
        send({ type: 'drawn', placed: placed().map((p) => p.mark) });
        return;
      }
      case 'clear':
        interact?.reset();
        annotation?.undo();
        annotation = null;
        showLegend(null);
        clearMarks(doc); // also anything an older copy of this script left behind
        observer.takeRecords();
        return;
      case 'legend':
        showLegend(e.view);
        return;
      case 'keys':
        setLegendKeys(e.shortcuts);
        return;
      case 'hide-card':
        interact?.hide();
        return;
      case 'page-left':
        void notify({ type: 'page-left' });
        return;
      case 'settle':
        clearTimeout(settleTimer);
        settleTimer = setTimeout(() => send({ type: 'settled', hidden: doc.hidden }), e.ms);
        return;
      case 'wait-visible':
        ctx.addEventListener(doc, 'visibilitychange', () => send({ type: 'mutation', now: Date.now() }), {
          once: true,
        });
        return;
      case 'observe':
        observer.observe(doc.body ?? doc.documentElement, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        return;
      case 'disconnect':
        observer.disconnect();
        return;
      case 'reveal': {
        const hit = placed()[e.index];
        if (hit) interact?.reveal(hit);
        reply(e.id, { found: Boolean(hit && interact) });
        return;
      }
      case 'reveal-span': {
        const range = spanToRange(doc, e.article.map, e.span);
        if (range) interact?.reveal({ mark: e.mark, range });
        reply(e.id, { found: Boolean(range && interact) });
        return;
      }
      case 'reply':
        reply(e.id, e.value);
        return;
      case 'destroy':
        card.destroy();
        return;
    }
  }

  // Pointer, keyboard and storage listeners wait for the first article: a page that is not one
  // gets only the cheap check, one observer and the message listener.
  function activate(): void {
    interact ??= wireInteractions(ctx, doc, {
      card,
      placed,
      cardFor: (mark) => cardData(machine.view!.report, mark),
      toggleMarks: () => send({ type: 'toggle-marks' }),
      settings: () => machine.settings ?? DEFAULT_SETTINGS,
    });
    ctx.onInvalidated(watchSettings((settings) => send({ type: 'settings', settings })));
    ctx.onInvalidated(watchCorrections((corrections) => send({ type: 'corrections', corrections })));
  }

  // ---------------------------------------------------------------- the legend

  /**
   * A new legend waits one task: creating it (a shadow root put in the top layer) forces a style
   * recalculation, and done in the same task it would hold back the first paint of the marks.
   */
  let legend: LegendController | null = null;
  let legendView: LegendView | null = null;
  let legendTimer: number | undefined;
  function showLegend(view: LegendView | null): void {
    legendView = view;
    if (!view) {
      legend?.destroy();
      legend = null;
    } else if (legend) renderLegend();
    else if (legendTimer === undefined) {
      legendTimer = ctx.setTimeout(() => {
        legendTimer = undefined;
        renderLegend();
      }, 0);
    }
  }
  function renderLegend(): void {
    if (!legendView) return;
    legend ??= createLegend(doc);
    legend.update({
      ...legendView,
      onToggleMarks: () => send({ type: 'toggle-marks' }),
      onToggleExpanded: () => send({ type: 'toggle-legend' }),
    });
  }

  // ---------------------------------------------------------------- messages

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

  let nextId = 0;
  const replies = new Map<number, (value: unknown) => void>();
  function reply(id: number, value: unknown): void {
    replies.get(id)?.(value);
    replies.delete(id);
  }

  const onMessage = (msg: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseToContent(msg); // checked against its kind's schema; a bad one is dropped and counted
    if (!request) return undefined;
    const id = ++nextId;
    const answer = new Promise<unknown>((resolve) => replies.set(id, resolve));
    send({ type: 'request', id, request });
    return answer;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // ---------------------------------------------------------------- change and navigation

  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  ctx.onInvalidated(() => clearTimeout(settleTimer));
  const observer = new MutationObserver(() => send({ type: 'mutation', now: Date.now() }));
  ctx.onInvalidated(() => observer.disconnect());

  // Looked at after the event's task, since the Navigation API announces a navigation before the
  // new URL is committed; the machine counts only a real change of the URL.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => send({ type: 'location', href: location.href, now: Date.now() }), 0);
  });
  ctx.addEventListener(window, 'pagehide', (e: Event) => send({ type: 'pagehide', trusted: e.isTrusted }));
  ctx.onInvalidated(() => send({ type: 'stop' }));

  send({ type: 'start', href: location.href });
}
