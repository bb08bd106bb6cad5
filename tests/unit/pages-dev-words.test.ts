import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabels } from '../../lib/cli/eval/pages-dev';
import {
  marksSet,
  precisionOf,
  readWordLabels,
  splitLabel,
  WORD_SET_KEYS,
  WORD_SET_NAME,
} from '../../lib/cli/eval/pages-dev-words';

const dir = join(__dirname, '../../lib/cli/eval/pages-dev');

describe('pages-dev word labels', () => {
  it('splits a label into the mark key and the judgement', () => {
    expect(splitLabel('0942882ec4:0:43:loaded')).toEqual({ key: '0942882ec4:0:43', gold: 'loaded' });
    expect(splitLabel('a1e908b6e8:2:0:plain')).toEqual({ key: 'a1e908b6e8:2:0', gold: 'plain' });
  });

  it('counts partly as half in the lenient precision and as a miss in the strict one', () => {
    expect(precisionOf({ loaded: 6, partly: 2, plain: 2 })).toEqual({
      judged: 10,
      strict: 0.6,
      lenient: 0.7,
    });
    expect(precisionOf({ loaded: 0, partly: 0, plain: 0 })).toEqual({ judged: 0, strict: 0, lenient: 0 });
  });

  it('stores only locators and judgements, for pages of the sentence-labelled set, each mark once', () => {
    const words = JSON.parse(readFileSync(join(dir, 'words.json'), 'utf8')) as {
      pages: Record<string, string[]>;
    };
    const sentences = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
      pages: Record<string, string[]>;
    };
    expect(Object.values(words.pages).flat().length).toBeGreaterThan(150);
    for (const [slug, entries] of Object.entries(words.pages)) {
      expect(Object.keys(sentences.pages)).toContain(slug);
      for (const e of entries) expect(e).toMatch(/^[0-9a-f]{10}:\d+:\d+:(loaded|partly|plain)$/);
      const keys = entries.map((e) => splitLabel(e).key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it.each(['fresh', 'fresh2', 'fresh3'] as const)(
    'keeps the %s marks to the pages of that sentence set, in labelled sentences, each mark once',
    (set) => {
      const words = readWordLabels(set);
      const sentences = readLabels(set);
      expect(Object.values(words.pages).flat().length).toBeGreaterThan(0);
      for (const [slug, entries] of Object.entries(words.pages)) {
        expect(Object.keys(sentences.pages)).toContain(slug);
        // A mark sits in a labelled sentence of its page.
        const located = new Set(sentences.pages[slug]!.map((e) => e.slice(0, e.lastIndexOf(':'))));
        for (const e of entries) {
          expect(e).toMatch(/^[0-9a-f]{10}:\d+:\d+:(loaded|partly|plain)$/);
          expect(located).toContain(splitLabel(e).key.split(':').slice(0, 2).join(':'));
        }
        const keys = entries.map((e) => splitLabel(e).key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    },
  );

  it("prints the judged sets in order dev, fresh, fresh2, fresh3 under their sentence sets' names; --fresh / --fresh2 / --fresh3 pick one", () => {
    expect(WORD_SET_KEYS).toEqual(['dev', 'fresh', 'fresh2', 'fresh3']);
    expect(WORD_SET_NAME).toEqual({
      dev: 'pages-dev',
      fresh: 'pages-fresh',
      fresh2: 'pages-fresh2',
      fresh3: 'pages-fresh3',
    });
    expect(marksSet(['--marks'])).toBe('dev');
    expect(marksSet(['--marks', '--fresh'])).toBe('fresh');
    expect(marksSet(['--unjudged', '--fresh2'])).toBe('fresh2');
    expect(marksSet(['--unjudged', '--fresh3'])).toBe('fresh3');
  });
});
