import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asLine,
  distinctSentences,
  drawSample,
  evalNewsVoice,
  figureLine,
  type Judge,
  NEWS_HALF,
  NEWS_SAMPLE,
  NEWS_SEED,
  parseEntry,
  pooled,
  readNewsLabels,
  scoreHalf,
} from '../../lib/cli/eval/news-voice';
import { drawIndices, sampleIndices } from '../../lib/cli/eval/pages-agreement';
import { sentenceKey } from '../../lib/cli/eval/pages-dev';

const row = (sentence: string, mention = 'X') =>
  JSON.stringify({ sentence, mention, from: 0, to: 1, polarity: 0 });

/** A judge that reads the fixture's own marks: "OWN" -> opinion, "SAID" -> reported-opinion, else fact. */
const fake: Judge = (line) => ({
  label: line.includes('OWN') ? 'opinion' : line.includes('SAID') ? 'reported-opinion' : 'fact',
  voice: line.includes('SAID') ? 'attributed' : 'outlet',
});

describe('news-voice distinct sentences', () => {
  it('keeps each sentence once, in the order it first appears, and skips blank lines', () => {
    const jsonl = [
      row('First one.'),
      row('Second one.'),
      row('First one.', 'Y'),
      '',
      row('Third.'),
      row('Second one.'),
    ].join('\n');
    expect(distinctSentences(jsonl)).toEqual(['First one.', 'Second one.', 'Third.']);
  });

  it('treats texts that differ only in spacing as different sentences (exact text)', () => {
    expect(distinctSentences([row('A  b.'), row('A b.')].join('\n'))).toEqual(['A  b.', 'A b.']);
  });

  it('makes one input line of a sentence with a line break in it', () => {
    expect(asLine('Photo credit\nThe senator said so.')).toBe('Photo credit The senator said so.');
    expect(asLine('a\r\n\r\nb')).toBe('a b');
  });
});

describe('news-voice sample and halves', () => {
  it('draws the same set as sampleIndices, in the order of the shuffle', () => {
    const drawn = drawIndices(7734, 480, NEWS_SEED);
    expect(drawn).toHaveLength(480);
    expect([...drawn].sort((a, b) => a - b)).toEqual(sampleIndices(7734, 480, NEWS_SEED));
    expect(drawn).not.toEqual(sampleIndices(7734, 480, NEWS_SEED));
    expect(NEWS_SAMPLE).toBe(480);
    expect(NEWS_HALF).toBe(240);
  });

  it('puts the first half drawn in A and the rest in B, with locators over the whole sample', () => {
    const sentences = Array.from({ length: 50 }, (_, i) => `Sentence number ${i} of the fixture.`);
    const s = drawSample(sentences, 10, 7, 4);
    expect(s).toHaveLength(10);
    expect(s.map((d) => d.half)).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B']);
    expect(s.map((d) => d.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.map((d) => d.text)).toEqual(drawIndices(50, 10, 7).map((i) => sentences[i]));
    for (const d of s) expect(d.loc).toBe(`${sentenceKey(d.text)}:0`);
  });

  it('counts occurrences when two sampled sentences share their first 40 characters', () => {
    const head = 'The same forty characters open them all,';
    expect(head).toHaveLength(40);
    const sentences = [`${head} one.`, `${head} two.`, `${head} three.`];
    const s = drawSample(sentences, 3, 1, 2);
    const key = sentenceKey(head);
    expect(s.map((d) => d.loc)).toEqual([`${key}:0`, `${key}:1`, `${key}:2`]);
  });
});

describe('news-voice labels', () => {
  it('parses "key:occ:label" and refuses anything else', () => {
    expect(parseEntry('0123456789:0:own')).toEqual({ loc: '0123456789:0', gold: 'own' });
    expect(parseEntry('abcdefabcd:2:reported')).toEqual({ loc: 'abcdefabcd:2', gold: 'reported' });
    expect(() => parseEntry('abcdefabcd:0:opinion')).toThrow(/bad label entry/);
    expect(() => parseEntry('abcdefabcd:own')).toThrow(/bad label entry/);
    expect(() => parseEntry('ABCDEFABCD:0:none')).toThrow(/bad label entry/);
  });

  it('the committed label file has 240 entries per half, each well formed, no locator twice', () => {
    const labels = readNewsLabels();
    expect(labels).not.toBeNull();
    expect(labels!.A).toHaveLength(240);
    expect(labels!.B).toHaveLength(240);
    const locs = [...labels!.A, ...labels!.B].map((e) => parseEntry(e).loc);
    expect(new Set(locs).size).toBe(480);
  });
});

describe('news-voice confusion and figures', () => {
  // Six sentences: half A = the first 3 drawn, half B = the other 3.
  const sentences = [
    'OWN one: a writer judges here.',
    'SAID two: a source judges here.',
    'Plain three: a fact.',
    'OWN four: another judgement.',
    'SAID five: another source.',
    'Plain six: another fact.',
  ];
  const drawn = drawSample(sentences, 6, 3, 3);
  const loc = (text: string) => drawn.find((d) => d.text === text)!.loc;
  const half = (text: string) => drawn.find((d) => d.text === text)!.half;
  // Gold: the fake judge is right except on two sentences labelled otherwise.
  const gold: Record<string, 'own' | 'reported' | 'none'> = {
    'OWN one: a writer judges here.': 'own',
    'SAID two: a source judges here.': 'reported',
    'Plain three: a fact.': 'reported', // judged none: a missed reported
    'OWN four: another judgement.': 'none', // judged own: an own false alarm
    'SAID five: another source.': 'reported',
    'Plain six: another fact.': 'none',
  };
  const entries = (h: 'A' | 'B') => sentences.filter((t) => half(t) === h).map((t) => `${loc(t)}:${gold[t]}`);

  it('counts gold x predicted per half, and lists the disagreements with locator and voice', () => {
    const a = scoreHalf(drawn, entries('A'), 'A', fake);
    const b = scoreHalf(drawn, entries('B'), 'B', fake);
    expect(a.located + b.located).toBe(6);
    const all = pooled(a, b);
    expect(all.counts).toEqual({
      own: { own: 1, reported: 0, none: 0 },
      reported: { own: 0, reported: 2, none: 1 },
      none: { own: 1, reported: 0, none: 1 },
    });
    const errors = [...a.errors, ...b.errors].sort((x, y) => x.text.localeCompare(y.text));
    expect(errors).toEqual([
      {
        slug: loc('OWN four: another judgement.'),
        gold: 'none',
        got: 'own',
        text: 'OWN four: another judgement.',
        voice: 'outlet',
      },
      {
        slug: loc('Plain three: a fact.'),
        gold: 'reported',
        got: 'none',
        text: 'Plain three: a fact.',
        voice: 'outlet',
      },
    ]);
  });

  it('counts a label whose sentence is not in its half as unlocated, never guessed', () => {
    const inB = sentences.find((t) => half(t) === 'B')!;
    const c = scoreHalf(drawn, [...entries('A'), `${loc(inB)}:none`, '0000000000:0:own'], 'A', fake);
    expect(c.located).toBe(3);
    expect(c.missing).toBe(2);
  });

  it('prints n, gold counts, macro-F1, reported recall and precision, own precision and recall', () => {
    const all = pooled(scoreHalf(drawn, entries('A'), 'A', fake), scoreHalf(drawn, entries('B'), 'B', fake));
    // own: tp 1, predicted 2, gold 1 -> p 0.5 r 1 F1 0.667; reported: tp 2, predicted 2, gold 3 -> p 1 r 0.667 F1 0.8;
    // none: tp 1, predicted 2, gold 2 -> p 0.5 r 0.5 F1 0.5; macro (0.667 + 0.8 + 0.5) / 3 = 0.656
    expect(figureLine('news-voice A+B', all)).toBe(
      'news-voice A+B: n=6 gold own=1 reported=3 none=2 macro-F1=0.656 reported recall=0.667 precision=1.000 own precision=0.500 recall=1.000',
    );
  });

  it('says plainly when the corpus is absent', () => {
    const empty = mkdtempSync(join(tmpdir(), 'news-voice-'));
    expect(evalNewsVoice(empty, fake)).toEqual([
      `news-voice: no NewsMTSC train at ${join(empty, 'newsmtsc', 'train.jsonl')}; nothing to measure.`,
    ]);
    mkdirSync(join(empty, 'newsmtsc'));
    writeFileSync(join(empty, 'newsmtsc', 'dev.jsonl'), `${row('Only dev here.')}\n`);
    expect(evalNewsVoice(empty, fake)[0]).toMatch(/^news-voice: no NewsMTSC train at /);
  });
});
