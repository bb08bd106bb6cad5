/**
 * What the content-session DOM tests share: a stand-in for the CSS Highlight API (happy-dom has
 * none), loading a page into the global document, and starting sessions that are all stopped
 * after each test. Each test file keeps its own stand-in for the background, since that is what
 * the files differ in.
 */
import { afterEach } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startSession } from '../../entrypoints/content/session';

/** A stand-in for CSS.highlights and Highlight: the registry the session draws into. */
export function installHighlightApi(): Map<string, Set<Range>> {
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const registry = new Map<string, Set<Range>>();
  Object.defineProperty(window, 'CSS', {
    value: { highlights: registry },
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return registry;
}

/** Puts a whole page's head and body into the test's document. */
export function loadHtml(html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = doc.head.innerHTML;
  document.body.innerHTML = doc.body.innerHTML;
}

/** The highlight registry as plain text per highlight name, sorted. */
export const snapshot = (registry: Map<string, Set<Range>>): Record<string, string[]> =>
  Object.fromEntries([...registry].map(([k, v]) => [k, [...v].map((r) => r.toString()).sort()]));

/**
 * Sessions started by a test file; after each test every one is stopped (as WXT does when the
 * script is replaced) and the document emptied.
 */
export function useSessions(): {
  start(): ContentScriptContext;
  stopAll(): void;
  readonly all: ContentScriptContext[];
} {
  let contexts: ContentScriptContext[] = [];
  const stopAll = () => {
    for (const ctx of contexts) ctx.notifyInvalidated();
    contexts = [];
  };
  afterEach(() => {
    stopAll();
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    delete (window as unknown as Record<string, unknown>).Highlight;
  });
  return {
    start() {
      const ctx = new ContentScriptContext('content');
      contexts.push(ctx);
      startSession(ctx);
      return ctx;
    },
    stopAll,
    get all() {
      return contexts;
    },
  };
}
