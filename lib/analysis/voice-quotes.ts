/**
 * Direct quotation for the voice pass: quotations per block, the quoted spans of a sentence, and
 * the speaker of a quotation that runs across sentences.
 */
import { FIRST_PLURAL, FIRST_SINGULAR } from './cues/function-words';
import type { SentenceRef } from './entities';
import { findQuotes, type QuoteSpan } from './quotes';
import { type Token, tokenize } from './tokens';
import { findInClause } from './voice-clause';
import type { Context, Found } from './voice-words';

/**
 * Quotations per block, in the block texts when given (line breaks matter: they end an unclosed
 * quote), else in texts rebuilt from the sentence refs with gaps as spaces.
 */
export function blockQuotes(sentences: SentenceRef[], texts?: string[]): Map<number, QuoteSpan[]> {
  const parts = new Map<number, SentenceRef[]>();
  for (const s of sentences) {
    const list = parts.get(s.block);
    if (list) list.push(s);
    else parts.set(s.block, [s]);
  }
  const out = new Map<number, QuoteSpan[]>();
  for (const [block, list] of parts) {
    const given = texts?.[block];
    if (given !== undefined && list.every((r) => given.slice(r.start, r.end) === r.text)) {
      out.set(block, findQuotes(given));
      continue;
    }
    const pieces: string[] = [];
    let length = 0;
    for (const s of list) {
      if (s.start < length) continue; // overlapping refs: keep the first
      pieces.push(' '.repeat(s.start - length), s.text);
      length = s.start + s.text.length;
    }
    out.set(block, findQuotes(pieces.join('')));
  }
  return out;
}

export function quotedSpans(s: SentenceRef, quotes: QuoteSpan[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Quotes are in order and disjoint: binary search the first that ends after the sentence starts.
  for (let k = firstEndingAfter(quotes, s.start); k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.start >= s.end) break;
    out.push({ start: Math.max(q.start, s.start) - s.start, end: Math.min(q.end, s.end) - s.start });
  }
  return out;
}

export function firstEndingAfter(quotes: QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A quotation standing as a clause of its own: it opens the sentence (`"We will not back down,"
 * X said`) or follows a colon or comma (`X said: "..."`), unlike a phrase quoted inside the outlet's
 * own clause (`X called the merger "a disaster"`).
 */
export function clauseQuote(text: string, quoted: { start: number; end: number }[]): boolean {
  return quoted.some(
    (q) =>
      q.end - q.start > 4 &&
      (q.start === 0 || /[:,]\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start))),
  );
}

export function quotedShare(text: string, quoted: { start: number; end: number }[]): number {
  let total = 0;
  let inside = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isLetterOrDigit(text, i)) continue;
    total++;
    for (const q of quoted) {
      if (i >= q.start && i < q.end) {
        inside++;
        break;
      }
    }
  }
  return total ? inside / total : 0;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the UTF-16 unit at i is a letter or digit (ASCII decided without a regex). */
function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_OR_DIGIT.test(text.charAt(i));
}

/** Speaker of a quotation that runs across sentences: look after its close, then before its open. */
export function quoteSpeaker(s: SentenceRef, quotes: QuoteSpan[], ctx: Context): Found | undefined {
  const q = quotes[firstEndingAfter(quotes, s.start)];
  if (!q || q.start >= s.end) return undefined;
  const inBlock = ctx.blockSentences.get(s.block) ?? [];
  const at = (pos: number) => {
    // Binary search: the last sentence of the block starting at or before pos.
    let lo = 0;
    let hi = inBlock.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ctx.sentences[inBlock[mid]!]!.start <= pos) lo = mid + 1;
      else hi = mid;
    }
    const i = inBlock[lo - 1];
    if (i === undefined || pos > ctx.sentences[i]!.end) return undefined;
    return { x: ctx.sentences[i]!, i };
  };
  const closing = at(q.end - 1);
  const opening = at(q.start);
  for (const ref of [closing, opening]) {
    if (!ref || (ref.x.start === s.start && ref.x.end === s.end)) continue;
    const r = ref.x;
    const ts = tokenize(r.text);
    const qrel = { start: q.start - r.start, end: q.end - r.start };
    const inQuote = (t: Token) => t.start >= qrel.start && t.end <= qrel.end;
    const f = findInClause(r, ts, ctx.bySentence.get(ref.i) ?? [], ctx, inQuote);
    if (f) return { ...f, via: 'quote', start: -1, end: -1 };
  }
  return undefined;
}

/**
 * A word in the first person (cues' FIRST_SINGULAR and FIRST_PLURAL, with a contraction: "I’ve",
 * "we’re"): "I" only as written, and no word in capitals ("US" is a country).
 */
function firstPersonWord(word: string): boolean {
  const base = word.replace(/['’](?:m|ve|d|ll|re)$/i, '');
  if (base === 'I') return true;
  if (base.length > 1 && base === base.toUpperCase()) return false;
  const lower = base.toLowerCase();
  return lower !== 'i' && (FIRST_SINGULAR.has(lower) || FIRST_PLURAL.has(lower));
}

const WORDS = /[\p{L}\p{N}'’-]+/gu;

function inFirstPerson(text: string): boolean {
  return (text.match(WORDS) ?? []).some(firstPersonWord);
}

// Words before a quotation that make it part of a noun phrase: 'a “should I buy this?” test',
// 'the “I’ve been around longer than you” card', 'displays of “I have special knowledge ...”'.
const MODIFIED_BY = new Set(
  'a an the this that these those my your his her its our their personal own of example like to'.split(' '),
);

/**
 * A quotation of three words or more in the first person ('... is “as low as I’ve ever seen.”'):
 * someone speaking, whoever the sentence names. Not a title in title case (“I Will Survive”), not
 * a quotation set in a noun phrase as a label ('your personal “should I buy this?” test'), and not
 * in a sentence where the writer speaks in the first person outside it (the writer quoting
 * themself: 'We spent the year asking “what should we be doing?”').
 */
export function firstPersonQuote(text: string, quoted: { start: number; end: number }[]): boolean {
  // (No quotation, no quotation in the first person: asked first, as most sentences have none.)
  if (quoted.length === 0) return false;
  if (inFirstPerson(outsideQuotes(text, quoted))) return false;
  return quoted.some((q) => {
    const inner = text.slice(q.start, q.end);
    const words = inner.match(WORDS) ?? [];
    if (words.length < 3 || !words.some(firstPersonWord)) return false;
    const lead = text.slice(Math.max(0, q.start - 30), q.start);
    const before = /(\p{L}+)\W*$/u.exec(lead);
    if ((before && MODIFIED_BY.has(before[1]!.toLowerCase())) || /\be\.g\.,?\s*$/i.test(lead)) return false;
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    return capitalised * 2 < words.length;
  });
}

/** The text with its quoted spans blanked out (offsets kept). */
export function outsideQuotes(text: string, quoted: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const q of quoted) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

// A reference list's back-link before a citation: "^", "↑", "^ a b".
const CITATION_MARK = /^\s*(?:\^|↑)(?:\s+[a-z](?=\s))*\s*/;
// After a quoted title: the site or publisher of a citation ('". techcrunch.com.'), or a price or
// year in parentheses ('“Thumper” ($20)').
const CITED = /^\p{P}*\s*(?:[\w.-]+\.(?:com|org|net|edu|gov|io|co|uk|de|fr)\b|\((?:[$€£]\s?\d|\d{4}\b))/u;

/**
 * A sentence that is a title in quotation marks, not a source speaking: an item of a reference
 * list ('^ "Mac vendors ponder Netscape gambit.". cnet.com.'), or a title in title case standing
 * alone or before its price or year ('“RIGS: Mechanized Combat League” ($50)', '"Where Did Firefox
 * Come From?"').
 */
export function quotedTitle(text: string, quoted: readonly { start: number; end: number }[]): boolean {
  if (quoted.length !== 1) return false;
  const q = quoted[0]!;
  const lead = CITATION_MARK.exec(text)?.[0].length ?? 0;
  if (!/^[\s“"]*$/.test(text.slice(lead, q.start + 1))) return false;
  const tail = text.slice(q.end);
  if (CITED.test(tail)) return true;
  if (lead > 0) return tail.split(/\s+/).length <= 8;
  if (!/^\p{P}*\s*$/u.test(tail)) return false;
  // (A quotation that quotes a title inside it is someone speaking: “It’s ‘Showtime at the Apollo.’”)
  const inner = text.slice(q.start + 1, q.end);
  if (/(?:^|\s)[‘“"']/.test(inner)) return false;
  const words = inner.match(WORDS) ?? [];
  const long = words.slice(1).filter((w) => w.length >= 4);
  if (long.length < 2) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * long.length;
}
