/** The hover card and the in-page legend render exactly the data they are given. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { Legend } from '../../components/Legend';
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
