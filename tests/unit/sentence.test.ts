import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import { scoreSentence } from '../../lib/analysis/score';
import { analyzeSentence, csvField, prepareSentence } from '../../lib/analysis/sentence';
import { binaryScores, parseCsv } from '../../lib/cli/eval/sentences';

describe('analyzeSentence: one line judged alone (the --sentences contract)', () => {
  it('judges an outlet’s own opinion, with its loaded words and their offsets', () => {
    const text = 'This shameful and reckless policy is a disaster for working families.';
    const v = analyzeSentence(text);
    expect(v.label).toBe('opinion');
    expect(v.voice).toBe('outlet');
    expect(v.opinion).toBeGreaterThanOrEqual(0.5);
    for (const l of v.loaded) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(v.loaded.map((l) => l.text.toLowerCase())).toEqual(
      expect.arrayContaining(['shameful', 'reckless']),
    );
  });

  it('judges a neutral report as fact in the outlet’s voice', () => {
    const v = analyzeSentence('The bridge will be closed to traffic while engineers inspect it.');
    expect(v).toMatchObject({ label: 'fact', voice: 'outlet', loaded: [] });
  });

  it('attributes a verb of saying with a named subject and labels the praise reported-opinion', () => {
    const v = analyzeSentence('Governor Alvarez lauded the rescue teams for their tireless work.');
    expect(v.voice).toBe('attributed');
    expect(v.label).toBe('reported-opinion');
  });

  it('attributes a pronoun speaker even without an earlier sentence', () => {
    const input = prepareSentence('He commended the staff for their dedication.');
    expect(input.voice).toMatchObject({ speaker: 'he', via: 'pronoun', verb: 'commended' });
    expect(analyzeSentence('He commended the staff for their dedication.').label).toBe('reported-opinion');
  });

  it('labels a sourced factual statement a claim', () => {
    const v = analyzeSentence('Police said three people were arrested on Friday.');
    expect(v).toMatchObject({ label: 'claim', voice: 'attributed' });
  });

  it('leaves loaded words inside a quotation out of the verdict: they are the source’s', () => {
    const v = analyzeSentence('“This is a disgraceful and reckless decision,” the senator said on Monday.');
    expect(v.voice).toBe('attributed');
    expect(v.loaded).toEqual([]);
  });

  it('keeps the outlet’s own verb of saying among its loaded words', () => {
    const text = 'Senator Jones slammed the decision on Monday.';
    const v = analyzeSentence(text);
    expect(v.voice).toBe('attributed');
    expect(v.loaded.map((l) => l.text)).toContain('slammed');
  });

  it('calls a source’s sentence the writer’s opinion when the frame around the reported words judges', () => {
    const text =
      'The spokeswoman, who has made a career out of embittered vitriol, described the vote as a sham.';
    const v = analyzeSentence(text);
    expect(v.voice).toBe('attributed');
    expect(v.label).toBe('opinion');
    expect(v.loaded.map((l) => text.slice(l.start, l.end))).toEqual(['vitriol']);
    // The judging words are the source’s, reported: the label stays reported-opinion.
    const reported = analyzeSentence('The spokeswoman described the vote as a shameful sham.');
    expect(reported).toMatchObject({ voice: 'attributed', label: 'reported-opinion', loaded: [] });
  });

  it('gives the writer’s framing word as a reason in the article’s report', () => {
    const text =
      'The spokeswoman, who has made a career out of embittered vitriol, described the vote as a sham.';
    const r = analyzeArticle({ meta: {}, blocks: [{ kind: 'paragraph', text }] });
    const s = r.sentences[0]!;
    expect(s.label).toBe('opinion');
    expect(s.voice).not.toBe('outlet');
    const frame = s.reasons.find((x) => x.text === 'vitriol');
    expect(frame?.cue).toBe('loaded:emotive');
    expect(frame?.explain).toMatch(/^the writer’s own word around the source’s/);
  });

  it('calls a question the writer asks an opinion', () => {
    expect(analyzeSentence('Why should anyone trust these people again?').label).toBe('opinion');
  });

  it('reads a CSV-quoted line (doubled quotation marks, as CheckThat keeps them) as its sentence', () => {
    // A quotation with its speaker, a whole quotation, and one that opens and never closes.
    expect(analyzeSentence('"""I had to think about what it would be like,"" he said."')).toMatchObject({
      label: 'reported-opinion',
      voice: 'attributed',
    });
    expect(
      analyzeSentence(
        '"""It\'s part of the disrespect that you think you can just put a body in front of kids."""',
      ).voice,
    ).toBe('attributed');
    expect(analyzeSentence('"""Would we even be thinking about this if it was a pilot?"').voice).toBe(
      'attributed',
    );
    expect(csvField('"One parent accused him of ""grooming"" children."')?.text).toBe(
      'One parent accused him of "grooming" children.',
    );
  });

  it('gives loaded words of a CSV-quoted line their offsets in the line as given', () => {
    const line = '"It was a disastrous week for the ""reform"" bill, a ridiculous mess."';
    const v = analyzeSentence(line);
    expect(v.loaded.map((l) => l.text)).toEqual(['disastrous', 'ridiculous']);
    for (const l of v.loaded) expect(line.slice(l.start, l.end)).toBe(l.text);
  });

  it('leaves a line that is only quoted, or has a lone doubled mark, as it is', () => {
    expect(csvField('"I was drowning."')).toBeUndefined();
    expect(csvField('He said ""no"" twice.')).toBeUndefined();
    expect(csvField('"""x" and "y"')).toBeUndefined();
    expect(analyzeSentence('"I was drowning."').voice).toBe('attributed');
  });
});

describe('eval helpers', () => {
  it('parses ;-separated CSV with a BOM, quoted fields, doubled quotes and newlines inside quotes', () => {
    const csv =
      '\ufefftext;label\n"He said ""no""; then left";Biased\n"two\nlines";Non-biased\nplain;No agreement\n';
    expect(parseCsv(csv)).toEqual([
      ['text', 'label'],
      ['He said "no"; then left', 'Biased'],
      ['two\nlines', 'Non-biased'],
      ['plain', 'No agreement'],
    ]);
  });

  it('computes macro-F1 as the mean of both classes’ F1', () => {
    const s = binaryScores([true, true, false, false], [true, false, false, true]);
    expect(s).toMatchObject({ n: 4, f1Pos: 0.5, f1Neg: 0.5, macroF1: 0.5, accuracy: 0.5 });
    const perfect = binaryScores([true, false], [true, false]);
    expect(perfect.macroF1).toBe(1);
  });
});

describe('reported judgement', () => {
  it('labels a source’s quoted pejorative as reported opinion, not as the outlet’s', () => {
    const v = analyzeSentence('“This is a shameful, reckless disaster,” Senator Jones said.');
    expect(v).toMatchObject({ label: 'reported-opinion', voice: 'attributed', loaded: [] });
  });

  it('labels a judgement reported with a neutral verb as reported opinion', () => {
    const v = analyzeSentence('Senator Jones said the plan was a disaster.');
    expect(v).toMatchObject({ label: 'reported-opinion', voice: 'attributed', loaded: [] });
    const according = analyzeSentence('According to the mayor, the closure is a disaster for the town.');
    expect(according).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
  });

  it('keeps a neutral report a claim, and the writer’s words before the verb out of the report', () => {
    expect(analyzeSentence('Jones said the meeting would take place on Monday.').label).toBe('claim');
    const s = prepareSentence('Jones said the meeting would take place on Monday.');
    const scored = scoreSentence(s);
    expect(scored.reasons.filter((r) => r.cue === 'reported-judgement')).toEqual([]);
  });

  it('keeps a source’s neutral quoted statement a claim', () => {
    const v = analyzeSentence('“The bridge will reopen in May,” Mayor Ortiz said.');
    expect(v).toMatchObject({ label: 'claim', voice: 'attributed' });
  });
});
