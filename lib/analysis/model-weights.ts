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
  bias: -2.352,
  weights: {
    'negative-judgement': 0.09,
    'positive-judgement': 0.364,
    grading: 0.484,
    attitude: 0.089,
    slant: 0.446,
    partisan: 0.207,
    weasel: -0.267,
    'first-person': 0.016,
    'first-plural': 0.651,
    'first-person-stance': -0.102,
    'second-person': 0.292,
    obligation: 1.266,
    epistemic: 0.722,
    booster: 0.703,
    absolute: -0.179,
    negation: 0.422,
    contrast: 0.464,
    argument: 0.365,
    question: -0.299,
    'rhetorical-question': 0.182,
    exclamation: 1.199,
    superlative: 0.634,
    'scare-quote': 0.28,
    'quoted-share': -0.116,
    'all-quoted': -1.094,
    'saying-verb': -0.683,
    'judging-verb': 0.416,
    number: -0.574,
    time: -0.362,
    unit: 0.205,
    'report-word': -0.214,
    institution: -0.02,
    'third-plural': -0.04,
    'proper-name': -0.136,
    'generic-group': -0.035,
    deixis: 0.074,
    copula: 0.236,
    'ly-adverb': 0.638,
    length: 1.026,
    imperative: 0.563,
    simile: 0.482,
    aside: 0.259,
    attributed: -0.764,
    'quoted-subjective': 0.864,
    'loaded:pejorative': 0.758,
    'loaded:praise': 1.177,
    'loaded:emotive': 0.652,
    'loaded:intensifier': 1.11,
    'loaded:saying-verb': 1.027,
    'loaded:factive': -0.224,
    'loaded:hedge': -0.077,
    'loaded:absolute': 0.203,
    'loaded:scare-quote': 0.196,
    'word-scores': 1,
    'word-peak': 1.873,
  },
};
