/**
 * Extraction measure over readability-pages: our detect + extract against Readability's
 * expected.html, page by page. Run alone: `npx tsx lib/cli/eval/extraction.ts` (per-page lines
 * too; SLANTWISE_WORST=n limits them to the n lowest F1).
 *
 * Two measures:
 * - bag of words (lower-cased letter/digit runs) over the pages we detect as articles, micro-
 *   averaged: the figure the README has quoted since the measure was introduced;
 * - the article-extraction benchmark's own measure over every page whose expected-metadata says
 *   readerable: 4-word shingles, each page's true/false positives and misses normalised to sum
 *   to 1, precision averaged over pages with output, recall over all pages, F1 of the two means.
 *   A refused page ("not an article", "no article text found") scores recall 0 there, as it does
 *   when the CLI refuses a page of the benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isArticlePage } from '../../page/detect';
import { extractArticle } from '../../page/extract';
import { loadDocument } from '../dom';
import { corporaDir } from './data-dir';

export type PageStatus = 'ok' | 'not an article' | 'no article text found';

export interface PageScore {
  name: string;
  status: PageStatus;
  /** Bag of words: our words, the expected article's words, and how many agree. */
  extracted: number;
  expected: number;
  overlap: number;
  /** The benchmark's shingle measure for this page: normalised tp, fp, fn (sum 1, or all 0). */
  tp: number;
  fp: number;
  fn: number;
  readerable: boolean;
  english: boolean;
}

function bag(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
}

function total(b: Map<string, number>): number {
  let n = 0;
  for (const v of b.values()) n += v;
  return n;
}

/** Word tokens as the benchmark takes them (a Unicode \w+ run, case kept). */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

/** 4-word shingles with their counts; a text shorter than 4 words is one shingle. */
function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const key = t.slice(i, i + n).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The benchmark's per-page tp/fp/fn, normalised so that long pages weigh no more than short ones. */
export function shingleMatch(truth: string, pred: string): [number, number, number] {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const BLOCKS =
  /^(?:p|div|section|article|h[1-6]|li|ul|ol|blockquote|pre|table|tr|td|th|dd|dt|dl|figure|figcaption|br|hr)$/;

/** The text of expected.html with a space at every block boundary (textContent glues paragraphs). */
function expectedText(html: string): string {
  const doc = loadDocument(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const stack: Node[] = doc.body ? [doc.body] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).localName;
    if (tag === 'script' || tag === 'style') continue;
    if (BLOCKS.test(tag)) parts.push(' ');
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'a',
  'in',
  'is',
  'that',
  'for',
  'it',
  'with',
  'on',
  'was',
  'as',
]);

/** English by the metadata's lang, else by the share of English function words in the expected text. */
function isEnglish(lang: unknown, text: string): boolean {
  if (typeof lang === 'string' && lang) return /^en\b/i.test(lang);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return words.length > 0 && hits / words.length >= 0.12;
}

/** One page: our status, the bag-of-words counts and the shingle measure. */
export function scorePage(
  name: string,
  source: string,
  expected: string,
  metadata: { readerable?: boolean; lang?: unknown } = {},
): PageScore {
  const doc = loadDocument(source);
  const truth = expectedText(expected);
  let status: PageStatus = 'ok';
  let text = '';
  if (!isArticlePage(doc).isArticle) status = 'not an article';
  else {
    const blocks = extractArticle(doc, `https://example.org/${name}`).input.blocks;
    if (blocks.length === 0) status = 'no article text found';
    text = blocks.map((b) => b.text).join('\n');
  }
  const ours = bag(text);
  const theirs = bag(truth);
  let overlap = 0;
  for (const [w, n] of ours) overlap += Math.min(n, theirs.get(w) ?? 0);
  const [tp, fp, fn] = shingleMatch(truth, text);
  return {
    name,
    status,
    extracted: total(ours),
    expected: total(theirs),
    overlap,
    tp,
    fp,
    fn,
    readerable: metadata.readerable !== false,
    english: isEnglish(metadata.lang, truth),
  };
}

export interface Benchmark {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  refused: number;
}

/** The benchmark's aggregate: precision averaged over pages with output, recall over all pages. */
export function benchmark(scores: PageScore[]): Benchmark {
  const precisions = scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp));
  const recalls = scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn));
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    pages: scores.length,
    precision,
    recall,
    f1,
    refused: scores.filter((s) => s.status !== 'ok').length,
  };
}

export function pageF1(s: PageScore): { recall: number; f1: number } {
  const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  return { recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

export function scoreAll(dir: string): PageScore[] {
  const pagesDir = join(dir, 'readability-pages');
  const scores: PageScore[] = [];
  if (!existsSync(pagesDir)) return scores;
  for (const name of readdirSync(pagesDir).sort()) {
    const src = join(pagesDir, name, 'source.html');
    const exp = join(pagesDir, name, 'expected.html');
    if (!existsSync(src) || !existsSync(exp)) continue;
    const metaPath = join(pagesDir, name, 'expected-metadata.json');
    const metadata = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
    scores.push(scorePage(name, readFileSync(src, 'utf8'), readFileSync(exp, 'utf8'), metadata));
  }
  return scores;
}

/** Summary lines: the bag-of-words figure, the benchmark's measure (all readerable, English readerable), refusals. */
export function summarise(scores: PageScore[], worst = 8): string[] {
  const detected = scores.filter((s) => s.status !== 'not an article');
  let ext = 0;
  let exp = 0;
  let ov = 0;
  for (const s of detected) {
    ext += s.extracted;
    exp += s.expected;
    ov += s.overlap;
  }
  const p = ext ? ov / ext : 0;
  const r = exp ? ov / exp : 0;
  const lines = [`extraction: pages=${detected.length} precision=${p.toFixed(3)} recall=${r.toFixed(3)}`];
  const prec = (s: PageScore): number => (s.extracted ? s.overlap / s.extracted : 1);
  const ranked = [...detected].sort((a, b) => prec(a) - prec(b)).slice(0, worst);
  lines.push(
    `extraction worst precision: ${ranked
      .map((s) => `${s.name} ${prec(s).toFixed(2)} (${s.extracted - s.overlap} extra words)`)
      .join(', ')}`,
  );
  const readerable = scores.filter((s) => s.readerable);
  for (const [label, set] of [
    ['readerable', readerable],
    ['readerable English', readerable.filter((s) => s.english)],
  ] as const) {
    const b = benchmark(set);
    const notArticle = set.filter((s) => s.status === 'not an article').length;
    const noText = set.filter((s) => s.status === 'no article text found').length;
    lines.push(
      `extraction benchmark measure, ${label}: pages=${b.pages} f1=${b.f1.toFixed(3)} precision=${b.precision.toFixed(3)} recall=${b.recall.toFixed(3)} refused=${b.refused} (not an article ${notArticle}, no article text found ${noText})`,
    );
  }
  return lines;
}

/** One line per page, lowest F1 first: status, recall and F1 by the benchmark's measure. */
export function pageLines(scores: PageScore[], limit = Number.POSITIVE_INFINITY): string[] {
  return scores
    .filter((s) => s.readerable)
    .map((s) => ({ s, ...pageF1(s) }))
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, limit)
    .map(
      ({ s, recall, f1 }) =>
        `  ${s.name.padEnd(44)} ${s.english ? 'en' : '--'} recall=${recall.toFixed(3)} f1=${f1.toFixed(3)}${s.status === 'ok' ? '' : ` REFUSED: ${s.status}`}`,
    );
}

/** The summary lines (as `npm run eval` prints them). */
export function evalExtraction(dir: string, worst = 8): string[] {
  if (!existsSync(join(dir, 'readability-pages'))) {
    return [`extraction: no readability-pages in ${dir}; nothing to measure.`];
  }
  return summarise(scoreAll(dir), worst);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = corporaDir();
  if (!existsSync(join(dir, 'readability-pages'))) {
    console.log(`extraction: no readability-pages in ${dir}; nothing to measure.`);
  } else {
    const scores = scoreAll(dir);
    const worst = Number(process.env.SLANTWISE_WORST) || undefined;
    console.log('per page (readerable; lowest F1 first):');
    for (const line of pageLines(scores, worst)) console.log(line);
    for (const line of summarise(scores)) console.log(line);
  }
}
