import { describe, expect, it } from 'vitest';
import { pageTone } from '../../lib/cli/eval/tone';
import type { ToneRow } from '../../lib/cli/train/tone';
import { missKind, missReport } from '../../lib/cli/train/tone-page';

/** A row for the mention's first occurrence in the sentence. */
function row(sentence: string, mention: string, polarity: -1 | 0 | 1 = 0): ToneRow {
  const from = sentence.indexOf(mention);
  return { sentence, mention, from, to: from + mention.length, polarity };
}

describe('the page path’s misses by kind', () => {
  it('tells pronouns, descriptions, calendar words and headlines apart', () => {
    expect(missKind(row('He said the plan would fail.', 'He'))).toBe('pronoun');
    expect(missKind(row('The president said the plan would fail.', 'The president'))).toBe(
      'lower case (a description: "the president")',
    );
    expect(missKind(row('On Friday the plan failed.', 'Friday'))).toBe('calendar word');
    expect(missKind(row('Varnolt Slams Budget Plan Over Rising Costs', 'Varnolt'))).toBe('title-case line');
  });

  it('tells corpus spans from names the finder missed', () => {
    expect(missKind(row('Many voters watched Marta Quill speak at the rally tonight.', 'Marta'))).toBe(
      'span: part of a longer name',
    );
    expect(missKind(row('“Quill is wrong,” he said.', '“Quill'))).toBe('span: punctuation inside');
    expect(missKind(row('The Quill-Varnolt race tightened.', 'Quill'))).toBe(
      'hyphen compound ("Clinton-Trump")',
    );
    expect(missKind(row('Quill faces three charges.', 'Quill'))).toBe('opens the sentence');
    expect(missKind(row('Voters liked quill pens and Quill.', 'Quill'))).toBe('other');
  });

  it('counts found mentions and prices a kind by the mention reader’s polarity', () => {
    const rows = [
      row('Senator Marta Quill sharply criticised the reckless plan.', 'Marta Quill', -1),
      row('He praised the brilliant plan.', 'He', 1),
    ];
    const r = missReport(rows);
    expect(r.n).toBe(2);
    expect(r.found).toBe(1);
    expect(r.kinds.map((k) => [k.kind, k.count])).toEqual([['pronoun', 1]]);
    expect(r.kinds[0]!.ifFound).toBeGreaterThanOrEqual(r.macro);
  });
});

describe('the page path’s name matching', () => {
  it('finds "Mr. Quill" by its written form when matching strictly, and "Quill" only loosely', () => {
    const sentence = 'Mr. Quill sharply criticised the reckless plan.';
    expect(pageTone(row(sentence, 'Mr. Quill'), true)).toBeTypeOf('number');
    expect(pageTone(row(sentence, 'Mr. Quill'))).toBeTypeOf('number');
    expect(pageTone(row('Marta Quill criticised the plan again.', 'Marta'), true)).toBeUndefined();
    expect(pageTone(row('Marta Quill criticised the plan again.', 'Quill'), true)).toBeUndefined();
    expect(pageTone(row('Marta Quill criticised the plan again.', 'Quill'))).toBeTypeOf('number');
  });
});
