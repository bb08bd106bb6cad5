/**
 * Property tests: extract + analyze on generated HTML and text never throw, every offset they
 * hand out stays inside its block and points at the characters it claims, and the marks drawn
 * never overlap where they must not. Documents are built with linkedom (as the CLI does).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import type { Block, Report } from '../../lib/analysis/types';
import { loadDocument } from '../../lib/cli/dom';
import { makeCorrection } from '../../lib/corrections-schema';
import { extractArticle } from '../../lib/page/extract';
import {
  DEFAULT_SETTINGS,
  LOADED_CATEGORIES,
  mergeSettings,
  type Sensitivity,
} from '../../lib/settings-schema';
import { visibleMarks } from '../../lib/visible-marks';

const WORDS = [
  'The',
  'inept',
  'corruption-ridden',
  'regime',
  'slammed',
  'said',
  'allegedly',
  'so-called',
  'He',
  'She',
  'lauded',
  'NATO',
  'Azerbaijan',
  'critics',
  'say',
  'always',
  'never',
  'very',
  'disgrace',
  'revealed',
  'according',
  'to',
  'officials',
  'Mr.',
  'Dr.',
  'U.S.',
  '3.5%',
  '2024',
  'e.g.',
  'that',
  'may',
  'we',
  'must',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '(',
  ')',
  '—',
  '-',
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '…',
  '\u00a0',
  '\t',
  '\n',
  '😀',
  'e\u0301',
  'عربي',
  'Straße',
  'ﬁnal',
  '\u200b',
  '\ud800',
  'x\u0000y',
];

/** Text that looks like news prose often enough to hit the cues, with junk mixed in. */
const prose = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    {
      maxLength: 60,
    },
  )
  .chain((words) =>
    fc
      .array(fc.constantFrom(' ', '  ', ''), { minLength: words.length, maxLength: words.length })
      .map((seps) => words.map((w, i) => w + seps[i]).join('')),
  );

const blockArb: fc.Arbitrary<Block> = fc.record({
  kind: fc.constantFrom('heading', 'paragraph', 'quote', 'list-item', 'caption'),
  text: prose,
});

/** Every span of the report lies inside its block and reads back the text it claims. */
function checkReport(report: Report, blocks: Block[]): void {
  expect(report.blocks.map((b) => b.text)).toEqual(blocks.map((b) => b.text));
  const inBlock = (s: { block: number; start: number; end: number }) => {
    const text = report.blocks[s.block]?.text;
    expect(text).toBeDefined();
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text!.length);
    return text!;
  };
  let prev = { block: -1, end: 0 };
  report.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(inBlock(s).slice(s.start, s.end)).toBe(s.text);
    expect(s.opinion).toBeGreaterThanOrEqual(0);
    expect(s.opinion).toBeLessThanOrEqual(1);
    // sentences come in document order and never overlap
    if (s.block === prev.block) expect(s.start).toBeGreaterThanOrEqual(prev.end);
    else expect(s.block).toBeGreaterThan(prev.block);
    prev = s;
    for (const r of s.reasons) {
      inBlock(r);
      expect(Number.isFinite(r.weight)).toBe(true);
    }
  });
  let last = { block: -1, end: 0 };
  for (const t of report.loaded) {
    expect(inBlock(t).slice(t.start, t.end)).toBe(t.text);
    const s = report.sentences[t.sentence];
    expect(s).toBeDefined();
    expect(t.block).toBe(s!.block);
    expect(t.start).toBeGreaterThanOrEqual(s!.start);
    expect(t.end).toBeLessThanOrEqual(s!.end);
    // loaded terms are in order and never overlap one another
    if (t.block === last.block) expect(t.start).toBeGreaterThanOrEqual(last.end);
    last = t;
  }
  for (const c of report.claims) {
    inBlock(c);
    expect(report.sentences[c.sentence]).toBeDefined();
  }
  for (const v of Object.values(report.summary))
    if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
}

describe('analyzeArticle on generated text', () => {
  it('never throws and keeps every span inside its block', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 8 }), (blocks) => {
        checkReport(analyzeArticle({ meta: { lang: 'en' }, blocks }), blocks);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('marks never overlap, whatever the settings and corrections', () => {
    const settingsArb = fc.record({
      sensitivity: fc.constantFrom<Sensitivity>('low', 'medium', 'high'),
      hidden: fc.subarray([...LOADED_CATEGORIES]),
      reported: fc.boolean(),
    });
    const correctionArb = fc.record({
      kind: fc.constantFrom('loaded', 'not-loaded'),
      term: fc.constantFrom('regime', 'inept', 'said', 'the', 'so-called', 'critics say', 'e', '.'),
      site: fc.constantFrom(undefined, 'post.com', 'other.org'),
    });
    fc.assert(
      fc.property(
        fc.array(blockArb, { minLength: 1, maxLength: 6 }),
        settingsArb,
        fc.array(correctionArb, { maxLength: 5 }),
        (blocks, s, raw) => {
          const report = analyzeArticle({ meta: { lang: 'en' }, blocks });
          const settings = mergeSettings(DEFAULT_SETTINGS, {
            sensitivity: s.sensitivity,
            sentences: { reported: s.reported },
            categories: Object.fromEntries(s.hidden.map((c) => [c, false])),
          });
          const corrections = raw.flatMap((c, i) => makeCorrection(c, i, `c${i}`) ?? []);
          const marks = visibleMarks(report, settings, corrections, 'www.post.com');
          const spans = [
            ...marks.loaded.map((i) => report.loaded[i]!),
            ...marks.added.map((t) => {
              expect(report.blocks[t.block]!.text.slice(t.start, t.end)).toBe(t.text);
              return t;
            }),
          ].sort((a, b) => a.block - b.block || a.start - b.start);
          for (let i = 1; i < spans.length; i++) {
            const [a, b] = [spans[i - 1]!, spans[i]!];
            if (a.block === b.block) expect(b.start).toBeGreaterThanOrEqual(a.end);
          }
          for (const i of marks.loaded) expect(settings.categories[report.loaded[i]!.category]).toBe(true);
          expect(new Set(marks.sentences).size).toBe(marks.sentences.length);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});

// ---------------------------------------------------------------- generated HTML

const TEXT_ESC = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const textArb = prose.map(TEXT_ESC);
const entityArb = fc.constantFrom(
  '&amp;',
  '&nbsp;',
  '&#8220;',
  '&rsquo;',
  '&mdash;',
  '&shy;',
  '&#x1F600;',
  '&bogus;',
);

const htmlArb: fc.Arbitrary<string> = fc.letrec<{ node: string; inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    entityArb,
    fc.constant('<br>'),
    tie('inline').map((c) => `<em>${c}</em>`),
    tie('inline').map((c) => `<a href="/x">${c}</a>`),
    tie('inline').map((c) => `<span class="share">${c}</span>`),
    fc.constant('<input value="SECRET-INPUT text">'),
    fc.constant('<textarea>SECRET-TEXTAREA text</textarea>'),
    fc.constant('<script>var x = "SECRET-SCRIPT";</script>'),
    fc.constant('<span hidden>hidden words</span>'),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(tie('inline'), { maxLength: 6 }).map((c) => `<p>${c.join('')}</p>`),
    tie('inline').map((c) => `<h2>${c}</h2>`),
    tie('inline').map((c) => `<blockquote>${c}</blockquote>`),
    fc
      .array(tie('inline'), { maxLength: 4 })
      .map((c) => `<ul>${c.map((x) => `<li>${x}</li>`).join('')}</ul>`),
    fc.array(tie('node'), { maxLength: 5 }).map((c) => `<div>${c.join('')}</div>`),
    fc.array(tie('node'), { maxLength: 5 }).map((c) => `<article>${c.join('')}</article>`),
    fc.array(tie('node'), { maxLength: 3 }).map((c) => `<section class="related">${c.join('')}</section>`),
    tie('inline').map((c) => `<div contenteditable="true"><p>Editable ${c}</p></div>`),
    tie('inline').map((c) => `<nav>${c}</nav>`),
    tie('inline').map((c) => `<p>${c}`), // unclosed
  ),
})).node;

const pageArb = fc
  .tuple(fc.array(htmlArb, { maxLength: 6 }), fc.boolean(), fc.constantFrom('en', 'de', ''))
  .map(
    ([body, jsonLd, lang]) =>
      `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>T</title>${
        jsonLd ? '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>' : ''
      }</head><body>${body.join('')}</body></html>`,
  );

describe('extractArticle + analyzeArticle on generated HTML', () => {
  it('never throws, never changes the page, and every block offset maps to the same live character', () => {
    fc.assert(
      fc.property(pageArb, (html) => {
        const doc = loadDocument(html);
        const before = doc.documentElement.outerHTML;
        const { input, map } = extractArticle(doc, 'https://www.post.com/a');
        expect(doc.documentElement.outerHTML).toBe(before);
        expect(map).toHaveLength(input.blocks.length);
        input.blocks.forEach((block, i) => {
          const m = map[i]!;
          // form fields and scripts are never article text (editable regions: tests/dom/bad-input.test.ts)
          expect(block.text).not.toMatch(/SECRET-(?:INPUT|TEXTAREA|SCRIPT)/);
          for (let k = 0; k <= block.text.length; k++) {
            const [n, o] = m.toNode(k);
            const data = m.nodes[n]?.data;
            expect(data).toBeDefined();
            expect(o).toBeGreaterThanOrEqual(0);
            expect(o).toBeLessThanOrEqual(data!.length);
            // whitespace may be collapsed; every other character is the live one
            if (k < block.text.length && /\S/.test(block.text[k]!)) expect(data![o]).toBe(block.text[k]);
          }
        });
        checkReport(analyzeArticle(input), input.blocks);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
