import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addReport,
  clearAllProfiles,
  clearProfile,
  emptyProfile,
  getProfile,
  hashKey,
  LIMITS,
  listProfiles,
  PROFILES_KEY,
  readProfile,
  recordArticle,
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
    expect(p2.seen).toEqual([hashKey('https://post.com/a1'), hashKey('https://post.com/a2')]);
  });

  it('counts an article once, even with another fragment or tracking query', () => {
    const p1 = addReport(emptyProfile('post.com', NOV), article1, NOV)!;
    const again = { ...article1, meta: { ...article1.meta, url: 'https://post.com/a1#comments' } };
    expect(addReport(p1, again, DEC)).toBeNull();
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
        { month: '2026-11', articles: 1, opinionShare: 0.5, loadedPer1000: 3 },
        { month: '2026-12', articles: 1, opinionShare: 0.5, loadedPer1000: 2 },
      ],
    });
  });

  it('keeps storage bounded', () => {
    let p = emptyProfile('big.com', 0);
    for (let i = 0; i < LIMITS.history + 20; i++) {
      const r = makeReport(
        [{ block: 0, text: `Word ${i} and w${i}x.`, opinion: 0.9, label: 'opinion' }],
        [
          { sentence: 0, text: `${i}`, category: 'emotive' },
          { sentence: 0, text: `w${i}x`, category: 'emotive' },
        ],
        { url: `https://big.com/${i}` },
      );
      p = addReport(p, r, i)!;
    }
    expect(p.articles).toBe(LIMITS.history + 20);
    expect(p.history).toHaveLength(LIMITS.history);
    expect(p.history[0]!.t).toBe(20);
    expect(Object.keys(p.terms)).toHaveLength(LIMITS.terms);
  });

  it('reads stored values defensively', () => {
    expect(readProfile(null)).toBeNull();
    expect(readProfile({ site: '' })).toBeNull();
    expect(
      readProfile({ site: 'a.com', articles: 'x', terms: { ok: 2, bad: 'y' }, history: [null, { t: 5 }] }),
    ).toEqual({
      ...emptyProfile('a.com', 0),
      terms: { ok: 2 },
      history: [{ t: 5, words: 0, sentences: 0, outletOpinion: 0, loaded: 0 }],
    });
  });
});

describe('profile storage', () => {
  beforeEach(() => fakeBrowser.reset());

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
  it('a profile at every limit stays near 30 kB, so MAX_SITES of them fit storage.local (10 MB)', async () => {
    const { MAX_SITES } = await import('../../lib/profiles');
    let p = emptyProfile('full.example.com', 0);
    for (let i = 0; i < LIMITS.seen + 10; i++) {
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
      p = addReport(p, r, 1_790_000_000_000 + i)!;
    }
    expect([
      Object.keys(p.terms).length,
      Object.keys(p.entities).length,
      p.history.length,
      p.seen.length,
    ]).toEqual([LIMITS.terms, LIMITS.entities, LIMITS.history, LIMITS.seen]);
    const bytes = JSON.stringify(p).length;
    expect(bytes).toBeLessThan(40_000);
    expect(bytes * MAX_SITES).toBeLessThan(10 * 1024 * 1024);
  });
});
