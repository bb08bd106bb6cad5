/**
 * HTML text -> a Document in Node, for the command line and the bench. linkedom is small and
 * fast to parse; the page code only uses standard DOM calls, so it runs the same here as in the
 * browser.
 */
import { parseHTML } from 'linkedom';

export function loadDocument(html: string): Document {
  // linkedom's Document is typed as its own class; it implements the DOM the page code reads.
  return parseHTML(html).document as unknown as Document;
}
