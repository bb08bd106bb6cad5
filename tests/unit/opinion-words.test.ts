import { describe, expect, it } from 'vitest';
import {
  buildWordTable,
  decodeWordTable,
  opinionWords,
  slotOf,
  wordHash,
  wordKeys,
} from '../../lib/analysis/opinion-words';
import { balancedWeights, fitLogistic, probability } from '../../lib/cli/train/logistic';
import { tableSlots } from '../../lib/cli/train/opinion';

describe('the learned word table', () => {
  const words = ['the', 'said', 'disgraceful', 'shameful', "n't", 'do', 'corruption', 'ridden'];
  const scores = [-3, -40, 90, 85, 12, -2, 30, 7];
  const { table, dropped } = buildWordTable(words, scores, 16, 0.02, true);
  const t = decodeWordTable(table);

  it('gives back every word’s int8 score through the hash table', () => {
    expect(dropped).toEqual([]);
    for (const [i, w] of words.entries()) expect(t.scores[slotOf(t, w)]).toBe(scores[i]);
    expect(t.scale).toBe(0.02);
    expect(t.quoted).toBe(true);
  });

  it('keeps a second int8 per word, the loaded reading, in the same slots', () => {
    const peaks = [-100, -90, 120, 110, -5, -60, 40, 3];
    const both = decodeWordTable(
      buildWordTable(words, scores, 16, 0.02, true, { scores: peaks, scale: 0.05 }).table,
    );
    for (const [i, w] of words.entries()) {
      expect(both.scores[slotOf(both, w)]).toBe(scores[i]);
      expect(both.peaks[slotOf(both, w)]).toBe(peaks[i]);
    }
    expect(both.peakScale).toBe(0.05);
    // A table written without them reads as none.
    expect(t.peakScale).toBe(0);
    expect(Array.from(t.peaks).every((p) => p === 0)).toBe(true);
  });

  it('finds no slot for words it does not hold', () => {
    for (const w of ['council', 'bus', 'reckless', 'thee', 'sai']) expect(slotOf(t, w)).toBe(-1);
  });

  it('hashes deterministically (the trainer and the engine must agree)', () => {
    expect(wordHash('disgraceful')).toBe(wordHash('disgraceful'));
    expect(wordHash('disgraceful')).not.toBe(wordHash('disgraceFul'));
    expect(wordHash('a')).toBeGreaterThanOrEqual(0);
  });

  it('splits hyphenated words and contractions into the parts the vectors know', () => {
    const has = (k: string) => slotOf(t, k) >= 0;
    expect(wordKeys('said', has)).toEqual(['said']);
    expect(wordKeys('corruption-ridden', has)).toEqual(['corruption', 'ridden']);
    expect(wordKeys("don't", has)).toEqual(['do', "n't"]);
    expect(wordKeys('unheard', has)).toEqual([]);
  });

  it('sizes tables at most 80% full, a power of two', () => {
    expect(tableSlots(100_000)).toBe(131_072);
    expect(tableSlots(8)).toBe(16);
  });

  it('ships a table that knows common English words', () => {
    const shipped = opinionWords();
    for (const w of ['the', 'said', 'government', 'disgraceful'])
      expect(slotOf(shipped, w)).toBeGreaterThan(-1);
    expect(slotOf(shipped, 'xqzvbnw')).toBe(-1);
  });
});

describe('the logistic fitter', () => {
  it('separates two classes along the informative column, and is deterministic', () => {
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 40; i++) {
      const pos = i % 2 === 0;
      x.push([pos ? 1 + (i % 5) * 0.1 : -1 - (i % 3) * 0.1, (i % 7) / 7]);
      y.push(pos ? 1 : 0);
    }
    // Noise: two rows labelled against their side.
    y[0] = 0;
    y[1] = 1;
    const w = balancedWeights(y);
    const a = fitLogistic(x, y, w, [1, 1]).beta;
    const b = fitLogistic(x, y, w, [1, 1]).beta;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a[1]).toBeGreaterThan(1);
    expect(Math.abs(a[2]!)).toBeLessThan(Math.abs(a[1]!));
    expect(probability(a, [1.2, 0.5])).toBeGreaterThan(0.8);
    expect(probability(a, [-1.2, 0.5])).toBeLessThan(0.2);
    // A stronger ridge shrinks the weight.
    expect(fitLogistic(x, y, w, [100, 100]).beta[1]).toBeLessThan(a[1]!);
  });
});
