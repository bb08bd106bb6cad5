/**
 * Pointer and keyboard wiring for the marks: hover shows the card for the mark under the pointer,
 * the reader's shortcuts (settings; Alt+Shift+N / P / M by default) step through the marks (the
 * card follows) and turn marks on and off, Escape closes the card, Tab moves into a card reached
 * from the keyboard. The card's corrections ("Not loaded here", "Mark a word as loaded…") are
 * stored from here. All listeners go through `ctx`, so they end with the script.
 *
 * Every listener acts only on events the browser made from the reader's own input (isTrusted):
 * a page's script can dispatch a keydown or pointermove, but that opens, moves or steps nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { WORD_CATEGORIES } from '@/components/HoverCard';
import { addCorrection, removeCorrection } from '@/lib/corrections';
import { flash, type Placed } from '@/lib/page/annotate';
import { candidateWords } from '@/lib/page/candidate-words';
import type { CardActions, CardController } from '@/lib/page/card-host';
import { anchorRect, markAt, sentenceAnchor } from '@/lib/page/hit-test';
import type { CardData, Mark } from '@/lib/page/marks';
import { DEFAULT_SETTINGS, normaliseSite, type Settings } from '@/lib/settings';
import { matchesShortcut } from '@/lib/shortcuts';
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
  // the mark the popup asked for stays lit as the current one while its card shows it
  let current: { p: Placed; undo: () => void } | null = null;
  const dropCurrent = () => {
    current?.undo();
    current = null;
  };

  // The keys and the categories shown come from the session's settings (read once, then watched),
  // so a change applies at once in every open tab.
  const settings = () => deps.settings?.() ?? DEFAULT_SETTINGS;

  /**
   * The card's corrections, kept on the device; the session watches corrections and redraws, so
   * marks come and go without anything more here.
   * - "Not loaded here" on a word's card: for this site.
   * - "Mark a word as loaded…" on a sentence's card: for this site unless the reader ticks "On
   *   every site". This site by default, as with "Not loaded here": whether a word takes a side
   *   depends on how an outlet uses it, and a narrow correction cannot spoil other sites' marks.
   */
  const actionsFor = (p: Placed): CardActions => {
    const site = normaliseSite(doc.location?.href ?? '');
    const key = `${p.mark.kind}:${p.mark.block}:${p.mark.start}:${p.mark.end}`;
    if (p.mark.term) {
      const id = p.mark.term.id;
      const lexiconId = id && !id.startsWith('user:') ? id : undefined;
      return {
        key,
        site,
        onNotLoaded: (term, where) => {
          hide();
          addCorrection({ kind: 'not-loaded', term, site: where, ...(lexiconId ? { lexiconId } : {}) }).catch(
            () => undefined, // an unusable term (too long) is simply not recorded
          );
        },
      };
    }
    // Candidates from the sentence as it reads on the page, minus the words marked in it now.
    const marked = deps
      .placed()
      .flatMap((q) => (q.mark.term && q.mark.sentence === p.mark.sentence ? [q.mark.term.text] : []));
    return {
      key,
      site,
      candidates: candidateWords(p.range.toString(), marked).map((c) => c.text),
      // Only categories drawn on the page: a word put under a hidden one would not appear.
      categories: WORD_CATEGORIES.filter((c) => settings().categories[c]),
      onMarkLoaded: (term, category, where) =>
        addCorrection({ kind: 'loaded', term, category, ...(where ? { site: where } : {}) }).then(
          (c) => c.id,
        ),
      onUndo: (id) => removeCorrection(id),
    };
  };

  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  /** A word's card stays off the word; a sentence's off the whole sentence where there is room. */
  const anchorOf = (p: Placed, at?: { x: number; y: number }) =>
    p.mark.term ? anchorRect(p.range, at) : sentenceAnchor(p.range, win.innerHeight, at);
  const show = (p: Placed, at?: { x: number; y: number }) => {
    cancelHide();
    if (current && current.p !== p) dropCurrent();
    shown = p;
    deps.card.show(deps.cardFor(p.mark), anchorOf(p, at), actionsFor(p));
  };
  const hide = () => {
    cancelHide();
    dropCurrent();
    const hadFocus = deps.card.hasFocus?.() ?? false;
    const at = shown?.range;
    shown = null;
    fromKeys = false;
    deps.card.hide();
    // The card's button held focus and is gone: give focus back where the reader was, or, when
    // that was the page itself, put the caret at the mark so Tab goes on from there.
    if (returnFocus) returnFocus.focus({ preventScroll: true });
    else if (hadFocus && at) {
      try {
        doc.getSelection()?.collapse(at.startContainer, at.startOffset);
      } catch {
        // the mark's text left the page meanwhile
      }
    }
    returnFocus = null;
  };
  const hideSoon = () => {
    // WCAG 1.4.13: a short grace period lets the pointer travel onto the card.
    if (hideTimer === undefined) hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };
  ctx.onInvalidated(() => clearTimeout(hideTimer));

  const check = (target: EventTarget | null) => {
    frame = 0;
    // A card the reader is working in with the keyboard stays put whatever the pointer does.
    if (deps.card.owns(target) || deps.card.hasFocus?.()) return cancelHide();
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
      if (!e.isTrusted) return;
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
    (e: Event) => {
      if (!e.isTrusted || !shown || scrollFrame) return;
      scrollFrame = ctx.requestAnimationFrame(() => {
        scrollFrame = 0;
        if (shown) deps.card.show(deps.cardFor(shown.mark), anchorOf(shown), actionsFor(shown));
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

  // Through the first stage's document_start listener where there is one (./keys.ts).
  listenKeys(
    ctx,
    win,
    (e: KeyboardEvent) => {
      if (!e.isTrusted) return;
      if (e.key === 'Escape' && deps.card.open) {
        hide();
        return;
      }
      // A card reached with the step keys: Tab moves into it, so its buttons are keyboard reachable.
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
      if (e.isComposing) return;
      const keys = settings().shortcuts;
      if (matchesShortcut(e, keys.toggle)) {
        hide();
        deps.toggleMarks();
      } else if (matchesShortcut(e, keys.next)) step(1);
      else if (matchesShortcut(e, keys.previous)) step(-1);
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
      dropCurrent();
      current = { p, undo: flash(doc, p.range, 2 ** 31 - 1) };
      show(p);
    },
    reset() {
      hide();
      cursor = -1;
    },
  };
}
