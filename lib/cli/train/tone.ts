/**
 * Fits the learned tone-towards-a-target model on NewsMTSC train (../shared/corpora/newsmtsc) and
 * writes lib/analysis/tone-table.ts: per word of a fixed vocabulary, its pull towards negative and
 * positive in each context slot (see tone-context.ts), derived from pretrained word vectors.
 *
 * The model: multinomial logistic regression (negative / neutral / positive, balanced class
 * weights, L2) over [sentence mean, distance-weighted words before, after] of 100-d vectors plus
 * the rules' lexicon cue bound to the mention. Because each slot is a weighted sum of word vectors,
 * the fitted weights fold into per-word numbers (weights · vector), which is all that ships.
 * Deterministic: fixed vocabulary order, full-batch optimisation, folds by order of first sight.
 *
 *   npx tsx lib/cli/train/tone.ts            # cross-validated figures on train, dev figure
 *   npx tsx lib/cli/train/tone.ts --write    # also write lib/analysis/tone-table.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ContextSettings,
  DEFAULT_CONTEXT,
  slotWeights,
  TONE_SLOTS,
  toneWords,
} from '../../analysis/tone-context';
import { mentionCue } from '../../analysis/tone-mention';
import { corporaDir } from '../eval/data-dir';
import { fitNameWords, nameWordsSource } from './names';
import { loadVectors, releaseVectors, VECTOR_DIMENSIONS, vectorVocabulary } from './vectors';

export interface ToneRow {
  sentence: string;
  mention: string;
  from: number;
  to: number;
  polarity: -1 | 0 | 1;
}

export function readToneRows(file: string): ToneRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ToneRow);
}

export const cueFor = mentionCue;

const D = VECTOR_DIMENSIONS;
const SLOTS = TONE_SLOTS.length;
/** Columns: the slots' vectors, then the cue. */
const WIDTH = SLOTS * D + 1;

export interface Fitted {
  /** Logit weights of negative and positive against neutral, per column (after un-standardising). */
  w: [Float64Array, Float64Array];
  b: [number, number];
}

function features(
  rows: ToneRow[],
  vectors: Map<string, Float32Array>,
  settings: ContextSettings,
  cues: number[],
): Float64Array {
  const X = new Float64Array(rows.length * WIDTH);
  rows.forEach((r, n) => {
    const words = toneWords(r.sentence, settings);
    const weights = slotWeights(words, r.from, r.to, settings);
    const base = n * WIDTH;
    words.forEach((w, i) => {
      const v = vectors.get(w.w);
      if (!v) return;
      for (let s = 0; s < SLOTS; s++) {
        const k = weights[s]![i]!;
        if (!k) continue;
        const off = base + s * D;
        for (let d = 0; d < D; d++) X[off + d]! += k * v[d]!;
      }
    });
    X[base + SLOTS * D] = cues[n]!;
  });
  return X;
}

const label = (p: number) => p + 1; // -1,0,1 -> 0,1,2

/**
 * Multinomial logistic regression, neutral's logit fixed at 0 (two free rows), balanced class
 * weights, L2 on weights. Columns standardised inside; returned weights act on raw columns.
 */
export function fitLogistic(
  X: Float64Array,
  y: number[],
  idx: number[],
  lambda: number,
  iters = 300,
): Fitted {
  const n = idx.length;
  const mu = new Float64Array(WIDTH);
  const sd = new Float64Array(WIDTH);
  for (const i of idx) for (let j = 0; j < WIDTH; j++) mu[j]! += X[i * WIDTH + j]! / n;
  for (const i of idx) for (let j = 0; j < WIDTH; j++) sd[j]! += (X[i * WIDTH + j]! - mu[j]!) ** 2 / n;
  for (let j = 0; j < WIDTH; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const Z = new Float64Array(n * WIDTH);
  idx.forEach((i, r) => {
    for (let j = 0; j < WIDTH; j++) Z[r * WIDTH + j] = (X[i * WIDTH + j]! - mu[j]!) / sd[j]!;
  });
  const counts = [0, 0, 0];
  for (const i of idx) counts[label(y[i]!)]!++;
  const cw = counts.map((c) => (c ? n / (3 * c) : 0));
  // Parameters: two rows (negative, positive) of WIDTH weights + bias. Adam, full batch.
  const P = 2 * (WIDTH + 1);
  const theta = new Float64Array(P);
  const m1 = new Float64Array(P);
  const m2 = new Float64Array(P);
  const g = new Float64Array(P);
  const lr = 0.05;
  for (let t = 1; t <= iters; t++) {
    g.fill(0);
    for (let r = 0; r < n; r++) {
      const off = r * WIDTH;
      let a = theta[WIDTH]!;
      let b = theta[2 * WIDTH + 1]!;
      for (let j = 0; j < WIDTH; j++) {
        const z = Z[off + j]!;
        a += theta[j]! * z;
        b += theta[WIDTH + 1 + j]! * z;
      }
      const m = Math.max(a, b, 0);
      const ea = Math.exp(a - m);
      const eb = Math.exp(b - m);
      const e0 = Math.exp(-m);
      const s = ea + eb + e0;
      const c = label(y[idx[r]!]!);
      const w = cw[c]! / n;
      const da = (ea / s - (c === 0 ? 1 : 0)) * w;
      const db = (eb / s - (c === 2 ? 1 : 0)) * w;
      for (let j = 0; j < WIDTH; j++) {
        const z = Z[off + j]!;
        g[j]! += da * z;
        g[WIDTH + 1 + j]! += db * z;
      }
      g[WIDTH]! += da;
      g[2 * WIDTH + 1]! += db;
    }
    for (let j = 0; j < WIDTH; j++) {
      g[j]! += lambda * theta[j]!;
      g[WIDTH + 1 + j]! += lambda * theta[WIDTH + 1 + j]!;
    }
    for (let p = 0; p < P; p++) {
      m1[p] = 0.9 * m1[p]! + 0.1 * g[p]!;
      m2[p] = 0.999 * m2[p]! + 0.001 * g[p]! ** 2;
      const mh = m1[p]! / (1 - 0.9 ** t);
      const vh = m2[p]! / (1 - 0.999 ** t);
      theta[p]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const w: [Float64Array, Float64Array] = [new Float64Array(WIDTH), new Float64Array(WIDTH)];
  const b: [number, number] = [theta[WIDTH]!, theta[2 * WIDTH + 1]!];
  for (let k = 0; k < 2; k++) {
    const off = k * (WIDTH + 1);
    for (let j = 0; j < WIDTH; j++) {
      w[k]![j] = theta[off + j]! / sd[j]!;
      b[k]! -= (theta[off + j]! * mu[j]!) / sd[j]!;
    }
  }
  return { w, b };
}

export function predict(f: Fitted, X: Float64Array, i: number): -1 | 0 | 1 {
  let a = f.b[0];
  let b = f.b[1];
  for (let j = 0; j < WIDTH; j++) {
    a += f.w[0][j]! * X[i * WIDTH + j]!;
    b += f.w[1][j]! * X[i * WIDTH + j]!;
  }
  return a > 0 && a >= b ? -1 : b > 0 ? 1 : 0;
}

/** Macro-F1 over the three classes, with per-class F1. */
export function macroF1(gold: number[], pred: number[]): { macro: number; f1: number[]; accuracy: number } {
  const f1 = [-1, 0, 1].map((c) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  const accuracy = gold.filter((g, i) => g === pred[i]).length / (gold.length || 1);
  return { macro: (f1[0]! + f1[1]! + f1[2]!) / 3, f1, accuracy };
}

/** Folds by sentence (all targets of one sentence in one fold), in order of first sight. */
export function sentenceFolds(rows: ToneRow[], k: number): number[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    let f = seen.get(r.sentence);
    if (f === undefined) {
      f = seen.size % k;
      seen.set(r.sentence, f);
    }
    return f;
  });
}

export interface ToneFitOptions {
  settings?: ContextSettings;
  lambda?: number;
  /** Most frequent words of the vector vocabulary shipped beside the training words. */
  topWords?: number;
  iters?: number;
  folds?: number;
  /** Vectors already loaded (a cache while iterating); else read from the package. */
  vectors?: Map<string, Float32Array>;
  log?: (line: string) => void;
}

export interface ToneFitResult {
  cv: { macro: number; f1: number[]; accuracy: number };
  /** The model fitted on all rows, and how it scores other rows (dev). */
  fit: Fitted;
  score: (rows: ToneRow[]) => { macro: number; f1: number[]; accuracy: number };
  vocabulary: string[];
  table: string;
  /** The vectors of the vocabulary (for the name-word fit that shares them). */
  vectors: Map<string, Float32Array>;
}

/** The vocabulary that ships: frequent words of the vectors plus every training word they know. */
export function toneVocabulary(rows: ToneRow[], topWords: number): string[] {
  const inTrain = new Set<string>();
  for (const r of rows) for (const w of toneWords(r.sentence)) inTrain.add(w.w);
  const out: string[] = [];
  const taken = new Set<string>();
  let frequent = 0;
  for (const w of vectorVocabulary()) {
    if (!/^[a-z][a-z0-9]*$/.test(w)) continue;
    const top = frequent < topWords;
    if (top) frequent++;
    if ((top || inTrain.has(w)) && !taken.has(w)) {
      taken.add(w);
      out.push(w);
    }
  }
  return out;
}

/** Fit, cross-validate, and build the table source. */
export function fitTone(rows: ToneRow[], opts: ToneFitOptions = {}): ToneFitResult {
  const settings = opts.settings ?? DEFAULT_CONTEXT;
  const lambda = opts.lambda ?? 0.03;
  const iters = opts.iters ?? 300;
  const k = opts.folds ?? 5;
  const log = opts.log ?? (() => {});
  const vocabulary = toneVocabulary(rows, opts.topWords ?? 30000);
  const all = opts.vectors ?? loadVectors(vocabulary);
  const vectors = new Map<string, Float32Array>();
  for (const w of vocabulary) {
    const v = all.get(w);
    if (v) vectors.set(w, v);
  }
  const cues = rows.map((r) => cueFor(r.sentence, r.from, r.to));
  const X = features(rows, vectors, settings, cues);
  const y = rows.map((r) => r.polarity);
  const folds = sentenceFolds(rows, k);
  const pred = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < k; f++) {
    const train = rows.map((_, i) => i).filter((i) => folds[i] !== f);
    const fit = fitLogistic(X, y, train, lambda, iters);
    rows.forEach((_, i) => {
      if (folds[i] === f) pred[i] = predict(fit, X, i);
    });
  }
  const cv = macroF1(y, pred);
  log(
    `cv ${k}-fold by sentence: macro-F1 ${cv.macro.toFixed(3)} (neg ${cv.f1.map((x) => x.toFixed(3)).join(' / ')} pos), accuracy ${cv.accuracy.toFixed(3)}`,
  );
  const fit = fitLogistic(
    X,
    y,
    rows.map((_, i) => i),
    lambda,
    iters,
  );
  const score = (other: ToneRow[]) => {
    const Xo = features(
      other,
      vectors,
      settings,
      other.map((r) => cueFor(r.sentence, r.from, r.to)),
    );
    return macroF1(
      other.map((r) => r.polarity),
      other.map((_, i) => predict(fit, Xo, i)),
    );
  };
  return { cv, fit, score, vocabulary, vectors, table: tableSource(fit, vocabulary, vectors, settings) };
}

/** Per word: weights · vector for each slot and class, quantised to int8 with a scale per column. */
function tableSource(
  fit: Fitted,
  vocabulary: string[],
  vectors: Map<string, Float32Array>,
  settings: ContextSettings,
): string {
  const COLS = SLOTS * 2;
  const kept = vocabulary.filter((w) => vectors.has(w));
  const vals = new Float64Array(kept.length * COLS);
  kept.forEach((w, r) => {
    const v = vectors.get(w)!;
    for (let s = 0; s < SLOTS; s++) {
      for (let c = 0; c < 2; c++) {
        let x = 0;
        for (let d = 0; d < D; d++) x += fit.w[c]![s * D + d]! * v[d]!;
        vals[r * COLS + s * 2 + c] = x;
      }
    }
  });
  const scales = Array.from({ length: COLS }, (_, c) => {
    let max = 0;
    for (let r = 0; r < kept.length; r++) max = Math.max(max, Math.abs(vals[r * COLS + c]!));
    return max / 127 || 1;
  });
  const bytes = new Uint8Array(vals.length);
  for (let i = 0; i < vals.length; i++) bytes[i] = Math.round(vals[i]! / scales[i % COLS]!) & 0xff;
  const b64 = Buffer.from(bytes).toString('base64');
  const num = (x: number) => Number(x.toPrecision(6));
  return `/**
 * Generated by \`npx tsx lib/cli/train/tone.ts --write\` (fitted on NewsMTSC train): per word, its
 * pull towards negative and positive tone (against neutral) in each context slot of tone-context.ts,
 * quantised to int8 (value = byte * scale of its column). Do not edit by hand.
 */
export const TONE_TABLE = {
  settings: { decay: ${settings.decay}, negation: ${settings.negation}, negationScope: ${settings.negationScope} },
  words:
    '${kept.join(' ')}',
  values:
    '${b64}',
  scales: [${scales.map(num).join(', ')}],
  bias: [${num(fit.b[0])}, ${num(fit.b[1])}],
  cue: [${num(fit.w[0][SLOTS * D]!)}, ${num(fit.w[1][SLOTS * D]!)}],
};
`;
}

export const NAME_WORDS_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'analysis',
  'names',
  'name-words.ts',
);
export const TONE_TABLE_FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'analysis',
  'tone-table.ts',
);

/** `npm run train` calls this: fit on NewsMTSC train, print the figures, write the table when asked. */
export function trainTone(
  write: boolean,
  log: (line: string) => void = console.log,
): ToneFitResult | undefined {
  const file = join(corporaDir(), 'newsmtsc', 'train.jsonl');
  if (!existsSync(file)) {
    log(`tone: no NewsMTSC at ${file}; nothing fitted.`);
    return undefined;
  }
  const rows = readToneRows(file);
  const out = fitTone(rows, { log });
  releaseVectors();
  log(`tone: ${rows.length} NewsMTSC train mentions, ${out.vocabulary.length} words in the table`);
  const names = fitNameWords([...new Set(rows.map((r) => r.sentence))], out.vocabulary, out.vectors, log);
  if (write) {
    writeFileSync(TONE_TABLE_FILE, out.table);
    log(`tone: wrote ${TONE_TABLE_FILE} (${(out.table.length / 1024).toFixed(0)} KB)`);
    const source = nameWordsSource(names.names);
    writeFileSync(NAME_WORDS_FILE, source);
    log(`names: wrote ${NAME_WORDS_FILE} (${(source.length / 1024).toFixed(0)} KB)`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  trainTone(process.argv.includes('--write'));
}
