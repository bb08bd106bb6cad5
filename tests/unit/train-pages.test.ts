import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../lib/analysis/types';
import { locators } from '../../lib/cli/eval/pages-dev';
import { rowWeights, targets } from '../../lib/cli/train/opinion';
import { labelledOutletSentences, type Sample } from '../../lib/cli/train/opinion-data';

const source: Attribution = { speaker: 'Jane Roe', via: 'indirect', verb: 'said' };

describe('our labelled pages in the opinion fit', () => {
  const sentences = [
    { text: 'The plan is a disaster.', voice: 'outlet' as const },
    { text: 'The council met on Tuesday.', voice: 'outlet' as const },
    { text: 'Roe said the plan was reckless.', voice: source },
    { text: 'The vote was close.', voice: 'outlet' as const },
    { text: 'Nobody labelled this one.', voice: 'outlet' as const },
    { text: 'The council met on Tuesday.', voice: 'outlet' as const },
  ];
  const keys = locators(sentences.map((s) => s.text));

  it('takes the outlet-voice sentences labelled own or none, by their locators', () => {
    const entries = [
      `${keys[0]}:own`,
      `${keys[1]}:none`,
      `${keys[2]}:reported`,
      // An outlet-voice sentence labelled reported: the voice rules missed a source; not a row.
      `${keys[3]}:reported`,
      // The second "The council met" (occurrence 1) is told apart from the first.
      `${keys[5]}:own`,
    ];
    expect(labelledOutletSentences(sentences, entries)).toEqual([
      { text: 'The plan is a disaster.', gold: true },
      { text: 'The council met on Tuesday.', gold: false },
      { text: 'The council met on Tuesday.', gold: true },
    ]);
    expect(keys[5]).not.toBe(keys[1]);
  });

  it('leaves a source’s sentence out even when its label is own', () => {
    expect(labelledOutletSentences(sentences, [`${keys[2]}:own`])).toEqual([]);
  });

  it('fits page rows only with a weight, and keeps them out of the corpora’s balance', () => {
    const base = {
      vocab: 10,
      quoted: false,
      babeTarget: 'opinion-somewhat' as const,
      lambdaFeatures: 1,
      lambdaVectors: 1,
      vectors: false,
    };
    const row = (gold: boolean): Sample => ({
      text: '',
      corpus: 'pages',
      group: 'page:x',
      gold,
      features: [],
      outlet: true,
      loaded: false,
      words: [],
      framed: false,
    });
    expect(targets(row(true), base)).toEqual([]);
    expect(targets(row(true), { ...base, pages: 0.5 })).toEqual([[1, 0.5]]);
    expect(targets(row(false), { ...base, pages: 0.5 })).toEqual([[0, 0.5]]);
    // Two labelled CheckThat rows, then one own and three none page rows of weight 0.5.
    const y = [1, 0, 1, 0, 0, 0];
    const corpus = ['checkthat', 'checkthat', 'pages', 'pages', 'pages', 'pages'];
    const out = [...rowWeights(y, [1, 1, 0.5, 0.5, 0.5, 0.5], corpus, 'corpus')];
    expect(out[0]).toBeCloseTo(1);
    expect(out[1]).toBeCloseTo(1);
    // The page rows keep their total weight (2), each class half of it.
    expect(out[2]).toBeCloseTo(1);
    expect(out[3]! + out[4]! + out[5]!).toBeCloseTo(1);
  });
});

describe('the figures file as the formatter lays it out', () => {
  it('writes a short array of strings or numbers on one line and leaves a long one alone', async () => {
    const { compactArrays } = await import('../../lib/cli/train');
    const json = JSON.stringify(
      { cfg: { pageSets: ['dev', 'fresh'], n: [1, -2.5] }, long: Array(30).fill('abcdef') },
      null,
      2,
    );
    const out = compactArrays(json);
    expect(out).toContain('"pageSets": ["dev", "fresh"],');
    expect(out).toContain('"n": [1, -2.5]');
    expect(out).toContain('"long": [\n    "abcdef",');
    expect(JSON.parse(out)).toEqual(JSON.parse(json));
  });
});

describe('the training articles of the propaganda corpus', () => {
  it('draws two parts by the seed, skipping the measure’s articles and the sizes out of range', async () => {
    const { drawTrainParts } = await import('../../lib/cli/train/ptc-rows');
    const { PTC_MAX, PTC_MIN, PTC_TARGET } = await import('../../lib/cli/eval/ptc-voice');
    const names = Array.from({ length: 80 }, (_, i) => `article${100 + i}.txt`);
    // Every fifth article is too short, every seventh too long; sizes otherwise 30..49.
    const size = (n: string) => {
      const i = Number(n.slice(7, 10)) - 100;
      return i % 5 === 0 ? PTC_MIN - 1 : i % 7 === 0 ? PTC_MAX + 1 : 30 + (i % 20);
    };
    const held = new Set(['article101.txt', 'article102.txt', 'article103.txt']);
    const parts = drawTrainParts(names, size, held, 7);
    for (const part of [parts.A, parts.B]) {
      expect(part.some((n) => held.has(n))).toBe(false);
      expect(part.every((n) => size(n) >= PTC_MIN && size(n) <= PTC_MAX)).toBe(true);
      const total = part.reduce((t, n) => t + size(n), 0);
      // Closed by the article that reaches the target.
      expect(total).toBeGreaterThanOrEqual(PTC_TARGET);
      expect(total - size(part[part.length - 1]!)).toBeLessThan(PTC_TARGET);
    }
    expect(parts.A.filter((n) => parts.B.includes(n))).toEqual([]);
    // The same seed draws the same parts; another seed, others.
    expect(drawTrainParts(names, size, held, 7)).toEqual(parts);
    expect(drawTrainParts(names, size, held, 8).A).not.toEqual(parts.A);
  });
});
