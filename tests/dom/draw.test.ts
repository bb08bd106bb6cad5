/**
 * Drawing in slices (lib/page/draw.ts) on a happy-dom page with a stand-in Highlight API: marks
 * nearest the viewport first (the geometry is faked: block k spans k*100 .. k*100+80 px), several
 * slices for many marks (counted in steps on the meter: 1 µs a step, never in time), undo in the
 * middle removes everything, abort and a newer drawing stop it, and the style sheet is kept.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { STYLE_ID } from '../../lib/page/annotate';
import { type Drawing, drawMarks, type Geometry } from '../../lib/page/draw';
import { highlightName } from '../../lib/page/highlight-styles';
import type { Mark } from '../../lib/page/marks';
import { Meter } from '../../lib/page/slice';
import { mapBlock } from '../../lib/page/textmap';
import type { BlockMap } from '../../lib/page/types';
import { COLOUR_SCHEMES } from '../../lib/settings-schema';

/** Every range added to any highlight, in order, as "block:text". */
let added: string[] = [];

function installHighlightApi() {
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
    override add(range: Range): this {
      const block = (range.startContainer.parentElement as Element).id;
      added.push(`${block}:${range.toString()}`);
      return super.add(range);
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
  document.body.innerHTML = '';
  added = [];
});

/** n paragraphs p0..p(n-1), each one opinion sentence with one loaded word in it. */
function article(n: number): { marks: Mark[]; map: BlockMap[] } {
  document.body.innerHTML = Array.from(
    { length: n },
    (_, k) => `<p id="p${k}">Sentence ${k} is a disgrace.</p>`,
  ).join('');
  const map: BlockMap[] = [];
  const marks: Mark[] = [];
  for (let k = 0; k < n; k++) {
    const { text, map: m } = mapBlock(document.getElementById(`p${k}`)!);
    map.push(m);
    marks.push({ kind: 'opinion', block: k, start: 0, end: text.length, sentence: k });
    const w = text.indexOf('disgrace');
    marks.push({ kind: 'loaded-pejorative', block: k, start: w, end: w + 8, sentence: k });
  }
  return { marks, map };
}

/** Block k spans k*100 .. k*100+80; the viewport shows 2000 .. 2900 (blocks 20 to 29). */
const scrolled: Geometry = {
  viewport: () => ({ top: 2000, bottom: 2900 }),
  rect: (el) => {
    const k = Number(el.id.slice(1));
    return { top: k * 100, bottom: k * 100 + 80, width: 600, height: 80 };
  },
};

/** A clock that reads the meter (1 µs per step), and pauses the test releases one by one. */
function heldClock(meter: Meter) {
  const waiting: (() => void)[] = [];
  let pauses = 0;
  return {
    now: () => meter.steps / 1000,
    pause: () => {
      pauses++;
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    /** Lets the drawing go on to its next pause (or its end). */
    release: async () => {
      waiting.shift()?.();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    get pauses() {
      return pauses;
    },
    get held() {
      return waiting.length;
    },
  };
}

async function drainAll(drawing: Drawing, clock: ReturnType<typeof heldClock>): Promise<void> {
  while (drawing.state === 'drawing') await clock.release();
}

function blocksInOrder(): number[] {
  const out: number[] = [];
  for (const a of added) {
    const k = Number(a.slice(1, a.indexOf(':')));
    if (out.at(-1) !== k) out.push(k);
  }
  return out;
}

describe('drawMarks', () => {
  test('marks in view come first, then the nearest above or below', async () => {
    installHighlightApi();
    const { marks, map } = article(60);
    const meter = new Meter();
    const clock = heldClock(meter);
    const drawing = drawMarks(document, marks, map, { geometry: scrolled, syncMarks: 0, meter, ...clock });
    await drainAll(drawing, clock);
    expect(drawing.state).toBe('done');
    // In view: 20..29 in document order. Then by distance: 19 is 20 px above, 30 is 100 px
    // below, 18 is 120 px above, 31 200 px below, 17 220 px above ...
    expect(blocksInOrder().slice(0, 18)).toEqual([
      20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 19, 30, 18, 31, 17, 32, 16, 33,
    ]);
    // Each block's sentence before its word, and every mark drawn once.
    expect(added.slice(0, 2)).toEqual(['p20:Sentence 20 is a disgrace.', 'p20:disgrace']);
    expect(added).toHaveLength(120);
    expect(new Set(added).size).toBe(120);
    // `placed` is in document order whatever the drawing order.
    expect(drawing.placed.map((p) => p.mark.block)).toEqual(marks.map((m) => m.block));
  });

  test('blocks that are not rendered come last', async () => {
    installHighlightApi();
    const { marks, map } = article(6);
    const hidden: Geometry = {
      viewport: () => ({ top: 0, bottom: 900 }),
      rect: (el) => (el.id === 'p0' ? { top: 0, bottom: 0, width: 0, height: 0 } : scrolled.rect(el)),
    };
    const drawing = drawMarks(document, marks, map, { geometry: hidden, syncMarks: 0 });
    await drawing.done;
    expect(blocksInOrder()).toEqual([1, 2, 3, 4, 5, 0]);
  });

  test('a long article is drawn in several slices; a short one at once', async () => {
    const registry = installHighlightApi();
    const { marks, map } = article(400);
    const meter = new Meter();
    const clock = heldClock(meter);
    // 1 ms at 1 µs a step: 1,000 steps a slice, 4 steps a mark.
    const drawing = drawMarks(document, marks, map, { geometry: scrolled, meter, budgetMs: 1, ...clock });
    // The first slice is drawn at once, before the call returns: the marks in view are there.
    expect(drawing.state).toBe('drawing');
    const first = drawing.placed.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(marks.length);
    expect(blocksInOrder().slice(0, 10)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    expect(document.getElementById(STYLE_ID)).not.toBeNull();
    await drainAll(drawing, clock);
    expect(drawing.state).toBe('done');
    expect(await drawing.done).toBe('done');
    // 800 marks * 4 steps + 400 boxes read = 3,600 steps: at least 4 slices.
    expect(clock.pauses).toBeGreaterThanOrEqual(3);
    expect(drawing.placed).toHaveLength(800);
    expect([...registry.values()].reduce((n, h) => n + h.size, 0)).toBe(800);

    added = [];
    const small = article(20);
    const clock2 = heldClock(new Meter());
    const quick = drawMarks(document, small.marks, small.map, { replaces: drawing, ...clock2 });
    expect(quick.state).toBe('done');
    expect(clock2.pauses).toBe(0);
    expect(quick.placed).toHaveLength(40);
    // Drawn at once in document order (no layout is read).
    expect(blocksInOrder()).toEqual(Array.from({ length: 20 }, (_, k) => k));
  });

  test('undo in the middle removes everything drawn so far, and nothing more comes', async () => {
    const registry = installHighlightApi();
    const { marks, map } = article(400);
    const meter = new Meter();
    const clock = heldClock(meter);
    const drawing = drawMarks(document, marks, map, { geometry: scrolled, meter, budgetMs: 1, ...clock });
    await clock.release(); // a second slice
    expect(drawing.placed.length).toBeGreaterThan(0);
    expect(registry.size).toBe(2);
    drawing.undo();
    expect(registry.size).toBe(0);
    expect(document.getElementById(STYLE_ID)).toBeNull();
    expect(drawing.placed).toHaveLength(0);
    const before = added.length;
    await clock.release();
    expect(await drawing.done).toBe('stopped');
    expect(added).toHaveLength(before);
    expect(registry.size).toBe(0);
    expect(document.getElementById(STYLE_ID)).toBeNull();
  });

  test('an abort stops the drawing between slices', async () => {
    const registry = installHighlightApi();
    const { marks, map } = article(400);
    const meter = new Meter();
    const clock = heldClock(meter);
    const controller = new AbortController();
    const drawing = drawMarks(document, marks, map, {
      geometry: scrolled,
      meter,
      budgetMs: 1,
      signal: controller.signal,
      ...clock,
    });
    const drawn = added.length;
    expect(drawn).toBeGreaterThan(0);
    controller.abort();
    await clock.release();
    expect(await drawing.done).toBe('stopped');
    expect(drawing.state).toBe('stopped');
    expect(added).toHaveLength(drawn);
    expect(clock.held).toBe(0);
    // What was drawn stays until its owner undoes it.
    expect([...registry.values()].reduce((n, h) => n + h.size, 0)).toBe(drawn);
    drawing.undo();
    expect(registry.size).toBe(0);
  });

  test('a redraw while a drawing runs stops it: no double marks, and one style sheet kept', async () => {
    const registry = installHighlightApi();
    const { marks, map } = article(400);
    const meter = new Meter();
    const clock = heldClock(meter);
    const first = drawMarks(document, marks, map, { geometry: scrolled, meter, budgetMs: 1, ...clock });
    const sheet = document.getElementById(STYLE_ID);
    expect(sheet).not.toBeNull();
    const meter2 = new Meter();
    const clock2 = heldClock(meter2);
    const second = drawMarks(document, marks, map, {
      geometry: scrolled,
      meter: meter2,
      budgetMs: 1,
      replaces: first,
      ...clock2,
    });
    expect(first.state).toBe('stopped');
    await clock.release(); // the first one's pending slice: it must add nothing
    await drainAll(second, clock2);
    expect(await first.done).toBe('stopped');
    const ranges = [...registry.values()].flatMap((h) => [...h].map((r) => r.toString()));
    expect(ranges).toHaveLength(800);
    expect(second.placed).toHaveLength(800);
    // The same sheet element: the page's styles were not changed by the redraw.
    expect(document.getElementById(STYLE_ID)).toBe(sheet);
    expect(document.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    // The older drawing's undo takes nothing of the newer one's.
    first.undo();
    expect(registry.size).toBe(2);
    expect(document.getElementById(STYLE_ID)).toBe(sheet);
    expect(registry.get(highlightName('opinion'))!.size).toBe(400);
    second.undo();
    expect(registry.size).toBe(0);
    expect(document.getElementById(STYLE_ID)).toBeNull();
  });

  test('another colour scheme replaces the style sheet', () => {
    installHighlightApi();
    const { marks, map } = article(3);
    const first = drawMarks(document, marks, map);
    const sheet = document.getElementById(STYLE_ID)!;
    const mono = drawMarks(document, marks, map, { replaces: first, palette: COLOUR_SCHEMES.mono });
    const now = document.getElementById(STYLE_ID)!;
    expect(now).not.toBe(sheet);
    expect(sheet.isConnected).toBe(false);
    expect(now.textContent).toContain(COLOUR_SCHEMES.mono.opinion);
    expect(document.querySelectorAll(`#${STYLE_ID}`)).toHaveLength(1);
    mono.undo();
    expect(document.getElementById(STYLE_ID)).toBeNull();
  });
});
