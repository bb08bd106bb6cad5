/**
 * Small word/token helpers shared by segmentation, voice and entities (others may import them).
 * A token is a run of letters/digits, with inner apostrophes, hyphens, periods and ampersands kept
 * ("Azerbaijan’s", "corruption-ridden", "U.S.", "AT&T"). Offsets are into the text given.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

// One linear pass: the separators are required between the repeated groups, so no backtracking blowup.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;
// "U.S" + "." -> "U.S." ; "e.g" + "." -> "e.g."
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
// Abbreviations that keep their period as part of the word ("Mr.", "Gen."), and initials ("J.").
const ABBREVIATED = new Set(
  'Mr Mrs Ms Mx Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Sen Rep Gov Pres Rev Hon St Mt Jr Sr Inc Corp Ltd Co No vs'.split(
    ' ',
  ),
);
const INITIAL = /^\p{Lu}$/u;

/** Words of `text` (optionally only within [from, to)), with exact offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const word = m[0];
    let end = m.index + word.length;
    const dotted = slice[end] === '.' && (DOTTED.test(word) || ABBREVIATED.has(word) || INITIAL.test(word));
    if (dotted) end += 1;
    out.push({ text: dotted ? slice.slice(m.index, end) : word, start: from + m.index, end: from + end });
  }
  return out;
}

/** First letter upper case ("Stoltenberg", "NATO", "U.S.", "McCain"). */
export function isCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90;
  const c = word.codePointAt(0);
  if (c === undefined) return false;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** First letter lower case. */
export function isLowerInitial(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 128) return first >= 97 && first <= 122;
  const c = word.codePointAt(0);
  if (c === undefined) return false;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** All letters upper case, at least two of them ("NATO", "AZERTAC", "U.S.", "EU"). */
export function isAcronym(word: string): boolean {
  // ASCII words by code; a word with any other character goes the Unicode way.
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return isAcronymUnicode(word);
    if (c >= 65 && c <= 90) letters++;
    // '.', '&', '-' and digits are allowed; anything else is no acronym.
    else if (c !== 46 && c !== 38 && c !== 45 && !(c >= 48 && c <= 57)) return false;
  }
  return letters >= 2;
}

function isAcronymUnicode(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch === '.' || ch === '&' || ch === '-') continue;
    if (ch !== ch.toUpperCase() || ch === ch.toLowerCase()) {
      if (!/\p{N}/u.test(ch)) return false;
      continue;
    }
    letters++;
  }
  return letters >= 2;
}

/** "Azerbaijan’s" -> "Azerbaijan", "allies’" -> "allies"; other words unchanged. */
export function stripPossessive(word: string): string {
  // Most words end in none of s, S, ' and ’: no pattern to try.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x73 && last !== 0x53 && last !== 0x27 && last !== 0x2019) return word;
  if (/['’][sS]$/.test(word)) return word.slice(0, -2);
  if (/[sS]['’]$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Whether the token is a possessive form ("Stoltenberg’s"). */
export function isPossessive(word: string): boolean {
  return /['’][sS]$/.test(word);
}

/** Stable slug for ids: "Jens Stoltenberg" -> "jens-stoltenberg", "vis-à-vis" -> "vis-a-vis". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Only whitespace between a and b (exclusive)? */
export function onlySpaceBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/** Whether the UTF-16 unit is one of the characters \s matches (all of them are single units). */
export function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
