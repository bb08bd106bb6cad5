/**
 * "Which ancestor of this element is a …?" asked for many elements of one page. A plain walk up
 * per question costs the page's depth each time (quadratic on a page nested 100,000 deep); here
 * every element's answer is remembered, so each element is walked over once per question kind,
 * whatever the number of questions.
 */
import type { Meter } from './slice';

export class Ancestry {
  private readonly byTag = new Map<string, Map<Element, Element | null>>();
  private readonly bySet = new Map<ReadonlySet<Element>, Map<Element, Element | null>>();

  constructor(private readonly meter?: Meter) {}

  /** The element itself or its nearest ancestor with this tag (lower case), or null. */
  closest(el: Element | null | undefined, tag: string): Element | null {
    let memo = this.byTag.get(tag);
    if (!memo) {
      memo = new Map();
      this.byTag.set(tag, memo);
    }
    return this.walk(el ?? null, memo, (e) => e.localName === tag);
  }

  /** The element itself or its nearest ancestor that is in `set`, or null. The set must not change. */
  nearestIn(el: Element | null | undefined, set: ReadonlySet<Element>): Element | null {
    let memo = this.bySet.get(set);
    if (!memo) {
      memo = new Map();
      this.bySet.set(set, memo);
    }
    return this.walk(el ?? null, memo, (e) => set.has(e));
  }

  private walk(
    el: Element | null,
    memo: Map<Element, Element | null>,
    hit: (e: Element) => boolean,
  ): Element | null {
    const path: Element[] = [];
    let answer: Element | null = null;
    for (let e = el; e; e = e.parentElement) {
      const known = memo.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (hit(e)) {
        answer = e;
        break;
      }
      path.push(e);
    }
    if (answer && !memo.has(answer) && hit(answer)) memo.set(answer, answer);
    for (const e of path) memo.set(e, answer);
    this.meter?.count(path.length + 1);
    return answer;
  }
}
