import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleIndices } from '../../lib/cli/eval/pages-agreement';
import { type Gold, locators } from '../../lib/cli/eval/pages-dev';
import { agreementLines, compareReaders, sampleSentences } from '../../lib/cli/eval/ptc-agreement';
import type { PtcLabels } from '../../lib/cli/eval/ptc-voice';

const dir = join(__dirname, '../../lib/cli/eval/ptc-voice');

const A = ['The mayor opened the bridge.', 'Critics said it was a waste.', 'It cost 3 million dollars.'];
const B = ['Police said two people died.', 'This is a disgrace.'];
const locA = locators(A);
const locB = locators(B);

describe('ptc-agreement sample', () => {
  it('draws from all sentences in article order, with each one’s article, locator and neighbours', () => {
    const articles = [
      { name: 'a.txt', sentences: A },
      { name: 'b.txt', sentences: B },
    ];
    const all = sampleSentences(articles, 10, 1);
    expect(all.map((s) => `${s.name}#${s.index}`)).toEqual([
      'a.txt#0',
      'a.txt#1',
      'a.txt#2',
      'b.txt#0',
      'b.txt#1',
    ]);
    expect(all[0]).toEqual({
      name: 'a.txt',
      loc: locA[0],
      index: 0,
      before: undefined,
      text: A[0],
      after: A[1],
    });
    expect(all[3]).toEqual({
      name: 'b.txt',
      loc: locB[0],
      index: 0,
      before: undefined,
      text: B[0],
      after: B[1],
    });
    expect(all[4]!.after).toBeUndefined();
    // the same seeded draw as the page sets' sample: sampleIndices over the 5 sentences
    const two = sampleSentences(articles, 2, 20261210);
    const flat = [...A, ...B];
    expect(two.map((s) => s.text)).toEqual(sampleIndices(5, 2, 20261210).map((i) => flat[i]));
    expect(sampleSentences(articles, 2, 20261210)).toEqual(two);
  });
});

describe('ptc-agreement comparison', () => {
  const first: PtcLabels = {
    articles: {
      'a.txt': [`${locA[0]}:none`, `${locA[1]}:reported`, `${locA[2]}:none`],
      'b.txt': [`${locB[0]}:none`, `${locB[1]}:own`],
    },
  };
  const engine = new Map<string, Map<string, Gold>>([
    [
      'a.txt',
      new Map<string, Gold>([
        [locA[0]!, 'none'],
        [locA[1]!, 'reported'],
        [locA[2]!, 'own'],
      ]),
    ],
    [
      'b.txt',
      new Map<string, Gold>([
        [locB[0]!, 'reported'],
        [locB[1]!, 'own'],
      ]),
    ],
  ]);

  it('counts original x second, and the engine against each, on the doubly labelled sentences only', () => {
    const second: PtcLabels = {
      articles: {
        'a.txt': [`${locA[1]}:reported`, `${locA[2]}:own`],
        'b.txt': [`${locB[1]}:own`, '0000000000:0:none'],
        'c.txt': [`${locA[0]}:none`],
      },
    };
    const r = compareReaders(first, second, engine);
    expect(r.unmatched).toBe(2);
    expect(r.articles).toBe(3);
    expect(r.readers).toEqual({
      own: { own: 1, reported: 0, none: 0 },
      reported: { own: 0, reported: 1, none: 0 },
      none: { own: 1, reported: 0, none: 0 },
    });
    expect(r.vsFirst).toEqual({
      own: { own: 1, reported: 0, none: 0 },
      reported: { own: 0, reported: 1, none: 0 },
      none: { own: 1, reported: 0, none: 0 },
    });
    expect(r.vsSecond).toEqual({
      own: { own: 2, reported: 0, none: 0 },
      reported: { own: 0, reported: 1, none: 0 },
      none: { own: 0, reported: 0, none: 0 },
    });
    const lines = agreementLines(r);
    expect(lines[0]).toBe(
      'ptc-voice: second-read sentences=3 unmatched=2 articles=3 raw agreement=0.667 kappa=0.500 (standard error 0.408)',
    );
    expect(lines).toHaveLength(7);
    expect(lines[2]).toBe('  own                   1        0        0');
    expect(lines[4]).toBe('  none                  1        0        0');
    // vs second: own P 1 R 1, reported P 1 R 1, none no gold and no prediction (F1 0): (1 + 1 + 0) / 3
    expect(lines[6]).toBe(
      '  engine vs second reader:   macro-F1=0.667 (own 1.000, reported 1.000, none 0.000)',
    );
  });

  it('prints no sentence text, only figures', () => {
    const second: PtcLabels = { articles: { 'a.txt': [`${locA[0]}:none`] } };
    const out = agreementLines(compareReaders(first, second, engine)).join('\n');
    for (const t of [...A, ...B]) expect(out).not.toContain(t);
    expect(out).toContain('raw agreement=1.000 kappa=1.000');
  });
});

describe('ptc-voice/labels-second.json', () => {
  it('labels 150 sentences that labels.json labels, once each, with one of the three labels', () => {
    const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PtcLabels;
    const known = new Set<string>();
    for (const [name, entries] of Object.entries(read('labels.json').articles))
      for (const e of entries) known.add(`${name}/${e.slice(0, e.lastIndexOf(':'))}`);
    const seen = new Set<string>();
    for (const [name, entries] of Object.entries(read('labels-second.json').articles))
      for (const e of entries) {
        const at = e.lastIndexOf(':');
        const key = `${name}/${e.slice(0, at)}`;
        expect(known.has(key), key).toBe(true);
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        expect(['own', 'reported', 'none']).toContain(e.slice(at + 1));
      }
    expect(seen.size).toBe(150);
  });
});
