/**
 * The BUILT extension in real Chromium (playwright-core) and real Firefox ESR (puppeteer-core over
 * WebDriver BiDi), behind one small page API, so the e2e suite, the in-browser bench and the pages
 * run drive both the same way. Uses only protocol calls that Chromium 150+ and Firefox ESR 140+
 * answer. Recipe: ../shared/reference/E2E-RECIPE.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
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

/**
 * An MV3 extension whose content script does nothing, on every page, like ours (the benches'
 * baseline: Chromium's own price for any content script). Written under TMP_DIR/<folder>.
 */
export function emptyExtension(folder: string): string {
  const dir = path.join(TMP_DIR, folder);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'empty',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_end' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'background.js'), '');
  writeFileSync(path.join(dir, 'content.js'), 'void 0;\n');
  return dir;
}
