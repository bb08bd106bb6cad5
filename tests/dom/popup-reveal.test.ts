/**
 * The popup's strip asks the page to show a sentence ("reveal"): the page scrolls to it, opens its
 * card and keeps it lit as the current mark (the flash highlight) until the card closes.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput, Report } from '../../lib/analysis/types';
import type { ToContent } from '../../lib/messages';
import { FLASH_HIGHLIGHT, highlightName } from '../../lib/page/highlight-styles';
import { installHighlightApi, loadHtml, useSessions } from './session-harness';

const sessions = useSessions();
let report: Report | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  report = undefined;
  fakeBrowser.runtime.onMessage.addListener(
    (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const m = msg as { type: string; input?: ArticleInput; partial?: boolean };
      if (m.type !== 'analyze' || !m.input) return undefined;
      const r = analyzeArticle(m.input);
      if (!m.partial) report = r;
      sendResponse({ report: r });
      return true;
    },
  );
});

async function send(message: ToContent): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(
    message,
    { id: fakeBrowser.runtime.id },
    () => {},
  );
  return replies.find((r: unknown) => r !== undefined);
}

describe('reveal from the popup', () => {
  test('a fact sentence (not marked in the page) becomes the current one until its card closes', async () => {
    const registry = installHighlightApi();
    loadHtml(readFileSync('tests/e2e/fixtures/hostile.html', 'utf8'));
    sessions.start();
    await vi.waitFor(() => expect(registry.has(highlightName('opinion'))).toBe(true));
    await vi.waitFor(() => expect(report).toBeDefined());
    const index = report!.sentences.findIndex((s) => s.label === 'fact');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(await send({ type: 'reveal', target: { kind: 'sentence', index } })).toEqual({ found: true });
    const lit = () => [...(registry.get(FLASH_HIGHLIGHT) ?? [])].map((r) => r.toString());
    expect(lit()).toEqual([report!.sentences[index]!.text]);
    // a second sentence takes over as the current one
    const opinion = report!.sentences.findIndex((s) => s.label === 'opinion');
    expect(await send({ type: 'reveal', target: { kind: 'sentence', index: opinion } })).toEqual({
      found: true,
    });
    expect(lit()).toEqual([report!.sentences[opinion]!.text]);
    // the card closes (here: the reader turns the marks off), and the sentence is no longer current
    expect(await send({ type: 'set-marks', on: false })).toEqual({ on: false });
    expect(registry.has(FLASH_HIGHLIGHT)).toBe(false);
  });
});
