/**
 * What page chrome looks like: the extraction leaves it out, and the root finder scores it down.
 */
import { classAttr } from './attributes';

/** Page chrome that never holds article text. */
export const CHROME_TAGS = new Set([
  'nav',
  'aside',
  'footer',
  'figure',
  'form',
  'dialog',
  'menu',
  'pre',
  'table',
]);

/**
 * Class/id fragments of chrome inside an article: share bars, bylines, captions, sign-up boxes,
 * feedback prompts, "recommend this" footers, author notes, call-to-action boxes, post meta lists,
 * e-mail opt-ins, footers (author cards under a post), wiki notices (hatnote, ambox, metadata).
 */
export const CHROME_CLASS =
  /share(?!d)|social|newsletter|subscribe|signup|related|recirc|promo|sponsor|comment|advert|byline|dateline|author-?(?:bio|note)|breadcrumb|(?:^|[\s_-])(?:tags?|cta|meta(?:data|list))(?:$|[\s_-])|opt-?in|footer|toolbar|caption|credit|paywall|cookie|popup|modal|visually-?hidden|sr-only|screen-?reader|feedback|recommend|call-?to-?action|hatnote|ambox|notice/i;

/** A `hidden` class: a stylesheet hides it (asked of the browser in a live page, guessed for detached documents). */
export const HIDDEN_CLASS = /(?:^|[\s_-])hidden(?:$|[\s_-])/i;

/** Photo galleries and slideshows: their captions are pictures' stories, often other stories. */
export const GALLERY_CLASS = /gallery|slideshow|carousel/i;

/** aria-labels that name chrome: read from their start, since a label is free text. */
export const CHROME_LABEL =
  /^(?:share|related|recommended|more (?:stories|from)|newsletter|comments|feedback|advertisement)/i;

/** Roles of chrome: navigation, asides, site banner and footer, notes set apart from the text. */
export const CHROME_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'note']);

/**
 * Chrome by its own markup (tag, role, aria-label, class or id), not by where it sits. Tables and
 * <pre> are left to the caller: a layout table can hold the whole article.
 */
export function looksLikeChrome(el: Element, tags: ReadonlySet<string> = CHROME_TAGS): boolean {
  if (tags.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const label = el.getAttribute('aria-label');
  if (label && CHROME_LABEL.test(label)) return true;
  const names = `${classAttr(el)} ${el.getAttribute('id') ?? ''}`;
  return CHROME_CLASS.test(names) || HIDDEN_CLASS.test(names);
}
