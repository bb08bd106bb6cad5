/**
 * Drawing marks without freezing a long article. Ranges are built and added to the highlights in
 * slices of at most `budgetMs` that give the page its thread back between them (lib/page/slice.ts),
 * the marks nearest the viewport first: those in view, then the nearest above or below, so the
 * reader sees marks where they are reading while the rest follow. Up to `syncMarks` marks (any
 * ordinary article) are drawn at once, in document order, with no layout read.
 *
 * A drawing replaces the one before it: that one stops and its highlights go, but the highlight
 * style sheet stays in the page when its text is the same. In Chromium every change to a sheet of
 * ::highlight() rules restyles every element of the page for every highlight name, which on a
 * huge article is the longest stall of all (lib/cli/bench-long.ts), so it happens once, not on
 * every redraw (first look, full Report, settings).
 *
 * `undo()` removes everything drawn so far, also in the middle of a drawing, and stops it; a
 * drawing also stops when `signal` aborts, when another drawing starts, or on clearMarks().
 */
import {
  type AnnotateOptions,
  type Annotation,
  addStyle,
  annotate,
  clearMarks,
  type HighlightLike,
  highlightApi,
  type Placed,
  STYLE_ID,
  spanToRange,
  stopRunningDrawing,
} from './annotate';
import { DEFAULT_PALETTE, highlightCss, highlightName } from './highlight-styles';
import type { Mark } from './marks';
import { Meter, runSliced, runToEnd, type SliceOptions, type Steps } from './slice';
import type { BlockMap } from './types';

/** Up to this many marks are drawn in one go (a long opinion piece has a few hundred). */
export const SYNC_MARKS = 300;

/** Steps a mark costs on the meter (a range built and added), against 1 for a block's box read. */
const MARK_STEPS = 4;

/** Where the viewport is and where an element is, in the same (client) coordinates. */
export interface Geometry {
  viewport(): { top: number; bottom: number };
  rect(el: Element): { top: number; bottom: number; width: number; height: number };
}

export interface DrawOptions extends AnnotateOptions, SliceOptions {
  /** The drawing on screen now: it stops and its marks go (its style sheet may be kept). */
  replaces?: Annotation | null;
  /** Default: the window's inner height and getBoundingClientRect (tests pass their own). */
  geometry?: Geometry;
  /** Counts the work (tests read slices in steps off it). */
  meter?: Meter;
  /** More marks than this are drawn in slices; default SYNC_MARKS. */
  syncMarks?: number;
}

export interface Drawing extends Annotation {
  /** 'drawing' while slices are left; 'stopped' after undo, abort or a newer drawing. */
  readonly state: 'drawing' | 'done' | 'stopped';
  /** Settles when the drawing ends, either way (never rejects). */
  readonly done: Promise<'done' | 'stopped'>;
}

/** Which drawing owns each style sheet: only the owner's undo removes it. */
const styleOwner = new WeakMap<Element, object>();
/** Drawings made here with the Highlight API (a newer one takes over from these itself). */
const highlightDrawings = new WeakSet<object>();

function windowGeometry(win: Window): Geometry {
  return {
    viewport: () => ({ top: 0, bottom: win.innerHeight }),
    rect: (el) => el.getBoundingClientRect(),
  };
}

/** How far a box is from the viewport (0 when any of it shows); unplaced boxes come last. */
function distance(
  el: Element | undefined,
  view: { top: number; bottom: number },
  geometry: Geometry,
): number {
  if (!el?.isConnected) return Number.POSITIVE_INFINITY;
  const r = geometry.rect(el);
  if (r.width === 0 && r.height === 0) return Number.POSITIVE_INFINITY; // not rendered
  if (r.bottom < view.top) return view.top - r.bottom;
  if (r.top > view.bottom) return r.top - view.bottom;
  return 0;
}

export function drawMarks(doc: Document, marks: Mark[], map: BlockMap[], options: DrawOptions = {}): Drawing {
  const api = options.mode === 'elements' || !doc.defaultView ? null : highlightApi(doc.defaultView);
  if (!api) {
    // The element fallback (no Highlight API: no browser we support) draws at once.
    options.replaces?.undo();
    const drawn = annotate(doc, marks, map, options);
    return { ...drawn, state: 'done', done: Promise.resolve('done') };
  }
  const me = {};
  const palette = options.palette ?? DEFAULT_PALETTE;
  const css = highlightCss(palette);
  const existing = doc.getElementById(STYLE_ID);
  let style: Element | null = existing?.textContent === css ? existing : null;
  const previous = options.replaces;
  // Our own drawings let go of their sheet below (clearMarks keeps it); anything else is undone.
  if (previous && !highlightDrawings.has(previous)) previous.undo();
  clearMarks(doc, style);
  if (style) styleOwner.set(style, me);

  // One highlight per look, registered at once (empty), filled slice by slice.
  const highlights = new Map<string, HighlightLike>();
  for (const mark of marks) {
    const name = highlightName(mark.kind);
    if (highlights.has(name)) continue;
    const highlight = api.create([]);
    // Words paint over the sentence they sit in.
    highlight.priority = mark.kind.startsWith('loaded-') ? 2 : 1;
    api.registry.set(name, highlight);
    highlights.set(name, highlight);
  }

  const slots: Placed[] = []; // by mark index: `placed` stays in document order
  let cache: Placed[] = [];
  let dirty = false;
  let count = 0;
  let state: Drawing['state'] = 'drawing';
  const stop = () => {
    if (state === 'drawing') state = 'stopped';
  };
  const meter = options.meter ?? new Meter();
  const sliced = marks.length > (options.syncMarks ?? SYNC_MARKS);

  function* steps(): Steps<void> {
    let order = marks.map((_, i) => i);
    if (sliced) {
      const geometry = options.geometry ?? windowGeometry(doc.defaultView!);
      const view = geometry.viewport();
      const far = new Map<number, number>();
      for (const mark of marks) {
        if (far.has(mark.block)) continue;
        far.set(mark.block, distance(map[mark.block]?.element, view, geometry));
        if (meter.tick(1)) yield;
        if (state !== 'drawing') return;
      }
      order = order.sort((a, b) => far.get(marks[a]!.block)! - far.get(marks[b]!.block)! || a - b);
    }
    for (const i of order) {
      if (state !== 'drawing') return;
      const mark = marks[i]!;
      const range = spanToRange(doc, map, mark);
      if (range) {
        slots[i] = { mark, range };
        highlights.get(highlightName(mark.kind))!.add(range);
        count++;
        dirty = true;
        if (!style) {
          style = addStyle(doc, palette);
          styleOwner.set(style, me);
        }
      }
      if (meter.tick(MARK_STEPS)) yield;
    }
    if (state === 'drawing') state = 'done';
  }

  const finish = (): 'done' | 'stopped' => {
    if (stopRunningDrawing.get(doc) === stop) stopRunningDrawing.delete(doc);
    if (state === 'drawing') state = 'stopped';
    return state;
  };
  stopRunningDrawing.set(doc, stop);
  let done: Promise<'done' | 'stopped'>;
  if (sliced) {
    done = runSliced(steps(), options).then(finish, finish);
  } else {
    runToEnd(steps());
    done = Promise.resolve(finish());
  }

  const drawing: Drawing = {
    get placed() {
      if (dirty) {
        cache = slots.filter(Boolean);
        dirty = false;
      }
      return cache;
    },
    get mode() {
      return count > 0 ? 'highlight' : 'none';
    },
    get state() {
      return state;
    },
    done,
    undo: () => {
      stop();
      for (const [name, highlight] of highlights) {
        if (api.registry.get(name) === highlight) api.registry.delete(name);
      }
      if (style && styleOwner.get(style) === me) style.remove();
      slots.length = 0;
      cache = [];
      dirty = false;
      count = 0;
    },
  };
  highlightDrawings.add(drawing);
  return drawing;
}
