/**
 * Fits the opinion model (lib/analysis/model-weights.ts): L2-regularised logistic regression by
 * Newton's method over the features of lib/analysis/features.ts, classes weighted to balance.
 * The ridge strength is chosen by cross-validated log-loss on the training set only.
 *
 * Training data: CheckThat train (SUBJ/OBJ) plus BABE-MBIC's opinion annotation (entirely factual
 * vs expresses the writer's opinion). CheckThat dev stays held out; BABE's bias label is never
 * fitted, and its score is also reported with the model refitted leaving each outlet out.
 *
 *   npx tsx lib/cli/train.ts            fit and report, do not write
 *   npx tsx lib/cli/train.ts --write    ... and write lib/analysis/model-weights.ts
 *
 * Reads ../shared/corpora (or SLANTWISE_CORPORA); nothing from the corpora is written out except
 * one weight per named feature.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFeatures, FEATURES } from '../analysis/features';
import type { Model } from '../analysis/model';
import { analyzeSentence, prepareSentence } from '../analysis/sentence';
import { corporaDir } from './eval/data-dir';
import {
  binaryScores,
  corpusFiles,
  type Labelled,
  parseCsv,
  readBabe,
  readCheckThat,
} from './eval/sentences';

export interface Row {
  x: number[];
  y: number;
  outlet: boolean;
  group?: string;
  /** Sample weight (default 1). */
  weight?: number;
}

export function rows(data: Labelled[]): Row[] {
  return data.map((d) => {
    const input = prepareSentence(d.text);
    return {
      x: extractFeatures(input).values,
      y: d.gold ? 1 : 0,
      outlet: input.voice === 'outlet',
      group: d.group,
    };
  });
}

/** Solve A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M: number[][] = A.map((r, i) => [...r, b[i]!]);
  const at = (r: number, c: number) => M[r]![c]!;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(at(r, c)) > Math.abs(at(p, c))) p = r;
    const pivot = M[p]!;
    M[p] = M[c]!;
    M[c] = pivot;
    const d = pivot[c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const row = M[r]!;
      const f = row[c]! / d;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) row[k]! -= f * pivot[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = at(r, n);
    for (let k = r + 1; k < n; k++) s -= at(r, k) * x[k]!;
    x[r] = s / (at(r, r) || 1e-12);
  }
  return x;
}

/** Logistic regression, bias unpenalised; returns [bias, ...weights]. */
export function fitLogistic(data: Row[], lambda: number, iterations = 25): number[] {
  const d = (data[0]?.x.length ?? FEATURES.length) + 1;
  let pos = 0;
  let total = 0;
  for (const r of data) {
    total += r.weight ?? 1;
    if (r.y === 1) pos += r.weight ?? 1;
  }
  const wPos = total / (2 * Math.max(1e-9, pos));
  const wNeg = total / (2 * Math.max(1e-9, total - pos));
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const r of data) {
      const x = [1, ...r.x];
      let z = 0;
      for (let i = 0; i < d; i++) z += beta[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const cw = (r.y ? wPos : wNeg) * (r.weight ?? 1);
      const e = cw * (p - r.y);
      const s = cw * p * (1 - p);
      for (let i = 0; i < d; i++) {
        const xi = x[i]!;
        if (xi === 0) continue;
        g[i]! += e * xi;
        const Hi = H[i]!;
        for (let j = 0; j < d; j++) Hi[j]! += s * xi * x[j]!;
      }
    }
    for (let i = 1; i < d; i++) {
      g[i]! += lambda * beta[i]!;
      H[i]![i]! += lambda;
    }
    H[0]![0]! += 1e-6;
    const step = solve(H, g);
    let change = 0;
    beta = beta.map((b, i) => {
      change = Math.max(change, Math.abs(step[i]!));
      return b - step[i]!;
    });
    if (change < 1e-6) break;
  }
  return beta;
}

export const prob = (beta: number[], x: number[]) => {
  let z = beta[0]!;
  for (let i = 0; i < x.length; i++) z += beta[i + 1]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
};

/** SUBJ/Biased predicted as the CLI would: opinion >= 0.5, in the outlet's voice when asked. */
function predict(beta: number[], data: Row[], outletOnly: boolean): boolean[] {
  return data.map((r) => prob(beta, r.x) >= 0.5 && (!outletOnly || r.outlet));
}

export function crossValidate(data: Row[], lambda: number, folds: (r: Row, i: number) => number, k: number) {
  const gold: boolean[] = [];
  const pred: boolean[] = [];
  let loss = 0;
  for (let f = 0; f < k; f++) {
    const train = data.filter((r, i) => folds(r, i) !== f);
    const test = data.filter((r, i) => folds(r, i) === f);
    if (!test.length || !train.length) continue;
    const beta = fitLogistic(train, lambda);
    gold.push(...test.map((r) => r.y === 1));
    pred.push(...predict(beta, test, true));
    for (const r of test) loss -= Math.log(Math.max(1e-9, r.y ? prob(beta, r.x) : 1 - prob(beta, r.x)));
  }
  return { ...binaryScores(gold, pred), logLoss: loss / gold.length };
}

/** A fixed pseudo-random fold for each row (xorshift on the index and the repeat): repeatable. */
export function fold(i: number, repeat: number, k: number): number {
  let x = (i + 1) * 2654435761 + repeat * 97531;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return (x >>> 0) % k;
}

function main() {
  const dir = corporaDir();
  if (!existsSync(dir)) {
    console.log(`train: no corpora at ${dir}; nothing to fit.`);
    return;
  }
  const files = corpusFiles(dir);
  const ctTrain = rows(readCheckThat(files.checkthatTrain));
  const ctDev = rows(readCheckThat(files.checkthatDev));
  const babeData = readBabe(files.babe);
  const babe = rows(babeData);
  // BABE's opinion annotation (not its bias label): news sentences judged "entirely factual" or
  // "expresses writer's opinion"; the middle grade is left out.
  const opinion = rows(readBabeOpinion(files.babe));
  const training = [...ctTrain, ...opinion];

  const lambdas = [0.3, 1, 3, 10, 30];
  // Ridge strength by held-out log-loss over repeated 5-fold CV on the training rows: smoother
  // than macro-F1, whose differences between settings are mostly noise at this size.
  const cvs = lambdas.map((lambda) => {
    let f1 = 0;
    let loss = 0;
    for (let rep = 0; rep < CV_REPEATS; rep++) {
      const cv = crossValidate(training, lambda, (_r, i) => fold(i, rep, 5), 5);
      f1 += cv.macroF1 / CV_REPEATS;
      loss += cv.logLoss / CV_REPEATS;
    }
    console.log(`lambda=${lambda}: training CV macro-F1 ${f1.toFixed(3)} log-loss ${loss.toFixed(4)}`);
    return { lambda, f1, loss };
  });
  const best = cvs.reduce((a, b) => (b.loss < a.loss ? b : a));
  const beta = fitLogistic(training, best.lambda);
  const gold = (rs: Row[]) => rs.map((r) => r.y === 1);
  const dev = binaryScores(gold(ctDev), predict(beta, ctDev, true));
  console.log(
    `fitted on CheckThat train (${ctTrain.length}) + BABE opinion labels (${opinion.length}), lambda=${best.lambda}`,
  );
  console.log(`CheckThat dev (held out) macro-F1 ${dev.macroF1.toFixed(3)}`);

  // BABE bias, judged as eval does (opinion >= 0.5 or a loaded term of the writer's), with the
  // model refitted without each outlet in turn: the honest figure, since BABE sentences trained it.
  const loaded = babeData.map((d) => analyzeSentence(d.text).loaded.length > 0);
  const outlets = [...new Set(babe.map((r) => r.group))];
  const g: boolean[] = [];
  const p: boolean[] = [];
  for (const o of outlets) {
    const b = fitLogistic([...ctTrain, ...opinion.filter((r) => r.group !== o)], best.lambda);
    babe.forEach((r, i) => {
      if (r.group !== o) return;
      g.push(r.y === 1);
      p.push(prob(b, r.x) >= 0.5 || loaded[i]!);
    });
  }
  const inSample = binaryScores(
    gold(babe),
    babe.map((r, i) => prob(beta, r.x) >= 0.5 || loaded[i]!),
  );
  console.log(
    `BABE bias macro-F1 ${inSample.macroF1.toFixed(3)} (final model), ${binaryScores(g, p).macroF1.toFixed(3)} (leave-one-outlet-out)`,
  );

  const model: Model = {
    bias: round(beta[0]!),
    weights: Object.fromEntries(FEATURES.map((f, i) => [f.name, round(beta[i + 1]!)])),
  };
  for (const [name, w] of Object.entries(model.weights).sort((a, b) => b[1] - a[1]))
    console.log(`  ${w >= 0 ? ' ' : ''}${w.toFixed(3)}  ${name}`);
  if (process.argv.includes('--write')) {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
    const body =
      '/**\n * Fitted by lib/cli/train.ts on CheckThat train_en.tsv (830 sentences, SUBJ/OBJ) and the opinion\n' +
      ` * annotation of BABE-MBIC (${opinion.length} sentences: entirely factual vs expresses the writer's opinion);\n` +
      ` * L2 lambda ${best.lambda} by CV log-loss on those, classes balanced. One weight per named feature.\n */\n` +
      `import type { Model } from './model';\n\nexport const MODEL: Model = ${modelSource(model)};\n`;
    writeFileSync(join(root, 'lib', 'analysis', 'model-weights.ts'), body);
    console.log('wrote lib/analysis/model-weights.ts');
  }
}

/** BABE-MBIC's label_opinion: "Entirely factual" -> false, "Expresses writer's opinion" -> true. */
/** The model as TypeScript in the project's style (biome: single quotes, bare keys where allowed). */
export function modelSource(model: Model): string {
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
  const lines = Object.entries(model.weights).map(([k, w]) => `    ${key(k)}: ${w},`);
  return `{\n  bias: ${model.bias},\n  weights: {\n${lines.join('\n')}\n  },\n}`;
}

export function readBabeOpinion(file: string): Labelled[] {
  const recs = parseCsv(readFileSync(file, 'utf8'));
  const head = recs[0] ?? [];
  const ti = head.indexOf('text');
  const oi = head.indexOf('label_opinion');
  const gi = head.indexOf('outlet');
  const out: Labelled[] = [];
  for (const r of recs.slice(1)) {
    const label = r[oi] ?? '';
    if (!label.startsWith('Entirely') && !label.startsWith('Expresses')) continue;
    out.push({ text: r[ti] ?? '', gold: label.startsWith('Expresses'), group: r[gi] });
  }
  return out;
}

const CV_REPEATS = 3;
const round = (x: number) => Math.round(x * 1000) / 1000;

if (process.argv[1] && /train\.ts$/.test(process.argv[1])) main();
