import { describe, expect, it } from 'vitest';
import { isSpaceUnit, tokenize } from '../../lib/analysis/tokens';

describe('isSpaceUnit', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceUnit(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('tokenize', () => {
  it('keeps the period of abbreviations, initials and dotted words, and exact offsets', () => {
    const text = 'Mr. J. Smith met U.S. envoys in St. Louis.';
    expect(tokenize(text).map((t) => [t.text, t.start, t.end])).toEqual([
      ['Mr.', 0, 3],
      ['J.', 4, 6],
      ['Smith', 7, 12],
      ['met', 13, 16],
      ['U.S.', 17, 21],
      ['envoys', 22, 28],
      ['in', 29, 31],
      ['St.', 32, 35],
      ['Louis', 36, 41],
    ]);
  });
});
