import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimsByVoice } from '../../components/popup/ClaimsByVoice';
import { EntityTone } from '../../components/popup/EntityTone';
import { Header } from '../../components/popup/Header';
import { LoadedByCategory } from '../../components/popup/LoadedByCategory';
import { OutletSoFar } from '../../components/popup/OutletSoFar';
import { RelatedSlant } from '../../components/popup/RelatedSlant';
import type { Report } from '../../lib/analysis/types';
import demo from '../fixtures/reports/demo-handwritten.json';

const load = (): Report => structuredClone(demo) as Report;
const texts = (els: Element[]) => els.map((el) => el.textContent);

afterEach(cleanup);

describe('Header', () => {
  it('shows title, meta line, lean statement and both numbers', () => {
    render(<Header report={load()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission',
    );
    expect(screen.getByText('The Post · By Reuters · March 21, 2024').tagName).toBe('P');
    expect(screen.getByTestId('statement').textContent).toBe(
      'The Post’s own voice casts Azerbaijan negatively (“inept”, “corruption-ridden”), and 3 of 3 related stories do too.',
    );
    const meters = document.querySelector('dl[aria-label="Key numbers"]')!;
    expect(texts([...meters.querySelectorAll('dt')])).toEqual(['The Post’s own opinion', 'Loaded terms']);
    expect(texts([...meters.querySelectorAll('dd')])).toEqual(['25% of sentences', '32.1 per 1,000 words']);
    expect(screen.getByTestId('own-words').textContent).toBe(
      'The Post’s own loaded words: “inept”, “corruption-ridden”',
    );
    const fills = [...meters.querySelectorAll<HTMLElement>('.sw-meter-fill')].map((el) => el.style.width);
    expect(fills).toEqual(['25%', '100%']); // 32.1 per 1,000 is past the full-scale 30
  });

  it('says "Untitled article" and drops missing meta parts', () => {
    const r = load();
    r.meta = {};
    render(<Header report={r} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Untitled article');
    expect(screen.getByText('The outlet’s own opinion').tagName).toBe('DT');
  });

  it('shows the analysis notice (a capped long article) and none when there is none', () => {
    const r = load();
    r.notice = 'Only the first 150,000 characters were analysed (the article is longer).';
    render(<Header report={r} />);
    expect(screen.getByRole('note').textContent).toBe(
      'Only the first 150,000 characters were analysed (the article is longer).',
    );
    cleanup();
    render(<Header report={load()} />);
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});

describe('ClaimsByVoice', () => {
  it('groups claims by voice, the outlet first, each with its hedging, and reveals on click', () => {
    const onReveal = vi.fn();
    render(<ClaimsByVoice report={load()} onReveal={onReveal} />);
    const section = screen.getByRole('region', { name: 'Claims by voice' });
    expect(texts(within(section).getAllByRole('heading', { level: 3 }))).toEqual([
      'The Post says (2)',
      'Jens Stoltenberg — NATO Secretary General (2)',
      'Dmitry Peskov — Kremlin spokesperson (1)',
    ]);
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.sw-sub')?.textContent)).toEqual([
      'no hedging',
      'hedged: may',
      'emphasized · no hedging',
      'reaffirmed · no hedging',
      'accusing · no hedging',
    ]);
    const peskov = within(section).getByRole('button', {
      name: '“Stoltenberg’s visit to the South Caucasus has drawn criticism from Russia, with Kremlin spokesperson Dmitry Peskov accusing NATO of seeking to gain a foothold in the region.”',
    });
    // a screen reader hears who and how sure along with the claim
    expect(document.getElementById(peskov.getAttribute('aria-describedby')!)?.textContent).toBe(
      'accusing · no hedging',
    );
    fireEvent.click(peskov);
    expect(onReveal).toHaveBeenCalledWith({ kind: 'claim', index: 1 });
  });

  it('shows three claims per voice, and the rest on request', () => {
    const r = load();
    const stolt = r.claims[0]!;
    r.claims = [0, 1, 2, 3, 4].map((i) => ({ ...stolt, text: `Claim ${i}.` }));
    render(<ClaimsByVoice report={r} onReveal={() => {}} />);
    expect(texts(screen.getAllByRole('button', { name: /^“Claim/ }))).toEqual([
      '“Claim 0.”',
      '“Claim 1.”',
      '“Claim 2.”',
    ]);
    const more = screen.getByRole('button', { name: 'Show 2 more claims' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(more.getAttribute('aria-controls')!)?.tagName).toBe('UL');
    fireEvent.click(more);
    expect(texts(screen.getAllByRole('button', { name: /^“Claim/ }))).toEqual([
      '“Claim 0.”',
      '“Claim 1.”',
      '“Claim 2.”',
      '“Claim 3.”',
      '“Claim 4.”',
    ]);
    expect(more.textContent).toBe('Show fewer');
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('says so when there are no claims', () => {
    const r = load();
    r.claims = [];
    render(<ClaimsByVoice report={r} onReveal={() => {}} />);
    expect(screen.getByText('No check-worthy claims found.').tagName).toBe('P');
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});

describe('LoadedByCategory', () => {
  it('lists terms by category with counts; each term is a button to its place', () => {
    const onReveal = vi.fn();
    render(<LoadedByCategory report={load()} onReveal={onReveal} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Loaded language (6)');
    expect(texts(screen.getAllByRole('heading', { level: 3 }))).toEqual([
      'Pejorative labels (2)',
      'Emotive and fear words (1)',
      'Loaded verbs of saying (2)',
      'Hedges and weasel words (1)',
    ]);
    expect(texts(screen.getAllByRole('button'))).toEqual([
      'inept',
      'corruption-ridden',
      'gain a foothold',
      'lauded',
      'accusing',
      'may',
    ]);
    const inept = screen.getByRole('button', { name: 'inept' }).closest('li')!;
    expect(inept.querySelector('.sw-sub')?.textContent).toBe('The Post’s own words · neutral: “ineffective”');
    expect(inept.querySelector('.sw-note')?.textContent).toBe(
      'Labels someone as incompetent without evidence.',
    );
    const described = screen
      .getByRole('button', { name: 'inept' })
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([
      'The Post’s own words · neutral: “ineffective”',
      'Labels someone as incompetent without evidence.',
    ]);
    const foothold = screen.getByRole('button', { name: 'gain a foothold' }).closest('li')!;
    expect(foothold.querySelector('.sw-sub')?.textContent).toBe('Quoting Dmitry Peskov');
    fireEvent.click(screen.getByRole('button', { name: 'corruption-ridden' }));
    expect(onReveal).toHaveBeenCalledWith({ kind: 'loaded', index: 4 });
  });
});

describe('LoadedByCategory folding', () => {
  it('shows six terms per category, and the rest on request', () => {
    const r = load();
    const inept = r.loaded[3]!;
    r.loaded = Array.from({ length: 8 }, (_, i) => ({ ...inept, text: `word${i}` }));
    render(<LoadedByCategory report={r} onReveal={() => {}} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Pejorative labels (8)');
    expect(screen.getAllByRole('button', { name: /^word/ }).length).toBe(6);
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more terms' }));
    expect(screen.getAllByRole('button', { name: /^word/ }).length).toBe(8);
  });
});

describe('EntityTone', () => {
  it('shows each entity with tone in the outlet’s voice and in quoted voices', () => {
    render(<EntityTone report={load()} />);
    const items = screen.getAllByRole('listitem');
    expect(
      items.map((li) => [
        li.querySelector('h3')?.textContent,
        li.querySelector('.sw-sub')?.textContent,
        ...texts([...li.querySelectorAll('dt, dd')]),
      ]),
    ).toEqual([
      [
        'Azerbaijan',
        'place · 6 mentions',
        'The Post’s voice',
        'negative (−0.85, 2 mentions)',
        'Quoted voices',
        'positive (+0.55, 4 mentions)',
      ],
      [
        'Jens Stoltenberg',
        'person · NATO Secretary General · 5 mentions',
        'The Post’s voice',
        'neutral (0.00, 1 mention)',
        'Quoted voices',
        'not mentioned',
      ],
      [
        'NATO',
        'organisation · 5 mentions',
        'The Post’s voice',
        'neutral (+0.05, 2 mentions)',
        'Quoted voices',
        'negative (−0.40, 1 mention)',
      ],
      [
        'Dmitry Peskov',
        'person · Kremlin spokesperson · 1 mention',
        'The Post’s voice',
        'neutral (0.00, 1 mention)',
        'Quoted voices',
        'not mentioned',
      ],
    ]);
    expect(items[0]!.querySelector('.sw-tone')?.className).toBe('sw-tone sw-tone-negative');
    expect(screen.queryByRole('button')).toBeNull(); // four entities: nothing to fold away
  });

  it('shows the six most named, and all on request', () => {
    const r = load();
    r.entities = Array.from({ length: 8 }, (_, i) => ({
      ...r.entities[0]!,
      id: `e${i}`,
      name: `E${i}`,
      mentions: 20 - i,
    }));
    render(<EntityTone report={r} />);
    expect(texts(screen.getAllByRole('heading', { level: 3 }))).toEqual(['E0', 'E1', 'E2', 'E3', 'E4', 'E5']);
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more entities' }));
    expect(screen.getAllByRole('heading', { level: 3 }).length).toBe(8);
  });
});

describe('RelatedSlant', () => {
  it('shows each headline’s tone and loaded words, the per-entity sum, promoted count and comparison', () => {
    render(<RelatedSlant report={load()} />);
    expect(screen.getByText('Under “More from The Post”').tagName).toBe('P');
    const stories = [...document.querySelectorAll('.sw-story')];
    expect(
      stories.map((li) => [
        li.querySelector('.sw-story-title')?.textContent,
        li.querySelector('.sw-sub')?.textContent,
      ]),
    ).toEqual([
      [
        'Czech Government Remains Silent on Alleged Corruption Links of Azerbaijani Officials',
        'negative −0.60 · loaded: Alleged',
      ],
      ['Liechtenstein Cautions Over Restoring Voting Rights for Azerbaijan at PACE', 'negative −0.30'],
      [
        'US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses',
        'negative −0.70 · loaded: Alleged, Abuses',
      ],
    ]);
    expect(texts(screen.getAllByTestId('related-sum'))).toEqual([
      '3 of 3 related stories cast Azerbaijan negatively: corruption, voting rights, sanctions',
      '1 of 3 related stories cast Czech Republic negatively: corruption',
      '1 of 3 related stories name Liechtenstein without a clear tone',
    ]);
    expect(screen.getAllByTestId('related-sum').map((li) => li.className)).toEqual([
      'sw-sum sw-sum-negative',
      'sw-sum sw-sum-negative',
      'sw-sum sw-sum-neutral',
    ]);
    expect(screen.getByTestId('promoted').textContent).toBe('2 promoted links were left out.');
    expect(texts(screen.getAllByTestId('lean-compare'))).toEqual([
      'Like its related stories, The Post’s own voice in this article is negative towards Azerbaijan (article −0.85, related stories −0.63).',
    ]);
  });

  it('links headlines only to web addresses', () => {
    const r = load();
    r.related.stories[1]!.url = 'javascript:alert(1)';
    r.related.stories[2]!.url = 'not a url';
    render(<RelatedSlant report={r} />);
    const titles = [...document.querySelectorAll('.sw-story-title')];
    expect(titles.map((el) => [el.tagName, el.getAttribute('href'), el.getAttribute('rel')])).toEqual([
      ['A', 'https://thepost.example/czech-silent', 'noopener noreferrer'],
      ['SPAN', null, null],
      ['SPAN', null, null],
    ]);
  });

  it('says when there are no related stories', () => {
    const r = load();
    r.related = { stories: [], excluded: 0, byEntity: [] };
    r.summary.leans = [];
    render(<RelatedSlant report={r} />);
    expect(screen.getByText('No related stories found on the page.').tagName).toBe('P');
    expect(screen.getByTestId('promoted').textContent).toBe('No promoted or sponsored links were found.');
    expect(screen.queryAllByTestId('related-sum')).toEqual([]);
  });

  it('renders page text as text, never as markup', () => {
    const r = load();
    r.related.stories[0]!.title = '<img src=x onerror="window.pwned=1">Headline';
    render(<RelatedSlant report={r} />);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.sw-story-title')?.textContent).toBe(
      '<img src=x onerror="window.pwned=1">Headline',
    );
  });
});

describe('OutletSoFar', () => {
  const profile = (articles: number, negative: string[]) => ({
    site: 'the post',
    articles,
    first: 0,
    last: 0,
    opinionShare: 0.064,
    loadedPer1000: 9.83,
    negative: negative.map((name) => ({ name, tone: -0.4, mentions: 5, articles: 2 })),
    positive: [],
    topTerms: [],
    timeline: [],
  });

  it('sums up the outlet from the articles read on this device', () => {
    render(<OutletSoFar outlet="The Post" profile={profile(3, ['Azerbaijan', 'Russia', 'Iran', 'Chad'])} />);
    expect(screen.getByTestId('outlet-so-far').textContent).toBe(
      'The Post so far: 3 articles read on this device, 6% own opinion, 9.8 loaded terms per 1,000 words; cast most negatively: Azerbaijan, Russia, Iran.',
    );
    cleanup();
    render(<OutletSoFar outlet="The Post" profile={profile(2, [])} />);
    expect(screen.getByTestId('outlet-so-far').textContent).toBe(
      'The Post so far: 2 articles read on this device, 6% own opinion, 9.8 loaded terms per 1,000 words.',
    );
  });

  it('says nothing while this article is the only one', () => {
    render(<OutletSoFar outlet="The Post" profile={profile(1, ['Azerbaijan'])} />);
    expect(screen.queryByTestId('outlet-so-far')).toBeNull();
  });
});
