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
  bias: -2.343,
  weights: {
    'negative-judgement': 0.133,
    'positive-judgement': 0.361,
    grading: 0.496,
    attitude: 0.091,
    slant: 0.464,
    partisan: 0.247,
    weasel: -0.267,
    'first-person': 0.017,
    'first-plural': 0.648,
    'first-person-stance': -0.102,
    'second-person': 0.292,
    obligation: 1.252,
    epistemic: 0.715,
    booster: 0.702,
    absolute: -0.179,
    negation: 0.424,
    contrast: 0.466,
    argument: 0.379,
    question: -0.305,
    'rhetorical-question': 0.18,
    exclamation: 1.185,
    superlative: 0.631,
    'scare-quote': 0.275,
    'quoted-share': -0.139,
    'all-quoted': -1.095,
    'saying-verb': -0.687,
    'judging-verb': 0.39,
    number: -0.564,
    time: -0.356,
    unit: 0.202,
    'report-word': -0.235,
    institution: -0.017,
    'third-plural': -0.042,
    'proper-name': -0.134,
    'generic-group': -0.034,
    deixis: 0.074,
    copula: 0.236,
    'ly-adverb': 0.647,
    length: 1.003,
    imperative: 0.551,
    simile: 0.486,
    aside: 0.255,
    attributed: -0.731,
    'quoted-subjective': 0.875,
    'loaded:pejorative': 0.62,
    'loaded:praise': 1.167,
    'loaded:emotive': 0.67,
    'loaded:intensifier': 1.058,
    'loaded:saying-verb': 1.029,
    'loaded:factive': -0.199,
    'loaded:hedge': -0.083,
    'loaded:absolute': 0.199,
    'loaded:scare-quote': 0.185,
    'word-scores': 1,
    'word-peak': 1.911,
  },
};
