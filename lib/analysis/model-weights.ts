/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -2.369,
  weights: {
    'negative-judgement': 0.075,
    'positive-judgement': 0.361,
    grading: 0.482,
    attitude: 0.069,
    slant: 0.428,
    partisan: 0.188,
    weasel: -0.259,
    'first-person': 0.017,
    'first-plural': 0.652,
    'first-person-stance': -0.099,
    'second-person': 0.294,
    obligation: 1.248,
    epistemic: 0.714,
    booster: 0.702,
    absolute: -0.185,
    negation: 0.428,
    contrast: 0.462,
    argument: 0.372,
    question: -0.3,
    'rhetorical-question': 0.19,
    exclamation: 1.201,
    superlative: 0.633,
    'scare-quote': 0.28,
    'quoted-share': -0.132,
    'all-quoted': -1.092,
    'saying-verb': -0.689,
    'judging-verb': 0.413,
    number: -0.569,
    time: -0.358,
    unit: 0.202,
    'report-word': -0.227,
    institution: -0.016,
    'third-plural': -0.041,
    'proper-name': -0.138,
    'generic-group': -0.04,
    deixis: 0.073,
    copula: 0.239,
    'ly-adverb': 0.64,
    length: 1.015,
    imperative: 0.556,
    simile: 0.487,
    aside: 0.26,
    attributed: -0.729,
    'quoted-subjective': 0.859,
    'loaded:pejorative': 0.796,
    'loaded:praise': 1.188,
    'loaded:emotive': 0.723,
    'loaded:intensifier': 1.124,
    'loaded:saying-verb': 1.043,
    'loaded:factive': -0.205,
    'loaded:hedge': -0.077,
    'loaded:absolute': 0.205,
    'loaded:scare-quote': 0.203,
    'word-scores': 1,
    'word-peak': 1.852,
  },
};
