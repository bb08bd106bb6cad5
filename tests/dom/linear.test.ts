/**
 * Detection and extraction are linear in the page and bounded, whatever its shape. Asserted by
 * operation counts, never clocks: (1) the steps the code counts on its Meter, and (2) an
 * independent count of the DOM work it asks for (every tree accessor call, plus the size of every
 * textContent, child count and element list it reads), taken by instrumenting the DOM's
 * prototypes. For each shape, a page twice the size may cost at most 2.3 times as much.
 * Deep documents are built with linkedom (as the CLI does): happy-dom's selector engine recurses.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadDocument } from '../../lib/cli/dom';
import { DETECT_MAX_STEPS, detectSteps, isArticlePage } from '../../lib/page/detect';
import { EXTRACT_MAX_STEPS, extractArticle } from '../../lib/page/extract';
import { Meter, runToEnd } from '../../lib/page/slice';

const para = (i: number) =>
  `Paragraph ${i}: the council approved the plan after a long debate about <a href="/x">its cost</a> and its timing.`;
const paras = (n: number) => Array.from({ length: n }, (_, i) => `<p>${para(i)}</p>`).join('');

/** Page shapes that were quadratic (or overflowed the stack) before, each at size n. */
const SHAPES: Record<string, (n: number) => string> = {
  // Every paragraph in its own wrapper div: childElementCount was asked per paragraph.
  'a long article, each paragraph wrapped': (n) =>
    `<article><h1>Plan approved</h1>${Array.from({ length: n }, (_, i) => `<div><p>${para(i)}</p></div>`).join('')}</article>`,
  'many paragraphs in one parent': (n) => `<article><h1>Plan approved</h1><div>${paras(n)}</div></article>`,
  'the article under deep nesting': (n) =>
    `${'<div>'.repeat(n)}<article>${paras(20)}</article>${'</div>'.repeat(n)}`,
  // Paragraph parents nested in one another: each one's links were collected again.
  'a chain of nested paragraph parents': (n) =>
    `${Array.from({ length: n }, (_, i) => `<div><p>${para(i)}</p>`).join('')}${'</div>'.repeat(n)}`,
  // Heading-like elements nested in one another: each one's whole text was read.
  'nested "title" elements': (n) =>
    `${'<div class="title">'.repeat(n)}Related stories${'</div>'.repeat(n)}<article>${paras(20)}</article>`,
  'nested headers and galleries': (n) =>
    `${'<header><div class="gallery">'.repeat(n)}<nav>Menu</nav>${'</div></header>'.repeat(n)}<article>${paras(20)}</article>`,
  'nested list items and links': (n) =>
    `<article>${paras(20)}${'<ul><li><a href="/y">'.repeat(n)}<h2>A heading deep down</h2>${'</a></li></ul>'.repeat(n)}</article>`,
  'inline elements nested in one paragraph': (n) =>
    `<article>${paras(20)}<p>Deep ${'<span><b>'.repeat(n)}words said here.${'</b></span>'.repeat(n)}</p></article>`,
};

const page = (body: string) => loadDocument(`<!doctype html><html lang="en"><body>${body}</body></html>`);

const COUNTED_GETTERS = [
  'parentNode',
  'parentElement',
  'firstChild',
  'lastChild',
  'nextSibling',
  'previousSibling',
  'firstElementChild',
  'lastElementChild',
  'nextElementSibling',
  'previousElementSibling',
];
const SIZED_GETTERS = ['textContent', 'childElementCount', 'children', 'childNodes'];
const COUNTED_METHODS = [
  'contains',
  'compareDocumentPosition',
  'closest',
  'matches',
  'getAttribute',
  'hasAttribute',
];
const SIZED_METHODS = ['getElementsByTagName', 'querySelectorAll', 'getElementsByClassName'];

const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

/** Instruments the prototypes of this document's nodes; returns a function that reads the count. */
function countDomWork(doc: Document): () => number {
  let ops = 0;
  const size = (v: unknown): number => {
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return v.length;
    if (v && typeof (v as { length?: unknown }).length === 'number') return (v as { length: number }).length;
    return 1;
  };
  const seen = new Set<object>();
  for (const start of [doc, doc.body, doc.createTextNode('x')]) {
    for (
      let proto = Object.getPrototypeOf(start);
      proto && proto !== Object.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      if (seen.has(proto)) continue;
      seen.add(proto);
      for (const name of [...COUNTED_GETTERS, ...SIZED_GETTERS]) {
        const d = Object.getOwnPropertyDescriptor(proto, name);
        if (!d?.get) continue;
        const get = d.get;
        const sized = SIZED_GETTERS.includes(name);
        Object.defineProperty(proto, name, {
          ...d,
          get(this: unknown) {
            const v = get.call(this);
            ops += sized ? 1 + size(v) : 1;
            return v;
          },
        });
        restore.push(() => Object.defineProperty(proto, name, d));
      }
      for (const name of [...COUNTED_METHODS, ...SIZED_METHODS]) {
        const d = Object.getOwnPropertyDescriptor(proto, name);
        if (typeof d?.value !== 'function') continue;
        const fn = d.value as (...args: unknown[]) => unknown;
        const sized = SIZED_METHODS.includes(name);
        Object.defineProperty(proto, name, {
          ...d,
          value(this: unknown, ...args: unknown[]) {
            const v = fn.apply(this, args);
            ops += sized ? 1 + size(v) : 1;
            return v;
          },
        });
        restore.push(() => Object.defineProperty(proto, name, d));
      }
    }
  }
  return () => ops;
}

/** Meter steps and DOM work of detection + extraction on one page. */
function cost(html: string): { steps: number; dom: number } {
  const doc = page(html);
  const read = countDomWork(doc);
  const meter = new Meter();
  runToEnd(detectSteps(doc, meter));
  extractArticle(doc, 'https://news.example/a', { meter });
  const dom = read();
  for (const undo of restore.splice(0)) undo();
  return { steps: meter.steps, dom };
}

describe('detection and extraction are linear in the page', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: twice the page costs at most 2.3 times the work`, () => {
      const n = name.includes('nest') || name.includes('chain') ? 3000 : 1500;
      const small = cost(make(n));
      const large = cost(make(2 * n));
      expect(small.steps).toBeGreaterThan(0);
      expect(small.dom).toBeGreaterThan(n);
      expect(large.steps / small.steps).toBeLessThanOrEqual(2.3);
      expect(large.dom / small.dom).toBeLessThanOrEqual(2.3);
    }, 60_000);
  }
});

describe('no recursion on page depth', () => {
  it('finds the article under 100,000 nested divs', () => {
    // Built by script: the HTML parser's own close-tag handling is quadratic in depth.
    const doc = page(`<article id="a"><h1>Plan approved</h1>${paras(5)}</article>`);
    const article = doc.getElementById('a')!;
    let el = doc.body!;
    for (let i = 0; i < 100_000; i++) el = el.appendChild(doc.createElement('div'));
    el.appendChild(article);
    expect(isArticlePage(doc).isArticle).toBe(true);
    const { input, truncated } = extractArticle(doc);
    expect(input.blocks.map((b) => b.text)).toEqual([
      'Plan approved',
      ...Array.from({ length: 5 }, (_, i) => para(i).replace(/<\/?a[^>]*>/g, '')),
    ]);
    expect(truncated).toBeUndefined();
  }, 120_000);

  it('reads a paragraph whose words sit 100,000 elements deep (built by script)', () => {
    const doc = page(`<article>${paras(3)}<p id="deep">Start </p></article>`);
    let el = doc.getElementById('deep')!;
    for (let i = 0; i < 100_000; i++) el = el.appendChild(doc.createElement(i % 2 ? 'b' : 'span'));
    el.appendChild(doc.createTextNode('the deepest words.'));
    const texts = extractArticle(doc).input.blocks.map((b) => b.text);
    expect(texts.at(-1)).toBe('Start the deepest words.');
  }, 120_000);

  it('a paragraph nested 100,000 deep in paragraphs (built by script) ends in the innermost one', () => {
    const doc = page('<article id="a"></article>');
    let el = doc.getElementById('a')!;
    for (let i = 0; i < 100_000; i++) {
      const p = doc.createElement('p');
      p.appendChild(doc.createTextNode(`Level ${i} of the nested paragraphs, each with a sentence. `));
      el = el.appendChild(p);
    }
    expect(() => isArticlePage(doc)).not.toThrow();
    const { input } = extractArticle(doc);
    expect(input.blocks.map((b) => b.text)).toEqual([
      'Level 99999 of the nested paragraphs, each with a sentence.',
    ]);
  }, 120_000);
});

describe('bounded: a clear "too large, analysed the first part" outcome', () => {
  it('stops at the character cap and says how much it took', () => {
    const doc = page(`<article><h1>Plan approved</h1>${paras(400)}</article>`);
    const full = extractArticle(doc);
    expect(full.truncated).toBeUndefined();
    const capped = extractArticle(doc, undefined, { maxChars: 5000 });
    const chars = capped.input.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(capped.truncated).toEqual({ chars, blocks: capped.input.blocks.length });
    expect(chars).toBeGreaterThanOrEqual(5000);
    expect(chars).toBeLessThan(5000 + 200);
    // The first blocks, in order, as in the whole extraction; the last one may stop mid-block.
    const n = capped.input.blocks.length;
    expect(capped.input.blocks.slice(0, n - 1)).toEqual(full.input.blocks.slice(0, n - 1));
    expect(full.input.blocks[n - 1]!.text.startsWith(capped.input.blocks[n - 1]!.text)).toBe(true);
  });

  it('stops at the step cap on any page, and says so', () => {
    const doc = page(`<article><h1>Plan approved</h1>${paras(2000)}</article>`);
    const meter = new Meter(20_000);
    const out = extractArticle(doc, undefined, { meter });
    expect(meter.truncated).toBe(true);
    expect(out.truncated?.blocks).toBe(out.input.blocks.length);
    expect(out.input.blocks.length).toBeLessThan(2001);
    expect(meter.steps).toBeLessThan(20_000 + 1000);
    const detection = isArticlePage(doc, new Meter(2_000));
    expect(detection.truncated).toBe(true);
  });

  it('caps are generous enough for any real article', () => {
    expect(EXTRACT_MAX_STEPS).toBeGreaterThanOrEqual(1_000_000);
    expect(DETECT_MAX_STEPS).toBeGreaterThanOrEqual(100_000);
    const meter = new Meter(EXTRACT_MAX_STEPS);
    extractArticle(page(`<article><h1>Plan approved</h1>${paras(3000)}</article>`), undefined, { meter });
    expect(meter.truncated).toBe(false);
  });
});
