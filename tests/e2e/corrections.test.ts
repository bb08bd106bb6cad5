/**
 * A correction made from the hover card, end to end in real Chromium and Firefox ESR on the BUILT
 * extension ($SLANTWISE_OUT or .output): hover "inept" on the demo article, press "Not loaded
 * here" on its card, and the word is no longer marked on that page, without a reload.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LAUNCHERS, type Server, serve, type TestBrowser, type TestPage } from './harness';

const DEMO_DIR = path.resolve('assets/demo');
const DEMO = 'nato-south-caucasus.html';

/** The texts of our pejorative-word highlights, read from the page's shared registry. */
function pejoratives(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
      'slantwise-loaded-pejorative',
    );
    return h ? Array.from(h, (r) => r.toString()) : [];
  });
}

/** The centre of the first whole-word occurrence of `word` in the body, scrolled into view. */
async function wordCentre(page: TestPage, word: string): Promise<{ x: number; y: number }> {
  const find = () =>
    page.evaluate((w) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const m = new RegExp(`(^|[^\\p{L}])(${w})(?![\\p{L}])`, 'u').exec(n.data);
        if (!m) continue;
        const r = document.createRange();
        const start = m.index + m[1]!.length;
        r.setStart(n, start);
        r.setEnd(n, start + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    }, word);
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
      await page.waitFor(() =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(
          'slantwise-loaded-pejorative',
        ),
      );
      expect(await pejoratives(page)).toContain('inept');
      const at = await wordCentre(page, 'inept');
      await page.mouseMove(at.x, at.y);
      const found = await page.waitFor(() => {
        const b = document.querySelector('slantwise-card')?.shadowRoot?.querySelector('.sw-correct');
        if (!b) return null;
        const r = b.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, label: b.getAttribute('aria-label') };
      });
      // waitFor returns only a found value (it throws on timeout).
      const button = found!;
      expect(button.label).toBe('“inept” is not loaded on 127.0.0.1: stop marking it here');
      // Onto the card (the grace period keeps it open), then press the button.
      await page.mouseMove(button.x, button.y);
      await (page.raw as { mouse: { click(x: number, y: number): Promise<void> } }).mouse.click(
        button.x,
        button.y,
      );
      await page.waitFor(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'slantwise-loaded-pejorative',
        );
        return !h || !Array.from(h, (r) => r.toString()).includes('inept');
      });
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
      await page.waitFor(() =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(
          'slantwise-loaded-pejorative',
        ),
      );
      const cardTerm = () =>
        page.evaluate(() => {
          const card = document.querySelector('slantwise-card')?.shadowRoot?.querySelector('.sw-card');
          return card?.querySelector('.sw-correct')
            ? (card.querySelector('.sw-term strong')?.textContent ?? '')
            : '';
        });
      let term = '';
      for (let i = 0; i < 40 && !term; i++) {
        await page.press('Alt+Shift+KeyN');
        term = await cardTerm();
      }
      expect(term).toMatch(/^“.+”$/);
      const word = term.slice(1, -1);
      const marked = () =>
        page.evaluate((w) => {
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          return Array.from(registry)
            .filter(([k]) => k.startsWith('slantwise-loaded-'))
            .some(([, h]) => Array.from(h, (r) => r.toString().toLowerCase()).includes(w.toLowerCase()));
        }, word);
      expect(await marked()).toBe(true);
      await page.press('Tab');
      const focused = await page.evaluate(
        () => document.querySelector('slantwise-card')?.shadowRoot?.activeElement?.textContent ?? '',
      );
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
