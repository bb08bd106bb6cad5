import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import { mentionScore } from '../../lib/analysis/tone';
import { mentionSpan, slotWeights, toneWords } from '../../lib/analysis/tone-context';
import { toneTowards } from '../../lib/analysis/tone-mention';
import { fromLogits, mentionTone, toneReader } from '../../lib/analysis/tone-model';
import { TONE_TABLE } from '../../lib/analysis/tone-table';
import { toneLines } from '../../lib/cli/tone-mode';

const at = (text: string, mention: string) => {
  const i = text.indexOf(mention);
  return toneTowards(text, i, i + mention.length);
};

const page = (text: string) => analyzeArticle({ meta: {}, blocks: [{ kind: 'paragraph', text }] });

describe('tone-context: the words the model reads', () => {
  it('splits contractions, drops possessives and marks what a negator reaches within its clause', () => {
    const ws = toneWords('Smith’s aides didn’t praise the plan, and critics liked it.');
    expect(ws.map((w) => w.w)).toEqual([
      'smith',
      'aides',
      'did',
      'not',
      'praise',
      'the',
      'plan',
      'and',
      'critics',
      'liked',
      'it',
    ]);
    expect(ws.filter((w) => w.negated).map((w) => w.w)).toEqual(['praise', 'the', 'plan']);
  });

  it('weighs words before and after the mention by distance, and leaves the mention out', () => {
    const text = 'Voters sharply criticised Anna Jones yesterday.';
    const ws = toneWords(text);
    const from = text.indexOf('Anna');
    const { first, last } = mentionSpan(ws, from, from + 'Anna Jones'.length);
    expect([first, last]).toEqual([3, 4]);
    const [sentence, before, after] = slotWeights(ws, from, from + 'Anna Jones'.length);
    expect(Array.from(sentence!)).toEqual([1 / 4, 1 / 4, 1 / 4, 0, 0, 1 / 4]);
    expect(before![2]).toBe(1);
    expect(before![1]).toBeCloseTo(Math.exp(-1 / 3));
    expect(after![5]).toBe(1);
    expect(before![5]).toBe(0);
  });
});

describe('tone-model: the learned tone towards one mention', () => {
  it('ships a compact table: every word six int8 pulls', () => {
    const words = TONE_TABLE.words.split(' ');
    expect(words.length).toBeGreaterThan(10_000);
    expect(atob(TONE_TABLE.values).length).toBe(words.length * 6);
    expect(TONE_TABLE.words.length + TONE_TABLE.values.length).toBeLessThan(1_000_000);
  });

  it('is neutral with score exactly 0, or signed with at least 0.2', () => {
    expect(fromLogits(-3, -3)).toMatchObject({ polarity: 0, score: 0 });
    expect(fromLogits(2, -1).polarity).toBe(-1);
    expect(fromLogits(2, -1).score).toBeLessThanOrEqual(-0.2);
    // Positive barely ahead of negative: the sign is kept with the floor of 0.2.
    expect(fromLogits(0.5, 0.55)).toMatchObject({ polarity: 1, score: 0.2 });
  });

  it('reads who is criticised, thanked, accused or fired', () => {
    expect(
      at('Senator Mark Smith sharply criticised Governor Anna Jones over the failed budget.', 'Anna Jones')
        .polarity,
    ).toBe(-1);
    expect(
      at('Mark Smith thanked Anna Jones for her generous help with the flood relief.', 'Anna Jones').polarity,
    ).toBe(1);
    expect(at('Prosecutors accused Anna Jones of fraud and bribery.', 'Anna Jones').polarity).toBe(-1);
    expect(at('Anna Jones was fired after a scandal over corruption.', 'Anna Jones').polarity).toBe(-1);
    expect(at('Anna Jones will visit Paris on Tuesday.', 'Anna Jones')).toEqual(
      expect.objectContaining({ polarity: 0, score: 0 }),
    );
  });

  it('reads one sentence once for all its mentions, the same as one at a time', () => {
    const text = 'Mark Smith thanked Anna Jones for her generous help.';
    const read = toneReader(text);
    const a = read(0, 10);
    const b = read(19, 29);
    expect(a).toEqual(mentionTone(text, 0, 10));
    expect(b).toEqual(mentionTone(text, 19, 29));
    expect(a.probs).not.toEqual(b.probs);
  });

  it('keeps the rules’ strength when they agree, the model’s when they disagree, and 0 when neutral', () => {
    const neg = fromLogits(3, -3);
    expect(mentionScore(-0.6, neg)).toBe(-0.6);
    expect(mentionScore(0.5, neg)).toBe(neg.score);
    expect(mentionScore(-0.6, fromLogits(-3, -3))).toBe(0);
  });
});

describe('entity tone on a page', () => {
  it('gives a one-sentence page’s named target a non-zero tone where it is clear', () => {
    const r = page('Anna Jones was fired after a scandal over corruption.');
    const e = r.entities.find((x) => x.name === 'Anna Jones')!;
    expect(e.tone.outlet.mentions).toBe(1);
    expect(e.tone.outlet.score).toBeLessThan(-0.1);
  });

  it('lands the criticism on the criticised, through "he" to the last person named', () => {
    const r = page(
      'Mayor Tom Brady opened the new bridge on Monday. Critics say he wasted millions on a corrupt deal.',
    );
    const tom = r.entities.find((x) => x.name === 'Tom Brady')!;
    expect(tom.tone.quoted.mentions + tom.tone.outlet.mentions).toBe(2);
    expect(Math.min(tom.tone.quoted.score, tom.tone.outlet.score)).toBeLessThan(-0.1);
  });
});

describe('--tone mode', () => {
  it('answers each JSON line with polarity and score, in order, and a bad line with an error', () => {
    const out = toneLines(
      [
        JSON.stringify({
          sentence: 'Prosecutors accused Anna Jones of fraud.',
          mention: 'Anna Jones',
          from: 20,
          to: 30,
        }),
        'not json',
        JSON.stringify({ sentence: 'Anna Jones will visit Paris.', mention: 'Anna Jones' }),
        JSON.stringify({ sentence: 'No one here.', mention: 'Anna Jones' }),
      ].join('\n'),
    ).map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].polarity).toBe(-1);
    expect(out[0].score).toBeLessThan(0);
    expect(out[1]).toMatchObject({ polarity: 0, score: 0 });
    expect(out[1].error).toBeTypeOf('string');
    expect(out[2]).toEqual({ polarity: 0, score: 0 });
    expect(out[3].error).toBe('mention not found in the sentence');
  });
});
