import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import { segmentSentences } from '../../lib/analysis/segment';

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences: reference marks after a full stop', () => {
  it('keeps "[1]" with the sentence it follows, not at the start of the next', () => {
    expect(split('It was free.[1] The community grew.')).toEqual(['It was free.[1]', 'The community grew.']);
    expect(split('It was free.[1][12] The community grew.')).toEqual([
      'It was free.[1][12]',
      'The community grew.',
    ]);
    expect(split('He said "no."[3] Then he left.')).toEqual(['He said "no."[3]', 'Then he left.']);
  });

  it('leaves no sentence of a mark alone at the end of a block', () => {
    expect(split('It is run by the Mozilla Corporation.[2]')).toEqual([
      'It is run by the Mozilla Corporation.[2]',
    ]);
  });

  it('leaves brackets that are no reference mark as they were', () => {
    expect(split('See the list [1] below. Done.')).toEqual(['See the list [1] below.', 'Done.']);
    expect(split('Array a.[0] is first.')).toEqual(['Array a.[0] is first.']);
    expect(split('Results were mixed. [Editor’s note: updated.] Sales fell.')).toEqual([
      'Results were mixed.',
      '[Editor’s note: updated.]',
      'Sales fell.',
    ]);
  });
});

describe('a reference mark is no figure', () => {
  it('labels a plain sentence with a mark fact, and one with a figure claim', () => {
    const report = analyzeArticle({
      meta: { lang: 'en' },
      blocks: [
        {
          kind: 'paragraph',
          text: 'The engine is written entirely in Java.[63] The project had 400 contributors by then.[64]',
        },
      ],
    });
    expect(report.sentences.map((s) => [s.text, s.label])).toEqual([
      ['The engine is written entirely in Java.[63]', 'fact'],
      ['The project had 400 contributors by then.[64]', 'claim'],
    ]);
    expect(report.claims.map((c) => c.text)).toEqual(['The project had 400 contributors by then.[64]']);
  });
});
