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
  bias: -2.481,
  weights: {
    'negative-judgement': 0.141,
    'positive-judgement': 0.371,
    grading: 0.498,
    attitude: 0.085,
    slant: 0.464,
    partisan: 0.224,
    weasel: -0.253,
    'first-person': 0.025,
    'first-plural': 0.64,
    'first-person-stance': -0.105,
    'second-person': 0.303,
    obligation: 1.252,
    epistemic: 0.723,
    booster: 0.697,
    absolute: -0.193,
    negation: 0.427,
    contrast: 0.452,
    argument: 0.386,
    question: -0.298,
    'rhetorical-question': 0.176,
    exclamation: 1.21,
    superlative: 0.608,
    'scare-quote': 0.264,
    'quoted-share': -0.118,
    'all-quoted': -1.054,
    'saying-verb': -0.578,
    'judging-verb': 0.426,
    number: -0.569,
    time: -0.334,
    unit: 0.194,
    'report-word': -0.26,
    institution: 0.013,
    'third-plural': -0.043,
    'proper-name': -0.151,
    'generic-group': -0.014,
    deixis: 0.053,
    copula: 0.232,
    'ly-adverb': 0.645,
    length: 1.087,
    imperative: 0.537,
    simile: 0.447,
    aside: 0.255,
    attributed: -0.814,
    'quoted-subjective': 0.901,
    'loaded:pejorative': 0.632,
    'loaded:praise': 1.192,
    'loaded:emotive': 0.68,
    'loaded:intensifier': 1.091,
    'loaded:saying-verb': 1.027,
    'loaded:factive': -0.223,
    'loaded:hedge': -0.058,
    'loaded:absolute': 0.227,
    'loaded:scare-quote': 0.204,
    'word-scores': 1,
    'word-peak': 1.853,
  },
};
