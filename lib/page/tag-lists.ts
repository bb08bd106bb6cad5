/**
 * The elements of a few tags, gathered in one walk. Detection and extraction each read several
 * tags page-wide (paragraphs, divs, links, meta, scripts, headings); asking getElementsByTagName
 * once per tag walks the whole tree once per tag in linkedom (the CLI and the bench), and one walk
 * costs about what one native call costs in a browser. The walk counts on the meter and pauses
 * like the rest of the page work.
 */
import type { Meter, Steps } from './slice';

/** Each wanted tag's elements in document order (an empty list for a tag the page lacks). */
export type TagLists = ReadonlyMap<string, readonly Element[]>;

/** The list for one tag (empty when it was not gathered). */
export function listOf(lists: TagLists, tag: string): readonly Element[] {
  return lists.get(tag) ?? [];
}

/**
 * Every element of the wanted tags (lower-case local names) in root's subtree, root included, in
 * document order. `visit`, when given, sees every element of the walk as well. Stops where the
 * meter's cap is reached (the lists then cover the page up to there).
 */
export function* gatherTags(
  root: Element | null,
  tags: readonly string[],
  meter: Meter,
  visit?: (el: Element) => void,
): Steps<TagLists> {
  const lists = new Map<string, Element[]>();
  for (const tag of tags) lists.set(tag, []);
  let el: Element | null = root;
  while (el) {
    if (meter.tick()) yield;
    if (meter.spent) break;
    lists.get(el.localName)?.push(el);
    visit?.(el);
    let next: Element | null = el.firstElementChild;
    // Up until a next sibling, never above root.
    while (!next && el && el !== root) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
  return lists;
}
