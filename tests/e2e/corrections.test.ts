/**
 * Corrections made from the hover card, end to end in real Chromium and Firefox ESR on the BUILT
 * extension ($SLANTWISE_OUT or .output), without a reload:
 * - hover "inept" on the demo article, press "Not loaded here": the word is no longer marked;
 * - from the keyboard, step to a sentence, Tab into its card, open "Mark a word as loaded…",
 *   choose a word: that word gets a highlight of its own and the page's text stays as it was;
 * - a shortcut changed on the options page works at once in a tab that was already open.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightName, WORD_HIGHLIGHT_NAMES } from '../../lib/page/highlight-styles';
import {
  ARTIFACTS_DIR,
  LAUNCHERS,
  type Server,
  serve,
  type TestBrowser,
  type TestPage,
  wordRect,
} from './harness';
import { CARD, clickUi, inUi, LEGEND, waitUi } from './ui-root';

const DEMO_DIR = path.resolve('assets/demo');
const DEMO = 'nato-south-caucasus.html';
/** Highlight names by look (lib/page/highlight-styles.ts): pejorative words, emotive words, sentences. */
const PEJORATIVE = highlightName('loaded-pejorative');
const EMOTIVE = highlightName('loaded-emotive');
const SENTENCES = [highlightName('opinion'), highlightName('reported')];

/** The texts of our pejorative-word highlights, read from the page's shared registry. */
function pejoratives(page: TestPage): Promise<string[]> {
  return page.evaluate((name) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
    return h ? Array.from(h, (r) => r.toString()) : [];
  }, PEJORATIVE);
}

/** The centre of the first whole-word occurrence of `word` in the body, scrolled into view. */
async function wordCentre(page: TestPage, word: string): Promise<{ x: number; y: number }> {
  const find = async () => {
    const r = await wordRect(page, word);
    return r && { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const first = await find();
  expect(first, `"${word}" is on the page`).not.toBeNull();
  if (first!.y < 120 || first!.y > 800) await page.evaluate((y) => window.scrollBy(0, y), first!.y - 400);
  return (await find())!;
}

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('corrections in %s', (name) => {
  let server: Server;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await serve([DEMO_DIR]);
    browser = await LAUNCHERS[name]();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('"Not loaded here" on the card of “inept” unmarks it on this page', async () => {
    const page = await browser.open(`${server.url}/${DEMO}`);
    try {
      await page.waitFor(
        (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
        PEJORATIVE,
      );
      expect(await pejoratives(page)).toContain('inept');
      const at = await wordCentre(page, 'inept');
      await page.mouseMove(at.x, at.y);
      const found = await waitUi(page, CARD, (root) => {
        const b = root.querySelector('.sw-correct');
        if (!b) return null;
        const r = b.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, label: b.getAttribute('aria-label') };
      });
      // waitFor returns only a found value (it throws on timeout).
      const button = found!;
      expect(button.label).toBe('“inept” is not loaded on 127.0.0.1: stop marking it here');
      // With a button the card is a non-modal dialog named after the word, on top, clear of the word.
      const dialog = await inUi(
        page,
        CARD,
        (root, w) => {
          const host = root.host;
          const card = root.querySelector('.sw-card')!;
          const b = card.getBoundingClientRect();
          const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
          const clear = w.y < b.top || w.y > b.bottom || w.x < b.left || w.x > b.right;
          return [
            card.getAttribute('role'),
            card.getAttribute('aria-label'),
            card.getAttribute('aria-modal'),
            hit === host,
            clear,
          ];
        },
        at,
      );
      expect(dialog).toEqual([
        'dialog',
        'Slantwise: “inept”, Loaded word: pejorative label',
        null,
        true,
        true,
      ]);
      // Onto the card (the grace period keeps it open), then press the button.
      await page.mouseMove(button.x, button.y);
      await (page.raw as { mouse: { click(x: number, y: number): Promise<void> } }).mouse.click(
        button.x,
        button.y,
      );
      await page.waitFor((name) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
        return !h || !Array.from(h, (r) => r.toString()).includes('inept');
      }, PEJORATIVE);
      const left = await pejoratives(page);
      expect(left).not.toContain('inept');
      // Only that term: the other pejorative words stay marked.
      expect(left).toContain('corruption-ridden');
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('from the keyboard: Alt+Shift+N to a loaded word, Tab into its card, Enter unmarks it', async () => {
    const page = await browser.open(`${server.url}/${DEMO}`);
    try {
      await page.waitFor(
        (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
        PEJORATIVE,
      );
      const cardTerm = async () =>
        (await inUi(page, CARD, (root) => {
          const card = root.querySelector('.sw-card');
          return card?.querySelector('.sw-correct')
            ? (card.querySelector('.sw-term strong')?.textContent ?? '')
            : '';
        })) ?? '';
      let term = '';
      for (let i = 0; i < 40 && !term; i++) {
        await page.press('Alt+Shift+KeyN');
        term = await cardTerm();
      }
      expect(term).toMatch(/^“.+”$/);
      const word = term.slice(1, -1);
      const marked = () =>
        page.evaluate(
          ({ w, words }) => {
            const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
            return Array.from(registry)
              .filter(([k]) => words.includes(k))
              .some(([, h]) => Array.from(h, (r) => r.toString().toLowerCase()).includes(w.toLowerCase()));
          },
          { w: word, words: WORD_HIGHLIGHT_NAMES as string[] },
        );
      expect(await marked()).toBe(true);
      await page.press('Tab');
      const focused = await inUi(page, CARD, (root) => root.activeElement?.textContent ?? '');
      expect(focused).toBe('Not loaded here');
      await page.press('Enter');
      // The storage write and the redraw are asynchronous: give them up to 5 s.
      for (let i = 0; i < 100 && (await marked()); i++) await new Promise((r) => setTimeout(r, 50));
      expect(await marked()).toBe(false);
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** Every Slantwise highlight's texts by highlight name, read from the page's shared registry. */
function highlightTexts(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('slantwise-')) out[name] = Array.from(h, (r) => r.toString());
    }
    return out;
  });
}

/** What the open card is and where focus is inside it (through the card's closed shadow root). */
function cardState(page: TestPage) {
  return inUi(page, CARD, (root) => {
    const card = root.querySelector('.sw-card');
    if (!card) return null;
    return {
      role: card.getAttribute('role'),
      name: card.getAttribute('aria-label'),
      focused: root.activeElement?.textContent ?? null,
      focusedClass: root.activeElement?.getAttribute('class') ?? null,
      expanded: root.querySelector('.sw-disclose')?.getAttribute('aria-expanded') ?? null,
      status: root.querySelector('[role="status"]')?.textContent ?? null,
    };
  });
}

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])(
  '"this is loaded" and keys in %s',
  (name) => {
    let server: Server;
    let browser: TestBrowser;

    beforeAll(async () => {
      server = await serve([DEMO_DIR]);
      browser = await LAUNCHERS[name]();
      // Firefox over BiDi: Enter and Space on a focused button give no click (keydown and keypress
      // arrive, the activation does not) in the browser's first tab, and in a tab that is not the
      // selected one. The harness hands out that first tab first, so it goes to a page we do not
      // use, and each test brings its page to the front.
      await browser.open('about:blank');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('keyboard: a sentence, Tab into its card, choose a word; that word is marked, the text unchanged', async () => {
      const page = await browser.open(`${server.url}/${DEMO}`);
      try {
        await (page.raw as { bringToFront(): Promise<void> }).bringToFront();
        await page.waitFor(
          (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
          SENTENCES[0],
        );
        const text = () => page.evaluate(() => document.body.textContent);
        const textBefore = await text();
        const before = await highlightTexts(page);

        // Step until the card is a sentence's (it offers "Mark a word as loaded…").
        let card = await cardState(page);
        for (let i = 0; i < 40 && card?.expanded == null; i++) {
          await page.press('Alt+Shift+KeyN');
          card = await cardState(page);
        }
        expect(card?.expanded).toBe('false');
        expect(card!.role).toBe('dialog');
        expect(card!.name).toMatch(/^Slantwise: (The outlet’s own opinion|Reported opinion)$/);

        await page.press('Tab');
        expect((await cardState(page))!.focused).toBe('Mark a word as loaded…');
        await page.press('Enter');
        // Preact re-renders asynchronously: wait for the list rather than read at once.
        await waitUi(
          page,
          CARD,
          (root) => root.querySelector('.sw-disclose')?.getAttribute('aria-expanded') === 'true',
        );
        // Opened, the card is placed again: inside the viewport and clear of the sentence it explains.
        const placement = (await inUi(
          page,
          CARD,
          (root, names) => {
            const card = root.querySelector('.sw-card')!;
            const b = card.getBoundingClientRect();
            const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
            const sentences = names.flatMap((k) => Array.from(registry.get(k) ?? []));
            // The sentence stepped to: the one nearest the card.
            const dist = (r: Range) => {
              const s = r.getBoundingClientRect();
              return Math.min(Math.abs(s.top - b.bottom), Math.abs(b.top - s.bottom));
            };
            const ours = sentences.sort((x, y) => dist(x) - dist(y))[0]!;
            const covers = Array.from(ours.getClientRects()).some(
              (r) =>
                r.width > 0 && b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom,
            );
            const inside = b.left >= 0 && b.top >= 0 && b.right <= innerWidth && b.bottom <= innerHeight;
            return { covers, inside, words: card.querySelectorAll('.sw-word').length };
          },
          SENTENCES,
        ))!;
        expect(placement.words).toBeGreaterThan(1);
        expect(placement).toMatchObject({ covers: false, inside: true });
        await mkdir(ARTIFACTS_DIR, { recursive: true });
        await page.screenshot(path.join(ARTIFACTS_DIR, `${name}-card-mark-a-word.png`));
        // Category (emotive by default), "On every site", then the words; an arrow moves along them.
        await page.press('Tab');
        await page.press('Tab');
        await page.press('Tab');
        const first = (await cardState(page))!;
        expect(first.focusedClass).toBe('sw-word');
        await page.press('ArrowRight');
        const chosen = (await cardState(page))!;
        expect(chosen.focusedClass).toBe('sw-word');
        expect(chosen.focused).not.toBe(first.focused);
        const word = chosen.focused!;
        await page.press('Enter');

        const added = await page.waitFor(
          ({ w, name }) => {
            const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
            const texts = h ? Array.from(h, (r) => r.toString()) : [];
            return texts.some((t) => t.toLowerCase() === w.toLowerCase()) ? texts : null;
          },
          { w: word, name: EMOTIVE },
        );
        // The new highlight holds exactly that word (each occurrence, whole words), nothing else new.
        const was = [...(before[EMOTIVE] ?? [])];
        const fresh = added!.filter((t) => {
          const i = was.indexOf(t);
          if (i >= 0) was.splice(i, 1);
          return i < 0;
        });
        expect(fresh.length).toBeGreaterThan(0);
        expect(new Set(fresh.map((t) => t.toLowerCase()))).toEqual(new Set([word.toLowerCase()]));
        const after = await highlightTexts(page);
        for (const [k, v] of Object.entries(before)) if (k !== EMOTIVE) expect(after[k]).toEqual(v);

        await waitUi(page, CARD, (root) => root.activeElement?.textContent === 'Undo');
        await waitUi(page, CARD, (root) => root.activeElement?.textContent === 'Undo');
        const done = (await cardState(page))!;
        expect(done.status).toBe(
          `Marked “${word}” as emotive or fear word on 127.0.0.1 — undo here or in Slantwise options.`,
        );
        expect(done.focused).toBe('Undo');
        expect(await text()).toBe(textBefore);

        // Escape closes the card and gives focus back to the page.
        await page.press('Escape');
        await waitUi(page, CARD, (root) => !root.querySelector('.sw-card'));
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
        expect(page.errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    test('a shortcut changed on the options page works at once in a tab already open', async () => {
      const page = await browser.open(`${server.url}/${DEMO}`);
      try {
        await page.waitFor(
          (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
          SENTENCES[0],
        );
        const cardOpen = async () =>
          Boolean(await inUi(page, CARD, (root) => Boolean(root.querySelector('.sw-card'))));
        const options = await browser.openExtensionPage('options.html');
        const change = 'button[aria-label="Change the keys for Go to the next mark and open its card"]';
        await options.waitFor((sel) => document.querySelector(sel) !== null, change);
        await options.evaluate((sel) => {
          const b = document.querySelector<HTMLButtonElement>(sel)!;
          b.focus();
          b.click();
        }, change);
        await options.press('Alt+Shift+KeyJ');
        expect(
          await options.waitFor(
            () =>
              document.getElementById('sw-key-status')?.textContent?.includes('now') &&
              document.getElementById('sw-key-status')!.textContent,
          ),
        ).toBe('“Go to the next mark and open its card” is now Alt+Shift+J.');
        await options.close();

        await (page.raw as { bringToFront(): Promise<void> }).bringToFront();
        await page.press('Alt+Shift+KeyJ');
        await waitUi(page, CARD, (root) => root.querySelector('.sw-card') != null);
        await page.press('Escape');
        await waitUi(page, CARD, (root) => !root.querySelector('.sw-card'));
        // The old keys are the page's again.
        await page.press('Alt+Shift+KeyN');
        await new Promise((r) => setTimeout(r, 500));
        expect(await cardOpen()).toBe(false);
        // And the legend shows the new keys (opened with the real mouse: a script's click does nothing).
        await clickUi(page, LEGEND, '.sw-pill');
        const legend = await waitUi(
          page,
          LEGEND,
          (root) => root.querySelector('.sw-keys')?.textContent ?? '',
        );
        expect(legend).toContain('Alt+Shift+J next mark');
        expect(page.errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);
