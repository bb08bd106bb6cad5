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
  bias: -2.363,
  weights: {
    'negative-judgement': 0.071,
    'positive-judgement': 0.356,
    grading: 0.483,
    attitude: 0.066,
    slant: 0.426,
    partisan: 0.185,
    weasel: -0.258,
    'first-person': 0.017,
    'first-plural': 0.651,
    'first-person-stance': -0.1,
    'second-person': 0.294,
    obligation: 1.249,
    epistemic: 0.714,
    booster: 0.702,
    absolute: -0.185,
    negation: 0.428,
    contrast: 0.463,
    argument: 0.372,
    question: -0.301,
    'rhetorical-question': 0.191,
    exclamation: 1.201,
    superlative: 0.634,
    'scare-quote': 0.278,
    'quoted-share': -0.13,
    'all-quoted': -1.094,
    'saying-verb': -0.689,
    'judging-verb': 0.415,
    number: -0.571,
    time: -0.355,
    unit: 0.202,
    'report-word': -0.227,
    institution: -0.015,
    'third-plural': -0.041,
    'proper-name': -0.138,
    'generic-group': -0.039,
    deixis: 0.074,
    copula: 0.241,
    'ly-adverb': 0.641,
    length: 1.01,
    imperative: 0.553,
    simile: 0.487,
    aside: 0.26,
    attributed: -0.73,
    'quoted-subjective': 0.861,
    'loaded:pejorative': 0.798,
    'loaded:praise': 1.191,
    'loaded:emotive': 0.748,
    'loaded:intensifier': 1.127,
    'loaded:saying-verb': 1.045,
    'loaded:factive': -0.203,
    'loaded:hedge': -0.075,
    'loaded:absolute': 0.207,
    'loaded:scare-quote': 0.192,
    'word-scores': 1,
    'word-peak': 1.848,
  },
};
