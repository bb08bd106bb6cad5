/**
 * A hostile page end to end, in real Chromium and Firefox ESR on the BUILT extension
 * ($SLANTWISE_OUT or .output). The page's own script (fixtures/attacker.html) runs the attacks of
 * issue 11: a synthetic Alt+Shift+N, Tab and Enter, a synthetic pointer over a loaded word,
 * reaching into the card's and the legend's shadow roots (after forcing attachShadow open), WXT's
 * "content script started" and location events forged by name, a forged pagehide, and reading
 * CSS.highlights. Afterwards the reader's corrections are unchanged, the marks, legend and popup
 * state are as before, the roots were not readable, the highlight names say nothing, and the real
 * keyboard and mouse still work.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TabState } from '../../lib/messages';
import { FLASH_HIGHLIGHT, highlightName } from '../../lib/page/highlight-styles';
import {
  type ChromiumBrowser,
  GECKO_ID,
  LAUNCHERS,
  type Server,
  serve,
  type TestBrowser,
  type TestPage,
  wordRect,
} from './harness';
import { CARD, inUi, LEGEND, waitUi } from './ui-root';

const FIXTURES = path.resolve('tests/e2e/fixtures');
const PAGE = 'attacker.html';
const OPINION = highlightName('opinion');

interface Saw {
  cardHost: boolean;
  legendHost: boolean;
  cardShadowRoot: boolean | null;
  legendShadowRoot: boolean | null;
  reachedButtons: number;
  hostText: string;
  hostAttributes: string[];
  highlightNames: string[];
  forcedOpen: number;
}

/** Every Slantwise mark highlight's texts by name (not the short flash of a step), from the page. */
function highlightTexts(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate((flash) => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('slantwise-') && name !== flash) out[name] = Array.from(h, (r) => r.toString());
    }
    return out;
  }, FLASH_HIGHLIGHT);
}

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('a hostile page in %s', (name) => {
  let server: Server;
  let browser: TestBrowser;
  let ext: TestPage; // an extension page: reads storage and asks the background, as the popup does

  beforeAll(async () => {
    server = await serve([FIXTURES]);
    browser = await LAUNCHERS[name]();
    ext = await browser.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The reader's corrections as stored (the key lib/corrections.ts uses). */
  const corrections = () =>
    ext.evaluate(async () => {
      interface Api {
        storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
      }
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return JSON.stringify(
        (await (g.browser ?? g.chrome).storage.local.get('corrections')).corrections ?? null,
      );
    });

  /**
   * The background's state for the one web page tab open, asked as the popup asks it (tab URLs
   * need a permission we do not have: the first tab with a page state is the attacker's).
   */
  const tabState = () =>
    ext.evaluate(async () => {
      interface Api {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        runtime: { sendMessage(m: object): Promise<unknown> };
      }
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const state = (await api.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id })) as TabState;
        if (state.kind !== 'restricted' && state.kind !== 'unknown') return state;
      }
      return { kind: 'unknown' } as TabState;
    });

  test('its script cannot act for the reader, switch Slantwise off, or read the card, legend or settings', async () => {
    const page = await browser.open(`${server.url}/${PAGE}`);
    try {
      await (page.raw as { bringToFront(): Promise<void> }).bringToFront();
      await page.waitFor(
        (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
        OPINION,
      );
      await waitUi(page, LEGEND, (root) => root.textContent?.includes('Slantwise ·'));
      // The reader has had a card open once (so its host exists), and closed it.
      await page.press('Alt+Shift+KeyN');
      await waitUi(page, CARD, (root) => root.querySelector('.sw-card') !== null);
      await page.press('Escape');
      await waitUi(page, CARD, (root) => root.querySelector('.sw-card') === null);

      const storedBefore = await corrections();
      const marksBefore = await highlightTexts(page);
      expect((await tabState()).kind).toBe('done');

      const extensionId = name === 'chromium' ? (browser as ChromiumBrowser).extensionId : GECKO_ID;
      const saw = (await page.evaluate(
        (id) => (window as unknown as { runAttacks(id: string): Saw }).runAttacks(id),
        extensionId,
      )) as Saw;

      // The roots were not readable, even with attachShadow forced open in the page's world.
      expect(saw).toMatchObject({
        cardHost: true,
        legendHost: true,
        cardShadowRoot: false,
        legendShadowRoot: false,
        reachedButtons: 0,
        forcedOpen: 0,
      });
      expect(saw.hostText).toBe('');
      // On the hosts only what showing them needs: their inline style and the top layer.
      expect(saw.hostAttributes).toEqual(['popover', 'popover', 'style', 'style']);
      // The highlight names say that marks exist, and nothing about categories or the reader.
      expect(saw.highlightNames.length).toBeGreaterThan(0);
      for (const n of saw.highlightNames) expect(n).toMatch(/^slantwise-\d+$/);

      // Past the session's settle time (300 ms, at most 2 s): a forged navigation would have acted.
      await new Promise((r) => setTimeout(r, 2500));
      expect(await highlightTexts(page)).toEqual(marksBefore);
      expect(await corrections()).toBe(storedBefore);
      // No card opened from the forged keys or pointer; the legend is still there.
      expect(await inUi(page, CARD, (root) => root.querySelector('.sw-card') !== null)).toBe(false);
      expect(await inUi(page, LEGEND, (root) => root.textContent?.includes('Slantwise ·'))).toBe(true);
      // The popup still knows the page (the forged pagehide did not clear it).
      expect((await tabState()).kind).toBe('done');

      // The reader's own keyboard still opens the card ...
      await page.press('Alt+Shift+KeyN');
      const label = await waitUi(page, CARD, (root) => root.querySelector('.sw-card .sw-label')?.textContent);
      expect(label).toBeTruthy();
      await page.press('Escape');
      await waitUi(page, CARD, (root) => root.querySelector('.sw-card') === null);
      // ... and the real mouse over "inept" opens its card.
      const r = (await wordRect(page, 'inept'))!;
      await page.mouseMove(r.left + r.width / 2, r.top + r.height / 2);
      const term = await waitUi(
        page,
        CARD,
        (root) => root.querySelector('.sw-card .sw-term strong')?.textContent,
      );
      expect(term).toBe('“inept”');
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
