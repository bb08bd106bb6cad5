/**
 * Pointer and keyboard wiring for the marks, as effects of lib/session/interaction.ts (which card
 * shows, stepping, Tab into the card, the grace period before a card closes): hover shows the card
 * for the mark under the pointer, the reader's shortcuts (settings; Alt+Shift+N / P / M by default)
 * step through the marks (the card follows) and turn marks on and off, Escape closes the card, Tab
 * moves into a card reached from the keyboard. The card's corrections ("Not loaded here", "Mark a
 * word as loaded…") are stored from here. All listeners go through `ctx`, so they end with the script.
 *
 * Every listener acts only on events the browser made from the reader's own input (isTrusted):
 * a page's script can dispatch a keydown or pointermove, but that opens, moves or steps nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { flash, type Placed } from '@/lib/page/annotate';
import { anchorRect, markAt, sentenceAnchor } from '@/lib/page/hit-test';
import type { CardData, Mark } from '@/lib/page/marks';
import { type InteractionEffect, type InteractionEvent, InteractionMachine } from '@/lib/session/interaction';
import { DEFAULT_SETTINGS, normaliseSite, type Settings } from '@/lib/settings';
import type { CardActions, CardController } from './card';
import { cardActions } from './card-actions';
import { listenKeys } from './keys';

export interface InteractDeps {
  card: CardController;
  /** The marks on the page now (empty when marks are off). */
  placed(): readonly Placed[];
  cardFor(mark: Mark): CardData;
  toggleMarks(): void;
  /** The reader's settings as the session last read them (keys, shown categories); defaults if absent. */
  settings?(): Settings;
}

export function wireInteractions(ctx: ContentScriptContext, doc: Document, deps: InteractDeps) {
  const win = doc.defaultView!;
  const machine = new InteractionMachine<Placed>();
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let returnFocus: HTMLElement | null = null; // where focus was before Tab moved it into the card
  let unlight: (() => void) | null = null; // the popup's current mark stays lit while its card shows it
  let frameTarget: EventTarget | null = null; // what the pointer was over when it asked for a frame
  ctx.onInvalidated(() => clearTimeout(hideTimer));

  // The keys and the categories shown come from the session's settings (read once, then watched),
  // so a change applies at once in every open tab.
  const settings = () => deps.settings?.() ?? DEFAULT_SETTINGS;

  /** Sends an event and performs its effects; true when a key was ours (stop it reaching the page). */
  function send(event: InteractionEvent<Placed>): boolean {
    let consumed = false;
    for (const effect of machine.send(event)) consumed = perform(effect) || consumed;
    return consumed;
  }

  function perform(e: InteractionEffect<Placed>): boolean {
    switch (e.type) {
      case 'show-card':
        deps.card.show(deps.cardFor(e.p.mark), anchorOf(e.p, e.at), actionsFor(e.p));
        return false;
      case 'hide-card': {
        const hadFocus = deps.card.hasFocus?.() ?? false;
        deps.card.hide();
        // The card's button held focus and is gone: give focus back where the reader was, or, when
        // that was the page itself, put the caret at the mark so Tab goes on from there.
        if (returnFocus) returnFocus.focus({ preventScroll: true });
        else if (hadFocus && e.was) {
          try {
            doc.getSelection()?.collapse(e.was.range.startContainer, e.was.range.startOffset);
          } catch {
            // the mark's text left the page meanwhile
          }
        }
        returnFocus = null;
        return false;
      }
      case 'start-hide-timer':
        hideTimer = setTimeout(() => send({ type: 'hide-timer' }), e.ms);
        return false;
      case 'cancel-hide-timer':
        clearTimeout(hideTimer);
        return false;
      case 'request-frame': {
        // Hit testing reads layout: once per frame at most, for the move that asked.
        const target = frameTarget;
        ctx.requestAnimationFrame(() => {
          const overCard = deps.card.owns(target) || (deps.card.hasFocus?.() ?? false);
          const placed = deps.placed();
          const { x, y } = machine.pointer;
          send({ type: 'frame', overCard, hit: overCard ? null : (placed[markAt(placed, x, y)] ?? null) });
        });
        return false;
      }
      case 'request-scroll-frame':
        ctx.requestAnimationFrame(() => send({ type: 'scroll-frame' }));
        return false;
      case 'measure-viewport': {
        const placed = deps.placed();
        const firstVisible = placed.findIndex((p) => p.range.getBoundingClientRect().bottom >= 0);
        return send({ type: 'viewport', dir: e.dir, firstVisible, placed });
      }
      case 'scroll-into-view': {
        const r = e.p.range.getBoundingClientRect();
        if (r.top < 0 || r.bottom > win.innerHeight) win.scrollBy({ top: r.top - win.innerHeight / 3 });
        return false;
      }
      case 'flash':
        flash(doc, e.p.range, e.ms);
        return false;
      case 'light':
        unlight = flash(doc, e.p.range, 2 ** 31 - 1);
        return false;
      case 'unlight':
        unlight?.();
        unlight = null;
        return false;
      case 'focus-card': {
        const before = doc.activeElement;
        const ok = deps.card.focusAction?.() ?? false;
        if (ok) returnFocus = before && before !== doc.body ? (before as HTMLElement) : null;
        return send({ type: 'card-focused', ok });
      }
      case 'toggle-marks':
        deps.toggleMarks();
        return false;
      case 'consume':
        return true;
    }
  }

  /** A word's card stays off the word; a sentence's off the whole sentence where there is room. */
  const anchorOf = (p: Placed, at?: { x: number; y: number }) =>
    p.mark.term ? anchorRect(p.range, at) : sentenceAnchor(p.range, win.innerHeight, at);

  const actionsFor = (p: Placed): CardActions =>
    cardActions(p, {
      site: normaliseSite(doc.location?.href ?? ''),
      placed: deps.placed(),
      settings: settings(),
      hide: () => send({ type: 'hide' }),
    });

  ctx.addEventListener(
    doc,
    'pointermove',
    (e: PointerEvent) => {
      if (!e.isTrusted) return;
      frameTarget = e.target;
      send({
        type: 'pointer',
        x: e.clientX,
        y: e.clientY,
        active: deps.card.open || deps.placed().length > 0,
      });
    },
    { passive: true },
  );
  ctx.addEventListener(
    win,
    'scroll',
    (e: Event) => {
      if (e.isTrusted) send({ type: 'scroll' });
    },
    { passive: true },
  );
  // Through the first stage's document_start listener where there is one (./keys.ts).
  listenKeys(
    ctx,
    win,
    (e: KeyboardEvent) => {
      if (!e.isTrusted) return;
      const placed = deps.placed();
      if (send({ type: 'key', key: e, cardOpen: deps.card.open, placed, keys: settings().shortcuts })) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    { capture: true },
  );

  return {
    hide: () => {
      send({ type: 'hide' });
    },
    /** Show the card for a mark (popup "reveal"), scrolled into view. */
    reveal(p: Placed) {
      send({ type: 'reveal', p, index: deps.placed().indexOf(p) });
    },
    reset() {
      send({ type: 'reset' });
    },
  };
}
