/**
 * The outlet's own related stories: links under headings like "More from ...", "Related",
 * "Read more", "Recommended". Promoted, sponsored and partner widgets ("PROMOTED STORIES",
 * Taboola/Outbrain-style boxes) are not the outlet's editorial choice: their links are left out
 * and counted, so the reader sees that they were there.
 */
import type { RelatedInput } from '../analysis/types';
import { classAttr } from './attributes';
import { Meter, runToEnd, type Steps } from './slice';
import { elementsUnder, shortText } from './textmap';

const RELATED_HEADING =
  /^(?:more (?:from|in|on|about|stories|news|articles|coverage|like this)|related(?: (?:stories|articles|news|content|coverage|reading|links|topics))?$|related:|read (?:more|next|also)|also read|recommended(?: for you| stories| articles| reading)?$|further reading|what to read next|you (?:might|may) also (?:like|want to read|be interested))/i;

const PROMO_HEADING =
  /^(?:promoted|sponsored|paid (?:content|post|partner|for by)|partner (?:content|stories|offers?)|from (?:around|across) the web|(?:ads|stories|content) by|recommended by|advertisement|around the web)/i;

/** Class or id fragments of ad and content-recommendation widgets. */
const PROMO_CLASS =
  /taboola|outbrain|revcontent|zergnet|mgid|plista|ligatus|dianomi|nativo|sponsor|promoted|paid-?content|partner-?content|native-?ad|adchoices|(?:^|[\s_-])ads?(?:$|[\s_-])/i;

/** Widgets known by their class or id alone, with or without a heading. */
const PROMO_WIDGET =
  /taboola|outbrain|revcontent|zergnet|mgid|sponsor|promoted|paid-content|partner-content|native-ad/i;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_CLASS = /title|heading|header|label/i;

/** Containers this broad are the page itself, never a link box. */
const BROAD = new Set(['body', 'html', 'main', 'article']);

export interface RelatedFound {
  /** Undefined when the page has no related block and no promoted links. */
  related?: RelatedInput;
  /** Related and promoted blocks (and their headings): article extraction leaves them out. */
  blocks: Element[];
}

function norm(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function classAndId(el: Element): string {
  return `${classAttr(el)} ${el.getAttribute('id') ?? ''}`;
}

/**
 * True when the element or a near ancestor (below `stop`, at most two levels up) is marked as
 * an ad or sponsored widget. Page-wide wrappers far above ("ads-enabled" layouts) say nothing
 * about one box; widgets that label their content organic hold the outlet's own stories.
 */
function isPromoted(el: Element, stop: Element | null): boolean {
  let depth = 0;
  for (let e: Element | null = el; e && e !== stop && depth < 3; e = e.parentElement, depth++) {
    const names = classAndId(e);
    if (/organic/i.test(names)) return false;
    if (PROMO_CLASS.test(names)) return true;
    const rel = e.getAttribute('rel');
    if (rel && /\bsponsored\b/i.test(rel)) return true;
  }
  return false;
}

/** Stands in for the page's address when there is none, to tell relative hrefs from other schemes. */
const NO_BASE = 'https://no-base.invalid/';

/**
 * A link's address, or null unless it is an http(s) link. Decided on the URL as the browser parses
 * it, not on the attribute's text: the parser drops tabs and newlines and the HTML parser decodes
 * entities, so `java\nscript:` or `&#106;avascript:` would pass a test of the raw text and then
 * become `javascript:`. With an http(s) page address the result is absolute; without one (a saved
 * file, a test document) a relative href is kept as written.
 */
function linkUrl(a: Element, base?: string): string | null {
  const href = a.getAttribute('href')?.trim();
  if (!href || href.startsWith('#')) return null;
  const httpBase = base && /^https?:/i.test(base) ? base : undefined;
  let url: URL;
  try {
    url = new URL(href, httpBase ?? NO_BASE);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!httpBase && url.href.startsWith(NO_BASE)) return href;
  return url.href;
}

/** A link's headline, or '' when it is not one (icons, "Read more", brand names). */
function linkTitle(a: Element): string {
  const title = norm(a.textContent) || norm(a.getAttribute('aria-label')) || norm(a.getAttribute('title'));
  return title.split(' ').length >= 3 ? title : '';
}

/** Links with an href (a tag walk: cheaper than an attribute selector in small DOMs). */
function linksIn(el: Element): Element[] {
  const out: Element[] = [];
  for (const a of el.getElementsByTagName('a')) if (a.hasAttribute('href')) out.push(a);
  return out;
}

function linkDensity(el: Element): number {
  const total = norm(el.textContent).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += norm(a.textContent).length;
  return linked / total;
}

/** Related headings and promoted widgets taken in at most: a bound on what a hostile page can ask for. */
const MAX_BOXES = 40;

/** One pass over the page: heading-like elements, and widgets marked by class or id. */
function* scan(doc: Document, meter: Meter): Steps<{ headings: Element[]; widgets: Element[] }> {
  const headings: Element[] = [];
  const widgets: Element[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return { headings, widgets };
  for (const el of elementsUnder(root)) {
    if (meter.tick()) yield;
    if (meter.spent) break;
    const cls = classAttr(el);
    const id = el.getAttribute('id');
    if ((cls || id) && PROMO_WIDGET.test(`${cls ?? ''} ${id ?? ''}`)) widgets.push(el);
    if (
      HEADING_TAGS.has(el.localName) ||
      el.getAttribute('role') === 'heading' ||
      // A class-named heading is a small element; big containers called "header" are page chrome.
      (cls && HEADING_CLASS.test(cls) && el.childElementCount <= 2)
    ) {
      headings.push(el);
    }
  }
  return { headings, widgets };
}

/**
 * The block a heading introduces: the nearest ancestor that holds links besides the heading's
 * own and is mostly links; else the heading's following siblings up to the next heading.
 */
function blockOf(heading: Element): Element[] {
  let el = heading;
  for (let depth = 0; depth < 4; depth++) {
    const parent = el.parentElement;
    if (!parent || BROAD.has(parent.localName)) break;
    el = parent;
    const links = linksIn(el).filter((a) => !heading.contains(a));
    if (links.length === 0) continue;
    if (linkDensity(el) >= 0.35) return [el];
    break;
  }
  const siblings: Element[] = [];
  for (let s = heading.nextElementSibling; s && siblings.length < 4; s = s.nextElementSibling) {
    if (/^h[1-6]$/.test(s.localName) || s.querySelector('h1,h2,h3,h4,h5,h6')) break;
    siblings.push(s);
  }
  return siblings;
}

export function findRelated(doc: Document, baseUrl?: string): RelatedFound {
  return runToEnd(findRelatedSteps(doc, baseUrl, new Meter()));
}

/** findRelated as resumable steps: one metered pass over the page, then at most MAX_BOXES boxes. */
export function* findRelatedSteps(
  doc: Document,
  baseUrl: string | undefined,
  meter: Meter,
): Steps<RelatedFound> {
  const blocks: Element[] = [];
  const promotedRoots: Element[] = [];
  const relatedRoots: { heading: string; roots: Element[] }[] = [];

  const { headings, widgets } = yield* scan(doc, meter);
  let boxes = 0;
  for (const h of headings) {
    if (meter.tick()) yield;
    if (boxes >= MAX_BOXES) break;
    // A heading is short: its text is read from a few nodes at most (a page may nest thousands
    // of "title" elements in one another, and reading each one whole would be quadratic).
    const raw = shortText(h, 400, 64);
    if (raw === null) continue;
    const text = norm(raw);
    if (text.length < 4 || text.length > 80) continue;
    const promo = PROMO_HEADING.test(text);
    if (!promo && !RELATED_HEADING.test(text)) continue;
    // A title-classed wrapper around a matching heading would find the same block twice.
    if (blocks.some((b) => b.contains(h))) continue;
    const roots = blockOf(h);
    if (roots.length === 0) continue;
    boxes++;
    blocks.push(h, ...roots);
    if (promo || roots.some((r) => isPromoted(r, null))) promotedRoots.push(...roots);
    else relatedRoots.push({ heading: text, roots });
  }
  // Widgets known by their class or id, with or without a heading.
  for (const el of widgets) {
    if (meter.tick()) yield;
    if (boxes >= 2 * MAX_BOXES) break;
    if (BROAD.has(el.localName) || blocks.some((b) => b.contains(el))) continue;
    if (linksIn(el).length === 0) continue;
    boxes++;
    blocks.push(el);
    promotedRoots.push(el);
  }

  const excludedHrefs = new Set<string>();
  for (const root of promotedRoots) {
    for (const a of linksIn(root)) {
      const url = linkUrl(a, baseUrl);
      if (url && linkTitle(a)) excludedHrefs.add(url);
    }
  }

  const links: { title: string; url: string }[] = [];
  const seen = new Set<string>();
  for (const { roots } of relatedRoots) {
    for (const root of roots) {
      for (const a of linksIn(root)) {
        const url = linkUrl(a, baseUrl);
        const title = linkTitle(a);
        if (!url || !title) continue;
        if (isPromoted(a, root.parentElement)) {
          excludedHrefs.add(url);
          continue;
        }
        if (seen.has(url)) continue;
        seen.add(url);
        links.push({ title, url });
      }
    }
  }

  if (relatedRoots.length === 0 && excludedHrefs.size === 0) return { blocks };
  const related: RelatedInput = { links, excluded: excludedHrefs.size };
  if (relatedRoots[0]) related.heading = relatedRoots[0].heading;
  return { related, blocks };
}
