/**
 * Bad input at the detect/extract/analyze level: huge pages, 100,000 nodes, deep nesting, a German
 * article, iframes, editable regions and form fields. Each case must finish (the timeouts only
 * bound a hang; nothing here asserts on time) and end in a clear, exact state.
 * Very large or deep documents are built with linkedom (as the CLI does): happy-dom's own
 * selector engine recurses per level and overflows its stack past a few thousand levels.
 */
import { describe, expect, it } from 'vitest';
import { type AnalyzeOptions, analyzeArticle } from '../../lib/analysis/report';
import type { Report } from '../../lib/analysis/types';
import { loadDocument } from '../../lib/cli/dom';
import { isArticlePage } from '../../lib/page/detect';
import { extractArticle } from '../../lib/page/extract';
import { addReport, emptyProfile } from '../../lib/profiles-schema';
import { DEFAULT_SETTINGS } from '../../lib/settings-schema';
import { visibleMarks } from '../../lib/visible-marks';

const para = (i: number) =>
  `Paragraph ${i}: the minister said on Monday that the inept plan would raise spending on schools. ` +
  'Critics called it a disgrace, according to officials.';
const article = (n = 30) =>
  `<article><h1>Budget row deepens</h1>${Array.from({ length: n }, (_, i) => `<p>${para(i)}</p>`).join('')}</article>`;
const expectedBlocks = (n = 30) => ['Budget row deepens', ...Array.from({ length: n }, (_, i) => para(i))];

const happy = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function pipeline(
  doc: Document,
  options: AnalyzeOptions = {},
): { blocks: string[]; report: Report; isArticle: boolean } {
  const isArticle = isArticlePage(doc).isArticle;
  const { input } = extractArticle(doc, 'https://news.example/a');
  return { blocks: input.blocks.map((b) => b.text), report: analyzeArticle(input, options), isArticle };
}

function spansValid(report: Report): boolean {
  const ok = (s: { block: number; start: number; end: number }) => {
    const text = report.blocks[s.block]?.text;
    return text !== undefined && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  };
  return report.sentences.every(ok) && report.loaded.every(ok) && report.claims.every(ok);
}

function countNodes(root: Node): number {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    n++;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return n;
}

describe('huge pages', () => {
  it('a 10 MB page (scripts, styles, inline data) around a normal article', () => {
    const junk = `<script>${'var a = "x";'.repeat(200_000)}</script><style>${'.a{color:red}'.repeat(100_000)}</style>`;
    const data = `<script type="application/json">${JSON.stringify({ items: 'y'.repeat(2_000_000) })}</script>`;
    const html = `<html lang="en"><head>${junk}</head><body>${junk}${data}${article()}${junk}${data}</body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const { blocks, report, isArticle } = pipeline(loadDocument(html));
    expect(isArticle).toBe(true);
    expect(blocks).toEqual(expectedBlocks());
    expect(report.supported).toBe(true);
    expect(report.sentences).toHaveLength(61);
    expect(report.loaded.filter((t) => t.text === 'inept')).toHaveLength(30);
    expect(spansValid(report)).toBe(true);
  }, 120_000);

  it('an article with 1 MB of text (6,700 paragraphs)', () => {
    const n = 6700;
    const doc = loadDocument(`<html lang="en"><body>${article(n)}</body></html>`);
    // All of it: the product caps analysis at 150,000 characters, this checks the analyser itself.
    const { blocks, report } = pipeline(doc, { maxChars: Number.POSITIVE_INFINITY });
    expect(blocks.join('').length).toBeGreaterThan(1_000_000);
    expect(blocks).toEqual(expectedBlocks(n));
    expect(report.sentences).toHaveLength(1 + 2 * n);
    expect(report.sentences[report.sentences.length - 1]!.text).toBe(
      'Critics called it a disgrace, according to officials.',
    );
    expect(spansValid(report)).toBe(true);
  }, 300_000);

  it('100,000 DOM nodes of cards around the article', () => {
    const card = (i: number) =>
      `<div class="card">${Array.from({ length: 24 }, (_, j) => `<span>${i}-${j}</span>`).join('')}<a href="/s/${i}">Story ${i}</a></div>`;
    const grid = `<div class="grid">${Array.from({ length: 2000 }, (_, i) => card(i)).join('')}</div>`;
    const doc = loadDocument(`<html lang="en"><body>${grid}${article()}${grid}</body></html>`);
    expect(countNodes(doc)).toBeGreaterThan(100_000);
    const { blocks, isArticle } = pipeline(doc);
    expect(isArticle).toBe(true);
    expect(blocks).toEqual(expectedBlocks());
  }, 120_000);
});

describe('deep nesting', () => {
  it('the article under 20,000 nested divs', () => {
    const doc = loadDocument(
      `<html lang="en"><body>${'<div>'.repeat(20_000)}${article()}${'</div>'.repeat(20_000)}</body></html>`,
    );
    const { blocks, report } = pipeline(doc);
    expect(blocks).toEqual(expectedBlocks());
    expect(report.sentences).toHaveLength(61);
  }, 120_000);

  it('5,000 nested inline elements inside one paragraph', () => {
    const deep = `<p>Deep ${'<span><b>'.repeat(2500)}inept words said here.${'</b></span>'.repeat(2500)} End.</p>`;
    const doc = loadDocument(
      `<html lang="en"><body><article>${article(5).slice(9, -10)}${deep}</article></body></html>`,
    );
    const { blocks, report } = pipeline(doc);
    expect(blocks).toEqual([...expectedBlocks(5), 'Deep inept words said here. End.']);
    expect(report.loaded.filter((t) => t.text === 'inept').map((t) => t.block)).toEqual([1, 2, 3, 4, 5, 6]);
  }, 120_000);

  it('1,000 nested divs in happy-dom (a browser-like DOM)', () => {
    const doc = happy(
      `<html lang="en"><body>${'<div>'.repeat(1000)}${article()}${'</div>'.repeat(1000)}</body></html>`,
    );
    expect(pipeline(doc).blocks).toEqual(expectedBlocks());
  }, 120_000);
});

describe('a German article', () => {
  const html = `<html lang="de"><body><article><h1>Streit um den Haushalt</h1>
    <p>Der Minister sagte am Montag, dass der unfähige Plan die Ausgaben für Schulen erhöhen werde.</p>
    <p>Kritiker nannten ihn eine Schande, wie Beamte berichteten. Die Opposition will dagegen klagen.</p>
    <p>Die Abstimmung im Parlament ist für die kommende Woche geplant, hieß es aus der Regierung.</p>
    </article></body></html>`;

  it('is read, reported as unsupported with a notice, and nothing is marked or counted', () => {
    const { blocks, report } = pipeline(happy(html));
    expect(blocks).toHaveLength(4);
    expect(report.language).toBe('de');
    expect(report.supported).toBe(false);
    expect(report.notice).toMatch(/\S/);
    expect([report.sentences, report.loaded, report.claims]).toEqual([[], [], []]);
    expect(visibleMarks(report, DEFAULT_SETTINGS, [], 'zeitung.de')).toEqual({
      sentences: [],
      loaded: [],
      added: [],
    });
    expect(addReport(emptyProfile('zeitung.de', 0), report, 1)).toBeNull();
  });
});

describe('frames, editable regions and form fields', () => {
  it('never reads into iframes', () => {
    const doc = happy(`<html lang="en"><body><article><h1>Budget row deepens</h1><p>${para(0)}</p>
      <iframe srcdoc="<p>SECRET-FRAME the regime is inept.</p>"></iframe>
      <iframe title="SECRET-TITLE"><p>SECRET-FALLBACK</p></iframe>
      <p>${para(1)}</p></article></body></html>`);
    expect(pipeline(doc).blocks).toEqual(expectedBlocks(2));
  });

  it('leaves an editable region inside the article out', () => {
    const doc = happy(`<html lang="en"><body><article><h1>Budget row deepens</h1><p>${para(0)}</p>
      <div contenteditable="true"><p>SECRET-EDIT my comment: the regime is inept and corrupt.</p></div>
      <p contenteditable="">SECRET-EDIT2 an editable paragraph that says the plan is a disgrace.</p>
      <div contenteditable="plaintext-only"><span><b>SECRET-EDIT3 inept</b></span></div>
      <p>${para(1)}</p></article></body></html>`);
    expect(pipeline(doc).blocks).toEqual(expectedBlocks(2));
  });

  it('marks nothing on a page that is being edited (the article inside an editor)', () => {
    // A CMS or webmail editor: what the reader is typing is not an article to mark.
    const doc = happy(`<html lang="en"><body><div contenteditable="true">${article()}</div></body></html>`);
    expect(pipeline(doc).blocks).toEqual([]);
  });

  it('never reads or touches form fields', () => {
    const doc = happy(`<html lang="en"><body><article><h1>Budget row deepens</h1><p>${para(0)}</p>
      <form><input name="q" value="SECRET-INPUT inept"><textarea name="t">SECRET-TEXTAREA inept</textarea>
      <select name="s"><option>SECRET-OPTION inept</option></select></form>
      <p>Reply: <input name="inline" value="SECRET-INLINE"> ${para(1).slice(0, 20)}</p>
      <p>${para(1)}</p></article></body></html>`);
    const inline = doc.querySelector<HTMLInputElement>('input[name=inline]')!;
    const area = doc.querySelector<HTMLTextAreaElement>('textarea')!;
    // what a reader typed lives in .value, not in the markup
    inline.value = 'typed by the reader';
    area.value = 'draft reply, the regime is inept';
    const before = doc.documentElement.outerHTML;
    const { blocks } = pipeline(doc);
    expect(blocks).toEqual([...expectedBlocks(1), `Reply: ${para(1).slice(0, 20).trimEnd()}`, para(1)]);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect([inline.value, area.value]).toEqual(['typed by the reader', 'draft reply, the regime is inept']);
  });
});
