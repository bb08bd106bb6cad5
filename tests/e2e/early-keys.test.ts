/**
 * A page that swallows keys, end to end in real Chromium and Firefox ESR on the BUILT extension
 * ($SLANTWISE_OUT or .output). fixtures/swallower.html stops every keydown in its own first
 * script: at window in the capture phase, at document (capture and bubble) and at the body. The
 * first stage (entrypoints/first-stage) listens on window from document_start, before that script,
 * so the reader's shortcuts still reach Slantwise: Alt+Shift+N opens a mark's card, Escape closes
 * it, Alt+Shift+M turns the marks off and on. The page's own listener saw the same keys (it did
 * run), and only the session decides what they do: forged keys still do nothing.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { highlightName } from '../../lib/page/highlight-styles';
import { LAUNCHERS, type Server, serve, type TestBrowser, type TestPage } from './harness';
import { CARD, inUi, waitUi } from './ui-root';

const FIXTURES = path.resolve('tests/e2e/fixtures');
const OPINION = highlightName('opinion');

const hasMarks = (page: TestPage) =>
  page.evaluate((n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n), OPINION);
const swallowed = (page: TestPage) =>
  page.evaluate(() => (window as unknown as { __swallowed: number }).__swallowed);

describe.each(Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[])(
  'a page that swallows keys, in %s',
  (name) => {
    let server: Server;
    let browser: TestBrowser;

    beforeAll(async () => {
      server = await serve([FIXTURES]);
      browser = await LAUNCHERS[name]();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('the reader’s shortcuts still work; the page’s own listeners saw them; forged keys do nothing', async () => {
      const page = await browser.open(`${server.url}/swallower.html`);
      try {
        await (page.raw as { bringToFront(): Promise<void> }).bringToFront();
        await page.waitFor(
          (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
          OPINION,
        );

        // A forged Alt+Shift+N from the page's script opens nothing.
        await page.evaluate(() => {
          const init = {
            key: 'N',
            code: 'KeyN',
            altKey: true,
            shiftKey: true,
            bubbles: true,
            cancelable: true,
          };
          window.dispatchEvent(new KeyboardEvent('keydown', init));
          document.body.dispatchEvent(new KeyboardEvent('keydown', init));
        });
        await new Promise((r) => setTimeout(r, 300));
        // (null: no card host at all yet; false: a host without a card)
        expect(await inUi(page, CARD, (root) => root.querySelector('.sw-card') !== null)).not.toBe(true);

        const before = await swallowed(page);
        await page.press('Alt+Shift+KeyN');
        const label = await waitUi(
          page,
          CARD,
          (root) => root.querySelector('.sw-card .sw-label')?.textContent,
        );
        expect(label).toBeTruthy();
        // The page's window capture listener ran for the real key too (after ours).
        expect(await swallowed(page)).toBeGreaterThan(before);

        await page.press('Escape');
        await waitUi(page, CARD, (root) => root.querySelector('.sw-card') === null);

        // Alt+Shift+M: marks off, then on again.
        await page.press('Alt+Shift+KeyM');
        await page.waitFor(
          (n) => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
          OPINION,
        );
        expect(await hasMarks(page)).toBe(false);
        await page.press('Alt+Shift+KeyM');
        await page.waitFor(
          (n) => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(n),
          OPINION,
        );
        expect(page.errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  },
);
