/**
 * The words a reader may mark as loaded from a sentence's card ("Mark a word as loaded…"): the
 * sentence's content words that are not marked already, each once, in reading order, capped so the
 * card stays small. Pure (no DOM): the text in, words out.
 *
 * Left out, because marking them would mark the language rather than a choice of wording:
 * function words (the, of, has, however …), numbers, one- and two-letter words, and names
 * (a capitalised word that does not open the sentence: "NATO", "Stoltenberg").
 */
import { FUNCTION_WORDS } from '../analysis/names/common';
import type { Report } from '../analysis/types';

/** Enough for a long sentence's content words; more would turn the card into a wall of buttons. */
export const MAX_CANDIDATES = 24;

/** Extra words that carry no slant on their own, beyond the function words the engine knows. */
const PLAIN = new Set(
  (
    'said says say told tells added according year years month months week weeks day days time times ' +
    'percent per cent its it’s also which whom'
  ).split(' '),
);

/** A word: letters or digits, with inner apostrophes or hyphens ("corruption-ridden", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’\u2010\u2011-][\p{L}\p{N}]+)*/gu;

export interface Candidate {
  /** The word as it appears in the sentence. */
  text: string;
  /** Offsets in the text given. */
  start: number;
  end: number;
}

function key(word: string): string {
  return word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
}

/** Whether `word` at `start` opens the sentence (only spaces, quotes or brackets before it). */
function opensSentence(text: string, start: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, start));
}

/**
 * Candidate words of one sentence. `marked`: texts of terms already marked in it (a multi-word
 * term excludes each of its words).
 */
export function candidateWords(
  text: string,
  marked: readonly string[] = [],
  max = MAX_CANDIDATES,
): Candidate[] {
  const taken = new Set<string>();
  for (const t of marked) {
    taken.add(key(t.trim()));
    for (const m of t.matchAll(WORD)) taken.add(key(m[0]));
  }
  const out: Candidate[] = [];
  for (const m of text.matchAll(WORD)) {
    if (out.length >= max) break;
    const word = m[0];
    const k = key(word);
    if (taken.has(k)) continue;
    taken.add(k); // each word once
    if (word.length < 3 || !/\p{L}/u.test(word)) continue;
    if (FUNCTION_WORDS.has(k) || PLAIN.has(k)) continue;
    if (/^\p{Lu}/u.test(word) && !opensSentence(text, m.index)) continue; // a name
    out.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return out;
}

/** The same, straight from a Report: sentence `index`, minus the loaded terms the Report found in it. */
export function sentenceCandidates(report: Report, index: number, max = MAX_CANDIDATES): Candidate[] {
  const s = report.sentences[index];
  if (!s) return [];
  const marked = report.loaded.filter((t) => t.sentence === index).map((t) => t.text);
  return candidateWords(s.text, marked, max);
}
