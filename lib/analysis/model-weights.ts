/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2327 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 901 own, 1426 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.394,
  weights: {
    'negative-judgement': 0.104,
    'positive-judgement': 0.442,
    grading: 0.611,
    attitude: 0.181,
    slant: 0.415,
    partisan: 0.239,
    weasel: -0.134,
    'first-person': 0.257,
    'first-plural': 0.499,
    'first-person-stance': 0.798,
    'second-person': 0.288,
    obligation: 1.4,
    epistemic: 0.676,
    booster: 0.605,
    absolute: -0.079,
    negation: 0.36,
    contrast: 0.405,
    argument: 0.042,
    question: -0.102,
    'rhetorical-question': -0.242,
    exclamation: 0.81,
    superlative: 0.46,
    'scare-quote': 0.322,
    'quoted-share': -0.053,
    'all-quoted': -1.053,
    'saying-verb': -0.671,
    'judging-verb': 0.544,
    number: -0.765,
    time: -0.17,
    unit: 0.133,
    'report-word': -0.027,
    institution: 0.022,
    'third-plural': -0.04,
    'proper-name': -0.104,
    'generic-group': -0.066,
    deixis: 0.028,
    copula: 0.234,
    'ly-adverb': 0.72,
    length: 1.064,
    imperative: 0.53,
    simile: 0.923,
    aside: 0.143,
    attributed: -0.917,
    'quoted-subjective': 0.987,
    'loaded:pejorative': 0.791,
    'loaded:praise': 1.06,
    'loaded:emotive': 0.632,
    'loaded:intensifier': 1.065,
    'loaded:saying-verb': 1.056,
    'loaded:factive': -0.219,
    'loaded:hedge': 0.126,
    'loaded:absolute': 0.349,
    'loaded:scare-quote': 0.011,
    'word-scores': 1,
    'word-peak': 1.765,
  },
};
