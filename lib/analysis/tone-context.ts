/**
 * The words around one mention, as the learned tone model reads them: lower-cased word forms
 * (contractions split: "didn’t" -> did + not), each with how much it counts in each context slot.
 * Shared by the fitter (lib/cli/train/tone.ts) and the runtime (tone-model.ts), so both read the
 * same words with the same weights.
 *
 * Slots: the whole sentence (a mean), the words before the mention and the words after it (each
 * weighted down with distance), so "criticised X" (the verb before) and "X criticised" (after)
 * weigh differently: the model learns which side a verb's judgement lands on. A word in the scope
 * of a negation ("did not praise") counts with a fixed factor (set, not learned).
 */

export interface ToneWord {
  /** Lower-case form looked up in the word table. */
  w: string;
  start: number;
  end: number;
  /** In the scope of a negator before it within the clause. */
  negated: boolean;
}

/** The slots, in the order of the word table's columns. */
export const TONE_SLOTS = ['sentence', 'before', 'after'] as const;
export type ToneSlot = (typeof TONE_SLOTS)[number];

export interface ContextSettings {
  /** Decay (in words) of the before/after weights: weight = exp(-(d - 1) / decay). */
  decay: number;
  /** Factor on a negated word's weight (negative flips it). */
  negation: number;
  /** How many words after a negator it reaches. */
  negationScope: number;
}

export const DEFAULT_CONTEXT: ContextSettings = { decay: 3, negation: -0.5, negationScope: 3 };

/** Words further than this from the mention count only in the sentence slot (exp(-WINDOW/3) is tiny). */
export const WINDOW = 24;

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'nobody',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
  'lack',
  'lacks',
  'lacked',
  'failed',
  'fails',
  'refused',
]);
const CLAUSE_PUNCT = /[,.;:!?()\u2013\u2014"“”]/;

/**
 * Adds word `w` (none when empty), negated when a negator stands at most `scope` words before it
 * in its clause; returns the index of the last negator (`lastNeg` when this word is none).
 */
function pushWord(
  out: ToneWord[],
  w: string,
  start: number,
  end: number,
  lastNeg: number,
  scope: number,
): number {
  if (!w) return lastNeg;
  const negated = lastNeg >= 0 && out.length - lastNeg <= scope;
  out.push({ w, start, end, negated });
  return NEGATORS.has(w) ? out.length - 1 : lastNeg;
}

/** The words of a text with their offsets; contractions and possessives normalised. */
export function toneWords(text: string, settings: ContextSettings = DEFAULT_CONTEXT): ToneWord[] {
  const out: ToneWord[] = [];
  let lastNeg = -1;
  let lastEnd = 0;
  const scope = settings.negationScope;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (lastNeg >= 0 && CLAUSE_PUNCT.test(text.slice(lastEnd, start))) lastNeg = -1;
    lastEnd = end;
    const w = m[0].toLowerCase().replace('’', "'");
    const apo = w.indexOf("'");
    if (apo <= 0) {
      lastNeg = pushWord(out, w, start, end, lastNeg, scope);
      continue;
    }
    const tail = w.slice(apo);
    if (w.endsWith("n't")) {
      const base = w.slice(0, -3);
      lastNeg = pushWord(
        out,
        base === 'ca' ? 'can' : base === 'wo' ? 'will' : base,
        start,
        end,
        lastNeg,
        scope,
      );
      lastNeg = pushWord(out, 'not', start, end, lastNeg, scope);
    } else if (
      tail === "'s" ||
      tail === "'re" ||
      tail === "'ll" ||
      tail === "'ve" ||
      tail === "'d" ||
      tail === "'m"
    )
      lastNeg = pushWord(out, w.slice(0, apo), start, end, lastNeg, scope);
    else lastNeg = pushWord(out, w.replace("'", ''), start, end, lastNeg, scope);
  }
  return out;
}

/**
 * Per word (not in the mention), its weight in each slot, for the mention at [from, to) of the
 * text the words came from. Words overlapping the mention get no weight.
 */
export function slotWeights(
  words: ToneWord[],
  from: number,
  to: number,
  settings: ContextSettings = DEFAULT_CONTEXT,
): Float64Array[] {
  const { first, last } = mentionSpan(words, from, to);
  const outside = words.length - (last - first + 1);
  const out: Float64Array[] = TONE_SLOTS.map(() => new Float64Array(words.length));
  const mean = outside ? 1 / outside : 0;
  for (let i = 0; i < words.length; i++) {
    if (i >= first && i <= last) continue;
    const t = words[i]!;
    const neg = t.negated ? settings.negation : 1;
    out[0]![i] = mean * neg;
    const d = i < first ? first - i - 1 : i - last - 1;
    if (d >= WINDOW) continue;
    out[i < first ? 1 : 2]![i] = Math.exp(-d / settings.decay) * neg;
  }
  return out;
}

/** The words a mention covers; a mention between words sits before the next word. */
export function mentionSpan(words: ToneWord[], from: number, to: number): { first: number; last: number } {
  // Binary search for the first word ending after `from`.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let last = lo - 1;
  for (let i = lo; i < words.length && words[i]!.start < to; i++) last = i;
  return { first: lo, last };
}
