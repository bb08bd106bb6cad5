/**
 * Written by `npm run train` (lib/cli/train/context.ts --write). The weight of a sentence's
 * neighbours (lib/analysis/context.ts), fitted on 2110 outlet-voice prose sentences of our labelled
 * real pages (own vs none, classes balanced): the lowest log-loss of sigmoid(z + weight * the
 * neighbours' mean z), in steps of 0.025; with one set left out in turn 0.275 to 0.4.
 */
export const CONTEXT_WEIGHT = 0.375;
