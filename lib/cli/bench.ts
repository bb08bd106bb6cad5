/**
 * `npm run bench` (first half): our detect + extract + analyze against Mozilla Readability's own
 * parse() of the same page, side by side in one process, over Readability's test pages
 * (../shared/corpora/readability-pages, or SLANTWISE_CORPORA/readability-pages).
 *
 * Each side gets its own fresh linkedom Document of the page; HTML parsing is not timed for
 * either. Our side runs the whole pipeline on every page (also where detection would stop it),
 * so the comparison does not flatter us. Per page the median of RUNS runs counts; the last line is
 * `bench: pages=N analyze_ms_median=.. readability_ms_median=.. ratio=..` (ours / Readability's).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { analyzeArticle } from '../analysis/report';
import { isArticlePage } from '../page/detect';
import { extractArticle } from '../page/extract';
import { Meter } from '../page/slice';
import { loadDocument } from './dom';

const RUNS = Math.max(1, Number(process.env.SLANTWISE_BENCH_RUNS) || 3);
const WARMUP_PAGES = 25;

function corporaDir(): string {
  if (process.env.SLANTWISE_CORPORA) return resolve(process.env.SLANTWISE_CORPORA);
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repo, '..', 'shared', 'corpora');
}

function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
}

/** Milliseconds for fn on a fresh Document of the page (parsing not counted). */
function timeOn(html: string, fn: (doc: Document) => unknown): number {
  const doc = loadDocument(html);
  const t0 = performance.now();
  fn(doc);
  return performance.now() - t0;
}

/** Our pipeline on a fresh Document: total milliseconds, and the detection's share of it. */
function timeOurs(html: string, url: string): { total: number; detect: number; isArticle: boolean } {
  const doc = loadDocument(html);
  const t0 = performance.now();
  const { isArticle } = isArticlePage(doc);
  const t1 = performance.now();
  analyzeArticle(extractArticle(doc, url).input);
  const t2 = performance.now();
  return { total: t2 - t0, detect: t1 - t0, isArticle };
}

function readability(doc: Document): unknown {
  // Readability's types name the DOM lib's Document; linkedom's is structurally what it reads.
  return new Readability(doc).parse();
}

function main(): void {
  const dir = join(corporaDir(), 'readability-pages');
  if (!existsSync(dir)) {
    console.log(
      `bench: no pages at ${dir} (set SLANTWISE_CORPORA to the corpora folder); nothing to measure.`,
    );
    return;
  }
  const pages = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({ name, html: readFileSync(join(dir, name, 'source.html'), 'utf8') }));
  if (pages.length === 0) {
    console.log(`bench: no source.html pages in ${dir}; nothing to measure.`);
    return;
  }

  // Warm-up: let the JIT see both code paths before anything is timed.
  for (const p of pages.slice(0, WARMUP_PAGES)) {
    timeOurs(p.html, `https://example.org/${p.name}`);
    timeOn(p.html, readability);
  }

  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  const ratios: number[] = [];
  const detectRejected: number[] = [];
  const detectAll: number[] = [];
  let articles = 0;
  const failures: string[] = [];
  for (const p of pages) {
    const url = `https://example.org/${p.name}`;
    const a: number[] = [];
    const b: number[] = [];
    const d: number[] = [];
    let isArticle = false;
    try {
      for (let run = 0; run < RUNS; run++) {
        // Alternate which side goes first so neither always meets a cold cache.
        const first = run % 2 === 0 ? timeOurs(p.html, url) : undefined;
        b.push(timeOn(p.html, readability));
        const mine = first ?? timeOurs(p.html, url);
        a.push(mine.total);
        d.push(mine.detect);
        isArticle = mine.isArticle;
      }
    } catch (e) {
      failures.push(`${p.name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      continue;
    }
    const mine = median(a);
    const theirs = median(b);
    oursMs.push(mine);
    theirsMs.push(theirs);
    ratios.push(mine / theirs);
    detectAll.push(median(d));
    if (isArticle) articles++;
    else detectRejected.push(median(d));
  }

  const f = (n: number): string => n.toFixed(2);
  console.log(`bench over ${dir}: ${pages.length} pages, ${RUNS} runs each (median per page), linkedom DOM`);
  console.log(
    `  ours (detect+extract+analyze): median ${f(median(oursMs))} ms, p90 ${f(percentile(oursMs, 0.9))} ms, max ${f(Math.max(...oursMs))} ms`,
  );
  console.log(
    `  Readability parse():           median ${f(median(theirsMs))} ms, p90 ${f(percentile(theirsMs, 0.9))} ms, max ${f(Math.max(...theirsMs))} ms`,
  );
  console.log(
    `  per-page ratio ours/Readability: median ${median(ratios).toFixed(3)}, p90 ${percentile(ratios, 0.9).toFixed(3)}`,
  );
  console.log(
    `  detect only: all pages median ${f(median(detectAll))} ms; ${detectRejected.length} pages judged not an article: median ${f(median(detectRejected))} ms, max ${f(detectRejected.length ? Math.max(...detectRejected) : Number.NaN)} ms (${articles} judged articles)`,
  );
  // Our own front-page fixture: a headline grid, the commonest non-article page a reader visits.
  const home = resolve(
    dirname(fileURLToPath(import.meta.url)),
    '../../tests/fixtures/pages/news-home/index.html',
  );
  if (existsSync(home)) {
    const doc = loadDocument(readFileSync(home, 'utf8'));
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      isArticlePage(doc);
      times.push(performance.now() - t0);
    }
    console.log(
      `  detect only on the headline-grid fixture (news-home): median ${median(times).toFixed(3)} ms`,
    );
  }
  for (const failure of failures) console.log(`  failed: ${failure}`);
  if (process.env.SLANTWISE_BENCH_LARGE !== '0') largePages();
  const ratio = median(oursMs) / median(theirsMs);
  console.log(
    `bench: pages=${oursMs.length} analyze_ms_median=${f(median(oursMs))} readability_ms_median=${f(median(theirsMs))} ratio=${ratio.toFixed(3)}`,
  );
}

/**
 * Detection + extraction on generated huge pages (SLANTWISE_BENCH_LARGE=0 leaves this out): the
 * work must grow linearly with the page and stay bounded. Steps are the Meter's count (machine-
 * independent); milliseconds are one run on this machine's linkedom, parsing not counted.
 */
function largePages(): void {
  const para = (i: number): string =>
    `<div class="para"><p>Paragraph ${i}: the council approved the plan after a long debate about <a href="/x">its cost</a>, its timing and what it means for the city's schools and roads.</p></div>`;
  const article = (bytes: number): string => {
    const n = Math.ceil(bytes / para(0).length);
    const body = Array.from({ length: n }, (_, i) => para(i)).join('\n');
    return `<!doctype html><html lang="en"><head><meta property="og:type" content="article"></head><body><article><h1>Plan approved</h1>${body}</article></body></html>`;
  };
  const nested = (depth: number): Document => {
    const doc = loadDocument(
      `<!doctype html><html lang="en"><body><article id="a"><h1>Plan approved</h1>${para(0).repeat(20)}</article></body></html>`,
    );
    const a = doc.getElementById('a')!;
    let el = doc.body!;
    for (let i = 0; i < depth; i++) el = el.appendChild(doc.createElement('div'));
    el.appendChild(a);
    return doc;
  };
  const cases: [string, () => Document][] = [
    ['1 MB article', () => loadDocument(article(1e6))],
    ['2 MB article', () => loadDocument(article(2e6))],
    ['4 MB article', () => loadDocument(article(4e6))],
    ['10 MB article', () => loadDocument(article(10e6))],
    ['100,000 nested divs', () => nested(100_000)],
  ];
  for (const [name, make] of cases) {
    const doc = make();
    const dm = new Meter(400_000);
    const t0 = performance.now();
    const d = isArticlePage(doc, dm);
    const t1 = performance.now();
    const em = new Meter(4_000_000);
    const e = extractArticle(doc, undefined, { meter: em });
    const t2 = performance.now();
    const chars = e.input.blocks.reduce((n, b) => n + b.text.length, 0);
    console.log(
      `  large page ${name}: detect ${(t1 - t0).toFixed(0)} ms (${dm.steps} steps${d.truncated ? ', truncated' : ''}), extract ${(t2 - t1).toFixed(0)} ms (${em.steps} steps, ${e.input.blocks.length} blocks, ${chars} chars${e.truncated ? ', truncated' : ''})`,
    );
  }
}

main();
