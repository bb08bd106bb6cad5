/**
 * Marks -> DOM Ranges over the live page -> highlights. The CSS Custom Highlight API colours text
 * without touching the page's DOM or text; only where it is missing do we wrap text in elements.
 * Annotating twice equals annotating once (the previous marks are cleared first), and the returned
 * undo removes everything we added in one call.
 */
import type { Span } from '../analysis/types';
import {
  DEFAULT_PALETTE,
  declarations,
  FLASH_HIGHLIGHT,
  HIGHLIGHT_NAMES,
  highlightCss,
  highlightName,
  type Palette,
} from './highlight-styles';
import type { Mark, MarkKind } from './marks';
import type { BlockMap } from './types';

export interface Placed {
  mark: Mark;
  range: Range;
}

export interface Annotation {
  /** Marks that could be placed, in document order, each with its live Range. */
  placed: Placed[];
  mode: 'highlight' | 'elements' | 'none';
  undo(): void;
}

export const STYLE_ID = 'slantwise-highlight-styles';
/** Attribute on fallback elements (only used where the Highlight API is missing). */
export const FALLBACK_ATTR = 'data-slantwise-mark';

/** A Highlight as our code uses it: a set of ranges with a priority. */
export interface HighlightLike {
  priority: number;
  add(range: Range): unknown;
}

export interface HighlightApi {
  registry: Map<string, unknown>;
  create(ranges: Range[]): HighlightLike;
}

/** The page's Highlight registry, or null where the API is missing. */
export function highlightApi(win: Window): HighlightApi | null {
  const w = win as unknown as {
    CSS?: { highlights?: Map<string, unknown> };
    Highlight?: new (...ranges: Range[]) => HighlightLike;
  };
  const registry = w.CSS?.highlights;
  const Ctor = w.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: (ranges) => new Ctor(...ranges) };
}

/** A span of block text -> a Range over the live Text nodes, or null if the page changed under it. */
export function spanToRange(doc: Document, map: BlockMap[], span: Span): Range | null {
  const block = map[span.block];
  if (!block || span.end <= span.start) return null;
  const [si, so] = block.toNode(span.start);
  const [ei, eo] = block.toNode(span.end);
  const start = block.nodes[si];
  const end = block.nodes[ei];
  if (!start?.isConnected || !end?.isConnected) return null;
  if (so > start.data.length || eo > end.data.length) return null;
  const range = doc.createRange();
  range.setStart(start, so);
  range.setEnd(end, eo);
  return range;
}

/**
 * Stops a drawing still going on in slices on this document (lib/page/draw.ts registers it), so
 * clearing or annotating again never leaves a later slice to add marks.
 */
export const stopRunningDrawing = new WeakMap<Document, () => void>();

/**
 * Remove every mark we may have drawn on this document (by any earlier copy of the script);
 * `keepStyle`: a highlight style sheet the caller goes on using (lib/page/draw.ts).
 */
export function clearMarks(doc: Document, keepStyle?: Element | null): void {
  stopRunningDrawing.get(doc)?.();
  const api = doc.defaultView ? highlightApi(doc.defaultView) : null;
  if (api) {
    // By name, not by iterating the registry: Firefox's Xrays cannot iterate it from a content script.
    for (const name of HIGHLIGHT_NAMES) api.registry.delete(name);
    api.registry.delete(FLASH_HIGHLIGHT);
  }
  const style = doc.getElementById(STYLE_ID);
  if (style && style !== keepStyle) style.remove();
  for (const el of Array.from(doc.querySelectorAll(`[${FALLBACK_ATTR}]`))) unwrap(el);
}

function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  el.remove();
  parent.normalize();
}

export function addStyle(doc: Document, palette: Palette): HTMLStyleElement {
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  // Some pages set `* { display: block }`; a style element must never show its text.
  style.style.setProperty('display', 'none', 'important');
  style.textContent = highlightCss(palette);
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

export interface AnnotateOptions {
  palette?: Palette;
  /** Force the element fallback (tests; browsers without the Highlight API pick it themselves). */
  mode?: 'auto' | 'elements';
}

export function annotate(
  doc: Document,
  marks: Mark[],
  map: BlockMap[],
  options: AnnotateOptions = {},
): Annotation {
  clearMarks(doc);
  const palette = options.palette ?? DEFAULT_PALETTE;
  const placed: Placed[] = [];
  for (const mark of marks) {
    const range = spanToRange(doc, map, mark);
    if (range) placed.push({ mark, range });
  }
  if (placed.length === 0) return { placed, mode: 'none', undo: () => {} };
  const api = options.mode === 'elements' || !doc.defaultView ? null : highlightApi(doc.defaultView);
  if (!api) return wrapInElements(doc, placed, palette);

  // One highlight per look, named for nothing the page could learn from (highlight-styles.ts).
  const byName = new Map<string, { kind: MarkKind; ranges: Range[] }>();
  for (const p of placed) {
    const name = highlightName(p.mark.kind);
    const entry = byName.get(name) ?? { kind: p.mark.kind, ranges: [] };
    entry.ranges.push(p.range);
    byName.set(name, entry);
  }
  const names: string[] = [];
  for (const [name, { kind, ranges }] of byName) {
    const highlight = api.create(ranges);
    // Words paint over the sentence they sit in.
    highlight.priority = kind.startsWith('loaded-') ? 2 : 1;
    api.registry.set(name, highlight);
    names.push(name);
  }
  const style = addStyle(doc, palette);
  return {
    placed,
    mode: 'highlight',
    undo: () => {
      for (const name of names) api.registry.delete(name);
      style.remove();
    },
  };
}

/** One piece of one Text node, covered by the marks listed. */
interface Cut {
  node: Text;
  start: number;
  end: number;
  marks: number[];
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

/**
 * The fallback: wrap each covered piece of text in one inline element styled with !important
 * inline declarations (page rules on `mark` or `*` cannot hide it). Text itself is unchanged;
 * undo unwraps and joins the split Text nodes back into the originals.
 */
function wrapInElements(doc: Document, placed: Placed[], palette: Palette): Annotation {
  // Collect, per Text node, which offsets each mark covers, before any node is split.
  const perNode = new Map<Text, { start: number; end: number; mark: number }[]>();
  placed.forEach((p, i) => {
    for (const node of textNodesIn(p.range)) {
      const start = node === p.range.startContainer ? p.range.startOffset : 0;
      const end = node === p.range.endContainer ? p.range.endOffset : node.data.length;
      if (end <= start) continue;
      const list = perNode.get(node) ?? [];
      list.push({ start, end, mark: i });
      perNode.set(node, list);
    }
  });
  const wrappers: Element[][] = placed.map(() => []);
  const splits: { original: Text; pieces: Text[] }[] = [];
  const all: Element[] = [];
  for (const [node, spans] of perNode) {
    const points = [...new Set([0, node.data.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
      (a, b) => a - b,
    );
    const cuts: Cut[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const start = points[k]!;
      const end = points[k + 1]!;
      cuts.push({
        node,
        start,
        end,
        marks: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.mark),
      });
    }
    // Split from the end so earlier offsets stay valid; splitText keeps `node` as the first piece.
    const pieces: Text[] = [];
    for (let k = cuts.length - 1; k >= 1; k--) pieces.unshift(node.splitText(cuts[k]!.start));
    pieces.unshift(node);
    splits.push({ original: node, pieces: pieces.slice(1) });
    cuts.forEach((cut, k) => {
      if (cut.marks.length === 0) return;
      const el = doc.createElement('mark');
      // The highlight names again, not the kinds: the page sees looks, not categories.
      el.setAttribute(
        FALLBACK_ATTR,
        [...new Set(cut.marks.map((m) => highlightName(placed[m]!.mark.kind)))].join(' '),
      );
      el.style.setProperty('all', 'unset', 'important');
      el.style.setProperty('display', 'inline', 'important');
      for (const m of cut.marks
        .map((i) => placed[i]!.mark)
        .sort((a, b) => (a.term ? 1 : 0) - (b.term ? 1 : 0))) {
        for (const [prop, value] of Object.entries(declarations(m.kind, palette))) {
          el.style.setProperty(prop, value, 'important');
        }
      }
      const piece = pieces[k]!;
      piece.parentNode!.insertBefore(el, piece);
      el.appendChild(piece);
      for (const m of cut.marks) wrappers[m]!.push(el);
      all.push(el);
    });
  }
  const out: Placed[] = [];
  placed.forEach((p, i) => {
    const els = wrappers[i]!.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    const first = els[0];
    const last = els[els.length - 1];
    if (!first || !last) return;
    const range = doc.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    out.push({ mark: p.mark, range });
  });
  return {
    placed: out,
    mode: 'elements',
    undo: () => {
      for (const el of all) {
        const parent = el.parentNode;
        if (!parent) continue;
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        el.remove();
      }
      for (const { original, pieces } of splits) {
        original.data += pieces.map((p) => p.data).join('');
        for (const p of pieces) p.remove();
      }
    },
  };
}

/** Flash a range for a moment (Highlight API only; elsewhere the card alone shows the place). */
export function flash(doc: Document, range: Range, ms = 1500): () => void {
  const api = doc.defaultView ? highlightApi(doc.defaultView) : null;
  if (!api) return () => {};
  const highlight = api.create([range]);
  highlight.priority = 3;
  api.registry.set(FLASH_HIGHLIGHT, highlight);
  const undo = () => {
    if (api.registry.get(FLASH_HIGHLIGHT) === highlight) api.registry.delete(FLASH_HIGHLIGHT);
  };
  setTimeout(undo, ms);
  return undo;
}
