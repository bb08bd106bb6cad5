import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addCorrection,
  appliesOn,
  type Correction,
  clearCorrections,
  exportCorrections,
  importCorrections,
  listCorrections,
  makeCorrection,
  normaliseTerm,
  parseCorrections,
  removeCorrection,
  restoreCorrection,
  serialiseCorrections,
  suppresses,
  watchCorrections,
} from '../../lib/corrections';

describe('corrections schema', () => {
  it('normalises terms', () => {
    expect(normaliseTerm('  Corruption–Ridden  ')).toBe('corruption-ridden');
    expect(normaliseTerm('So\u2019called\n\tleader')).toBe("so'called leader");
  });

  it('validates corrections', () => {
    expect(
      makeCorrection({ kind: 'loaded', term: ' Regime ', site: 'https://www.Post.com/a' }, 5, 'x'),
    ).toEqual({
      id: 'x',
      kind: 'loaded',
      term: 'regime',
      site: 'post.com',
      category: 'emotive',
      created: 5,
    });
    expect(
      makeCorrection(
        { kind: 'not-loaded', term: 'inept', lexiconId: 'pej-inept', category: 'praise' },
        7,
        'y',
      ),
    ).toEqual({ id: 'y', kind: 'not-loaded', term: 'inept', lexiconId: 'pej-inept', created: 7 });
    expect(makeCorrection({ kind: 'loaded', term: '   ' }, 1)).toBeNull();
    expect(makeCorrection({ kind: 'loaded', term: '!!!' }, 1)).toBeNull();
    expect(makeCorrection({ kind: 'loaded', term: 'x'.repeat(81) }, 1)).toBeNull();
    expect(makeCorrection({ kind: 'maybe', term: 'x' }, 1)).toBeNull();
    expect(makeCorrection({ kind: 'loaded', term: 'x', site: 'not a site' }, 1)).toBeNull();
    expect(makeCorrection('loaded', 1)).toBeNull();
  });

  it('applies by site, including subdomains, or everywhere', () => {
    const here = makeCorrection({ kind: 'not-loaded', term: 'regime', site: 'post.com' }, 1)!;
    const everywhere = makeCorrection({ kind: 'not-loaded', term: 'regime' }, 1)!;
    expect(appliesOn(here, 'www.post.com')).toBe(true);
    expect(appliesOn(here, 'world.post.com')).toBe(true);
    expect(appliesOn(here, 'thepost.com')).toBe(false);
    expect(appliesOn(everywhere, 'thepost.com')).toBe(true);
    expect(suppresses(here, 'Regime', undefined, 'post.com')).toBe(true);
    expect(suppresses(here, 'regimes', undefined, 'post.com')).toBe(false);
    expect(suppresses(here, 'Regime', undefined, 'other.org')).toBe(false);
    // made on one inflection, hides every form of the same lexicon entry
    const byId = makeCorrection({ kind: 'not-loaded', term: 'slammed', lexiconId: 'say-slam' }, 1)!;
    expect(suppresses(byId, 'slams', 'say-slam', 'a.com')).toBe(true);
    expect(suppresses(byId, 'slams', 'other', 'a.com')).toBe(false);
  });

  it('round-trips the export format and rejects other files', () => {
    const list = [makeCorrection({ kind: 'loaded', term: 'thug', category: 'pejorative' }, 3, 'a')!];
    const json = serialiseCorrections(list);
    expect(JSON.parse(json).format).toBe('slantwise-corrections');
    expect(parseCorrections(json, 9)).toEqual({ corrections: list, skipped: 0 });
    expect(parseCorrections('[{"kind":"loaded","term":"x"},{"kind":"?"}]', 9).skipped).toBe(1);
    expect(() => parseCorrections('{nope', 9)).toThrow('This file is not JSON.');
    expect(() => parseCorrections('{"corrections":[]}', 9)).toThrow('not a Slantwise corrections export');
  });
});

describe('corrections storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds, lists newest first, skips duplicates and replaces the opposite kind', async () => {
    const a = await addCorrection({ kind: 'not-loaded', term: 'Regime', site: 'post.com' });
    await new Promise((r) => setTimeout(r, 2));
    const b = await addCorrection({ kind: 'loaded', term: 'thug', category: 'pejorative' });
    expect((await listCorrections()).map((c) => c.term)).toEqual(['thug', 'regime']);
    expect(await addCorrection({ kind: 'not-loaded', term: 'regime', site: 'www.post.com' })).toEqual(a);
    expect(await listCorrections()).toHaveLength(2);
    await addCorrection({ kind: 'not-loaded', term: 'thug' });
    const list = await listCorrections();
    expect(list.map((c) => [c.kind, c.term])).toEqual([
      ['not-loaded', 'thug'],
      ['not-loaded', 'regime'],
    ]);
    expect(list.some((c) => c.id === b.id)).toBe(false);
  });

  it('keeps every correction added at once', async () => {
    await Promise.all(['a1', 'b2', 'c3', 'd4'].map((term) => addCorrection({ kind: 'loaded', term })));
    expect((await listCorrections()).map((c) => c.term).sort()).toEqual(['a1', 'b2', 'c3', 'd4']);
  });

  it('rejects an unusable correction', async () => {
    await expect(addCorrection({ kind: 'loaded', term: '' })).rejects.toThrow('not usable');
  });

  it('removes with undo', async () => {
    const a = await addCorrection({ kind: 'loaded', term: 'thug' });
    const gone = await removeCorrection(a.id);
    expect(gone).toEqual(a);
    expect(await listCorrections()).toEqual([]);
    expect(await removeCorrection(a.id)).toBeUndefined();
    await restoreCorrection(gone!);
    expect(await listCorrections()).toEqual([a]);
    await restoreCorrection(gone!);
    expect(await listCorrections()).toHaveLength(1);
  });

  it('exports and imports, skipping duplicates, contradictions and junk', async () => {
    await addCorrection({ kind: 'loaded', term: 'thug' });
    await addCorrection({ kind: 'not-loaded', term: 'regime', site: 'post.com' });
    const json = await exportCorrections();
    await clearCorrections();
    expect(await listCorrections()).toEqual([]);
    await addCorrection({ kind: 'loaded', term: 'regime', site: 'post.com' });
    const result = await importCorrections(json);
    expect(result).toEqual({ added: 1, skipped: 1 });
    const terms = (await listCorrections()).map((c) => `${c.kind}:${c.term}:${c.site ?? '*'}`).sort();
    expect(terms).toEqual(['loaded:regime:post.com', 'loaded:thug:*']);
    expect(await importCorrections('[{"kind":"loaded","term":"crook"},{"kind":"x","term":"y"}]')).toEqual({
      added: 1,
      skipped: 1,
    });
    await expect(importCorrections('not json')).rejects.toThrow('This file is not JSON.');
    expect(await listCorrections()).toHaveLength(3);
  });

  it('gives imported corrections a fresh id when theirs is taken', async () => {
    const a = await addCorrection({ kind: 'loaded', term: 'thug' });
    const foreign: Correction = {
      id: a.id,
      kind: 'loaded',
      term: 'crook',
      category: 'pejorative',
      created: 1,
    };
    expect(await importCorrections(serialiseCorrections([foreign]))).toEqual({ added: 1, skipped: 0 });
    const ids = (await listCorrections()).map((c) => c.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('notifies watchers', async () => {
    const seen: string[][] = [];
    const unwatch = watchCorrections((list) => seen.push(list.map((c) => c.term)));
    const a = await addCorrection({ kind: 'loaded', term: 'thug' });
    await removeCorrection(a.id);
    unwatch();
    await addCorrection({ kind: 'loaded', term: 'crook' });
    expect(seen).toEqual([['thug'], []]);
  });
});
