/**
 * An element's class attribute as written ('' when it has none), read through its attribute node.
 * In a browser this is getAttribute('class'); a DOM without a native class store (linkedom, where
 * the CLI, the evals and the benchmark run) builds a whole token list on every getAttribute('class')
 * or className read, which was a tenth of extraction there.
 */
export function classAttr(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}
