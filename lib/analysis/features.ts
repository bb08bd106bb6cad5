/**
 * Interpretable features of one sentence for the opinion model (model.ts). Each feature is a count
 * of cue words or marks, squashed with log(1 + n), or a share or flag; every counted cue keeps its
 * span so the score can show its reasons. Cues inside quotation marks are the source's words, not
 * the writer's, so most counts skip them and a few features look at quoted text on its own.
 * One linear pass over the tokens; all word lists are Sets built once at module load.
 */

import { categoryLabel, LOADED_CATEGORIES } from '../lexicon/categories';
import {
  ATTITUDE,
  DEGREE_WORDS,
  DEPICTION,
  GRADING,
  GRADING_MORE,
  NEGATIVE_JUDGEMENT,
  PARTISAN,
  POSITIVE_JUDGEMENT,
  SLANT,
  WEASEL,
} from './cues/evaluative';
import {
  ABSOLUTES,
  ARGUMENT,
  BOOSTERS,
  CONTRAST,
  COPULA,
  DEIXIS,
  EPISTEMIC,
  FIRST_PERSON_SUBJECTS,
  FIRST_PLURAL,
  FIRST_SINGULAR,
  FRAMING_VERBS,
  GENERIC_GROUPS,
  IMPERATIVE_OPENERS,
  INSTITUTION_WORDS,
  INTENSIFIERS,
  JUDGING_VERBS,
  NEGATION,
  OBLIGATION,
  QUESTION_WORDS,
  REPORT_WORDS,
  SAYING,
  SECOND_PERSON,
  THIRD_PLURAL,
  TIME_WORDS,
  UNIT_WORDS,
} from './cues/function-words';
import { opinionWords, slotOf, type WordTable, wordKeys } from './opinion-words';
import { isSpaceUnit } from './tokens';
import type { LoadedMatch, Voice } from './types';

/** Words in -ly that are nouns, verbs or names, no adverb at all ("family", "ally", "Italy"). */
export const LY_NOUNS = new Set(
  (
    'family supply apply reply rally ally assembly anomaly monopoly july italy sicily bully belly ' +
    'jelly lily holly comply multiply imply rely fly butterfly dragonfly firefly homily doily ' +
    'melancholy jolly folly kelly emily molly billy sally ashley beverly kimberly'
  ).split(' '),
);

/** An adverb in -ly ("quickly", "recently"), not a noun, verb or name that ends so ("family"). */
export function isLyAdverb(word: string): boolean {
  const w = word.toLowerCase();
  return w.endsWith('ly') && !LY_NOUNS.has(w);
}

/**
 * Words in -ly that are no manner or comment adverb: nouns, verbs and names ("family", "supply",
 * "Italy"); adverbs of time, frequency, approximation and attribution, which date, count or source
 * a fact rather than judge it ("recently", "daily", "nearly", "reportedly"); and adjectives that
 * classify ("deadly", "elderly").
 */
const LY_NOT_ADVERB = new Set([
  ...LY_NOUNS,
  ...(
    'early recently nearly currently previously formerly lately shortly subsequently initially ' +
    'originally eventually daily weekly monthly annually yearly hourly nightly quarterly ' +
    'approximately roughly newly reportedly allegedly respectively jointly elderly deadly'
  ).split(' '),
]);

export interface FeatureInput {
  text: string;
  voice: Voice;
  quoted: { start: number; end: number }[];
  loaded: LoadedMatch[];
}

export interface FeatureDef {
  name: string;
  /** Plain words for the hover card. */
  explain: string;
  /** Counted cues are squashed with log1p; shares and flags are used as they are. */
  kind: 'count' | 'value';
}

export interface FeatureHit {
  feature: number;
  start: number;
  end: number;
  text: string;
  /** A more specific explanation than the feature's own (a lexicon entry's note). */
  explain?: string;
  /** This span's part of the feature's value, when spans weigh differently (learned word scores). */
  share?: number;
}

export interface Features {
  values: number[];
  /** Spans behind count features, for the reasons. */
  hits: FeatureHit[];
  /** Each word the learned scores know: its summed score (logit units) and how many table words it is. */
  learned: LearnedWord[];
}

export interface LearnedWord {
  start: number;
  end: number;
  text: string;
  score: number;
  n: number;
}

/** The 'word-scores' value and its hits over some of a sentence's learned words: their mean. */
export function learnedPart(words: LearnedWord[]): { value: number; hits: FeatureHit[] } {
  let n = 0;
  let sum = 0;
  for (const w of words) {
    n += w.n;
    sum += w.score;
  }
  if (n === 0) return { value: 0, hits: [] };
  const feature = F('word-scores');
  const hits: FeatureHit[] = [];
  for (const w of words)
    if (w.score !== 0) hits.push({ feature, start: w.start, end: w.end, text: w.text, share: w.score / n });
  return { value: sum / n, hits };
}

const c = (name: string, explain: string): FeatureDef => ({ name, explain, kind: 'count' });
const v = (name: string, explain: string): FeatureDef => ({ name, explain, kind: 'value' });

/** The feature vector's layout. The order is the order of the weights in model-weights.ts. */
export const FEATURES: FeatureDef[] = [
  c('negative-judgement', 'negative judgement word'),
  c('positive-judgement', 'positive judgement word'),
  c('grading', 'grades or appraises (poor, odd, sensible)'),
  c('attitude', 'emotionally coloured word'),
  c('slant', 'colourful word that paints rather than names'),
  c('partisan', 'partisan label or framing'),
  c('weasel', 'vague or unsourced attribution'),
  c('first-person', 'the writer speaks as "I"'),
  c('first-plural', 'the writer speaks as "we"'),
  c('first-person-stance', "the writer frames a view as their own (I think, we believe, I'm sure)"),
  c('second-person', 'addresses the reader as "you"'),
  c('obligation', 'says what should or must happen'),
  c('epistemic', 'states a belief or impression (seems, I think)'),
  c('booster', 'insists (clearly, obviously, indeed)'),
  c('absolute', 'sweeping word (all, never, nobody)'),
  c('negation', 'negation'),
  c('contrast', 'argues by contrast (but, yet, merely)'),
  c('argument', 'argues towards a conclusion (therefore, because)'),
  v('question', 'asks a question'),
  v('rhetorical-question', 'a question the writer asks in their own voice'),
  v('exclamation', 'exclamation mark'),
  c('superlative', 'superlative (best, worst, most ...)'),
  c('scare-quote', 'short words set in quotation marks'),
  v('quoted-share', 'share of the sentence in quotation marks'),
  v('all-quoted', 'the sentence is a quotation'),
  c('saying-verb', 'attributes words to a source (said, told)'),
  c('judging-verb', 'a source praises or condemns'),
  c('number', 'number or figure'),
  c('time', 'date or time reference'),
  c('unit', 'measured quantity'),
  c('report-word', 'evidence word (study, data, report)'),
  c('institution', 'institution or office'),
  c('third-plural', 'speaks of "they"'),
  c('proper-name', 'named person, place or organisation'),
  c('generic-group', 'sweeping reference to a group'),
  c('deixis', 'pointing word (this, such)'),
  c('copula', 'states what something is'),
  c('ly-adverb', 'manner or comment adverb'),
  v('length', 'sentence length'),
  v('imperative', 'tells the reader what to do or think'),
  c('simile', 'a comparison (like a, as if)'),
  c('aside', 'dash, parenthesis, ellipsis or colon'),
  v('attributed', 'the sentence is attributed to a source'),
  c('quoted-subjective', 'judgement word inside a quotation'),
  v('word-scores', 'learned from word vectors: words that read as judgement or as report'),
  v('word-peak', 'the word most likely to be read as loaded wording (learned from word vectors)'),
  ...LOADED_CATEGORIES.map((cat) => c(`loaded:${cat}`, categoryLabel(cat))),
];

const INDEX = new Map(FEATURES.map((f, i) => [f.name, i]));
const F = (name: string): number => INDEX.get(name)!;

// Words, numbers (with inner separators), and single punctuation marks; linear, no nested repeats.
// Sticky: tried where the scan stands (every character that is not a space starts a token), and
// test() builds no match array.
const TOKEN_AT = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,:/]\p{N}+)*%?|[^\s\p{L}\p{M}\p{N}]/uy;

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  quoted: boolean;
}

const MARK = /^[^\p{L}\p{M}\p{N}]$/u;

/** MARK.test(ch) for one character, with no pattern run for an ASCII one. */
function isMark(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x80) return MARK.test(ch);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}
const ASIDES = new Set(['—', '–', '(', ':', '…']);

function tokens(text: string, quoted: { start: number; end: number }[]): Tok[] {
  const out: Tok[] = [];
  let q = 0;
  for (let at = 0; at < text.length; ) {
    if (isSpaceUnit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    TOKEN_AT.lastIndex = at;
    const start = at;
    if (!TOKEN_AT.test(text)) {
      at++;
      continue;
    }
    at = TOKEN_AT.lastIndex;
    while (q < quoted.length && quoted[q]!.end <= start) q++;
    const inQuote = q < quoted.length && quoted[q]!.start <= start && start < quoted[q]!.end;
    const t = text.slice(start, at);
    // Of the marks, only the asides are used: skip the rest without building a token.
    const word = t.length > 1 || !isMark(t);
    if (!word && !ASIDES.has(t)) continue;
    const lower = word ? t.toLowerCase() : t;
    out.push({
      text: t,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start,
      end: start + t.length,
      word,
      quoted: inQuote,
    });
  }
  return out;
}

/** Base forms to try for an inflected word: itself, then -ly, -s, -ed, -ing stripped. */
function lookup<T>(w: string, table: { get(k: string): T | undefined }): T | undefined {
  const hit = table.get(w);
  if (hit !== undefined) return hit;
  if (w.length > 5 && w.endsWith('ily')) return table.get(`${w.slice(0, -3)}y`);
  if (w.length > 4 && w.endsWith('ly')) return table.get(w.slice(0, -2)) ?? table.get(`${w.slice(0, -2)}e`);
  if (w.length > 3 && w.endsWith('es') && table.get(w.slice(0, -2)) !== undefined)
    return table.get(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return table.get(w.slice(0, -1));
  if (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing'))) {
    const stem = w.slice(0, w.endsWith('ed') ? -2 : -3);
    const last = stem.length - 1;
    return (
      table.get(stem) ??
      table.get(`${stem}e`) ??
      (stem[last] === stem[last - 1] ? table.get(stem.slice(0, -1)) : undefined) ??
      (stem.endsWith('i') ? table.get(`${stem.slice(0, -1)}y`) : undefined)
    );
  }
  return undefined;
}

// The evaluative lists merged into one table of bit flags, so each word is looked up (with its
// inflection variants) once rather than once per list.
const NEG = 1;
const POS = 2;
const GRADE = 4;
const ATT = 8;
const SLANTED = 16;
const PART = 32;
/** Judgement, attitude or depiction: what counts as a judgement word inside a quotation. */
const JUDGEMENT = NEG | POS | ATT | SLANTED;

let evaluativeTable: Map<string, number> | undefined;
/** Built on first use, not at import time. */
function evaluative(): Map<string, number> {
  if (evaluativeTable) return evaluativeTable;
  const table = new Map<string, number>();
  const add = (words: Set<string>, flag: number) => {
    for (const w of words) table.set(w, (table.get(w) ?? 0) | flag);
  };
  add(NEGATIVE_JUDGEMENT, NEG);
  add(POSITIVE_JUDGEMENT, POS);
  add(GRADING, GRADE);
  add(GRADING_MORE, GRADE);
  add(ATTITUDE, ATT);
  add(SLANT, SLANTED);
  add(DEPICTION, SLANTED);
  add(PARTISAN, PART);
  evaluativeTable = table;
  return table;
}

// The closed-class cue lists merged into one table of bit flags, so each word is looked up once
// rather than once per list (the answers are those of the lists' own has()).
const C_WEASEL = 1 << 0;
const C_STANCE_SUBJECT = 1 << 1;
const C_FIRST_SINGULAR = 1 << 2;
const C_FIRST_PLURAL = 1 << 3;
const C_SECOND_PERSON = 1 << 4;
const C_OBLIGATION = 1 << 5;
const C_EPISTEMIC = 1 << 6;
const C_BOOSTER = 1 << 7;
const C_ABSOLUTE = 1 << 8;
const C_NEGATION = 1 << 9;
const C_CONTRAST = 1 << 10;
const C_ARGUMENT = 1 << 11;
const C_DEGREE = 1 << 12;
const C_SAYING = 1 << 13;
const C_JUDGING = 1 << 14;
const C_TIME = 1 << 15;
const C_UNIT = 1 << 16;
const C_REPORT = 1 << 17;
const C_INSTITUTION = 1 << 18;
const C_THIRD_PLURAL = 1 << 19;
const C_GENERIC = 1 << 20;
const C_DEIXIS = 1 << 21;
const C_COPULA = 1 << 22;
const C_INTENSIFIER = 1 << 23;

let cueTable: Map<string, number> | undefined;
/** Built on first use, not at import time. */
function cueFlags(): Map<string, number> {
  if (cueTable) return cueTable;
  const table = new Map<string, number>();
  const lists: [Set<string>, number][] = [
    [WEASEL, C_WEASEL],
    [FIRST_PERSON_SUBJECTS, C_STANCE_SUBJECT],
    [FIRST_SINGULAR, C_FIRST_SINGULAR],
    [FIRST_PLURAL, C_FIRST_PLURAL],
    [SECOND_PERSON, C_SECOND_PERSON],
    [OBLIGATION, C_OBLIGATION],
    [EPISTEMIC, C_EPISTEMIC],
    [BOOSTERS, C_BOOSTER],
    [ABSOLUTES, C_ABSOLUTE],
    [NEGATION, C_NEGATION],
    [CONTRAST, C_CONTRAST],
    [ARGUMENT, C_ARGUMENT],
    [DEGREE_WORDS, C_DEGREE],
    [SAYING, C_SAYING],
    [JUDGING_VERBS, C_JUDGING],
    [TIME_WORDS, C_TIME],
    [UNIT_WORDS, C_UNIT],
    [REPORT_WORDS, C_REPORT],
    [INSTITUTION_WORDS, C_INSTITUTION],
    [THIRD_PLURAL, C_THIRD_PLURAL],
    [GENERIC_GROUPS, C_GENERIC],
    [DEIXIS, C_DEIXIS],
    [COPULA, C_COPULA],
    [INTENSIFIERS, C_INTENSIFIER],
  ];
  for (const [words, flag] of lists) for (const w of words) table.set(w, (table.get(w) ?? 0) | flag);
  cueTable = table;
  return table;
}

/** What extractFeatures reads of one lower-case word; depends on the word alone. */
interface WordEntry {
  /** Evaluative flags, inflections looked through (lookup). */
  flags: number;
  /** Closed-class cue flags; C_NEGATION also for any "n't" word. */
  cue: number;
  /** Summed int8 learned scores and how many table words they are (0: the table knows none). */
  part: number;
  n: number;
  /** The strongest int8 loaded reading ('word-peak') among those table words; -128 when none. */
  peak: number;
  superlative: boolean;
  lyAdverb: boolean;
}

/** Words seen so far, so a word's lookups (with their inflection variants) are done once. */
const WORD_MEMO_MAX = 50_000;
let wordMemo = new Map<string, WordEntry>();
let wordMemoFor: WordTable | undefined;

function wordEntry(w: string, learned: WordTable): WordEntry {
  if (wordMemoFor !== learned) {
    wordMemo = new Map();
    wordMemoFor = learned;
  }
  const known = wordMemo.get(w);
  if (known) return known;
  const table = evaluative();
  let part = 0;
  let n = 0;
  let peak = -128;
  const slot = slotOf(learned, w);
  if (slot >= 0) {
    part = learned.scores[slot]!;
    peak = learned.peaks[slot]!;
    n = 1;
  } else {
    for (const key of wordKeys(w, (k) => slotOf(learned, k) >= 0)) {
      const at = slotOf(learned, key);
      part += learned.scores[at]!;
      peak = Math.max(peak, learned.peaks[at]!);
      n++;
    }
  }
  let cue = cueFlags().get(w) ?? 0;
  if (w.endsWith("n't")) cue |= C_NEGATION;
  const entry: WordEntry = {
    flags: lookup(w, table) ?? 0,
    cue,
    part,
    n,
    peak,
    superlative:
      cue & C_DEGREE
        ? w.endsWith('st')
        : w.length > 5 &&
          NOT_SUPERLATIVE_SUFFIX.test(w) &&
          !NOT_SUPERLATIVE.has(w) &&
          ((lookup(w.slice(0, -3), table) ?? 0) & JUDGEMENT) !== 0,
    lyAdverb:
      w.length > 4 && w.endsWith('ly') && !(cue & (C_BOOSTER | C_INTENSIFIER)) && !LY_NOT_ADVERB.has(w),
  };
  if (wordMemo.size >= WORD_MEMO_MAX) wordMemo.clear();
  wordMemo.set(w, entry);
  return entry;
}

const STARTS_NUMBER = /^\p{N}/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** STARTS_NUMBER.test(w), with no pattern run when the word opens with an ASCII unit. */
function startsNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 48 && c <= 57 : STARTS_NUMBER.test(w);
}

/** STARTS_UPPER.test(w), with no pattern run when the word opens with an ASCII unit. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : STARTS_UPPER.test(w);
}

const SCARE_QUOTE_MAX_WORDS = 4;
const NOT_SUPERLATIVE = new Set(['best', 'west', 'rest', 'test', 'interest', 'protest', 'request', 'honest']);
const NOT_SUPERLATIVE_SUFFIX = /(?:est)$/;

/**
 * Whether a loaded term is the source's word (inside a quotation) rather than the writer's.
 * Scare quotes are the writer's own marks around a word, so they always count.
 */
export function insideQuote(m: LoadedMatch, quoted: { start: number; end: number }[]): boolean {
  if (m.category === 'scare-quote') return false;
  for (const q of quoted) if (q.start <= m.start && m.end <= q.end) return true;
  return false;
}

/** Whether a verb of framing ("think", "suspect", "sure") follows within `span` words, outside quotation. */
function framedWithin(toks: Tok[], from: number, span: number): boolean {
  let seen = 0;
  for (let j = from; j < toks.length && seen < span; j++) {
    const t = toks[j]!;
    if (!t.word) continue;
    seen++;
    if (t.quoted) return false;
    if (FRAMING_VERBS.has(t.lower) || FRAMING_VERBS.has(t.lower.replace(/s$/, ''))) return true;
  }
  return false;
}

/**
 * Sees every letter word as the learned word scores see it (lower case, curly apostrophe made
 * straight), with whether it is inside a quotation; the trainer uses it to build the same means.
 */
export type WordVisitor = (lower: string, quoted: boolean, named: boolean) => void;

const countsBuffer = new Float64Array(FEATURES.length);
// Zeros held as doubles (filled with a fraction first), copied for each sentence: an array filled
// with 0 holds small integers and is copied again when its first fraction is stored, and a typed
// array this long has its own off-heap store.
const ZERO_VALUES: number[] = Array.from({ length: FEATURES.length }, () => 0.5).fill(0);

/**
 * Counts one cue of feature `name` at token `t` (in the scratch counts of extractFeatures).
 * A module function, not a closure made per sentence.
 */
function hit(hits: FeatureHit[], name: string, t: Tok): void {
  const f = F(name);
  countsBuffer[f]! += 1;
  hits.push({ feature: f, start: t.start, end: t.end, text: t.text });
}

/** Feature values and cue spans for one sentence. */
export function extractFeatures(input: FeatureInput, visit?: WordVisitor): Features {
  const { text, voice, quoted, loaded } = input;
  // Counts live only in this call: a scratch buffer (nothing this calls comes back here).
  const counts = countsBuffer.fill(0);
  const values = ZERO_VALUES.slice();
  const hits: FeatureHit[] = [];
  const toks = tokens(text, quoted);
  const learned = opinionWords();
  const learnedWords: LearnedWord[] = [];
  // The strongest loaded reading among the learned words (int8 steps), and its word.
  let peakReading = -128;
  let peakTok: Tok | undefined;

  let words = 0;
  let firstWord: Tok | undefined;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const next = toks[k + 1]?.lower;
    if (!t.word) {
      if (!t.quoted) hit(hits, 'aside', t);
      continue;
    }
    words++;
    firstWord ??= t;
    const w = t.lower;
    if (startsNumber(w)) {
      hit(hits, 'number', t);
      continue;
    }
    // A capitalised word inside the sentence is a name ("Islamists", "Firefox"): it names what
    // the sentence is about, so it is never the sentence's loaded word ('word-peak').
    const named = t !== firstWord && startsUpper(t.text);
    visit?.(w, t.quoted, named);
    const e = wordEntry(w, learned);
    if ((learned.quoted || !t.quoted) && e.n > 0) {
      learnedWords.push({ start: t.start, end: t.end, text: t.text, score: e.part * learned.scale, n: e.n });
      if (e.peak > peakReading && !named) {
        peakReading = e.peak;
        peakTok = t;
      }
    }
    if (t.quoted) {
      if (e.flags & JUDGEMENT) hit(hits, 'quoted-subjective', t);
      continue;
    }
    const flags = e.flags;
    if (flags & NEG) hit(hits, 'negative-judgement', t);
    else if (flags & POS) hit(hits, 'positive-judgement', t);
    else if (flags & GRADE) hit(hits, 'grading', t);
    if (flags & ATT) hit(hits, 'attitude', t);
    else if (flags & SLANTED) hit(hits, 'slant', t);
    if (flags & PART) hit(hits, 'partisan', t);
    const cue = e.cue;
    if (cue & C_WEASEL) hit(hits, 'weasel', t);
    if (cue & C_STANCE_SUBJECT && (w !== 'i' || t.text === 'I') && framedWithin(toks, k + 1, 3))
      hit(hits, 'first-person-stance', t);
    if (cue & C_FIRST_SINGULAR) hit(hits, 'first-person', t);
    else if (cue & C_FIRST_PLURAL) hit(hits, 'first-plural', t);
    else if (cue & C_SECOND_PERSON) hit(hits, 'second-person', t);
    if (cue & C_OBLIGATION) hit(hits, 'obligation', t);
    if (cue & C_EPISTEMIC) hit(hits, 'epistemic', t);
    if (cue & C_BOOSTER) hit(hits, 'booster', t);
    if (cue & C_ABSOLUTE) hit(hits, 'absolute', t);
    if (cue & C_NEGATION) hit(hits, 'negation', t);
    if (cue & C_CONTRAST) hit(hits, 'contrast', t);
    if (cue & C_ARGUMENT) hit(hits, 'argument', t);
    if (e.superlative) hit(hits, 'superlative', t);
    // (A name such as "the United States" is no verb of saying.)
    if (cue & C_SAYING && !named) hit(hits, 'saying-verb', t);
    if (cue & C_JUDGING) hit(hits, 'judging-verb', t);
    if (cue & C_TIME && (w !== 'may' || startsUpper(t.text))) hit(hits, 'time', t);
    if (cue & C_UNIT) hit(hits, 'unit', t);
    if (cue & C_REPORT) hit(hits, 'report-word', t);
    if (cue & C_INSTITUTION) hit(hits, 'institution', t);
    if (cue & C_THIRD_PLURAL) hit(hits, 'third-plural', t);
    if (
      (w === 'like' && (next === 'a' || next === 'an')) ||
      (w === 'as' && (next === 'if' || next === 'though'))
    )
      hit(hits, 'simile', t);
    if (named && !(cue & C_FIRST_SINGULAR)) hit(hits, 'proper-name', t);
    if (cue & C_GENERIC) hit(hits, 'generic-group', t);
    if (cue & C_DEIXIS) hit(hits, 'deixis', t);
    if (cue & C_COPULA) hit(hits, 'copula', t);
    if (e.lyAdverb) hit(hits, 'ly-adverb', t);
  }

  // Scare quotes: a short quoted run that is not a full quotation of someone's words.
  for (const q of quoted) {
    const inner = text.slice(q.start, q.end);
    const n = inner.trim().split(/\s+/).filter(Boolean).length;
    if (n > 0 && n <= SCARE_QUOTE_MAX_WORDS && q.end - q.start < text.length * 0.5) {
      counts[F('scare-quote')]!++;
      hits.push({ feature: F('scare-quote'), start: q.start, end: q.end, text: inner });
    }
  }
  let quotedChars = 0;
  for (const q of quoted) quotedChars += q.end - q.start;
  const share = text.length ? Math.min(1, quotedChars / text.length) : 0;

  for (const m of loaded) {
    const f = INDEX.get(`loaded:${m.category}`);
    if (f === undefined || insideQuote(m, quoted)) continue;
    counts[f]!++;
    hits.push({ feature: f, start: m.start, end: m.end, text: m.text, explain: m.note || undefined });
  }

  const trimmed = text.trimEnd();
  const last = trimmed.replace(/["'”’)\]]+$/, '').slice(-1);
  const isQuestion = last === '?';
  values[F('question')] = isQuestion ? 1 : 0;
  values[F('rhetorical-question')] =
    isQuestion && share < 0.5 && firstWord !== undefined && QUESTION_WORDS.has(firstWord.lower) ? 1 : 0;
  values[F('exclamation')] = last === '!' || (!isQuestion && trimmed.includes('!')) ? 1 : 0;
  values[F('quoted-share')] = share;
  values[F('all-quoted')] = share > 0.8 ? 1 : 0;
  values[F('length')] = Math.log1p(words) / 4;
  values[F('imperative')] =
    firstWord && share < 0.5 && /^\p{Lu}/u.test(firstWord.text) && IMPERATIVE_OPENERS.has(firstWord.lower)
      ? 1
      : 0;
  // (A named cue, so a heading that tells the reader what to do counts as one: "Beware the minibar".)
  if (values[F('imperative')] && firstWord)
    hits.push({ feature: F('imperative'), start: firstWord.start, end: firstWord.end, text: firstWord.text });
  values[F('attributed')] = voice === 'outlet' ? 0 : 1;
  const part = learnedPart(learnedWords);
  values[F('word-scores')] = part.value;
  hits.push(...part.hits);
  if (peakTok && learned.peakScale > 0) {
    values[F('word-peak')] = 1 / (1 + Math.exp(-peakReading * learned.peakScale));
    hits.push({ feature: F('word-peak'), start: peakTok.start, end: peakTok.end, text: peakTok.text });
  }
  // Marks behind flag features, so the hover card can point at them.
  markFlag(text, values, hits, 'question', '?');
  markFlag(text, values, hits, 'rhetorical-question', '?');
  markFlag(text, values, hits, 'exclamation', '!');

  for (const i of COUNT_FEATURES) values[i] = Math.log1p(counts[i]!);
  return { values, hits, learned: learnedWords };
}

/** The indices of the count features (squashed with log1p). */
const COUNT_FEATURES: number[] = FEATURES.flatMap((f, i) => (f.kind === 'count' ? [i] : []));

/** A hit on the last `ch` of the text when flag feature `name` is set. */
function markFlag(text: string, values: number[], hits: FeatureHit[], name: string, ch: string): void {
  const at = text.lastIndexOf(ch);
  if (values[F(name)] && at >= 0) hits.push({ feature: F(name), start: at, end: at + 1, text: ch });
}
