// @vitest-environment-options { "url": "https://www.news.example/politics/budget" }
/**
 * The hover card's corrections and the keys, through the content script's wiring: the card gets
 * the page's site and callbacks; "Not loaded here" hides the card and stores a not-loaded
 * correction; "Mark a word as loaded…" offers the sentence's unmarked words and stores a loaded
 * correction (the session's corrections watch then redraws; see content-session). The keys come
 * from the settings and follow a change without a reload.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardActions, CardController } from '../../entrypoints/content/card';
import { wireInteractions } from '../../entrypoints/content/interact';
import type { LoadedTerm } from '../../lib/analysis/types';
import { listCorrections } from '../../lib/corrections';
import type { Placed } from '../../lib/page/annotate';
import type { CardData, Mark } from '../../lib/page/marks';
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../../lib/settings';
import { trustedKey, trustedPointer } from './trusted';

const INEPT: LoadedTerm = {
  id: 'pej-inept',
  text: 'inept',
  start: 4,
  end: 9,
  block: 0,
  category: 'pejorative',
  note: 'Judges competence.',
  polarity: -1,
  sentence: 0,
  voice: 'outlet',
};

const DATA: CardData = {
  kind: 'loaded-pejorative',
  label: 'Loaded word: pejorative label',
  voice: 'The Post',
  reasons: [],
};

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<p>Its inept plan.</p>';
  ctx = new ContentScriptContext('content');
});
afterEach(() => ctx.abort());

function fakeCard() {
  const shown: { data: CardData; actions?: CardActions }[] = [];
  const focused: number[] = [];
  let open = false;
  const card: CardController = {
    show(data, _anchor, actions) {
      shown.push({ data, actions });
      open = true;
    },
    hide() {
      open = false;
    },
    get open() {
      return open;
    },
    owns: () => false,
    hasFocus: () => open && focused.length > 0,
    focusAction() {
      focused.push(shown.length);
      return open;
    },
    destroy() {},
  };
  return { card, shown, focused };
}

function placedInept(term: LoadedTerm): Placed {
  const text = document.querySelector('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, term.start);
  range.setEnd(text, term.end);
  const mark: Mark = {
    kind: 'loaded-pejorative',
    block: 0,
    start: term.start,
    end: term.end,
    sentence: 0,
    term,
  };
  return { mark, range };
}

describe('"Not loaded here" wiring', () => {
  test('the card gets the page’s site; the callback hides it and stores the correction', async () => {
    const { card, shown } = fakeCard();
    const p = placedInept(INEPT);
    const wired = wireInteractions(ctx, document, {
      card,
      placed: () => [p],
      cardFor: () => DATA,
      toggleMarks: () => {},
    });
    wired.reveal(p);
    expect(shown).toHaveLength(1);
    expect(card.open).toBe(true);
    const actions = shown[0]!.actions!;
    // normaliseSite drops "www.", as the session does when it applies corrections.
    expect(actions.site).toBe('news.example');
    actions.onNotLoaded!('inept', actions.site!);
    expect(card.open).toBe(false);
    await expect.poll(() => listCorrections().then((l) => l.length)).toBe(1);
    const [c] = await listCorrections();
    expect({ kind: c!.kind, term: c!.term, site: c!.site, lexiconId: c!.lexiconId }).toEqual({
      kind: 'not-loaded',
      term: 'inept',
      site: 'news.example',
      lexiconId: 'pej-inept',
    });
  });

  test('a word the reader added is corrected by its text alone (no lexicon entry)', async () => {
    const { card, shown } = fakeCard();
    const p = placedInept({ ...INEPT, id: 'user:abc' });
    const wired = wireInteractions(ctx, document, {
      card,
      placed: () => [p],
      cardFor: () => DATA,
      toggleMarks: () => {},
    });
    wired.reveal(p);
    shown[0]!.actions!.onNotLoaded!('Inept', 'www.news.example');
    await expect.poll(() => listCorrections().then((l) => l.length)).toBe(1);
    const [c] = await listCorrections();
    expect(c!.term).toBe('inept');
    expect(c!.lexiconId).toBeUndefined();
  });

  test('Tab moves into a card reached with Alt+Shift+N, and only then', () => {
    const { card, shown, focused } = fakeCard();
    const p = placedInept(INEPT);
    const wired = wireInteractions(ctx, document, {
      card,
      placed: () => [p],
      cardFor: () => DATA,
      toggleMarks: () => {},
    });
    const key = (init: KeyboardEventInit) => trustedKey(init);
    // Shown from the popup (or a hover): Tab is the page's own.
    wired.reveal(p);
    expect(key({ key: 'Tab', code: 'Tab' })).toBe(false);
    expect(focused).toEqual([]);
    // Stepped to with the keyboard: the first Tab goes into the card, the next is the page's.
    expect(key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true })).toBe(true);
    expect(shown).toHaveLength(2);
    expect(key({ key: 'Tab', code: 'Tab' })).toBe(true);
    expect(focused).toEqual([2]);
    expect(key({ key: 'Tab', code: 'Tab' })).toBe(false);
    expect(focused).toEqual([2]);
    // Closed: Tab is the page's again.
    expect(key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true })).toBe(true);
    expect(key({ key: 'Escape', code: 'Escape' })).toBe(false);
    expect(card.open).toBe(false);
    expect(key({ key: 'Tab', code: 'Tab' })).toBe(false);
    expect(focused).toEqual([2]);
  });
});

const SENTENCE_DATA: CardData = {
  kind: 'opinion',
  label: 'The outlet’s own opinion',
  voice: 'The Post',
  reasons: [],
};

/** "The reckless regime ignored its inept critics." with the sentence and "inept" placed. */
/** A keydown on the window, as the reader's keyboard sends it. */
const key = (init: KeyboardEventInit) => trustedKey(init);

function placedSentence(): { sentence: Placed; word: Placed } {
  document.body.innerHTML = '<p>Intro. The reckless regime ignored its inept critics.</p>';
  const text = document.querySelector('p')!.firstChild!;
  const range = (a: number, b: number) => {
    const r = document.createRange();
    r.setStart(text, a);
    r.setEnd(text, b);
    return r;
  };
  const sentence: Placed = {
    mark: { kind: 'opinion', block: 0, start: 7, end: 53, sentence: 1 },
    range: range(7, 53),
  };
  const term = { ...INEPT, start: 39, end: 44, sentence: 1 };
  const word: Placed = {
    mark: { kind: 'loaded-pejorative', block: 0, start: 39, end: 44, sentence: 1, term },
    range: range(39, 44),
  };
  return { sentence, word };
}

describe('"Mark a word as loaded…" wiring', () => {
  test('a sentence’s card offers its unmarked words and the shown categories; a choice is stored', async () => {
    const settings = mergeSettings(DEFAULT_SETTINGS, { categories: { praise: false } });
    const { card, shown } = fakeCard();
    const { sentence, word } = placedSentence();
    const wired = wireInteractions(ctx, document, {
      card,
      placed: () => [sentence, word],
      cardFor: () => SENTENCE_DATA,
      toggleMarks: () => {},
      settings: () => settings,
    });
    // The hidden category is left out.
    await expect
      .poll(() => {
        wired.reveal(sentence);
        return shown.at(-1)!.actions!.categories;
      })
      .toEqual(['pejorative', 'emotive', 'intensifier', 'saying-verb', 'factive', 'hedge', 'absolute']);
    const actions = shown.at(-1)!.actions!;
    expect(actions.key).toBe('opinion:0:7:53');
    expect(actions.site).toBe('news.example');
    // "inept" is marked already; "The", "its" and "critics" (a generic source word) are not offered.
    expect(word.range.toString()).toBe('inept');
    expect(actions.candidates).toEqual(['reckless', 'regime', 'ignored']);
    expect(actions.onNotLoaded).toBeUndefined();

    const id = await actions.onMarkLoaded!('reckless', 'emotive', 'news.example');
    let list = await listCorrections();
    expect(list.map((c) => [c.id, c.kind, c.term, c.site, c.category])).toEqual([
      [id, 'loaded', 'reckless', 'news.example', 'emotive'],
    ]);
    // The card stays open to confirm (and offer Undo).
    expect(card.open).toBe(true);
    const everywhere = await actions.onMarkLoaded!('Regime', 'pejorative', undefined);
    list = await listCorrections();
    expect(list.find((c) => c.id === everywhere)).toMatchObject({
      kind: 'loaded',
      term: 'regime',
      category: 'pejorative',
    });
    expect(list.find((c) => c.id === everywhere)!.site).toBeUndefined();
    await actions.onUndo!(id);
    expect((await listCorrections()).map((c) => c.term)).toEqual(['regime']);
  });

  test('a word’s card keeps "Not loaded here" and offers no word list', () => {
    const { card, shown } = fakeCard();
    const { sentence, word } = placedSentence();
    const wired = wireInteractions(ctx, document, {
      card,
      placed: () => [sentence, word],
      cardFor: () => DATA,
      toggleMarks: () => {},
    });
    wired.reveal(word);
    const actions = shown[0]!.actions!;
    expect(actions.key).toBe('loaded-pejorative:0:39:44');
    expect(actions.candidates).toBeUndefined();
    expect(actions.onMarkLoaded).toBeUndefined();
    expect(typeof actions.onNotLoaded).toBe('function');
  });

  test('Escape from inside the card puts the caret at the mark, so Tab goes on from there', () => {
    const { card } = fakeCard();
    const { sentence } = placedSentence();
    wireInteractions(ctx, document, {
      card,
      placed: () => [sentence],
      cardFor: () => SENTENCE_DATA,
      toggleMarks: () => {},
    });
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    key({ key: 'Tab', code: 'Tab' });
    expect(card.hasFocus!()).toBe(true);
    key({ key: 'Escape', code: 'Escape' });
    expect(card.open).toBe(false);
    const sel = document.getSelection()!;
    expect([sel.isCollapsed, sel.anchorNode, sel.anchorOffset]).toEqual([
      true,
      sentence.range.startContainer,
      7,
    ]);
  });
});

describe('pointer and a card in use from the keyboard', () => {
  test('moving the pointer off the marks does not close a card that holds focus', async () => {
    const { card } = fakeCard();
    const { sentence } = placedSentence();
    wireInteractions(ctx, document, {
      card,
      placed: () => [sentence],
      cardFor: () => SENTENCE_DATA,
      toggleMarks: () => {},
    });
    key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    key({ key: 'Tab', code: 'Tab' });
    expect(card.hasFocus!()).toBe(true);
    // happy-dom lays nothing out: the pointer is over no mark, which would close an idle card.
    trustedPointer(5, 5);
    await new Promise((r) => setTimeout(r, 400));
    expect(card.open).toBe(true);
  });
});

describe('keys from the settings', () => {
  test('a changed key steps through marks at once; the old one is left to the page', async () => {
    const { card, shown } = fakeCard();
    const p = placedInept(INEPT);
    const toggles: number[] = [];
    // The session hands over the settings it watches; here the test changes them.
    let settings: Settings = DEFAULT_SETTINGS;
    wireInteractions(ctx, document, {
      card,
      placed: () => [p],
      cardFor: () => DATA,
      toggleMarks: () => toggles.push(1),
      settings: () => settings,
    });
    const key = (code: string) => trustedKey({ code, altKey: true, shiftKey: true });
    expect(key('KeyN')).toBe(true);
    expect(shown).toHaveLength(1);
    settings = mergeSettings(settings, { shortcuts: { next: 'Alt+Shift+KeyJ', toggle: 'Alt+Shift+Digit0' } });
    await expect.poll(() => key('KeyJ')).toBe(true);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    const count = shown.length;
    expect(key('KeyN')).toBe(false);
    expect(shown).toHaveLength(count);
    expect(key('KeyM')).toBe(false);
    expect(toggles).toEqual([]);
    expect(key('Digit0')).toBe(true);
    expect(toggles).toEqual([1]);
    // Alt+Shift+P was not changed and still steps back.
    expect(key('KeyP')).toBe(true);
    expect(shown).toHaveLength(count + 1);
  });
});

describe('a page’s own script cannot act for the reader', () => {
  test('a forged Alt+Shift+N, Alt+Shift+M or Tab keydown does nothing and is left to the page', () => {
    const { card, shown, focused } = fakeCard();
    const p = placedInept(INEPT);
    const toggles: number[] = [];
    wireInteractions(ctx, document, {
      card,
      placed: () => [p],
      cardFor: () => DATA,
      toggleMarks: () => toggles.push(1),
    });
    // What a page's script can do: dispatch keydowns (isTrusted false in a browser).
    const forged = (init: KeyboardEventInit) => {
      const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(forged({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true })).toBe(false);
    expect(forged({ key: 'M', code: 'KeyM', altKey: true, shiftKey: true })).toBe(false);
    expect(forged({ key: 'P', code: 'KeyP', altKey: true, shiftKey: true })).toBe(false);
    expect(shown).toHaveLength(0);
    expect(toggles).toEqual([]);
    // The reader opens the card; the page's forged Tab and Escape move and close nothing.
    expect(trustedKey({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true })).toBe(true);
    expect(shown).toHaveLength(1);
    expect(forged({ key: 'Tab', code: 'Tab' })).toBe(false);
    expect(focused).toEqual([]);
    forged({ key: 'Escape', code: 'Escape' });
    expect(card.open).toBe(true);
    // The reader's own keys still work.
    expect(trustedKey({ key: 'Tab', code: 'Tab' })).toBe(true);
    expect(focused).toEqual([1]);
  });

  test('a forged pointermove over a mark opens no card', async () => {
    const { card, shown } = fakeCard();
    const { word } = placedSentence();
    // happy-dom lays nothing out: give the word a box so a pointer over it hits it.
    word.range.getBoundingClientRect = () => new DOMRect(100, 100, 40, 16);
    word.range.getClientRects = () => [new DOMRect(100, 100, 40, 16)] as unknown as DOMRectList;
    wireInteractions(ctx, document, {
      card,
      placed: () => [word],
      cardFor: () => DATA,
      toggleMarks: () => {},
    });
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 110, clientY: 105, bubbles: true }));
    await new Promise((r) => setTimeout(r, 60));
    expect(shown).toHaveLength(0);
    // The same move from the reader's mouse opens it: the hit test itself works here.
    trustedPointer(110, 105);
    await expect.poll(() => shown.length).toBe(1);
  });
});
