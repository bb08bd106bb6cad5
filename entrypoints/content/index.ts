/**
 * The full content script. Not in the manifest: the first stage (entrypoints/first-stage), which
 * runs on every page, asks the background to inject it into a page it found to be an article, and
 * the background injects it itself when the popup or the context menu asks to analyse a page that
 * is not one. Nothing runs at import time; `main` starts one session, which checks again (the page
 * may have changed) and, on a page that is not an article, waits for changes.
 * A re-injected copy stops the older one (WXT's ctx), and drawing clears before it draws, so
 * marks never double up.
 */
import { handoff } from '@/lib/page/handoff';
import { startSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Injected by the background (lib/inject-content.ts); WXT adds `matches` to the host permissions.
  registration: 'runtime',
  // WXT tells an older copy of this script to stop with a DOM event; its extra window.postMessage
  // would reach every page's own message listeners (and tell the page we are here).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // From now on this script answers the popup, not the first stage.
    const h = handoff();
    if (h) h.full = true;
    startSession(ctx);
  },
});
