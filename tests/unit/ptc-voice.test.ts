import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawIndices } from '../../lib/cli/eval/pages-agreement';
import { locators } from '../../lib/cli/eval/pages-dev';
import {
  type ArticleJudge,
  articleInput,
  bodyLines,
  drawArticles,
  evalPtcVoice,
  PTC_SEED,
  ptcFigureLines,
  readPtcLabels,
  scoreArticles,
  splitArticle,
} from '../../lib/cli/eval/ptc-voice';

const ARTICLE = [
  'Mayor opens new bridge',
  '',
  'The mayor opened the bridge on Monday.',
  'It cost 3 million dollars.',
  '',
  '   ',
  'Critics said it was a waste.',
  '',
].join('\n');

describe('ptc-voice article input', () => {
  it('splits the title line from the paragraphs, runs of non-blank lines (whitespace-only lines are blank)', () => {
    expect(splitArticle(ARTICLE)).toEqual({
      title: 'Mayor opens new bridge',
      paragraphs: [
        ['The mayor opened the bridge on Monday.', 'It cost 3 million dollars.'],
        ['Critics said it was a waste.'],
      ],
    });
    expect(bodyLines(ARTICLE)).toBe(3);
    expect(bodyLines('Only a title\n')).toBe(0);
  });

  it('gives the title as meta.title and a heading block, then one paragraph block per run, lines joined by a space', () => {
    expect(articleInput(`\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`)).toEqual({
      meta: { title: 'Mayor opens new bridge' },
      blocks: [
        { kind: 'heading', text: 'Mayor opens new bridge' },
        { kind: 'paragraph', text: 'The mayor opened the bridge on Monday. It cost 3 million dollars.' },
        { kind: 'paragraph', text: 'Critics said it was a waste.' },
      ],
    });
  });
});

describe('ptc-voice draw', () => {
  // Ten fixture names whose size is their number: a10 has 10 lines, a40 has 40 ...
  const names = ['a70', 'a10', 'a20', 'a30', 'a40', 'a50', 'a15', 'a60', 'a25', 'a35'];
  const size = (n: string) => Number(n.slice(1));

  it('walks the sorted names in the seeded shuffle, skipping sizes outside min..max, until the target is reached', () => {
    const sorted = [...names].sort();
    const order = drawIndices(sorted.length, sorted.length, 7).map((i) => sorted[i]!);
    const expected: string[] = [];
    let total = 0;
    for (const n of order) {
      if (total >= 60) break;
      if (size(n) < 15 || size(n) > 60) continue;
      expected.push(n);
      total += size(n);
    }
    const got = drawArticles(names, size, 7, 15, 60, 60);
    expect(got).toEqual(expected);
    expect(got.every((n) => size(n) >= 15 && size(n) <= 60)).toBe(true);
    const sum = got.reduce((s, n) => s + size(n), 0);
    expect(sum).toBeGreaterThanOrEqual(60);
    // The last article kept is the one that reached the target.
    expect(sum - size(got.at(-1)!)).toBeLessThan(60);
  });

  it('does not depend on the order the names are listed in, and takes everything kept when the target is out of reach', () => {
    expect(drawArticles([...names].reverse(), size, PTC_SEED)).toEqual(drawArticles(names, size, PTC_SEED));
    expect(drawArticles(names, size, 3, 15, 60, 10_000).sort()).toEqual(
      ['a15', 'a20', 'a25', 'a30', 'a35', 'a40', 'a50', 'a60'].sort(),
    );
  });
});

describe('ptc-voice scoring', () => {
  /** A judge that segments each block at ". " and reads the fixture's marks: "waste" -> reported, "grand" -> opinion. */
  const fake: ArticleJudge = (input) =>
    input.blocks.flatMap((b) =>
      b.text.split(/(?<=\.) /).map((text) => ({
        text,
        label: text.includes('waste') ? 'reported-opinion' : text.includes('grand') ? 'opinion' : 'fact',
      })),
    );
  const text2 = 'A grand day\n\nIt was grand.\nIt was grand.\nIt rained.\n';
  const articles = [
    { name: 'a.txt', text: ARTICLE },
    { name: 'b.txt', text: text2 },
  ];

  it('matches "key:occ:label" entries by locator in each article and counts gold x predicted', () => {
    const locA = locators([
      'Mayor opens new bridge',
      'The mayor opened the bridge on Monday.',
      'It cost 3 million dollars.',
      'Critics said it was a waste.',
    ]);
    const locB = locators(['A grand day', 'It was grand.', 'It was grand.', 'It rained.']);
    expect(locB[2]).toBe(`${locB[1]!.split(':')[0]}:1`);
    const c = scoreArticles(
      articles,
      {
        articles: {
          'a.txt': [`${locA[0]}:none`, `${locA[1]}:none`, `${locA[2]}:own`, `${locA[3]}:reported`],
          'b.txt': [`${locB[0]}:own`, `${locB[1]}:own`, `${locB[2]}:none`, `${locB[3]}:none`],
        },
      },
      fake,
    );
    expect(c.located).toBe(8);
    expect(c.missing).toBe(0);
    expect(c.counts).toEqual({
      own: { own: 2, reported: 0, none: 1 },
      reported: { own: 0, reported: 1, none: 0 },
      none: { own: 1, reported: 0, none: 3 },
    });
    // No errors are kept: the set is never read.
    expect(c.errors).toEqual([]);
  });

  it('counts entries of an unknown article, an unlocated sentence or a refused article as missing, never guessed', () => {
    const c = scoreArticles(
      articles,
      {
        articles: {
          'gone.txt': ['0123456789:0:own'],
          'a.txt': ['0123456789:0:none'],
          'b.txt': ['abcdefabcd:0:own'],
        },
      },
      (input) => (input.meta.title === 'A grand day' ? null : fake(input)),
    );
    expect(c.located).toBe(0);
    expect(c.missing).toBe(3);
  });

  it('refuses a malformed entry', () => {
    expect(() => scoreArticles(articles, { articles: { 'a.txt': ['xyz:0:own'] } }, fake)).toThrow(
      /bad label entry/,
    );
  });

  it('prints the title with counts, then macro-F1, reported recall and precision, own precision and recall, none F1', () => {
    const locB = locators(['A grand day', 'It was grand.', 'It was grand.', 'It rained.']);
    const c = scoreArticles(
      articles,
      { articles: { 'b.txt': [`${locB[0]}:own`, `${locB[1]}:own`, `${locB[2]}:none`, `${locB[3]}:none`] } },
      fake,
    );
    const [title, figures] = ptcFigureLines(c, 1);
    expect(title).toMatch(
      /^ptc-voice \(.*labelled blind.*\): articles=1 sentences=4 gold own=2 reported=0 none=2$/,
    );
    // own: 3 predicted, 2 right (p 0.667, r 1); none: 1 predicted, 1 right of 2 (p 1, r 0.5, F1 0.667); reported F1 0.
    expect(figures).toBe(
      'ptc-voice: macro-F1=0.489 reported recall=0.000 precision=0.000 own precision=0.667 recall=1.000 none F1=0.667',
    );
    // The training articles' figure (ptc-rows) prints under its own title and name.
    const [trainTitle, trainFigures] = ptcFigureLines(c, 1, 'ptc-train (monitored)', 'ptc-train');
    expect(trainTitle).toBe('ptc-train (monitored): articles=1 sentences=4 gold own=2 reported=0 none=2');
    expect(trainFigures).toMatch(/^ptc-train: macro-F1=0\.489 /);
  });

  it('says plainly when the corpus is absent', () => {
    expect(evalPtcVoice(mkdtempSync(join(tmpdir(), 'ptc-'))).join('\n')).toMatch(
      /no ptc-propaganda train-articles/,
    );
  });
});

describe('ptc-voice committed labels', () => {
  it('hold 505 well-formed entries over 17 articles, no locator twice in an article', () => {
    const labels = readPtcLabels();
    expect(labels).not.toBeNull();
    const entries = Object.entries(labels!.articles);
    expect(entries.length).toBe(17);
    let n = 0;
    for (const [name, list] of entries) {
      expect(name).toMatch(/^article\d+\.txt$/);
      const locs = list.map((e) => {
        expect(e).toMatch(/^[0-9a-f]{10}:\d+:(own|reported|none)$/);
        return e.slice(0, e.lastIndexOf(':'));
      });
      expect(new Set(locs).size).toBe(locs.length);
      n += list.length;
    }
    expect(n).toBe(505);
  });
});
