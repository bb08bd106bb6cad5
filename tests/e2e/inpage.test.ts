/**
 * In-page marks end to end, the same suite in real Chromium and real Firefox ESR, on the BUILT
 * extension ($SLANTWISE_OUT or .output). Pages come from a localhost server: the bundled demo
 * article, a news home page, a single-page app that swaps articles, and a page with hostile CSS.
 *
 * Marks are read back from the page's main world: CSS.highlights is one registry per document,
 * shared by the page and the content script.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../../lib/analysis/types';
import type { TabState } from '../../lib/messages';
import { highlightName, MARK_KINDS } from '../../lib/page/highlight-styles';
import {
  ARTIFACTS_DIR,
  decodePng,
  LAUNCHERS,
  pixelDifference,
  type Server,
  serve,
  type TestBrowser,
  type TestPage,
  wordRect,
} from './harness';
import { CARD, inUi, waitUi } from './ui-root';

const FIXTURES = path.resolve('tests/e2e/fixtures');
const DEMO_DIR = path.resolve('assets/demo');
const DEMO = 'nato-south-caucasus.html';

const INEPT_SENTENCE =
  'However, Azerbaijan’s complicated relationship with Western countries, especially organizations such as the Council of Europe and European Union, and its inept and corruption-ridden diplomatic service and officials, further complicate the situation.';

/** Counts mutations inside <body> after the parser is done: the extension must cause none. */
const WATCH_BODY = `
  window.__swMutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) window.__swMutations.push(r.type + ':' + (r.target.nodeName || ''));
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
`;

type Marks = Record<string, string[]>;

/** The sentence highlight (the page sees numbered looks, not kinds: lib/page/highlight-styles.ts). */
const OPINION = highlightName('opinion');
/**
 * Each highlight name with the first kind that uses it: kinds that look alike share a name
 * (pejorative and emotive words, for one), so 'loaded-pejorative' below stands for that look.
 */
const LOOKS = [...new Map(MARK_KINDS.map((k) => [highlightName(k), k] as const).reverse())]
  .reverse()
  .map(([name, kind]) => ({ name, kind }));

/** Every range in our CSS highlights, by look (named by its first kind), in document order. */
function readMarks(page: TestPage): Promise<Marks> {
  return page.evaluate((looks) => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const { name, kind } of looks) {
      const h = registry.get(name);
      if (h && h.size > 0) out[kind] = Array.from(h, (r) => r.toString());
    }
    return out;
  }, LOOKS);
}

const allMarked = (m: Marks) => Object.values(m).flat();
const words = (m: Marks) =>
  Object.entries(m)
    .filter(([k]) => k.startsWith('loaded-'))
    .flatMap(([, v]) => v);

/** The open card's text, role and box, read through its (closed) shadow root; null when closed. */
function readCard(page: TestPage) {
  return inUi(page, CARD, (root) => {
    const host = root.host;
    const card = root.querySelector('.sw-card');
    if (!card) return null;
    const b = card.getBoundingClientRect();
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    return {
      text: card.textContent ?? '',
      role: card.getAttribute('role'),
      box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height },
      onTop: hit === host,
    };
  });
}

function overlaps(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The page's body text as served, from a same-origin iframe (content scripts skip subframes). */
function pristineText(page: TestPage): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const f = document.createElement('iframe');
        f.style.cssText =
          'position:fixed!important;left:-5000px!important;top:0!important;width:1200px!important;height:900px!important;display:block!important';
        f.onload = () => {
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what readers see
          const text = f.contentDocument!.body.innerText;
          f.remove();
          resolve(text);
        };
        f.src = location.href;
        document.body.appendChild(f); // after the mutation check; an iframe adds no text
      }),
  );
}

async function hover(page: TestPage, word: string) {
  const r = await wordRect(page, word);
  expect(r, `"${word}" is on the page`).not.toBeNull();
  if (r!.top < 120 || r!.bottom > 800) {
    await page.evaluate((y) => window.scrollBy(0, y), r!.top - 400);
  }
  const at = (await wordRect(page, word))!;
  await page.mouseMove(at.left + at.width / 2, at.top + at.height / 2);
  return at;
}

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('in-page marks in %s', (name) => {
  let server: Server;
  let browser: TestBrowser;
  let ext: TestPage; // an extension page, to ask the background what it knows

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    server = await serve([FIXTURES, DEMO_DIR]);
    browser = await LAUNCHERS[name]();
    ext = await browser.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = (file: string) => path.join(ARTIFACTS_DIR, `${name}-${file}`);

  /**
   * Ask the background (with the popup's own message) about the one web page tab that is open.
   * tabs.query hides URLs without the tabs permission, so the tab is picked by its answer: the
   * extension's own page answers "restricted".
   */
  async function tabReport(): Promise<{ state: TabState; badge: string }> {
    return ext.evaluate(async () => {
      interface Api {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        runtime: { sendMessage(m: object): Promise<unknown> };
        action?: { getBadgeText(d: { tabId: number }): Promise<string> };
        browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
      }
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const tabs = await api.tabs.query({});
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        const state = (await api.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as TabState;
        const action = (api.action ?? api.browserAction)!;
        const badge = await action.getBadgeText({ tabId: tab.id });
        if (state.kind !== 'restricted' && state.kind !== 'unknown') return { state, badge };
      }
      return { state: { kind: 'unknown' } as TabState, badge: '' };
    });
  }

  describe('the demo article', () => {
    let page: TestPage;
    let marks: Marks;

    beforeAll(async () => {
      page = await browser.open(`${server.url}/${DEMO}`, { init: WATCH_BODY });
      await page.waitFor(
        (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
        OPINION,
      );
      marks = await readMarks(page);
    });
    afterAll(() => page?.close());

    test('marks the outlet’s opinion sentence and its loaded words, not the reported praise', async () => {
      expect(marks.opinion).toContain(INEPT_SENTENCE);
      for (const s of marks.opinion ?? []) expect(s).not.toMatch(/^(Stoltenberg commended|He lauded)/);
      expect(marks['loaded-pejorative']).toEqual(expect.arrayContaining(['inept', 'corruption-ridden']));
      expect(words(marks)).toContain('lauded');
      await page.screenshot(shot('demo-marked.png'));
    });

    test('the badge counts the outlet’s own opinion sentences of the report the background keeps', async () => {
      const { state, badge } = await tabReport();
      expect(state.kind).toBe('done');
      const report = (state as { report: Report }).report;
      const outlet = report.sentences.filter((s) => s.label === 'opinion');
      expect(outlet.map((s) => s.text)).toContain(INEPT_SENTENCE);
      expect(badge).toBe(String(outlet.length));
    });

    test('hovering “inept” shows a card with its category and explanation, clear of the word', async () => {
      const { state } = await tabReport();
      const term = (state as { report: Report }).report.loaded.find((t) => t.text === 'inept')!;
      expect(term.category).toBe('pejorative');
      const word = await hover(page, 'inept');
      const card = await waitUi(
        page,
        CARD,
        (root) => {
          const c = root.querySelector('.sw-card');
          return c?.textContent?.includes('“inept”') ? c.textContent : null;
        },
        undefined,
        15_000,
      );
      expect(card).toContain('Loaded word: pejorative label');
      expect(card).toContain(term.note);
      if (term.neutral) expect(card).toContain(`Neutral wording: “${term.neutral}”`);
      const read = (await readCard(page))!;
      // It holds a button ('Not loaded here'): a non-modal dialog, not a tooltip (components/HoverCard).
      expect(read.role).toBe('dialog');
      expect(read.onTop).toBe(true);
      expect(overlaps(read.box, word)).toBe(false);
      await page.screenshot(shot('demo-card-inept.png'));

      await page.press('Escape');
      await waitUi(page, CARD, (root) => !root.querySelector('.sw-card'));
    });

    test('hovering “lauded” names Stoltenberg as the voice', async () => {
      await page.mouseMove(5, 5);
      await hover(page, 'lauded');
      const text = await waitUi(
        page,
        CARD,
        (root) => {
          const c = root.querySelector('.sw-card');
          return c?.textContent?.includes('“lauded”') ? c.textContent : null;
        },
        undefined,
        15_000,
      );
      expect(text).toMatch(/Voice: (Jens )?Stoltenberg/);
      await page.screenshot(shot('demo-card-lauded.png'));
      await page.mouseMove(5, 5);
    });

    test('the keyboard steps through marks and turns them off and on', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.press('Escape');
      await page.press('Alt+Shift+KeyN');
      const first = await waitUi(page, CARD, (root) => root.querySelector('.sw-card')?.textContent);
      // The first mark in reading order: the first marked sentence or word.
      const { state } = await tabReport();
      expect(state.kind).toBe('done');
      expect(first).toMatch(/^Ab (The outlet’s own opinion|Reported opinion|Loaded word: )/);
      await page.press('Escape');

      await page.press('Alt+Shift+KeyM');
      await page.waitFor(
        (n) => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
        OPINION,
      );
      expect(await readMarks(page)).toEqual({});
      await page.press('Alt+Shift+KeyM');
      await page.waitFor(
        (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
        OPINION,
      );
      expect(await readMarks(page)).toEqual(marks);
    });

    test('the page’s text and DOM are untouched, no page error, no request but the page itself', async () => {
      expect(
        await page.evaluate(() => (window as unknown as { __swMutations: string[] }).__swMutations),
      ).toEqual([]);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what readers see
      const live = await page.evaluate(() => document.body.innerText);
      expect(live).toBe(await pristineText(page));
      expect(page.errors).toEqual([]);
      // data: URLs (Firefox loads a built-in font that way) never reach the network.
      const network = page.requests.filter((u) => !u.startsWith('data:'));
      expect(network.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
      // The browser's own favicon probe aside, the server saw only the page (and our iframe copy).
      expect(server.requests.filter((p) => p !== `/${DEMO}` && p !== '/favicon.ico')).toEqual([]);
    });
  });

  test('a news home page: nothing marked, nothing analysed, until the reader asks', async () => {
    const before = server.requests.length;
    const page = await browser.open(`${server.url}/home.html`, { init: WATCH_BODY });
    // Longer than the content script's settle time: a late re-check would have happened by now.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readMarks(page)).toEqual({});
    expect(
      await page.evaluate(() => document.querySelectorAll('slantwise-legend, slantwise-card').length),
    ).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __swMutations: string[] }).__swMutations),
    ).toEqual([]);
    const { state, badge } = await tabReport();
    expect(state.kind).toBe('not-article');
    expect(badge).toBe('');
    expect(page.errors).toEqual([]);
    expect(server.requests.slice(before).filter((p) => p !== '/favicon.ico')).toEqual(['/home.html']);

    // "Analyze this page anyway" (the popup's button): the same marks as on an article.
    const asked = await ext.evaluate(async () => {
      const g = globalThis as unknown as {
        browser?: typeof g.chrome;
        chrome: {
          tabs: { query(q: object): Promise<{ id?: number }[]> };
          runtime: { sendMessage(m: object): Promise<unknown> };
        };
      };
      const api = g.browser ?? g.chrome;
      for (const tab of await api.tabs.query({})) {
        const state = (await api.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as TabState;
        if (state.kind === 'not-article') {
          return (await api.runtime.sendMessage({ type: 'analyze-tab', tabId: tab.id })) as TabState;
        }
      }
      return null;
    });
    expect(asked?.kind).toBe('done');
    await page.waitFor(
      (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
      highlightName('loaded-pejorative'),
    );
    const marks = await readMarks(page);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    for (const t of allMarked(marks)) expect(text).toContain(t);
    expect(words(marks)).toContain('shameful');
    expect((await tabReport()).badge).toBe(
      String((asked as { report: Report }).report.sentences.filter((s) => s.label === 'opinion').length),
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('a single-page app: marks follow the article that is shown', async () => {
    const page = await browser.open(`${server.url}/spa.html`);
    await page.waitFor(
      (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
      OPINION,
    );
    const first = await readMarks(page);
    expect(first.opinion).toContain(
      'The council’s reckless and shameful decision ignores the people who live by the harbour, and its arrogant leadership has once again treated their objections with contempt.',
    );
    expect(words(first)).toEqual(expect.arrayContaining(['reckless', 'shameful', 'arrogant']));

    await page.evaluate(() => (document.querySelector('a[data-article="rail"]') as HTMLElement).click());
    await page.waitFor((n) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
      return h && Array.from(h, (r) => r.toString()).some((s) => s.includes('bungling'));
    }, OPINION);
    const second = await readMarks(page);
    const articleText = await page.evaluate(() => document.querySelector('article')!.textContent);
    expect(second.opinion).toContain(
      'Yet the bungling ministry behind this disastrous project has wasted a staggering fortune, and its incompetent officials deserve none of the credit they now claim.',
    );
    for (const text of allMarked(second)) expect(articleText).toContain(text);
    expect(words(second)).not.toContain('reckless');
    expect(words(second)).toContain('disastrous');
    // The background followed too: its report and badge are the second article's.
    const { state, badge } = await tabReport();
    expect(state.kind).toBe('done');
    const report = (state as { report: Report }).report;
    expect(report.blocks[0]!.text).toBe('New Rail Line Opens After Years of Delays');
    expect(badge).toBe(String(report.sentences.filter((s) => s.label === 'opinion').length));
    expect(page.errors).toEqual([]);
    await page.screenshot(shot('spa-second-article.png'));
    await page.close();
  });

  test('a page with hostile CSS: marks and card still show', async () => {
    const page = await browser.open(`${server.url}/hostile.html`, { init: WATCH_BODY });
    await page.waitFor(
      (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
      OPINION,
    );
    const marks = await readMarks(page);
    expect(marks.opinion).toContain(
      'The authority’s inept and corruption-ridden management, which has squandered public money for years, deserves every bit of the scrutiny it is finally getting.',
    );
    expect(marks['loaded-pejorative']).toEqual(expect.arrayContaining(['inept', 'corruption-ridden']));

    // Visible despite the page's own ::highlight() rules: the pixels change when marks go off.
    await page.mouseMove(1190, 890);
    await page.evaluate(() => window.scrollTo(0, 0));
    const r = (await wordRect(page, 'squandered'))!;
    const clip = {
      x: Math.floor(r.left),
      y: Math.floor(r.top),
      width: Math.ceil(r.width),
      height: Math.ceil(r.height),
    };
    const on = decodePng(await page.screenshot(shot('hostile-word-on.png'), clip));
    await page.press('Alt+Shift+KeyM');
    await page.waitFor(
      (n) => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
      OPINION,
    );
    const off = decodePng(await page.screenshot(shot('hostile-word-off.png'), clip));
    expect(pixelDifference(on, off)).toBeGreaterThan(0.3);
    await page.press('Alt+Shift+KeyM');
    await page.waitFor(
      (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
      OPINION,
    );

    // The card sits above the sticky max-z-index bar and the full-page veil.
    await page.evaluate(() => window.scrollTo(0, 0));
    const word = (await wordRect(page, 'inept'))!;
    await page.evaluate((y) => window.scrollBy(0, y), word.top - 150);
    const at = (await wordRect(page, 'inept'))!;
    await page.mouseMove(at.left + at.width / 2, at.top + at.height / 2);
    await waitUi(page, CARD, (root) => root.querySelector('.sw-card')?.textContent?.includes('“inept”'));
    const card = (await readCard(page))!;
    expect(card.onTop).toBe(true);
    expect(overlaps(card.box, at)).toBe(false);
    const legendOnTop = await page.evaluate(() => {
      const host = document.querySelector('slantwise-legend')!;
      const b = host.getBoundingClientRect();
      return b.width > 0 && document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2) === host;
    });
    expect(legendOnTop).toBe(true);
    await page.screenshot(shot('hostile-card.png'));

    expect(
      await page.evaluate(() => (window as unknown as { __swMutations: string[] }).__swMutations),
    ).toEqual([]);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what readers see
    expect(await page.evaluate(() => document.body.innerText)).toBe(await pristineText(page));
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
