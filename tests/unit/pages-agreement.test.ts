import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Agreement,
  cohenKappa,
  emptyAgreement,
  kappaStdError,
  rawAgreement,
  sampleIndices,
  seededRandom,
} from '../../lib/cli/eval/pages-agreement';
import type { LabelFile } from '../../lib/cli/eval/pages-dev';
import { readLabels } from '../../lib/cli/eval/pages-dev';

const dir = join(__dirname, '../../lib/cli/eval/pages-dev');

/** An agreement matrix from rows of [own, reported, none] counts (first reader's label by row). */
function matrix(rows: [number, number, number][]): Agreement {
  const m = emptyAgreement();
  const k = ['own', 'reported', 'none'] as const;
  rows.forEach((row, i) => {
    row.forEach((n, j) => {
      m[k[i]!][k[j]!] = n;
    });
  });
  return m;
}

describe('pages-agreement PRNG and sample', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(20261207);
    const b = seededRandom(20261207);
    const c = seededRandom(20261208);
    const run = (f: () => number) => Array.from({ length: 5 }, f);
    const ra = run(a);
    expect(run(b)).toEqual(ra);
    expect(run(c)).not.toEqual(ra);
    for (const x of ra) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('is mulberry32 (its published first value for seed 1)', () => {
    expect(seededRandom(1)()).toBe(0.6270739405881613);
  });

  it('samples n distinct sorted indices, the same for the same seed, all of them when n exceeds the size', () => {
    const s = sampleIndices(768, 120, 20261207);
    expect(s).toHaveLength(120);
    expect(new Set(s).size).toBe(120);
    expect([...s].sort((x, y) => x - y)).toEqual(s);
    expect(s[0]).toBeGreaterThanOrEqual(0);
    expect(s.at(-1)).toBeLessThan(768);
    expect(sampleIndices(768, 120, 20261207)).toEqual(s);
    expect(sampleIndices(768, 120, 7)).not.toEqual(s);
    expect(sampleIndices(10, 4, 42)).toEqual([5, 6, 7, 8]);
    expect(sampleIndices(3, 10, 1)).toEqual([0, 1, 2]);
  });
});

describe('pages-agreement kappa', () => {
  it("gives Cohen's textbook two-label example: 0.7 observed, 0.5 by chance, kappa 0.4", () => {
    // 50 items: both own 20, first own / second none 5, first none / second own 10, both none 15.
    const m = matrix([
      [20, 0, 5],
      [0, 0, 0],
      [10, 0, 15],
    ]);
    expect(rawAgreement(m)).toBeCloseTo(0.7, 10);
    expect(cohenKappa(m)).toBeCloseTo(0.4, 10);
    // sqrt(0.7 * 0.3 / 50) / (1 - 0.5)
    expect(kappaStdError(m)).toBeCloseTo(Math.sqrt(0.0042) / 0.5, 10);
  });

  it('gives a three-label case worked by hand: (0.85 - 0.405) / 0.595', () => {
    // margins 5/4/11 for both readers: chance = (25 + 16 + 121) / 400 = 0.405
    const m = matrix([
      [4, 1, 0],
      [0, 3, 1],
      [1, 0, 10],
    ]);
    expect(rawAgreement(m)).toBeCloseTo(0.85, 10);
    expect(cohenKappa(m)).toBeCloseTo(89 / 119, 10);
  });

  it('is 1 for perfect agreement, 0 for agreement at chance, negative below chance', () => {
    expect(
      cohenKappa(
        matrix([
          [3, 0, 0],
          [0, 2, 0],
          [0, 0, 5],
        ]),
      ),
    ).toBe(1);
    expect(
      cohenKappa(
        matrix([
          [25, 0, 25],
          [0, 0, 0],
          [25, 0, 25],
        ]),
      ),
    ).toBeCloseTo(0, 10);
    expect(
      cohenKappa(
        matrix([
          [0, 0, 5],
          [0, 0, 0],
          [5, 0, 0],
        ]),
      ),
    ).toBeCloseTo(-1, 10);
    expect(cohenKappa(emptyAgreement())).toBe(0);
  });
});

describe('labels-second.json', () => {
  it('labels only sentences that the dev or fresh set labels, once each, with one of the three labels', () => {
    const second = JSON.parse(readFileSync(join(dir, 'labels-second.json'), 'utf8')) as LabelFile;
    const known = new Set<string>();
    for (const set of ['dev', 'fresh'] as const)
      for (const [slug, entries] of Object.entries(readLabels(set).pages))
        for (const e of entries) known.add(`${slug}/${e.slice(0, e.lastIndexOf(':'))}`);
    const seen = new Set<string>();
    for (const [slug, entries] of Object.entries(second.pages))
      for (const e of entries) {
        const at = e.lastIndexOf(':');
        const key = `${slug}/${e.slice(0, at)}`;
        expect(known.has(key), key).toBe(true);
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        expect(['own', 'reported', 'none']).toContain(e.slice(at + 1));
      }
    expect(seen.size).toBe(240);
  });
});
