/**
 * The script injected into every page. Nothing runs at import time; `main` starts one session,
 * which does a cheap article check and, on a page that is not an article, nothing more.
 * A re-injected copy stops the older one (WXT's ctx), and drawing clears before it draws, so
 * marks never double up.
 */
import { startSession } from './session';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  // WXT tells an older copy of this script to stop with a DOM event; its extra window.postMessage
  // would reach every page's own message listeners (and tell the page we are here).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startSession(ctx);
  },
});
