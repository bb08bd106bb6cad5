/**
 * How `npm run pages` tells what the extension caused from what a page does anyway: each page is
 * loaded with the extension and in a plain browser, and these compare the two runs. Pure, so the
 * rules are unit-tested (tests/unit/pages-compare.test.ts) without a browser or the corpus.
 */

/** Items of `a` not matched one-for-one in `b`. */
export function multisetMinus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** The parts of CDP's Runtime.ExceptionDetails read here. */
export interface ExceptionDetails {
  text: string;
  executionContextId?: number;
  exception?: { description?: string; value?: unknown };
}

/** "ReferenceError: googletag is not defined": the first line (stacks differ between runs). */
export function exceptionMessage(d: ExceptionDetails): string {
  const described =
    d.exception?.description ?? (d.exception?.value !== undefined ? String(d.exception.value) : '');
  return (described || d.text).split('\n')[0]!.trim();
}

/** Error messages seen more often with the extension than without it, each once. */
export function errorCandidates(withExtension: string[], plain: string[]): string[] {
  return [...new Set(multisetMinus(withExtension, plain))];
}

/**
 * After one more plain run: a candidate the plain page also threw is the page's own (its blocked
 * scripts race its inline ones), the rest stay candidates.
 */
export function settleErrors(
  candidates: string[],
  plainAgain: string[],
): { still: string[]; flaky: string[] } {
  const seen = new Set(plainAgain);
  return { still: candidates.filter((c) => !seen.has(c)), flaky: candidates.filter((c) => seen.has(c)) };
}

/** "<type> <url>" -> url */
const urlOf = (entry: string) => entry.slice(entry.indexOf(' ') + 1);

/**
 * Requests with extension code on their initiator stack, split into ours (the plain run did not
 * make that many to the same url) and those the page made anyway: a style or layout read of ours
 * (checkVisibility) can start the fetch of a background image the page loads regardless, and the
 * stack then shows our frame. Entries are "<type> <url>"; types differ between CDP and Playwright,
 * so urls are compared.
 */
export function ourRequests(
  traced: string[],
  withExtension: string[],
  plain: string[],
): { ours: string[]; madeAnyway: string[] } {
  const extra = multisetMinus(withExtension.map(urlOf), plain.map(urlOf));
  const ours: string[] = [];
  const madeAnyway: string[] = [];
  for (const entry of traced) {
    const i = extra.indexOf(urlOf(entry));
    if (i >= 0) {
      extra.splice(i, 1);
      ours.push(entry);
    } else {
      madeAnyway.push(entry);
    }
  }
  return { ours, madeAnyway };
}
