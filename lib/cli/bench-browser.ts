/**
 * `npm run bench` (second half): the built extension in headless Chromium.
 *
 * - first_mark_ms: on the demo article, from the page's load event to the first mark drawn
 *   (the moment our highlight style sheet enters the page, in the same task as the highlights).
 *   Median over RUNS page loads after one warm-up load (which starts the service worker); the
 *   cold first load is printed too. Negative means the marks were there before the load event.
 *   The first marks may come from a first look at the opening blocks (lib/session/first-look.ts);
 *   when the full Report's marks replace them (the style sheet enters again) is printed as well.
 * - non_article_ms: what our content scripts cost on a page that is not an article (a news home
 *   page without scripts of its own), where only the first stage runs (entrypoints/first-stage):
 *   Chromium's ScriptDuration for that page, which counts all script the page runs, isolated-world
 *   content scripts included, minus the same figure with an extension whose content script is
 *   empty (Chromium's own price for any content script: the isolated world). Median over RUNS
 *   loads each; the no-extension figure is printed too, and the machine's load average (the
 *   figures move with it: compare builds side by side in one window).
 *
 * Reads the Chrome build in $SLANTWISE_OUT/chrome-mv3 (default .output/chrome-mv3). When the
 * default build is missing or older than the sources, it is built first (`wxt build`, its output
 * on stderr). When no build can be had, or Chromium is not installed, this half says on one line
 * that it skipped and why, and exits 0 (the first half's figures stand on their own).
 * Last line: `bench-browser: first_mark_ms=.. non_article_ms=..` (or `bench-browser: skipped: ...`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { emptyExtension, extDir, launchChromium } from './browsers/launch';
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

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What the Chrome build is made from: a build older than any of these is stale. */
const SOURCES = ['entrypoints', 'components', 'lib', 'assets', 'wxt.config.ts', 'package.json'];

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(path)) visit(resolve(path, name));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const s of SOURCES) visit(resolve(ROOT, s));
  return newest;
}

function skip(why: string): never {
  console.log(`bench-browser: skipped: ${why}`);
  process.exit(0);
}

/** The Chrome build to measure, built here when the default one is missing or stale. */
function ensureBuild(): string {
  const ext = extDir('chrome-mv3');
  const manifest = resolve(ext, 'manifest.json');
  const custom = process.env.SLANTWISE_OUT !== undefined;
  const built = statSync(manifest, { throwIfNoEntry: false })?.mtimeMs;
  if (built !== undefined && (custom || built >= newestSource())) return ext;
  if (custom) skip(`no Chrome build at ${ext} (SLANTWISE_OUT is set, so none is made here)`);
  console.error(
    `bench-browser: ${built === undefined ? 'no' : 'a stale'} Chrome build at ${ext}; building it`,
  );
  const wxt = resolve(ROOT, 'node_modules/.bin/wxt');
  const run = spawnSync(wxt, ['build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (run.status !== 0 || !existsSync(manifest)) {
    skip(
      `the Chrome build failed (\`npm run build\` shows why): ${run.error?.message ?? `exit ${run.status}`}`,
    );
  }
  return ext;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) skip(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH to measure in the browser)`);
  const ext = ensureBuild();
  const server = await serve([resolve(ROOT, 'tests/e2e/fixtures'), resolve(ROOT, 'assets/demo')]);
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let empty: Awaited<ReturnType<typeof launchChromium>>;
  let plain: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await launchChromium(ext);
    empty = await launchChromium(emptyExtension('bench-empty-extension'));
    plain = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  } catch (e) {
    await server.close();
    skip(`Chromium did not start: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
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
    // A page without the first-mark probe: its observer runs in the page's own world and would be
    // counted as ours (it added about 1 ms to non_article_ms before 2026-12-06).
    const ours = await browser.context.newPage();
    for (let i = 0; i < RUNS; i++) {
      withExt.push(await scriptMs(ours, `${server.url}/${NON_ARTICLE}?run=${i}`));
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
    console.log(
      `bench-browser: machine load average (1/5/15 min): ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
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
