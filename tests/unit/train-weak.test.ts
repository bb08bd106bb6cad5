import { describe, expect, it } from 'vitest';
import { rowWeights, targets } from '../../lib/cli/train/opinion';
import { newsSentences, type Sample } from '../../lib/cli/train/opinion-data';

describe('weak evidence in the opinion fit', () => {
  it('reads each news sentence once, toned when any of its targets is', () => {
    const jsonl = [
      { sentence: 'The council met on Tuesday.', mention: 'council', from: 4, to: 11, polarity: 0 },
      { sentence: 'Smith praised Jones.', mention: 'Smith', from: 0, to: 5, polarity: 0 },
      { sentence: 'Smith praised Jones.', mention: 'Jones', from: 14, to: 19, polarity: 1 },
      { sentence: 'The council met on Tuesday.', mention: 'Tuesday', from: 19, to: 26, polarity: 0 },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    expect(newsSentences(`${jsonl}\n`)).toEqual([
      { text: 'The council met on Tuesday.', toned: false },
      { text: 'Smith praised Jones.', toned: true },
    ]);
  });

  it('balances the labelled corpora as before and gives weak rows their own weight', () => {
    // Two labelled corpora (3 and 1 rows) and two weak objective rows of weight 0.1.
    const y = [1, 0, 0, 1, 0, 0];
    const corpus = ['checkthat', 'checkthat', 'checkthat', 'babe', 'newsmtsc', 'newsmtsc'];
    const w = [1, 1, 1, 1, 0.1, 0.1];
    const out = [...rowWeights(y, w, corpus, 'corpus')];
    // Each labelled corpus holds half of the 4 labelled rows' weight, each class half of that.
    expect(out[0]).toBeCloseTo(1);
    expect(out[1]).toBeCloseTo(0.5);
    expect(out[2]).toBeCloseTo(0.5);
    // BABE has no objective row here: its one opinion row holds that corpus's half alone.
    expect(out[3]).toBeCloseTo(1);
    expect(out[4]).toBeCloseTo(0.1);
    expect(out[5]).toBeCloseTo(0.1);
    // Without weak rows the labelled weights are the same.
    expect([...rowWeights(y.slice(0, 4), w.slice(0, 4), corpus.slice(0, 4), 'corpus')]).toEqual(
      out.slice(0, 4),
    );
    // Balanced: the opinion rows weigh as much more as the weak objective rows add (0.2).
    const balanced = [...rowWeights(y, w, corpus, 'corpus', true)];
    expect(balanced[0]! + balanced[3]!).toBeCloseTo(2.2);
    expect(balanced[1]).toBeCloseTo(0.5);
  });

  it('splits weak rows evenly between their classes when both are present', () => {
    const y = [1, 0, 1, 0, 0, 0];
    const corpus = ['babe', 'babe', 'newsmtsc', 'newsmtsc', 'newsmtsc', 'newsmtsc'];
    const out = [...rowWeights(y, [1, 1, 0.2, 0.2, 0.2, 0.2], corpus, 'corpus')];
    expect(out[2]).toBeCloseTo(0.4);
    expect(out[3]! + out[4]! + out[5]!).toBeCloseTo(0.4);
  });

  it('fits a plain report only when told to, and a toned one only with plainToned', () => {
    const base = {
      vocab: 10,
      quoted: false,
      babeTarget: 'opinion-somewhat' as const,
      lambdaFeatures: 1,
      lambdaVectors: 1,
      vectors: false,
    };
    const sample = (gold: boolean, outlet: boolean): Sample => ({
      text: '',
      corpus: 'newsmtsc',
      group: 'newsmtsc',
      gold,
      features: [],
      outlet,
      loaded: false,
      words: [],
      framed: false,
    });
    expect(targets(sample(false, true), base)).toEqual([]);
    expect(targets(sample(false, true), { ...base, plainReports: 0.1 })).toEqual([[0, 0.1]]);
    expect(targets(sample(false, false), { ...base, plainReports: 0.1, plainOutletOnly: true })).toEqual([]);
    expect(targets(sample(true, true), { ...base, plainReports: 0.1 })).toEqual([]);
    expect(targets(sample(true, true), { ...base, plainReports: 0.1, plainToned: true })).toEqual([[1, 0.1]]);
  });
});
