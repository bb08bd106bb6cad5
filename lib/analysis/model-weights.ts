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
  bias: -2.47,
  weights: {
    'negative-judgement': 0.14,
    'positive-judgement': 0.369,
    grading: 0.498,
    attitude: 0.086,
    slant: 0.46,
    partisan: 0.231,
    weasel: -0.253,
    'first-person': 0.024,
    'first-plural': 0.64,
    'first-person-stance': -0.104,
    'second-person': 0.303,
    obligation: 1.25,
    epistemic: 0.721,
    booster: 0.695,
    absolute: -0.195,
    negation: 0.428,
    contrast: 0.452,
    argument: 0.39,
    question: -0.296,
    'rhetorical-question': 0.176,
    exclamation: 1.21,
    superlative: 0.617,
    'scare-quote': 0.266,
    'quoted-share': -0.119,
    'all-quoted': -1.054,
    'saying-verb': -0.576,
    'judging-verb': 0.421,
    number: -0.573,
    time: -0.328,
    unit: 0.19,
    'report-word': -0.266,
    institution: 0.012,
    'third-plural': -0.039,
    'proper-name': -0.149,
    'generic-group': -0.01,
    deixis: 0.055,
    copula: 0.235,
    'ly-adverb': 0.644,
    length: 1.079,
    imperative: 0.535,
    simile: 0.445,
    aside: 0.252,
    attributed: -0.817,
    'quoted-subjective': 0.9,
    'loaded:pejorative': 0.63,
    'loaded:praise': 1.207,
    'loaded:emotive': 0.68,
    'loaded:intensifier': 1.089,
    'loaded:saying-verb': 1.035,
    'loaded:factive': -0.206,
    'loaded:hedge': -0.058,
    'loaded:absolute': 0.227,
    'loaded:scare-quote': 0.2,
    'word-scores': 1,
    'word-peak': 1.853,
  },
};
