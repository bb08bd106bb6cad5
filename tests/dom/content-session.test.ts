/**
 * The content script's session on happy-dom pages, with WXT's fake browser: a page that is not an
 * article gets no analysis and no DOM write; an article is analysed (by the real engine, standing
 * in for the background) and marked; a re-injected copy replaces the first without doubling up.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput } from '../../lib/analysis/types';
import { highlightName } from '../../lib/page/highlight-styles';
import { installHighlightApi, loadHtml, useSessions } from './session-harness';

const OPINION = highlightName('opinion');

const fixture = (name: string) => readFileSync(`tests/e2e/fixtures/${name}`, 'utf8');

const sessions = useSessions();
const start = sessions.start;
const analyses: ArticleInput[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  analyses.length = 0;
  // The background's part: analyse and reply (fakeBrowser resolves replies given to sendResponse).
  fakeBrowser.runtime.onMessage.addListener(
    (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const m = msg as { type: string; input?: ArticleInput };
      if (m.type !== 'analyze' || !m.input) return undefined;
      analyses.push(m.input);
      sendResponse({ report: analyzeArticle(m.input) });
      return true;
    },
  );
});

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('content session', () => {
  test('a news home page: no analysis, no DOM write', async () => {
    installHighlightApi();
    loadHtml(fixture('home.html'));
    const before = document.documentElement.outerHTML;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    start();
    await settle();
    expect(send).not.toHaveBeenCalled();
    expect(analyses).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('an article: analysed once and marked; a re-injected copy does not double up', async () => {
    const registry = installHighlightApi();
    loadHtml(fixture('hostile.html'));
    const bodyBefore = document.body.innerHTML;
    start();
    await vi.waitFor(() => expect(registry.has(OPINION)).toBe(true));
    expect(analyses).toHaveLength(1);
    expect(analyses[0]!.blocks[0]).toEqual({
      kind: 'heading',
      text: 'Port Authority Chief Resigns After Audit',
    });
    const opinion = [...registry.get(OPINION)!].map((r) => r.toString());
    expect(opinion).toContain(
      'The authority’s inept and corruption-ridden management, which has squandered public money for years, deserves every bit of the scrutiny it is finally getting.',
    );
    // The legend is drawn one task after the marks.
    await vi.waitFor(() => expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1));
    const marks = Object.fromEntries([...registry].map(([k, v]) => [k, [...v].map((r) => r.toString())]));

    // The extension is updated or the script injected again: WXT tells the old copy to stop. The
    // old copy stops once it has seen that a newer copy of ours really started (the task after
    // the event: see entrypoints/content/copy-guard.ts), not on the event alone.
    const first = sessions.all[0]!;
    start();
    await vi.waitFor(() => expect(first.isInvalid).toBe(true));
    await vi.waitFor(() => expect(analyses).toHaveLength(2));
    await vi.waitFor(() => expect(registry.has(OPINION)).toBe(true));
    expect(Object.fromEntries([...registry].map(([k, v]) => [k, [...v].map((r) => r.toString())]))).toEqual(
      marks,
    );
    // The legend is drawn one task after the marks.
    await vi.waitFor(() => expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1));
    expect(document.body.innerHTML).toBe(bodyBefore);
  });
});
