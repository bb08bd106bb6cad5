// @vitest-environment-options { "url": "https://www.news.example/politics/budget" }
/**
 * "Not loaded here" from the hover card, through the content script's wiring: the card gets the
 * page's site and a callback; the callback hides the card and stores a not-loaded correction for
 * that term on that site (the session's corrections watch then redraws; see content-session).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { wireInteractions } from '../../entrypoints/content/interact';
import type { LoadedTerm } from '../../lib/analysis/types';
import { listCorrections } from '../../lib/corrections';
import type { Placed } from '../../lib/page/annotate';
import type { CardActions, CardController } from '../../lib/page/card-host';
import type { CardData, Mark } from '../../lib/page/marks';

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
    const key = (init: KeyboardEventInit) => {
      const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
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
