/**
 * The background injects the full content script (entrypoints/content, built with
 * `registration: 'runtime'`) into one frame of a tab: when the first stage found an article there,
 * or when the reader asks to analyse a page the script is not in. Chrome MV3 has
 * scripting.executeScript (the "scripting" permission), Firefox MV2 tabs.executeScript; both need
 * the host permission WXT adds for the script's `matches`. Into the content scripts' own world, at
 * once (the page's DOM is parsed by then).
 */
import { browser } from 'wxt/browser';

/** Where WXT writes the content script entrypoint `content`. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** True when the script ran in the frame; false when the page may not be scripted or is gone. */
export async function injectContent(tabId: number, frameId = 0): Promise<boolean> {
  try {
    // Chrome MV3 has `scripting` (with the permission) and no tabs.executeScript; Firefox MV2
    // gives `scripting` only to extensions that ask for it, which this one does not there.
    const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
    if (scripting?.executeScript) {
      await scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [CONTENT_SCRIPT_FILE],
        injectImmediately: true,
      });
    } else {
      await browser.tabs.executeScript(tabId, { file: CONTENT_SCRIPT_FILE, frameId, runAt: 'document_end' });
    }
    return true;
  } catch {
    return false;
  }
}
