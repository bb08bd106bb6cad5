/**
 * The article's root in the page, found the way Mozilla Readability finds it (its heuristics,
 * written again for a live, read-only page and a linear budget):
 * - text units are <p>, <pre>, <td> and "text divs" (a div none of whose children is a block);
 * - a unit of 25+ characters scores 1 + its commas + one per 100 characters (at most 3), added to
 *   its parent in full, its grandparent by half, and further ancestors (up to 5) by a third of
 *   their level;
 * - a candidate starts from its tag (div +5; lists, forms -3; headings -5) and its class and id
 *   (+25 for article/body/content/post/story..., -25 for comment/footer/sidebar/share...), and
 *   its score is scaled by the share of its text that is not in links;
 * - the best candidate widens to a parent that scores higher, and to a lone child's parent;
 * - its siblings join when they score close to it (a story cut into several blocks), or are
 *   paragraphs of prose with few links.
 * Work: each unit is read once with a cap, each candidate's links are counted for the best few only.
 */
import type { Ancestry } from './ancestry';
import { classAttr } from './attributes';
import { CHROME_LABEL, CHROME_ROLES } from './chrome';
import type { Meter, Steps } from './slice';
import { elementsUnder, isEditable, isHidden, nextInside, textStats } from './textmap';

/** Children that make a div a container, not a paragraph of text. */
export const BLOCK_CHILD = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dl',
  'div',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'img',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/** A paragraph counts up to this many characters: its score stops growing at 300 anyway. */
const UNIT_CAP = 2000;

/** Candidates whose links are counted (the rest keep their raw score). */
const TOP_CANDIDATES = 5;

export interface RootFound {
  /** Where the block walk starts. */
  root: Element | null;
  /** The best candidate before widening (the body text's own container): it and its ancestors are never chrome. */
  body: Element | null;
  /** Children of `root` left out of the walk: siblings of the body that did not join it. */
  excluded: Set<Element>;
  /** Parents of scored text units: a short text div under one of them is article text too. */
  contentParents: Set<Element>;
}

function classWeight(el: Element): number {
  let w = 0;
  for (const name of [classAttr(el), el.getAttribute('id')]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) w -= 25;
    if (POSITIVE.test(name)) w += 25;
  }
  return w;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function words(text: string): number {
  let n = 0;
  for (const part of text.split(' ')) if (/\p{L}{2}/u.test(part)) n++;
  return n;
}

/** A div whose children are all inline: Readability reads it as a paragraph. */
export function isTextDiv(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (BLOCK_CHILD.has(c.localName)) return false;
  return true;
}

/** Share of el's text inside links (read with a cap: a long body's share is known long before its end). */
function* linkDensity(el: Element, meter: Meter, up: Ancestry): Steps<number> {
  const length = yield* textLengthSteps(el, 200_000, meter);
  if (length === 0) return 0;
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) {
    if (meter.tick()) yield;
    if (meter.spent) break;
    // A link inside a link was counted with the outer one (and reading both would be quadratic).
    if (up.closest(a.parentElement, 'a')) continue;
    linked += textStats(a, 2000, meter).length;
    if (linked >= length) break;
  }
  return Math.min(1, linked / length);
}

/** The length of el's text (raw, up to `cap`), read in steps that may pause. */
function* textLengthSteps(el: Element, cap: number, meter: Meter): Steps<number> {
  let length = 0;
  for (let node: Node | null = el.firstChild; node && length < cap; node = nextInside(node, el)) {
    if (meter.tick()) yield;
    if (meter.spent) break;
    if (node.nodeType === 3) length += (node as Text).data.length;
  }
  return length;
}

/**
 * Names of boxes set beside or under the text (the extraction's chrome names without those that
 * also name page-wide wrappers: modal, popup, paywall, hidden, notice can hold a whole article).
 */
const BOX_NAMES =
  /share(?!d)|social|newsletter|subscribe|signup|related|recirc|promo|sponsor|comment|advert|byline|author-?(?:bio|note)|breadcrumb|(?:^|[\s_-])(?:tags|cta|meta(?:data|list))(?:$|[\s_-])|opt-?in|footer|toolbar|caption|feedback|recommend|call-?to-?action|hatnote|ambox/i;

/** Whole class tokens that name the post itself. */
const THE_POST = /(?:^|\s)(?:post|hentry|h-entry|entry|article|story)(?:\s|$)/i;

/** Chrome tags that never hold an article (tables and <pre> can: layout tables, code). */
const CHROME_TAG = new Set(['nav', 'aside', 'footer', 'figure', 'form', 'dialog', 'menu']);

/**
 * Chrome for the scoring: boxes the extraction takes for chrome (share bars, asides, footers).
 * "tags" only in the plural: WordPress puts a "tag-…" class per tag on the post itself; and an
 * <article> or an element classed as the post is never a box.
 */
function isChromeBox(el: Element): boolean {
  if (CHROME_TAG.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const label = el.getAttribute('aria-label');
  if (label && CHROME_LABEL.test(label)) return true;
  const names = `${classAttr(el)} ${el.getAttribute('id') ?? ''}`;
  // An <article>, or an element named as the post itself, is no box ("post commented").
  return BOX_NAMES.test(names) && el.localName !== 'article' && !THE_POST.test(names);
}

/** Readability's negative weight, also for chrome boxes. */
function chromeWeight(el: Element): number {
  return isChromeBox(el) ? -25 : 0;
}

/**
 * Whether el or an ancestor is skipped, hidden or editable; `memo` caches answers for shared
 * ancestors, so a walk over many elements stays linear. Counts the ancestors read on `meter`.
 */
export function insideSkipped(
  el: Element,
  skip: Set<Element>,
  memo = new Map<Element, boolean>(),
  meter?: Meter,
): boolean {
  const seen: Element[] = [];
  let answer = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      answer = known;
      break;
    }
    seen.push(e);
    // What a reader is typing (an editor, a webmail draft) is not an article. aria-hidden is
    // left aside: sites set it on the whole page while a dialog is open.
    if (skip.has(e) || isHidden(e, false) || isEditable(e)) {
      answer = true;
      break;
    }
  }
  for (const e of seen) memo.set(e, answer);
  meter?.count(seen.length);
  return answer;
}

/** Prose a sibling must hold to join the body: this many paragraphs of this many characters. */
const SIBLING_PARAGRAPHS = 3;
const SIBLING_PROSE_CHARS = 500;

/**
 * Whether el holds paragraphs of prose (<p>s or divs of text of 80+ characters, few of them in
 * links) outside chrome boxes, and little of its whole text in links. One walk over el's subtree;
 * the body's siblings are disjoint, so all of them together cost one walk over the page.
 */
function* holdsProse(el: Element, meter: Meter, up: Ancestry): Steps<boolean> {
  let paragraphs = 0;
  let chars = 0;
  let linkedHeadings = 0;
  let node: Element | null = el.firstElementChild;
  while (node) {
    if (meter.tick()) yield;
    if (meter.spent) return false;
    let descend = true;
    const tag = node.localName;
    // Headlines that link elsewhere: teasers for other stories, each with its blurb.
    if (tag === 'a' && (up.closest(node, 'h2') || up.closest(node, 'h3') || up.closest(node, 'h4')))
      linkedHeadings++;
    else if ((tag === 'h2' || tag === 'h3' || tag === 'h4') && up.closest(node.parentElement, 'a'))
      linkedHeadings++;
    if (linkedHeadings >= 2) return false;
    if (isChromeBox(node)) descend = false;
    else if (tag === 'p' || (tag === 'div' && isTextDiv(node))) {
      descend = false;
      const { length, text } = textStats(node, UNIT_CAP, meter, true);
      // Prose: words, not a run of labels or numbers.
      if (length >= 80 && words(text) >= 8 && (yield* linkDensity(node, meter, up)) < 0.25) {
        paragraphs++;
        chars += length;
      }
    }
    if (descend && node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== el && !node.nextElementSibling) node = node.parentElement;
    node = node && node !== el ? node.nextElementSibling : null;
  }
  if (paragraphs < SIBLING_PARAGRAPHS || chars < SIBLING_PROSE_CHARS) return false;
  return (yield* linkDensity(el, meter, up)) < 0.25;
}

export function* findRoot(doc: Document, skip: Set<Element>, meter: Meter, up: Ancestry): Steps<RootFound> {
  const scores = new Map<Element, number>();
  const memo = new Map<Element, boolean>();
  const contentParents = new Set<Element>();
  const skipped = (el: Element): boolean => insideSkipped(el, skip, memo, meter);
  const candidate = (el: Element): number => {
    let s = scores.get(el);
    if (s === undefined) {
      s = tagWeight(el.localName) + classWeight(el) + chromeWeight(el);
      scores.set(el, s);
    }
    return s;
  };

  // Units inside chrome (a share bar, a notice box, a footer) wait: they score only when the page
  // has no other text (an unclosed share-bar wrapper can swallow a whole article).
  const chromeMemo = new Map<Element, boolean>();
  const inChrome = (el: Element): boolean => {
    const seen: Element[] = [];
    let answer = false;
    for (
      let e: Element | null = el;
      e && e.localName !== 'body' && e.localName !== 'html';
      e = e.parentElement
    ) {
      const known = chromeMemo.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      seen.push(e);
      if (isChromeBox(e)) {
        answer = true;
        break;
      }
    }
    for (const e of seen) chromeMemo.set(e, answer);
    meter.count(seen.length);
    return answer;
  };
  const waiting: [Element, boolean][] = [];
  const score = (unit: Element, late = false, prose = false): void => {
    if (up.closest(unit.parentElement, 'p')) return;
    if (!late && inChrome(unit)) {
      waiting.push([unit, prose]);
      return;
    }
    const { length, commas, text } = textStats(unit, UNIT_CAP, meter, prose);
    if (length < 25 || skipped(unit)) return;
    // A text div counts when it reads as prose (words), not a run of labels, numbers or icons.
    if (prose && words(text) < 5) return;
    const points = 1 + commas + Math.min(Math.floor(length / 100), 3);
    let level = 0;
    for (let e = unit.parentElement; e && level < 5; e = e.parentElement, level++) {
      if (e.localName === 'html' || e.localName === 'body') break;
      if (level === 0 && !contentParents.has(e)) {
        contentParents.add(e);
        // A unit alone in its wrapper (every line of a story wrapped in a div of its own): the
        // wrapper's parent holds the article's paragraphs too, its short lines included.
        if (e.childElementCount === 1 && e.parentElement) contentParents.add(e.parentElement);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(e, candidate(e) + points / divider);
    }
  };

  // One walk over the page for every kind of text unit (a tag list per kind would walk it four times).
  const top0 = doc.documentElement;
  if (top0) {
    for (const el of elementsUnder(top0)) {
      if (meter.tick()) yield;
      if (meter.spent) break;
      const tag = el.localName;
      if (tag === 'p' || tag === 'pre' || tag === 'td') score(el);
      else if (tag === 'div' && isTextDiv(el)) score(el, false, true);
    }
  }
  if (scores.size === 0) {
    for (const [unit, prose] of waiting) {
      if (meter.tick()) yield;
      score(unit, true, prose);
    }
  }

  // The best few by raw score, then scaled by their share of text outside links.
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  let top: Element | null = null;
  let topScore = 0;
  const final = new Map<Element, number>();
  for (const [el, raw] of ranked) {
    if (meter.tick()) yield;
    if (meter.spent && top) break;
    const s = raw * (1 - (yield* linkDensity(el, meter, up)));
    final.set(el, s);
    if (s > topScore) {
      topScore = s;
      top = el;
    }
  }
  if (!top) return { root: doc.body, body: null, excluded: new Set(), contentParents };
  const scoreOf = (el: Element): number | undefined => final.get(el) ?? scores.get(el);
  const core = top;

  // Several near-best candidates under one ancestor: the story is cut into parts (steps, pages
  // of a slideshow, sections), and the ancestor holds them all.
  const alternatives: Set<Element>[] = [];
  for (const [el, s] of final) {
    if (el === top || s < 0.75 * topScore) continue;
    const above = new Set<Element>();
    let n = 0;
    for (let e = el.parentElement; e && e.localName !== 'body' && n < 1000; e = e.parentElement, n++)
      above.add(e);
    meter.count(n);
    alternatives.push(above);
  }
  if (alternatives.length >= 3) {
    let n = 0;
    for (let e = top.parentElement; e && e.localName !== 'body' && n < 1000; e = e.parentElement, n++) {
      if (alternatives.filter((a) => a.has(e)).length >= 3) {
        top = e;
        break;
      }
    }
  }

  // A parent that scores higher holds more of the story (the best one was one of its parts).
  let lastScore = topScore;
  const threshold = topScore / 3;
  for (let parent = top.parentElement; parent && parent.localName !== 'body'; parent = parent.parentElement) {
    if (meter.tick()) yield;
    const raw = scoreOf(parent);
    if (raw === undefined) continue;
    // Scaled by its links like the best few (a column of teasers scores high on raw points).
    let s = final.get(parent);
    if (s === undefined) {
      s = raw * (1 - (yield* linkDensity(parent, meter, up)));
      final.set(parent, s);
    }
    if (s < threshold) break;
    if (s > lastScore) {
      top = parent;
      break;
    }
    lastScore = s;
  }
  // A lone child's parent is the same box.
  while (
    top.parentElement &&
    top.parentElement.localName !== 'body' &&
    top.parentElement.childElementCount === 1
  ) {
    top = top.parentElement;
  }
  const body: Element = top;
  const parent = body.parentElement;
  if (!parent || parent.localName === 'html')
    return { root: body, body: core, excluded: new Set(), contentParents };

  // Siblings join when they score near the best, or are prose paragraphs with few links.
  const bodyScore = scoreOf(body) ?? topScore;
  const siblingThreshold = Math.max(10, bodyScore * 0.2);
  const bodyClass = classAttr(body);
  const excluded = new Set<Element>();
  let joined = 0;
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (meter.tick()) yield;
    if (s === body) continue;
    let keep = false;
    const sScore = scoreOf(s);
    if (sScore !== undefined) {
      const bonus = bodyClass && classAttr(s) === bodyClass ? bodyScore * 0.2 : 0;
      keep = sScore + bonus >= siblingThreshold;
    }
    if (!keep && (s.localName === 'p' || (s.localName === 'div' && isTextDiv(s)))) {
      const { length, text } = textStats(s, UNIT_CAP, meter, true);
      const density = yield* linkDensity(s, meter, up);
      keep =
        (length > 80 && density < 0.25) ||
        (length > 0 && length <= 80 && density === 0 && /\.( |$)/.test(text));
    }
    // A part of the story in a sibling container of its own (a body cut in two around a figure
    // or a pull quote), too deep below it for the units' points to reach it.
    if (!keep && (sScore === undefined || sScore < siblingThreshold) && !isChromeBox(s))
      keep = yield* holdsProse(s, meter, up);
    if (keep && !skipped(s)) joined++;
    else excluded.add(s);
  }
  if (joined === 0) return { root: body, body: core, excluded: new Set(), contentParents };
  return { root: parent, body: core, excluded, contentParents };
}
