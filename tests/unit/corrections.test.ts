import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addCorrection,
  appliesOn,
  CORRECTIONS_KEY,
  type Correction,
  clearCorrections,
  exportCorrections,
  FIELD_LIMITS,
  FULL_MESSAGE,
  importCorrections,
  listCorrections,
  MAX_CORRECTIONS,
  MAX_IMPORT_BYTES,
  makeCorrection,
  mergeCorrections,
  normaliseTerm,
  parseCorrections,
  QUOTA_MESSAGE,
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
    expect(result).toEqual({ added: 1, skipped: 1, duplicates: 1, full: 0, invalid: 0 });
    const terms = (await listCorrections()).map((c) => `${c.kind}:${c.term}:${c.site ?? '*'}`).sort();
    expect(terms).toEqual(['loaded:regime:post.com', 'loaded:thug:*']);
    expect(await importCorrections('[{"kind":"loaded","term":"crook"},{"kind":"x","term":"y"}]')).toEqual({
      added: 1,
      skipped: 1,
      duplicates: 0,
      full: 0,
      invalid: 1,
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
    expect(await importCorrections(serialiseCorrections([foreign]))).toMatchObject({ added: 1, skipped: 0 });
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

/** n corrections, ids c0..c(n-1), dated 1,000 ms apart from `start`. */
function many(n: number, start = 1_000_000, prefix = 't'): Correction[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    kind: 'loaded' as const,
    term: `${prefix}${i}`,
    category: 'emotive' as const,
    created: start + i * 1000,
  }));
}

describe('corrections: bounded and lossless', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('an import never evicts existing entries: it reports what it could not take', async () => {
    const mine = [
      await addCorrection({ kind: 'loaded', term: 'thug' }),
      await addCorrection({ kind: 'not-loaded', term: 'regime', site: 'post.com', lexiconId: 'pej-regime' }),
      await addCorrection({ kind: 'loaded', term: 'crook', category: 'pejorative' }),
    ];
    // 5,000 newer entries (the old list kept the newest 5,000 by date and lost all three of mine).
    const result = await importCorrections(serialiseCorrections(many(MAX_CORRECTIONS, Date.now() - 1e6)));
    expect(result).toEqual({
      added: MAX_CORRECTIONS - 3,
      skipped: 3,
      duplicates: 0,
      full: 3,
      invalid: 0,
    });
    const list = await listCorrections();
    expect(list).toHaveLength(MAX_CORRECTIONS);
    for (const c of mine) expect(list).toContainEqual(c);
    // Full: adding is refused with a plain message, nothing is dropped.
    await expect(addCorrection({ kind: 'loaded', term: 'one more' })).rejects.toThrow(FULL_MESSAGE);
    expect(await listCorrections()).toHaveLength(MAX_CORRECTIONS);
  });

  it('bounds created dates: none in the future, none before 1970', async () => {
    const now = Date.now();
    const json = JSON.stringify([
      { kind: 'loaded', term: 'future', created: 9e15 },
      { kind: 'loaded', term: 'past', created: -5 },
      { kind: 'loaded', term: 'fine', created: 1_700_000_000_000 },
    ]);
    await importCorrections(json);
    const byTerm = Object.fromEntries((await listCorrections()).map((c) => [c.term, c.created]));
    expect(byTerm.future).toBeGreaterThanOrEqual(now);
    expect(byTerm.future).toBeLessThanOrEqual(Date.now());
    expect(byTerm.past).toBe(0);
    expect(byTerm.fine).toBe(1_700_000_000_000);
    expect(makeCorrection({ kind: 'loaded', term: 'x', created: 9e15 }, 50)!.created).toBe(50);
  });

  it('caps every field', async () => {
    const huge = 'a'.repeat(512 * 1024);
    const json = JSON.stringify([
      { kind: 'loaded', term: 'big site', site: `${huge}.com` },
      { kind: 'not-loaded', term: 'big lexicon id', lexiconId: huge },
      { kind: 'loaded', term: 'big id', id: huge },
      { kind: 'loaded', term: huge },
      { kind: 'loaded', term: 'long host', site: `${'a'.repeat(FIELD_LIMITS.site)}.com` },
      {
        kind: 'not-loaded',
        term: 'fits',
        site: 'news.example.com',
        lexiconId: 'x'.repeat(FIELD_LIMITS.lexiconId),
      },
    ]);
    expect(await importCorrections(json)).toEqual({
      added: 2,
      skipped: 4,
      duplicates: 0,
      full: 0,
      invalid: 4,
    });
    const list = await listCorrections();
    expect(list.map((c) => c.term).sort()).toEqual(['big id', 'fits']);
    expect(list.find((c) => c.term === 'big id')!.id.length).toBeLessThanOrEqual(FIELD_LIMITS.id);
    const stored = JSON.stringify((await fakeBrowser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY]);
    expect(stored.length).toBeLessThan(1000);
  });

  it('refuses a file over the size limit with a plain message, before parsing it', async () => {
    const json = `[${'{"kind":"loaded","term":"x"},'.repeat(MAX_IMPORT_BYTES / 20)}{}]`;
    expect(json.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const parse = vi.spyOn(JSON, 'parse');
    await expect(importCorrections(json)).rejects.toThrow(
      /^This file is \d+(\.\d)? MB; a corrections file may be at most 4 MB\. Nothing was imported\.$/,
    );
    expect(parse).not.toHaveBeenCalled();
  });

  it('a quota error is a plain message and leaves the stored list as it was', async () => {
    await addCorrection({ kind: 'loaded', term: 'thug' });
    const before = await fakeBrowser.storage.local.get(CORRECTIONS_KEY);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    await expect(importCorrections(serialiseCorrections(many(50)))).rejects.toThrow(QUOTA_MESSAGE);
    await expect(addCorrection({ kind: 'loaded', term: 'crook' })).rejects.toThrow(QUOTA_MESSAGE);
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(CORRECTIONS_KEY)).toEqual(before);
    // Other storage failures are plain too.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    await expect(addCorrection({ kind: 'loaded', term: 'crook' })).rejects.toThrow(
      'Your corrections could not be saved: IO error',
    );
  });

  it('export then import gives back exactly what was there', async () => {
    await addCorrection({ kind: 'loaded', term: 'thug', category: 'pejorative' });
    await addCorrection({ kind: 'not-loaded', term: 'regime', site: 'post.com', lexiconId: 'pej-regime' });
    await addCorrection({ kind: 'not-loaded', term: 'slammed', lexiconId: 'say-slam' });
    await importCorrections(serialiseCorrections(many(40)));
    const before = await listCorrections();
    const json = await exportCorrections();
    await clearCorrections();
    expect(await importCorrections(json)).toMatchObject({ added: 43, skipped: 0 });
    expect(await listCorrections()).toEqual(before);
    expect(await exportCorrections()).toBe(json);
    // Importing the same file again changes nothing.
    expect(await importCorrections(json)).toEqual({
      added: 0,
      skipped: 43,
      duplicates: 43,
      full: 0,
      invalid: 0,
    });
    expect(await listCorrections()).toEqual(before);
  });

  it('reports progress on a large import', async () => {
    const steps: [number, number][] = [];
    const json = JSON.stringify(many(12_000).map(({ kind, term }) => ({ kind, term })));
    const result = await importCorrections(json, (done, total) => steps.push([done, total]));
    expect(steps).toEqual([
      [5000, 12_000],
      [10_000, 12_000],
      [12_000, 12_000],
    ]);
    expect(result).toMatchObject({ added: MAX_CORRECTIONS, full: 12_000 - MAX_CORRECTIONS });
  });

  it('merges in linear time: property reads on 100k existing and 100k new entries, counted', () => {
    let reads = 0;
    const counted = (list: Correction[]) =>
      list.map(
        (c) =>
          new Proxy(c, {
            get(target, key, receiver) {
              reads++;
              return Reflect.get(target, key, receiver);
            },
          }),
      );
    const n = 100_000;
    const existing = counted(many(n, 1, 'old'));
    // Half duplicates of existing terms, half new; ids all colliding with existing ones.
    const incoming = counted([
      ...many(n / 2, 1, 'old').map((c) => ({ ...c, kind: 'not-loaded' as const })),
      ...many(n / 2, 1, 'new').map((c, i) => ({ ...c, id: `old${i}` })),
    ]);
    const merged = mergeCorrections(existing, incoming, 3 * n, 5);
    const mergeReads = reads;
    expect({ added: merged.added, duplicates: merged.duplicates, full: merged.full }).toEqual({
      added: n / 2,
      duplicates: n / 2,
      full: 0,
    });
    // The existing entries are the very same objects, first and in order.
    expect(merged.list.slice(0, n).every((c, i) => c === existing[i])).toBe(true);
    expect(new Set(merged.list.map((c) => c.id)).size).toBe(merged.list.length);
    // A scan per entry would read ~10^10 properties; keyed maps read a handful per entry.
    expect(mergeReads).toBeLessThan(20 * 2 * n);
  }, 30_000);

  it('imports 100k entries (3.7 MB) keeping the limit and every existing entry', async () => {
    const mine = await addCorrection({ kind: 'loaded', term: 'thug' });
    const json = JSON.stringify(many(100_000).map(({ kind, term }) => ({ kind, term })));
    expect(json.length).toBeLessThan(MAX_IMPORT_BYTES);
    const result = await importCorrections(json);
    expect(result).toEqual({
      added: MAX_CORRECTIONS - 1,
      skipped: 100_000 - MAX_CORRECTIONS + 1,
      duplicates: 0,
      full: 100_000 - MAX_CORRECTIONS + 1,
      invalid: 0,
    });
    expect(await listCorrections()).toContainEqual(mine);
  });
});
