import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/page/extract';
import { Meter, runToEnd } from '../../lib/page/slice';
import { gatherTags, listOf } from '../../lib/page/tag-lists';
import { htmlDocument } from './page-fixtures';

const PAGE = `<!doctype html><html><head><title>T</title><meta name="a" content="1"></head><body>
<div id="d1"><p id="p1">One <a id="a1" href="/x">link</a></p>
  <div id="d2"><p id="p2">Two</p><section><p id="p3">Three</p></section></div>
</div>
<p id="p4">Four</p><a id="a2" href="/y">last</a></body></html>`;

const ids = (els: readonly Element[]): string[] => els.map((e) => e.id);

describe('gatherTags: the elements of several tags in one walk', () => {
  it('lists each tag in document order, as getElementsByTagName does', () => {
    const doc = htmlDocument(PAGE);
    const lists = runToEnd(
      gatherTags(doc.documentElement, ['p', 'a', 'div', 'meta', 'title', 'h1'], new Meter()),
    );
    for (const tag of ['p', 'a', 'div', 'meta', 'title']) {
      expect(listOf(lists, tag)).toEqual([...doc.getElementsByTagName(tag)]);
    }
    expect(ids(listOf(lists, 'p'))).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(listOf(lists, 'h1')).toEqual([]);
    // A tag that was not asked for has no list.
    expect(lists.has('section')).toBe(false);
    expect(listOf(lists, 'section')).toEqual([]);
  });

  it('covers the root and its subtree only, never what follows the root', () => {
    const doc = htmlDocument(PAGE);
    const lists = runToEnd(gatherTags(doc.getElementById('d2'), ['p', 'div', 'a'], new Meter()));
    expect(ids(listOf(lists, 'div'))).toEqual(['d2']);
    expect(ids(listOf(lists, 'p'))).toEqual(['p2', 'p3']);
    expect(listOf(lists, 'a')).toEqual([]);
    const visited: string[] = [];
    runToEnd(gatherTags(doc.getElementById('p2'), ['p'], new Meter(), (el) => visited.push(el.id)));
    expect(visited).toEqual(['p2']);
  });

  it('counts every element on the meter, pauses, and stops at its cap', () => {
    const doc = htmlDocument(`<!doctype html><html><body>${'<p>x</p>'.repeat(1000)}</body></html>`);
    const meter = new Meter();
    const walk = gatherTags(doc.documentElement, ['p'], meter);
    let pauses = 0;
    let r = walk.next();
    for (; !r.done; r = walk.next()) pauses++;
    expect(listOf(r.value, 'p')).toHaveLength(1000);
    // html, head, body and the paragraphs.
    expect(meter.steps).toBe(1003);
    expect(pauses).toBeGreaterThanOrEqual(3);
    const capped = new Meter(100);
    const part = runToEnd(gatherTags(doc.documentElement, ['p'], capped));
    expect(capped.truncated).toBe(true);
    expect(listOf(part, 'p').length).toBeLessThan(100);
  });
});

describe('extraction reads attributes in the body only', () => {
  it('takes the visible author, not a rel=author link in the head', () => {
    const body =
      `<p>${'The council approved the plan after a long debate about its cost. '.repeat(5)}</p>`.repeat(4);
    const doc = htmlDocument(
      `<!doctype html><html lang="en"><head><title>Plan</title><link rel="author" href="/about"></head><body><article><h1>Plan</h1><span itemprop="author">Anna Keller</span>${body}</article></body></html>`,
    );
    expect(extractArticle(doc, 'https://news.example/a').input.meta.byline).toBe('Anna Keller');
  });
});
