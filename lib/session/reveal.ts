/**
 * What the popup's "reveal" points at, and what the card says about a mark: pure helpers of the
 * page session (no DOM).
 */
import type { Report, Span } from '../analysis/types';
import type { ToContent } from '../messages';
import { type CardData, cardFor, type Mark, toMarks } from '../page/marks';

export type RevealTarget = Extract<ToContent, { type: 'reveal' }>['target'];

/**
 * The drawn mark a reveal asks for (its index in `placed`), or, when it is not drawn (hidden by the
 * settings, or marks off), the span to find on the page and the mark to show a card for; null when
 * the Report has no such sentence, word or claim.
 */
export function revealTarget(
  report: Report,
  placed: readonly Mark[],
  target: RevealTarget,
): { index: number } | { span: Span; mark: Mark } | null {
  const sentence =
    target.kind === 'sentence'
      ? target.index
      : target.kind === 'claim'
        ? report.claims[target.index]?.sentence
        : undefined;
  const term = target.kind === 'loaded' ? report.loaded[target.index] : undefined;
  const index = placed.findIndex((m) => (term ? m.term === term : !m.term && m.sentence === sentence));
  if (index >= 0) return { index };
  const span = term ?? (sentence !== undefined ? report.sentences[sentence] : undefined);
  if (!span) return null;
  const mark: Mark | undefined = term
    ? {
        kind: `loaded-${term.category}`,
        block: term.block,
        start: term.start,
        end: term.end,
        sentence: term.sentence,
        term,
      }
    : toMarks(report, { sentences: [sentence!], loaded: [], added: [] })[0];
  return mark ? { span, mark } : null;
}

/**
 * The card for a mark. A claim or fact shown from the popup's strip is no opinion: its card must
 * not say it is.
 */
export function cardData(report: Report, mark: Mark): CardData {
  const data = cardFor(report, mark);
  const label = mark.term ? undefined : report.sentences[mark.sentence]?.label;
  if (label === 'claim') return { ...data, label: 'A claim, not an opinion' };
  return label === 'fact' ? { ...data, label: 'A statement of fact, not an opinion' } : data;
}
