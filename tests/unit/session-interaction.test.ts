/**
 * The reader's side of the page as a state machine (lib/session/interaction.ts), in Node: marks are
 * plain strings, keys plain objects; each event's transitions and effects.
 */
import { describe, expect, it } from 'vitest';
import {
  HIDE_DELAY_MS,
  type InteractionEffect,
  InteractionMachine,
  type KeyInput,
  STEP_FLASH_MS,
} from '../../lib/session/interaction';
import { DEFAULT_SHORTCUTS, type Shortcuts } from '../../lib/shortcuts';

const PLACED = ['a', 'b', 'c'] as const;
type Fx = InteractionEffect<string>[];
const kinds = (fx: Fx) => fx.map((e) => e.type);

const key = (init: Partial<KeyInput>): KeyInput => ({
  key: '',
  code: '',
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  ...init,
});
const NEXT = key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
const PREV = key({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true });
const TOGGLE = key({ key: 'M', code: 'KeyM', altKey: true, shiftKey: true });
const TAB = key({ key: 'Tab', code: 'Tab' });
const ESC = key({ key: 'Escape', code: 'Escape' });

function press(
  m: InteractionMachine<string>,
  k: KeyInput,
  opts: { open?: boolean; keys?: Shortcuts } = {},
): Fx {
  return m.send({
    type: 'key',
    key: k,
    cardOpen: opts.open ?? m.shown !== null,
    placed: PLACED,
    keys: opts.keys ?? DEFAULT_SHORTCUTS,
  });
}

describe('stepping with the keys', () => {
  it('from no mark, asks where the viewport starts, then steps from there', () => {
    const m = new InteractionMachine<string>();
    expect(press(m, NEXT)).toEqual([{ type: 'measure-viewport', dir: 1 }, { type: 'consume' }]);
    const fx = m.send({ type: 'viewport', dir: 1, firstVisible: 1, placed: PLACED });
    expect(fx).toEqual([
      { type: 'scroll-into-view', p: 'b' },
      { type: 'flash', p: 'b', ms: STEP_FLASH_MS },
      { type: 'show-card', p: 'b' },
    ]);
    expect([m.shown, m.cursor, m.fromKeys]).toEqual(['b', 1, true]);
  });

  it('then steps forward and back around the ends', () => {
    const m = new InteractionMachine<string>();
    press(m, NEXT);
    m.send({ type: 'viewport', dir: 1, firstVisible: -1, placed: PLACED }); // none below the top: the first
    expect(m.shown).toBe('a');
    expect(press(m, PREV).filter((e) => e.type === 'show-card')).toEqual([{ type: 'show-card', p: 'c' }]);
    press(m, NEXT);
    expect(m.shown).toBe('a');
    press(m, NEXT);
    expect(m.shown).toBe('b');
  });

  it('previous from no mark starts at the first visible one', () => {
    const m = new InteractionMachine<string>();
    press(m, PREV);
    m.send({ type: 'viewport', dir: -1, firstVisible: 2, placed: PLACED });
    expect(m.shown).toBe('b');
  });

  it('with no marks the key is still ours but nothing moves', () => {
    const m = new InteractionMachine<string>();
    expect(m.send({ type: 'key', key: NEXT, cardOpen: false, placed: [], keys: DEFAULT_SHORTCUTS })).toEqual([
      { type: 'consume' },
    ]);
  });

  it('follows the reader’s keys: a changed key steps, the old one is left to the page', () => {
    const m = new InteractionMachine<string>();
    const keys = { ...DEFAULT_SHORTCUTS, next: 'Alt+Shift+KeyJ' };
    expect(press(m, NEXT, { keys })).toEqual([]);
    expect(kinds(press(m, key({ code: 'KeyJ', altKey: true, shiftKey: true }), { keys }))).toEqual([
      'measure-viewport',
      'consume',
    ]);
  });

  it('the toggle key closes the card and turns marks off; other keys and composition pass', () => {
    const m = new InteractionMachine<string>();
    press(m, NEXT);
    m.send({ type: 'viewport', dir: 1, firstVisible: 0, placed: PLACED });
    expect(press(m, TOGGLE)).toEqual([
      { type: 'hide-card', was: 'a' },
      { type: 'toggle-marks' },
      { type: 'consume' },
    ]);
    expect(press(m, key({ key: 'n', code: 'KeyN' }))).toEqual([]);
    expect(press(m, { ...NEXT, isComposing: true })).toEqual([]);
  });
});

describe('Tab and Escape', () => {
  it('Tab moves into a card reached with the keys, once; not into one shown by hover or reveal', () => {
    const m = new InteractionMachine<string>();
    m.send({ type: 'reveal', p: 'b', index: 1 });
    expect(press(m, TAB)).toEqual([]);
    press(m, NEXT);
    expect(press(m, TAB)).toEqual([{ type: 'focus-card' }]);
    expect(m.send({ type: 'card-focused', ok: true })).toEqual([{ type: 'consume' }]);
    expect(press(m, TAB)).toEqual([]);
  });

  it('a card with no button keeps Tab for the page', () => {
    const m = new InteractionMachine<string>();
    press(m, NEXT);
    m.send({ type: 'viewport', dir: 1, firstVisible: 0, placed: PLACED });
    expect(press(m, TAB)).toEqual([{ type: 'focus-card' }]);
    expect(m.send({ type: 'card-focused', ok: false })).toEqual([]);
    expect(m.fromKeys).toBe(true);
    expect(press(m, { ...TAB, shiftKey: true })).toEqual([]);
  });

  it('Escape closes an open card and is left to the page', () => {
    const m = new InteractionMachine<string>();
    m.send({ type: 'reveal', p: 'a', index: 0 });
    expect(press(m, ESC)).toEqual([{ type: 'unlight' }, { type: 'hide-card', was: 'a' }]);
    expect(m.shown).toBeNull();
    expect(press(m, ESC, { open: false })).toEqual([]);
  });
});

describe('the pointer', () => {
  it('asks for one frame per burst of moves, and only when there is something to hit', () => {
    const m = new InteractionMachine<string>();
    expect(m.send({ type: 'pointer', x: 1, y: 1, active: false })).toEqual([]);
    expect(m.send({ type: 'pointer', x: 2, y: 2, active: true })).toEqual([{ type: 'request-frame' }]);
    expect(m.send({ type: 'pointer', x: 3, y: 3, active: true })).toEqual([]);
    expect(m.pointer).toEqual({ x: 3, y: 3 });
    m.send({ type: 'frame', overCard: false, hit: null });
    expect(m.send({ type: 'pointer', x: 4, y: 4, active: true })).toEqual([{ type: 'request-frame' }]);
  });

  it('over a mark shows its card beside the pointer; off the marks it closes after a grace period', () => {
    const m = new InteractionMachine<string>();
    m.send({ type: 'pointer', x: 10, y: 20, active: true });
    expect(m.send({ type: 'frame', overCard: false, hit: 'a' })).toEqual([
      { type: 'show-card', p: 'a', at: { x: 10, y: 20 } },
    ]);
    m.send({ type: 'pointer', x: 11, y: 20, active: true });
    expect(m.send({ type: 'frame', overCard: false, hit: 'a' })).toEqual([]); // same mark: no redraw
    m.send({ type: 'pointer', x: 300, y: 20, active: true });
    expect(m.send({ type: 'frame', overCard: false, hit: null })).toEqual([
      { type: 'start-hide-timer', ms: HIDE_DELAY_MS },
    ]);
    // Onto the card within the grace period: it stays.
    m.send({ type: 'pointer', x: 310, y: 30, active: true });
    expect(m.send({ type: 'frame', overCard: true, hit: null })).toEqual([{ type: 'cancel-hide-timer' }]);
    m.send({ type: 'pointer', x: 500, y: 500, active: true });
    m.send({ type: 'frame', overCard: false, hit: null });
    expect(m.send({ type: 'hide-timer' })).toEqual([{ type: 'hide-card', was: 'a' }]);
  });

  it('scrolling moves an open card with its mark, once per frame', () => {
    const m = new InteractionMachine<string>();
    expect(m.send({ type: 'scroll' })).toEqual([]);
    m.send({ type: 'reveal', p: 'c', index: 2 });
    expect(m.send({ type: 'scroll' })).toEqual([{ type: 'request-scroll-frame' }]);
    expect(m.send({ type: 'scroll' })).toEqual([]);
    expect(m.send({ type: 'scroll-frame' })).toEqual([{ type: 'show-card', p: 'c' }]);
  });
});

describe('reveal (the popup’s current mark)', () => {
  it('scrolls to it, keeps it lit while its card shows it, and unlights it when another card opens', () => {
    const m = new InteractionMachine<string>();
    expect(m.send({ type: 'reveal', p: 'b', index: 1 })).toEqual([
      { type: 'scroll-into-view', p: 'b' },
      { type: 'light', p: 'b' },
      { type: 'show-card', p: 'b' },
    ]);
    expect(m.lit).toBe('b');
    expect(m.cursor).toBe(1);
    m.send({ type: 'pointer', x: 0, y: 0, active: true });
    expect(m.send({ type: 'frame', overCard: false, hit: 'a' })).toEqual([
      { type: 'unlight' },
      { type: 'show-card', p: 'a', at: { x: 0, y: 0 } },
    ]);
    expect(m.lit).toBeNull();
  });

  it('a mark not drawn is shown and lit, and stepping then starts from the viewport', () => {
    const m = new InteractionMachine<string>();
    m.send({ type: 'reveal', p: 'hidden', index: -1 });
    expect(m.shown).toBe('hidden');
    expect(kinds(press(m, NEXT))).toEqual(['measure-viewport', 'consume']);
  });

  it('reset closes the card and forgets the cursor', () => {
    const m = new InteractionMachine<string>();
    m.send({ type: 'reveal', p: 'b', index: 1 });
    expect(m.send({ type: 'reset' })).toEqual([{ type: 'unlight' }, { type: 'hide-card', was: 'b' }]);
    expect([m.shown, m.cursor, m.lit, m.fromKeys]).toEqual([null, -1, null, false]);
  });
});
