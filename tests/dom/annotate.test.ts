/**
 * Report spans -> marks -> ranges over live Text nodes -> highlights (or the element fallback),
 * on a happy-dom page. happy-dom has no CSS Custom Highlight API, so a minimal registry stands
 * in for it where a test needs one.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { LoadedTerm, Report, Sentence } from '../../lib/analysis/types';
import { annotate, clearMarks, FALLBACK_ATTR, STYLE_ID, spanToRange } from '../../lib/page/annotate';
import { highlightName } from '../../lib/page/highlight-styles';
import { anchorRect, markAt, placeCard } from '../../lib/page/hit-test';
import { cardFor, type Mark, type MarkKind, selectAll, toMarks } from '../../lib/page/marks';
import { mapBlock } from '../../lib/page/textmap';
import type { BlockMap } from '../../lib/page/types';

const HTML = `<article>
  <p id="a">The  council’s <em>reckless</em> plan, critics say, is   a <a href="/x">disaster</a>.</p>
  <p id="b">Mayor Costa said the plan was “a triumph”. It opens in May.</p>
</article>`;

function page(): { blocks: string[]; map: BlockMap[] } {
  document.body.innerHTML = HTML;
  const mapped = ['a', 'b'].map((id) => mapBlock(document.getElementById(id)!));
  return { blocks: mapped.map((m) => m.text), map: mapped.map((m) => m.map) };
}

function sentence(
  index: number,
  block: number,
  text: string,
  blockText: string,
  rest: Partial<Sentence>,
): Sentence {
  const start = blockText.indexOf(text);
  return {
    index,
    block,
    start,
    end: start + text.length,
    text,
    opinion: 0.8,
    label: 'opinion',
    voice: 'outlet',
    reasons: [],
    ...rest,
  };
}

function term(block: number, blockText: string, text: string, rest: Partial<LoadedTerm>): LoadedTerm {
  const start = blockText.indexOf(text);
  return {
    id: `t-${text}`,
    text,
    start,
    end: start + text.length,
    block,
    category: 'pejorative',
    note: 'A verdict, not a description.',
    polarity: -0.6,
    sentence: 0,
    voice: 'outlet',
    ...rest,
  };
}

/** A Report with just the fields marks and cards read; the rest empty. */
function report(blocks: string[]): Report {
  const [a, b] = blocks as [string, string];
  const costa = { speaker: 'Maria Costa', role: 'Mayor', via: 'indirect' as const, verb: 'said' };
  return {
    version: 1,
    meta: { site: 'The Ledger' },
    language: 'en',
    supported: true,
    blocks: blocks.map((text) => ({ kind: 'paragraph', text })),
    sentences: [
      sentence(0, 0, a, a, {
        reasons: [
          {
            block: 0,
            start: 0,
            end: 1,
            cue: 'loaded:pejorative',
            text: 'reckless',
            weight: 1.2,
            explain: 'pejorative label',
          },
          {
            block: 0,
            start: 0,
            end: 1,
            cue: 'hedge',
            text: 'critics say',
            weight: 0.4,
            explain: 'weasel phrase',
          },
        ],
      }),
      sentence(1, 1, 'Mayor Costa said the plan was “a triumph”.', b, {
        label: 'reported-opinion',
        voice: costa,
      }),
      sentence(2, 1, 'It opens in May.', b, { label: 'fact', opinion: 0.1 }),
    ],
    loaded: [
      term(0, a, 'reckless', {}),
      term(0, a, 'disaster', { category: 'emotive', neutral: 'failure' }),
      term(1, b, 'triumph', { category: 'praise', sentence: 1, voice: costa, polarity: 0.7 }),
    ],
    claims: [],
    entities: [],
    related: { stories: [], excluded: 0, byEntity: [] },
    summary: {
      words: 20,
      sentences: 3,
      opinionShare: 1 / 3,
      outletOpinion: 1,
      reportedOpinion: 1,
      claims: 0,
      loadedTerms: 3,
      loadedPer1000: 150,
      loadedByCategory: {},
      leans: [],
      statement: '',
    },
  };
}

/** A stand-in for CSS.highlights and Highlight, as the browser exposes them. */
function installHighlightApi() {
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const registry = new Map<string, FakeHighlight>();
  const win = document.defaultView!;
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
  Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return registry;
}

afterEach(() => {
  const win = document.defaultView! as unknown as Record<string, unknown>;
  delete win.Highlight;
  Object.defineProperty(win, 'CSS', { value: undefined, configurable: true, writable: true });
  document.head.innerHTML = '';
});

describe('marks', () => {
  test('opinion, reported opinion and loaded words, in reading order', () => {
    const { blocks } = page();
    const marks = toMarks(report(blocks));
    expect(marks.map((m) => [m.kind, blocks[m.block]!.slice(m.start, m.end)])).toEqual([
      ['opinion', 'The council’s reckless plan, critics say, is a disaster.'],
      ['loaded-pejorative', 'reckless'],
      ['loaded-emotive', 'disaster'],
      ['reported', 'Mayor Costa said the plan was “a triumph”.'],
      ['loaded-praise', 'triumph'],
    ]);
  });

  test('facts and claims are not marked; an unsupported language marks nothing', () => {
    const { blocks } = page();
    const r = report(blocks);
    expect(selectAll(r).sentences).toEqual([0, 1]);
    expect(toMarks({ ...r, supported: false })).toEqual([]);
  });

  test('the card of a loaded word: category, note, neutral wording, and whose words they are', () => {
    const { blocks } = page();
    const r = report(blocks);
    const marks = toMarks(r);
    expect(cardFor(r, marks[2]!)).toEqual({
      kind: 'loaded-emotive',
      label: 'Loaded word: emotive or fear word',
      voice: 'The Ledger (the outlet itself)',
      voiceVia: undefined,
      reasons: [],
      term: {
        text: 'disaster',
        category: 'emotive',
        categoryLabel: 'emotive or fear word',
        note: 'A verdict, not a description.',
        neutral: 'failure',
      },
    });
    expect(cardFor(r, marks[4]!).voice).toBe('Maria Costa, Mayor');
    expect(cardFor(r, marks[4]!).voiceVia).toBe('reported speech');
  });

  test('the card of a sentence: its label and its strongest reasons first', () => {
    const { blocks } = page();
    const r = report(blocks);
    const card = cardFor(r, toMarks(r)[0]!);
    expect(card.label).toBe('The outlet’s own opinion');
    expect(card.reasons).toEqual(['pejorative label: “reckless”', 'weasel phrase: “critics say”']);
  });
});

describe('annotate with the CSS Custom Highlight API', () => {
  test('each kind is one named highlight over the exact text; the DOM is not touched', () => {
    const registry = installHighlightApi();
    const { blocks, map } = page();
    const before = document.body.innerHTML;
    const a = annotate(document, toMarks(report(blocks)), map);
    expect(a.mode).toBe('highlight');
    const read = Object.fromEntries(
      [...registry].map(([name, h]) => [name, [...h].map((r) => r.toString())]),
    );
    // Named by look, not by category: pejorative and emotive words share one wavy underline.
    expect(read).toEqual({
      [highlightName('opinion')]: ['The  council’s reckless plan, critics say, is   a disaster.'],
      [highlightName('loaded-pejorative')]: ['reckless', 'disaster'],
      [highlightName('reported')]: ['Mayor Costa said the plan was “a triumph”.'],
      [highlightName('loaded-praise')]: ['triumph'],
    });
    expect(highlightName('loaded-emotive')).toBe(highlightName('loaded-pejorative'));
    expect(registry.get(highlightName('loaded-praise'))!.priority).toBe(2);
    expect(registry.get(highlightName('opinion'))!.priority).toBe(1);
    // Nothing in a name says what a mark is about.
    for (const name of registry.keys()) expect(name).toMatch(/^slantwise-\d+$/);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    expect(document.getElementById(STYLE_ID)!.textContent).toContain(
      `:root::highlight(${highlightName('loaded-pejorative')}), :root *::highlight(${highlightName('loaded-pejorative')})`,
    );
  });

  test('annotating twice equals once, and undo removes everything', () => {
    const registry = installHighlightApi();
    const { blocks, map } = page();
    const marks = toMarks(report(blocks));
    annotate(document, marks, map);
    const second = annotate(document, marks, map);
    expect(registry.size).toBe(4); // four looks: opinion, reported, wavy (pejorative, emotive), praise
    expect([...registry.values()].reduce((n, h) => n + h.size, 0)).toBe(5);
    expect(document.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    second.undo();
    expect(registry.size).toBe(0);
    expect(document.getElementById(STYLE_ID)).toBeNull();
  });

  test('a span whose Text nodes left the page gives no range', () => {
    const { blocks, map } = page();
    const mark = toMarks(report(blocks))[1]!;
    expect(spanToRange(document, map, mark)!.toString()).toBe('reckless');
    document.querySelector('em')!.remove();
    expect(spanToRange(document, map, mark)).toBeNull();
  });
});

describe('annotate with the element fallback', () => {
  test('wraps exactly the marked text with inline styles; text unchanged; undo restores the DOM', () => {
    const { blocks, map } = page();
    const before = document.body.innerHTML;
    const firstText = document.getElementById('b')!.firstChild as Text;
    const text = document.body.textContent;
    const a = annotate(document, toMarks(report(blocks)), map, { mode: 'elements' });
    expect(a.mode).toBe('elements');
    expect(document.body.textContent).toBe(text);
    const wrapped = [...document.querySelectorAll(`[${FALLBACK_ATTR}]`)].map((el) => [
      el.getAttribute(FALLBACK_ATTR),
      el.textContent,
    ]);
    const both = (a: MarkKind, b: MarkKind) => `${highlightName(a)} ${highlightName(b)}`;
    expect(wrapped).toContainEqual([both('opinion', 'loaded-pejorative'), 'reckless']);
    expect(wrapped).toContainEqual([both('reported', 'loaded-praise'), 'triumph']);
    expect(a.placed.map((p) => p.range.toString())).toEqual([
      'The  council’s reckless plan, critics say, is   a disaster.',
      'reckless',
      'disaster',
      'Mayor Costa said the plan was “a triumph”.',
      'triumph',
    ]);
    const el = document.querySelector(
      `[${FALLBACK_ATTR}="${both('opinion', 'loaded-pejorative')}"]`,
    ) as HTMLElement;
    expect(el.style.getPropertyPriority('text-decoration-style')).toBe('important');
    a.undo();
    expect(document.body.innerHTML).toBe(before);
    // The page's own Text node survives (a framework may hold a reference to it).
    expect(document.getElementById('b')!.firstChild).toBe(firstText);
  });

  test('clearMarks removes fallback elements left by an earlier copy of the script', () => {
    const { blocks, map } = page();
    const before = document.body.innerHTML;
    annotate(document, toMarks(report(blocks)), map, { mode: 'elements' });
    clearMarks(document);
    expect(document.querySelectorAll(`[${FALLBACK_ATTR}]`)).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('hit testing and card placement', () => {
  const box = (left: number, top: number, right: number, bottom: number) =>
    ({ left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top }) as DOMRect;
  const fakeRange = (rects: DOMRect[]) =>
    ({
      getClientRects: () => rects,
      getBoundingClientRect: () =>
        box(
          Math.min(...rects.map((r) => r.left)),
          Math.min(...rects.map((r) => r.top)),
          Math.max(...rects.map((r) => r.right)),
          Math.max(...rects.map((r) => r.bottom)),
        ),
    }) as unknown as Range;
  const sentenceMark = { kind: 'opinion', block: 0, start: 0, end: 50, sentence: 0 } as Mark;
  const wordMark = { ...sentenceMark, kind: 'loaded-pejorative', term: {} as LoadedTerm } as Mark;
  const placed = [
    { mark: sentenceMark, range: fakeRange([box(100, 100, 600, 120), box(20, 120, 300, 140)]) },
    { mark: wordMark, range: fakeRange([box(200, 100, 260, 120)]) },
  ];

  test('a word wins over its sentence; a sentence over the gaps between lines; -1 outside', () => {
    expect(markAt(placed, 210, 110)).toBe(1);
    expect(markAt(placed, 150, 110)).toBe(0);
    expect(markAt(placed, 50, 130)).toBe(0);
    expect(markAt(placed, 50, 110)).toBe(-1); // left of the first line: not the sentence's box
    expect(markAt(placed, 400, 130)).toBe(-1); // right of the second line
  });

  test('the card anchors to the line under the pointer', () => {
    expect(anchorRect(placed[0]!.range, { x: 60, y: 135 })).toMatchObject({ top: 120, bottom: 140 });
    expect(anchorRect(placed[0]!.range)).toMatchObject({ top: 100, bottom: 120 });
  });

  test('above when it fits, else below; never over the anchor; kept inside the viewport', () => {
    const viewport = { width: 800, height: 600 };
    const size = { width: 300, height: 120 };
    expect(placeCard(box(100, 300, 160, 320), size, viewport)).toEqual({
      left: 100,
      top: 172,
      side: 'above',
    });
    expect(placeCard(box(100, 50, 160, 70), size, viewport)).toEqual({ left: 100, top: 78, side: 'below' });
    expect(placeCard(box(700, 300, 760, 320), size, viewport).left).toBe(492);
  });
});
