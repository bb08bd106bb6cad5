/**
 * The opening of an article, asked for on its own before the whole, so the first marks come
 * sooner: the background's analysis costs about three times less on the first screenful of text
 * with no related headlines than on the demo article as a whole, and the whole follows at once.
 *
 * The engine reads text in order, so marks in the opening come out the same in both analyses on
 * nearly every page (tests/dom/session-first-look.test.ts); where a later sentence changes one
 * (e.g. a name introduced further down), the full Report's mark replaces it a moment later.
 * Chosen by characters, not layout: at document_end, measuring the page would force a layout.
 */
import type { ArticleInput } from '../analysis/types';

/** About a first screenful of article text. */
export const FIRST_LOOK_CHARS = 1500;

/**
 * The blocks of the article's first FIRST_LOOK_CHARS characters (at least one block), without the
 * related headlines; null when they are more than half the article (one request is then quicker).
 */
export function firstLook(input: ArticleInput, budget = FIRST_LOOK_CHARS): ArticleInput | null {
  const total = input.blocks.reduce((sum, b) => sum + b.text.length, 0);
  let chars = 0;
  let count = 0;
  for (const b of input.blocks) {
    if (count > 0 && chars + b.text.length > budget) break;
    chars += b.text.length;
    count++;
  }
  if (count === 0 || chars * 2 > total) return null;
  return { meta: input.meta, blocks: input.blocks.slice(0, count) };
}
