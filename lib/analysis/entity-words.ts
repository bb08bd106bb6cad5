/**
 * What entity finding knows about words: the candidate shape, name particles and joiners, and
 * tests on a token or line (sentence start, title case, shouting, web handles).
 */
import { isCapitalized, isSpaceUnit, stripPossessive, type Token } from './tokens';
import type { EntityType } from './types';

export type Kind = EntityType | 'unknown';

/** What the whole text says about words: seen in lower case; capitalised away from sentence starts. */
export interface DocWords {
  lower: Set<string>;
  midCaps: Set<string>;
}

/** One capitalised name as found, before linking. */
export interface Candidate {
  sentence: number;
  block: number;
  start: number;
  end: number;
  text: string;
  /** Name words, possessive stripped. */
  words: string[];
  kind: Kind;
  /** Canonical name when the form is a known one ("Azerbaijani" -> "Azerbaijan"). */
  canonical?: string;
  role?: string;
  /**
   * The name as written with its honorific or title ("Mr. Trump", "President Trump", "Deputy
   * Attorney General Rod Rosenstein"), kept among the entity's aliases: a form the text names it by.
   */
  written?: string;
  possessive: boolean;
  adjective: boolean;
  /** Alias to record besides the name (a trailing acronym: "... Agency AZERTAC"). */
  alias?: string;
  /** Context cues for typing single unknown words. */
  locative: boolean;
  speechAfter: boolean;
  /** Right after "in", "across", "near" ... */
  inPlace?: boolean;
  /** Right after "the". */
  afterThe?: boolean;
  /** A single word that opens its sentence and is capitalised nowhere else. */
  initialOnly?: boolean;
  /**
   * A single word the text also writes in lower case ("Stores use ..." beside "the stores"), or an
   * item of a capitalised list of such words: ordinary English unless something else says it names.
   */
  common?: boolean;
}

// Pronouns and prepositions written capitalised inside a run mark a title-case phrase ("Makes You
// Happy", "Thing In Your Life"), never a name. "I" is left out: "World War I", "Elizabeth I".
export const TITLE_CASE_INNER = new Set(
  'you your yours we our ours my me us they them their it its he she him his her in into with without from about'.split(
    ' ',
  ),
);
// Words that make a single capitalised word an adjective or a verb form, not a name ("Lonely", "Tired").
export const COMMON_ENDING = /(?:ly|ed|ing|ness|ful|less|ous|ive|able|ible)$/;

// Name particles kept inside a person's name ("Ursula von der Leyen", "Bashar al-Assad").
export const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'el',
]);
// Joiners kept inside organisation and title names ("Council of Europe", "Secretary of State").
export const ORG_JOINERS = new Set(['of', 'for', 'on']);
export const LOCATIVE = new Set([
  'in',
  'to',
  'from',
  'at',
  'across',
  'near',
  'into',
  'toward',
  'towards',
  'via',
  'around',
  'throughout',
  'within',
  'outside',
  'visited',
  'visit',
  'visiting',
]);
// Words a title-case headline leaves in lower case.
export const TITLE_LOWER = new Set(
  'a an and as at but by for from in into nor of on onto or over per the to up upon via vs vs. with'.split(
    ' ',
  ),
);
// Words that introduce a name rather than open a sentence before it ("The Guardian", "His Majesty").
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);
export const POSSESSIVE = /\p{L}['’]s$/iu;
// Prepositions after which a multi-word name is a place.
export const IN_PLACE = new Set(['in', 'across', 'near', 'throughout', 'outside', 'within', 'around']);

/**
 * A heading or headline: nearly every longer word capitalised. A line that ends in a full stop
 * after a word in lower case is a sentence of running text whose words are mostly names ("Look at
 * Michael Flynn and Mark Zuckerberg."), when `text` is given.
 */
export function isTitleCase(ts: Token[], text?: string): boolean {
  if (isShouting(ts)) return true;
  let cap = 0;
  let lower = false;
  for (const t of ts) {
    if (!/^\p{L}/u.test(t.text)) continue;
    if (isCapitalized(t.text)) cap++;
    // Headline style keeps only short function words in lower case: any other lower-case word
    // ("met", "navigates") makes this running text.
    else if (!TITLE_LOWER.has(t.text)) return false;
    else lower = true;
  }
  return cap >= 3 && !(lower && text !== undefined && FULL_STOP_END.test(text));
}

// A sentence's full stop, after a word of more than one letter ("Mark Zuckerberg."), not an
// ellipsis or an initial ("John F.").
const FULL_STOP_END = /\p{L}{2}\.["'”’)]*\s*$/u;

/** "#Hashtag", "@handle", "pic.twitter.com/U9tULYsk2R": not names. */
export function isWebToken(text: string, t: Token): boolean {
  const before = text.charAt(t.start - 1);
  const after = text.charAt(t.end);
  return (
    before === '#' ||
    before === '@' ||
    before === '/' ||
    after === '/' ||
    (t.text.includes('.') && /\.(?:com|org|net)\b/i.test(t.text))
  );
}

/** Mostly upper-case words ("SCUMBAG SHOOTER LEFT A NOTE"): every word looks like an acronym. */
export function isShouting(ts: Token[]): boolean {
  let upper = 0;
  let words = 0;
  for (const t of ts) {
    const w = t.text;
    if (w.length < 2) continue;
    const c = w.charCodeAt(0);
    // An ASCII lower-case initial is a word not in upper case; other ASCII is no letter.
    if (c >= 97 && c <= 122) {
      words++;
      continue;
    }
    if (c < 128 ? c < 65 || c > 90 : !/^\p{L}/u.test(w)) continue;
    words++;
    if (w === w.toUpperCase()) upper++;
  }
  return words >= 3 && upper * 2 > words;
}

/** "al-Assad", "el-Sisi": an Arabic surname written with its article. */
export const ARTICLE_SURNAME = /^(?:al|el|ad|ash|as|az|ar)-\p{Lu}\p{Ll}+$/u;

/** The surname an article-written name is also called by alone: "al-Assad" -> "Assad". */
export function bareSurname(word: string): string | undefined {
  return ARTICLE_SURNAME.test(word) ? word.slice(word.indexOf('-') + 1) : undefined;
}

export function isNameWord(t: string): boolean {
  if (!isCapitalized(t)) return t.includes('-') && ARTICLE_SURNAME.test(stripPossessive(t));
  return !t.includes('-') || !/-\p{Ll}/u.test(t);
}

/**
 * "Jong-un", "Jae-myung", "Jae-in": a short capitalised syllable, a hyphen and a short lower-case
 * one, as Korean given names are written after the family name. Read as a name word only after
 * another name word ("Kim Jong-un", "Lee Jae-myung"); alone it is hyphenHead's adjective.
 */
export function isGivenNameSyllables(t: string): boolean {
  return /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,6}(?:['’]s)?$/u.test(t);
}

/** "NATO-led", "Russian-backed", "Western-oriented": a name used as the first half of an adjective. */
export function hyphenHead(t: string): string | undefined {
  if (!t.includes('-')) return undefined;
  const m = /^(\p{Lu}[\p{L}.]*)-\p{Ll}/u.exec(t);
  return m?.[1];
}

export function spaceOnly(text: string, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let k = a; k < b; k++) if (text.charAt(k) !== ' ' && text.charAt(k) !== '\u00a0') return false;
  return b > a;
}

export function atSentenceStart(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) if (!isOpening(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether a UTF-16 unit may stand before a sentence's first word: a space (what \s matches) or
 * an opening mark (“ " ‘ ' ( [ { — – - :).
 */
function isOpening(c: number): boolean {
  switch (c) {
    case 0x201c: // “
    case 0x22: // "
    case 0x2018: // ‘
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0x2014: // —
    case 0x2013: // –
    case 0x2d: // -
    case 0x3a: // :
      return true;
    default:
      return isSpaceUnit(c);
  }
}

export function prevWord(ts: Token[], i: number, text: string): string | undefined {
  if (i === 0) return undefined;
  return spaceOnly(text, ts[i - 1]!.end, ts[i]!.start) ? ts[i - 1]!.text : undefined;
}
