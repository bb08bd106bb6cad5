/**
 * The opinion model: logistic regression over the interpretable features of features.ts, one of
 * which ('word-scores') is the mean of the learned per-word scores (opinion-words.ts).
 * Weights are fitted by `npm run train` (see model-weights.ts for what on) and looked up by
 * feature name, so adding a feature never shifts the others.
 */
import { FEATURES } from './features';
import { MODEL } from './model-weights';

export interface Model {
  bias: number;
  weights: Record<string, number>;
}

let vector: Float64Array | undefined;
/** Weights in FEATURES order, built on first use. */
export function weightVector(model: Model = MODEL): Float64Array {
  if (model === MODEL && vector) return vector;
  const w = new Float64Array(FEATURES.length);
  for (let i = 0; i < FEATURES.length; i++) w[i] = model.weights[FEATURES[i]!.name] ?? 0;
  if (model === MODEL) vector = w;
  return w;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The linear score before squashing. */
export function linear(values: ArrayLike<number>, model: Model = MODEL): number {
  const w = weightVector(model);
  let z = model.bias;
  for (let i = 0; i < w.length; i++) z += w[i]! * values[i]!;
  return z;
}
