/**
 * Hostile pages end to end, in real Chromium and real Firefox ESR on the BUILT extension
 * ($SLANTWISE_OUT or .output): a page that replaces its whole <body> every 100 ms must not make
 * the extension throw, hang the page, lose track of the tab, or touch the network.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TabState } from '../../lib/messages';
import { LAUNCHERS, type Server, serve, type TestBrowser, type TestPage } from './harness';

const FIXTURES = path.resolve('tests/e2e/fixtures');
const CHURN = 'churn.html';

/** The kinds a content script reports for its page (lib/messages.ts PageState), error aside. */
const SETTLED_KINDS = ['not-article', 'analysing', 'done', 'unsupported-language'];

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])('hostile pages in %s', (name) => {
  let server: Server;
  let browser: TestBrowser;
  let ext: TestPage; // an extension page, to ask the background what it knows

  beforeAll(async () => {
    server = await serve([FIXTURES]);
    browser = await LAUNCHERS[name]();
    ext = await browser.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The background's state for the one web page tab open (the popup's own message, as inpage.test.ts). */
  function tabState(): Promise<TabState> {
    return ext.evaluate(async () => {
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
  }

  test('a page that replaces its body every 100 ms: no error, still responsive, a defined state, no network', async () => {
    const page = await browser.open(`${server.url}/${CHURN}`);
    try {
      await new Promise((r) => setTimeout(r, 3000));
      // Responsive: an evaluate comes back promptly, and the page's own timer kept running.
      const started = Date.now();
      const churns = await Promise.race([
        page.evaluate(() => (window as unknown as { __churns: number }).__churns),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('page did not answer in 5 s')), 5000),
        ),
      ]);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(churns).toBeGreaterThanOrEqual(10);
      expect(page.errors).toEqual([]);

      const state = await tabState();
      expect(SETTLED_KINDS).toContain(state.kind);

      // data: URLs (Firefox loads a built-in font that way) never reach the network.
      const network = page.requests.filter((u) => !u.startsWith('data:'));
      expect(network.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
      expect(server.requests.filter((p) => p !== '/favicon.ico')).toEqual([`/${CHURN}`]);
    } finally {
      await page.close();
    }
  });
});
