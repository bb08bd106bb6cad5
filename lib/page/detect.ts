/**
 * Is this an article page? Runs on every page the content script sees, so it reads only cheap
 * signals: JSON-LD and Open Graph tags, then one pass over <p> elements. A home page with a grid
 * of headline teasers is not an article, even when it uses <article> elements or article tags.
 */
import { Ancestry } from './ancestry';
import { ARTICLE_TYPES, articleItem, readJsonLd, typesOf } from './meta';
import { BLOCK_CHILD } from './root';
import { Meter, runSliced, runToEnd, type SliceOptions, type Steps } from './slice';
import { gatherTags, listOf, type TagLists } from './tag-lists';
import { textLength } from './textmap';
import type { Detection } from './types';

/** Types that mark a page of many items (a home or section front). */
const LISTING_TYPES = new Set(['collectionpage', 'itemlist', 'searchresultspage']);

/** A div of text with more of its text in links than this is a teaser's headline or a link list. */
const TEXT_DIV_LINK_SHARE = 0.3;

/** A paragraph shorter than this is a teaser line, a caption or chrome, not body text. */
export const BODY_PARAGRAPH = 80;

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
  /** Characters of the links inside the element (its whole subtree), and whether one sits outside a <p>. */
  linkChars: number;
  looseLink: boolean;
}

/** Most of a teaser card's text is its headline link; a body section's links sit inside sentences. */
const SECTION_LINK_SHARE = 0.2;

/** A paragraph counts up to this many characters: enough for any verdict, and a cap on what is read. */
const PARAGRAPH_CAP = 20_000;

/** The tags detection reads page-wide, gathered in one walk. */
const DETECT_TAGS = ['script', 'meta', 'p', 'div', 'a', 'article', 'h2', 'h3', 'h4'] as const;

/** Steps (nodes visited, characters / 64) detection may take: a bound on huge or deeply nested pages. */
export const DETECT_MAX_STEPS = 400_000;

/**
 * A block of body paragraphs that is one section of a longer body (sites that cut a story into
 * numbered items, each its own div), not a teaser card: no link outside its paragraphs, little of
 * its text in links, and not an <article> or list item (the usual card and list wrappers).
 */
function isSection(parent: Element, t: Tally): boolean {
  if (parent.tagName === 'ARTICLE' || parent.tagName === 'LI') return false;
  return !t.looseLink && t.linkChars <= t.chars * SECTION_LINK_SHARE;
}

/**
 * Adds every link's length (and whether it sits outside a <p>) to the nearest paragraph parent
 * holding it, then sums nested parents bottom-up: each link and each parent is handled once,
 * where asking every parent for its links would cost the nesting depth again and again.
 */
function* tallyLinks(
  links: Iterable<Element>,
  byParent: Map<Element, Tally>,
  meter: Meter,
  up: Ancestry,
): Steps<void> {
  const owners = new Set(byParent.keys());
  for (const a of links) {
    if (meter.tick()) yield;
    if (meter.spent) return;
    // A link inside a link was counted with the outer one (and reading both would be quadratic).
    if (up.closest(a.parentElement, 'a')) continue;
    const owner = up.nearestIn(a, owners);
    if (!owner) continue;
    const t = byParent.get(owner)!;
    t.linkChars += textLength(a, PARAGRAPH_CAP, meter);
    if (!up.closest(a, 'p')) t.looseLink = true;
  }
  // Nested owners: each adds its totals to the nearest owner above it, deepest first.
  const parentOf = new Map<Element, Element>();
  const children = new Map<Element, Element[]>();
  for (const owner of owners) {
    const above = up.nearestIn(owner.parentElement, owners);
    if (!above) continue;
    parentOf.set(owner, above);
    const list = children.get(above);
    if (list) list.push(owner);
    else children.set(above, [owner]);
  }
  const order: Element[] = [];
  const stack = [...owners].filter((o) => !parentOf.has(o));
  while (stack.length) {
    const o = stack.pop()!;
    order.push(o);
    for (const c of children.get(o) ?? []) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const o = order[i]!;
    const above = parentOf.get(o);
    if (!above) continue;
    const t = byParent.get(o)!;
    const u = byParent.get(above)!;
    u.linkChars += t.linkChars;
    u.looseLink ||= t.looseLink;
  }
}

/**
 * The element whose <p> children hold the most text. Teasers each sit in their own card, so a
 * headline grid yields many parents with one short paragraph each and a low best score. A body
 * cut into sections counts for the sections' common parent.
 */
export function* bodyStatsSteps(
  doc: Document,
  meter: Meter,
  up = new Ancestry(meter),
  lists?: TagLists,
): Steps<BodyStats> {
  const tagged = (tag: string): Iterable<Element> =>
    lists ? listOf(lists, tag) : doc.getElementsByTagName(tag);
  const byParent = new Map<Element, Tally>();
  // Whether an element has exactly one element child, asked once per element (childElementCount
  // counts the children: asking it for every paragraph of one parent was quadratic).
  const alone = new Map<Element, boolean>();
  const add = (unit: Element | null, len: number, wrapped: boolean): void => {
    let parent = wrapped ? (unit?.parentElement ?? null) : unit;
    // A paragraph alone in its wrapper counts for the wrapper's parent (sites that wrap every
    // paragraph in a div). A teaser card holds a heading too, so cards stay apart.
    if (wrapped && parent?.parentElement) {
      let single = alone.get(parent);
      if (single === undefined) {
        single = parent.childElementCount === 1;
        alone.set(parent, single);
      }
      if (single) parent = parent.parentElement;
    }
    if (!parent) return;
    let entry = byParent.get(parent);
    if (!entry) {
      entry = { chars: 0, paragraphs: 0, linkChars: 0, looseLink: false };
      byParent.set(parent, entry);
    }
    entry.chars += len;
    entry.paragraphs++;
  };
  for (const p of tagged('p')) {
    if (meter.tick()) yield;
    if (meter.spent) break;
    // Parsed HTML never nests paragraphs; a script can. The outer one's text holds the inner's.
    if (up.closest(p.parentElement, 'p')) continue;
    const len = textLength(p, PARAGRAPH_CAP, meter);
    if (len >= BODY_PARAGRAPH) add(p, len, true);
  }
  // Paragraphs without <p>: a div of text (no block inside), and long text set straight in a
  // container between its blocks (a post body written with <br>s). A div of text that is mostly
  // a link is a teaser's headline, not a paragraph.
  for (const div of tagged('div')) {
    if (meter.tick()) yield;
    if (meter.spent) break;
    if (up.closest(div.parentElement, 'p')) continue;
    let blocks = false;
    let children = 0;
    for (let c = div.firstChild; c; c = c.nextSibling) {
      children++;
      if (c.nodeType === 1 && BLOCK_CHILD.has((c as Element).localName)) blocks = true;
    }
    meter.count(children);
    if (!blocks) {
      const len = textLength(div, PARAGRAPH_CAP, meter, true);
      if (len < BODY_PARAGRAPH) continue;
      let linked = 0;
      for (const a of div.getElementsByTagName('a')) {
        if (meter.tick()) yield;
        linked += textLength(a, PARAGRAPH_CAP, meter);
        if (linked > len * TEXT_DIV_LINK_SHARE) break;
      }
      if (linked <= len * TEXT_DIV_LINK_SHARE) add(div, len, true);
      continue;
    }
    for (let c = div.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 3) continue;
      const len = (c as Text).data.trim().length;
      meter.count(1 + (len >> 6));
      if (len >= BODY_PARAGRAPH) add(div, len, false);
    }
  }
  if (byParent.size > 0) yield* tallyLinks(tagged('a'), byParent, meter, up);
  let best: BodyStats = { body: null, chars: 0, paragraphs: 0 };
  const consider = (body: Element, t: { chars: number; paragraphs: number }) => {
    if (t.chars > best.chars) best = { body, chars: t.chars, paragraphs: t.paragraphs };
  };
  // Sections add up in their parent, on top of any paragraphs that parent holds itself.
  const bySection = new Map<Element, { chars: number; paragraphs: number }>();
  for (const [parent, t] of byParent) {
    consider(parent, t);
    const above = parent.parentElement;
    if (!above || !isSection(parent, t)) continue;
    let entry = bySection.get(above);
    if (!entry) {
      const own = byParent.get(above);
      entry = { chars: own?.chars ?? 0, paragraphs: own?.paragraphs ?? 0 };
      bySection.set(above, entry);
    }
    entry.chars += t.chars;
    entry.paragraphs += t.paragraphs;
  }
  for (const [above, t] of bySection) consider(above, t);
  return best;
}

/** bodyStats in one go (for callers off the page). */
export function bodyStats(doc: Document): BodyStats {
  return runToEnd(bodyStatsSteps(doc, new Meter(DETECT_MAX_STEPS)));
}

/** Headline links: the mark of a front page or a section page (h2-h4 holding or inside a link). */
function* headlineLinks(lists: TagLists, meter: Meter, up: Ancestry): Steps<number> {
  const linked = new Set<Element>();
  for (const a of listOf(lists, 'a')) {
    if (meter.tick()) yield;
    if (meter.spent) break;
    for (const tag of ['h2', 'h3', 'h4']) {
      const h = up.closest(a, tag);
      if (h) linked.add(h);
    }
  }
  let n = linked.size;
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const h of listOf(lists, tag)) {
      if (meter.tick()) yield;
      if (meter.spent) return n;
      if (!linked.has(h) && up.closest(h, 'a')) n++;
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

/** Detection in one go (the CLI, tests). */
export function isArticlePage(doc: Document, meter = new Meter(DETECT_MAX_STEPS)): Detection {
  return runToEnd(detectSteps(doc, meter));
}

/** Detection in slices of at most `budgetMs` that hand the page its thread back between them. */
export function isArticlePageSliced(
  doc: Document,
  options: SliceOptions & { meter?: Meter } = {},
): Promise<Detection> {
  return runSliced(detectSteps(doc, options.meter ?? new Meter(DETECT_MAX_STEPS)), options);
}

/**
 * Detection as resumable steps. Linear in the page: one pass over the <p>s and one over the
 * links, ancestors looked up through a memo; bounded by the meter's cap (a page too large for it
 * is judged by what was read, and the verdict says `truncated`).
 */
export function* detectSteps(doc: Document, meter: Meter): Steps<Detection> {
  const up = new Ancestry(meter);
  const signals: string[] = [];
  let score = 0;

  const lists = yield* gatherTags(doc.documentElement, DETECT_TAGS, meter);
  const items = readJsonLd(doc, listOf(lists, 'script'));
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
  for (const meta of listOf(lists, 'meta')) {
    if (meta.getAttribute('property') === 'og:type') {
      ogType = meta.getAttribute('content')?.trim().toLowerCase();
      break;
    }
  }
  if (ogType === 'article') {
    signals.push('og:type=article');
    score += 2;
  }

  yield;
  const stats = yield* bodyStatsSteps(doc, meter, up, lists);
  if (stats.chars >= 1000 && (stats.paragraphs >= 3 || stats.chars >= 1800)) {
    signals.push('text-density');
    score += 3;
  } else if (stats.chars >= 400 && stats.paragraphs >= 2) {
    signals.push('text-density:low');
    score += 1;
  }
  if (stats.chars >= 200 && up.closest(stats.body, 'article')) {
    signals.push('article-element');
    score += 2;
  }

  // Only a page without a substantial body can be a grid: articles often carry teaser rails too.
  // An explicit declaration (JSON-LD article, or og:type=article over some body text) is not
  // overruled by the page's furniture: a story page with a rail of headlines is still a story.
  const declared =
    jsonLdArticle !== undefined || (ogType === 'article' && stats.chars >= 400 && stats.paragraphs >= 2);
  if (stats.chars < 1000 && !declared) {
    const teasers = listOf(lists, 'article').length;
    const links = teasers >= 4 ? 0 : yield* headlineLinks(lists, meter, up);
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

  const detection: Detection = { isArticle: score >= 3, signals, score };
  if (meter.truncated) detection.truncated = true;
  return detection;
}
