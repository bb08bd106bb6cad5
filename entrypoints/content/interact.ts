/**
 * Pointer and keyboard wiring for the marks: hover shows the card for the mark under the pointer,
 * Alt+Shift+N / Alt+Shift+P step through the marks (the card follows), Alt+Shift+M turns marks
 * on and off, Escape closes the card. All listeners go through `ctx`, so they end with the script.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { addCorrection } from '@/lib/corrections';
import { flash, type Placed } from '@/lib/page/annotate';
import type { CardActions, CardController } from '@/lib/page/card-host';
import { anchorRect, markAt } from '@/lib/page/hit-test';
import type { CardData, Mark } from '@/lib/page/marks';
import { normaliseSite } from '@/lib/settings-schema';

export interface InteractDeps {
  card: CardController;
  /** The marks on the page now (empty when marks are off). */
  placed(): readonly Placed[];
  cardFor(mark: Mark): CardData;
  toggleMarks(): void;
}

/**
 * Alt+Shift+letter: free in Chrome and Firefox page content (Firefox only uses it for a page's
 * own accesskeys, which we leave alone unless one of our three letters is pressed). `code`, not
 * `key`, because Alt changes the produced character on some layouts (macOS).
 */
export const SHORTCUTS = { next: 'KeyN', previous: 'KeyP', toggle: 'KeyM' } as const;

const HIDE_DELAY_MS = 250;

export function wireInteractions(ctx: ContentScriptContext, doc: Document, deps: InteractDeps) {
  const win = doc.defaultView!;
  let shown: Placed | null = null;
  let cursor = -1; // index of the mark last stepped to with the keyboard
  let fromKeys = false; // the open card was reached with the keyboard: Tab moves into it
  let returnFocus: HTMLElement | null = null; // where focus was before Tab moved it into the card
  let pointer = { x: 0, y: 0 };
  let frame = 0;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * "Not loaded here" on a word's card: a correction for this site, kept on the device. The
   * session watches corrections and redraws, so the mark goes without anything more here.
   */
  const actionsFor = (p: Placed): CardActions => {
    const site = normaliseSite(doc.location?.href ?? '');
    const id = p.mark.term?.id;
    const lexiconId = id && !id.startsWith('user:') ? id : undefined;
    return {
      site,
      onNotLoaded: (term, where) => {
        hide();
        addCorrection({ kind: 'not-loaded', term, site: where, ...(lexiconId ? { lexiconId } : {}) }).catch(
          () => undefined, // an unusable term (too long) is simply not recorded
        );
      },
    };
  };

  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const show = (p: Placed, at?: { x: number; y: number }) => {
    cancelHide();
    shown = p;
    deps.card.show(deps.cardFor(p.mark), anchorRect(p.range, at), actionsFor(p));
  };
  const hide = () => {
    cancelHide();
    shown = null;
    fromKeys = false;
    deps.card.hide();
    // The card's button held focus and is gone: give focus back where the reader was.
    returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };
  const hideSoon = () => {
    // WCAG 1.4.13: a short grace period lets the pointer travel onto the card.
    if (hideTimer === undefined) hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };
  ctx.onInvalidated(() => clearTimeout(hideTimer));

  const check = (target: EventTarget | null) => {
    frame = 0;
    if (deps.card.owns(target)) return cancelHide();
    const placed = deps.placed();
    const i = markAt(placed, pointer.x, pointer.y);
    const p = placed[i];
    if (!p) return hideSoon();
    if (p !== shown) show(p, pointer);
    else cancelHide();
  };

  ctx.addEventListener(
    doc,
    'pointermove',
    (e: PointerEvent) => {
      pointer = { x: e.clientX, y: e.clientY };
      if (frame || (!deps.card.open && deps.placed().length === 0)) return;
      const target = e.target;
      // Hit testing reads layout: once per frame at most.
      frame = ctx.requestAnimationFrame(() => check(target));
    },
    { passive: true },
  );
  // On scroll the card moves with its mark (our own scroll to a mark included).
  let scrollFrame = 0;
  ctx.addEventListener(
    win,
    'scroll',
    () => {
      if (!shown || scrollFrame) return;
      scrollFrame = ctx.requestAnimationFrame(() => {
        scrollFrame = 0;
        if (shown) deps.card.show(deps.cardFor(shown.mark), anchorRect(shown.range), actionsFor(shown));
      });
    },
    { passive: true },
  );

  const step = (dir: 1 | -1) => {
    const placed = deps.placed();
    if (placed.length === 0) return;
    if (cursor < 0 || cursor >= placed.length) {
      // Start from the first mark at or below the top of the viewport.
      const firstVisible = placed.findIndex((p) => p.range.getBoundingClientRect().bottom >= 0);
      cursor = dir === 1 ? Math.max(0, firstVisible) - 1 : Math.max(0, firstVisible);
    }
    cursor = (cursor + dir + placed.length) % placed.length;
    const p = placed[cursor]!;
    const r = p.range.getBoundingClientRect();
    if (r.top < 0 || r.bottom > win.innerHeight) win.scrollBy({ top: r.top - win.innerHeight / 3 });
    flash(doc, p.range, 800);
    show(p);
    fromKeys = true;
  };

  ctx.addEventListener(
    win,
    'keydown',
    (e: KeyboardEvent) => {
      if (e.key === 'Escape' && deps.card.open) {
        hide();
        return;
      }
      // A card reached with Alt+Shift+N/P: Tab moves into it, so its button is keyboard reachable.
      if (
        e.key === 'Tab' &&
        !e.shiftKey &&
        !e.altKey &&
        !e.ctrlKey &&
        !e.metaKey &&
        fromKeys &&
        deps.card.open
      ) {
        const before = doc.activeElement;
        if (deps.card.focusAction?.()) {
          returnFocus = before && before !== doc.body ? (before as HTMLElement) : null;
          fromKeys = false;
          e.preventDefault();
          e.stopPropagation();
        }
        return;
      }
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.isComposing) return;
      if (e.code === SHORTCUTS.toggle) {
        hide();
        deps.toggleMarks();
      } else if (e.code === SHORTCUTS.next) step(1);
      else if (e.code === SHORTCUTS.previous) step(-1);
      else return;
      e.preventDefault();
      e.stopPropagation();
    },
    { capture: true },
  );

  return {
    hide,
    /** Show the card for a mark (popup "reveal"), scrolled into view. */
    reveal(p: Placed) {
      cursor = deps.placed().indexOf(p);
      const r = p.range.getBoundingClientRect();
      if (r.top < 0 || r.bottom > win.innerHeight) win.scrollBy({ top: r.top - win.innerHeight / 3 });
      flash(doc, p.range);
      show(p);
    },
    reset() {
      hide();
      cursor = -1;
    },
  };
}
