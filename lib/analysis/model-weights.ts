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
  bias: -3.396,
  weights: {
    'negative-judgement': 0.104,
    'positive-judgement': 0.442,
    grading: 0.608,
    attitude: 0.173,
    slant: 0.416,
    partisan: 0.239,
    weasel: -0.133,
    'first-person': 0.26,
    'first-plural': 0.502,
    'first-person-stance': 0.798,
    'second-person': 0.289,
    obligation: 1.4,
    epistemic: 0.675,
    booster: 0.605,
    absolute: -0.077,
    negation: 0.358,
    contrast: 0.402,
    argument: 0.042,
    question: -0.103,
    'rhetorical-question': -0.241,
    exclamation: 0.811,
    superlative: 0.461,
    'scare-quote': 0.322,
    'quoted-share': -0.057,
    'all-quoted': -1.057,
    'saying-verb': -0.682,
    'judging-verb': 0.539,
    number: -0.764,
    time: -0.172,
    unit: 0.128,
    'report-word': -0.028,
    institution: 0.023,
    'third-plural': -0.038,
    'proper-name': -0.105,
    'generic-group': -0.068,
    deixis: 0.027,
    copula: 0.232,
    'ly-adverb': 0.722,
    length: 1.064,
    imperative: 0.53,
    simile: 0.925,
    aside: 0.145,
    attributed: -0.903,
    'quoted-subjective': 0.986,
    'loaded:pejorative': 0.793,
    'loaded:praise': 1.063,
    'loaded:emotive': 0.635,
    'loaded:intensifier': 1.064,
    'loaded:saying-verb': 1.054,
    'loaded:factive': -0.216,
    'loaded:hedge': 0.125,
    'loaded:absolute': 0.35,
    'loaded:scare-quote': 0.012,
    'word-scores': 1,
    'word-peak': 1.766,
  },
};
