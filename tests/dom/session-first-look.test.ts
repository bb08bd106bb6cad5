/**
 * The first look (lib/page/session-first-look.ts): the opening blocks are analysed on their own
 * so the first marks come sooner, and the full Report then replaces them. Its marks must be the
 * full analysis's marks on those blocks, and the swap must never take an identical mark off the
 * page, not even for one task.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeArticle } from '../../lib/analysis/report';
import type { ArticleInput } from '../../lib/analysis/types';
import type { ContentToBackground } from '../../lib/messages';
import { extractArticle } from '../../lib/page/extract';
import { highlightName } from '../../lib/page/highlight-styles';
import { cardFor, toMarks } from '../../lib/page/marks';
import { FIRST_LOOK_CHARS, firstLook } from '../../lib/session/first-look';
import { loadPage, pageHtml } from './page-fixtures';
import { installHighlightApi, loadHtml, snapshot, useSessions } from './session-harness';

const OPINION = highlightName('opinion');

const meta = { title: 'T', lang: 'en' };
const para = (n: number) => ({ kind: 'paragraph' as const, text: 'x'.repeat(n) });

describe('firstLook', () => {
  test('the demo article: its first five blocks (1,253 characters), without the related links', () => {
    const input = extractArticle(loadPage('demo'), 'https://www.thepost.example/a').input;
    expect(input.blocks).toHaveLength(10);
    expect(input.related?.links.length).toBeGreaterThan(0);
    const look = firstLook(input);
    expect(look).toEqual({ meta: input.meta, blocks: input.blocks.slice(0, 5) });
    expect(look!.blocks.reduce((n, b) => n + b.text.length, 0)).toBe(1253);
  });

  test('blocks up to the budget; the first block even when it alone is longer', () => {
    const input: ArticleInput = { meta, blocks: [para(600), para(600), para(600), para(600), para(600)] };
    expect(firstLook(input)?.blocks).toHaveLength(2);
    const long: ArticleInput = { meta, blocks: [para(FIRST_LOOK_CHARS + 1), para(3000)] };
    expect(firstLook(long)?.blocks).toEqual([para(FIRST_LOOK_CHARS + 1)]);
  });

  test('none when the opening is more than half the article, or there is nothing', () => {
    expect(firstLook({ meta, blocks: [para(700), para(700), para(600)] })).toBeNull();
    expect(firstLook({ meta, blocks: [para(5000)] })).toBeNull();
    expect(firstLook({ meta, blocks: [] })).toBeNull();
  });

  test('on the demo article its marks and cards are the full analysis’s on those blocks', () => {
    const input = extractArticle(loadPage('demo'), 'https://www.thepost.example/a').input;
    const look = firstLook(input)!;
    const partial = analyzeArticle(look);
    const full = analyzeArticle(input);
    const seen = (r: typeof full, blocks: number) =>
      toMarks(r)
        .filter((m) => m.block < blocks)
        .map((m) => ({ mark: m, card: cardFor(r, m) }));
    const first = seen(partial, look.blocks.length);
    expect(first.length).toBeGreaterThan(0);
    expect(first).toEqual(seen(full, look.blocks.length));
  });
});

// ---------------------------------------------------------------- the session

const loadDemo = () => loadHtml(pageHtml('demo'));

const sessions = useSessions();
const start = sessions.start;
const sent: ContentToBackground[] = [];
/** Full (not partial) analyses wait here until the test lets them answer. */
let held: (() => void)[] = [];
let answerPartial = true;

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  held = [];
  answerPartial = true;
  fakeBrowser.runtime.onMessage.addListener(
    (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const m = msg as ContentToBackground;
      if (m.type !== 'analyze') return undefined;
      sent.push(m);
      if (m.partial) sendResponse(answerPartial ? { report: analyzeArticle(m.input) } : { error: 'no' });
      else held.push(() => sendResponse({ report: analyzeArticle(m.input) }));
      return true;
    },
  );
});

async function releaseFull(): Promise<void> {
  await vi.waitFor(() => expect(held).toHaveLength(1));
  held.shift()!();
}

describe('the session’s first look', () => {
  test('opening marks first, then the full Report’s, with identical marks never taken off', async () => {
    // What a single full analysis draws on the demo page.
    answerPartial = false;
    let registry = installHighlightApi();
    loadDemo();
    start();
    await releaseFull();
    await vi.waitFor(() => expect(registry.has(OPINION)).toBe(true));
    const whole = snapshot(registry);
    sessions.stopAll();

    answerPartial = true;
    sent.length = 0;
    registry = installHighlightApi();
    loadDemo();
    const bodyBefore = document.body.innerHTML;
    start();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent.map((m) => [m.type, m.type === 'analyze' && m.partial === true])).toEqual([
      ['analyze', true],
      ['analyze', false],
    ]);
    const [opening, full] = sent as Extract<ContentToBackground, { type: 'analyze' }>[];
    expect(opening!.input.blocks).toEqual(full!.input.blocks.slice(0, 5));

    // The first look is drawn while the full analysis is still out: only marks the full one has.
    await vi.waitFor(() => expect(registry.size).toBeGreaterThan(0));
    const early = snapshot(registry);
    for (const [name, texts] of Object.entries(early)) {
      for (const t of texts) expect(whole[name]).toContain(t);
    }
    expect(Object.values(early).flat().length).toBeLessThan(Object.values(whole).flat().length);
    // The legend is drawn one task after the marks.
    await vi.waitFor(() => expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1));

    // Any moment an earlier mark is missing once the swap's own code has run is a flicker.
    const missing: string[] = [];
    const remove = registry.delete.bind(registry);
    registry.delete = (name: string) => {
      const had = early[name];
      queueMicrotask(() => {
        for (const t of had ?? []) {
          if (![...(registry.get(name) ?? [])].some((r) => r.toString() === t)) missing.push(t);
        }
      });
      return remove(name);
    };
    held.shift()!();
    await vi.waitFor(() => expect(snapshot(registry)).toEqual(whole));
    expect(missing).toEqual([]);
    // The legend is drawn one task after the marks.
    await vi.waitFor(() => expect(document.querySelectorAll('slantwise-legend')).toHaveLength(1));
    expect(document.getElementById('slantwise-highlight-styles')).not.toBeNull();
    expect(document.body.innerHTML).toBe(bodyBefore);
  });
});
