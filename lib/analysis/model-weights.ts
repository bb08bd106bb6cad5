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
  bias: -2.384,
  weights: {
    'negative-judgement': 0.039,
    'positive-judgement': 0.327,
    grading: 0.475,
    attitude: 0.052,
    slant: 0.464,
    partisan: 0.207,
    weasel: -0.246,
    'first-person': 0.004,
    'first-plural': 0.66,
    'first-person-stance': -0.1,
    'second-person': 0.286,
    obligation: 1.261,
    epistemic: 0.717,
    booster: 0.72,
    absolute: -0.181,
    negation: 0.43,
    contrast: 0.448,
    argument: 0.349,
    question: -0.308,
    'rhetorical-question': 0.195,
    exclamation: 1.258,
    superlative: 0.621,
    'scare-quote': 0.281,
    'quoted-share': -0.117,
    'all-quoted': -1.094,
    'saying-verb': -0.682,
    'judging-verb': 0.472,
    number: -0.552,
    time: -0.37,
    unit: 0.247,
    'report-word': -0.225,
    institution: -0.036,
    'third-plural': -0.039,
    'proper-name': -0.142,
    'generic-group': -0.041,
    deixis: 0.092,
    copula: 0.264,
    'ly-adverb': 0.813,
    length: 1.032,
    imperative: 0.55,
    simile: 0.465,
    aside: 0.257,
    attributed: -0.805,
    'quoted-subjective': 0.874,
    'loaded:pejorative': 0.763,
    'loaded:praise': 1.163,
    'loaded:emotive': 0.646,
    'loaded:intensifier': 1.095,
    'loaded:saying-verb': 1.035,
    'loaded:factive': -0.254,
    'loaded:hedge': -0.026,
    'loaded:absolute': 0.192,
    'loaded:scare-quote': 0.183,
    'word-scores': 1,
    'word-peak': 1.903,
  },
};
