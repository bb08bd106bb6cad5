/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2320 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 896 own, 1424 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.348,
  weights: {
    'negative-judgement': 0.12,
    'positive-judgement': 0.435,
    grading: 0.605,
    attitude: 0.196,
    slant: 0.405,
    partisan: 0.212,
    weasel: -0.162,
    'first-person': 0.214,
    'first-plural': 0.473,
    'first-person-stance': 0.625,
    'second-person': 0.232,
    obligation: 1.438,
    epistemic: 0.606,
    booster: 0.626,
    absolute: -0.064,
    negation: 0.377,
    contrast: 0.368,
    argument: 0.063,
    question: -0.138,
    'rhetorical-question': -0.23,
    exclamation: 0.733,
    superlative: 0.501,
    'scare-quote': 0.155,
    'quoted-share': -0.116,
    'all-quoted': -0.955,
    'saying-verb': -0.696,
    'judging-verb': 0.553,
    number: -0.752,
    time: -0.174,
    unit: 0.157,
    'report-word': -0.054,
    institution: 0.031,
    'third-plural': -0.045,
    'proper-name': -0.098,
    'generic-group': -0.076,
    deixis: 0.019,
    copula: 0.255,
    'ly-adverb': 0.766,
    length: 1.012,
    imperative: 0.545,
    simile: 0.96,
    aside: 0.153,
    attributed: -0.863,
    'quoted-subjective': 0.911,
    'loaded:pejorative': 0.843,
    'loaded:praise': 1.088,
    'loaded:emotive': 0.659,
    'loaded:intensifier': 1.087,
    'loaded:saying-verb': 1.02,
    'loaded:factive': -0.169,
    'loaded:hedge': 0.165,
    'loaded:absolute': 0.364,
    'loaded:scare-quote': 0.139,
    'word-scores': 1,
    'word-peak': 1.711,
  },
};
