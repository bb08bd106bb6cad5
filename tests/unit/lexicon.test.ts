import { describe, expect, it } from 'vitest';
import type { LoadedCategory } from '../../lib/analysis/types';
import { CATEGORIES, LEXICON, LEXICON_FILES } from '../../lib/lexicon';
import { countsAsLoaded, isLexicalCategory } from '../../lib/lexicon/categories';
import { termSlug } from '../../lib/lexicon/entry';
import { LOADEDNESS, LOADEDNESS_FLOOR } from '../../lib/lexicon/loadedness';

const FILE_CATEGORY: Record<string, LoadedCategory> = {
  pejorative: 'pejorative',
  praise: 'praise',
  emotive: 'emotive',
  intensifier: 'intensifier',
  'saying-verb': 'saying-verb',
  factive: 'factive',
  hedge: 'hedge',
  absolute: 'absolute',
};

describe('lexicon data', () => {
  it('is sized for real news, with every category stocked', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(800);
    const minimum: Record<string, number> = {
      pejorative: 300,
      praise: 80,
      emotive: 200,
      intensifier: 80,
      'saying-verb': 60,
      factive: 15,
      hedge: 30,
      absolute: 25,
    };
    for (const [file, entries] of Object.entries(LEXICON_FILES)) {
      expect(entries.length, file).toBeGreaterThanOrEqual(minimum[file] ?? 1);
    }
  });

  it('has unique ids derived from category prefix and term', () => {
    const ids = new Set<string>();
    for (const entry of LEXICON) {
      expect(ids.has(entry.id), entry.id).toBe(false);
      ids.add(entry.id);
      expect(entry.id).toBe(`${CATEGORIES[entry.category].prefix}-${termSlug(entry.term)}`);
      expect(entry.id).toMatch(/^[a-z]+-[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('keeps each file to its own category, sorted by term, without duplicate terms', () => {
    for (const [file, entries] of Object.entries(LEXICON_FILES)) {
      const terms = entries.map((e) => e.term);
      expect(new Set(terms).size, file).toBe(terms.length);
      const sorted = [...terms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(terms, file).toEqual(sorted);
      for (const entry of entries) expect(entry.category).toBe(FILE_CATEGORY[file]);
    }
  });

  it('documents every category, and every category has entries or a matcher rule', () => {
    const used = new Set(LEXICON.map((e) => e.category));
    for (const cat of Object.values(FILE_CATEGORY)) {
      expect(used.has(cat), cat).toBe(true);
      expect(CATEGORIES[cat].description.length).toBeGreaterThan(20);
    }
    expect(CATEGORIES['scare-quote'].label).toBe('scare quote');
  });

  it('writes terms in lower case with only words, hyphens, spaces, {a|b} groups or a *- suffix', () => {
    for (const { term } of LEXICON) {
      expect(term, term).toMatch(/^(\*-)?[a-z0-9{][a-z0-9 |{}-]*$/);
      expect(term).toBe(term.trim());
    }
  });

  it('gives every entry its own note: a short sentence, never repeated verbatim', () => {
    const counts = new Map<string, number>();
    for (const { note, id } of LEXICON) {
      expect(note.length, id).toBeGreaterThan(10);
      expect(note.length, id).toBeLessThanOrEqual(120);
      expect(note, id).toMatch(/^[A-Z].*\.$/);
      counts.set(note, (counts.get(note) ?? 0) + 1);
    }
    const repeated = [...counts].filter(([, n]) => n > 1);
    expect(repeated).toEqual([]);
  });

  it('offers a neutral wording that differs from the term, and keeps polarity in range', () => {
    for (const entry of LEXICON) {
      if (entry.neutral !== undefined) {
        expect(entry.neutral.length, entry.id).toBeGreaterThan(0);
        expect(entry.neutral.toLowerCase(), entry.id).not.toBe(entry.term);
      }
      expect(entry.polarity, entry.id).toBeGreaterThanOrEqual(-1);
      expect(entry.polarity, entry.id).toBeLessThanOrEqual(1);
    }
  });

  it('gives a neutral wording for most labels, praise and emotive words', () => {
    const toned = LEXICON.filter((e) => ['pejorative', 'praise', 'emotive'].includes(e.category));
    const withNeutral = toned.filter((e) => e.neutral !== undefined).length;
    expect(withNeutral / toned.length).toBeGreaterThan(0.8);
  });
});

describe('loadedness table (fitted by lib/cli/train/loaded.ts)', () => {
  it('scores only lexical entries of the lexicon, as whole numbers 0..100', () => {
    const byId = new Map(LEXICON.map((e) => [e.id, e]));
    const ids = Object.keys(LOADEDNESS);
    expect(ids.length).toBeGreaterThan(1000);
    for (const id of ids) {
      const entry = byId.get(id);
      expect(entry, id).toBeDefined();
      expect(isLexicalCategory(entry!.category), id).toBe(true);
      expect(Number.isInteger(LOADEDNESS[id]), id).toBe(true);
      expect(LOADEDNESS[id]!, id).toBeGreaterThanOrEqual(0);
      expect(LOADEDNESS[id]!, id).toBeLessThanOrEqual(100);
    }
  });

  it('keeps the reference case’s words above the floor, and most entries above it', () => {
    for (const id of ['pej-inept', 'pej-corruption-ridden', 'pej-seek-to-gain-a-foothold', 'say-laud']) {
      expect(countsAsLoaded({ id, category: id.startsWith('say') ? 'saying-verb' : 'pejorative' }), id).toBe(
        true,
      );
    }
    // The floor keeps most entries: at 0.37 about a quarter of the scored entries fall below it
    // (mostly words whose strength depends on their use: stock news words, sizes, mild praise);
    // more than 30% would be a sign of a bad fit.
    const below = Object.values(LOADEDNESS).filter((v) => v < LOADEDNESS_FLOOR).length;
    expect(below).toBeGreaterThan(0);
    expect(below / Object.keys(LOADEDNESS).length).toBeLessThan(0.3);
  });

  it('counts a hedge or an entry experts rarely mark as a sentence reason, not a loaded word', () => {
    expect(countsAsLoaded({ id: 'hedge-allegedly', category: 'hedge' })).toBe(false);
    expect(LOADEDNESS['say-insist']!).toBeLessThan(LOADEDNESS_FLOOR);
    expect(countsAsLoaded({ id: 'say-insist', category: 'saying-verb' })).toBe(false);
    // An entry written after the last fit counts until it is scored.
    expect(countsAsLoaded({ id: 'pej-not-yet-scored', category: 'pejorative' })).toBe(true);
  });
});
