/**
 * `npx tsx lib/cli/bench-long.ts`: huge pages in headless Chromium, with the built extension and
 * with an extension whose content script is empty (the page alone, launched the same way).
 *
 * For each generated page (a ~4 MB article, a ~10 MB article, an article under 100,000 nested
 * elements) and each of RUNS loads:
 * - worst stall: the longest task on the page's main thread (a main-world PerformanceObserver on
 *   'longtask', buffered), from navigation until the page is quiet; the bar compares ours with the
 *   page's own worst (the empty extension).
 * - worst frame: the longest 'long-animation-frame' (a task plus the rendering it caused, so a
 *   costly paint of many highlights shows here, not in 'longtask').
 * - ours in a frame: the longest time any script of our extension ran inside one long animation
 *   frame (LoAF script attribution by source URL), i.e. a long task from our own code.
 * - first mark: from navigation start to the moment our highlight style sheet enters the page
 *   (it is added with the first highlights); `none` when no mark came within MARK_TIMEOUT_MS.
 *
 * Reads the Chrome build in $SLANTWISE_OUT/chrome-mv3 (default .output/chrome-mv3; build it with
 * `npm run build`). SLANTWISE_BENCH_RUNS (default 3) loads per page and browser;
 * SLANTWISE_BENCH_PAGES=4mb,10mb,nested picks the pages.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyExtension, extDir, launchChromium, TMP_DIR } from './browsers/launch';
import { serve } from './browsers/serve';

const RUNS = Math.max(1, Number(process.env.SLANTWISE_BENCH_RUNS) || 3);
const PAGES = (process.env.SLANTWISE_BENCH_PAGES ?? '4mb,10mb,nested').split(',');
const MARK_TIMEOUT_MS = 30_000;
/** The page is quiet once no long task and no redraw came for this long. */
const QUIET_MS = 2500;
const DIR = resolve(TMP_DIR, 'bench-long');

const SENTENCES = [
  'The council approved the plan on Tuesday after a debate that lasted four hours.',
  'Critics say the reckless scheme is a disaster that will devastate the city’s schools.',
  'Mayor Maria Costa said the plan was “a triumph for every family in the district”.',
  'The budget sets aside 40 million euros for roads and 12 million for new classrooms.',
  'Frankly, this shameful decision is the worst betrayal of voters in a generation.',
  'According to the finance office, the first payments are due in March.',
  'Opponents claimed the vote was rushed, and they admitted they had not read the report.',
  'It is absolutely clear that the council has failed the people it serves.',
  'Work on the eastern bridge is expected to begin in the spring.',
  'The so-called reform is nothing more than a cynical grab for power.',
];

function paragraph(i: number): string {
  const a = SENTENCES[i % SENTENCES.length]!;
  const b = SENTENCES[(i * 7 + 3) % SENTENCES.length]!;
  const c = SENTENCES[(i * 3 + 5) % SENTENCES.length]!;
  return `<p>${a} ${b} In section ${i}, ${c.charAt(0).toLowerCase()}${c.slice(1)}</p>`;
}

function shell(body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves the plan</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Ledger">
<style>body{font:16px/1.5 Georgia,serif;max-width:40em;margin:2em auto}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/city">City</a> <a href="/politics">Politics</a></nav></header>
${body}<footer><p>© The Ledger</p></footer>${script}</body></html>`;
}

function article(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraph(i);
    parts.push(p);
    size += p.length + 1;
  }
  return shell(
    `<main><article><h1>Council approves the plan</h1><p class="byline">By Ana Ruiz, 3 March 2026</p>\n${parts.join('\n')}\n</article></main>`,
  );
}

/**
 * An article holding 100,000 nested divs (a paragraph at the bottom), built by the page's own
 * script (the HTML parser flattens nesting past a few hundred levels). Chromium's renderer itself
 * crashes on 10,000 nested divs that are rendered, and on 100,000 with display: contents, so the
 * page hides the chain with a style sheet: our walks still go through all of it (they read the
 * markup; only the blocks they keep are asked whether they show). Building the chain is the
 * page's own long task (tens of seconds here: each append under a deep node walks its ancestors).
 */
function nested(depth: number): string {
  const paras = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('');
  const script = `<script>
    let el = document.getElementById('deep');
    for (let i = 0; i < ${depth}; i++) el = el.appendChild(document.createElement('div'));
    el.appendChild(document.createElement('p')).textContent = ${JSON.stringify(SENTENCES[1])};
  </script>`;
  return shell(
    `<style>.deep { display: none }</style><main><article><h1>Council approves the plan</h1>${paras}<div class="deep" id="deep"></div></article></main>`,
    script,
  );
}

const MAKERS: Record<string, [string, () => string]> = {
  '4mb': ['4 MB article', () => article(4e6)],
  '10mb': ['10 MB article', () => article(10e6)],
  nested: ['100,000 nested elements', () => nested(100_000)],
};

/** Main-world probe, run before the page's own scripts. */
const PROBE = `
  window.__swb = { lt: [], loaf: [], marks: [], scripts: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__swb.lt.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        let ours = 0;
        for (const s of e.scripts || []) {
          window.__swb.scripts.push([String(s.sourceURL), s.invoker, s.duration]);
          if (String(s.sourceURL).startsWith('chrome-extension://')) ours = Math.max(ours, s.duration);
        }
        window.__swb.loaf.push([e.startTime, e.duration, ours, e.renderStart ? e.startTime + e.duration - e.renderStart : 0]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  // Only the elements our style sheet may enter (head, else the root): a subtree observer would
  // add its own cost to every node the parser inserts.
  const seen = (records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.id === 'slantwise-highlight-styles') window.__swb.marks.push(performance.now());
    }
    // Records come after the parser went on: the head may be in before the root is watched.
    if (document.documentElement) watch.observe(document.documentElement, { childList: true });
    if (document.head) watch.observe(document.head, { childList: true });
  };
  const watch = new MutationObserver(seen);
  watch.observe(document, { childList: true });
  if (document.documentElement) watch.observe(document.documentElement, { childList: true });
  if (document.head) watch.observe(document.head, { childList: true });
`;

interface Run {
  worstTask: number;
  /** The longest task that started after the load event (the page itself runs nothing then). */
  afterLoad: number;
  lateTasks: number[];
  /** Long animation frames after the load event: duration (rendering part). */
  lateFrames: string[];
  scripts: unknown[];
  worstFrame: number;
  oursInFrame: number;
  firstMark: number | null;
  marks: number;
  load: number;
}

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['context']['newPage']>>;

async function measure(page: Page, url: string, expectMarks: boolean): Promise<Run> {
  await page.goto(url, { timeout: 120_000 });
  const started = Date.now();
  if (expectMarks) {
    await page
      .waitForFunction(
        () => (window as unknown as { __swb: { marks: number[] } }).__swb.marks.length > 0,
        undefined,
        {
          timeout: MARK_TIMEOUT_MS,
          polling: 100,
        },
      )
      .catch(() => {});
  }
  // Quiet: nothing long and no redraw for QUIET_MS (at most 60 s in all).
  for (;;) {
    const last = await page.evaluate(() => {
      const w = (window as unknown as { __swb: { lt: number[][]; marks: number[] } }).__swb;
      const ends = [...w.lt.map(([s, d]) => s! + d!), ...w.marks, 0];
      return performance.now() - Math.max(...ends);
    });
    if (last > QUIET_MS || Date.now() - started > 60_000) break;
    await page.waitForTimeout(250);
  }
  return page.evaluate(() => {
    const w = (
      window as unknown as {
        __swb: { lt: number[][]; loaf: number[][]; marks: number[]; scripts: unknown[] };
      }
    ).__swb;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const late = w.lt.filter((e) => e[0]! >= nav.loadEventEnd);
    return {
      worstTask: Math.max(0, ...w.lt.map((e) => e[1]!)),
      afterLoad: Math.max(0, ...late.map((e) => e[1]!)),
      lateTasks: late.map((e) => Math.round(e[1]!)),
      lateFrames: w.loaf
        .filter((e) => e[0]! >= nav.loadEventEnd)
        .map((e) => `${Math.round(e[1]!)}(render ${Math.round(e[3]!)})`),
      scripts: w.scripts,
      worstFrame: Math.max(0, ...w.loaf.map((e) => e[1]!)),
      oursInFrame: Math.max(0, ...w.loaf.map((e) => e[2]!)),
      firstMark: w.marks.length ? w.marks[0]! : null,
      marks: w.marks.length,
      load: nav.loadEventStart,
    };
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: on a loaded machine, wall time also counts time the thread waited. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: { url?: string }[] } };
}

/** Events whose time the summary shows, and whether script of ours ran around them. */
const SHOWN = new Set([
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'FunctionCall',
  'EvaluateScript',
  'v8.callFunction',
  'TimerFire',
  'FireAnimationFrame',
  'MajorGC',
  'MinorGC',
  'V8.GC_MARK_COMPACTOR',
]);

/**
 * SLANTWISE_BENCH_TRACE=1: one load with Slantwise under a DevTools timeline trace; each task
 * over 50 ms on a page renderer's main thread, with what it spent its time on (times summed per
 * event name, nested ones counted in their parents too) and whether our script ran in it.
 */
async function traceLongTasks(page: Page, url: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,v8,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking',
    transferMode: 'ReportEvents',
  });
  await measure(page, url, true);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  writeFileSync(resolve(DIR, 'trace.json'), JSON.stringify(events));
  // The page's renderer: the main thread that parsed the most HTML.
  const parsed = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'ParseHTML' && e.ph === 'X')
      parsed.set(`${e.pid}:${e.tid}`, (parsed.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  }
  const mains = new Set(
    [...parsed]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 1)
      .map(([k]) => k),
  );
  const invalidations = events.filter(
    (e) => e.name.endsWith('InvalidationTracking') && mains.has(`${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const t0 = onMain.reduce((m, e) => Math.min(m, e.ts), Number.POSITIVE_INFINITY);
  const lines: string[] = [];
  let previous = t0;
  for (const task of tasks) {
    const why = new Map<string, number>();
    for (const e of invalidations) {
      if (e.ts < previous || e.ts >= task.ts + task.dur!) continue;
      const d = (e.args?.data ?? {}) as { reason?: string; stackTrace?: { url?: string }[] };
      const from = d.stackTrace?.[0]?.url?.startsWith('chrome-extension://')
        ? 'ours'
        : d.stackTrace?.[0]?.url
          ? 'page'
          : '-';
      const k = `${e.name.replace('InvalidationTracking', '')}/${d.reason ?? '?'}/${from}`;
      why.set(k, (why.get(k) ?? 0) + 1);
    }
    previous = task.ts + task.dur!;
    const inside = onMain.filter(
      (e) =>
        e !== task &&
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ts >= task.ts &&
        e.ts < task.ts + task.dur!,
    );
    const sums = new Map<string, number>();
    for (const e of inside) {
      if (!SHOWN.has(e.name)) continue;
      const url = e.args?.data?.url ?? '';
      const key = url.startsWith('chrome-extension://') ? `${e.name}(ours)` : e.name;
      sums.set(key, (sums.get(key) ?? 0) + (e.dur ?? 0));
    }
    const parts = [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`);
    lines.push(
      `task at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(0)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(0)}): ${parts.join(', ')}` +
        (why.size
          ? ` | invalidated by ${[...why]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 4)
              .map(([k, n]) => `${k} x${n}`)
              .join(', ')}`
          : ''),
    );
  }
  // The page alone runs nothing after its load event (it has no script): what comes after is ours.
  const load =
    onMain.findLast((e) => e.name === 'MarkLoad')?.ts ?? events.findLast((e) => e.name === 'MarkLoad')?.ts;
  if (load !== undefined) {
    const worst = (list: TraceEvent[], key: 'dur' | 'tdur') =>
      Math.max(0, ...list.map((t) => (t[key] ?? 0) / 1000)).toFixed(0);
    const before = tasks.filter((t) => t.ts < load);
    const after = tasks.filter((t) => t.ts >= load);
    lines.push(
      `summary: worst task before the load event (the page's parsing and layout) ${worst(before, 'dur')} ms, ` +
        `cpu ${worst(before, 'tdur')} ms; after it (ours) ${worst(after, 'dur')} ms, cpu ${worst(after, 'tdur')} ms`,
    );
  }
  return lines;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const ms = (n: number | null): string => (n === null ? 'none' : `${n.toFixed(0)}`);

async function main(): Promise<void> {
  const ext = extDir('chrome-mv3');
  if (!existsSync(resolve(ext, 'manifest.json'))) {
    console.log(`bench-long: skipped: no Chrome build at ${ext} (npm run build)`);
    return;
  }
  mkdirSync(DIR, { recursive: true });
  const files: [string, string][] = [];
  for (const key of PAGES) {
    const maker = MAKERS[key];
    if (!maker) throw new Error(`unknown page ${key} (4mb, 10mb, nested)`);
    const html = maker[1]();
    writeFileSync(resolve(DIR, `${key}.html`), html);
    files.push([key, `${maker[0]} (${(html.length / 1e6).toFixed(1)} MB of HTML)`]);
  }
  const server = await serve(DIR);
  const ours = await launchChromium(ext);
  const empty = await launchChromium(emptyExtension('bench-long-empty-extension'));
  try {
    const oursPage = await ours.context.newPage();
    const emptyPage = await empty.context.newPage();
    await oursPage.addInitScript(PROBE);
    await emptyPage.addInitScript(PROBE);
    for (const [key, name] of files) {
      if (process.env.SLANTWISE_BENCH_TRACE) {
        for (const line of await traceLongTasks(oursPage, `${server.url}/${key}.html?trace`)) {
          console.log(`  ${name} traced: ${line}`);
        }
      }
      const withUs: Run[] = [];
      const alone: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const url = `${server.url}/${key}.html?run=${i}`;
        alone.push(await measure(emptyPage, url, false));
        withUs.push(await measure(oursPage, url, true));
        const a = alone.at(-1)!;
        const u = withUs.at(-1)!;
        if (process.env.SLANTWISE_BENCH_DEBUG) console.log(JSON.stringify(u.scripts).slice(0, 3000));
        console.log(
          `  ${name} run ${i + 1}: worst task ${ms(u.worstTask)} ms with Slantwise vs ${ms(a.worstTask)} ms alone; ` +
            `worst frame ${ms(u.worstFrame)} vs ${ms(a.worstFrame)} ms; our scripts in one frame ≤ ${ms(u.oursInFrame)} ms; ` +
            `after load ${ms(u.afterLoad)} vs ${ms(a.afterLoad)} ms [${u.lateTasks.join(' ')}]; ` +
            `frames after load [${u.lateFrames.join(' ')}] vs [${a.lateFrames.join(' ')}]; ` +
            `first mark ${ms(u.firstMark)} ms after navigation (load ${ms(u.load)} ms), ${u.marks} draws`,
        );
      }
      const excess = withUs.map((u, i) => u.worstTask - alone[i]!.worstTask);
      const firsts = withUs.map((u) => u.firstMark);
      const marked = firsts.filter((f): f is number => f !== null);
      console.log(
        `bench-long: ${key}: worst_task_ms with=${median(withUs.map((u) => u.worstTask)).toFixed(0)} ` +
          `alone=${median(alone.map((a) => a.worstTask)).toFixed(0)} excess_median=${median(excess).toFixed(0)} ` +
          `excess_max=${Math.max(...excess).toFixed(0)} our_script_in_frame_max=${Math.max(...withUs.map((u) => u.oursInFrame)).toFixed(0)} ` +
          `first_mark_ms=${marked.length ? median(marked).toFixed(0) : 'none'} ` +
          `(after load ${marked.length ? median(withUs.filter((u) => u.firstMark !== null).map((u) => u.firstMark! - u.load)).toFixed(0) : 'none'}; ` +
          `${marked.length}/${firsts.length} runs marked)`,
      );
    }
  } finally {
    await ours.close();
    await empty.close();
    await server.close();
  }
}

await main();
