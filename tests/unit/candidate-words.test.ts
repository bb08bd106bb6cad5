/** The words a sentence's card offers for "Mark a word as loaded…". */
import { describe, expect, it } from 'vitest';
import { candidateWords, MAX_CANDIDATES, sentenceCandidates } from '../../lib/page/candidate-words';
import { makeReport } from './options-fixtures';

const texts = (text: string, marked?: string[], max?: number) =>
  candidateWords(text, marked, max).map((c) => c.text);

describe('candidateWords', () => {
  it('keeps content words in reading order, without function words, numbers, short words or names', () => {
    expect(
      texts(
        'Critics say the 2024 plan by Azerbaijan was a reckless gamble, and it hurt NATO ties in 3 weeks.',
      ),
    ).toEqual(['plan', 'reckless', 'gamble', 'hurt', 'ties']);
  });

  it('keeps a capitalised word that opens the sentence (not a name), after quotes or brackets too', () => {
    expect(texts('Shameful scenes unfolded.')).toEqual(['Shameful', 'scenes', 'unfolded']);
    expect(texts('“Disastrous,” she said of Baku.')).toEqual(['Disastrous']);
  });

  it('gives each word once, whatever its case, with its first position', () => {
    const words = candidateWords('Chaos, chaos and more CHAOS reigned.');
    expect(words).toEqual([
      { text: 'Chaos', start: 0, end: 5 },
      { text: 'reigned', start: 28, end: 35 },
    ]);
  });

  it('leaves out words already marked, and each word of a marked phrase', () => {
    expect(
      texts('The inept and corruption-ridden service so-called reforms stalled.', [
        'inept',
        'so-called reforms',
      ]),
    ).toEqual(['corruption-ridden', 'service', 'stalled']);
    // Marked with a curly apostrophe, written with a straight one (and case differs).
    expect(texts("The regime's aims.", ['Regime’s'])).toEqual(['aims']);
  });

  it('stops at the cap', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(
      ' ',
    );
    expect(candidateWords(long)).toHaveLength(MAX_CANDIDATES);
    expect(texts(long, [], 3)).toEqual(['worda0', 'wordb1', 'wordc2']);
  });

  it('from a Report: the sentence’s text minus the loaded terms found in it', () => {
    const report = makeReport(
      [
        { block: 0, text: 'The inept regime failed again.', opinion: 0.9, label: 'opinion' },
        { block: 0, text: 'Officials met on Monday.', opinion: 0.1, label: 'fact' },
      ],
      [{ sentence: 0, text: 'inept', category: 'pejorative' }],
    );
    expect(sentenceCandidates(report, 0).map((c) => c.text)).toEqual(['regime', 'failed', 'again']);
    expect(sentenceCandidates(report, 1).map((c) => c.text)).toEqual(['met']);
    expect(sentenceCandidates(report, 9)).toEqual([]);
  });
});
