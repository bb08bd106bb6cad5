/**
 * Is this an article page? Runs on every page the content script sees, so it reads only cheap
 * signals: JSON-LD and Open Graph tags, then one pass over <p> elements. A home page with a grid
 * of headline teasers is not an article, even when it uses <article> elements or article tags.
 */
import { ARTICLE_TYPES, articleItem, readJsonLd, typesOf } from './meta';
import { closestTag } from './textmap';
import type { Detection } from './types';

/** Types that mark a page of many items (a home or section front). */
const LISTING_TYPES = new Set(['collectionpage', 'itemlist', 'searchresultspage']);

/** A paragraph shorter than this is a teaser line, a caption or chrome, not body text. */
const BODY_PARAGRAPH = 80;

export interface BodyStats {
  /** The element holding the most paragraph text (the likely article body), if any. */
  body: Element | null;
  /** Characters of body-length paragraphs directly under it. */
  chars: number;
  paragraphs: number;
}

/**
 * The element whose direct <p> children hold the most text. Teasers each sit in their own card,
 * so a headline grid yields many parents with one short paragraph each and a low best score.
 */
export function bodyStats(doc: Document): BodyStats {
  const byParent = new Map<Element, { chars: number; paragraphs: number }>();
  let best: BodyStats = { body: null, chars: 0, paragraphs: 0 };
  for (const p of doc.getElementsByTagName('p')) {
    const len = (p.textContent ?? '').trim().length;
    if (len < BODY_PARAGRAPH) continue;
    let parent = p.parentElement;
    // A paragraph alone in its wrapper counts for the wrapper's parent (sites that wrap every
    // paragraph in a div). A teaser card holds a heading too, so cards stay apart.
    if (parent?.childElementCount === 1 && parent.parentElement) parent = parent.parentElement;
    if (!parent) continue;
    let entry = byParent.get(parent);
    if (!entry) {
      entry = { chars: 0, paragraphs: 0 };
      byParent.set(parent, entry);
    }
    entry.chars += len;
    entry.paragraphs++;
    if (entry.chars > best.chars) best = { body: parent, chars: entry.chars, paragraphs: entry.paragraphs };
  }
  return best;
}

/** Headline links: the mark of a front page or a section page. */
function headlineLinks(doc: Document): number {
  let n = 0;
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const h of doc.getElementsByTagName(tag)) {
      if (h.getElementsByTagName('a').length > 0 || closestTag(h, 'a')) n++;
    }
  }
  return n;
}

export function isArticlePage(doc: Document): Detection {
  const signals: string[] = [];
  let score = 0;

  const items = readJsonLd(doc);
  const types = items.flatMap(typesOf);
  const item = articleItem(items);
  const jsonLdArticle = item && typesOf(item).find((t) => ARTICLE_TYPES.has(t));
  if (jsonLdArticle) {
    signals.push(`json-ld:${ARTICLE_TYPES.get(jsonLdArticle)}`);
    score += 3;
  } else if (types.some((t) => LISTING_TYPES.has(t))) {
    signals.push('json-ld:listing');
    score -= 2;
  }

  let ogType: string | undefined;
  for (const meta of doc.getElementsByTagName('meta')) {
    if (meta.getAttribute('property') === 'og:type') {
      ogType = meta.getAttribute('content')?.trim().toLowerCase();
      break;
    }
  }
  if (ogType === 'article') {
    signals.push('og:type=article');
    score += 2;
  }

  const stats = bodyStats(doc);
  if (stats.chars >= 1000 && (stats.paragraphs >= 3 || stats.chars >= 1800)) {
    signals.push('text-density');
    score += 3;
  } else if (stats.chars >= 400 && stats.paragraphs >= 2) {
    signals.push('text-density:low');
    score += 1;
  }
  if (stats.chars >= 200 && closestTag(stats.body, 'article')) {
    signals.push('article-element');
    score += 2;
  }

  // Only a page without a substantial body can be a grid: articles often carry teaser rails too.
  if (stats.chars < 1000) {
    const teasers = doc.getElementsByTagName('article').length;
    const links = teasers >= 4 ? 0 : headlineLinks(doc);
    if (teasers >= 4 || links >= 8) {
      signals.push('headline-grid');
      score -= 4;
    }
  }

  return { isArticle: score >= 3, signals, score };
}
