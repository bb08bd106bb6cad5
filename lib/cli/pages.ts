/**
 * `npm run pages`: the BUILT extension in real Chromium over every page of the readability corpus
 * (default ../shared/corpora/readability-pages/<slug>/source.html, served from 127.0.0.1; never
 * part of `npm test`, the corpus is not in the repo). Each page is opened twice at once: in a
 * Chromium with the extension and in a plain Chromium, so what the extension causes can be told
 * from what the page does anyway. Requests leaving 127.0.0.1 are aborted in both (no network).
 *
 * Per page: is it an article (the content script's own state, asked over the message protocol)
 * vs the corpus's `readerable`; page errors (uncaught exceptions, by CDP execution context) seen
 * with the extension and not in the plain run, with the pair run again (up to 3 times in all) when
 * they differ, so a page's own flaky error is not counted; errors in the extension's own code (an
 * uncaught exception or console.error in its isolated world on the page, an error or unhandled
 * rejection in its service worker), checked on the first page by throwing a probe in each; body
 * text that differs from the plain run; requests with extension code on their initiator stack
 * (CDP) plus any from its service worker; time from navigation start to the first mark; marks
 * whose text is not in the corpus's expected article. Prints one summary line:
 *   pages: n=.. articles=.. readerable_agree=.. errors=.. script_errors=.. text_changed=.. requests=.. first_mark_ms_median=..
 * then the details of every nonzero harm count, and writes per-page details to
 * <out>/pages-report.json (PAGES_DEBUG=1 adds every console error of both runs and the mark texts).
 *
 *   SLANTWISE_OUT=.out-x npx wxt build && SLANTWISE_OUT=.out-x npm run pages \
 *     [-- --corpus DIR --limit N --only SLUG[,SLUG..] --match REGEX]
 */
// The harness's service-worker request events need this before playwright-core starts a browser.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { extDir, launchChromium, TMP_DIR } from './browsers/launch';
import { serve } from './browsers/serve';
import { loadDocument } from './dom';
import {
  type ExceptionDetails,
  errorCandidates,
  exceptionMessage,
  multisetMinus,
  ourRequests,
  settleErrors,
} from './pages-compare';

interface PageResult {
  slug: string;
  readerable: boolean | null;
  /** The content script's final state kind ('done', 'not-article', ...), or 'no-answer'. */
  state: string;
  article: boolean;
  /** Page errors seen with the extension and in none of the plain runs (after repeats). */
  errorsCaused: string[];
  /** Page errors that differed in one run but also showed without the extension in a repeat. */
  errorsFlaky: string[];
  /** How many times the pair was run (1, or up to REPEATS when the errors differed). */
  attempts: number;
  /** Uncaught errors in the extension's own code: its isolated world on this page, its service worker. */
  scriptErrors: string[];
  textChanged: boolean;
  /** Where the body text first differs: [with the extension, plain], 60 characters each side. */
  textDiff?: [string, string];
  /** Requests started by extension code (initiator stack) that the plain run did not make, and any from its service worker. */
  extensionRequests: string[];
  /** Requests with extension code on the initiator stack that the page made anyway (plain run too). */
  tracedButMadeAnyway: string[];
  requestsOnlyWithExtension: string[];
  firstMarkMs: number | null;
  marked: boolean;
  /** Marks drawn, and those whose surrounding text is not in the corpus's expected article. */
  marks: number;
  marksOutsideArticle: string[];
  /** Console errors logged by the extension's own code on this page. */
  extensionConsoleErrors: string[];
  /** Console errors of the page itself seen only with the extension (resource failures etc.). */
  consoleErrorsOnlyWithExtension: string[];
  navigationError?: string;
}

/** In the page's main world: note when the first Slantwise mark exists (CSS highlight or fallback). */
const FIRST_MARK_PROBE = `(() => {
  const tick = setTimeout;
  const check = () => {
    try {
      let marked = !!document.querySelector('[data-slantwise-mark]');
      if (!marked && globalThis.CSS && CSS.highlights) {
        for (const [name, h] of CSS.highlights) if (String(name).startsWith('slantwise-') && h.size > 0) { marked = true; break; }
      }
      if (marked) { window.__slantwiseFirstMark = performance.now(); return; }
    } catch {}
    if (performance.now() < 60000) tick(check, 16);
  };
  check();
})();`;

/** The slice of chrome.tabs the control page uses. */
interface ChromeTabs {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
}

const FINAL = new Set(['done', 'unsupported-language', 'error']);
/** A page that says "not an article" may still become one when late content settles. */
const NOT_ARTICLE_SETTLE_MS = 4000;
const PAGE_TIMEOUT_MS = 30_000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const isNetwork = (url: string) => /^(?:https?|wss?):/i.test(url);
/** "<resourceType> <url>" -> whether the url goes over the network. */
const isNetworkEntry = (entry: string) => isNetwork(entry.slice(entry.indexOf(' ') + 1));

interface Visit {
  page: Page;
  /** Uncaught errors (and unhandled rejections) in the page's own contexts, first line each. */
  errors: string[];
  /** The same, thrown in a context of our extension (the content script's isolated world). */
  scriptErrors: string[];
  requests: string[];
  /** Requests whose initiator stack runs through extension code (CDP initiator, with the extension only). */
  fromExtension: string[];
  /** Console errors as "<source url> <text>"; a failed resource names the resource's url. */
  consoleErrors: { url: string; text: string }[];
  /** Ids of our extension's execution contexts (its isolated worlds) in this tab. */
  isolatedContexts: number[];
  cdp: CDPSession;
  navigationError?: string;
}

interface Initiator {
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function initiatorUrls(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let s = initiator.stack; s; s = s.parent) for (const f of s.callFrames) urls.push(f.url);
  return urls;
}

/**
 * Open `url` in a new tab of `context`. `extensionOrigin` is our extension's origin in this
 * browser ('' for the plain one): with it, requests started by extension code and errors thrown in
 * its contexts are told apart from the page's.
 */
async function open(
  context: BrowserContext,
  url: string,
  origin: string,
  extensionOrigin: string,
): Promise<Visit> {
  const page = await context.newPage();
  // The content script waits while its tab is hidden; the page under test is the one in front.
  await page.bringToFront();
  // Errors come from CDP, not Playwright's 'pageerror' (which merges every world): the
  // Runtime domain names the execution context of each exception, and the content script runs in
  // its own isolated world whose origin is the extension's. Same-site iframes share the page's
  // renderer and so this session; cross-site ones could only reach the network, which is cut.
  const cdp = await context.newCDPSession(page);
  const visit: Visit = {
    page,
    errors: [],
    scriptErrors: [],
    requests: [],
    fromExtension: [],
    consoleErrors: [],
    isolatedContexts: [],
    cdp,
  };
  const ours = new Set<number>();
  const isOurs = (u: string | undefined) => !!extensionOrigin && !!u && u.startsWith(extensionOrigin);
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
    if (isOurs(c.origin)) {
      ours.add(c.id);
      visit.isolatedContexts.push(c.id);
    }
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const d = exceptionDetails as ExceptionDetails & { stackTrace?: StackTrace };
    const frames = d.stackTrace ? initiatorUrls({ stack: d.stackTrace }) : [];
    const mine = (d.executionContextId !== undefined && ours.has(d.executionContextId)) || isOurs(frames[0]);
    (mine ? visit.scriptErrors : visit.errors).push(exceptionMessage(d));
  });
  await cdp.send('Runtime.enable');
  // kept with its resource type, so a browser-initiated fetch (web app manifest) can be told apart
  page.on('request', (r) => visit.requests.push(`${r.resourceType()} ${r.url()}`));
  page.on('console', (m) => {
    if (m.type() === 'error') visit.consoleErrors.push({ url: m.location().url, text: m.text() });
  });
  // No network: anything not served by our 127.0.0.1 server is aborted (it still counts as a request).
  await page.route(
    (u) => isNetwork(u.href) && !u.href.startsWith(origin),
    (route) => route.abort(),
  );
  if (extensionOrigin) {
    // Who started each request: a content script's fetch, or an element it inserted, has extension
    // code on its initiator stack. Comparing with the plain run alone would count timing noise
    // (lazy images, manifests) as ours.
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      if (initiatorUrls(e.initiator).some(isOurs)) {
        visit.fromExtension.push(`${e.type ?? 'other'} ${e.request.url}`);
      }
    });
  }
  await page.addInitScript(FIRST_MARK_PROBE);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  } catch (err) {
    visit.navigationError = String(err).split('\n')[0];
  }
  return visit;
}

function firstDifference(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const at = Math.max(0, i - 60);
  return [a.slice(at, i + 60), b.slice(at, i + 60)];
}

/**
 * The page's readable text: every Text node under body except inside script, style, noscript and
 * template (pages write timestamps into those as they load, which is not a change we made).
 */
const bodyText = (page: Page) =>
  page
    .evaluate(() => {
      const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
      const walker = document.createTreeWalker(
        document.body ?? document.documentElement,
        NodeFilter.SHOW_TEXT,
      );
      let out = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!skip.has(n.parentElement?.tagName ?? '')) out += (n as Text).data;
      }
      return out;
    })
    .catch(() => '<gone>');

const normalise = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * Every drawn mark (CSS highlight range or fallback element) with up to 40 characters of its text
 * node on each side, whitespace collapsed, to look for in the expected article. (No named inner
 * functions in the page function: tsx would wrap them in a helper the page does not have.)
 */
const markSnippets = async (page: Page): Promise<string[]> => {
  const found = await page
    .evaluate(() => {
      const out: [string, number, number][] = [];
      if (globalThis.CSS?.highlights) {
        for (const [name, h] of CSS.highlights) {
          if (!String(name).startsWith('slantwise-')) continue;
          for (const r of h as unknown as Iterable<Range>) {
            const end = r.startContainer === r.endContainer ? r.endOffset : r.startOffset;
            out.push([r.startContainer.textContent ?? '', r.startOffset, end]);
          }
        }
      }
      for (const el of document.querySelectorAll('[data-slantwise-mark]')) {
        const text = el.parentNode?.textContent ?? el.textContent ?? '';
        out.push([text, 0, text.length]);
      }
      return out;
    })
    .catch(() => [] as [string, number, number][]);
  return found.map(([text, start, end]) => normalise(text.slice(Math.max(0, start - 40), end + 40)));
};

/** Page errors run 1..REPEATS times: a difference must survive repeats to count as caused. */
const REPEATS = 3;

interface Run {
  state: string;
  a: Visit;
  b: Visit;
  firstMarkMs: number | null;
  textA: string;
  textB: string;
  swErrors: string[];
  swRequests: string[];
}

async function main(): Promise<void> {
  const corpus = path.resolve(arg('corpus') ?? '../shared/corpora/readability-pages');
  const ext = extDir('chrome-mv3');
  if (!existsSync(path.join(ext, 'manifest.json'))) {
    console.error(`pages: no build at ${ext}; run \`SLANTWISE_OUT=... npx wxt build\` first`);
    process.exit(1);
  }
  if (!existsSync(corpus)) {
    console.error(`pages: corpus not found at ${corpus} (--corpus DIR)`);
    process.exit(1);
  }
  let slugs = (await readdir(corpus, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(path.join(corpus, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
  const only = arg('only');
  if (only) {
    const wanted = new Set(only.split(','));
    slugs = slugs.filter((s) => wanted.has(s));
  }
  const match = arg('match');
  if (match) slugs = slugs.filter((s) => new RegExp(match).test(s));
  const limit = Number(arg('limit') ?? Number.POSITIVE_INFINITY);
  slugs = slugs.slice(0, limit);

  await mkdir(TMP_DIR, { recursive: true });
  const server = await serve(corpus);
  const withExt = await launchChromium(ext);
  const extOrigin = withExt.extensionOrigin;
  const swRequests: string[] = [];
  withExt.context.on('request', (r) => {
    if (r.serviceWorker()) swRequests.push(`${r.resourceType()} ${r.url()}`);
  });
  // The service worker's uncaught errors and unhandled rejections, kept in its own global so they
  // can be read after each page. Installed again if the worker was restarted in between.
  const sw = () => withExt.context.serviceWorkers().find((w) => w.url().startsWith(extOrigin));
  const drainSwErrors = async (): Promise<string[]> => {
    const worker = sw();
    if (!worker) return ['service worker not running'];
    return worker
      .evaluate(() => {
        const g = globalThis as unknown as { __pagesErrors?: string[] };
        if (!g.__pagesErrors) {
          const errors: string[] = [];
          g.__pagesErrors = errors;
          addEventListener('error', (e) => errors.push(String((e as ErrorEvent).message)));
          addEventListener('unhandledrejection', (e) =>
            errors.push(`unhandled rejection: ${String((e as PromiseRejectionEvent).reason)}`),
          );
        }
        return g.__pagesErrors.splice(0);
      })
      .catch((err: unknown) => [`service worker unreachable: ${String(err).split('\n')[0]}`]);
  };
  await drainSwErrors();
  // The plain run uses the same kind of (persistent) profile: an incognito-like context skips
  // fetches a normal profile makes (web app manifests), which would look like ours.
  const plainDir = await mkdtemp(path.join(TMP_DIR, 'pages-plain-'));
  const plain = await chromium.launchPersistentContext(plainDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false, // --headless=new below, as the extension run has to use
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

  // An extension page asks the article tab's content script for its state (the public protocol).
  const control = await withExt.context.newPage();
  await control.goto(`${extOrigin}/options.html`);
  const askState = () =>
    control
      .evaluate(async () => {
        // the extension page's own API (promise-based in MV3); not typed in this Node-side file
        const chrome = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
        const me = await chrome.tabs.getCurrent();
        const tabs = await chrome.tabs.query({});
        for (const t of tabs) {
          if (t.id === undefined || t.id === me?.id) continue;
          try {
            const s = (await chrome.tabs.sendMessage(t.id, { type: 'get-state' })) as
              | { kind?: string }
              | undefined;
            if (s?.kind) return s.kind;
          } catch {
            // no content script in that tab
          }
        }
        return 'no-answer';
      })
      .catch(() => 'no-answer');

  /** One page, with and without the extension at once, until the content script's verdict. */
  const runOnce = async (url: string): Promise<Run> => {
    const swBefore = swRequests.length;
    const [a, b] = await Promise.all([
      open(withExt.context, url, server.url, extOrigin),
      open(plain, url, server.url, ''),
    ]);
    const started = Date.now();
    let state = await askState();
    while (
      !FINAL.has(state) &&
      Date.now() - started < PAGE_TIMEOUT_MS &&
      !(state === 'not-article' && Date.now() - started > NOT_ARTICLE_SETTLE_MS)
    ) {
      await new Promise((r) => setTimeout(r, 200));
      state = await askState();
    }
    let firstMarkMs: number | null = null;
    if (state === 'done') {
      const until = Date.now() + 5000;
      while (Date.now() < until) {
        firstMarkMs = await a.page
          .evaluate(
            () => (window as unknown as { __slantwiseFirstMark?: number }).__slantwiseFirstMark ?? null,
          )
          .catch(() => null);
        if (firstMarkMs !== null) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    // Digits are compared as '#': pages print the load time or random numbers as they load (a
    // fixed fake clock would also fake performance.now, which times the first mark).
    const [textA, textB] = (await Promise.all([bodyText(a.page), bodyText(b.page)])).map((t) =>
      t.replace(/\d+/g, '#'),
    ) as [string, string];
    return {
      state,
      a,
      b,
      firstMarkMs,
      textA,
      textB,
      swErrors: await drainSwErrors(),
      swRequests: swRequests.slice(swBefore),
    };
  };
  const closeRun = (r: Run) => Promise.all([r.a.page.close(), r.b.page.close()]);

  // Self-check, so a script_errors=0 means something: an error thrown in our isolated world on the
  // first page must be seen as ours, and one thrown in the service worker must be collected.
  let selfCheck = 'not run';

  const results: PageResult[] = [];
  for (const slug of slugs) {
    const meta = JSON.parse(
      await readFile(path.join(corpus, slug, 'expected-metadata.json'), 'utf8').catch(() => '{}'),
    ) as { readerable?: boolean };
    const expectedText = normalise(
      loadDocument(await readFile(path.join(corpus, slug, 'expected.html'), 'utf8').catch(() => ''))
        .documentElement?.textContent ?? '',
    );
    const url = `${server.url}/${encodeURIComponent(slug)}/source.html`;
    const run = await runOnce(url);
    const { state, a, b, firstMarkMs, textA, textB } = run;

    if (selfCheck === 'not run') selfCheck = await checkErrorCapture(a, extOrigin, sw(), drainSwErrors);

    // Errors seen only with the extension: run the pair again (up to REPEATS in all); a message
    // that ever shows without the extension is the page's own (timing of its blocked scripts).
    let candidates = errorCandidates(a.errors, b.errors);
    const flaky: string[] = [];
    let attempts = 1;
    while (candidates.length && attempts < REPEATS) {
      attempts++;
      const again = await runOnce(url);
      await closeRun(again);
      const settled = settleErrors(candidates, again.b.errors);
      candidates = settled.still;
      flaky.push(...settled.flaky);
      run.swErrors.push(...again.swErrors);
    }

    // Seen only with the extension, whoever started them: mostly load-timing noise; kept to look at.
    const requestsOnlyWithExtension = multisetMinus(
      a.requests.filter(isNetworkEntry),
      b.requests.filter(isNetworkEntry),
    );
    const { ours, madeAnyway: tracedButMadeAnyway } = ourRequests(a.fromExtension, a.requests, b.requests);
    const extensionRequests = [...ours, ...run.swRequests.map((u) => `service-worker: ${u}`)];
    const consoleLine = (c: { url: string; text: string }) => `${c.text} (${c.url || 'no url'})`;
    const snippets = state === 'done' ? await markSnippets(a.page) : [];
    const result: PageResult = {
      slug,
      readerable: typeof meta.readerable === 'boolean' ? meta.readerable : null,
      state,
      article: state !== 'not-article' && state !== 'no-answer',
      errorsCaused: candidates,
      errorsFlaky: flaky,
      attempts,
      scriptErrors: [...a.scriptErrors, ...run.swErrors.map((e) => `service-worker: ${e}`)],
      textChanged: textA !== textB,
      ...(textA !== textB ? { textDiff: firstDifference(textA, textB) } : {}),
      extensionRequests,
      tracedButMadeAnyway,
      requestsOnlyWithExtension,
      firstMarkMs: firstMarkMs === null ? null : Math.round(firstMarkMs),
      marked: firstMarkMs !== null,
      marks: snippets.length,
      marksOutsideArticle: expectedText ? snippets.filter((t) => !expectedText.includes(t)) : [],
      extensionConsoleErrors: a.consoleErrors.filter((c) => c.url.startsWith(extOrigin)).map(consoleLine),
      ...(process.env.PAGES_DEBUG
        ? { debugConsole: [a.consoleErrors, b.consoleErrors], debugMarks: snippets }
        : {}),
      consoleErrorsOnlyWithExtension: multisetMinus(
        a.consoleErrors.filter((c) => !c.url.startsWith(extOrigin)).map(consoleLine),
        b.consoleErrors.map(consoleLine),
      ),
      ...(a.navigationError ? { navigationError: a.navigationError } : {}),
    };
    results.push(result);
    const flags = [
      result.errorsCaused.length ? `errors=${result.errorsCaused.length}` : '',
      result.errorsFlaky.length ? `flaky-errors=${result.errorsFlaky.length}` : '',
      result.scriptErrors.length ? `script-errors=${result.scriptErrors.length}` : '',
      result.textChanged ? 'TEXT-CHANGED' : '',
      extensionRequests.length ? `requests=${extensionRequests.length}` : '',
      result.readerable !== null && result.readerable !== result.article ? 'disagrees' : '',
    ].filter(Boolean);
    console.error(
      `${slug}: ${state}${result.firstMarkMs !== null ? ` first-mark ${result.firstMarkMs} ms` : ''}${flags.length ? ` [${flags.join(' ')}]` : ''}`,
    );
    await closeRun(run);
  }

  await control.close();
  await withExt.close();
  await plain.close();
  await rm(plainDir, { recursive: true, force: true });
  await server.close();

  const marks = results
    .map((r) => r.firstMarkMs)
    .filter((x): x is number => x !== null)
    .sort((x, y) => x - y);
  const median = marks.length
    ? marks.length % 2
      ? marks[(marks.length - 1) / 2]!
      : Math.round((marks[marks.length / 2 - 1]! + marks[marks.length / 2]!) / 2)
    : null;
  const summary = {
    n: results.length,
    articles: results.filter((r) => r.article).length,
    readerable_agree: results.filter((r) => r.readerable !== null && r.readerable === r.article).length,
    errors: results.reduce((n, r) => n + r.errorsCaused.length, 0),
    script_errors: results.reduce((n, r) => n + r.scriptErrors.length + r.extensionConsoleErrors.length, 0),
    text_changed: results.filter((r) => r.textChanged).length,
    requests: results.reduce((n, r) => n + r.extensionRequests.length, 0),
    first_mark_ms_median: median,
  };
  const out = path.resolve(process.env.SLANTWISE_OUT ?? '.output', 'pages-report.json');
  await writeFile(out, JSON.stringify({ summary, selfCheck, results }, null, 2));
  const extra = {
    self_check: selfCheck,
    marked: results.filter((r) => r.marked).length,
    done_unmarked: results.filter((r) => r.state === 'done' && !r.marked).map((r) => r.slug),
    marks: results.reduce((n, r) => n + r.marks, 0),
    marks_outside_expected_article: results.reduce((n, r) => n + r.marksOutsideArticle.length, 0),
    flaky_page_errors: results.reduce((n, r) => n + r.errorsFlaky.length, 0),
    traced_requests_page_made_anyway: results.reduce((n, r) => n + r.tracedButMadeAnyway.length, 0),
    no_answer: results.filter((r) => r.state === 'no-answer').length,
    untraced_requests_only_with_extension: results.reduce(
      (n, r) => n + r.requestsOnlyWithExtension.length,
      0,
    ),
    page_console_errors_only_with_extension: results.reduce(
      (n, r) => n + r.consoleErrorsOnlyWithExtension.length,
      0,
    ),
    states: Object.fromEntries(
      [...new Set(results.map((r) => r.state))].map((k) => [k, results.filter((r) => r.state === k).length]),
    ),
  };
  console.error(`details: ${out}  ${JSON.stringify(extra)}`);
  // Every nonzero harm count, spelled out.
  for (const r of results) {
    const harms = [
      ...r.errorsCaused.map((e) => `error caused: ${e}`),
      ...r.scriptErrors.map((e) => `script error: ${e}`),
      ...r.extensionConsoleErrors.map((e) => `extension console error: ${e}`),
      ...(r.textDiff
        ? [`text changed: with ${JSON.stringify(r.textDiff[0])} plain ${JSON.stringify(r.textDiff[1])}`]
        : []),
      ...r.extensionRequests.map((u) => `request: ${u}`),
    ];
    for (const h of harms) console.error(`  ${r.slug}: ${h}`);
  }
  console.log(
    `pages: ${Object.entries(summary)
      .map(([k, v]) => `${k}=${v ?? 'n/a'}`)
      .join(' ')}`,
  );
  if (!selfCheck.startsWith('ok')) process.exitCode = 1;
}

/**
 * Throw, uncaught, once in our isolated world on this page and once in the service worker, and
 * console.error once in the isolated world; check each is caught where script_errors looks. The
 * probes are removed again.
 */
async function checkErrorCapture(
  visit: Visit,
  extensionOrigin: string,
  worker: Worker | undefined,
  drainSwErrors: () => Promise<string[]>,
): Promise<string> {
  const PROBE = 'slantwise-pages-probe';
  const contextId = visit.isolatedContexts[0];
  if (contextId === undefined) return 'failed: no isolated world of the extension on the first page';
  await visit.cdp.send('Runtime.evaluate', {
    // named as an extension script, as the content script's own calls are
    expression: `setTimeout(() => { throw new Error('${PROBE}'); }); console.error('${PROBE}');\n//# sourceURL=${extensionOrigin}/pages-probe.js`,
    contextId,
  });
  await worker?.evaluate((m) => {
    setTimeout(() => {
      throw new Error(m);
    });
  }, PROBE);
  await new Promise((r) => setTimeout(r, 500));
  const inPage = visit.scriptErrors.findIndex((e) => e.includes(PROBE));
  const leaked = visit.errors.some((e) => e.includes(PROBE));
  const swErrors = await drainSwErrors();
  const swSeen = swErrors.some((e) => e.includes(PROBE));
  // anything else the worker reported meanwhile is real and stays counted
  visit.scriptErrors.push(...swErrors.filter((e) => !e.includes(PROBE)).map((e) => `service-worker: ${e}`));
  if (inPage < 0 || leaked)
    return `failed: isolated-world probe ${leaked ? 'counted as a page error' : 'not seen'}`;
  visit.scriptErrors.splice(inPage, 1);
  // the console.error must be seen once, as ours
  const logged = visit.consoleErrors.filter((c) => c.text.includes(PROBE));
  if (logged.length !== 1 || !logged[0]!.url.startsWith(extensionOrigin))
    return `failed: isolated-world console.error seen as ${JSON.stringify(logged)}`;
  visit.consoleErrors.splice(visit.consoleErrors.indexOf(logged[0]!), 1);
  return swSeen
    ? 'ok: isolated-world errors and console errors, service-worker errors are caught'
    : 'failed: service-worker probe not seen';
}

main().catch((err) => {
  console.error(`pages: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
