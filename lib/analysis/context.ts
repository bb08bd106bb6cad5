/**
 * A sentence read among its neighbours: the outlet's judgements come in passages (an argument, a
 * verdict, a review's assessment) and its plain report in others, so a sentence whose neighbours
 * judge leans to judgement and one among plain report leans to report. Each sentence in the
 * outlet's own prose voice gets CONTEXT_WEIGHT times the mean opinion logit of the outlet's prose
 * sentences within CONTEXT_WINDOW sentences either side (headings, captions and sources' sentences
 * are not prose of the outlet's and neither count nor change). Applies to whole articles only:
 * `--sentences` judges a line alone. The weight is fitted by `npm run train` on our labelled page
 * rows (lib/cli/train/context.ts; lib/analysis/context-weight.ts says on what).
 */
import { CONTEXT_WEIGHT } from './context-weight';
import { sigmoid } from './model';
import { outletLabel } from './score';
import type { Sentence } from './types';

export { CONTEXT_WEIGHT };
/**
 * Two sentences either side. On the fit's rows the balanced log-loss is 0.891 / 0.877 / 0.871 /
 * 0.869 for one to four either side (and 0.898 for the sentence's paragraph alone); past two the gain
 * is small and, simulated on the readable page sets, macro-F1 fell on dev and check.
 */
export const CONTEXT_WINDOW = 2;

/** The logit of an opinion score, kept finite at 0 and 1. */
export function logit(p: number): number {
  const q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(q / (1 - q));
}

/** The mean opinion logit of the prose neighbours of each sentence (undefined: not prose, or none). */
export function neighbourLogits(
  sentences: readonly Sentence[],
  prose: readonly boolean[],
): (number | undefined)[] {
  const z = sentences.map((s) => logit(s.opinion));
  return sentences.map((_, i) => {
    if (!prose[i]) return undefined;
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - CONTEXT_WINDOW); j <= i + CONTEXT_WINDOW && j < sentences.length; j++) {
      if (j === i || !prose[j]) continue;
      sum += z[j]!;
      n++;
    }
    return n > 0 ? sum / n : undefined;
  });
}

/**
 * The sentences with the outlet's prose sentences rescored in context (see above), relabelled and
 * given the context as a reason. `quoted` holds each sentence's quoted spans (sentence-relative).
 */
export function inContext(
  sentences: readonly Sentence[],
  prose: readonly boolean[],
  quoted: readonly { start: number; end: number }[][],
  weight = CONTEXT_WEIGHT,
): Sentence[] {
  const around = neighbourLogits(sentences, prose);
  return sentences.map((s, i) => {
    const m = around[i];
    if (m === undefined) return s;
    const shift = weight * m;
    const opinion = sigmoid(logit(s.opinion) + shift);
    const shown = Math.round(shift * 1000) / 1000;
    if (shown === 0) return s;
    return {
      ...s,
      opinion,
      label: outletLabel(s.text, quoted[i] ?? [], opinion),
      reasons: [
        ...s.reasons,
        {
          block: s.block,
          start: s.start,
          end: s.start,
          cue: 'context',
          text: '',
          weight: shown,
          explain:
            shift > 0
              ? 'the sentences around it read as judgement'
              : 'the sentences around it read as plain report',
        },
      ],
    };
  });
}
