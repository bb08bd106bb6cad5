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
  bias: -2.38,
  weights: {
    'negative-judgement': 0.04,
    'positive-judgement': 0.328,
    grading: 0.477,
    attitude: 0.05,
    slant: 0.466,
    partisan: 0.208,
    weasel: -0.249,
    'first-person': 0.004,
    'first-plural': 0.659,
    'first-person-stance': -0.099,
    'second-person': 0.286,
    obligation: 1.263,
    epistemic: 0.713,
    booster: 0.72,
    absolute: -0.183,
    negation: 0.43,
    contrast: 0.449,
    argument: 0.35,
    question: -0.304,
    'rhetorical-question': 0.189,
    exclamation: 1.257,
    superlative: 0.624,
    'scare-quote': 0.282,
    'quoted-share': -0.118,
    'all-quoted': -1.094,
    'saying-verb': -0.681,
    'judging-verb': 0.477,
    number: -0.55,
    time: -0.369,
    unit: 0.248,
    'report-word': -0.224,
    institution: -0.036,
    'third-plural': -0.042,
    'proper-name': -0.143,
    'generic-group': -0.04,
    deixis: 0.092,
    copula: 0.263,
    'ly-adverb': 0.812,
    length: 1.029,
    imperative: 0.471,
    simile: 0.466,
    aside: 0.259,
    attributed: -0.805,
    'quoted-subjective': 0.876,
    'loaded:pejorative': 0.764,
    'loaded:praise': 1.163,
    'loaded:emotive': 0.647,
    'loaded:intensifier': 1.095,
    'loaded:saying-verb': 1.029,
    'loaded:factive': -0.253,
    'loaded:hedge': -0.021,
    'loaded:absolute': 0.194,
    'loaded:scare-quote': 0.183,
    'word-scores': 1,
    'word-peak': 1.904,
  },
};
