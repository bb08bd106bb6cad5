import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Diet, type DietBridge } from '../../components/diet/Diet';
import type { Report } from '../../lib/analysis/types';
import { clearAllProfiles, listProfiles, PROFILES_KEY, recordArticle } from '../../lib/profiles';
import { addReport, emptyProfile, type OutletProfile } from '../../lib/profiles-schema';
import demo from '../fixtures/reports/demo-handwritten.json';

const NOV = Date.UTC(2026, 10, 12);
const DEC = Date.UTC(2026, 11, 3);

function article(url: string, flip = false): Report {
  const r = structuredClone(demo) as Report;
  r.meta.url = url;
  if (flip) for (const e of r.entities) e.tone.outlet.score = -e.tone.outlet.score;
  return r;
}

/** Three articles from two outlets: two from the Post (November, December), one from the Herald. */
function profiles(): OutletProfile[] {
  let post = emptyProfile('thepost.example', NOV);
  post = addReport(post, article('https://thepost.example/a'), NOV)!;
  post = addReport(post, article('https://thepost.example/b'), DEC)!;
  const herald = addReport(
    emptyProfile('herald.example', DEC),
    article('https://herald.example/c', true),
    DEC,
  )!;
  return [post, herald];
}

function bridge(list: OutletProfile[]) {
  let current = list;
  return {
    listProfiles: vi.fn(async () => current),
    watchProfiles: vi.fn(() => () => {}),
    clearAllProfiles: vi.fn(async () => {
      current = [];
    }),
    saveFile: vi.fn(),
    version: '0.1.0',
    now: () => Date.UTC(2026, 11, 6),
  } satisfies DietBridge;
}

afterEach(cleanup);

describe('reading-diet page', () => {
  it('charts each outlet over time and the entities both name', async () => {
    render(<Diet bridge={bridge(profiles())} />);
    const outlets = await screen.findAllByTestId('outlet');
    expect(outlets.map((o) => o.querySelector('h2')?.textContent)).toEqual([
      'thepost.example',
      'herald.example',
    ]);
    expect(outlets[0]!.querySelector('.sw-sub')?.textContent).toBe(
      '2 articles read since 12 Nov 2026 · 25% own opinion · 32.1 loaded terms per 1,000 words',
    );
    // per outlet: opinion by month, loaded by month, entities; each an SVG with a name and a table
    const post = within(outlets[0]!);
    const charts = post.getAllByRole('img');
    expect(
      charts.map((c) => document.getElementById(c.getAttribute('aria-labelledby')!)?.textContent),
    ).toEqual([
      'thepost.example: own opinion by month (share of sentences)',
      'thepost.example: loaded terms per 1,000 words by month',
      'thepost.example: entities cast most negatively and positively',
    ]);
    const opinion = document.getElementById(charts[0]!.getAttribute('aria-describedby')!)!;
    expect([...opinion.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
      'Nov 2625%',
      'Dec 2625%',
    ]);
    const byMonth = post.getByRole('table', {
      name: 'thepost.example: entities cast most negatively and positively, by month',
    });
    // whom it cast which way, month by month (newest first); the Post read the same article twice
    expect(
      [...byMonth.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
    ).toEqual([
      ['Dec 26', 'Azerbaijan −0.85', 'NATO +0.05'],
      ['Nov 26', 'Azerbaijan −0.85', 'NATO +0.05'],
    ]);
    const entities = document.getElementById(charts[2]!.getAttribute('aria-describedby')!)!;
    expect([...entities.querySelectorAll('tbody th')].map((th) => th.textContent)).toContain('Azerbaijan');
    // across outlets: Azerbaijan cast negatively by the Post and positively by the Herald
    const cross = screen.getByTestId('chart-cross');
    const rows = [...cross.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((td) => td.textContent),
    );
    expect(rows[0]).toEqual(['Azerbaijan', 'thepost.example', 'negative (−0.85)', '4']);
    expect(rows[1]).toEqual(['Azerbaijan', 'herald.example', 'positive (+0.85)', '2']);
    expect(cross.querySelector('svg[role="img"] title')?.textContent).toMatch(
      /^How outlets treat Azerbaijan/,
    );
  });

  it('exports JSON and CSV, and clears after a confirmation', async () => {
    const b = bridge(profiles());
    render(<Diet bridge={b} />);
    await screen.findAllByTestId('outlet');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [name, csv, type] = b.saveFile.mock.calls[0]!;
    expect([name, type]).toEqual(['slantwise-reading-diet-2026-12-06.csv', 'text/csv']);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'site,kind,month,entity,articles,opinion_share,loaded_per_1000,tone,mentions',
      'thepost.example,month,2026-11,,1,0.25,32.1,,',
      'thepost.example,month,2026-12,,1,0.25,32.1,,',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    const json = JSON.parse(b.saveFile.mock.calls[1]![1]);
    expect([json.kind, json.outlets.length, json.shared[0].name]).toEqual(['reading-diet', 2, 'Azerbaijan']);
    expect(screen.getByTestId('diet-status').textContent).toBe(
      'Download started: slantwise-reading-diet-2026-12-06.json',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Clear all profiles…' }));
    expect(b.clearAllProfiles).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear all 2 outlets' }));
    await waitFor(() => expect(screen.getByTestId('diet-empty')).toBeTruthy());
    expect(b.clearAllProfiles).toHaveBeenCalledTimes(1);
    expect(screen.queryAllByRole('img')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export CSV' }).hasAttribute('disabled')).toBe(true);
  });

  it('draws a profile with fields it does not know or lacks, without failing', async () => {
    const odd = { site: 'odd.example', articles: 3 } as unknown as OutletProfile;
    render(<Diet bridge={bridge([odd])} />);
    const [outlet] = await screen.findAllByTestId('outlet');
    expect(outlet!.querySelector('h2')?.textContent).toBe('odd.example');
    expect(outlet!.textContent).toContain('No entity named twice or more with a clear tone yet.');
    expect(screen.getByText('No person, place or organisation is named by two outlets yet.').tagName).toBe(
      'P',
    );
  });

  it('draws a stored version 1 profile (per-article history) once it is migrated, with newer months', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      [PROFILES_KEY]: {
        'thepost.example': {
          site: 'thepost.example',
          articles: 2,
          first: Date.UTC(2026, 9, 3, 14, 5),
          last: NOV + 3_600_000,
          words: 2000,
          sentences: 40,
          outletOpinion: 6,
          loadedTerms: 30,
          terms: {},
          entities: { azerbaijan: { name: 'Azerbaijan', toneSum: -1.2, mentions: 3, articles: 2 } },
          history: [
            { t: Date.UTC(2026, 9, 3, 14, 5), words: 1000, sentences: 20, outletOpinion: 2, loaded: 10 },
            { t: NOV + 3_600_000, words: 1000, sentences: 20, outletOpinion: 4, loaded: 20 },
          ],
          seen: [123456, 42],
        },
      },
    });
    // a third article read after the update, in December, through the real storage module
    await recordArticle('thepost.example', article('https://thepost.example/d'), DEC);
    const b = { ...bridge([]), listProfiles, clearAllProfiles };
    render(<Diet bridge={b} />);
    const [outlet] = await screen.findAllByTestId('outlet');
    expect(outlet!.querySelector('.sw-sub')?.textContent).toMatch(/^3 articles read since 3 Oct 2026 · /);
    const charts = within(outlet!).getAllByRole('img');
    const opinion = document.getElementById(charts[0]!.getAttribute('aria-describedby')!)!;
    expect([...opinion.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
      'Oct 2610%',
      'Nov 2620%',
      'Dec 2625%',
    ]);
    // version 1 kept no entities per article, so only December has them by month
    const byMonth = within(outlet!).getByRole('table', {
      name: 'thepost.example: entities cast most negatively and positively, by month',
    });
    expect([...byMonth.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['Dec 26']);
    const entities = document.getElementById(charts[2]!.getAttribute('aria-describedby')!)!;
    expect([...entities.querySelectorAll('tbody th')].map((th) => th.textContent)).toContain('Azerbaijan');
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(PROFILES_KEY));
    expect(stored).not.toMatch(/"history"|"seen"|123456/);
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(b.saveFile.mock.calls[0]![1]).not.toMatch(/history|seen|123456/);
  });
});
