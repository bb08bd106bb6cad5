/**
 * The first stage: the only script of ours on every page, run at document_start, without WXT's
 * content-script runtime and without webextension-polyfill (the raw `browser`/`chrome` API, for
 * two calls). It
 * - puts our keydown listener first on window (lib/page/handoff.ts), before any page script;
 * - once the DOM is parsed, runs a cheaper test (lib/page/detect-first.ts) and, where it cannot
 *   rule the page out, the same article detection as the content script (lib/page/detect.ts, in
 *   slices), again when the page changes (at most MAX_RECHECKS times per
 *   URL, after it settles) and when the URL changes (SPA navigation);
 * - on an article, asks the background once to inject the full content script into this frame.
 * On a page that is not an article that is all it ever does: it does not even touch the extension
 * API (the background answers the popup for such a page: entrypoints/background.ts).
 */
import type { ContentToBackground, Replies } from '@/lib/messages';
import { isArticlePageSliced } from '@/lib/page/detect';
import { mayBeArticle } from '@/lib/page/detect-first';
import { listenEarly } from '@/lib/page/handoff';

/** The session's pacing (entrypoints/content/session.ts): quiet time after a change, longest wait. */
const SETTLE_MS = 300;
const MAX_WAIT_MS = 2000;
/** A page that is not an article is re-checked on change at most this many times per URL. */
const MAX_RECHECKS = 10;
/** When the background could not inject the full script, it is asked again after 1 s, then 2 s. */
const RETRY_MS = 1000;
const MAX_RETRIES = 2;

/** The one runtime call the first stage makes, as both browsers have it without the polyfill. */
export interface FirstStageRuntime {
  sendMessage(msg: unknown): Promise<unknown>;
}

interface NavigationLike {
  addEventListener(type: 'navigate', fn: () => void): void;
}

export interface FirstStageOptions {
  /**
   * The extension runtime, asked for only on an article: the first use of the extension API in a
   * page costs about as much again as the rest of this stage (measured in Chromium).
   */
  runtime: () => FirstStageRuntime;
  win?: Window;
  /** Detection (the content script's own); tests may pass theirs. */
  isArticle?: (doc: Document) => Promise<boolean>;
}

export function startFirstStage({ runtime, win = window, isArticle = detect }: FirstStageOptions): void {
  const doc = win.document;
  const h = listenEarly(win);
  let requested = false; // the full script was asked for (or runs): this stage's work is done
  let rechecks = 0;
  let retries = 0;
  // Read once the page changes (flush): reading `location` first costs the page more than the rest.
  let href: string | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let checking = false;

  const done = () => requested || h.full;

  let observer: MutationObserver | undefined;
  const observe = () => {
    observer ??= new MutationObserver(() => queue());
    observer.observe(doc.body ?? doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  };

  let changedWhileChecking = false;
  async function check(): Promise<void> {
    if (done()) return;
    if (checking) {
      changedWhileChecking = true; // looked at again once this check is over
      return;
    }
    checking = true;
    const article = await isArticle(doc).catch(() => false);
    checking = false;
    if (!article && changedWhileChecking) {
      changedWhileChecking = false;
      queue();
      return;
    }
    changedWhileChecking = false;
    if (!article || done()) return;
    requested = true;
    h.article = true;
    stop();
    const msg: ContentToBackground = { type: 'load-content' };
    const reply = await Promise.resolve()
      .then(() => runtime().sendMessage(msg))
      .catch(() => undefined);
    // The reply's one field, checked as the schema would (lib/messages-schema.ts is not bundled here).
    const loaded = (reply as Partial<Replies['load-content']> | undefined)?.loaded === true;
    if (!loaded && !h.full) {
      // Not injected (the background was restarting, or the tab was between processes): ask again
      // a little later, and on the next change.
      requested = false;
      h.article = false;
      observe();
      if (retries < MAX_RETRIES) setTimeout(() => void check(), RETRY_MS * ++retries);
    }
  }

  function flush(): void {
    settleTimer = undefined;
    firstPending = 0;
    if (done()) {
      stop();
      return;
    }
    if (doc.hidden) {
      // Work waits while the tab is in the background.
      win.addEventListener('visibilitychange', queue, { once: true });
      return;
    }
    const now = win.location.href;
    if (href !== undefined && now !== href) rechecks = 0;
    href = now;
    if (++rechecks > MAX_RECHECKS) {
      observer?.disconnect();
      watchLocation();
      return;
    }
    void check();
  }

  function queue(): void {
    if (done()) {
      stop();
      return;
    }
    const now = Date.now();
    firstPending ||= now;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(flush, Math.min(SETTLE_MS, Math.max(0, firstPending + MAX_WAIT_MS - now)));
  }

  function stop(): void {
    observer?.disconnect();
    clearTimeout(settleTimer);
  }

  /** A new URL in this document (SPA navigation): looked at afresh once the page settles. */
  function navigated(): void {
    if (done() || win.location.href === href) return;
    href = win.location.href;
    rechecks = 0;
    observe();
    queue();
  }

  /**
   * Rechecks used up: from now on only a new URL (SPA navigation) starts them again. As WXT's
   * location watcher: the Navigation API where there is one, else a look every second. Until then
   * the observer sees navigations: a new page in an SPA changes the DOM, and flush() compares URLs.
   */
  let watching = false;
  function watchLocation(): void {
    if (watching) return;
    watching = true;
    const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      // The event comes before the new URL is committed: looked at after its task.
      navigation.addEventListener('navigate', () => setTimeout(navigated, 0));
    } else {
      const timer = setInterval(() => (done() ? clearInterval(timer) : navigated()), 1000);
    }
  }

  function start(): void {
    observe();
    void check();
  }

  if (doc.readyState !== 'loading') start();
  else {
    // Only the browser's own DOMContentLoaded: a page script may dispatch one early.
    const onReady = (e: Event) => {
      if (!e.isTrusted) return;
      win.removeEventListener('DOMContentLoaded', onReady, true);
      start();
    };
    win.addEventListener('DOMContentLoaded', onReady, true);
  }
}

/**
 * The cheaper test first (lib/page/detect-first.ts: it never rules out a page detection takes for
 * an article), then the content script's own detection, in slices of at most 8 ms. Timed with
 * Date.now: the first use of `performance` in a page's content-script world costs more than
 * millisecond slices need.
 */
async function detect(doc: Document): Promise<boolean> {
  if (!mayBeArticle(doc)) return false;
  return (await isArticlePageSliced(doc, { budgetMs: 8, now: Date.now })).isArticle;
}
