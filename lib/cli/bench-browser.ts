/**
 * `npm run bench` (second half): the built extension in headless Chromium.
 *
 * - first_mark_ms: on the demo article, from the page's load event to the first mark drawn
 *   (the moment our highlight style sheet enters the page, in the same task as the highlights).
 *   Median over RUNS page loads after one warm-up load (which starts the service worker); the
 *   cold first load is printed too. Negative means the marks were there before the load event.
 *   The first marks may come from a first look at the opening blocks (lib/page/session-first-look);
 *   when the full Report's marks replace them (the style sheet enters again) is printed as well.
 * - non_article_ms: what our content script costs on a page that is not an article (a news home
 *   page without scripts of its own): Chromium's ScriptDuration for that page, which counts all
 *   script the page runs, isolated-world content scripts included, minus the same figure with an
 *   extension whose content script is empty (Chromium's own price for any content script: the
 *   isolated world). Median over RUNS loads each; the no-extension figure is printed too.
 *
 * Needs a build: `npm run build` (reads $SLANTWISE_OUT/chrome-mv3, default .output/chrome-mv3).
 * Last line: `bench-browser: first_mark_ms=.. non_article_ms=..`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { extDir, launchChromium, TMP_DIR } from './browsers/launch';
import { serve } from './browsers/serve';

const RUNS = Math.max(3, Number(process.env.SLANTWISE_BENCH_RUNS) || 9);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEMO = 'nato-south-caucasus.html';
const NON_ARTICLE = 'home.html';

/**
 * Main-world probe: when our style sheet (added with the highlights, again on every redraw)
 * enters the page; the first time is the first mark.
 */
const FIRST_MARK_PROBE = `
  window.__swFirstMark = -1;
  window.__swMarks = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.id === 'slantwise-highlight-styles') {
        window.__swMarks.push(performance.now());
        if (window.__swFirstMark < 0) window.__swFirstMark = window.__swMarks[0];
      }
    }
  }).observe(document, { childList: true, subtree: true });
`;
/** No redraw for this long after the last one: the marks are complete. */
const QUIET_MS = 400;

/** The fastest run: on a busy machine, the best estimate of the work itself. */
function min(xs: number[]): number {
  return Math.min(...xs);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** After the load event: the first mark, and the last redraw (all marks) once the page is quiet. */
async function firstMark(page: Page, url: string): Promise<{ first: number; all: number }> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __swFirstMark: number }).__swFirstMark > 0,
    undefined,
    {
      timeout: 15_000,
    },
  );
  await page.waitForFunction(
    (quiet) => performance.now() - (window as unknown as { __swMarks: number[] }).__swMarks.at(-1)! > quiet,
    QUIET_MS,
    { timeout: 15_000 },
  );
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const w = window as unknown as { __swFirstMark: number; __swMarks: number[] };
    return { first: w.__swFirstMark - nav.loadEventStart, all: w.__swMarks.at(-1)! - nav.loadEventStart };
  });
}

async function scriptMs(page: Page, url: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  // Past the content script's settle time, so a late re-check would be counted too.
  await page.waitForTimeout(700);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
}

/** An MV3 extension whose content script does nothing, on every page, like ours. */
function emptyExtension(): string {
  const dir = resolve(TMP_DIR, 'bench-empty-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'empty',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_end' }],
  };
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(resolve(dir, 'background.js'), '');
  writeFileSync(resolve(dir, 'content.js'), 'void 0;\n');
  return dir;
}

async function main(): Promise<void> {
  const ext = extDir('chrome-mv3');
  if (!existsSync(resolve(ext, 'manifest.json'))) {
    console.error(`bench-browser: no Chrome build at ${ext}; run \`npm run build\` first`);
    process.exit(1);
  }
  const server = await serve([resolve(ROOT, 'tests/e2e/fixtures'), resolve(ROOT, 'assets/demo')]);
  const browser = await launchChromium(ext);
  const empty = await launchChromium(emptyExtension());
  const plain = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(FIRST_MARK_PROBE);
    const cold = (await firstMark(page, `${server.url}/${DEMO}`)).first;
    const marks: number[] = [];
    const complete: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = await firstMark(page, `${server.url}/${DEMO}?run=${i}`);
      marks.push(t.first);
      complete.push(t.all);
    }

    const withExt: number[] = [];
    const withEmpty: number[] = [];
    const without: number[] = [];
    const bare = await plain.newPage();
    const emptyPage = await empty.context.newPage();
    for (let i = 0; i < RUNS; i++) {
      withExt.push(await scriptMs(page, `${server.url}/${NON_ARTICLE}?run=${i}`));
      withEmpty.push(await scriptMs(emptyPage, `${server.url}/${NON_ARTICLE}?run=${i}`));
      without.push(await scriptMs(bare, `${server.url}/${NON_ARTICLE}?run=${i}`));
    }
    const fm = median(marks);
    const na = median(withExt) - median(withEmpty);
    console.log(
      `bench-browser: demo first mark after load: cold ${cold.toFixed(1)} ms, warm median ${fm.toFixed(1)} ms, ` +
        `fastest ${min(marks).toFixed(1)} ms ` +
        `(runs: ${marks.map((m) => m.toFixed(0)).join(' ')})`,
    );
    console.log(
      `bench-browser: demo all marks (full Report drawn) after load: median ${median(complete).toFixed(1)} ms, ` +
        `fastest ${min(complete).toFixed(1)} ms`,
    );
    console.log(
      `bench-browser: non-article page script time (median / fastest of ${RUNS}): ` +
        `with Slantwise ${median(withExt).toFixed(2)} / ${min(withExt).toFixed(2)} ms, ` +
        `with an empty content script ${median(withEmpty).toFixed(2)} / ${min(withEmpty).toFixed(2)} ms, ` +
        `no extension ${median(without).toFixed(2)} / ${min(without).toFixed(2)} ms`,
    );
    console.log(`bench-browser: first_mark_ms=${fm.toFixed(1)} non_article_ms=${na.toFixed(2)}`);
  } finally {
    await plain.close();
    await empty.close();
    await browser.close();
    await server.close();
  }
}

await main();
