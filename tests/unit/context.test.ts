import { describe, expect, it } from 'vitest';
import { CONTEXT_WEIGHT, inContext, neighbourLogits } from '../../lib/analysis/context';
import { analyzeArticle } from '../../lib/analysis/report';
import type { Sentence } from '../../lib/analysis/types';
import { locators } from '../../lib/cli/eval/pages-dev';
import { type ContextRow, contextRows, fitWeight } from '../../lib/cli/train/context';

const logit = (p: number) => Math.log(p / (1 - p));

/** Outlet-voice sentences at these opinion scores, one per block. */
function sentences(...opinions: number[]): Sentence[] {
  return opinions.map((opinion, index) => ({
    index,
    block: index,
    start: 0,
    end: 10,
    text: `Sentence ${index} says nothing much.`,
    opinion,
    label: opinion >= 0.5 ? 'opinion' : 'fact',
    voice: 'outlet',
    reasons: [],
  }));
}

describe('context: a sentence read among its neighbours', () => {
  it('takes the mean opinion logit of the prose sentences up to two either side, itself and non-prose left out', () => {
    const s = sentences(0.9, 0.8, 0.45, 0.2, 0.1, 0.5);
    const prose = [true, true, true, false, true, true];
    const around = neighbourLogits(s, prose);
    expect(around[2]).toBeCloseTo((logit(0.9) + logit(0.8) + logit(0.1)) / 3, 10);
    expect(around[3]).toBeUndefined();
    expect(around[5]).toBeCloseTo(logit(0.1), 10);
  });

  it('moves a borderline sentence among judgements to opinion, and names its neighbours as the reason', () => {
    const s = sentences(0.9, 0.85, 0.45, 0.8, 0.9);
    const out = inContext(s, [true, true, true, true, true], [[], [], [], [], []]);
    expect(out[2]!.label).toBe('opinion');
    expect(out[2]!.opinion).toBeGreaterThan(0.5);
    const reason = out[2]!.reasons.find((r) => r.cue === 'context');
    expect(reason?.explain).toBe('the sentences around it read as judgement');
    expect(reason?.weight).toBeCloseTo(
      CONTEXT_WEIGHT * ((logit(0.9) + logit(0.85) + logit(0.8) + logit(0.9)) / 4),
      3,
    );
  });

  it('moves a borderline sentence among plain report to report, and leaves non-prose and lone sentences alone', () => {
    const s = sentences(0.05, 0.1, 0.55, 0.1, 0.05);
    const out = inContext(s, [true, true, true, true, true], [[], [], [], [], []]);
    expect(out[2]!.label).not.toBe('opinion');
    expect(out[2]!.reasons.at(-1)?.explain).toBe('the sentences around it read as plain report');
    const heading = inContext(s, [true, true, false, true, true], [[], [], [], [], []]);
    expect(heading[2]).toBe(s[2]);
    const lone = sentences(0.55);
    expect(inContext(lone, [true], [[]])[0]).toBe(lone[0]);
    expect(inContext(s, [true, true, true, true, true], [[], [], [], [], []], 0)[2]!.opinion).toBe(0.55);
  });

  it('applies in an article: the same sentence alone and among judgements', () => {
    const line = 'The museum reopened its east wing this spring after a long renovation.';
    const judging =
      'This is a disgraceful, shameful waste of public money. The council should be ashamed of itself. ';
    const alone = analyzeArticle({ meta: {}, blocks: [{ kind: 'paragraph', text: line }] }).sentences[0]!;
    const among = analyzeArticle({
      meta: {},
      blocks: [{ kind: 'paragraph', text: `${judging}${line} ${judging}` }],
    }).sentences.find((s) => s.text === line)!;
    expect(alone.reasons.some((r) => r.cue === 'context')).toBe(false);
    expect(among.opinion).toBeGreaterThan(alone.opinion);
    expect(among.reasons.find((r) => r.cue === 'context')?.weight).toBeGreaterThan(0);
  });
});

describe('train/context: fitting the neighbours’ weight', () => {
  it('finds a positive weight when the neighbours say what the sentence alone does not, and none when they say nothing', () => {
    const rows: ContextRow[] = [];
    for (let i = 0; i < 200; i++) {
      const own = i % 2 === 0;
      // The sentence's own logit is a coin toss; its neighbours lean the right way.
      rows.push({ z: i % 4 < 2 ? 0.3 : -0.3, around: own ? 1.5 : -1.5, own, set: 'a' });
    }
    expect(fitWeight(rows)).toBeGreaterThan(0.5);
    const flat = rows.map((r, i) => ({ ...r, z: r.own ? 1 : -1, around: i % 3 === 0 ? 1 : -1 }));
    expect(fitWeight(flat)).toBeLessThan(0.1);
  });

  it('reads a row from the two reports: the shift at weight 1 is the neighbours’ mean', () => {
    const alone = sentences(0.6, 0.3);
    const full = inContext(alone, [true, true], [[], []], 1);
    const entries = locators(alone.map((s) => s.text)).map((l, i) => `${l}:${i === 0 ? 'own' : 'none'}`);
    const rows = contextRows(alone, full, entries, 'x');
    expect(rows.map((r) => r.own)).toEqual([true, false]);
    expect(rows[0]!.z).toBeCloseTo(logit(0.6), 6);
    expect(rows[0]!.around).toBeCloseTo(logit(0.3), 6);
    expect(rows[1]!.around).toBeCloseTo(logit(0.6), 6);
    expect(contextRows(alone, full, [], 'x')).toEqual([]);
  });
});
