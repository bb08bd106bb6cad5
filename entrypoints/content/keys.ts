/**
 * The session's keydown handler goes to the first stage's listener (added at document_start,
 * before any page script: lib/page/handoff.ts) when there is one, so a page's own capture
 * listener cannot swallow the reader's keys. Without a first stage in this frame (the script
 * injected into a page opened before the extension was installed), it listens on window itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handoff } from '@/lib/page/handoff';

/** `options` are those of the window listener used when there is no first stage (capture: true). */
export function listenKeys(
  ctx: ContentScriptContext,
  win: Window,
  handler: (e: KeyboardEvent) => void,
  options: AddEventListenerOptions,
): void {
  const h = handoff();
  if (!h) {
    ctx.addEventListener(win, 'keydown', handler, options);
    return;
  }
  h.keydown = handler;
  ctx.onInvalidated(() => {
    if (h.keydown === handler) h.keydown = null;
  });
}
