/**
 * L2-regularised logistic regression by Newton's method, for the offline fitters. Deterministic:
 * fixed iteration order, no randomness. The bias (column 0) is not penalised; each other column
 * has its own ridge strength, so blocks of different scale can be penalised differently.
 */

export interface Fit {
  /** [bias, ...weights]. */
  beta: Float64Array;
}

/**
 * x: rows WITHOUT the leading 1; y: 0/1; w: sample weights (class balance folded in by the
 * caller); penalty: one ridge strength per column of x.
 */
export function fitLogistic(
  x: ArrayLike<number>[],
  y: ArrayLike<number>,
  w: ArrayLike<number>,
  penalty: ArrayLike<number>,
  iterations = 30,
): Fit {
  const n = x.length;
  const d = (x[0]?.length ?? 0) + 1;
  const beta = new Float64Array(d);
  const g = new Float64Array(d);
  const H = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    g.fill(0);
    H.fill(0);
    for (let r = 0; r < n; r++) {
      const xr = x[r]!;
      row[0] = 1;
      for (let i = 1; i < d; i++) row[i] = xr[i - 1]!;
      let z = 0;
      for (let i = 0; i < d; i++) z += beta[i]! * row[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = w[r]! * (p - y[r]!);
      const s = w[r]! * p * (1 - p);
      for (let i = 0; i < d; i++) {
        const xi = row[i]!;
        if (xi === 0) continue;
        g[i]! += e * xi;
        const si = s * xi;
        const base = i * d;
        for (let j = i; j < d; j++) H[base + j]! += si * row[j]!;
      }
    }
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) H[i * d + j] = H[j * d + i]!;
    for (let i = 1; i < d; i++) {
      g[i]! += penalty[i - 1]! * beta[i]!;
      H[i * d + i]! += penalty[i - 1]!;
    }
    H[0]! += 1e-8;
    const step = cholSolve(H, g, d);
    let change = 0;
    for (let i = 0; i < d; i++) {
      beta[i]! -= step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    }
    if (change < 1e-7) break;
  }
  return { beta };
}

/** Solve A x = b for symmetric positive definite A (row-major d x d) by Cholesky. */
function cholSolve(A: Float64Array, b: Float64Array, d: number): Float64Array {
  const L = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * d + j]!;
      for (let k = 0; k < j; k++) s -= L[i * d + k]! * L[j * d + k]!;
      if (i === j) L[i * d + i] = Math.sqrt(Math.max(s, 1e-12));
      else L[i * d + j] = s / L[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i * d + k]! * y[k]!;
    y[i] = s / L[i * d + i]!;
  }
  const out = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= L[k * d + i]! * out[k]!;
    out[i] = s / L[i * d + i]!;
  }
  return out;
}

export function linearScore(beta: ArrayLike<number>, x: ArrayLike<number>): number {
  let z = beta[0]!;
  for (let i = 0; i < x.length; i++) z += beta[i + 1]! * x[i]!;
  return z;
}

export function probability(beta: ArrayLike<number>, x: ArrayLike<number>): number {
  return 1 / (1 + Math.exp(-linearScore(beta, x)));
}

/** Sample weights that give each class half the total weight. */
export function balancedWeights(y: ArrayLike<number>): Float64Array {
  let pos = 0;
  for (let i = 0; i < y.length; i++) pos += y[i]!;
  const n = y.length;
  const wPos = n / (2 * Math.max(1, pos));
  const wNeg = n / (2 * Math.max(1, n - pos));
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = y[i] ? wPos : wNeg;
  return w;
}
