/**
 * The first stage's cheaper test before article detection (lib/page/detect.ts): false only for a
 * page that detection can never take for an article, so no article is lost; true means "run the
 * detection". It costs the page little because it reads few elements: two selector queries that
 * find nothing on most pages, then the text length of the <p> elements until enough is found.
 *
 * Why it cannot lose an article. Detection needs a score of 3. Without a JSON-LD script or a
 * microdata item (asked for here, more loosely than detection reads them), the score can only
 * come from og:type=article (2), the body's text density (1 from 400 characters, 3 from 1,000) and
 * the body sitting in an <article> (2, from 200 characters); so it needs a body of at least 200
 * characters, and a body counts only <p> elements of at least 80 characters (BODY_PARAGRAPH) by
 * detection's measure (textLength, the text with its ends trimmed). Every body's characters are a
 * share of the sum of those paragraphs over the page, and a paragraph's whole text (textContent,
 * read here) is never shorter than its textLength, so a page whose paragraphs of 80 or more
 * characters add up to less than 200 is never an article. tests/dom/detect-first.test.ts checks that on every detection fixture and on generated
 * pages.
 */
import { BODY_PARAGRAPH } from './detect';

/** The smallest body detection can score on (its `article-element` signal). */
const SMALLEST_BODY = 200;
/** Past this many paragraphs it stops reading and says "maybe" (detection itself is bounded). */
const MAX_PARAGRAPHS = 2_000;

/** A JSON-LD script of any case and spacing, and any microdata item with a type. */
const DECLARED = 'script[type*="ld+json" i], [itemscope][itemtype]';

export function mayBeArticle(doc: Document): boolean {
  if (doc.querySelector(DECLARED)) return true;
  const paragraphs = doc.getElementsByTagName('p');
  if (paragraphs.length > MAX_PARAGRAPHS) return true;
  let chars = 0;
  for (const p of paragraphs) {
    // All of the paragraph's text as it stands, so never less than detection's textLength (which
    // trims the ends): measured in Chromium, walking the text nodes instead costs the page ~0.4 ms.
    const len = p.textContent?.length ?? 0;
    if (len >= BODY_PARAGRAPH) {
      chars += len;
      if (chars >= SMALLEST_BODY) return true;
    }
  }
  return false;
}
