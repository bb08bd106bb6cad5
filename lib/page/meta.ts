/**
 * Page metadata: JSON-LD first (what the outlet states about the article), then Open Graph and
 * <meta> tags, then the visible page. Also the JSON-LD reader the detector uses.
 */
import type { ArticleMeta } from '../analysis/types';
import { declaredLanguage } from './language';
import { listOf, type TagLists } from './tag-lists';
import { closestTag, elementsUnder } from './textmap';

type Json = Record<string, unknown>;

/** Schema.org types that are an article in the sense of this product (news, reportage, blog). */
const ARTICLE_TYPE_NAMES = [
  'Article',
  'NewsArticle',
  'ReportageNews',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'TechArticle',
  'BlogPosting',
  'SocialMediaPosting',
  'LiveBlogPosting',
  'Report',
];

/** Lower-cased type -> schema.org's spelling (types are matched without regard to case). */
export const ARTICLE_TYPES = new Map(ARTICLE_TYPE_NAMES.map((name) => [name.toLowerCase(), name]));

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "schema:NewsArticle", "https://schema.org/NewsArticle", ["NewsArticle"] -> ["newsarticle"]. */
export function typesOf(item: Json): string[] {
  const raw = item['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).toLowerCase());
}

/** JSON-LD read per page at most (a real page has a few kilobytes; a hostile one could have megabytes). */
const JSON_LD_CHARS = 1_000_000;

/**
 * The blocks the last call read, by their text: detection and extraction each read the page's
 * JSON-LD, and the same text is parsed once (the values are only read, never changed).
 */
let lastParsed = new Map<string, unknown>();

/**
 * The page's top-level JSON-LD items: each script's object, array members and @graph members
 * (nested entities such as an ItemList's elements are not top-level and are not returned).
 */
export function readJsonLd(
  doc: Document,
  scripts: Iterable<Element> = doc.getElementsByTagName('script'),
): Json[] {
  const items: Json[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) add(v);
    } else if (isObject(value)) {
      if (Array.isArray(value['@graph'])) add(value['@graph']);
      if (value['@type'] !== undefined) items.push(value);
    }
  };
  // The scripts (every <script>, or the list a caller gathered) + an attribute check: cheaper than
  // an attribute selector in every DOM.
  let budget = JSON_LD_CHARS;
  const parsed = new Map<string, unknown>();
  for (const script of scripts) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    budget -= text.length;
    if (budget < 0) break;
    const value = lastParsed.has(text) ? lastParsed.get(text) : parseLenient(text);
    parsed.set(text, value);
    // A block that cannot be read even leniently says nothing; other blocks may still be valid.
    if (value !== undefined) add(value);
  }
  lastParsed = parsed;
  return items;
}

/**
 * Line breaks and tabs: invalid raw inside a JSON string, mere spaces outside one. Other control
 * characters are left as they are (a block holding them stays unread, as before): they are no
 * publisher's slip.
 */
const LINE_BREAKS = /[\t\n\r]+/g;

/**
 * JSON.parse, then, when that fails, the slips publishers' JSON-LD often has: raw line breaks
 * and tabs inside strings (an articleBody pasted in), a CDATA or comment wrapper, trailing commas.
 */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // fall through to the lenient read
  }
  const cleaned = text
    .replace(/^\s*(?:\/\/\s*)?(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '')
    .replace(/(?:\/\/\s*)?(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/, '')
    .replace(LINE_BREAKS, ' ')
    .replace(/,\s*([}\]])/g, '$1');
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

/** The JSON-LD item describing the article, if any (also through WebPage.mainEntity). */
export function articleItem(items: Json[]): Json | undefined {
  for (const item of items) {
    if (typesOf(item).some((t) => ARTICLE_TYPES.has(t))) return item;
    const main = item.mainEntity;
    if (isObject(main) && typesOf(main).some((t) => ARTICLE_TYPES.has(t))) return main;
  }
  return undefined;
}

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length ? names.join(', ') : undefined;
  }
  if (isObject(value)) return clean(value.name);
  return undefined;
}

/** Every <meta> tag's content by its property, name, itemprop or http-equiv (lower case), first wins. */
export function metaTags(
  doc: Document,
  metas: Iterable<Element> = doc.getElementsByTagName('meta'),
): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of metas) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function metaContent(tags: Map<string, string>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = clean(tags.get(key.toLowerCase()));
    if (value) return value;
  }
  return undefined;
}

function textOf(el: Element | null | undefined): string | undefined {
  return clean(el?.textContent ?? undefined);
}

/** "Headline | The Post" -> "The Post", when the tail is short enough to be a site name. */
function siteFromTitle(title: string | undefined): string | undefined {
  const m = title?.match(/\s[|–—-]\s([^|–—-]{2,40})$/);
  return m ? clean(m[1]) : undefined;
}

/** Whether el names the article's author in markup (itemprop=author, rel=author). */
export function isAuthorElement(el: Element): boolean {
  return el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author';
}

/** The visible author link or element (one tag walk instead of an attribute selector). */
function authorElement(doc: Document): Element | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  for (const el of elementsUnder(root)) if (isAuthorElement(el)) return el;
  return null;
}

/** A <time datetime>, preferring one inside an <article> (among the first few: a bound on huge pages). */
function timeElement(times: Iterable<Element>): Element | null {
  let first: Element | null = null;
  let seen = 0;
  for (const el of times) {
    if (++seen > 50) break;
    if (!el.hasAttribute('datetime')) continue;
    if (closestTag(el, 'article', 200)) return el;
    first ??= el;
  }
  return first;
}

/**
 * The article's metadata. `author`: the author element when the caller has already walked the
 * page for it (undefined: walk here); `lists`: the page's meta, title, h1 and time elements when
 * the caller has gathered them (undefined: ask the document).
 */
export function readMeta(
  doc: Document,
  url?: string,
  items: Json[] = readJsonLd(doc),
  author?: Element | null,
  lists?: TagLists,
): ArticleMeta {
  const tagged = (tag: string): ArrayLike<Element> & Iterable<Element> =>
    lists ? listOf(lists, tag) : doc.getElementsByTagName(tag);
  const tags = metaTags(doc, tagged('meta'));
  const article = articleItem(items);
  const docTitle = textOf(tagged('title')[0]);
  const title =
    clean(article?.headline) ??
    clean(article?.name) ??
    metaContent(tags, 'og:title', 'twitter:title') ??
    textOf(tagged('h1')[0]) ??
    docTitle;
  const publisher = article?.publisher ?? items.find((i) => typesOf(i).includes('organization'));
  const site =
    metaContent(tags, 'og:site_name', 'application-name') ?? nameOf(publisher) ?? siteFromTitle(docTitle);
  const byline =
    nameOf(article?.author) ??
    metaContent(tags, 'author', 'article:author', 'byl') ??
    textOf(author === undefined ? authorElement(doc) : author);
  const date =
    clean(article?.datePublished) ??
    metaContent(tags, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date') ??
    clean(timeElement(tagged('time'))?.getAttribute('datetime'));
  const meta: ArticleMeta = {};
  if (title) meta.title = title;
  if (site) meta.site = site;
  if (byline) meta.byline = byline.replace(/^by\s+/i, '');
  if (date) meta.date = date;
  const lang = declaredLanguage(doc, tags);
  if (lang) meta.lang = lang;
  if (url) meta.url = url;
  return meta;
}
