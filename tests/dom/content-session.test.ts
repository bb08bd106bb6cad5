/**
 * The content script's session on happy-dom pages, with WXT's fake browser: a page that is not an
 * article gets no analysis and no DOM write; an article is analysed (by the real engine, standing
 * in for the background) and marked; a re-injected copy replaces the first without doubling up.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startSession } from '../../entrypoints/content/session';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput } from '../../lib/analysis/types';

const fixture = (name: string) => readFileSync(`tests/e2e/fixtures/${name}`, 'utf8');

function load(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
}

/** A stand-in for CSS.highlights and Highlight (happy-dom has neither). */
function installHighlightApi(): Map<string, Set<Range>> {
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const registry = new Map<string, Set<Range>>();
  Object.defineProperty(window, 'CSS', {
    value: { highlights: registry },
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return registry;
}

let contexts: ContentScriptContext[] = [];
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

afterEach(() => {
  for (const ctx of contexts) ctx.notifyInvalidated();
  contexts = [];
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  delete (window as unknown as Record<string, unknown>).Highlight;
});

function start(): ContentScriptContext {
  const ctx = new ContentScriptContext('content');
  contexts.push(ctx);
  startSession(ctx);
  return ctx;
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('content session', () => {
  test('a news home page: no analysis, no DOM write', async () => {
    installHighlightApi();
    load(fixture('home.html'));
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
    load(fixture('hostile.html'));
    const bodyBefore = document.body.innerHTML;
    start();
    await vi.waitFor(() => expect(registry.has('slantwise-opinion')).toBe(true));
    expect(analyses).toHaveLength(1);
    expect(analyses[0]!.blocks[0]).toEqual({
      kind: 'heading',
      text: 'Port Authority Chief Resigns After Audit',
    });
    const opinion = [...registry.get('slantwise-opinion')!].map((r) => r.toString());
    expect(opinion).toContain(
      'The authority’s inept and corruption-ridden management, which has squandered public money for years, deserves every bit of the scrutiny it is finally getting.',
    );
    // The legend is drawn one task after the marks.
    await vi.waitFor(() => expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1));
    const marks = Object.fromEntries([...registry].map(([k, v]) => [k, [...v].map((r) => r.toString())]));

    // The extension is updated or the script injected again: WXT tells the old copy to stop.
    const first = contexts[0]!;
    start();
    expect(first.isInvalid).toBe(true);
    await vi.waitFor(() => expect(analyses).toHaveLength(2));
    await vi.waitFor(() => expect(registry.has('slantwise-opinion')).toBe(true));
    expect(Object.fromEntries([...registry].map(([k, v]) => [k, [...v].map((r) => r.toString())]))).toEqual(
      marks,
    );
    // The legend is drawn one task after the marks.
    await vi.waitFor(() => expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1));
    expect(document.body.innerHTML).toBe(bodyBefore);
  });
});
