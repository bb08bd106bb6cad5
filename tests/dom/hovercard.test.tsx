/** The hover card and the in-page legend render exactly the data they are given. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { Legend } from '../../components/Legend';
import { createCard } from '../../entrypoints/content/card';
import { createLegend, setLegendKeys } from '../../entrypoints/content/legend';
import { CARD_TAG, createHost, LEGEND_TAG, uiRootOf } from '../../entrypoints/content/ui-host';
import { placeCard, sentenceAnchor } from '../../lib/page/hit-test';
import type { CardData } from '../../lib/page/marks';
import { DEFAULT_SHORTCUTS } from '../../lib/shortcuts';
import { trustedClick } from './trusted';

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

  test('an intensifier without a neutral wording: the card says to leave it out', () => {
    const data: CardData = {
      ...INEPT,
      kind: 'loaded-intensifier',
      label: 'Loaded word: intensifier',
      term: {
        text: 'utterly',
        category: 'intensifier',
        categoryLabel: 'intensifier',
        note: 'Boosts a word to its extreme.',
      },
    };
    render(<HoverCard data={data} />);
    expect(screen.getByRole('tooltip').querySelector('.sw-neutral')!.textContent).toBe(
      'Neutral wording: leave it out, or give the figure it stands for.',
    );
    cleanup();
    // Other words without a neutral wording get no such line.
    render(<HoverCard data={{ ...INEPT, term: { ...INEPT.term!, neutral: undefined } }} />);
    expect(screen.getByRole('tooltip').querySelector('.sw-neutral')).toBeNull();
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
    // Nothing to operate: all three stay tooltips.
    expect(screen.getAllByRole('tooltip')).toHaveLength(3);
  });

  test('with its button the card is a non-modal dialog named after what it explains', () => {
    render(<HoverCard data={INEPT} site="news.example" onNotLoaded={() => {}} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    const dialog = screen.getByRole('dialog', { name: 'Slantwise: “inept”, Loaded word: pejorative label' });
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
  });
});

describe('HoverCard: "Mark a word as loaded…"', () => {
  const WORDS = ['lauded', 'bold', 'leadership', 'crucial'];

  function renderSentence(over: Partial<Parameters<typeof HoverCard>[0]> = {}) {
    const onMarkLoaded = vi.fn(async (_t: string, _c: string, _s: string | undefined) => 'c-1');
    const onUndo = vi.fn(async (_id: string) => undefined);
    render(
      <HoverCard
        data={LAUDED_SENTENCE}
        id="card"
        site="news.example"
        candidates={WORDS}
        onMarkLoaded={onMarkLoaded}
        onUndo={onUndo}
        {...over}
      />,
    );
    return { onMarkLoaded, onUndo };
  }

  test('a sentence card with candidates is a dialog with a closed disclosure', () => {
    renderSentence();
    const dialog = screen.getByRole('dialog', { name: 'Slantwise: Reported opinion' });
    expect(dialog.hasAttribute('aria-modal')).toBe(false);
    const disclose = screen.getByRole('button', { name: 'Mark a word as loaded…' });
    expect(disclose.getAttribute('aria-expanded')).toBe('false');
    expect(disclose.getAttribute('aria-controls')).toBe('card-words');
    expect(screen.queryByRole('group')).toBeNull();
    // The card's own text stays live; the actions are kept out of the live region.
    expect(dialog.querySelector('.sw-add')!.getAttribute('aria-live')).toBe('off');
  });

  test('opening it shows the category choice, the scope and one button per word', () => {
    renderSentence();
    const disclose = screen.getByRole('button', { name: 'Mark a word as loaded…' });
    fireEvent.click(disclose);
    expect(disclose.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('card-words')).not.toBeNull();
    const category = screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement;
    expect(category.value).toBe('emotive');
    expect([...category.options].map((o) => `${o.value}=${o.textContent}`)).toEqual([
      'pejorative=pejorative label',
      'praise=praise word',
      'emotive=emotive or fear word',
      'intensifier=intensifier or hyperbole',
      'saying-verb=loaded verb of saying',
      'factive=presupposing verb',
      'hedge=hedge or weasel word',
      'absolute=absolute word',
    ]);
    expect(
      (screen.getByRole('checkbox', { name: 'On every site, not only news.example' }) as HTMLInputElement)
        .checked,
    ).toBe(false);
    const group = screen.getByRole('group', { name: 'Choose the word to mark as loaded:' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(WORDS);
  });

  test('arrow keys, Home and End move between the words', () => {
    renderSentence();
    fireEvent.click(screen.getByRole('button', { name: 'Mark a word as loaded…' }));
    const buttons = [...screen.getByRole('group').querySelectorAll('button')];
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[2]);
    fireEvent.keyDown(buttons[2]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[3]);
    fireEvent.keyDown(buttons[3]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons[3]);
    fireEvent.keyDown(buttons[3]!, { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  test('choosing a word records it for this site, confirms, and Undo takes it back', async () => {
    const { onMarkLoaded, onUndo } = renderSentence();
    fireEvent.click(screen.getByRole('button', { name: 'Mark a word as loaded…' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), { target: { value: 'praise' } });
    fireEvent.click(screen.getByRole('button', { name: 'lauded' }));
    expect(onMarkLoaded).toHaveBeenCalledWith('lauded', 'praise', 'news.example');
    const status = screen.getByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe(
        'Marked “lauded” as praise word on news.example — undo here or in Slantwise options.',
      ),
    );
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    expect(screen.queryByRole('group')).toBeNull();
    fireEvent.click(undo);
    expect(onUndo).toHaveBeenCalledWith('c-1');
    await waitFor(() => expect(status.textContent).toBe('“lauded” is no longer marked.'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mark a word as loaded…' }));
  });

  test('"On every site" records it without a site', async () => {
    const { onMarkLoaded } = renderSentence();
    fireEvent.click(screen.getByRole('button', { name: 'Mark a word as loaded…' }));
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'crucial' }));
    expect(onMarkLoaded).toHaveBeenCalledWith('crucial', 'emotive', undefined);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Marked “crucial” as emotive or fear word on every site — undo here or in Slantwise options.',
      ),
    );
  });

  test('a failed save says so and keeps the words', async () => {
    renderSentence({ onMarkLoaded: () => Promise.reject(new Error('quota')) });
    fireEvent.click(screen.getByRole('button', { name: 'Mark a word as loaded…' }));
    fireEvent.click(screen.getByRole('button', { name: 'bold' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('“bold” could not be saved.'));
    expect(screen.getByRole('group')).toBeTruthy();
  });

  test('only the categories given are offered; emotive first only when it is one of them', () => {
    renderSentence({ categories: ['pejorative', 'hedge'] });
    fireEvent.click(screen.getByRole('button', { name: 'Mark a word as loaded…' }));
    const category = screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement;
    expect([...category.options].map((o) => o.value)).toEqual(['pejorative', 'hedge']);
    expect(category.value).toBe('pejorative');
  });

  test('no words, no categories or no callback: no disclosure, a plain tooltip', () => {
    renderSentence({ candidates: [] });
    renderSentence({ categories: [] });
    renderSentence({ onMarkLoaded: undefined });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getAllByRole('tooltip')).toHaveLength(3);
  });
});

describe('sentenceAnchor: what a sentence’s card must not cover', () => {
  const lines = [
    { left: 40, top: 100, right: 500, bottom: 120, width: 460, height: 20 },
    { left: 10, top: 120, right: 500, bottom: 140, width: 490, height: 20 },
    { left: 10, top: 140, right: 200, bottom: 160, width: 190, height: 20 },
  ];
  const fakeRange = (rects: typeof lines) =>
    ({
      getClientRects: () => rects,
      getBoundingClientRect: () => ({
        left: Math.min(...rects.map((r) => r.left)),
        top: rects[0]!.top,
        right: Math.max(...rects.map((r) => r.right)),
        bottom: rects.at(-1)!.bottom,
        width: 490,
        height: rects.at(-1)!.bottom - rects[0]!.top,
      }),
    }) as unknown as Range;

  test('the whole sentence when it leaves room, else the line nearest the pointer', () => {
    expect(sentenceAnchor(fakeRange(lines), 900, { x: 50, y: 150 })).toMatchObject({
      left: 10,
      top: 100,
      right: 500,
      bottom: 160,
    });
    // 60 px of sentence in a 150 px viewport: too tall to keep clear, the pointer's line is kept clear.
    expect(sentenceAnchor(fakeRange(lines), 150, { x: 50, y: 150 })).toMatchObject({ top: 140, bottom: 160 });
    expect(sentenceAnchor(fakeRange(lines), 150)).toMatchObject({ top: 100, bottom: 120 });
  });
});

describe('placeCard: a card taller than the room', () => {
  test('is cut to the room on the roomier side (it scrolls) rather than covering the text', () => {
    const viewport = { width: 800, height: 600 };
    // 292 px above, 272 px below: a 400 px card goes above, cut to 292 px, ending 8 px over the word.
    expect(
      placeCard({ left: 50, top: 300, right: 90, bottom: 320 }, { width: 300, height: 400 }, viewport),
    ).toEqual({
      left: 50,
      top: 0,
      side: 'above',
      maxHeight: 292,
    });
    expect(
      placeCard({ left: 50, top: 100, right: 90, bottom: 120 }, { width: 300, height: 500 }, viewport),
    ).toEqual({
      left: 50,
      top: 128,
      side: 'below',
      maxHeight: 472,
    });
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
      'Alt+Shift+M marks on/off · Alt+Shift+N next mark · Alt+Shift+P previous mark · Esc close card',
    );
  });

  test('shows the reader’s own keys', () => {
    render(
      <Legend
        counts={counts}
        on
        expanded
        onToggleMarks={() => {}}
        onToggleExpanded={() => {}}
        keys={{ toggle: 'Alt+Shift+Digit1', next: 'Alt+Shift+KeyJ', previous: 'Alt+Shift+KeyK' }}
      />,
    );
    expect(document.querySelector('.sw-keys')!.textContent).toBe(
      'Alt+Shift+1 marks on/off · Alt+Shift+J next mark · Alt+Shift+K previous mark · Esc close card',
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
    // Closed: the page's script sees no shadow root; only our own module holds it.
    expect(host.shadowRoot).toBeNull();
    expect(host.style.getPropertyPriority('z-index')).toBe('important');
    expect(host.style.getPropertyValue('visibility')).toBe('visible');
    const tip = uiRootOf(host)!.querySelector('[role="tooltip"]')!; // no actions given: a tooltip
    expect(tip.textContent).toContain('“inept” is a pejorative label.');
    expect(uiRootOf(host)!.querySelector('[aria-live="polite"]')).not.toBeNull();
    expect(document.body.textContent).toBe('');
    expect(card.open).toBe(true);
    expect(card.owns(host)).toBe(true);
    card.hide();
    expect(card.open).toBe(false);
    expect(uiRootOf(host)!.querySelector('[role="tooltip"]')).toBeNull();
    card.destroy();
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });

  test('the card host passes the correction callback through to the card in its shadow root', () => {
    const card = createCard(document);
    const onNotLoaded = vi.fn();
    card.show(INEPT, { left: 100, top: 400, right: 140, bottom: 420 }, { site: 'news.example', onNotLoaded });
    const root = uiRootOf(document.querySelector(CARD_TAG))!;
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Not loaded here');
    expect(card.focusAction!()).toBe(true);
    expect(root.activeElement).toBe(button);
    trustedClick(button);
    expect(onNotLoaded).toHaveBeenCalledWith('inept', 'news.example');
    card.show(INEPT, { left: 100, top: 400, right: 140, bottom: 420 });
    expect(root.querySelector('button')).toBeNull();
    expect(card.focusAction!()).toBe(false);
    card.destroy();
  });

  test('the card host passes the word choice through and keeps the card’s state while the mark stays', async () => {
    const card = createCard(document);
    const onMarkLoaded = vi.fn(async () => 'c-9');
    const actions = {
      key: 'reported:0:0:40',
      site: 'news.example',
      candidates: ['lauded', 'bold'],
      onMarkLoaded,
      onUndo: async () => undefined,
    };
    const anchor = { left: 100, top: 400, right: 140, bottom: 420 };
    card.show(LAUDED_SENTENCE, anchor, actions);
    const root = uiRootOf(document.querySelector(CARD_TAG))!;
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe(
      'Slantwise: Reported opinion',
    );
    expect(card.focusAction!()).toBe(true);
    expect(root.activeElement!.textContent).toBe('Mark a word as loaded…');
    expect(card.hasFocus!()).toBe(true);
    trustedClick(root.activeElement!);
    expect(root.querySelectorAll('.sw-word')).toHaveLength(2);
    // Shown again for the same mark (a scroll, a redraw): the list stays open.
    card.show(LAUDED_SENTENCE, anchor, actions);
    expect(root.querySelectorAll('.sw-word')).toHaveLength(2);
    // Another mark: a fresh card.
    card.show(LAUDED_SENTENCE, anchor, { ...actions, key: 'reported:1:0:40' });
    expect(root.querySelectorAll('.sw-word')).toHaveLength(0);
    trustedClick(root.querySelector('.sw-disclose')!);
    trustedClick(root.querySelector('.sw-word')!);
    expect(onMarkLoaded).toHaveBeenCalledWith('lauded', 'emotive', 'news.example');
    await waitFor(() =>
      expect(root.querySelector('[role="status"]')!.textContent).toContain('Marked “lauded”'),
    );
    card.hide();
    expect(card.hasFocus!()).toBe(false);
    card.destroy();
  });

  test('the legend shows the keys the keyboard wiring sets, and follows a change', () => {
    const legend = createLegend(document);
    legend.update({
      counts: { opinion: 1 },
      on: true,
      expanded: true,
      onToggleMarks() {},
      onToggleExpanded() {},
    });
    const keys = () => uiRootOf(document.querySelector(LEGEND_TAG))!.querySelector('.sw-keys')!.textContent;
    expect(keys()).toContain('Alt+Shift+N next mark');
    setLegendKeys({ ...DEFAULT_SHORTCUTS, next: 'Alt+Shift+KeyJ' });
    expect(keys()).toContain('Alt+Shift+J next mark');
    setLegendKeys(DEFAULT_SHORTCUTS);
    legend.destroy();
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
    expect(hosts[0]!.shadowRoot).toBeNull();
    expect(uiRootOf(hosts[0])!.textContent).toContain('Slantwise · 2 marks');
    legend.destroy();
    expect(document.querySelector(LEGEND_TAG)).toBeNull();
  });
});

describe('the card and legend act only on the reader’s own input', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll(`${CARD_TAG}, ${LEGEND_TAG}`)) el.remove();
  });

  test('a click or key a script dispatches on the card’s buttons reaches none of our handlers', () => {
    const card = createCard(document);
    const onNotLoaded = vi.fn();
    const onMarkLoaded = vi.fn(async () => 'c-1');
    card.show(INEPT, { left: 100, top: 400, right: 140, bottom: 420 }, { site: 'news.example', onNotLoaded });
    const root = uiRootOf(document.querySelector(CARD_TAG))!;
    const button = root.querySelector('button')!;
    button.click(); // untrusted, as any script's click
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(onNotLoaded).not.toHaveBeenCalled();
    trustedClick(button);
    expect(onNotLoaded).toHaveBeenCalledTimes(1);

    card.show(
      LAUDED_SENTENCE,
      { left: 100, top: 400, right: 140, bottom: 420 },
      {
        key: 'reported:0:0:40',
        site: 'news.example',
        candidates: ['lauded'],
        onMarkLoaded,
        onUndo: async () => undefined,
      },
    );
    fireEvent.click(root.querySelector('.sw-disclose')!);
    expect(root.querySelectorAll('.sw-word')).toHaveLength(0); // the list did not open
    trustedClick(root.querySelector('.sw-disclose')!);
    const everywhere = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    everywhere.click(); // a script ticking "on every site"
    expect(everywhere.checked).toBe(false);
    fireEvent.click(root.querySelector('.sw-word')!);
    expect(onMarkLoaded).not.toHaveBeenCalled();
    trustedClick(root.querySelector('.sw-word')!);
    expect(onMarkLoaded).toHaveBeenCalledWith('lauded', 'emotive', 'news.example');
    card.destroy();
  });

  test('a forged click on the legend neither hides the marks nor opens it', () => {
    const legend = createLegend(document);
    const onToggleMarks = vi.fn();
    const onToggleExpanded = vi.fn();
    legend.update({ counts: { opinion: 1 }, on: true, expanded: true, onToggleMarks, onToggleExpanded });
    const root = uiRootOf(document.querySelector(LEGEND_TAG))!;
    root.querySelector<HTMLButtonElement>('.sw-toggle')!.click();
    root.querySelector<HTMLButtonElement>('.sw-pill')!.click();
    expect(onToggleMarks).not.toHaveBeenCalled();
    expect(onToggleExpanded).not.toHaveBeenCalled();
    trustedClick(root.querySelector('.sw-toggle')!);
    expect(onToggleMarks).toHaveBeenCalledTimes(1);
    legend.destroy();
  });
});
