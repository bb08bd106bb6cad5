/**
 * The learned word part of the opinion model: one score per word, how much the word pulls a
 * sentence towards judgement (positive) or plain report (negative).
 *
 * At training time (lib/cli/train/opinion.ts) a sentence is the mean of its words' pretrained
 * vectors, and the model weighs that mean linearly. A linear weight on a mean is the mean of the
 * per-word products, so the model ships as one int8 score per word (tables/opinion-words.ts):
 * every word's part in the score is known and can be shown as a reason.
 *
 * The table is a hash table (open addressing, linear probing) of 16-bit fingerprints and int8
 * scores: no word list to split or index, so it decodes in a few milliseconds. A word not in the
 * table matches a stored fingerprint with odds of about 1 in 65,536 per probe.
 */
import { OPINION_WORDS } from './tables/opinion-words';

export interface WordTable {
  /** Logit units per int8 step. */
  scale: number;
  /** Whether words inside quotation marks count. */
  quoted: boolean;
  /** Slot count minus one (the count is a power of two). */
  mask: number;
  fingerprints: Uint16Array;
  scores: Int8Array;
  /** Logit units per int8 step of `peaks`. */
  peakScale: number;
  /** Per slot: the word's loaded reading (zeros when the table has none). */
  peaks: Int8Array;
}

export interface EncodedWordTable {
  scale: number;
  quoted: boolean;
  /** Per slot: a 16-bit fingerprint (0 = empty), little-endian, base64. */
  fingerprints: string;
  /** Per slot: the int8 score, base64. */
  scores: string;
  /** Per slot: the int8 loaded reading, base64 (absent: none), and its logit units per step. */
  peaks?: string;
  peakScale?: number;
}

function bytes(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function base64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return btoa(s);
}

/** Decodes a table (the shipped one, or one a test or the trainer builds). */
export function decodeWordTable(t: EncodedWordTable): WordTable {
  const fp = bytes(t.fingerprints);
  const sc = bytes(t.scores);
  const n = sc.length;
  const fingerprints = new Uint16Array(n);
  for (let i = 0; i < n; i++) fingerprints[i] = fp[2 * i]! | (fp[2 * i + 1]! << 8);
  const pk = t.peaks ? bytes(t.peaks) : new Uint8Array(n);
  return {
    scale: t.scale,
    quoted: t.quoted,
    mask: n - 1,
    fingerprints,
    scores: new Int8Array(sc.buffer, sc.byteOffset, n),
    peakScale: t.peakScale ?? 0,
    peaks: new Int8Array(pk.buffer, pk.byteOffset, n),
  };
}

/** FNV-1a over the UTF-16 units, then a murmur finaliser so every bit mixes. */
export function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const fingerprintOf = (h: number): number => h >>> 16 || 1;

/** The slot of a word, or -1 when it is not in the table. */
export function slotOf(table: WordTable, w: string): number {
  if (table.mask < 0) return -1;
  const h = wordHash(w);
  const fp = fingerprintOf(h);
  for (let i = h & table.mask; ; i = (i + 1) & table.mask) {
    const f = table.fingerprints[i]!;
    if (f === 0) return -1;
    if (f === fp) return i;
  }
}

/**
 * Builds the table from words and int8 scores (the trainer). Words whose probe would stop at an
 * earlier word's equal fingerprint are left out and returned, so training can leave them out too.
 */
export function buildWordTable(
  words: readonly string[],
  scores: ArrayLike<number>,
  slots: number,
  scale: number,
  quoted: boolean,
  peaks?: { scores: ArrayLike<number>; scale: number },
): { table: EncodedWordTable; dropped: string[] } {
  const mask = slots - 1;
  const fp = new Uint16Array(slots);
  const sc = new Int8Array(slots);
  const pk = new Int8Array(slots);
  const dropped: string[] = [];
  words.forEach((w, k) => {
    const h = wordHash(w);
    const f = fingerprintOf(h);
    let i = h & mask;
    while (fp[i] !== 0 && fp[i] !== f) i = (i + 1) & mask;
    if (fp[i] === f) {
      dropped.push(w);
      return;
    }
    fp[i] = f;
    sc[i] = scores[k]!;
    if (peaks) pk[i] = peaks.scores[k]!;
  });
  const fpBytes = new Uint8Array(slots * 2);
  for (let i = 0; i < slots; i++) {
    fpBytes[2 * i] = fp[i]! & 0xff;
    fpBytes[2 * i + 1] = fp[i]! >>> 8;
  }
  const table: EncodedWordTable = {
    scale,
    quoted,
    fingerprints: base64(fpBytes),
    scores: base64(new Uint8Array(sc.buffer)),
  };
  if (peaks) {
    table.peaks = base64(new Uint8Array(pk.buffer));
    table.peakScale = peaks.scale;
  }
  return { table, dropped };
}

let shipped: WordTable | undefined;
/** The shipped table, decoded on first use (once per background page). */
export function opinionWords(): WordTable {
  shipped ??= decodeWordTable(OPINION_WORDS);
  return shipped;
}

/**
 * The table keys for one lower-cased token: the token itself when known, else its parts
 * (the vectors split "corruption-ridden" and "don't" = "do" + "n't"). Empty when none is known.
 */
export function wordKeys(lower: string, has: (k: string) => boolean): string[] {
  if (has(lower)) return [lower];
  const out: string[] = [];
  if (lower.includes('-')) {
    for (const part of lower.split('-')) if (part && has(part)) out.push(part);
    return out;
  }
  const apo = lower.indexOf("'");
  if (apo > 0) {
    const neg = lower.endsWith("n't");
    const head = neg ? lower.slice(0, -3) : lower.slice(0, apo);
    const tail = neg ? "n't" : lower.slice(apo);
    if (has(head)) out.push(head);
    if (has(tail)) out.push(tail);
  }
  return out;
}
