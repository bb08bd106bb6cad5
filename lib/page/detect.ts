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
  /** Characters of body-length paragraphs directly under it (or under its sections). */
  chars: number;
  paragraphs: number;
}

interface Tally {
  chars: number;
  paragraphs: number;
}

/** Most of a teaser card's text is its headline link; a body section's links sit inside sentences. */
const SECTION_LINK_SHARE = 0.2;

/**
 * A block of body paragraphs that is one section of a longer body (sites that cut a story into
 * numbered items, each its own div), not a teaser card: no link outside its paragraphs, little of
 * its text in links, and not an <article> or list item (the usual card and list wrappers).
 */
function isSection(parent: Element, chars: number): boolean {
  if (parent.tagName === 'ARTICLE' || parent.tagName === 'LI') return false;
  let linkChars = 0;
  for (const a of parent.getElementsByTagName('a')) {
    if (!closestTag(a, 'p')) return false;
    linkChars += (a.textContent ?? '').length;
  }
  return linkChars <= chars * SECTION_LINK_SHARE;
}

/**
 * The element whose <p> children hold the most text. Teasers each sit in their own card, so a
 * headline grid yields many parents with one short paragraph each and a low best score. A body
 * cut into sections counts for the sections' common parent.
 */
export function bodyStats(doc: Document): BodyStats {
  const byParent = new Map<Element, Tally>();
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
  }
  let best: BodyStats = { body: null, chars: 0, paragraphs: 0 };
  const consider = (body: Element, t: Tally) => {
    if (t.chars > best.chars) best = { body, chars: t.chars, paragraphs: t.paragraphs };
  };
  // Sections add up in their parent, on top of any paragraphs that parent holds itself.
  const bySection = new Map<Element, Tally>();
  for (const [parent, t] of byParent) {
    consider(parent, t);
    const up = parent.parentElement;
    if (!up || !isSection(parent, t.chars)) continue;
    let entry = bySection.get(up);
    if (!entry) {
      const own = byParent.get(up);
      entry = { chars: own?.chars ?? 0, paragraphs: own?.paragraphs ?? 0 };
      bySection.set(up, entry);
    }
    entry.chars += t.chars;
    entry.paragraphs += t.paragraphs;
  }
  for (const [up, t] of bySection) consider(up, t);
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

/** "http://schema.org/BlogPosting https://schema.org/Article" -> ["blogposting", "article"]. */
function itemTypes(el: Element): string[] {
  return (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.slice(t.lastIndexOf('/') + 1).toLowerCase());
}

/**
 * The page's microdata article type (itemscope itemtype="…/BlogPosting"), when exactly one
 * element carries one: a front page marks up each teaser, an article page marks up itself.
 * A listing type anywhere rules it out, as in JSON-LD.
 */
function microdataArticle(doc: Document): string | undefined {
  let found: string | undefined;
  let count = 0;
  for (const el of doc.querySelectorAll('[itemscope][itemtype]')) {
    const types = itemTypes(el);
    if (types.some((t) => LISTING_TYPES.has(t))) return undefined;
    const type = types.find((t) => ARTICLE_TYPES.has(t));
    if (type) {
      count++;
      found = ARTICLE_TYPES.get(type);
    }
  }
  return count === 1 ? found : undefined;
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

  // Microdata only adds, and finding it means visiting every element: asked only when it can
  // change the verdict (JSON-LD said nothing and the page is short of an article by 3 or less).
  if (!jsonLdArticle && !signals.includes('json-ld:listing') && score >= 0 && score < 3) {
    const microdata = microdataArticle(doc);
    if (microdata) {
      signals.splice(0, 0, `microdata:${microdata}`);
      score += 3;
    }
  }

  return { isArticle: score >= 3, signals, score };
}
