/**
 * What the form of the text says about a match, before its meaning: a capitalised word inside a
 * sentence is a name or a title ("Michael Joseph Savage", "Amnesty International", "Rogue One"), a
 * quoted title-case run is the title of a work (“The Phantom Menace”), and a headline's verbs are
 * headline style ("Obama Admits ...", "Senator Slams ..."), not the writer's judgement.
 *
 * One linear pass over the parts builds per-part flags; each match then asks in O(1).
 */

import type { Part } from './loaded';
import { HONORIFICS as HONORIFIC_WORDS, TITLE_ABBREVIATIONS } from './names/roles';
import type { LexiconEntry } from './types';

export interface TextForm {
  /** Per part: it opens a sentence, a line or a quotation, so a capital there says nothing. */
  starts: Uint8Array;
  /** Per part: its line reads as a title (most longer words capitalised), or the text is a heading. */
  title: Uint8Array;
  /** Per part: it lies inside a quoted title of a work (“The Phantom Menace”, "Super Mario Run"). */
  quotedTitle: Uint8Array;
}

/** Characters in the gap before a word that make it the first word of a sentence or quotation. */
const OPENERS = new Set([...'.!?:;\n\u201c"\u2018\'([\u2022|\u2014\u2013>*#'].map((c) => c.charCodeAt(0)));

/** Entries whose words are capitalised by convention ("Marxist", "Dems", "Never-Trumper"). */
const PROPER_TERMS = new Set([
  'pej-marxist',
  'pej-dems',
  'pej-rino',
  'pej-never-trumper',
  'pej-commie',
  'pej-feminazi',
  'pej-libs',
  'pej-libtard',
  'emo-satanic',
  'pej-orwellian',
]);

/**
 * Entries whose word is also a common surname or product name ("Savage", "Butcher", "Puppet"):
 * capitalised inside a sentence they are names even standing alone.
 */
const NAME_LIKE = new Set([
  'pej-savage',
  'pej-butcher',
  'pej-puppet',
  'pej-crook',
  'pej-hack',
  'emo-slaughter',
  'pej-machine',
  'pej-rogue',
  'pej-cult',
  'pej-clown',
  'emo-menace',
  'emo-chaos',
  'praise-marvel',
  'int-super',
  // Product and site names: "version control systems like Mercurial", "Rotten Tomatoes". (Not
  // "Fool": title-case headlines such as "They Think We Are Fools" would lose it.)
  'pej-mercurial',
  'pej-rotten',
]);

/**
 * Titles before a name, as part keys: "Mr. Savage", "Sen. Crook", "Judge Butcher". The entity
 * pass's honorifics and title abbreviations, and the titles written out that news puts before a
 * surname.
 */
const HONORIFICS = new Set([
  ...[...HONORIFIC_WORDS, ...Object.keys(TITLE_ABBREVIATIONS)].map((w) => w.toLowerCase().replace(/\.$/, '')),
  ...'miss senator representative governor general professor judge president'.split(' '),
]);
/** Verbs of saying right after a name: "Snipes said", "Savage told reporters". */
const SAID = new Set(
  'said says told tells added adds wrote writes tweeted explained argued recalled noted'.split(' '),
);

/** Small words that may follow a title in running text ("read from Fire and Fury to the crowd"). */
const AFTER_TITLE = new Set(
  'to in on at by for from with and or is was are were as of the a an that which who has had'.split(' '),
);

function upperAt(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** "Savage", not "SAVAGE" or "savage". */
function capitalised(text: string, p: Part): boolean {
  if (!upperAt(text, p.start)) return false;
  return p.end - p.start === 1 || !upperAt(text, p.start + 1);
}

/** A word named rather than used: "the word “literally”", "the term useless". */
const MENTION_CUES = new Set([
  'word',
  'words',
  'term',
  'terms',
  'phrase',
  'adjective',
  'adverb',
  'verb',
  'noun',
]);

/**
 * Before an adverb, words that make it a noun, so the word itself is the topic: "the abuse of
 * literally", "to use literally", "define literally", "your literally abusers".
 */
const NOUN_SLOT_BEFORE = new Set(
  (
    'of about for the a an your my his her their our this that use uses used using define defines ' +
    'defined defining overuse overusing misuse misusing abuse abusing add adding say saying'
  ).split(' '),
);
/**
 * After an adverb in such a slot, words that show nothing follows for it to modify: "use literally
 * as a crutch", "the craze about literally is", "literally means actually".
 */
const NOUN_SLOT_AFTER = new Set("as to is isn't was has means meant when in and or".split(' '));

/**
 * An intensifying adverb used as a noun names the word rather than using it ("Maybe I should
 * define literally.", "Literally means actually.", "the abuse of literally"), and so does one
 * quoted on its own ("No need to add “literally” to the sentence."). "of literally thousands" is
 * still a use: the word after it is what it modifies.
 */
function namedAdverb(text: string, parts: Part[], i: number, entry: LexiconEntry): boolean {
  const p = parts[i]!;
  if (entry.category !== 'intensifier' || !p.key.endsWith('ly')) return false;
  const open = text[p.start - 1];
  const close = text.slice(p.end, p.end + 2);
  if ((open === '\u201c' || open === '"') && /^[,.]?[\u201d"]/.test(close)) return true;
  const next = parts[i + 1];
  const nothingAfter = !next?.gapOk || NOUN_SLOT_AFTER.has(next.key);
  if (!nothingAfter) return false;
  const prev = i > 0 && p.gapOk ? parts[i - 1]!.key : '';
  return NOUN_SLOT_BEFORE.has(prev) || (prev === '' && next?.gapOk === true && NOUN_SLOT_AFTER.has(next.key));
}

/** Words of four letters or more: the ones title case capitalises and running text does not. */
const TITLE_MIN = 4;

function markTitleLines(text: string, parts: Part[], breaks: Uint8Array, title: Uint8Array): void {
  let lineStart = 0;
  let eligible = 0;
  let capital = 0;
  const close = (end: number) => {
    if (eligible >= 2 && capital >= eligible * 0.75) title.fill(1, lineStart, end);
  };
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (breaks[k]) {
      close(k);
      lineStart = k;
      eligible = 0;
      capital = 0;
    }
    if (k === lineStart || p.joined || p.end - p.start < TITLE_MIN) continue;
    eligible++;
    if (capitalised(text, p)) capital++;
  }
  close(parts.length);
}

const QUOTE_CLOSE: Record<string, string> = { '\u201c': '\u201d', '"': '"' };
const MAX_TITLE = 100;

function markQuotedTitles(text: string, parts: Part[], quoted: Uint8Array): void {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x201c && code !== 34) continue;
    const close = QUOTE_CLOSE[text[i]!]!;
    let end = i + 1;
    const limit = Math.min(text.length, i + MAX_TITLE);
    while (end < limit && text[end] !== close) end++;
    if (end >= limit) continue;
    const inner = text.slice(i + 1, end);
    if (inner.includes('\n') || /[!?]/.test(inner) || !upperAt(text, i + 1)) {
      if (close === '"') i = end;
      continue;
    }
    while (k < parts.length && parts[k]!.start <= i) k++;
    let first = k;
    let eligible = 0;
    let lower = 0;
    for (; k < parts.length && parts[k]!.end <= end; k++) {
      const p = parts[k]!;
      if (p.joined || p.end - p.start < TITLE_MIN) continue;
      eligible++;
      if (!capitalised(text, p) && !upperAt(text, p.start)) lower++;
    }
    // Title case lets a few longer small words stay lower case ("Communities that Arise in Disaster").
    if (lower === 0 || (eligible >= 6 && lower <= eligible * 0.2))
      for (; first < k; first++) quoted[first] = 1;
    i = end;
  }
}

export function readForm(text: string, parts: Part[], heading = false): TextForm {
  const n = parts.length;
  const starts = new Uint8Array(n);
  const breaks = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (k === 0) {
      starts[k] = 1;
      continue;
    }
    for (let c = parts[k - 1]!.end; c < parts[k]!.start; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 32) continue;
      if (ch === 10) breaks[k] = 1;
      if (OPENERS.has(ch)) starts[k] = 1;
    }
  }
  const title = new Uint8Array(n);
  if (heading) title.fill(1);
  else markTitleLines(text, parts, breaks, title);
  const quotedTitle = new Uint8Array(n);
  markQuotedTitles(text, parts, quotedTitle);
  return { starts, title, quotedTitle };
}

/**
 * Whether the form of the text makes the match at parts[i..] plain: inside a quoted title; a verb
 * in a headline or title-case line; or a capitalised single word inside a sentence (a name).
 */
export function plainByForm(
  text: string,
  parts: Part[],
  form: TextForm,
  i: number,
  entry: LexiconEntry,
  words: number,
): boolean {
  const p = parts[i]!;
  if (i > 0 && MENTION_CUES.has(parts[i - 1]!.key)) return true;
  // A quoted title inside a headline ("On Behalf of “Literally”") is a title there too.
  if (form.quotedTitle[i]) return true;
  if (words === 1 && namedAdverb(text, parts, i, entry)) return true;
  if (form.title[i]) return entry.pos === 'verb' || (NAME_LIKE.has(entry.id) && capitalised(text, p));
  if (words > 1 || PROPER_TERMS.has(entry.id) || !capitalised(text, p)) return false;
  const next = parts[i + 1];
  // After a title or honorific: "Mr. Savage", "Rep. Brat", "Judge Crook".
  if (i > 0 && HONORIFICS.has(parts[i - 1]!.key) && capitalised(text, parts[i - 1]!)) return true;
  // A surname as the subject of a verb of saying: "“…,” Snipes said", "Savage told reporters". At
  // the start of a sentence only a verb or an adjective ("Snipes said"), which cannot be a subject:
  // "Bigots said ..." may be a plural noun used as a label.
  if (next?.gapOk && SAID.has(next.key) && (!form.starts[i] || entry.pos === 'verb' || entry.pos === 'adj'))
    return true;
  // The second half of a title or name joined by "and": “Fire and Fury”, "Fast and Furious";
  // not an adjective before its noun ("the Catholic and Leftist establishment").
  if (
    !form.starts[i] &&
    (!next?.gapOk || capitalised(text, next) || AFTER_TITLE.has(next.key)) &&
    i >= 2 &&
    p.gapOk &&
    parts[i - 1]!.key === 'and' &&
    parts[i - 1]!.gapOk &&
    capitalised(text, parts[i - 2]!)
  )
    return true;
  // "Butcher, Andrew": a name-like word before a capitalised word is a name even first in a line.
  if (NAME_LIKE.has(entry.id) && (!form.starts[i] || (next && capitalised(text, next)))) return true;
  if (form.starts[i]) return false;
  // Part of a run of capitalised words: "Michael Joseph Savage", "Amnesty International", "X-Parasites".
  const prev = parts[i - 1];
  const nameBefore = prev !== undefined && p.gapOk && !form.starts[i - 1] && upperAt(text, prev.start);
  const nameAfter = next?.gapOk === true && !form.starts[i + 1] && capitalised(text, next);
  return nameBefore || nameAfter;
}
