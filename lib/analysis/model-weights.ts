/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2321 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 897 own, 1424 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.348,
  weights: {
    'negative-judgement': 0.119,
    'positive-judgement': 0.434,
    grading: 0.604,
    attitude: 0.196,
    slant: 0.405,
    partisan: 0.211,
    weasel: -0.159,
    'first-person': 0.213,
    'first-plural': 0.472,
    'first-person-stance': 0.625,
    'second-person': 0.231,
    obligation: 1.437,
    epistemic: 0.606,
    booster: 0.631,
    absolute: -0.063,
    negation: 0.376,
    contrast: 0.37,
    argument: 0.063,
    question: -0.138,
    'rhetorical-question': -0.229,
    exclamation: 0.733,
    superlative: 0.499,
    'scare-quote': 0.155,
    'quoted-share': -0.116,
    'all-quoted': -0.954,
    'saying-verb': -0.693,
    'judging-verb': 0.554,
    number: -0.753,
    time: -0.174,
    unit: 0.157,
    'report-word': -0.054,
    institution: 0.031,
    'third-plural': -0.046,
    'proper-name': -0.099,
    'generic-group': -0.076,
    deixis: 0.019,
    copula: 0.255,
    'ly-adverb': 0.768,
    length: 1.012,
    imperative: 0.544,
    simile: 0.959,
    aside: 0.155,
    attributed: -0.863,
    'quoted-subjective': 0.91,
    'loaded:pejorative': 0.842,
    'loaded:praise': 1.087,
    'loaded:emotive': 0.659,
    'loaded:intensifier': 1.087,
    'loaded:saying-verb': 1.02,
    'loaded:factive': -0.17,
    'loaded:hedge': 0.162,
    'loaded:absolute': 0.371,
    'loaded:scare-quote': 0.139,
    'word-scores': 1,
    'word-peak': 1.711,
  },
};
