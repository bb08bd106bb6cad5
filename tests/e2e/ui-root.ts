/**
 * Reading our card and legend from a test, now that they live in CLOSED shadow roots (the page's
 * script gets `host.shadowRoot === null`). The browsers' automation protocols can still reach a
 * closed root, as a developer's tools can: in Chromium through CDP (DOM.getDocument with pierce,
 * then DOM.resolveNode), in Firefox through WebDriver BiDi (a node serialized with
 * includeShadowTree "all" names its closed root). The function then runs in the page's main world
 * with the root as its argument, and returns JSON.
 *
 * Only reading goes this way. Pressing goes through the real mouse and keyboard (clickUi, or
 * Tab and Enter): a script's click inside our roots is not trusted and does nothing.
 */
import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { TestPage } from './harness';

export const CARD = 'slantwise-card';
export const LEGEND = 'slantwise-legend';

type UiFn<R, A> = (root: ShadowRoot, arg: A) => R;

const isPlaywright = (raw: TestPage['raw']): raw is PwPage =>
  typeof (raw as { context?: unknown }).context === 'function';

const cdpSessions = new WeakMap<PwPage, Promise<CDPSession>>();

interface CdpNode {
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { backendNodeId: number })[];
  contentDocument?: CdpNode;
}

function findHostRoot(node: CdpNode, tag: string): { backendNodeId: number } | null {
  if (node.nodeName.toLowerCase() === tag && node.shadowRoots?.[0]) return node.shadowRoots[0];
  for (const child of node.children ?? []) {
    const found = findHostRoot(child, tag);
    if (found) return found;
  }
  return null;
}

async function chromiumUi<R, A>(page: PwPage, tag: string, source: string, arg: A): Promise<R | null> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    cdpSessions.set(page, session);
  }
  const cdp = await session;
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const shadow = findHostRoot(root, tag);
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const result = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (arg) { return JSON.stringify((${source})(this, JSON.parse(arg)) ?? null); }`,
    arguments: [{ value: JSON.stringify(arg ?? null) }],
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => {});
  if (result.exceptionDetails) throw new Error(`in ${tag}: ${result.exceptionDetails.text}`);
  return JSON.parse(result.result.value as string) as R;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

async function firefoxUi<R, A>(page: PpPage, tag: string, source: string, arg: A): Promise<R | null> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const found = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(tag)})`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const host = (found.result as { result?: { value?: { shadowRoot?: { sharedId?: string } | null } } })
    .result;
  const sharedId = host?.value?.shadowRoot?.sharedId;
  if (!sharedId) return null;
  const called = await connection.send('script.callFunction', {
    functionDeclaration: `function (root, arg) { return JSON.stringify((${source})(root, JSON.parse(arg)) ?? null); }`,
    arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  const r = called.result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text: string };
  };
  if (r.type === 'exception') throw new Error(`in ${tag}: ${r.exceptionDetails?.text}`);
  return JSON.parse(r.result!.value!) as R;
}

/** Run `fn(root, arg)` on our closed root under `tag` (CARD or LEGEND); null when there is none. */
export function inUi<R, A = undefined>(
  page: TestPage,
  tag: string,
  fn: UiFn<R, A>,
  arg?: A,
): Promise<R | null> {
  const source = fn.toString();
  return isPlaywright(page.raw)
    ? chromiumUi<R, A>(page.raw, tag, source, arg as A)
    : firefoxUi<R, A>(page.raw as PpPage, tag, source, arg as A);
}

/** Poll inUi until it gives a truthy value; returns that value (throws on timeout). */
export async function waitUi<R, A = undefined>(
  page: TestPage,
  tag: string,
  fn: UiFn<R, A>,
  arg?: A,
  timeoutMs = 15_000,
): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await inUi(page, tag, fn, arg).catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waitUi timed out after ${timeoutMs} ms: ${fn.toString()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The viewport centre of the first element matching `selector` inside our root, or null. */
export function uiCentre(page: TestPage, tag: string, selector: string) {
  return inUi(
    page,
    tag,
    (root, sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    selector,
  );
}

/** Press an element inside our root with the real mouse (a trusted click). */
export async function clickUi(page: TestPage, tag: string, selector: string): Promise<void> {
  const at = await waitUi(
    page,
    tag,
    (root, sel) => {
      const el = root.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    selector,
  );
  await page.mouseMove(at!.x, at!.y);
  await (page.raw as { mouse: { click(x: number, y: number): Promise<void> } }).mouse.click(at!.x, at!.y);
}
