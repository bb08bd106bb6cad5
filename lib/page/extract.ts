/**
 * The article in the LIVE page: its root element, its text blocks (headings, paragraphs, quotes,
 * list items) each with a map back to the live Text nodes, its metadata and related links.
 * Reads only. Mozilla Readability is not run here: it must work on a clone (it rewrites the DOM)
 * and costs more than the whole analysis; a lighter paragraph scoring finds the same root on
 * news pages, and the block map must point into the live page anyway.
 */
import type { Block, BlockKind } from '../analysis/types';
import { Ancestry } from './ancestry';
import { classAttr } from './attributes';
import { CHROME_CLASS, CHROME_LABEL, CHROME_TAGS, GALLERY_CLASS, HIDDEN_CLASS } from './chrome';
import { isAuthorElement, metaTags, readJsonLd, readMeta } from './meta';
import { findRelatedSteps } from './related-links';
import { findRoot, insideSkipped, isTextDiv, type RootFound } from './root';
import { Meter, runSliced, runToEnd, type SliceOptions, type Steps } from './slice';
import { gatherTags, listOf, type TagLists } from './tag-lists';
import { elementsUnder, isEditable, isUnread, mapBlock, textLength } from './textmap';
import type { BlockMap, ExtractedArticle } from './types';

/** Steps (nodes visited, characters / 64) extraction may take: a bound on huge or deeply nested pages. */
export const EXTRACT_MAX_STEPS = 4_000_000;

/**
 * Article text taken at most (about 330,000 words, many times the longest long read, and far more
 * than the analysis reads: it stops at 150,000 characters); a page
 * with more is analysed over its first EXTRACT_MAX_CHARS characters and says so (`truncated`).
 */
export const EXTRACT_MAX_CHARS = 2_000_000;

export interface ExtractOptions {
  /** Counts (and caps) the work; default a Meter of EXTRACT_MAX_STEPS. */
  meter?: Meter;
  /** Article text taken at most; default EXTRACT_MAX_CHARS. */
  maxChars?: number;
}

/** The tags extraction reads page-wide (metadata, the headline, holders of nav and h1), gathered in one walk. */
const EXTRACT_TAGS = ['script', 'meta', 'link', 'title', 'time', 'h1', 'nav'] as const;

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'dd']);

/** Lines that are chrome even when they sit in a <p>. */
const CHROME_TEXT =
  /^(?:advertisement|advertisment|sponsored|skip advertisement|story continues below.*|continue reading.*)$/i;

function classAndId(el: Element): string {
  return `${classAttr(el)} ${el.getAttribute('id') ?? ''}`;
}

/** What isChrome needs to know about the page, each built once per extraction. */
interface Context {
  skip: Set<Element>;
  /** The body element and every ancestor of it: never chrome. */
  aboveBody: Set<Element>;
  up: Ancestry;
  /** Elements holding a <nav> / an <h1> somewhere below them (built on first use). */
  navHolders?: Set<Element>;
  h1Holders?: Set<Element>;
  /** The page's elements of EXTRACT_TAGS. */
  lists: TagLists;
}

/** Every element that holds one of these tags below it: one walk up per tag, stopping at known holders. */
function holdersOf(elements: Iterable<Element>): Set<Element> {
  const out = new Set<Element>();
  for (const el of elements) {
    for (let e = el.parentElement; e && !out.has(e); e = e.parentElement) out.add(e);
  }
  return out;
}

function isChrome(el: Element, c: Context): boolean {
  if (c.skip.has(el) || isUnread(el)) return true;
  // A wrapper around the body text is never chrome, whatever its class (unclosed share-bar tags
  // can swallow a whole article).
  if (c.aboveBody.has(el)) return false;
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) return true;
  // A header with navigation is the site's masthead, unless it heads an <article> (breadcrumbs
  // above the headline); its <nav> is left out either way.
  if (tag === 'header' && !c.up.closest(el, 'article')) {
    c.navHolders ??= holdersOf(listOf(c.lists, 'nav'));
    if (c.navHolders.has(el)) return true;
  }
  const role = el.getAttribute('role');
  // role=note: asides set apart from the text (Wikipedia's "This is a dynamic list" hatnotes).
  if (
    role === 'navigation' ||
    role === 'complementary' ||
    role === 'banner' ||
    role === 'contentinfo' ||
    role === 'note'
  )
    return true;
  const label = el.getAttribute('aria-label');
  if (label && CHROME_LABEL.test(label)) return true;
  const names = classAndId(el);
  if (CHROME_CLASS.test(names) || HIDDEN_CLASS.test(names)) return true;
  // A gallery page sets its headline in a gallery-named container: that one is kept.
  if (!GALLERY_CLASS.test(names)) return false;
  c.h1Holders ??= holdersOf(listOf(c.lists, 'h1'));
  return !c.h1Holders.has(el);
}

/**
 * One walk over the page for what is found by tag (EXTRACT_TAGS) and, in the body, by attribute:
 * an explicit articleBody, the author element.
 */
function* pageScan(
  doc: Document,
  meter: Meter,
): Steps<{ body: Element | null; author: Element | null; lists: TagLists }> {
  let body: Element | null = null;
  let author: Element | null = null;
  const scope = doc.body ?? doc.documentElement;
  // The scope's descendants are one run of the walk: from the scope to the first element after it.
  let after: Element | null = scope;
  while (after && !after.nextElementSibling) after = after.parentElement;
  after = after?.nextElementSibling ?? null;
  let inScope = false;
  const lists = yield* gatherTags(doc.documentElement, EXTRACT_TAGS, meter, (el) => {
    if (el === scope) {
      inScope = true;
      return;
    }
    if (el === after) inScope = false;
    if (!inScope || (body && author)) return;
    if (!body && el.getAttribute('itemprop') === 'articleBody') body = el;
    if (!author && isAuthorElement(el)) author = el;
  });
  return { body, author, lists };
}

/** Every element under root (root included) that holds a block element: those are walked into. */
function* blockHolders(root: Element, meter: Meter): Steps<Set<Element>> {
  const holders = new Set<Element>();
  // One walk under root (a tag list per block tag would walk it ten times).
  for (const b of elementsUnder(root)) {
    if (meter.tick()) yield;
    if (meter.spent) return holders;
    if (!BLOCK_TAGS.has(b.localName)) continue;
    for (let e = b.parentElement; e && !holders.has(e); e = e.parentElement) {
      meter.count();
      holders.add(e);
      if (e === root) break;
    }
  }
  return holders;
}

function kindOf(tag: string, context: BlockKind | null): BlockKind {
  if (tag.length === 2 && tag[0] === 'h') return 'heading';
  if (context) return context;
  if (tag === 'blockquote') return 'quote';
  if (tag === 'li' || tag === 'dd') return 'list-item';
  return 'paragraph';
}

/** Extraction in one go (the CLI, tests). */
export function extractArticle(doc: Document, url?: string, options: ExtractOptions = {}): ExtractedArticle {
  return runToEnd(extractSteps(doc, url, options));
}

/**
 * Extraction in slices of at most `budgetMs` that hand the page its thread back between them
 * (scheduler.yield / MessageChannel). Rejects with the signal's reason when aborted. The page may
 * change between slices: the map points at the nodes as they were read.
 */
export function extractArticleSliced(
  doc: Document,
  options: SliceOptions & ExtractOptions & { url?: string } = {},
): Promise<ExtractedArticle> {
  return runSliced(extractSteps(doc, options.url, options), options);
}

/** A div holding its text as several line divs (a story set line by line, each line maybe wrapped once more): walked into, not read whole. */
function linesInside(el: Element): boolean {
  if (isTextDiv(el)) return false;
  let lines = 0;
  for (let c = el.firstElementChild; c && lines < 2; c = c.nextElementSibling) {
    if (c.localName !== 'div') continue;
    // A line, or a line alone in a wrapper of its own.
    const only = c.firstElementChild;
    if (isTextDiv(c) || (only && !only.nextElementSibling && only.localName === 'div' && isTextDiv(only)))
      lines++;
  }
  return lines >= 2;
}

/** One frame of the walk: the next child node to look at, and what the walk knows about its parent. */
interface Frame {
  parent: Element;
  next: Node | null;
  context: BlockKind | null;
  /** Inside a list item / a link (the parent or an ancestor is one). */
  li: boolean;
  a: boolean;
  /** The run of loose text and inline children read so far (first and last node), its length, and <br>s since its last text. */
  runFirst: Node | null;
  runLast: Node | null;
  runChars: number;
  brs: number;
}

function frameOf(parent: Element, context: BlockKind | null, li: boolean, a: boolean): Frame {
  return {
    parent,
    next: parent.firstChild,
    context,
    li,
    a,
    runFirst: null,
    runLast: null,
    runChars: 0,
    brs: 0,
  };
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Phrasing elements: between a container's blocks they are part of a run of text, not a block. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  // Read by no one (mapBlock leaves them out), they do not break a run.
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'canvas',
  'iframe',
  'object',
]);

/**
 * Extraction as resumable steps. Linear in the page (every element is visited once, ancestors
 * are looked up through memos, each block's text is read once) and bounded by the meter's cap
 * and `maxChars`; the walk is a loop over an explicit stack, so no page depth can overflow it.
 */
export function* extractSteps(
  doc: Document,
  url?: string,
  options: ExtractOptions = {},
): Steps<ExtractedArticle> {
  const meter = options.meter ?? new Meter(EXTRACT_MAX_STEPS);
  const maxChars = options.maxChars ?? EXTRACT_MAX_CHARS;
  const up = new Ancestry(meter);
  const scanned = yield* pageScan(doc, meter);
  const { lists } = scanned;
  const items = readJsonLd(doc, listOf(lists, 'script'));
  yield;
  const meta = readMeta(doc, url, items, scanned.author, lists);
  const base = url ?? baseOf(doc, lists);
  const found = yield* findRelatedSteps(doc, base, meter);
  const skip = new Set(found.blocks);
  let found_: RootFound;
  const explicit = scanned.body;
  if (explicit && textLength(explicit, 201, meter) > 200) {
    // An explicit articleBody, widened to its <article> so the headline and standfirst come along.
    found_ = {
      root: up.closest(explicit, 'article') ?? explicit,
      body: explicit,
      excluded: new Set(),
      contentParents: new Set(),
    };
  } else {
    found_ = yield* findRoot(doc, skip, meter, up);
    const article = up.closest(found_.body, 'article');
    // Widened to its enclosing <article>, so the headline and standfirst come along.
    if (article && found_.root && article !== found_.root && article.contains(found_.root))
      found_ = { ...found_, root: article, excluded: new Set() };
  }
  // A document in design mode, or a root inside an editor, is being written, not read.
  let editing = doc.designMode === 'on';
  for (let e = found_.root; e && !editing; e = e.parentElement) editing = isEditable(e);
  const root = editing ? null : found_.root;
  const body = found_.body;

  const blocks: Block[] = [];
  const map: BlockMap[] = [];
  let chars = 0;
  let full = false;
  const skipInline = (el: Element): boolean => skip.has(el);
  const aboveBody = new Set<Element>();
  for (let e = body; e; e = e.parentElement) aboveBody.add(e);
  const context: Context = { skip, aboveBody, up, lists };

  // In a live page, stylesheets can hide blocks too (a mobile copy of a paragraph, a collapsed
  // box): ask the browser. Detached documents (DOMParser, linkedom) have no styles to ask.
  const styled = doc.defaultView !== null && doc.defaultView !== undefined;
  const emit = (
    el: Element,
    kind: BlockKind,
    inLi: boolean,
    inA: boolean,
    range?: { first: Node; last: Node },
  ): void => {
    if (styled && el.isConnected && typeof el.checkVisibility === 'function') {
      if (!el.checkVisibility({ visibilityProperty: true })) return;
    }
    const { text, map: m, linked, steps } = mapBlock(el, skipInline, maxChars - chars, range);
    meter.count(steps);
    if (text.length < 2 || CHROME_TEXT.test(text)) return;
    // A paragraph or item that is mostly links is a link list or a "read more" line.
    const mostlyLinked = text.length < 300 && linked > 0.7 * text.length;
    if (kind !== 'heading') {
      if (mostlyLinked) return;
    } else if (el.localName !== 'h1' && (mostlyLinked || inA) && inLi) {
      // A linked heading in a list item is a teaser for another story.
      return;
    }
    blocks.push({ kind, text });
    map.push(m);
    chars += text.length;
    if (chars >= maxChars) full = true;
  };

  const holders = root ? yield* blockHolders(root, meter) : new Set<Element>();
  if (root) {
    const headline = headlineOutside(listOf(lists, 'h1'), root, skip, up, meta.title);
    if (headline) emit(headline, 'heading', false, false);
    const li = up.closest(root, 'li') !== null;
    const a = up.closest(root, 'a') !== null;
    if (BLOCK_TAGS.has(root.localName) && !holders.has(root)) emit(root, 'paragraph', li, a);
    else {
      // The walk: an explicit stack of frames instead of recursion.
      const stack: Frame[] = [frameOf(root, null, li, a)];
      const { excluded, contentParents } = found_;
      // A run of loose text and inline elements between a container's blocks (text set straight
      // in a div with <br>s, a list item's own text before its sub-list) is a paragraph too: a
      // long one anywhere, a short one in a container of the article's paragraphs.
      const flush = (frame: Frame): void => {
        const first = frame.runFirst;
        const last = frame.runLast;
        frame.runFirst = null;
        frame.runLast = null;
        frame.brs = 0;
        // A paragraph holding paragraphs is built by script (the parser never nests them): as
        // before, only the innermost is read.
        if (!first || !last || full || frame.parent.localName === 'p') return;
        // A block's own text (a list item's before its sub-list) counts whatever its length, as the block would.
        const min = contentParents.has(frame.parent) || BLOCK_TAGS.has(frame.parent.localName) ? 2 : 80;
        if (frame.runChars < min) return;
        const kind = frame.context ?? kindOf(frame.parent.localName, null);
        emit(frame.parent, kind === 'heading' ? 'paragraph' : kind, frame.li, frame.a, { first, last });
      };
      while (stack.length > 0 && !full) {
        if (meter.tick()) yield;
        if (meter.spent) break;
        const frame = stack[stack.length - 1]!;
        const node = frame.next;
        if (!node) {
          flush(frame);
          stack.pop();
          continue;
        }
        frame.next = node.nextSibling;
        if (node.nodeType === TEXT_NODE) {
          const data = (node as Text).data;
          const trimmed = data.trim().length;
          if (trimmed > 0) {
            frame.runFirst ??= node;
            frame.runLast = node;
            frame.runChars += trimmed;
            frame.brs = 0;
          }
          continue;
        }
        if (node.nodeType !== ELEMENT_NODE) continue;
        const child = node as Element;
        const tag = child.localName;
        if (tag === 'br') {
          // Two line breaks in a row end a paragraph set with <br>s.
          if (frame.runFirst && ++frame.brs >= 2) flush(frame);
          continue;
        }
        const nested = holders.has(child);
        if (INLINE_TAGS.has(tag) && !nested) {
          if (isUnread(child)) continue;
          if ((frame.parent === root && excluded.has(child)) || isChrome(child, context)) {
            flush(frame);
            continue;
          }
          frame.runFirst ??= child;
          frame.runLast = child;
          frame.runChars += textLength(child, 80, meter);
          frame.brs = 0;
          continue;
        }
        flush(frame);
        if (full) break;
        if (frame.parent === root && excluded.has(child)) continue;
        if (isChrome(child, context)) continue;
        const inLi = frame.li || tag === 'li';
        const inA = frame.a || tag === 'a';
        if (BLOCK_TAGS.has(tag)) {
          if (!nested) emit(child, kindOf(tag, frame.context), inLi, inA);
          else stack.push(frameOf(child, tag === 'blockquote' ? 'quote' : frame.context, inLi, inA));
        } else if (!nested && (tag === 'div' || tag === 'section') && !linesInside(child)) {
          // Text set straight in a div (with <br>s) rather than in paragraphs: a long one anywhere,
          // a short one among the article's paragraphs (a story set line by line in divs).
          const min = contentParents.has(frame.parent) ? 2 : 80;
          if (textLength(child, min, meter) >= min) emit(child, frame.context ?? 'paragraph', inLi, inA);
        } else {
          stack.push(frameOf(child, frame.context, inLi, inA));
        }
      }
    }
  }

  const input: ExtractedArticle['input'] = { meta, blocks };
  if (found.related) input.related = found.related;
  const out: ExtractedArticle = { input, map };
  if (full || meter.truncated) out.truncated = { chars, blocks: blocks.length };
  return out;
}

/** The page's h1 when the root does not hold it (headline set above the body container). */
function headlineOutside(
  h1s: Iterable<Element>,
  root: Element,
  skip: Set<Element>,
  up: Ancestry,
  title?: string,
): Element | null {
  // A hidden h1 in the root (a copy for machines) does not stand in for the visible headline.
  for (const h of root.getElementsByTagName('h1')) if (!HIDDEN_CLASS.test(classAttr(h))) return null;
  const wanted = squash(title);
  let nearest: Element | null = null;
  const memo = new Map<Element, boolean>();
  let seen = 0;
  for (const h1 of h1s) {
    // The first few h1s: a headline comes early, and a page of thousands of h1s is not one.
    if (++seen > 32) break;
    if (insideSkipped(h1, skip, memo) || up.closest(h1, 'nav')) continue;
    // DOCUMENT_POSITION_PRECEDING: the headline comes before the body, as on a real page.
    if (!(root.compareDocumentPosition(h1) & 2)) break;
    const text = squash(h1.textContent);
    if (!text) continue;
    // Many sites set their logo in an h1: the headline is the h1 that matches the page title.
    if (wanted && (wanted.includes(text) || text.includes(wanted))) return h1;
    nearest = h1;
  }
  return wanted ? null : nearest;
}

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Where relative links point from: the page's own address when it has a real one. */
function baseOf(doc: Document, lists: TagLists): string | undefined {
  const uri = doc.baseURI;
  if (uri && /^https?:/i.test(uri)) return uri;
  let canonical: string | null | undefined;
  for (const link of listOf(lists, 'link')) {
    if (link.getAttribute('rel')?.toLowerCase() === 'canonical') canonical ??= link.getAttribute('href');
  }
  canonical ??= metaTags(doc, listOf(lists, 'meta')).get('og:url');
  return canonical && /^https?:/i.test(canonical) ? canonical : undefined;
}
