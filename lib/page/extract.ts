/**
 * The article in the LIVE page: its root element, its text blocks (headings, paragraphs, quotes,
 * list items) each with a map back to the live Text nodes, its metadata and related links.
 * Reads only. Mozilla Readability is not run here: it must work on a clone (it rewrites the DOM)
 * and costs more than the whole analysis; a lighter paragraph scoring finds the same root on
 * news pages, and the block map must point into the live page anyway.
 */
import type { Block, BlockKind } from '../analysis/types';
import { readJsonLd, readMeta } from './meta';
import { findRelated } from './related-links';
import { isHidden, isUnread, mapBlock } from './textmap';
import type { BlockMap, ExtractedArticle } from './types';

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'dd']);
const BLOCK_SELECTOR = 'p,h1,h2,h3,h4,h5,h6,blockquote,li,dd';

/** Page chrome that never holds article text. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'form', 'dialog', 'menu', 'pre', 'table']);

/** Class/id fragments of chrome inside an article: share bars, bylines, captions, sign-up boxes. */
const CHROME_CLASS =
  /share|social|newsletter|subscribe|signup|related|recirc|promo|sponsor|comment|advert|byline|dateline|author-?bio|breadcrumb|(?:^|[\s_-])tags?(?:$|[\s_-])|toolbar|caption|credit|paywall|cookie|popup|modal|visually-?hidden|sr-only|screen-?reader/i;

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
  if (tag === 'header' && el.querySelector('nav')) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo')
    return true;
  return CHROME_CLASS.test(classAndId(el));
}

function insideSkipped(el: Element, skip: Set<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (skip.has(e) || isHidden(e)) return true;
  }
  return false;
}

/**
 * The article root: an explicit articleBody, else the element that collects the most paragraph
 * text (a paragraph scores its parent fully and its grandparent by half, as Readability does),
 * widened to its enclosing <article> so the headline and standfirst come along.
 */
function findRoot(doc: Document, skip: Set<Element>): { root: Element | null; body: Element | null } {
  const explicit = doc.querySelector('[itemprop="articleBody"]');
  if (explicit && (explicit.textContent ?? '').trim().length > 200) {
    return { root: explicit.closest('article') ?? explicit, body: explicit };
  }
  const scores = new Map<Element, number>();
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
    if (len < 25 || insideSkipped(p, skip)) continue;
    const points = 1 + Math.min(len, 600) / 100;
    add(p.parentElement, points);
    add(p.parentElement?.parentElement ?? null, points / 2);
  }
  const body = best as Element | null;
  return { root: body?.closest('article') ?? body ?? doc.body, body };
}

function linkTextShare(el: Element, textLength: number): number {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, ' ').length;
  return textLength ? linked / textLength : 0;
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
  const { root, body } = findRoot(doc, skip);

  const blocks: Block[] = [];
  const map: BlockMap[] = [];
  const skipInline = (el: Element): boolean => skip.has(el);

  const emit = (el: Element, kind: BlockKind): void => {
    const { text, map: m } = mapBlock(el, skipInline);
    if (text.length < 2 || CHROME_TEXT.test(text)) return;
    // A paragraph or item that is mostly links is a link list or a "read more" line.
    if (kind !== 'heading' && text.length < 300 && linkTextShare(el, text.length) > 0.7) return;
    blocks.push({ kind, text });
    map.push(m);
  };

  const visit = (parent: Element, context: BlockKind | null): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (isChrome(child, skip, body)) continue;
      const tag = child.localName;
      const nested = child.querySelector(BLOCK_SELECTOR) !== null;
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

  if (root) {
    const headline = headlineOutside(doc, root, skip);
    if (headline) emit(headline, 'heading');
    if (BLOCK_TAGS.has(root.localName) && !root.querySelector(BLOCK_SELECTOR)) emit(root, 'paragraph');
    else visit(root, null);
  }

  const input: ExtractedArticle['input'] = { meta, blocks };
  if (found.related) input.related = found.related;
  return { input, map };
}

/** The page's h1 when the root does not hold it (headline set above the body container). */
function headlineOutside(doc: Document, root: Element, skip: Set<Element>): Element | null {
  if (root.querySelector('h1')) return null;
  for (const h1 of doc.getElementsByTagName('h1')) {
    if (insideSkipped(h1, skip) || h1.closest('nav')) continue;
    if (!(h1.textContent ?? '').trim()) continue;
    // DOCUMENT_POSITION_PRECEDING: the headline comes before the body, as on a real page.
    return root.compareDocumentPosition(h1) & 2 ? h1 : null;
  }
  return null;
}

/** Where relative links point from: the page's own address when it has a real one. */
function baseOf(doc: Document): string | undefined {
  const uri = doc.baseURI;
  if (uri && /^https?:/i.test(uri)) return uri;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical && /^https?:/i.test(canonical) ? canonical : undefined;
}
