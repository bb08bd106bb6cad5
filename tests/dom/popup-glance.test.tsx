/** The popup's first screen: the slant chart, the opinion strip, folded sections, the diet link. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, type Mocked, vi } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import type { PopupActions } from '../../components/popup/types';
import type { Report } from '../../lib/analysis/types';
import demo from '../fixtures/reports/demo-handwritten.json';

const load = (): Report => structuredClone(demo) as Report;

function actions(): Mocked<Required<PopupActions>> {
  return {
    analyze: vi.fn<PopupActions['analyze']>(),
    reveal: vi.fn<PopupActions['reveal']>(async () => true),
    copyText: vi.fn<PopupActions['copyText']>(async () => {}),
    saveFile: vi.fn<PopupActions['saveFile']>(),
    openDiet: vi.fn<NonNullable<PopupActions['openDiet']>>(),
    ignoreSite: vi.fn<NonNullable<PopupActions['ignoreSite']>>(async () => {}),
  };
}

function show(report = load(), a = actions()) {
  render(<Popup state={{ kind: 'done', report }} version="0.1.0" actions={a} />);
  return a;
}

const cells = () => [
  ...document.querySelectorAll<SVGGElement>('[data-testid="opinion-strip"] [role="button"]'),
];

afterEach(cleanup);

describe('slant chart', () => {
  it('is an SVG named for the entities, with the figures as a table', () => {
    show();
    const chart = screen.getByRole('img', {
      name: 'Slant towards Azerbaijan, NATO and Czech Republic, by voice',
    });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const table = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(table.tagName).toBe('TABLE');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Entity',
      'The Post’s voice',
      'Quoted voices',
      'Related stories',
    ]);
    expect([...table.querySelectorAll('tbody tr')][0]!.textContent).toBe(
      'Azerbaijannegative (−0.85, 2 mentions)positive (+0.55, 4 mentions)negative (−0.63, 3 related stories)',
    );
    // a circle for the outlet's voice, a square for quoted voices, a triangle for related stories;
    // the outlet's circle sits left of the middle (negative), the quoted square right of it
    const az = chart.querySelector('.sw-slant-group')!;
    const circle = az.querySelector('circle.sw-v-outlet')!;
    const square = az.querySelector('rect.sw-mark.sw-v-quoted')!;
    expect(az.querySelector('path.sw-v-related')).not.toBeNull();
    expect(Number(circle.getAttribute('cx'))).toBeLessThan(214);
    expect(Number(square.getAttribute('x')) + 4.5).toBeGreaterThan(214);
  });

  it('says under the chart what the lean rests on when the outlet’s dot points the other way', () => {
    show();
    expect(document.querySelector('.sw-lean-basis')).toBeNull();
    cleanup();
    const r = load();
    r.entities.find((e) => e.name === 'Azerbaijan')!.tone.outlet = { score: 0.249, mentions: 9 };
    r.summary.leans[0]!.outlet = -0.111;
    show(r);
    const note = document.querySelector('.sw-lean-basis')!;
    expect(note.textContent).toBe(
      'The lean rests on The Post’s own judging words about Azerbaijan (−0.11); the chart’s dot for The Post’s voice is the tone of all its 9 mentions of Azerbaijan (+0.25).',
    );
    expect(note.closest('section')?.getAttribute('aria-labelledby')).toBe('sw-slant');
  });

  it('says so when no entity is named often enough', () => {
    const r = load();
    r.entities = [];
    r.related.byEntity = [];
    r.summary.leans = [];
    show(r);
    expect(screen.getByText('No person, place or organisation is named often enough to chart.').tagName).toBe(
      'P',
    );
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('opinion strip', () => {
  it('one focusable cell per sentence, named with its label, loaded words and text', () => {
    show();
    expect(cells().length).toBe(8);
    expect(cells().map((c) => c.getAttribute('tabindex'))).toEqual(Array(8).fill('0'));
    expect(cells().map((c) => c.getAttribute('class'))).toEqual([
      'sw-cell sw-l-fact',
      'sw-cell sw-l-claim',
      'sw-cell sw-l-reported-opinion',
      'sw-cell sw-l-reported-opinion',
      'sw-cell sw-l-claim',
      'sw-cell sw-l-claim',
      'sw-cell sw-l-opinion',
      'sw-cell sw-l-opinion',
    ]);
    expect(cells()[6]!.getAttribute('aria-label')).toMatch(
      /^Sentence 7 of 8, own opinion; loaded: inept, corruption-ridden: However, Azerbaijan’s complicated/,
    );
    // two ticks for two loaded words
    expect(cells()[6]!.querySelectorAll('.sw-tick').length).toBe(2);
    const group = screen.getByRole('group', { name: 'Opinion strip: each sentence in reading order' });
    expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toBe(
      '8 sentences: 2 own opinion, 2 reported opinion, 3 claims, 1 fact; 6 loaded words in 4 sentences',
    );
  });

  it('Enter or a click shows the sentence in the page and marks the cell current; arrows move', async () => {
    const a = show();
    cells()[0]!.focus();
    fireEvent.keyDown(cells()[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cells()[1]);
    fireEvent.keyDown(cells()[1]!, { key: 'End' });
    expect(document.activeElement).toBe(cells()[7]);
    fireEvent.keyDown(cells()[7]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(cells()[6]);
    fireEvent.keyDown(cells()[6]!, { key: 'Enter' });
    expect(a.reveal).toHaveBeenCalledWith({ kind: 'sentence', index: 6 });
    await waitFor(() => expect(cells()[6]!.getAttribute('aria-current')).toBe('true'));
    expect(cells().filter((c) => c.hasAttribute('aria-current')).length).toBe(1);
    fireEvent.click(cells()[2]!);
    expect(a.reveal).toHaveBeenLastCalledWith({ kind: 'sentence', index: 2 });
    await waitFor(() => expect(cells()[2]!.getAttribute('aria-current')).toBe('true'));
    expect(cells()[6]!.hasAttribute('aria-current')).toBe(false);
  });
});

describe('folded sections and the diet link', () => {
  it('claims, loaded language, entities and related stories start folded', () => {
    show();
    for (const id of ['claims', 'loaded', 'entities', 'related']) {
      const details = screen.getByTestId(`section-${id}`).querySelector('details')!;
      expect(details.open).toBe(false);
      expect(details.querySelector('summary h2')).not.toBeNull();
    }
    expect(screen.getByTestId('section-claims').querySelector('summary')?.textContent).toBe(
      'Claims by voice',
    );
  });

  it('the reading-diet link opens the page through the actions', () => {
    const a = show();
    const link = within(screen.getByRole('contentinfo')).getByRole('link', {
      name: 'Your reading diet: the outlets you read, over time',
    });
    expect(link.getAttribute('href')).toBe('diet.html');
    fireEvent.click(link);
    expect(a.openDiet).toHaveBeenCalledTimes(1);
  });
});

describe('states with their one action', () => {
  it('a capped article: the notice, and a button that shows where the analysis stops', async () => {
    const r = load();
    r.notice = 'Only the first 150,000 characters were analysed (the article is longer).';
    const a = show(r);
    expect(screen.getByTestId('notice').textContent).toBe(r.notice);
    fireEvent.click(screen.getByRole('button', { name: 'Show where the analysis stops' }));
    expect(a.reveal).toHaveBeenCalledWith({ kind: 'sentence', index: 7 });
    await waitFor(() => expect(cells()[7]!.getAttribute('aria-current')).toBe('true'));
  });

  it('an article in another language: one button stops checking the site by itself', async () => {
    const r = load();
    r.supported = false;
    r.language = 'fr';
    const a = actions();
    render(
      <Popup
        state={{ kind: 'unsupported-language', language: 'fr', report: r }}
        url="https://www.lemonde.example/a"
        version="0.1.0"
        actions={a}
      />,
    );
    expect(screen.getByRole('note').textContent).toBe(
      'This article is in French. Slantwise reads English only for now, so nothing on the page is marked.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Don’t check lemonde.example by itself' }));
    expect(a.ignoreSite).toHaveBeenCalledWith('lemonde.example');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Slantwise won’t check pages on lemonde.example by itself any more (Settings → Sites to undo).',
      ),
    );
    expect(screen.queryByRole('button', { name: /^Don’t check/ })).toBeNull();
  });
});
