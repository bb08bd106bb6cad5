/**
 * The article in the LIVE page: its root element, its text blocks (headings, paragraphs, quotes,
 * list items) each with a map back to the live Text nodes, its metadata and related links.
 * Reads only. Mozilla Readability is not run here: it must work on a clone (it rewrites the DOM)
 * and costs more than the whole analysis; a lighter paragraph scoring finds the same root on
 * news pages, and the block map must point into the live page anyway.
 */
import type { Block, BlockKind } from '../analysis/types';
import { metaTags, readJsonLd, readMeta } from './meta';
import { findRelated } from './related-links';
import { closestTag, elementsUnder, isEditable, isHidden, isUnread, mapBlock } from './textmap';
import type { BlockMap, ExtractedArticle } from './types';

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'dd']);

/** Page chrome that never holds article text. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'form', 'dialog', 'menu', 'pre', 'table']);

/**
 * Class/id fragments of chrome inside an article: share bars, bylines, captions, sign-up boxes,
 * feedback prompts, "recommend this" footers, author notes, call-to-action boxes, post meta lists,
 * e-mail opt-ins, footers (author cards under a post), wiki notices (hatnote, ambox, metadata).
 */
const CHROME_CLASS =
  /share|social|newsletter|subscribe|signup|related|recirc|promo|sponsor|comment|advert|byline|dateline|author-?(?:bio|note)|breadcrumb|(?:^|[\s_-])(?:tags?|cta|meta(?:data|list))(?:$|[\s_-])|opt-?in|footer|toolbar|caption|credit|paywall|cookie|popup|modal|visually-?hidden|sr-only|screen-?reader|feedback|recommend|call-?to-?action|hatnote|ambox|notice/i;

/** A `hidden` class: a stylesheet hides it (asked of the browser in a live page, guessed for detached documents). */
const HIDDEN_CLASS = /(?:^|[\s_-])hidden(?:$|[\s_-])/i;

/** Photo galleries and slideshows: their captions are pictures' stories, often other stories. */
const GALLERY_CLASS = /gallery|slideshow|carousel/i;

/** aria-labels that name chrome: read from their start, since a label is free text. */
const CHROME_LABEL =
  /^(?:share|related|recommended|more (?:stories|from)|newsletter|comments|feedback|advertisement)/i;

/** Lines that are chrome even when they sit in a <p>. */
const CHROME_TEXT =
  /^(?:advertisement|advertisment|sponsored|skip advertisement|story continues below.*|continue reading.*)$/i;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function isChrome(el: Element, skip: Set<Element>, body: Element | null): boolean {
  if (skip.has(el) || isUnread(el)) return true;
  // A wrapper around the body text is never chrome, whatever its class (unclosed share-bar tags
  // can swallow a whole article).
  if (body && el.contains(body)) return false;
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) return true;
  // A header with navigation is the site's masthead, unless it heads an <article> (breadcrumbs
  // above the headline); its <nav> is left out either way.
  if (tag === 'header' && !closestTag(el, 'article') && el.getElementsByTagName('nav').length > 0)
    return true;
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
  return GALLERY_CLASS.test(names) && el.getElementsByTagName('h1').length === 0;
}

/** Whether el or an ancestor is skipped, hidden or editable; `memo` caches answers for shared ancestors. */
function insideSkipped(el: Element, skip: Set<Element>, memo = new Map<Element, boolean>()): boolean {
  const seen: Element[] = [];
  let answer = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      answer = known;
      break;
    }
    seen.push(e);
    // What a reader is typing (an editor, a webmail draft) is not an article.
    // aria-hidden is left aside here: sites set it on the whole page while a dialog is open.
    if (skip.has(e) || isHidden(e, false) || isEditable(e)) {
      answer = true;
      break;
    }
  }
  for (const e of seen) memo.set(e, answer);
  return answer;
}

/**
 * The article root: an explicit articleBody, else the element that collects the most paragraph
 * text (a paragraph scores its parent fully and its grandparent by half, as Readability does),
 * widened to its enclosing <article> so the headline and standfirst come along.
 */
function findRoot(doc: Document, skip: Set<Element>): { root: Element | null; body: Element | null } {
  const explicit = byAttribute(doc, 'itemprop', 'articleBody');
  if (explicit && (explicit.textContent ?? '').trim().length > 200) {
    return { root: closestTag(explicit, 'article') ?? explicit, body: explicit };
  }
  const scores = new Map<Element, number>();
  const memo = new Map<Element, boolean>();
  let best: Element | null = null;
  let bestScore = 0;
  const add = (el: Element | null, points: number): void => {
    if (!el || el.localName === 'html') return;
    const score = (scores.get(el) ?? 0) + points;
    scores.set(el, score);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  };
  for (const p of doc.getElementsByTagName('p')) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 25 || insideSkipped(p, skip, memo)) continue;
    const points = 1 + Math.min(len, 600) / 100;
    add(p.parentElement, points);
    add(p.parentElement?.parentElement ?? null, points / 2);
  }
  const body = best as Element | null;
  return { root: closestTag(body, 'article') ?? body ?? doc.body, body };
}

/** Every element under root (root included) that holds a block element: those are walked into. */
function blockHolders(root: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const tag of BLOCK_TAGS) {
    for (const b of root.getElementsByTagName(tag)) {
      for (let e = b.parentElement; e && !holders.has(e); e = e.parentElement) {
        holders.add(e);
        if (e === root) break;
      }
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

export function extractArticle(doc: Document, url?: string): ExtractedArticle {
  const items = readJsonLd(doc);
  const meta = readMeta(doc, url, items);
  const base = url ?? baseOf(doc);
  const found = findRelated(doc, base);
  const skip = new Set(found.blocks);
  const found_ = findRoot(doc, skip);
  // A document in design mode, or a root inside an editor, is being written, not read.
  let editing = doc.designMode === 'on';
  for (let e = found_.root; e && !editing; e = e.parentElement) editing = isEditable(e);
  const root = editing ? null : found_.root;
  const body = found_.body;

  const blocks: Block[] = [];
  const map: BlockMap[] = [];
  const skipInline = (el: Element): boolean => skip.has(el);

  // In a live page, stylesheets can hide blocks too (a mobile copy of a paragraph, a collapsed
  // box): ask the browser. Detached documents (DOMParser, linkedom) have no styles to ask.
  const styled = doc.defaultView !== null && doc.defaultView !== undefined;
  const emit = (el: Element, kind: BlockKind): void => {
    if (styled && el.isConnected && typeof el.checkVisibility === 'function') {
      if (!el.checkVisibility({ visibilityProperty: true })) return;
    }
    const { text, map: m, linked } = mapBlock(el, skipInline);
    if (text.length < 2 || CHROME_TEXT.test(text)) return;
    // A paragraph or item that is mostly links is a link list or a "read more" line.
    const mostlyLinked = text.length < 300 && linked > 0.7 * text.length;
    if (kind !== 'heading') {
      if (mostlyLinked) return;
    } else if (el.localName !== 'h1' && (mostlyLinked || closestTag(el, 'a')) && closestTag(el, 'li')) {
      // A linked heading in a list item is a teaser for another story.
      return;
    }
    blocks.push({ kind, text });
    map.push(m);
  };

  const visit = (parent: Element, context: BlockKind | null): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (isChrome(child, skip, body)) continue;
      const tag = child.localName;
      const nested = holders.has(child);
      if (BLOCK_TAGS.has(tag)) {
        if (!nested) emit(child, kindOf(tag, context));
        else visit(child, tag === 'blockquote' ? 'quote' : context);
      } else if (!nested && (tag === 'div' || tag === 'section')) {
        // Text set straight in a div (with <br>s) rather than in paragraphs.
        if ((child.textContent ?? '').trim().length >= 80) emit(child, context ?? 'paragraph');
      } else {
        visit(child, context);
      }
    }
  };

  const holders = root ? blockHolders(root) : new Set<Element>();
  if (root) {
    const headline = headlineOutside(doc, root, skip, meta.title);
    if (headline) emit(headline, 'heading');
    if (BLOCK_TAGS.has(root.localName) && !holders.has(root)) emit(root, 'paragraph');
    else visit(root, null);
  }

  const input: ExtractedArticle['input'] = { meta, blocks };
  if (found.related) input.related = found.related;
  return { input, map };
}

/** The page's h1 when the root does not hold it (headline set above the body container). */
function headlineOutside(doc: Document, root: Element, skip: Set<Element>, title?: string): Element | null {
  // A hidden h1 in the root (a copy for machines) does not stand in for the visible headline.
  for (const h of root.getElementsByTagName('h1'))
    if (!HIDDEN_CLASS.test(h.getAttribute('class') ?? '')) return null;
  const wanted = squash(title);
  let nearest: Element | null = null;
  for (const h1 of doc.getElementsByTagName('h1')) {
    if (insideSkipped(h1, skip) || closestTag(h1, 'nav')) continue;
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

/** The first element whose attribute has this value (a tag walk: no selector engine needed). */
function byAttribute(doc: Document, name: string, value: string): Element | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  for (const el of elementsUnder(root)) if (el.getAttribute(name) === value) return el;
  return null;
}

/** Where relative links point from: the page's own address when it has a real one. */
function baseOf(doc: Document): string | undefined {
  const uri = doc.baseURI;
  if (uri && /^https?:/i.test(uri)) return uri;
  let canonical: string | null | undefined;
  for (const link of doc.getElementsByTagName('link')) {
    if (link.getAttribute('rel')?.toLowerCase() === 'canonical') canonical ??= link.getAttribute('href');
  }
  canonical ??= metaTags(doc).get('og:url');
  return canonical && /^https?:/i.test(canonical) ? canonical : undefined;
}
