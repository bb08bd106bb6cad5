import { describe, expect, it } from 'vitest';
import { dietCsv, sharedEntities } from '../../lib/diet';
import type { OutletProfile } from '../../lib/profiles-schema';

const profile = (site: string, entities: Record<string, unknown>): OutletProfile =>
  ({ site, articles: 1, entities }) as unknown as OutletProfile;

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
        chad: { name: 'Chad', tone: 0.3, mentions: 1, articles: 1 }, // a stored mean also reads
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
        name: 'Chad',
        outlets: [
          { site: 'a.example', tone: 0.5, mentions: 2 },
          { site: 'b.example', tone: 0.3, mentions: 1 },
        ],
      },
    ]);
  });
});

describe('dietCsv', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas in names', () => {
    const p = {
      site: 'a.example',
      articles: 2,
      first: 0,
      last: 0,
      words: 1000,
      sentences: 10,
      outletOpinion: 1,
      loadedTerms: 5,
      terms: {},
      entities: {
        x: { name: 'Smith, "Jr"', toneSum: -1, mentions: 2, articles: 1 },
        y: { name: '=HYPERLINK("x")', toneSum: 1, mentions: 2, articles: 1 },
      },
      history: [],
      seen: [],
    } as unknown as OutletProfile;
    const rows = dietCsv([p]).split('\r\n');
    expect(rows).toContain('a.example,entity,,"Smith, ""Jr""",,,,-0.5,2');
    expect(rows).toContain(`a.example,entity,,"'=HYPERLINK(""x"")",,,,0.5,2`);
  });
});
