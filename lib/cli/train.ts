/**
 * Fits the opinion model (lib/analysis/model-weights.ts): L2-regularised logistic regression by
 * Newton's method over the features of lib/analysis/features.ts, classes weighted to balance.
 * The ridge strength is chosen by cross-validated log-loss on the training set only.
 *
 *   npm exec tsx lib/cli/train.ts             fit on CheckThat train, report, do not write
 *   npm exec tsx lib/cli/train.ts -- --write  ... and write lib/analysis/model-weights.ts
 *   --babe                                    also fit on BABE (reports leave-one-outlet-out CV)
 *
 * Reads ../shared/corpora (or SLANTWISE_CORPORA); nothing from the corpora is written out except
 * one weight per named feature.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFeatures, FEATURES } from '../analysis/features';
import type { Model } from '../analysis/model';
import { prepareSentence } from '../analysis/sentence';
import { corporaDir } from './eval/corpora';
import { binaryScores, corpusFiles, type Labelled, readBabe, readCheckThat } from './eval/sentences';

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

function crossValidate(data: Row[], lambda: number, folds: (r: Row, i: number) => number, k: number) {
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
function fold(i: number, repeat: number, k: number): number {
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
  const withBabe = process.argv.includes('--babe');
  const ctTrain = rows(readCheckThat(files.checkthatTrain));
  const ctDev = rows(readCheckThat(files.checkthatDev));
  const babe = rows(readBabe(files.babe));
  const outlets = [...new Set(babe.map((r) => r.group))];

  const lambdas = [0.3, 1, 3, 10, 30];
  // Ridge strength by held-out log-loss over 3 repeats of 5-fold CV: smoother than macro-F1,
  // whose differences between settings are mostly noise on 830 sentences.
  const cvs = lambdas.map((lambda) => {
    let f1 = 0;
    let loss = 0;
    for (let rep = 0; rep < CV_REPEATS; rep++) {
      const cv = crossValidate(ctTrain, lambda, (_r, i) => fold(i, rep, 5), 5);
      f1 += cv.macroF1 / CV_REPEATS;
      loss += cv.logLoss / CV_REPEATS;
    }
    console.log(`lambda=${lambda}: CheckThat train CV macro-F1 ${f1.toFixed(3)} log-loss ${loss.toFixed(4)}`);
    return { lambda, f1, loss };
  });
  const best = cvs.reduce((a, b) => (b.loss < a.loss ? b : a));
  const training = withBabe ? [...ctTrain, ...babe] : ctTrain;
  const beta = fitLogistic(training, best.lambda);
  const dev = binaryScores(
    ctDev.map((r) => r.y === 1),
    predict(beta, ctDev, true),
  );
  const devAny = binaryScores(
    ctDev.map((r) => r.y === 1),
    predict(beta, ctDev, false),
  );
  console.log(`fitted on ${withBabe ? 'CheckThat train + BABE' : 'CheckThat train'}, lambda=${best.lambda}`);
  console.log(
    `CheckThat dev macro-F1 ${dev.macroF1.toFixed(3)} (outlet voice), ${devAny.macroF1.toFixed(3)} (any voice)`,
  );
  const babeOpinion = binaryScores(
    babe.map((r) => r.y === 1),
    predict(beta, babe, false),
  );
  console.log(
    `BABE opinion>=0.5 macro-F1 ${babeOpinion.macroF1.toFixed(3)}${withBabe ? ' (in-sample)' : ''}`,
  );
  if (withBabe) {
    const cv = crossValidate(
      [...babe, ...ctTrain],
      best.lambda,
      (r) => (r.group === undefined ? -1 : outlets.indexOf(r.group)),
      outlets.length,
    );
    console.log(`BABE leave-one-outlet-out (CheckThat train always in) macro-F1 ${cv.macroF1.toFixed(3)}`);
  }
  const model: Model = {
    bias: round(beta[0]!),
    weights: Object.fromEntries(FEATURES.map((f, i) => [f.name, round(beta[i + 1]!)])),
  };
  for (const [name, w] of Object.entries(model.weights).sort((a, b) => b[1] - a[1]))
    console.log(`  ${w >= 0 ? ' ' : ''}${w.toFixed(3)}  ${name}`);
  if (process.argv.includes('--write')) {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
    const what = withBabe
      ? 'CheckThat train_en.tsv (830) + BABE-MBIC (1,699)'
      : 'CheckThat train_en.tsv (830 sentences)';
    const body =
      `/**\n * Fitted by lib/cli/train.ts${withBabe ? ' --babe' : ''} on ${what}; L2 lambda ${best.lambda}\n` +
      ' * (by CV log-loss on the training set), classes balanced. One weight per named feature.\n */\n' +
      `import type { Model } from './model';\n\nexport const MODEL: Model = ${JSON.stringify(model, null, 2)};\n`;
    writeFileSync(join(root, 'lib', 'analysis', 'model-weights.ts'), body);
    console.log('wrote lib/analysis/model-weights.ts');
  }
}

const CV_REPEATS = 3;
const round = (x: number) => Math.round(x * 1000) / 1000;

if (process.argv[1] && /train\.ts$/.test(process.argv[1])) main();
