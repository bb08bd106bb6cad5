/**
 * The learned part of tone towards a target: a small logistic model (negative / neutral /
 * positive) over the words around the mention. Each word's pull is read from a compact table
 * fitted by `npx tsx lib/cli/train/tone.ts` on NewsMTSC train: per word and slot (whole sentence,
 * before the mention, after it), how much it moves the odds of negative and of positive against
 * neutral. The fitter derives those numbers from pretrained word vectors, so words never seen in
 * training still carry what their neighbours in the vector space carry; only the table ships.
 *
 * Linear in the sentence: the sentence slot is summed once, the before/after slots look at most
 * WINDOW words either side of each mention.
 */
import {
  type ContextSettings,
  DEFAULT_CONTEXT,
  mentionSpan,
  TONE_SLOTS,
  toneWords,
  WINDOW,
} from './tone-context';
import { TONE_TABLE } from './tone-table';

/** Columns per word: for each slot, the pull towards negative and towards positive. */
const COLUMNS = TONE_SLOTS.length * 2;

interface Loaded {
  rows: Map<string, number>;
  values: Float32Array;
  settings: ContextSettings;
}

let loaded: Loaded | undefined;

function decode(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

function table(): Loaded {
  if (loaded) return loaded;
  const words = TONE_TABLE.words.split(' ');
  const raw = decode(TONE_TABLE.values);
  const values = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) values[i] = raw[i]! * TONE_TABLE.scales[i % COLUMNS]!;
  const rows = new Map<string, number>();
  for (let i = 0; i < words.length; i++) rows.set(words[i]!, i * COLUMNS);
  loaded = { rows, values, settings: { ...DEFAULT_CONTEXT, ...TONE_TABLE.settings } };
  return loaded;
}

/** The model's reading of one mention. */
export interface MentionTone {
  /** Probabilities of negative, neutral, positive. */
  probs: [number, number, number];
  /** The class chosen. */
  polarity: -1 | 0 | 1;
  /** -1..+1, 0 exactly when neutral: the class's sign times how sure the model is (at least 0.2). */
  score: number;
}

/** The class and score from logits of negative and positive against neutral (0). */
export function fromLogits(neg: number, pos: number): MentionTone {
  const m = Math.max(neg, pos, 0);
  const en = Math.exp(neg - m);
  const ep = Math.exp(pos - m);
  const e0 = Math.exp(-m);
  const z = en + ep + e0;
  const probs: [number, number, number] = [en / z, e0 / z, ep / z];
  const polarity: -1 | 0 | 1 = probs[0] > probs[1] && probs[0] >= probs[2] ? -1 : probs[2] > probs[1] ? 1 : 0;
  const score = polarity === 0 ? 0 : polarity * Math.max(0.2, Math.abs(probs[2] - probs[0]));
  return { probs, polarity, score: Math.round(score * 1000) / 1000 };
}

/** Extra evidence the rules found for this mention (interpretable features with fitted weights). */
export interface ToneExtras {
  /** The lexicon cues bound to this mention by the rules in tone.ts (summed polarity, unclamped). */
  cue?: number;
}

/**
 * A reader for one sentence: call it with a mention's offsets (into the same text) to get the
 * model's tone towards it. The sentence is read once, however many mentions it names.
 */
export function toneReader(text: string): (from: number, to: number, extras?: ToneExtras) => MentionTone {
  const t = table();
  const words = toneWords(text, t.settings);
  // Each word's table row (-1 when it has none) and its weight (less under a negation). Plain
  // arrays: a sentence's pair of typed arrays cost more to make than the reads they speed up.
  const rowOf: number[] = [];
  const neg: number[] = [];
  for (let i = 0; i < words.length; i++) {
    rowOf.push(t.rows.get(words[i]!.w) ?? -1);
    neg.push(words[i]!.negated ? t.settings.negation : 1);
  }
  const v = t.values;
  let sumN = 0;
  let sumP = 0;
  for (let i = 0; i < words.length; i++) {
    const r = rowOf[i]!;
    if (r < 0) continue;
    sumN += v[r]! * neg[i]!;
    sumP += v[r + 1]! * neg[i]!;
  }
  return (from, to, extras = {}) => {
    const { first, last } = mentionSpan(words, from, to);
    let inN = 0;
    let inP = 0;
    for (let i = first; i <= last; i++) {
      const r = rowOf[i]!;
      if (r < 0) continue;
      inN += v[r]! * neg[i]!;
      inP += v[r + 1]! * neg[i]!;
    }
    const outside = words.length - (last - first + 1);
    const mean = outside > 0 ? 1 / outside : 0;
    let ln = TONE_TABLE.bias[0]! + (sumN - inN) * mean;
    let lp = TONE_TABLE.bias[1]! + (sumP - inP) * mean;
    // Before the mention: columns 2-3; after it: columns 4-5; weight falls with distance.
    for (let i = Math.max(0, first - WINDOW); i < first; i++) {
      const r = rowOf[i]!;
      if (r < 0) continue;
      const k = Math.exp(-(first - i - 1) / t.settings.decay) * neg[i]!;
      ln += v[r + 2]! * k;
      lp += v[r + 3]! * k;
    }
    for (let i = last + 1; i < Math.min(words.length, last + 1 + WINDOW); i++) {
      const r = rowOf[i]!;
      if (r < 0) continue;
      const k = Math.exp(-(i - last - 1) / t.settings.decay) * neg[i]!;
      ln += v[r + 4]! * k;
      lp += v[r + 5]! * k;
    }
    const cue = extras.cue ?? 0;
    ln += TONE_TABLE.cue[0]! * cue;
    lp += TONE_TABLE.cue[1]! * cue;
    return fromLogits(ln, lp);
  };
}

/** The model's tone towards the mention at [from, to) of one sentence. */
export function mentionTone(text: string, from: number, to: number, extras?: ToneExtras): MentionTone {
  return toneReader(text)(from, to, extras);
}
