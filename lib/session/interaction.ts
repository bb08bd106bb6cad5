/**
 * The reader's side of the page as a state machine: which mark's card is shown, the mark the keys
 * stepped to, whether Tab may move into the card, the grace period before a card closes, the mark
 * the popup asked for (kept lit while its card shows it). Events in (pointer, scroll, key, reveal,
 * timers), effects out (show or hide the card, scroll, flash, light, consume the key).
 * entrypoints/content/interact.ts makes the events from trusted input only and performs the effects.
 *
 * `P` is the content script's placed mark (a mark and its live Range); the machine compares them
 * by identity and never looks inside. Pure: no DOM, no browser API, no timers.
 */
import { matchesShortcut, type Shortcuts } from '../shortcuts';

/** WCAG 1.4.13: a short grace period lets the pointer travel onto the card. */
export const HIDE_DELAY_MS = 250;
/** How long a mark stepped to with the keys flashes. */
export const STEP_FLASH_MS = 800;

/** A keydown as the machine needs it (lib/shortcuts.ts reads `code` and the modifiers). */
export interface KeyInput {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
}

export type InteractionEvent<P> =
  /** A trusted pointer move; `active`: the card is open or there are marks to hit. */
  | { type: 'pointer'; x: number; y: number; active: boolean }
  /** The frame after a move: `overCard` (the pointer is on the card, or focus is in it), `hit` the mark under the pointer. */
  | { type: 'frame'; overCard: boolean; hit: P | null }
  | { type: 'hide-timer' }
  /** A trusted scroll, and the frame after it. */
  | { type: 'scroll' }
  | { type: 'scroll-frame' }
  /** A trusted keydown, with the marks on the page and the reader's keys. */
  | { type: 'key'; key: KeyInput; cardOpen: boolean; placed: readonly P[]; keys: Shortcuts }
  /** Stepping from no mark: the index of the first mark at or below the top of the viewport (-1: none). */
  | { type: 'viewport'; dir: 1 | -1; firstVisible: number; placed: readonly P[] }
  /** Tab asked the card to take focus; `ok` whether it had a button to take it. */
  | { type: 'card-focused'; ok: boolean }
  /** The popup asks for this mark (`index` in the marks placed, -1 when not drawn). */
  | { type: 'reveal'; p: P; index: number }
  | { type: 'hide' }
  | { type: 'reset' };

export type InteractionEffect<P> =
  /** Show (or move) the card for `p`, beside the pointer at `at` when given. */
  | { type: 'show-card'; p: P; at?: { x: number; y: number } }
  /** Close the card that was showing `was` (focus goes back, or the caret to the mark). */
  | { type: 'hide-card'; was: P | null }
  | { type: 'start-hide-timer'; ms: number }
  | { type: 'cancel-hide-timer' }
  | { type: 'request-frame' }
  | { type: 'request-scroll-frame' }
  /** Where to start stepping: answer with a `viewport` event. */
  | { type: 'measure-viewport'; dir: 1 | -1 }
  | { type: 'scroll-into-view'; p: P }
  | { type: 'flash'; p: P; ms: number }
  /** Keep `p` lit as the current mark until `unlight`. */
  | { type: 'light'; p: P }
  | { type: 'unlight' }
  | { type: 'focus-card' }
  | { type: 'toggle-marks' }
  /** The key was ours: stop it reaching the page. */
  | { type: 'consume' };

export class InteractionMachine<P> {
  shown: P | null = null;
  /** Index of the mark last stepped to with the keyboard. */
  cursor = -1;
  /** The open card was reached with the keyboard: Tab moves into it. */
  fromKeys = false;
  /** The mark the popup asked for, lit while its card shows it. */
  lit: P | null = null;
  pointer = { x: 0, y: 0 };
  #hideTimer = false;
  #frame = false;
  #scrollFrame = false;
  #out: InteractionEffect<P>[] = [];

  send(event: InteractionEvent<P>): InteractionEffect<P>[] {
    this.#out = [];
    this.#handle(event);
    return this.#out;
  }

  #emit(effect: InteractionEffect<P>): void {
    this.#out.push(effect);
  }

  #handle(e: InteractionEvent<P>): void {
    switch (e.type) {
      case 'pointer':
        this.pointer = { x: e.x, y: e.y };
        // Hit testing reads layout: once per frame at most.
        if (this.#frame || !e.active) return;
        this.#frame = true;
        this.#emit({ type: 'request-frame' });
        return;
      case 'frame':
        this.#frame = false;
        // A card the reader is working in with the keyboard stays put whatever the pointer does.
        if (e.overCard) this.#cancelHide();
        else if (!e.hit) this.#hideSoon();
        else if (e.hit !== this.shown) this.#show(e.hit, this.pointer);
        else this.#cancelHide();
        return;
      case 'hide-timer':
        this.#hideTimer = false;
        this.#hide();
        return;
      case 'scroll':
        // The card moves with its mark (our own scroll to a mark included).
        if (!this.shown || this.#scrollFrame) return;
        this.#scrollFrame = true;
        this.#emit({ type: 'request-scroll-frame' });
        return;
      case 'scroll-frame':
        this.#scrollFrame = false;
        if (this.shown) this.#emit({ type: 'show-card', p: this.shown });
        return;
      case 'key':
        this.#onKey(e);
        return;
      case 'viewport': {
        const start = Math.max(0, e.firstVisible);
        this.cursor = e.dir === 1 ? start - 1 : start;
        this.#step(e.dir, e.placed);
        return;
      }
      case 'card-focused':
        if (!e.ok) return;
        this.fromKeys = false;
        this.#emit({ type: 'consume' });
        return;
      case 'reveal':
        this.cursor = e.index;
        this.#emit({ type: 'scroll-into-view', p: e.p });
        this.#unlight();
        this.lit = e.p;
        this.#emit({ type: 'light', p: e.p });
        this.#show(e.p);
        return;
      case 'hide':
        this.#hide();
        return;
      case 'reset':
        this.#hide();
        this.cursor = -1;
        return;
    }
  }

  #onKey(e: Extract<InteractionEvent<P>, { type: 'key' }>): void {
    const k = e.key;
    if (k.key === 'Escape' && e.cardOpen) {
      this.#hide();
      return;
    }
    // A card reached with the step keys: Tab moves into it, so its buttons are keyboard reachable.
    if (
      k.key === 'Tab' &&
      !k.shiftKey &&
      !k.altKey &&
      !k.ctrlKey &&
      !k.metaKey &&
      this.fromKeys &&
      e.cardOpen
    ) {
      this.#emit({ type: 'focus-card' });
      return;
    }
    if (k.isComposing) return;
    if (matchesShortcut(k, e.keys.toggle)) {
      this.#hide();
      this.#emit({ type: 'toggle-marks' });
    } else if (matchesShortcut(k, e.keys.next)) this.#stepOrMeasure(1, e.placed);
    else if (matchesShortcut(k, e.keys.previous)) this.#stepOrMeasure(-1, e.placed);
    else return;
    this.#emit({ type: 'consume' });
  }

  #stepOrMeasure(dir: 1 | -1, placed: readonly P[]): void {
    if (placed.length === 0) return;
    // From no mark: start from the first mark at or below the top of the viewport.
    if (this.cursor < 0 || this.cursor >= placed.length) this.#emit({ type: 'measure-viewport', dir });
    else this.#step(dir, placed);
  }

  #step(dir: 1 | -1, placed: readonly P[]): void {
    if (placed.length === 0) return;
    this.cursor = (this.cursor + dir + placed.length) % placed.length;
    const p = placed[this.cursor]!;
    this.#emit({ type: 'scroll-into-view', p });
    this.#emit({ type: 'flash', p, ms: STEP_FLASH_MS });
    this.#show(p);
    this.fromKeys = true;
  }

  #show(p: P, at?: { x: number; y: number }): void {
    this.#cancelHide();
    if (this.lit !== null && this.lit !== p) this.#unlight();
    this.shown = p;
    this.#emit(at ? { type: 'show-card', p, at } : { type: 'show-card', p });
  }

  #hide(): void {
    this.#cancelHide();
    this.#unlight();
    const was = this.shown;
    this.shown = null;
    this.fromKeys = false;
    this.#emit({ type: 'hide-card', was });
  }

  #unlight(): void {
    if (this.lit === null) return;
    this.lit = null;
    this.#emit({ type: 'unlight' });
  }

  #cancelHide(): void {
    if (!this.#hideTimer) return;
    this.#hideTimer = false;
    this.#emit({ type: 'cancel-hide-timer' });
  }

  #hideSoon(): void {
    if (this.#hideTimer) return;
    this.#hideTimer = true;
    this.#emit({ type: 'start-hide-timer', ms: HIDE_DELAY_MS });
  }
}
