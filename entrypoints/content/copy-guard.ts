/**
 * Only a newer copy of this script may stop this one; a page cannot.
 *
 * WXT stops an older copy of a content script when a newer one starts: the new copy's
 * ContentScriptContext dispatches a CustomEvent named `<extension id>:content:wxt:content-script-started`
 * on document, and every older context that hears it invalidates itself (marks, legend, card and
 * message listener go). Any page script can dispatch an event of that name (a store extension's id
 * is public, and Firefox's is fixed), which would switch Slantwise off on that page.
 *
 * So no such event reaches WXT's own listener: ours captures it on window (before document in the
 * event's path) and stops it. This copy then stops itself only when a newer copy really started,
 * which each copy records in the content script's own global (an isolated world in Chrome, a
 * sandbox in Firefox) that the page can neither read nor write, or when the extension context is
 * gone (the extension was reloaded or removed: WXT's `isInvalid` checks that).
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const LATEST = Symbol.for('slantwise.content.latest-copy');
type Holder = { [LATEST]?: object };

/** The event name WXT's context listens to (a private static there; derived the same way if absent). */
export function scriptStartedEvent(): string {
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof name === 'string' ? name : `${browser.runtime?.id}:content:wxt:content-script-started`;
}

/** How many started events this page has seen that no newer copy of ours sent (for tests, debugging). */
let forged = 0;
export function forgedStartEvents(): number {
  return forged;
}

/**
 * Install the guard for one copy (one context). Call it first thing in the copy's start: the newer
 * copy's event is dispatched while its context is built, just before its start runs.
 */
export function guardScriptStarted(ctx: ContentScriptContext, win: Window = window): void {
  const me = {};
  (globalThis as Holder)[LATEST] = me;
  const onStarted = (e: Event) => {
    e.stopImmediatePropagation();
    // A newer copy dispatches while its context is built and registers itself right after, in
    // the same task: look once that task's script has run, before anything it awaits (so this
    // copy's marks are gone before the newer copy draws its own).
    void Promise.resolve().then(() => {
      if (ctx.isInvalid) return; // the extension context is gone: WXT has stopped this copy
      if ((globalThis as Holder)[LATEST] !== me) ctx.notifyInvalidated();
      else forged++;
    });
  };
  win.addEventListener(scriptStartedEvent(), onStarted, { capture: true, signal: ctx.signal });
}
