/**
 * Extraction measure: for every page of readability-pages that our detector takes for an article,
 * the words of extractArticle's blocks against the words of Readability's expected.html (bag of
 * words, lower-cased letter/digit runs). Precision is the share of our words that are in the
 * expected article (boilerplate we keep lowers it), recall the share of the expected article's
 * words we keep. Micro-averaged over pages. Run alone: `npx tsx lib/cli/eval/extraction.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isArticlePage } from '../../page/detect';
import { extractArticle } from '../../page/extract';
import { loadDocument } from '../dom';
import { corporaDir } from './data-dir';

export interface PageScore {
  name: string;
  extracted: number;
  expected: number;
  overlap: number;
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

/** One page: how many words we extract, how many the expected article has, and how many agree. */
export function scorePage(name: string, source: string, expected: string): PageScore | null {
  const doc = loadDocument(source);
  if (!isArticlePage(doc).isArticle) return null;
  const ours = bag(
    extractArticle(doc, `https://example.org/${name}`)
      .input.blocks.map((b) => b.text)
      .join('\n'),
  );
  const want = loadDocument(`<!doctype html><html><body>${expected}</body></html>`);
  const theirs = bag(want.body?.textContent ?? '');
  let overlap = 0;
  for (const [w, n] of ours) overlap += Math.min(n, theirs.get(w) ?? 0);
  return { name, extracted: total(ours), expected: total(theirs), overlap };
}

/** The summary line first, then the pages with the lowest precision. */
export function evalExtraction(dir: string, worst = 8): string[] {
  const pagesDir = join(dir, 'readability-pages');
  if (!existsSync(pagesDir)) return [`extraction: no readability-pages in ${dir}; nothing to measure.`];
  const scores: PageScore[] = [];
  for (const name of readdirSync(pagesDir).sort()) {
    const src = join(pagesDir, name, 'source.html');
    const exp = join(pagesDir, name, 'expected.html');
    if (!existsSync(src) || !existsSync(exp)) continue;
    const s = scorePage(name, readFileSync(src, 'utf8'), readFileSync(exp, 'utf8'));
    if (s) scores.push(s);
  }
  let ext = 0;
  let exp = 0;
  let ov = 0;
  for (const s of scores) {
    ext += s.extracted;
    exp += s.expected;
    ov += s.overlap;
  }
  const p = ext ? ov / ext : 0;
  const r = exp ? ov / exp : 0;
  const lines = [`extraction: pages=${scores.length} precision=${p.toFixed(3)} recall=${r.toFixed(3)}`];
  const prec = (s: PageScore): number => (s.extracted ? s.overlap / s.extracted : 1);
  const ranked = [...scores].sort((a, b) => prec(a) - prec(b)).slice(0, worst);
  lines.push(
    `extraction worst precision: ${ranked
      .map((s) => `${s.name} ${prec(s).toFixed(2)} (${s.extracted - s.overlap} extra words)`)
      .join(', ')}`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of evalExtraction(corporaDir(), Number(process.env.SLANTWISE_WORST) || 8))
    console.log(line);
}
