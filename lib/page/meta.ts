/**
 * Page metadata: JSON-LD first (what the outlet states about the article), then Open Graph and
 * <meta> tags, then the visible page. Also the JSON-LD reader the detector uses.
 */
import type { ArticleMeta } from '../analysis/types';
import { declaredLanguage } from './language';

type Json = Record<string, unknown>;

/** Schema.org types that are an article in the sense of this product (news, reportage, blog). */
export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenews',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'report',
]);

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

/**
 * The page's top-level JSON-LD items: each script's object, array members and @graph members
 * (nested entities such as an ItemList's elements are not top-level and are not returned).
 */
export function readJsonLd(doc: Document): Json[] {
  const items: Json[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) add(v);
    } else if (isObject(value)) {
      if (Array.isArray(value['@graph'])) add(value['@graph']);
      if (value['@type'] !== undefined) items.push(value);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block says nothing; other blocks may still be valid.
    }
  }
  return items;
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

function metaContent(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const value = clean(el?.getAttribute('content'));
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

export function readMeta(doc: Document, url?: string, items: Json[] = readJsonLd(doc)): ArticleMeta {
  const article = articleItem(items);
  const docTitle = textOf(doc.querySelector('title'));
  const title =
    clean(article?.headline) ??
    clean(article?.name) ??
    metaContent(doc, 'og:title', 'twitter:title') ??
    textOf(doc.querySelector('h1')) ??
    docTitle;
  const publisher = article?.publisher ?? items.find((i) => typesOf(i).includes('organization'));
  const site =
    metaContent(doc, 'og:site_name', 'application-name') ?? nameOf(publisher) ?? siteFromTitle(docTitle);
  const byline =
    nameOf(article?.author) ??
    metaContent(doc, 'author', 'article:author', 'byl') ??
    textOf(doc.querySelector('[rel="author"], [itemprop="author"]'));
  const date =
    clean(article?.datePublished) ??
    metaContent(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date') ??
    clean(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  const meta: ArticleMeta = {};
  if (title) meta.title = title;
  if (site) meta.site = site;
  if (byline) meta.byline = byline.replace(/^by\s+/i, '');
  if (date) meta.date = date;
  const lang = declaredLanguage(doc);
  if (lang) meta.lang = lang;
  if (url) meta.url = url;
  return meta;
}
