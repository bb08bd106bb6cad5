import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../lib/analysis/segment';

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences: an acronym of single capitals with periods', () => {
  it('does not end a sentence before a word that does not open one', () => {
    expect(split('Today the lab is launching the L.E.A.N. Ads program. It starts now.')).toEqual([
      'Today the lab is launching the L.E.A.N. Ads program.',
      'It starts now.',
    ]);
    expect(split('L.E.A.N. Ads do not replace the current standards.')).toEqual([
      'L.E.A.N. Ads do not replace the current standards.',
    ]);
    expect(split('Canonical 422 1.9% Igalia S.L. 80 0.4% Ericsson 21 0.1%')).toEqual([
      'Canonical 422 1.9% Igalia S.L. 80 0.4% Ericsson 21 0.1%',
    ]);
    expect(split('President George H.W. Bush held back loan guarantees.')).toEqual([
      'President George H.W. Bush held back loan guarantees.',
    ]);
  });

  it('ends the sentence when the next word opens one, as after "U.S."', () => {
    expect(split('She moved to Washington, D.C. She works there now.')).toEqual([
      'She moved to Washington, D.C.',
      'She works there now.',
    ]);
    expect(split('The firm is based in the U.S.A. The delegates arrived on Friday.')).toEqual([
      'The firm is based in the U.S.A.',
      'The delegates arrived on Friday.',
    ]);
  });

  it('leaves a single initial and a lower-case abbreviation as they were', () => {
    expect(split('J. K. Rowling wrote the books.')).toEqual(['J. K. Rowling wrote the books.']);
    expect(split('The meeting ended at 3 p.m. The talks resume next week.')).toEqual([
      'The meeting ended at 3 p.m.',
      'The talks resume next week.',
    ]);
    expect(split('He joined A. Smith & Sons. The firm grew.')).toEqual([
      'He joined A. Smith & Sons.',
      'The firm grew.',
    ]);
  });
});
