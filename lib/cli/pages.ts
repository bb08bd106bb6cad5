/**
 * `npm run pages`: the BUILT extension in real Chromium over every page of the readability corpus
 * (default ../shared/corpora/readability-pages/<slug>/source.html, served from 127.0.0.1; never
 * part of `npm test`, the corpus is not in the repo). Each page is opened twice at once: in a
 * Chromium with the extension and in a plain Chromium, so what the extension causes can be told
 * from what the page does anyway. Requests leaving 127.0.0.1 are aborted in both (no network).
 *
 * Per page: is it an article (the content script's own state, asked over the message protocol)
 * vs the corpus's `readerable`; page errors only seen with the extension; body text that differs
 * from the plain run; requests with extension code on their initiator stack (CDP) plus any from its service worker;
 * time from navigation start to the first mark. Prints one summary line:
 *   pages: n=.. articles=.. readerable_agree=.. errors=.. text_changed=.. requests=.. first_mark_ms_median=..
 * and writes per-page details to <out>/pages-report.json.
 *
 *   SLANTWISE_OUT=.out-x npx wxt build && SLANTWISE_OUT=.out-x npm run pages [-- --corpus DIR --limit N --only SLUG]
 */
// The harness's service-worker request events need this before playwright-core starts a browser.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { extDir, launchChromium, serve, TMP_DIR } from '../../tests/e2e/harness';

interface PageResult {
  slug: string;
  readerable: boolean | null;
  /** The content script's final state kind ('done', 'not-article', ...), or 'no-answer'. */
  state: string;
  article: boolean;
  errorsCaused: string[];
  textChanged: boolean;
  /** Where the body text first differs: [with the extension, plain], 60 characters each side. */
  textDiff?: [string, string];
  extensionRequests: string[];
  requestsOnlyWithExtension: string[];
  firstMarkMs: number | null;
  marked: boolean;
  /** Console errors logged by the extension's own code on this page. */
  extensionConsoleErrors: string[];
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

/** Items of `a` not matched one-for-one in `b`. */
function multisetMinus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

const isNetwork = (url: string) => /^(?:https?|wss?):/i.test(url);
/** "<resourceType> <url>" -> whether the url goes over the network. */
const isNetworkEntry = (entry: string) => isNetwork(entry.slice(entry.indexOf(' ') + 1));

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
  /** Requests whose initiator stack runs through extension code (CDP initiator, with the extension only). */
  fromExtension: string[];
  consoleErrors: string[];
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

async function open(
  context: BrowserContext,
  url: string,
  origin: string,
  traceInitiators: boolean,
): Promise<Visit> {
  const page = await context.newPage();
  // The content script waits while its tab is hidden; the page under test is the one in front.
  await page.bringToFront();
  const visit: Visit = { page, errors: [], requests: [], fromExtension: [], consoleErrors: [] };
  page.on('pageerror', (e) => visit.errors.push(String(e.message ?? e)));
  // kept with its resource type, so a browser-initiated fetch (web app manifest) can be told apart
  page.on('request', (r) => visit.requests.push(`${r.resourceType()} ${r.url()}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /^(?:chrome|moz)-extension:/.test(m.location().url))
      visit.consoleErrors.push(m.text());
  });
  // No network: anything not served by our 127.0.0.1 server is aborted (it still counts as a request).
  await page.route(
    (u) => isNetwork(u.href) && !u.href.startsWith(origin),
    (route) => route.abort(),
  );
  if (traceInitiators) {
    // Who started each request: a content script's fetch, or an element it inserted, has extension
    // code on its initiator stack. Comparing with the plain run alone would count timing noise
    // (lazy images, manifests) as ours.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      if (initiatorUrls(e.initiator).some((u) => /^(?:chrome|moz)-extension:/.test(u))) {
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
  if (only) slugs = slugs.filter((s) => s === only);
  const limit = Number(arg('limit') ?? Number.POSITIVE_INFINITY);
  slugs = slugs.slice(0, limit);

  await mkdir(TMP_DIR, { recursive: true });
  const server = await serve(corpus);
  const withExt = await launchChromium(ext);
  const swRequests: string[] = [];
  withExt.context.on('request', (r) => {
    if (r.serviceWorker()) swRequests.push(`${r.resourceType()} ${r.url()}`);
  });
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
  await control.goto(`${withExt.extensionOrigin}/options.html`);
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

  const results: PageResult[] = [];
  for (const slug of slugs) {
    const meta = JSON.parse(
      await readFile(path.join(corpus, slug, 'expected-metadata.json'), 'utf8').catch(() => '{}'),
    ) as { readerable?: boolean };
    const url = `${server.url}/${encodeURIComponent(slug)}/source.html`;
    const swBefore = swRequests.length;
    const [a, b] = await Promise.all([
      open(withExt.context, url, server.url, true),
      open(plain, url, server.url, false),
    ]);

    // Wait for the content script's verdict.
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
    const extensionRequests = [
      ...a.fromExtension,
      ...swRequests.slice(swBefore).map((u) => `service-worker: ${u}`),
    ];
    // Seen only with the extension, whoever started them: mostly load-timing noise; kept to look at.
    const requestsOnlyWithExtension = multisetMinus(
      a.requests.filter(isNetworkEntry),
      b.requests.filter(isNetworkEntry),
    );
    const result: PageResult = {
      slug,
      readerable: typeof meta.readerable === 'boolean' ? meta.readerable : null,
      state,
      article: state !== 'not-article' && state !== 'no-answer',
      errorsCaused: multisetMinus(a.errors, b.errors),
      textChanged: textA !== textB,
      ...(textA !== textB ? { textDiff: firstDifference(textA, textB) } : {}),
      extensionRequests,
      requestsOnlyWithExtension,
      firstMarkMs: firstMarkMs === null ? null : Math.round(firstMarkMs),
      marked: firstMarkMs !== null,
      extensionConsoleErrors: a.consoleErrors,
      ...(a.navigationError ? { navigationError: a.navigationError } : {}),
    };
    results.push(result);
    const flags = [
      result.errorsCaused.length ? `errors=${result.errorsCaused.length}` : '',
      result.textChanged ? 'TEXT-CHANGED' : '',
      extensionRequests.length ? `requests=${extensionRequests.length}` : '',
      result.readerable !== null && result.readerable !== result.article ? 'disagrees' : '',
    ].filter(Boolean);
    console.error(
      `${slug}: ${state}${result.firstMarkMs !== null ? ` first-mark ${result.firstMarkMs} ms` : ''}${flags.length ? ` [${flags.join(' ')}]` : ''}`,
    );
    await Promise.all([a.page.close(), b.page.close()]);
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
    text_changed: results.filter((r) => r.textChanged).length,
    requests: results.reduce((n, r) => n + r.extensionRequests.length, 0),
    first_mark_ms_median: median,
  };
  const out = path.resolve(process.env.SLANTWISE_OUT ?? '.output', 'pages-report.json');
  await writeFile(out, JSON.stringify({ summary, results }, null, 2));
  const extra = {
    marked: results.filter((r) => r.marked).length,
    no_answer: results.filter((r) => r.state === 'no-answer').length,
    untraced_requests_only_with_extension: results.reduce(
      (n, r) => n + r.requestsOnlyWithExtension.length,
      0,
    ),
    extension_console_errors: results.reduce((n, r) => n + r.extensionConsoleErrors.length, 0),
    states: Object.fromEntries(
      [...new Set(results.map((r) => r.state))].map((k) => [k, results.filter((r) => r.state === k).length]),
    ),
  };
  console.error(`details: ${out}  ${JSON.stringify(extra)}`);
  console.log(
    `pages: ${Object.entries(summary)
      .map(([k, v]) => `${k}=${v ?? 'n/a'}`)
      .join(' ')}`,
  );
}

main().catch((err) => {
  console.error(`pages: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
