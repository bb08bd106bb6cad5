import { describe, expect, it } from 'vitest';
import { dietCsv, dietJson, dietProfiles, outletSeries, sharedEntities } from '../../lib/diet';
import type { MonthTally, OutletProfile } from '../../lib/profiles-schema';

const NOV = Date.UTC(2026, 10, 12);

/** A version 2 profile with the given entity tallies and months; every other total zero. */
const profile = (
  site: string,
  entities: OutletProfile['entities'],
  months: Record<string, MonthTally> = {},
  totals: Partial<OutletProfile> = {},
): OutletProfile => ({
  v: 2,
  site,
  articles: 1,
  first: NOV,
  last: NOV,
  words: 0,
  sentences: 0,
  outletOpinion: 0,
  loadedTerms: 0,
  terms: {},
  entities,
  months,
  ...totals,
});

const month = (m: Partial<MonthTally>): MonthTally => ({
  articles: 1,
  words: 0,
  sentences: 0,
  outletOpinion: 0,
  loaded: 0,
  entities: {},
  ...m,
});

describe('sharedEntities', () => {
  it('keeps entities two or more outlets name, the widest spread of tone first', () => {
    const shared = sharedEntities([
      profile('a.example', {
        nato: { name: 'NATO', toneSum: -1, mentions: 4, articles: 1 },
        chad: { name: 'Chad', toneSum: 1, mentions: 2, articles: 1 },
        peru: { name: 'Peru', toneSum: 1, mentions: 1, articles: 1 },
      }),
      profile('b.example', {
        nato: { name: 'Nato', toneSum: 1, mentions: 2, articles: 1 },
        chad: { name: 'Chad', toneSum: 0.3, mentions: 1, articles: 1 },
        iran: { name: 'Iran', toneSum: 0, mentions: 0, articles: 1 }, // no mention: left out
      }),
      profile('c.example', { iran: { name: 'Iran', toneSum: -2, mentions: 2, articles: 1 } }),
    ]);
    expect(shared).toEqual([
      {
        name: 'NATO',
        outlets: [
          { site: 'a.example', tone: -0.25, mentions: 4 },
          { site: 'b.example', tone: 0.5, mentions: 2 },
        ],
      },
      {
        // outlets in the order given (the legend's), not by tone
        name: 'Chad',
        outlets: [
          { site: 'a.example', tone: 0.5, mentions: 2 },
          { site: 'b.example', tone: 0.3, mentions: 1 },
        ],
      },
    ]);
  });
});

describe('outletSeries', () => {
  it('gives each month its figures and the entities it cast most negatively and positively', () => {
    const s = outletSeries(
      profile(
        'a.example',
        {
          nato: { name: 'NATO', toneSum: -1.5, mentions: 3, articles: 2 },
          chad: { name: 'Chad', toneSum: 1.2, mentions: 3, articles: 2 },
        },
        {
          // stored out of order: the series is oldest first
          '2026-12': month({
            articles: 1,
            words: 500,
            sentences: 10,
            outletOpinion: 1,
            loaded: 2,
            entities: {
              nato: { name: 'NATO', toneSum: 0.8, mentions: 2 }, // turned positive in December
              chad: { name: 'Chad', toneSum: 0.6, mentions: 1 }, // one mention: no tone shown
            },
          }),
          '2026-11': month({
            articles: 1,
            words: 1000,
            sentences: 20,
            outletOpinion: 5,
            loaded: 30,
            entities: {
              nato: { name: 'NATO', toneSum: -2.3, mentions: 1 + 1 },
              chad: { name: 'Chad', toneSum: 0.6, mentions: 2 },
              peru: { name: 'Peru', toneSum: -0.2, mentions: 2 },
            },
          }),
        },
      ),
    );
    expect(s.months).toEqual([
      {
        month: '2026-11',
        articles: 1,
        opinionShare: 0.25,
        loadedPer1000: 30,
        negative: [
          { name: 'NATO', tone: -1.15, mentions: 2 },
          { name: 'Peru', tone: -0.1, mentions: 2 },
        ],
        positive: [{ name: 'Chad', tone: 0.3, mentions: 2 }],
      },
      {
        month: '2026-12',
        articles: 1,
        opinionShare: 0.1,
        loadedPer1000: 4,
        negative: [],
        positive: [{ name: 'NATO', tone: 0.4, mentions: 2 }],
      },
    ]);
    // overall, from the whole profile's tallies
    expect(s.negative).toEqual([{ name: 'NATO', tone: -0.5, mentions: 3 }]);
    expect(s.positive).toEqual([{ name: 'Chad', tone: 0.4, mentions: 3 }]);
  });
});

describe('a version 1 profile (per-article history, URL hashes)', () => {
  const v1 = {
    site: 'old.example',
    articles: 3,
    first: Date.UTC(2026, 9, 3, 14, 5),
    last: Date.UTC(2026, 10, 20, 8, 30),
    words: 3000,
    sentences: 60,
    outletOpinion: 12,
    loadedTerms: 45,
    terms: { inept: 3 },
    entities: {
      nato: { name: 'NATO', toneSum: -3, mentions: 4, articles: 3 },
      chad: { name: 'Chad', toneSum: 1, mentions: 2, articles: 1 },
    },
    history: [
      { t: Date.UTC(2026, 9, 3, 14, 5), words: 1000, sentences: 20, outletOpinion: 2, loaded: 10 },
      { t: Date.UTC(2026, 10, 2, 9, 0), words: 1000, sentences: 20, outletOpinion: 4, loaded: 15 },
      { t: Date.UTC(2026, 10, 20, 8, 30), words: 1000, sentences: 20, outletOpinion: 6, loaded: 20 },
    ],
    seen: [123456, 654321, 42],
  } as unknown as OutletProfile;

  it('draws its history as months and its entities overall, with no read times or URL hashes', () => {
    const s = outletSeries(v1);
    expect(s.months).toEqual([
      { month: '2026-10', articles: 1, opinionShare: 0.1, loadedPer1000: 10, negative: [], positive: [] },
      { month: '2026-11', articles: 2, opinionShare: 0.25, loadedPer1000: 17.5, negative: [], positive: [] },
    ]);
    expect([s.articles, s.first, s.last, s.opinionShare, s.loadedPer1000]).toEqual([
      3,
      Date.UTC(2026, 9, 3), // days, not read times
      Date.UTC(2026, 10, 20),
      0.2,
      15,
    ]);
    expect(s.negative).toEqual([{ name: 'NATO', tone: -0.75, mentions: 4 }]);
    expect(s.positive).toEqual([{ name: 'Chad', tone: 0.5, mentions: 2 }]);
    const json = dietJson([v1], '0.1.0', NOV);
    expect(json).not.toMatch(/history|seen|123456|T14:05|T08:30/);
    expect(dietProfiles([v1, null, { articles: 2 }]).map((p) => [p.v, p.site])).toEqual([[2, 'old.example']]);
  });

  it('is compared with a version 2 outlet across outlets', () => {
    const now = profile('new.example', { nato: { name: 'NATO', toneSum: 1, mentions: 2, articles: 1 } });
    expect(sharedEntities([v1, now])).toEqual([
      {
        name: 'NATO',
        outlets: [
          { site: 'old.example', tone: -0.75, mentions: 4 },
          { site: 'new.example', tone: 0.5, mentions: 2 },
        ],
      },
    ]);
  });
});

describe('dietCsv', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas in names', () => {
    const p = profile(
      'a.example',
      {
        x: { name: 'Smith, "Jr"', toneSum: -1, mentions: 2, articles: 1 },
        y: { name: '=HYPERLINK("x")', toneSum: 1, mentions: 2, articles: 1 },
      },
      {
        '2026-11': month({
          articles: 2,
          words: 1000,
          sentences: 10,
          outletOpinion: 1,
          loaded: 5,
          entities: { x: { name: 'Smith, "Jr"', toneSum: -1, mentions: 2 } },
        }),
      },
      { articles: 2, words: 1000, sentences: 10, outletOpinion: 1, loadedTerms: 5 },
    );
    const rows = dietCsv([p]).split('\r\n');
    expect(rows).toContain('a.example,month,2026-11,,2,0.1,5,,');
    expect(rows).toContain('a.example,entity,,"Smith, ""Jr""",,,,-0.5,2');
    expect(rows).toContain(`a.example,entity,,"'=HYPERLINK(""x"")",,,,0.5,2`);
    // the same entity in the month it was cast that way
    expect(rows).toContain('a.example,entity,2026-11,"Smith, ""Jr""",,,,-0.5,2');
  });
});
