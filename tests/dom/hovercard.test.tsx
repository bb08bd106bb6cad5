/** The hover card and the in-page legend render exactly the data they are given. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { Legend } from '../../components/Legend';
import { CARD_TAG, createCard, createHost, createLegend, LEGEND_TAG } from '../../lib/page/card-host';
import type { CardData } from '../../lib/page/marks';

const INEPT: CardData = {
  kind: 'loaded-pejorative',
  label: 'Loaded word: pejorative label',
  voice: 'The Post (the outlet itself)',
  reasons: [],
  term: {
    text: 'inept',
    category: 'pejorative',
    categoryLabel: 'pejorative label',
    note: 'Judges competence in the writer’s voice instead of showing what went wrong.',
    neutral: 'criticised as ineffective',
  },
};

afterEach(cleanup);

const LAUDED_SENTENCE: CardData = {
  kind: 'reported',
  label: 'Reported opinion',
  voice: 'Jens Stoltenberg, NATO Secretary General',
  voiceVia: 'named earlier, referred to by a pronoun',
  reasons: ['reported praise: “lauded”', 'evaluative adjective: “crucial”'],
};

describe('HoverCard', () => {
  test('a loaded word: label, category, explanation, neutral wording and voice, as a tooltip', () => {
    render(<HoverCard data={INEPT} id="tip" />);
    const tip = screen.getByRole('tooltip');
    expect(tip.id).toBe('tip');
    expect(tip.getAttribute('data-kind')).toBe('loaded-pejorative');
    expect(tip.textContent).toBe(
      'Ab Loaded word: pejorative label' +
        '“inept” is a pejorative label.' +
        'Judges competence in the writer’s voice instead of showing what went wrong.' +
        'Neutral wording: “criticised as ineffective”' +
        'Voice: The Post (the outlet itself)',
    );
  });

  test('a sentence: who says it, how that was found, and the reasons as a list', () => {
    render(<HoverCard data={LAUDED_SENTENCE} />);
    expect(screen.getByRole('tooltip').querySelector('.sw-voice')!.textContent).toBe(
      'Voice: Jens Stoltenberg, NATO Secretary General (named earlier, referred to by a pronoun)',
    );
    const list = screen.getByRole('list', { name: 'Why it was marked' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'reported praise: “lauded”',
      'evaluative adjective: “crucial”',
    ]);
  });

  test('page text reaches the card as text, never as markup', () => {
    const data = { ...INEPT, term: { ...INEPT.term!, text: '<img src=x onerror=alert(1)>' } };
    const { container } = render(<HoverCard data={data} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('“<img src=x onerror=alert(1)>”');
  });
});

describe('HoverCard: "Not loaded here"', () => {
  test('a labelled, focusable button hands the term and the site to the callback', () => {
    const onNotLoaded = vi.fn();
    render(<HoverCard data={INEPT} site="news.example" onNotLoaded={onNotLoaded} />);
    const button = screen.getByRole('button', {
      name: '“inept” is not loaded on news.example: stop marking it here',
    });
    expect(button.textContent).toBe('Not loaded here');
    expect(button.getAttribute('type')).toBe('button');
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onNotLoaded).toHaveBeenCalledTimes(1);
    expect(onNotLoaded).toHaveBeenCalledWith('inept', 'news.example');
  });

  test('no button for a sentence, nor without a callback or a site', () => {
    const onNotLoaded = vi.fn();
    render(<HoverCard data={LAUDED_SENTENCE} site="news.example" onNotLoaded={onNotLoaded} />);
    render(<HoverCard data={INEPT} site="news.example" />);
    render(<HoverCard data={INEPT} site="" onNotLoaded={onNotLoaded} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('Legend', () => {
  const counts = { opinion: 1, reported: 3, 'loaded-pejorative': 3, 'loaded-praise': 0 } as const;

  test('collapsed: a pill with the number of marks', () => {
    render(
      <Legend counts={counts} on expanded={false} onToggleMarks={() => {}} onToggleExpanded={() => {}} />,
    );
    const pill = screen.getByRole('button');
    expect(pill.textContent).toBe('Slantwise · 7 marks');
    expect(pill.getAttribute('aria-expanded')).toBe('false');
  });

  test('expanded: each kind present with its count, a marks switch and the shortcuts', () => {
    const onToggleMarks = vi.fn();
    const onToggleExpanded = vi.fn();
    render(
      <Legend
        counts={counts}
        on
        expanded
        onToggleMarks={onToggleMarks}
        onToggleExpanded={onToggleExpanded}
      />,
    );
    const items = [...document.querySelectorAll('.sw-kinds li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Ab The outlet’s own opinion 1',
      'Ab Opinion it reports 3',
      'Ab Loaded: pejorative label 3',
    ]);
    const toggle = screen.getByRole('button', { name: 'Hide marks' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(onToggleMarks).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Slantwise · 7 marks' }));
    expect(onToggleExpanded).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.sw-keys')!.textContent).toBe(
      'Alt+Shift+M marks on/off · Alt+Shift+N/P next/previous mark · Esc close card',
    );
  });

  test('marks off: the switch offers to show them again', () => {
    render(
      <Legend counts={counts} on={false} expanded onToggleMarks={() => {}} onToggleExpanded={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Show marks' }).getAttribute('aria-pressed')).toBe('false');
  });
});

describe('card host', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll(`${CARD_TAG}, ${LEGEND_TAG}`)) el.remove();
  });

  test('the card renders in a shadow root beside <body>, with pinned host styles, and hides', () => {
    const card = createCard(document);
    card.show(INEPT, { left: 100, top: 400, right: 140, bottom: 420 });
    const hosts = document.querySelectorAll(CARD_TAG);
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.style.getPropertyPriority('z-index')).toBe('important');
    expect(host.style.getPropertyValue('visibility')).toBe('visible');
    const tip = host.shadowRoot!.querySelector('[role="tooltip"]')!;
    expect(tip.textContent).toContain('“inept” is a pejorative label.');
    expect(host.shadowRoot!.querySelector('[aria-live="polite"]')).not.toBeNull();
    expect(document.body.textContent).toBe('');
    expect(card.open).toBe(true);
    expect(card.owns(host)).toBe(true);
    card.hide();
    expect(card.open).toBe(false);
    expect(host.shadowRoot!.querySelector('[role="tooltip"]')).toBeNull();
    card.destroy();
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });

  test('the card host passes the correction callback through to the card in its shadow root', () => {
    const card = createCard(document);
    const onNotLoaded = vi.fn();
    card.show(INEPT, { left: 100, top: 400, right: 140, bottom: 420 }, { site: 'news.example', onNotLoaded });
    const root = document.querySelector(CARD_TAG)!.shadowRoot!;
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Not loaded here');
    expect(card.focusAction!()).toBe(true);
    expect(root.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onNotLoaded).toHaveBeenCalledWith('inept', 'news.example');
    card.show(INEPT, { left: 100, top: 400, right: 140, bottom: 420 });
    expect(root.querySelector('button')).toBeNull();
    expect(card.focusAction!()).toBe(false);
    card.destroy();
  });

  test('a second copy of the script replaces the first host instead of adding one', () => {
    createHost(document, LEGEND_TAG);
    const legend = createLegend(document);
    legend.update({
      counts: { opinion: 2 },
      on: true,
      expanded: false,
      onToggleMarks() {},
      onToggleExpanded() {},
    });
    const hosts = document.querySelectorAll(LEGEND_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot!.textContent).toContain('Slantwise · 2 marks');
    legend.destroy();
    expect(document.querySelector(LEGEND_TAG)).toBeNull();
  });
});
