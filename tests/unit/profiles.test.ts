import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addReport,
  articleKey,
  clearAllProfiles,
  clearProfile,
  emptyProfile,
  entityAcrossOutlets,
  getProfile,
  hashKey,
  isLegacyProfile,
  LIMITS,
  listProfiles,
  PROFILES_KEY,
  PROFILES_QUOTA_MESSAGE,
  readProfile,
  recordArticle,
  SEEN_KEY,
  summariseProfile,
  watchProfiles,
} from '../../lib/profiles';
import { entity, makeReport } from './options-fixtures';

const NOV = Date.UTC(2026, 10, 20);
const DEC = Date.UTC(2026, 11, 2);

const article1 = makeReport(
  [
    { block: 0, text: 'The inept regime failed again.', opinion: 0.9, label: 'opinion' },
    { block: 0, text: 'Officials met in Baku on Monday.', opinion: 0.1, label: 'fact' },
    {
      block: 1,
      text: 'Stoltenberg lauded the reforms.',
      opinion: 0.7,
      label: 'reported-opinion',
      voice: { speaker: 'Stoltenberg', via: 'indirect' },
    },
    { block: 1, text: 'It is a corrupt and inept system.', opinion: 0.8, label: 'opinion' },
  ],
  [
    { sentence: 0, text: 'inept', category: 'pejorative' },
    { sentence: 3, text: 'corrupt', category: 'pejorative' },
    { sentence: 3, text: 'inept', category: 'pejorative' },
  ],
  {
    url: 'https://post.com/a1?utm_source=x#top',
    words: 1000,
    entities: [entity('Azerbaijan', -0.6, 3), entity('NATO', 0.4, 2), entity('Baku', -0.2, 1)],
  },
);

const article2 = makeReport(
  [
    { block: 0, text: 'Azerbaijan held a vote.', opinion: 0.1, label: 'fact' },
    { block: 0, text: 'The vote was a sham.', opinion: 0.85, label: 'opinion' },
  ],
  [{ sentence: 1, text: 'sham', category: 'pejorative' }],
  {
    url: 'https://post.com/a2',
    words: 500,
    entities: [entity('Azerbaijan', -0.9, 1), entity('Baku', -0.4, 2)],
  },
);

describe('profile fold (pure)', () => {
  it('folds reports into numbers and terms', () => {
    const p1 = addReport(emptyProfile('post.com', NOV), article1, NOV)!;
    const p2 = addReport(p1, article2, DEC)!;
    expect(p2.articles).toBe(2);
    expect(p2.sentences).toBe(6);
    expect(p2.outletOpinion).toBe(3);
    expect(p2.words).toBe(1500);
    expect(p2.loadedTerms).toBe(4);
    expect(p2.terms).toEqual({ inept: 2, corrupt: 1, sham: 1 });
    expect(p2.entities.azerbaijan).toEqual({
      name: 'Azerbaijan',
      toneSum: -0.6 * 3 - 0.9,
      mentions: 4,
      articles: 2,
    });
    expect(p2.first).toBe(NOV);
    expect(p2.last).toBe(DEC);
    expect(p2.months).toEqual({
      '2026-11': {
        articles: 1,
        words: 1000,
        sentences: 4,
        outletOpinion: 2,
        loaded: 3,
        entities: {
          azerbaijan: { name: 'Azerbaijan', toneSum: -0.6 * 3, mentions: 3 },
          nato: { name: 'NATO', toneSum: 0.4 * 2, mentions: 2 },
          baku: { name: 'Baku', toneSum: -0.2, mentions: 1 },
        },
      },
      '2026-12': {
        articles: 1,
        words: 500,
        sentences: 2,
        outletOpinion: 1,
        loaded: 1,
        entities: {
          azerbaijan: { name: 'Azerbaijan', toneSum: -0.9, mentions: 1 },
          baku: { name: 'Baku', toneSum: -0.4 * 2, mentions: 2 },
        },
      },
    });
    // Days only: the time of day an article was read is not kept.
    expect(addReport(emptyProfile('post.com', NOV + 5 * 3600_000), article1, NOV + 7 * 3600_000)!.last).toBe(
      NOV,
    );
  });

  it('knows an article by its address without fragment or tracking query (kept only per session)', () => {
    const again = { ...article1, meta: { ...article1.meta, url: 'https://post.com/a1#comments' } };
    expect(articleKey(again)).toBe('https://post.com/a1');
    expect(articleKey(article1)).toBe('https://post.com/a1');
  });

  it('skips unsupported or empty reports', () => {
    const de = makeReport([{ block: 0, text: 'Das ist schlecht.', opinion: 0.9, label: 'opinion' }], [], {
      supported: false,
    });
    expect(addReport(emptyProfile('a.de', NOV), de, NOV)).toBeNull();
    expect(addReport(emptyProfile('a.de', NOV), makeReport([]), NOV)).toBeNull();
  });

  it('stores no article text', () => {
    const p = addReport(emptyProfile('post.com', NOV), article1, NOV)!;
    const json = JSON.stringify(p);
    for (const s of article1.sentences) expect(json).not.toContain(s.text);
    expect(json).not.toContain('post.com/a1');
    // No URL hash, no read times.
    expect(json).not.toContain(String(hashKey('https://post.com/a1')));
    expect(Object.keys(p).sort()).toEqual(
      [
        'articles',
        'entities',
        'first',
        'last',
        'loadedTerms',
        'months',
        'outletOpinion',
        'sentences',
        'site',
        'terms',
        'v',
        'words',
      ].sort(),
    );
  });

  it('summarises shares, rates, leans and a monthly timeline', () => {
    const p = addReport(addReport(emptyProfile('post.com', NOV), article1, NOV)!, article2, DEC)!;
    expect(summariseProfile(p)).toEqual({
      site: 'post.com',
      articles: 2,
      first: NOV,
      last: DEC,
      opinionShare: 0.5,
      loadedPer1000: 2.7,
      negative: [
        { name: 'Azerbaijan', tone: -0.675, mentions: 4, articles: 2 },
        { name: 'Baku', tone: -0.333, mentions: 3, articles: 2 },
      ],
      positive: [{ name: 'NATO', tone: 0.4, mentions: 2, articles: 1 }],
      topTerms: [
        { term: 'inept', count: 2 },
        { term: 'corrupt', count: 1 },
        { term: 'sham', count: 1 },
      ],
      timeline: [
        {
          month: '2026-11',
          articles: 1,
          opinionShare: 0.5,
          loadedPer1000: 3,
          negative: [{ name: 'Azerbaijan', tone: -0.6, mentions: 3 }],
          positive: [{ name: 'NATO', tone: 0.4, mentions: 2 }],
        },
        {
          month: '2026-12',
          articles: 1,
          opinionShare: 0.5,
          loadedPer1000: 2,
          negative: [{ name: 'Baku', tone: -0.4, mentions: 2 }],
          positive: [],
        },
      ],
    });
  });

  it('keeps storage bounded', () => {
    let p = emptyProfile('big.com', 0);
    const MONTH = 31 * 86_400_000;
    for (let i = 0; i < LIMITS.months + 20; i++) {
      const r = makeReport(
        [{ block: 0, text: `Word ${i} and w${i}x.`, opinion: 0.9, label: 'opinion' }],
        [
          { sentence: 0, text: `${i}`, category: 'emotive' },
          { sentence: 0, text: `w${i}x`, category: 'emotive' },
        ],
        { url: `https://big.com/${i}` },
      );
      for (let k = 0; k < 5; k++) {
        const more = makeReport(
          [{ block: 0, text: `Word t${i}-${k} here.`, opinion: 0.9, label: 'opinion' }],
          [{ sentence: 0, text: `t${i}-${k}`, category: 'emotive' }],
        );
        p = addReport(p, more, i * MONTH + k)!;
      }
      p = addReport(p, r, i * MONTH)!;
    }
    expect(p.articles).toBe((LIMITS.months + 20) * 6);
    expect(Object.keys(p.months)).toHaveLength(LIMITS.months);
    expect(Object.keys(p.months)[0]).toBe(new Date(20 * MONTH).toISOString().slice(0, 7));
    expect(Object.keys(p.terms)).toHaveLength(LIMITS.terms);
    const huge = makeReport([{ block: 0, text: 'Hi.', opinion: 0.1, label: 'fact' }], [], {
      entities: [entity('N'.repeat(100_000), -0.5, 2)],
    });
    const q = addReport(emptyProfile('a.com', 0), huge, 0)!;
    expect(JSON.stringify(q).length).toBeLessThan(1000);
  });

  it('reads stored values defensively', () => {
    expect(readProfile(null)).toBeNull();
    expect(readProfile({ site: '' })).toBeNull();
    expect(
      readProfile({ site: 'a.com', articles: 'x', terms: { ok: 2, bad: 'y' }, history: [null, { t: 5 }] }),
    ).toEqual({
      ...emptyProfile('a.com', 0),
      terms: { ok: 2 },
      months: {
        '1970-01': { articles: 1, words: 0, sentences: 0, outletOpinion: 0, loaded: 0, entities: {} },
      },
    });
  });

  it('migrates a version 1 profile: history folds into months, read times and URL hashes go', () => {
    const v1 = {
      site: 'post.com',
      articles: 3,
      first: NOV + 3_600_000,
      last: DEC + 7_200_000,
      words: 1800,
      sentences: 9,
      outletOpinion: 4,
      loadedTerms: 5,
      terms: { inept: 2 },
      entities: { nato: { name: 'NATO', toneSum: 0.8, mentions: 2, articles: 1 } },
      history: [
        { t: NOV + 3_600_000, words: 1000, sentences: 4, outletOpinion: 2, loaded: 3 },
        { t: NOV + 9_000_000, words: 300, sentences: 3, outletOpinion: 1, loaded: 1 },
        { t: DEC + 7_200_000, words: 500, sentences: 2, outletOpinion: 1, loaded: 1 },
      ],
      seen: [hashKey('https://post.com/a1'), 12345],
    };
    const p = readProfile(v1)!;
    expect(isLegacyProfile(v1)).toBe(true);
    expect(isLegacyProfile(p)).toBe(false);
    expect(p).toEqual({
      v: 2,
      site: 'post.com',
      articles: 3,
      first: NOV,
      last: DEC,
      words: 1800,
      sentences: 9,
      outletOpinion: 4,
      loadedTerms: 5,
      terms: { inept: 2 },
      entities: { nato: { name: 'NATO', toneSum: 0.8, mentions: 2, articles: 1 } },
      months: {
        '2026-11': { articles: 2, words: 1300, sentences: 7, outletOpinion: 3, loaded: 4, entities: {} },
        '2026-12': { articles: 1, words: 500, sentences: 2, outletOpinion: 1, loaded: 1, entities: {} },
      },
    });
    // The summary the popup shows is the same as before the migration.
    expect(summariseProfile(p).timeline.map((b) => [b.month, b.articles, b.opinionShare])).toEqual([
      ['2026-11', 2, 0.429],
      ['2026-12', 1, 0.5],
    ]);
    expect(readProfile(p)).toEqual(p);
  });

  it('compares how outlets cast one entity', () => {
    const post = addReport(emptyProfile('post.com', NOV), article1, NOV)!;
    const other = addReport(emptyProfile('other.org', NOV), article2, NOV)!;
    expect(entityAcrossOutlets([post, other], 'AZERBAIJAN')).toEqual([
      { site: 'other.org', tone: -0.9, mentions: 1, articles: 1 },
      { site: 'post.com', tone: -0.6, mentions: 3, articles: 1 },
    ]);
    expect(entityAcrossOutlets([post, other], 'Nobody')).toEqual([]);
  });
});

describe('profile storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts an article once per session, without keeping its address in local storage', async () => {
    expect(await recordArticle('post.com', article1, NOV)).not.toBeNull();
    const again = { ...article1, meta: { ...article1.meta, url: 'https://post.com/a1?utm_source=y#c' } };
    expect(await recordArticle('post.com', again, DEC)).toBeNull();
    expect((await getProfile('post.com'))?.articles).toBe(1);
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).not.toContain('a1');
    expect(local).not.toContain(String(hashKey('https://post.com/a1')));
    // The session's memory is salted: not the plain hash of the address.
    const session = (await fakeBrowser.storage.session.get(SEEN_KEY))[SEEN_KEY] as {
      salt: string;
      keys: number[];
    };
    expect(session.keys).toHaveLength(1);
    expect(session.keys).not.toContain(hashKey('https://post.com/a1'));
    expect(session.salt.length).toBeGreaterThan(10);
    // A new session (the browser restarted) counts it again.
    await fakeBrowser.storage.session.clear();
    expect(await recordArticle('post.com', again, DEC)).not.toBeNull();
    expect((await getProfile('post.com'))?.articles).toBe(2);
  });

  it('migrates stored version 1 profiles when they are read', async () => {
    await fakeBrowser.storage.local.set({
      [PROFILES_KEY]: {
        'post.com': { site: 'post.com', articles: 1, history: [{ t: NOV, words: 10 }], seen: [42] },
      },
    });
    expect((await listProfiles()).map((p) => p.articles)).toEqual([1]);
    await vi.waitFor(async () => {
      const stored = (await fakeBrowser.storage.local.get(PROFILES_KEY))[PROFILES_KEY] as Record<
        string,
        object
      >;
      expect(stored['post.com']).not.toHaveProperty('seen');
      expect(stored['post.com']).not.toHaveProperty('history');
      expect(stored['post.com']).toHaveProperty('months');
    });
  });

  it('a quota error is a plain message and the stored profiles stay as they were', async () => {
    await recordArticle('post.com', article1, NOV);
    const before = await fakeBrowser.storage.local.get(PROFILES_KEY);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(recordArticle('post.com', article2, DEC)).rejects.toThrow(PROFILES_QUOTA_MESSAGE);
    expect(await fakeBrowser.storage.local.get(PROFILES_KEY)).toEqual(before);
    // Not counted, so it is counted when storage has room again.
    expect(await recordArticle('post.com', article2, DEC)).not.toBeNull();
  });

  it('records per normalised site, lists most recent first, clears per site and all', async () => {
    expect(await recordArticle('https://www.post.com/a1', article1, NOV)).not.toBeNull();
    expect(await recordArticle('post.com', article1, NOV + 1)).toBeNull();
    await recordArticle('post.com', article2, DEC);
    await recordArticle('other.org', article2, NOV);
    expect((await getProfile('www.post.com'))?.articles).toBe(2);
    expect((await listProfiles()).map((p) => p.site)).toEqual(['post.com', 'other.org']);
    await clearProfile('post.com');
    expect(await getProfile('post.com')).toBeNull();
    expect((await listProfiles()).map((p) => p.site)).toEqual(['other.org']);
    await clearAllProfiles();
    expect(await listProfiles()).toEqual([]);
    expect((await fakeBrowser.storage.local.get(PROFILES_KEY))[PROFILES_KEY]).toBeUndefined();
  });

  it('does not lose updates when two tabs finish at once', async () => {
    const reports = Array.from({ length: 8 }, (_, i) =>
      makeReport([{ block: 0, text: `Story ${i}.`, opinion: 0.2, label: 'fact' }], [], {
        url: `https://p.com/${i}`,
      }),
    );
    await Promise.all(reports.map((r, i) => recordArticle('p.com', r, i)));
    expect((await getProfile('p.com'))?.articles).toBe(8);
  });

  it('refuses an unusable site and notifies watchers', async () => {
    expect(await recordArticle('not a site', article1, NOV)).toBeNull();
    const seen: string[][] = [];
    const unwatch = watchProfiles((list) => seen.push(list.map((p) => `${p.site}:${p.articles}`)));
    await recordArticle('post.com', article1, NOV);
    await clearAllProfiles();
    unwatch();
    expect(seen).toEqual([['post.com:1'], []]);
  });
});

describe('profile size', () => {
  it('a profile at every limit stays under 40 kB, so MAX_SITES of them fit storage.local (10 MB)', async () => {
    const { MAX_SITES } = await import('../../lib/profiles');
    let p = emptyProfile('full.example.com', 0);
    const MONTH = 31 * 86_400_000;
    for (let i = 0; i < 310; i++) {
      const r = makeReport(
        [{ block: 0, text: `Word${i} and loadedterm${i}x here.`, opinion: 0.9, label: 'opinion' }],
        [
          { sentence: 0, text: `Word${i}`, category: 'emotive' },
          { sentence: 0, text: `loadedterm${i}x`, category: 'emotive' },
        ],
        {
          url: `https://full.example.com/news/2026/11/${i}/a-long-article-slug-${i}`,
          entities: [entity(`Entity Name Number ${i}`, -0.5, 2), entity(`Other Entity ${i}`, 0.3, 3)],
        },
      );
      // Ten articles a month for 31 months.
      p = addReport(p, r, 1_700_000_000_000 + Math.floor(i / 10) * MONTH)!;
    }
    expect([
      Object.keys(p.terms).length,
      Object.keys(p.entities).length,
      Object.keys(p.months).length,
      Math.max(...Object.values(p.months).map((m) => Object.keys(m.entities).length)),
    ]).toEqual([LIMITS.terms, LIMITS.entities, LIMITS.months, LIMITS.monthEntities]);
    const bytes = JSON.stringify(p).length;
    expect(bytes).toBeLessThan(40_000);
    expect(bytes * MAX_SITES).toBeLessThan(10 * 1024 * 1024);
  });
});
