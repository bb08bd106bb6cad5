/**
 * End-to-end harness: a localhost static server and the BUILT extension in real Chromium
 * (playwright-core) and real Firefox ESR (puppeteer-core over WebDriver BiDi), behind one small
 * page API so the same suite runs in both. Recipe: ../shared/reference/E2E-RECIPE.md.
 *
 *   const server = await serve([fixturesDir, demoDir]);
 *   const b = await launchChromium(extDir('chrome-mv3'));   // or launchFirefox(extDir('firefox-mv2'))
 *   const page = await b.open(`${server.url}/article.html`);
 *   ...; await b.close(); await server.close();
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

/** The build folder the tests drive: `$SLANTWISE_OUT/<target>` (default `.output/<target>`). */
export function extDir(target: 'chrome-mv3' | 'firefox-mv2'): string {
  return path.resolve(process.env.SLANTWISE_OUT ?? '.output', target);
}

/** Temporary profiles, screenshots and other artefacts live here (ignored by git). */
export const TMP_DIR = path.resolve('.e2e-tmp');
export const ARTIFACTS_DIR = path.join(TMP_DIR, 'artifacts');

/** The gecko id from wxt.config.ts, and the moz-extension:// host we pin for it. */
export const GECKO_ID = 'slantwise@slantwise.dev';
export const FIREFOX_UUID = '6f1e2a3b-5c4d-4e8f-9a0b-1c2d3e4f5a6b';

// ---------------------------------------------------------------- static server

export interface Server {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Every path requested so far, in order (so tests can see nothing unexpected was fetched). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serve files from one or more folders on 127.0.0.1 (a free port). A path is looked up in each
 * folder in turn; `/` serves `index.html`.
 */
export function serve(dirs: string | string[]): Promise<Server> {
  const roots = (Array.isArray(dirs) ? dirs : [dirs]).map((d) => path.resolve(d));
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const rel = path.normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    for (const root of roots) {
      const file = path.join(root, rel);
      if (!file.startsWith(root)) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // try the next folder
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }),
  );
}

// ---------------------------------------------------------------- one page API for both

export interface TestPage {
  /** Evaluate in the page's main world (not the content script's isolated world). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  /** Poll `fn` in the page until it returns a truthy value; returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<Awaited<R>>;
  goto(url: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Key combination in Playwright syntax: 'Alt+Shift+KeyN', 'Escape'. */
  press(keys: string): Promise<void>;
  /**
   * Resize the page's viewport (CSS pixels). Firefox gets WebDriver BiDi's core
   * `browsingContext.setViewport` alone: puppeteer's setViewport also sends
   * `emulation.setScreenOrientationOverride`, which Firefox ESR 140 does not know.
   */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string, clip?: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
  /** Uncaught page errors (pageerror events) since the page opened. */
  errors: string[];
  /** URLs of every request the page (and anything running in it) made since it opened. */
  requests: string[];
  /** The underlying Playwright or Puppeteer page, for anything else. */
  raw: PwPage | PpPage;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Script source run in the page's main world before any of the page's own scripts. */
  init?: string;
}

export interface TestBrowser {
  name: 'chromium' | 'firefox';
  /** chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  open(url: string, options?: OpenOptions): Promise<TestPage>;
  /** Open an extension page (e.g. 'popup.html?tabId=3'); waits until it has loaded. */
  openExtensionPage(pathAndQuery: string): Promise<TestPage>;
  close(): Promise<void>;
}

async function newProfileDir(prefix: string): Promise<string> {
  await mkdir(TMP_DIR, { recursive: true });
  return mkdtemp(path.join(TMP_DIR, prefix));
}

function pollInPage<R, A>(
  evaluate: TestPage['evaluate'],
  fn: (arg: A) => R,
  arg: A | undefined,
  timeoutMs: number,
): Promise<Awaited<R>> {
  // Polling from Node (not waitForFunction) so the same code works over CDP and BiDi.
  const deadline = Date.now() + timeoutMs;
  return (async (): Promise<Awaited<R>> => {
    for (;;) {
      const value = await evaluate(fn as (a: A) => R, arg as A).catch(() => undefined);
      if (value) return value as Awaited<R>;
      if (Date.now() > deadline) throw new Error(`waitFor timed out after ${timeoutMs} ms: ${fn.toString()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
}

// ---------------------------------------------------------------- Chromium

export interface ChromiumBrowser extends TestBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  // biome-ignore lint/suspicious/noExplicitAny: the two libraries type evaluate differently
  const evaluate = ((fn: any, arg?: unknown) => page.evaluate(fn, arg)) as TestPage['evaluate'];
  return {
    raw: page,
    errors,
    requests,
    evaluate,
    waitFor: (fn, arg, timeoutMs = 15_000) => pollInPage(evaluate, fn, arg, timeoutMs),
    goto: async (url) => {
      await page.goto(url);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (keys) => page.keyboard.press(keys),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: (file, clip) => page.screenshot({ path: file, clip }),
    close: () => page.close(),
  };
}

/** Chromium with the unpacked MV3 build loaded (headless=new, a fresh profile under .e2e-tmp). */
export async function launchChromium(extPath = extDir('chrome-mv3')): Promise<ChromiumBrowser> {
  const ext = path.resolve(extPath);
  const userDataDir = await newProfileDir('chromium-');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox', // CI runs as root
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  let first: PwPage | undefined = context.pages()[0];
  const open = async (url: string, options: OpenOptions = {}) => {
    const page = first ?? (await context.newPage());
    first = undefined;
    const wrapped = wrapPlaywright(page);
    if (options.init) await page.addInitScript(options.init);
    await page.goto(url);
    return wrapped;
  };
  return {
    name: 'chromium',
    context,
    serviceWorker,
    extensionId,
    extensionOrigin,
    open,
    openExtensionPage: (p) => open(`${extensionOrigin}/${p}`),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- Firefox

export interface FirefoxBrowser extends TestBrowser {
  browser: PpBrowser;
  uuid: string;
}

const PUPPETEER_KEYS: Record<string, string> = {
  Alt: 'Alt',
  Shift: 'Shift',
  Control: 'Control',
  Meta: 'Meta',
};

/** The one call of puppeteer's BiDi connection that setViewport needs (not in its public types). */
interface BidiSend {
  send(method: 'browsingContext.setViewport', params: object): Promise<unknown>;
}

function wrapPuppeteer(page: PpPage): TestPage {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  // biome-ignore lint/suspicious/noExplicitAny: the two libraries type evaluate differently
  const evaluate = ((fn: any, arg?: unknown) => page.evaluate(fn, arg)) as TestPage['evaluate'];
  return {
    raw: page,
    errors,
    requests,
    evaluate,
    waitFor: (fn, arg, timeoutMs = 15_000) => pollInPage(evaluate, fn, arg, timeoutMs),
    goto: async (url) => {
      await page.goto(url);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: async (keys) => {
      // 'Alt+Shift+KeyN' -> hold the modifiers, press the key, release in reverse order
      const parts = keys.split('+');
      const key = parts.pop()!;
      const mods = parts.map((m) => PUPPETEER_KEYS[m] ?? m);
      for (const m of mods) await page.keyboard.down(m as never);
      await page.keyboard.press(key as never);
      for (const m of mods.reverse()) await page.keyboard.up(m as never);
    },
    setViewport: async (width, height) => {
      const frame = page.mainFrame() as unknown as { _id: string };
      const connection = (page.browser() as unknown as { connection: BidiSend }).connection;
      await connection.send('browsingContext.setViewport', {
        context: frame._id,
        viewport: { width, height },
      });
    },
    screenshot: async (file, clip) =>
      Buffer.from(await page.screenshot({ path: file as `${string}.png`, clip })),
    close: () => page.close(),
  };
}

/** Firefox ESR with the MV2 build installed as a temporary add-on, its moz-extension:// host pinned. */
export async function launchFirefox(extPath = extDir('firefox-mv2')): Promise<FirefoxBrowser> {
  const ext = path.resolve(extPath); // the BiDi install command needs an absolute path
  const userDataDir = await newProfileDir('firefox-');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir,
    defaultViewport: { width: 1200, height: 900 },
    // BiDi refuses to navigate to moz-extension:// unless the Remote Agent has system access
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    },
  });
  const id = await browser.installExtension(ext);
  if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  let first: PpPage | undefined = (await browser.pages())[0];
  const take = async () => {
    const page = first ?? (await browser.newPage());
    first = undefined;
    return page;
  };
  return {
    name: 'firefox',
    browser,
    uuid: FIREFOX_UUID,
    extensionOrigin,
    open: async (url, options = {}) => {
      const page = await take();
      const wrapped = wrapPuppeteer(page);
      if (options.init) await page.evaluateOnNewDocument(options.init);
      await page.goto(url);
      return wrapped;
    },
    openExtensionPage: async (p) => {
      const page = await take();
      const wrapped = wrapPuppeteer(page);
      const url = `${extensionOrigin}/${p}`;
      // goto() never resolves for moz-extension:// (the tab changes process): fire it and poll
      // until the page is there. Each poll is its own evaluate, because an evaluate that lands
      // while the tab is swapping process can fail with a protocol error ("right-hand side of 'in'
      // should be an object, got null"), which would end a single waitForFunction at once.
      page.goto(url).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        const poll = page.evaluate((u) => location.href === u && document.readyState === 'complete', url);
        const ready = await Promise.race([
          poll.catch(() => false),
          new Promise<boolean>((r) => setTimeout(() => r(false), 2_000)),
        ]);
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`Firefox did not load ${url} within 15 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return wrapped;
    },
    close: async () => {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Both browsers by name, for `describe.each`. */
export const LAUNCHERS = {
  chromium: () => launchChromium(),
  firefox: () => launchFirefox(),
} as const;

// ---------------------------------------------------------------- screenshots as pixels

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

/** Decode a non-interlaced 8-bit RGB/RGBA PNG (what both browsers' screenshots produce). */
export function decodePng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const x = line[i]!;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      cur[i] = v & 0xff;
    }
    for (let px = 0; px < width; px++) {
      const o = (y * width + px) * 4;
      out[o] = cur[px * channels]!;
      out[o + 1] = cur[px * channels + 1]!;
      out[o + 2] = cur[px * channels + 2]!;
      out[o + 3] = channels === 4 ? cur[px * channels + 3]! : 255;
    }
    prev = cur;
  }
  return { width, height, data: out };
}

/** Share of pixels (0..1) whose colour differs between two same-sized images by more than `tolerance`. */
export function pixelDifference(a: Pixels, b: Pixels, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > tolerance) differ++;
  }
  return differ / (a.width * a.height);
}

// ---------------------------------------------------------------- reading the page

/** Viewport rect of the first whole-word occurrence of `word` in the body's text; null if none. */
export function wordRect(page: TestPage, word: string) {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const m = new RegExp(`(^|[^\\p{L}])(${w})(?![\\p{L}])`, 'u').exec(n.data);
      if (!m) continue;
      const r = document.createRange();
      const start = m.index + m[1]!.length;
      r.setStart(n, start);
      r.setEnd(n, start + w.length);
      const b = r.getBoundingClientRect();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height };
    }
    return null;
  }, word);
}
