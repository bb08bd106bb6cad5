/** What the popup views need from the outside: data in, callbacks out (no browser API here). */
import type { ToContent } from '../../lib/messages';

export type RevealTarget = Extract<ToContent, { type: 'reveal' }>['target'];

export interface PopupActions {
  /** Ask the background to analyse the tab even though it did not look like an article. */
  analyze(): void;
  /** Scroll the page to a mark and flash it; resolves false when the page no longer has it. */
  reveal(target: RevealTarget): Promise<boolean>;
  /** Put text on the clipboard; rejects when the browser refuses. */
  copyText(text: string): Promise<void>;
  /** Offer a file for download. */
  saveFile(name: string, text: string, type: string): void;
  /** Open the reading-diet page in a tab (the link's own href is the fallback). */
  openDiet?(): void;
  /** Stop checking a site's pages by themselves (a per-site "always off" rule in the settings). */
  ignoreSite?(site: string): Promise<void>;
}
