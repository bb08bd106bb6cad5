import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/analysis/quotes';
import { segmentSentences } from '../../lib/analysis/segment';
import { isAcronym, isCapitalized, slugify, stripPossessive, tokenize } from '../../lib/analysis/tokens';

interface Case {
  text: string;
  sentences: string[];
}

const TEXT = resolve(import.meta.dirname, '..', 'fixtures', 'text');
const load = (name: string): Case[] => JSON.parse(readFileSync(join(TEXT, `${name}.json`), 'utf8'));

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  for (const name of ['segment-tricky', 'segment-heldout']) {
    describe(name, () => {
      for (const c of load(name)) {
        it(c.text, () => {
          expect(split(c.text)).toEqual(c.sentences);
        });
      }
    });
  }

  it('returns trimmed, ordered, disjoint spans covering every non-space character', () => {
    const text = '  Mr. Smith left.\n\n  "Why?" he asked.   Dr. Jones stayed.  ';
    const spans = segmentSentences(text);
    expect(spans).toEqual([
      { start: 2, end: 17 },
      { start: 21, end: 37 },
      { start: 40, end: 57 },
    ]);
    const covered = spans.map((s) => text.slice(s.start, s.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('keeps a line break as a boundary even before a lower-case word', () => {
    expect(split('First item\nsecond item. Third.')).toEqual(['First item', 'second item.', 'Third.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n\t ')).toEqual([]);
  });

  it('gives the same sentences for one long string as for its paragraphs (chunked input)', () => {
    const cases = load('segment-tricky');
    const paragraph = cases.map((c) => c.text).join(' ');
    const expected = cases.flatMap((c) => c.sentences);
    // ~60 kB in one string: Intl.Segmenter gets it in chunks, the repair pass joins across them.
    const copies = 40;
    const long = Array.from({ length: copies }, () => paragraph).join(' ');
    const got = split(long);
    expect(got.length).toBe(expected.length * copies);
    expect(got.slice(0, expected.length)).toEqual(expected);
    expect(got.slice(-expected.length)).toEqual(expected);
  });

  it('cuts a very long run without spaces at a safe place and keeps every character', () => {
    const text = `${'x'.repeat(20000)}😀${'y'.repeat(20000)}. End.`;
    const spans = segmentSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text.replace(' ', ''));
    expect(spans.at(-1)).toEqual({ start: text.length - 4, end: text.length });
  });
});

describe('findQuotes', () => {
  it('finds straight and curly double quotes with their marks', () => {
    const text = '“Enough,” she said. He replied: "No way." Done.';
    expect(findQuotes(text)).toEqual([
      { start: 0, end: 9, open: '“', close: '”' },
      { start: 32, end: 41, open: '"', close: '"' },
    ]);
  });

  it('lets a quote run across sentences', () => {
    const text = '"We will fight. We will win," the minister said.';
    expect(findQuotes(text)).toEqual([{ start: 0, end: 29, open: '"', close: '"' }]);
  });

  it('ignores apostrophes and single quotes', () => {
    expect(findQuotes("Azerbaijan’s army, don't, the '90s and 'so-called' reforms")).toEqual([]);
  });

  it('runs an unclosed quote to the end of the block', () => {
    const text = '“The talks will go on. We are patient.  ';
    expect(findQuotes(text)).toEqual([{ start: 0, end: 38, open: '“', close: '' }]);
  });

  it('ends an unclosed quote at a line break and ignores a mark with nothing after it', () => {
    const text = '“If it is wrong, why?\n“\nAs for the deal, inspectors cannot visit.';
    expect(findQuotes(text)).toEqual([{ start: 0, end: 21, open: '“', close: '' }]);
  });

  it('does not open a straight quote after a letter (inches) or before a space', () => {
    expect(findQuotes('He is 5\'10" tall and " alone.')).toEqual([]);
  });
});

describe('tokens', () => {
  it('keeps inner apostrophes, hyphens and abbreviation periods, with exact offsets', () => {
    const text = 'Mr. O’Brien’s corruption-ridden U.S. deal, e.g. AT&T (J. Smith).';
    expect(tokenize(text).map((t) => [t.text, t.start, t.end])).toEqual([
      ['Mr.', 0, 3],
      ['O’Brien’s', 4, 13],
      ['corruption-ridden', 14, 31],
      ['U.S.', 32, 36],
      ['deal', 37, 41],
      ['e.g.', 43, 47],
      ['AT&T', 48, 52],
      ['J.', 54, 56],
      ['Smith', 57, 62],
    ]);
  });

  it('tokenizes a window of the text with offsets into the whole text', () => {
    expect(tokenize('one two three', 4, 7)).toEqual([{ text: 'two', start: 4, end: 7 }]);
  });

  it('classifies and normalises words', () => {
    expect([isCapitalized('Élysée'), isCapitalized('iPhone'), isCapitalized('3M')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isAcronym('NATO'), isAcronym('U.S.'), isAcronym('G7'), isAcronym('Nato')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([stripPossessive('Azerbaijan’s'), stripPossessive("allies'"), stripPossessive('Paris')]).toEqual([
      'Azerbaijan',
      'allies',
      'Paris',
    ]);
    expect(slugify('Jens Stoltenberg')).toBe('jens-stoltenberg');
    expect(slugify('Élysée Palace')).toBe('elysee-palace');
  });
});
