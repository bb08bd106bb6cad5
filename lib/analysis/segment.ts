/**
 * Sentence segmentation: Intl.Segmenter (UAX #29) plus a repair pass for what it gets wrong on news
 * text: it breaks after "Mr.", "Gen.", "No. 10", initials ("J. K. Rowling"), "U.S. President", other
 * dotted acronyms ("L.E.A.N. Ads"), before a lower-case continuation (`"Why now?" he asked`) and
 * before the attribution of a quoted question (segment-tail.ts). Offsets are exact, so pages can be marked.
 */
import { endsWithQuestionQuote, isAttributionTail } from './segment-tail';
import { isLowerInitial } from './tokens';

export interface SentenceSpan {
  start: number;
  end: number;
}

// Titles and abbreviations that (almost) never end a sentence: always join what follows.
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'sen',
  'rep',
  'gov',
  'pres',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'dept',
  'est',
  'sr',
]);

// Join only when a number follows: "No. 10", "Jan. 5", "p. 12", "Art. 5".
const BEFORE_NUMBER = new Set([
  'no',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'p',
  'pp',
  'art',
  'vol',
  'ch',
  'sec',
  'fig',
  'op',
]);

// Can end a sentence, but usually do not: join unless a typical sentence opener follows.
const USUALLY_INNER = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'inc',
  'corp',
  'ltd',
  'co',
  'jr',
  'bros',
  'a.m',
  'p.m',
]);

// A run of single capitals with periods ("L.E.A.N.", "S.L.", "D.C."): an acronym, treated as "U.S." is.
const DOTTED_CAPITALS = /^\p{Lu}(?:\.\p{Lu})+$/u;

// Words that open sentences; after "U.S." or "Inc." they signal a real sentence boundary.
const OPENERS = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there here ' +
    'but and or so yet in on at for as after before when while if although though since because ' +
    'meanwhile however still also then now today yesterday last next some many most one two no ' +
    'what why how who where mr mrs ms dr officials critics analysts experts'
  ).split(' '),
);

let segmenter: Intl.Segmenter | undefined;

/** Sentences of `text`: trimmed spans, in order, covering every non-space character. */
export function segmentSentences(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: SentenceSpan[] = [];
  // Intl.Segmenter slows down badly on long strings (V8/ICU: 100 kB took 6 s here), so it gets
  // chunks of a few kB cut where it would break anyway; the repair pass below joins any wrong cut.
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from);
    const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
    // for...of: spreading the iterator is several times slower.
    for (const seg of segmenter.segment(chunk)) {
      const span = trim(text, from + seg.index, from + seg.index + seg.segment.length);
      if (span) raw.push(span);
    }
    from = to;
  }
  moveCitationMarks(text, raw);
  const out: SentenceSpan[] = [];
  for (const span of raw) {
    if (span.end <= span.start) continue;
    const prev = out[out.length - 1];
    if (prev && shouldJoin(text, prev, span)) prev.end = span.end;
    else out.push(span);
  }
  return out;
}

/** A reference mark ("[63]" after a sentence on a wiki page): no figure to check (score.ts, claims.ts). */
export const REFERENCE_MARK = /\[\d{1,4}\]/g;

// The rest of a reference mark cut off after "[" ("free.[" | "1][2] The community ..."). Intl.Segmenter
// breaks inside "[1]" after a full stop (not inside "[a]"); the mark belongs to the sentence before.
const CITATION_REST = /^\d{1,4}\](?:\[\d{1,4}\])*/;

/** Moves each "1]" (and "[2]" after it) back to the sentence whose end reads ".[", in place. */
function moveCitationMarks(text: string, raw: SentenceSpan[]): void {
  for (let i = 1; i < raw.length; i++) {
    const prev = raw[i - 1]!;
    const span = raw[i]!;
    if (text.charAt(prev.end - 1) !== '[' || !/[.?!"”’)]/.test(text.charAt(prev.end - 2))) continue;
    const m = CITATION_REST.exec(text.slice(span.start, Math.min(span.end, span.start + 40)));
    if (!m) continue;
    prev.end = span.start + m[0].length;
    const rest = trim(text, prev.end, span.end);
    span.start = rest?.start ?? span.end;
  }
}

const CHUNK = 4000;
const CHUNK_MAX = 8000;

/**
 * Where the chunk starting at `from` ends: after a line break or after sentence punctuation and a
 * space, past CHUNK characters; else at a space; else at CHUNK_MAX (never inside a surrogate pair).
 */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK_MAX) return text.length;
  const max = from + CHUNK_MAX;
  let space = -1;
  for (let i = from + CHUNK; i < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 32) {
      if (space < 0) space = i + 1;
      const p = text.charCodeAt(i - 1);
      // ". ", "? ", '." ', ".” ' followed by a capital: a break Intl.Segmenter would make too.
      const closer = p === 34 || p === 0x201d || p === 41;
      const q = closer ? text.charCodeAt(i - 2) : p;
      if ((q === 46 || q === 33 || q === 63) && isUpperAt(text, i + 1)) return i + 1;
    }
  }
  if (space > 0) return space;
  const h = text.charCodeAt(max - 1);
  return h >= 0xd800 && h <= 0xdbff ? max + 1 : max;
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text.charAt(i);
  return ch !== ch.toLowerCase();
}

function trim(text: string, start: number, end: number): SentenceSpan | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029;
}

function shouldJoin(text: string, a: SentenceSpan, b: SentenceSpan): boolean {
  // A line break between them is a block boundary the author made: keep it.
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2029) return false;
  }
  const first = text.charAt(b.start);
  // A closing quote/bracket or punctuation belongs to the sentence before it.
  // (A straight quote followed by a letter opens the next sentence instead.)
  if (/[”)\]},;:]/.test(first)) return true;
  if (/["'’]/.test(first) && !/[\p{L}\p{N}]/u.test(text.charAt(b.start + 1))) return true;
  // `"Why now?" he asked.`, `... and then` (ellipsis), "e.g. this": a lower-case start continues.
  if (isLowerInitial(first)) return true;
  // `“Who is she?” Rothman recalls thinking.`: the attribution after a question or exclamation.
  if (endsWithQuestionQuote(text, a.end)) return isAttributionTail(text, b.start, b.end);
  if (text.charAt(a.end - 1) !== '.') return false;
  const word = lastWord(text, a);
  if (!word) return false;
  const key = word.toLowerCase();
  if (NEVER_FINAL.has(key)) return true;
  if (BEFORE_NUMBER.has(key) && /\p{N}/u.test(first)) return true;
  // An initial: "J. K. Rowling", "George W. Bush" (a single capital letter before the period).
  if (/^\p{Lu}$/u.test(word)) return true;
  if (USUALLY_INNER.has(key) || DOTTED_CAPITALS.test(word)) {
    const next = firstWord(text, b);
    return next !== undefined && !OPENERS.has(next.toLowerCase());
  }
  return false;
}

/** The word right before the final period of `a`, inner periods kept ("U.S", "e.g", "Mr"). */
function lastWord(text: string, a: SentenceSpan): string | undefined {
  let i = a.end - 1; // the period
  const stop = i;
  while (i > a.start) {
    const ch = text.charAt(i - 1);
    if (/[\p{L}\p{N}.]/u.test(ch)) i--;
    else break;
  }
  const w = text.slice(i, stop);
  return w.length > 0 && !w.endsWith('.') ? w : undefined;
}

function firstWord(text: string, b: SentenceSpan): string | undefined {
  const m = /^[“"‘']?([\p{L}\p{N}]+)/u.exec(text.slice(b.start, Math.min(b.end, b.start + 40)));
  return m?.[1];
}
