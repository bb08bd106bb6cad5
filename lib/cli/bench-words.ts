/**
 * `npx tsx lib/cli/bench-words.ts`: analysis throughput in words per second of CPU time, over the
 * article texts of Readability's test pages (expected.html of ../shared/corpora/readability-pages,
 * or SLANTWISE_CORPORA/readability-pages), read as blocks by tag (headings, paragraphs, list
 * items, quotes). Only analyzeArticle is timed (no HTML parsing, no extraction), without the
 * 150,000-character cap. SLANTWISE_BENCH_PASSES passes (default 6); the first ones are cold (JIT,
 * table decoding), so the last line is the median of the passes after the first three:
 * `bench-words: words=N passes=P words_per_s_warm=..`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../analysis/report';
import type { ArticleInput, BlockKind } from '../analysis/types';
import { loadDocument } from './dom';
import { corporaDir } from './eval/data-dir';

const PASSES = Math.max(4, Number(process.env.SLANTWISE_BENCH_PASSES) || 6);

const KIND: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  li: 'list-item',
  blockquote: 'quote',
};

function articles(dir: string): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'expected.html');
    if (!existsSync(file)) continue;
    const doc = loadDocument(`<!doctype html><html><body>${readFileSync(file, 'utf8')}</body></html>`);
    const blocks = [...doc.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote')]
      .filter((el) => !el.querySelector('p,li,blockquote'))
      .map((el) => ({
        kind: KIND[el.localName] ?? 'paragraph',
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      }))
      .filter((b) => b.text);
    if (blocks.length) out.push({ meta: {}, blocks });
  }
  return out;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function main(): void {
  const dir = join(corporaDir(), 'readability-pages');
  if (!existsSync(dir)) {
    console.log(`bench-words: no pages at ${dir} (set SLANTWISE_CORPORA); nothing to measure.`);
    return;
  }
  const inputs = articles(dir);
  let words = 0;
  const rates: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    let w = 0;
    const t0 = cpuMs();
    for (const input of inputs)
      w += analyzeArticle(input, { maxChars: Number.POSITIVE_INFINITY }).summary.words;
    const ms = cpuMs() - t0;
    words = w;
    rates.push(w / (ms / 1000));
    console.log(
      `  pass ${pass + 1}: ${w} words in ${ms.toFixed(0)} ms CPU = ${(rates[pass]! / 1000).toFixed(1)}k words/s`,
    );
  }
  const warm = rates.slice(3).sort((a, b) => a - b);
  const mid = warm.length >> 1;
  const median = warm.length % 2 ? warm[mid]! : (warm[mid - 1]! + warm[mid]!) / 2;
  console.log(`bench-words: words=${words} passes=${PASSES} words_per_s_warm=${median.toFixed(0)}`);
}

main();
