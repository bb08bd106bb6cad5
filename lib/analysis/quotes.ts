/**
 * Direct quotations in a block of text: straight ("...") and curly (“...”) double quotes, plus
 * guillemets. A quotation may run across sentence boundaries, open without closing (to the end of
 * its line), or close without opening (it began before the text: an earlier paragraph or line). Single quotes are left alone: in news
 * text they are mostly apostrophes (Azerbaijan’s, don't, '90s) and quotes-within-quotes.
 */

export interface QuoteSpan {
  start: number;
  end: number;
  /** The opening mark as written, or '' when the quotation began before the text. */
  open: string;
  /** The closing mark, or '' when the quote runs to the end of the block unclosed. */
  close: string;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };
const CLOSERS = new Set(['”', '»']);
// Jump from mark to mark instead of testing every character.
const MARKS = /["“”«»„\n]/g;

/** Quoted spans of `text`, each including its marks, in order, never overlapping. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  let openMark = '';
  const close = (end: number, mark: string) => {
    let e = end;
    if (!mark) while (e > openAt + 1 && /\s/.test(text.charAt(e - 1))) e--;
    if (e > openAt + 1) out.push({ start: openAt, end: e, open: openMark, close: mark });
    openAt = -1;
    openMark = '';
  };
  // A closing mark with no opening one before it, first on its line: the quotation began before
  // this text (an earlier paragraph, or an earlier line when sentences are judged one by one), so
  // the text up to the mark is quoted.
  const closedEarlier = (end: number, mark: string) => {
    let from = lineStart(text, end - 1);
    while (from < end && /\s/.test(text.charAt(from))) from++;
    if (end - 1 > from) out.push({ start: from, end, open: '', close: mark });
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    // A line break ends an unclosed quotation: a stray mark must not swallow the next lines.
    if (ch === '\n') {
      if (openAt >= 0) close(i, '');
      continue;
    }
    if (ch === '"') {
      if (openAt >= 0 && openMark === '"') close(i + 1, ch);
      else if (openAt < 0 && out.length === 0 && closesEarlier(text, i)) closedEarlier(i + 1, ch);
      else if (openAt < 0 && opensHere(text, i)) {
        openAt = i;
        openMark = ch;
      }
    } else if (ch in OPENERS && !(openAt >= 0 && OPENERS[openMark] === ch)) {
      // An opening mark with nothing after it on the line opens nothing.
      if (/^\s*$/.test(text.slice(i + 1, i + 2))) continue;
      // A new opener while one is open: the earlier quote lost its closing mark (common when a
      // multi-paragraph quotation was joined into one block). End it here and start again.
      if (openAt >= 0) close(i, '');
      openAt = i;
      openMark = ch;
    } else if (CLOSERS.has(ch) || (openAt >= 0 && OPENERS[openMark] === ch)) {
      if (openAt >= 0) close(i + 1, ch);
      else if (out.length === 0 && i > 0) closedEarlier(i + 1, ch);
    }
  }
  if (openAt >= 0) close(text.length, '');
  return out;
}

function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i) + 1;
}

/**
 * A straight quote closes a quotation that began before the text when it follows the end of the
 * quoted words ("... a disaster," he said) and is the first mark of the text.
 */
function closesEarlier(text: string, i: number): boolean {
  return i > 1 && /[,.!?]/.test(text.charAt(i - 1)) && /^(?:\s|$)/.test(text.slice(i + 1, i + 2));
}

/** A straight quote opens when something follows it and it does not close a word ("5'10"", `x" `). */
function opensHere(text: string, i: number): boolean {
  const next = text.charAt(i + 1);
  if (next === '' || /\s/.test(next)) return false;
  return i === 0 || /[\s([{—–\-/:,]/.test(text.charAt(i - 1));
}
