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
  bias: -2.419,
  weights: {
    'negative-judgement': 0.141,
    'positive-judgement': 0.373,
    grading: 0.497,
    attitude: 0.09,
    slant: 0.471,
    partisan: 0.237,
    weasel: -0.267,
    'first-person': 0.023,
    'first-plural': 0.648,
    'first-person-stance': -0.102,
    'second-person': 0.303,
    obligation: 1.259,
    epistemic: 0.711,
    booster: 0.694,
    absolute: -0.192,
    negation: 0.429,
    contrast: 0.46,
    argument: 0.384,
    question: -0.29,
    'rhetorical-question': 0.17,
    exclamation: 1.205,
    superlative: 0.617,
    'scare-quote': 0.265,
    'quoted-share': -0.155,
    'all-quoted': -1.093,
    'saying-verb': -0.683,
    'judging-verb': 0.408,
    number: -0.567,
    time: -0.347,
    unit: 0.207,
    'report-word': -0.227,
    institution: -0.014,
    'third-plural': -0.041,
    'proper-name': -0.163,
    'generic-group': -0.027,
    deixis: 0.064,
    copula: 0.234,
    'ly-adverb': 0.651,
    length: 1.08,
    imperative: 0.549,
    simile: 0.444,
    aside: 0.252,
    attributed: -0.73,
    'quoted-subjective': 0.881,
    'loaded:pejorative': 0.63,
    'loaded:praise': 1.183,
    'loaded:emotive': 0.687,
    'loaded:intensifier': 1.075,
    'loaded:saying-verb': 1.035,
    'loaded:factive': -0.187,
    'loaded:hedge': -0.07,
    'loaded:absolute': 0.209,
    'loaded:scare-quote': 0.196,
    'word-scores': 1,
    'word-peak': 1.861,
  },
};
