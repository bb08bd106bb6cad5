/**
 * A block's readable text and the map from its offsets back to the LIVE Text nodes it came from.
 * Whitespace runs collapse to one space (as a browser renders them), soft hyphens and zero-width
 * spaces are dropped, so the text the analysis sees is the text a reader sees, while every
 * character still points at its place in the page. Reads only: never writes to the DOM.
 */
import type { BlockMap } from './types';

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose content is never part of a block's text. */
const UNREAD = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'input',
  'textarea',
  'select',
  'button',
]);

/** Inline-level elements that still break a line when nested in a block (a space separates them). */
const BREAKS = new Set(['br', 'div', 'p', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'hr']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * True when the element is hidden by markup alone (no layout is read: that would cost a reflow).
 * `aria`: whether aria-hidden counts; page wrappers carry it while a consent dialog is open.
 */
export function isHidden(el: Element, aria = true): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (aria && el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** True for editable content: what a reader types is not the article. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

/** Whether the text walk leaves this element out. */
export function isUnread(el: Element): boolean {
  return UNREAD.has(el.localName) || isHidden(el) || isEditable(el);
}

/**
 * Every element under root, in document order (root excluded). A plain walk: linkedom's
 * getElementsByTagName does not accept '*', and a selector engine costs more.
 */
export function* elementsUnder(root: Element): Generator<Element> {
  let el: Element | null = root.firstElementChild;
  while (el) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === root) return;
    }
    el = el?.nextElementSibling ?? null;
  }
}

/** The element itself or its nearest ancestor with this tag; a parent walk (linkedom's closest() compiles a selector on every call). */
export function closestTag(
  el: Element | null | undefined,
  tag: string,
  maxUp = Number.POSITIVE_INFINITY,
): Element | null {
  let up = 0;
  for (let e = el ?? null; e && up <= maxUp; e = e.parentElement, up++) if (e.localName === tag) return e;
  return null;
}

/**
 * The trimmed length of el's textContent, counted up to `cap` (a paragraph's length matters only
 * up to a point, and a page may nest one huge paragraph in another). `meter` counts the nodes.
 */
export function textLength(
  el: Element,
  cap: number,
  meter?: { count(n?: number): void },
  readOnly = false,
): number {
  let total = 0;
  let pending = 0;
  let started = false;
  let steps = 0;
  let node: Node | null = el.firstChild;
  while (node && total < cap) {
    steps++;
    if (node.nodeType === TEXT) {
      let data = (node as Text).data;
      if (!started) {
        data = data.trimStart();
        started = data.length > 0;
      }
      if (data.length > 0) {
        const body = data.trimEnd().length;
        if (body > 0) {
          total += pending + body;
          pending = data.length - body;
        } else {
          pending += data.length;
        }
      }
    } else if (readOnly && node.nodeType === ELEMENT && UNREAD.has((node as Element).localName)) {
      // With `readOnly`, text no reader sees (scripts, styles) is not counted.
      node = nextAfter(node, el);
      continue;
    }
    node = nextInside(node, el);
  }
  meter?.count(steps);
  return Math.min(total, cap);
}

const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/**
 * The trimmed length of el's text (counted up to `cap`) and its commas, read from at most
 * 4 * cap + 64 nodes; with `keep`, the text too (whitespace runs collapsed).
 */
export function textStats(
  el: Element,
  cap: number,
  meter?: { count(n?: number): void },
  keep = false,
): { length: number; commas: number; text: string } {
  if (!keep) {
    // Counting only (the common case): no strings built.
    let commas = 0;
    let nodes = 0;
    let chars = 0;
    const limit = 4 * cap + 64;
    for (
      let node: Node | null = el.firstChild;
      node && chars < cap && nodes < limit;
      node = nextInside(node, el)
    ) {
      nodes++;
      if (node.nodeType !== TEXT) continue;
      const data = (node as Text).data;
      chars += data.length;
      for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) commas++;
      for (let i = data.indexOf('\uFF0C'); i >= 0; i = data.indexOf('\uFF0C', i + 1)) commas++;
    }
    meter?.count(nodes + (chars >> 6));
    return { length: Math.min(textLength(el, cap), cap), commas, text: '' };
  }
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  const maxNodes = 4 * cap + 64;
  for (
    let node: Node | null = el.firstChild;
    node && chars < cap && nodes < maxNodes;
    node = nextInside(node, el)
  ) {
    nodes++;
    if (node.nodeType === TEXT) {
      const data = (node as Text).data;
      parts.push(data);
      chars += data.length;
    }
  }
  meter?.count(nodes + (chars >> 6));
  const raw = parts.join('').replace(/\s+/g, ' ').trim();
  const text = raw.length > cap ? raw.slice(0, cap) : raw;
  return { length: text.length, commas: text.match(COMMAS)?.length ?? 0, text };
}

/**
 * Up to `maxChars` characters of el's text, read from at most `maxNodes` nodes; null when the
 * element holds more (a heading-like element that holds that much is not a heading).
 */
export function shortText(el: Element, maxChars: number, maxNodes: number): string | null {
  let text = '';
  let nodes = 0;
  for (let node: Node | null = el.firstChild; node; node = nextInside(node, el)) {
    if (++nodes > maxNodes) return null;
    if (node.nodeType === TEXT) {
      text += (node as Text).data;
      if (text.length > maxChars) return null;
    }
  }
  return text;
}

/** The next node after `node` in document order that is still inside `root` (a loop, not recursion). */
export function nextInside(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  return nextAfter(node, root);
}

/** The next node after `node` and its subtree that is still inside `root`. */
export function nextAfter(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function isSpace(c: number): boolean {
  // space, tab, LF, FF, CR, and no-break space (shown as a space; kept 1:1 in the map)
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 0xa0;
}

function isDropped(c: number): boolean {
  // soft hyphen, zero-width space, BOM: invisible, and they would split words for the matcher
  return c === 0xad || c === 0x200b || c === 0xfeff;
}

export interface MappedText {
  text: string;
  map: BlockMap;
  /** How many characters of the text sit inside links (link lists are not article text). */
  linked: number;
  /** Work done: nodes visited plus characters read / 64 (for the caller's Meter). */
  steps: number;
}

/**
 * Reads the block element's text (or, with `range`, the text of a run of its children: loose text
 * set between its blocks). `skip` may leave out further descendants (share buttons,
 * footnote markers) on top of scripts, styles, hidden and editable content. The walk stops once
 * the text reaches `maxChars` (a cap on huge pages; the text may end a word past it).
 */
export function mapBlock(
  element: Element,
  skip?: (el: Element) => boolean,
  maxChars = Number.POSITIVE_INFINITY,
  range?: { first: Node; last: Node },
): MappedText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  // Runs: block offset, node index, node offset, length. Inside a run block and node advance together.
  const runBlock: number[] = [];
  const runNode: number[] = [];
  const runOff: number[] = [];
  const runLen: number[] = [];
  let text = '';
  let pendingSpace = false;
  let inLink = 0;
  let linked = 0;
  let steps = 0;

  const addText = (node: Text): void => {
    const data = node.data;
    let nodeIndex = -1;
    let i = 0;
    const n = data.length;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        pendingSpace = true;
        i++;
        continue;
      }
      if (isDropped(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = data.charCodeAt(j);
        if (isSpace(d) || isDropped(d)) break;
        j++;
      }
      if (pendingSpace && text.length > 0) text += ' ';
      pendingSpace = false;
      if (nodeIndex < 0) {
        nodeIndex = nodes.length;
        nodes.push(node);
        starts.push(text.length);
      }
      runBlock.push(text.length);
      runNode.push(nodeIndex);
      runOff.push(i);
      runLen.push(j - i);
      if (inLink > 0) linked += j - i;
      text += data.slice(i, j);
      i = j;
    }
  };

  // An explicit stack of entered elements, not recursion: a page may nest 100,000 elements.
  const entered: Element[] = [];
  let node: Node | null = range ? range.first : element.firstChild;
  // A range (a run of text and inline elements among a container's children) ends after `last`.
  const stop = range ? range.last.nextSibling : null;
  for (;;) {
    if (node !== null && node === stop && entered.length === 0) node = null;
    if (node === null) {
      const el = entered.pop();
      if (!el) break;
      if (el.localName === 'a') inLink--;
      if (BREAKS.has(el.localName)) pendingSpace = true;
      node = el.nextSibling;
      continue;
    }
    steps++;
    if (node.nodeType === TEXT) {
      addText(node as Text);
      if (text.length >= maxChars) break;
    } else if (node.nodeType === ELEMENT) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'br' || tag === 'hr') {
        pendingSpace = true;
      } else if (!isUnread(el) && !skip?.(el)) {
        if (BREAKS.has(tag)) pendingSpace = true;
        if (tag === 'a') inLink++;
        entered.push(el);
        node = el.firstChild;
        continue;
      }
    }
    node = node.nextSibling;
  }

  const toNode = (offset: number): [number, number] => {
    if (runBlock.length === 0) return [0, 0];
    // Last run starting at or before the offset (binary search: blocks can be long).
    let lo = 0;
    let hi = runBlock.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runBlock[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const within = Math.max(0, Math.min(offset - runBlock[lo]!, runLen[lo]!));
    return [runNode[lo]!, runOff[lo]! + within];
  };

  return { text, map: { element, nodes, starts, toNode }, linked, steps: steps + (text.length >> 6) };
}
