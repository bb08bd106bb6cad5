/** One table of category labels: the card, the legend, the exports and the reasons all say the same. */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../lib/analysis/features';
import type { LoadedCategory, LoadedTerm, Report } from '../../lib/analysis/types';
import {
  categoryHeading,
  categoryLabel,
  LOADED_CATEGORIES,
  WORD_CATEGORIES,
} from '../../lib/lexicon/categories';
import { cardFor } from '../../lib/page/marks';

describe('category labels', () => {
  it('gives every category a distinct singular label and a plural heading', () => {
    const labels = LOADED_CATEGORIES.map(categoryLabel);
    expect(new Set(labels).size).toBe(LOADED_CATEGORIES.length);
    expect(categoryLabel('pejorative')).toBe('pejorative label');
    expect(categoryHeading('pejorative')).toBe('Pejorative labels');
    expect(categoryLabel('scare-quote')).toBe('scare quote');
    expect(categoryHeading('hedge')).toBe('Hedges and weasel words');
    for (const c of LOADED_CATEGORIES) {
      expect(categoryLabel(c), c).toBe(categoryLabel(c).toLowerCase());
      expect(categoryHeading(c)[0], c).toBe(categoryHeading(c)[0]!.toUpperCase());
    }
  });

  it('offers every category but scare quotes for a reader’s own word', () => {
    expect(WORD_CATEGORIES).toEqual(LOADED_CATEGORIES.filter((c) => c !== 'scare-quote'));
  });

  it('is what the card and the sentence reasons say', () => {
    const term = (category: LoadedCategory): LoadedTerm => ({
      id: 'x',
      text: 'word',
      start: 0,
      end: 4,
      block: 0,
      category,
      note: 'n',
      polarity: -1,
      sentence: 0,
      voice: 'outlet',
    });
    const report = { meta: {}, sentences: [] } as unknown as Report;
    for (const c of LOADED_CATEGORIES) {
      const card = cardFor(report, {
        kind: `loaded-${c}`,
        block: 0,
        start: 0,
        end: 4,
        sentence: 0,
        term: term(c),
      });
      expect(card.label).toBe(`Loaded word: ${categoryLabel(c)}`);
      expect(card.term?.categoryLabel).toBe(categoryLabel(c));
      expect(FEATURES.find((f) => f.name === `loaded:${c}`)?.explain).toBe(categoryLabel(c));
    }
  });
});
