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
  bias: -2.368,
  weights: {
    'negative-judgement': 0.074,
    'positive-judgement': 0.366,
    grading: 0.482,
    attitude: 0.071,
    slant: 0.427,
    partisan: 0.191,
    weasel: -0.268,
    'first-person': 0.017,
    'first-plural': 0.653,
    'first-person-stance': -0.102,
    'second-person': 0.29,
    obligation: 1.252,
    epistemic: 0.72,
    booster: 0.706,
    absolute: -0.182,
    negation: 0.426,
    contrast: 0.461,
    argument: 0.366,
    question: -0.3,
    'rhetorical-question': 0.191,
    exclamation: 1.203,
    superlative: 0.642,
    'scare-quote': 0.281,
    'quoted-share': -0.114,
    'all-quoted': -1.085,
    'saying-verb': -0.678,
    'judging-verb': 0.421,
    number: -0.571,
    time: -0.36,
    unit: 0.207,
    'report-word': -0.218,
    institution: -0.02,
    'third-plural': -0.037,
    'proper-name': -0.135,
    'generic-group': -0.037,
    deixis: 0.074,
    copula: 0.236,
    'ly-adverb': 0.643,
    length: 1.018,
    imperative: 0.557,
    simile: 0.483,
    aside: 0.26,
    attributed: -0.773,
    'quoted-subjective': 0.865,
    'loaded:pejorative': 0.797,
    'loaded:praise': 1.19,
    'loaded:emotive': 0.722,
    'loaded:intensifier': 1.12,
    'loaded:saying-verb': 1.054,
    'loaded:factive': -0.222,
    'loaded:hedge': -0.071,
    'loaded:absolute': 0.207,
    'loaded:scare-quote': 0.204,
    'word-scores': 1,
    'word-peak': 1.855,
  },
};
