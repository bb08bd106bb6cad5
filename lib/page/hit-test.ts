/**
 * Which mark is under the pointer, and where the card goes so it never covers the marked text.
 * Highlights are not elements, so there is no event target to ask: we compare the pointer with the
 * client rects of the marks' Ranges (a word wins over the sentence it sits in).
 */
import type { Placed } from './annotate';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function inside(r: Box, x: number, y: number): boolean {
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

/** Index into `placed` of the mark at viewport point (x, y), words before sentences; -1 if none. */
export function markAt(placed: readonly Placed[], x: number, y: number): number {
  let sentence = -1;
  for (let i = 0; i < placed.length; i++) {
    const { mark, range } = placed[i]!;
    const isWord = mark.term !== undefined;
    if (!isWord && sentence !== -1) continue;
    // A quick reject on the bounding box before the per-line rects.
    if (!inside(range.getBoundingClientRect(), x, y)) continue;
    for (const r of Array.from(range.getClientRects()) as DOMRect[]) {
      if (!inside(r, x, y)) continue;
      if (isWord) return i;
      sentence = i;
      break;
    }
  }
  return sentence;
}

/**
 * The rect the card must not cover: for a word its own box; for a sentence that wraps over lines,
 * the line rect nearest the pointer (covering other lines of a long sentence is unavoidable).
 */
export function anchorRect(range: Range, pointer?: { x: number; y: number }): Box {
  const rects = (Array.from(range.getClientRects()) as DOMRect[]).filter((r) => r.width > 0 || r.height > 0);
  const first = rects[0];
  if (!first) return range.getBoundingClientRect();
  if (!pointer) return first;
  let best: Box = first;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const r of rects) {
    const dy = pointer.y < r.top ? r.top - pointer.y : pointer.y > r.bottom ? pointer.y - r.bottom : 0;
    const dx = pointer.x < r.left ? r.left - pointer.x : pointer.x > r.right ? pointer.x - r.right : 0;
    const d = dx + dy * 4; // lines matter more than columns
    if (d < bestDist) {
      bestDist = d;
      best = r;
    }
  }
  return best;
}

/**
 * The rect a sentence's card must not cover: the whole sentence when it is short enough to leave
 * room above or below it (then no line of it is covered), else the line nearest the pointer.
 */
export function sentenceAnchor(
  range: Range,
  viewportHeight: number,
  pointer?: { x: number; y: number },
): Box {
  const whole = range.getBoundingClientRect();
  if (whole.height > 0 && whole.height <= viewportHeight / 3) return whole;
  return anchorRect(range, pointer);
}

export interface Placement {
  left: number;
  top: number;
  side: 'above' | 'below';
  /** Set only when the card is taller than the room on its side: it scrolls inside this height. */
  maxHeight?: number;
}

/** Below this the card would be useless; a smaller room is given the card anyway. */
const MIN_CARD_HEIGHT = 48;

/**
 * Where to put a card of `size` so it does not overlap `anchor`: above when it fits, else below
 * (else whichever side has more room), aligned with the anchor's left edge and kept in the viewport.
 * A card taller than the room on either side is cut to that room (it scrolls inside) rather than
 * allowed to cover the text it explains.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): Placement {
  const roomAbove = anchor.top - gap;
  const roomBelow = viewport.height - anchor.bottom - gap;
  const side =
    size.height <= roomAbove
      ? 'above'
      : size.height <= roomBelow || roomBelow > roomAbove
        ? 'below'
        : 'above';
  const room = side === 'above' ? roomAbove : roomBelow;
  const clipped = size.height > room;
  const height = clipped ? Math.max(room, MIN_CARD_HEIGHT) : size.height;
  const top = side === 'above' ? anchor.top - gap - height : anchor.bottom + gap;
  const maxLeft = Math.max(gap, viewport.width - size.width - gap);
  const left = Math.min(Math.max(gap, anchor.left), maxLeft);
  return clipped ? { left, top, side, maxHeight: height } : { left, top, side };
}
