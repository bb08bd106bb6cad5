import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedCategory } from '../../lib/analysis/types';
import { drawSample } from '../../lib/cli/eval/news-voice';
import {
  evalNewsWords,
  type MarkFinder,
  NEWS_WORDS_TITLE,
  newsMarks,
  parseWordEntry,
  pooledWords,
  readNewsWordLabels,
  scoreWordHalf,
  showMark,
  wordFigureLine,
} from '../../lib/cli/eval/news-voice-words';
import { sentenceKey } from '../../lib/cli/eval/pages-dev';

/** A finder that marks the fixture's capitalised cue words: BAD, AWFUL, SLAMMED, VERY, GREAT. */
const CUES: Record<string, LoadedCategory> = {
  BAD: 'pejorative',
  AWFUL: 'emotive',
  SLAMMED: 'saying-verb',
  VERY: 'intensifier',
  GREAT: 'praise',
};
const fake: MarkFinder = (line) =>
  [...line.matchAll(/\b[A-Z]{3,}\b/g)]
    .filter((m) => CUES[m[0]])
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, category: CUES[m[0]]! }));

const row = (sentence: string) => JSON.stringify({ sentence, mention: 'X', from: 0, to: 1, polarity: 0 });

describe('news-voice words entries', () => {
  it('splits "key:occ:start:label" into the mark key and the label', () => {
    expect(parseWordEntry('0123456789:0:17:loaded')).toEqual({ key: '0123456789:0:17', gold: 'loaded' });
    expect(parseWordEntry('abcdefabcd:2:0:partly')).toEqual({ key: 'abcdefabcd:2:0', gold: 'partly' });
    expect(parseWordEntry('abcdefabcd:0:105:plain')).toEqual({ key: 'abcdefabcd:0:105', gold: 'plain' });
  });

  it('throws on a missing start, an unknown label or a bad key', () => {
    expect(() => parseWordEntry('0123456789:0:loaded')).toThrow(/bad entry/);
    expect(() => parseWordEntry('0123456789:0:17:own')).toThrow(/bad entry/);
    expect(() => parseWordEntry('012345678:0:17:loaded')).toThrow(/bad entry/);
    expect(() => parseWordEntry('0123456789:0:17:loaded ')).toThrow(/bad entry/);
  });

  it('reads an absent words file as no judgements', () => {
    expect(readNewsWordLabels(join(tmpdir(), 'no-such-news-words.json'))).toEqual({ A: [], B: [] });
  });
});

describe('news-voice words marks and scores', () => {
  const sentences = [
    'It was a BAD plan and an AWFUL day.',
    'Smith SLAMMED the\nplan.',
    'Nothing is marked here.',
    'A VERY GREAT speech.',
    'The BAD one in half B.',
    'Half B has an AWFUL one too.',
  ];
  const drawn = drawSample(sentences, 6, 3, 3);
  const marks = newsMarks(drawn, fake);
  const keyOf = (text: string, word: string): string => {
    const d = drawn.find((x) => x.text === text)!;
    return `${d.loc}:${d.text.indexOf(word)}`;
  };

  it('keys each mark by its sentence locator and its start in the line, line breaks made spaces', () => {
    expect(marks).toHaveLength(7);
    const slam = marks.find((m) => m.category === 'saying-verb')!;
    expect(slam.key).toBe(`${sentenceKey(sentences[1]!)}:0:6`);
    expect(slam.line).toBe('Smith SLAMMED the plan.');
    expect(showMark(slam)).toBe(`${slam.half}\t${slam.key}\tsaying-verb\tSmith [[SLAMMED]] the plan.`);
  });

  // Judge the marks of whichever half each sentence fell in; two judgements have no mark (gone).
  const judge = (text: string, word: string, label: string) => `${keyOf(text, word)}:${label}`;
  const entries = {
    A: [] as string[],
    B: [] as string[],
  };
  const plan: [string, string, string][] = [
    [sentences[0]!, 'BAD', 'loaded'],
    [sentences[0]!, 'AWFUL', 'partly'],
    [sentences[1]!, 'SLAMMED', 'plain'],
    [sentences[3]!, 'VERY', 'loaded'],
    // GREAT (sentences[3]) left unjudged
    [sentences[4]!, 'BAD', 'partly'],
    [sentences[5]!, 'AWFUL', 'loaded'],
  ];
  for (const [text, word, label] of plan)
    entries[drawn.find((d) => d.text === text)!.half].push(judge(text, word, label));
  entries.A.push('ffffffffff:0:3:loaded');
  entries.B.push('eeeeeeeeee:0:9:plain');

  it('counts judged, unjudged and gone marks per half and pools them', () => {
    const a = scoreWordHalf(marks, entries.A, 'A');
    const b = scoreWordHalf(marks, entries.B, 'B');
    expect(a.marks + b.marks).toBe(7);
    expect(a.unjudged + b.unjudged).toBe(1);
    expect(a.gone).toBe(1);
    expect(b.gone).toBe(1);
    const all = pooledWords(a, b);
    expect(all.counts).toEqual({ loaded: 3, partly: 2, plain: 1 });
    expect(all.unjudged).toBe(1);
    expect(all.gone).toBe(2);
    expect(all.byCategory.pejorative).toEqual({ loaded: 1, partly: 1, plain: 0 });
    expect(all.byCategory.praise).toBeUndefined();
  });

  it('gives strict (loaded only) and lenient (partly half) precision over the judged marks only', () => {
    const all = pooledWords(scoreWordHalf(marks, entries.A, 'A'), scoreWordHalf(marks, entries.B, 'B'));
    // 3 loaded, 2 partly, 1 plain of 6 judged: strict 3/6, lenient (3 + 1) / 6; GREAT unjudged, left out.
    expect(wordFigureLine('t', all)).toBe(
      't words: marks=7 judged=6 loaded=3 partly=2 plain=1 unjudged=1 gone=2 precision strict=0.500 lenient=0.667; ' +
        'strict by category: pejorative 0.500 (2), emotive 0.500 (2), saying-verb 0.000 (1), intensifier 1.000 (1), praise - (0)',
    );
  });

  it('prints no unjudged or gone counts when there are none, and zeros with nothing judged', () => {
    const none = scoreWordHalf([], [], 'A');
    expect(wordFigureLine('n', none)).toBe(
      'n words: marks=0 judged=0 loaded=0 partly=0 plain=0 precision strict=0.000 lenient=0.000; ' +
        'strict by category: pejorative - (0), emotive - (0), saying-verb - (0), intensifier - (0), praise - (0)',
    );
  });

  it('counts a judgement of the other half as gone, not as a mark of this one', () => {
    const onlyA = marks.filter((m) => m.half === 'A');
    const s = scoreWordHalf(onlyA, [`${onlyA[0]!.key}:loaded`], 'B');
    expect(s.marks).toBe(0);
    expect(s.gone).toBe(1);
  });
});

describe('news-voice words eval', () => {
  it('says why when there is no NewsMTSC train, and scores a small file (all in half A)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-voice-words-'));
    expect(evalNewsWords(dir, fake, { A: [], B: [] })).toEqual([
      `news-voice words: no NewsMTSC train at ${join(dir, 'newsmtsc', 'train.jsonl')}; nothing to measure.`,
    ]);
    mkdirSync(join(dir, 'newsmtsc'));
    const text = 'A BAD and VERY AWFUL day.';
    writeFileSync(join(dir, 'newsmtsc', 'train.jsonl'), `${row(text)}\n${row('Plain words.')}\n`);
    const k = `${sentenceKey(text)}:0`;
    const lines = evalNewsWords(dir, fake, { A: [`${k}:2:loaded`, `${k}:10:plain`], B: [] });
    expect(lines[0]).toBe(NEWS_WORDS_TITLE);
    expect(lines[1]).toMatch(
      /^news-voice A words: marks=3 judged=2 loaded=1 partly=0 plain=1 unjudged=1 precision strict=0\.500 lenient=0\.500;/,
    );
    expect(lines[2]).toMatch(/^news-voice B words: marks=0 judged=0 /);
    expect(lines[3]).toMatch(/^news-voice A\+B words: marks=3 judged=2 .* strict=0\.500 /);
  });
});
