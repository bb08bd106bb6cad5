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
  bias: -2.367,
  weights: {
    'negative-judgement': 0.043,
    'positive-judgement': 0.348,
    grading: 0.479,
    attitude: 0.051,
    slant: 0.47,
    partisan: 0.201,
    weasel: -0.249,
    'first-person': 0.006,
    'first-plural': 0.649,
    'first-person-stance': -0.085,
    'second-person': 0.274,
    obligation: 1.162,
    epistemic: 0.721,
    booster: 0.723,
    absolute: -0.188,
    negation: 0.433,
    contrast: 0.444,
    argument: 0.344,
    question: -0.315,
    'rhetorical-question': 0.212,
    exclamation: 1.257,
    superlative: 0.614,
    'scare-quote': 0.284,
    'quoted-share': -0.123,
    'all-quoted': -1.098,
    'saying-verb': -0.687,
    'judging-verb': 0.47,
    number: -0.545,
    time: -0.37,
    unit: 0.247,
    'report-word': -0.23,
    institution: -0.033,
    'third-plural': -0.046,
    'proper-name': -0.138,
    'generic-group': -0.04,
    deixis: 0.094,
    copula: 0.272,
    'ly-adverb': 0.806,
    length: 0.999,
    imperative: 0.472,
    simile: 0.471,
    aside: 0.252,
    attributed: -0.79,
    'quoted-subjective': 0.87,
    'loaded:pejorative': 0.766,
    'loaded:praise': 1.165,
    'loaded:emotive': 0.647,
    'loaded:intensifier': 1.099,
    'loaded:saying-verb': 1.028,
    'loaded:factive': -0.255,
    'loaded:hedge': -0.024,
    'loaded:absolute': 0.201,
    'loaded:scare-quote': 0.19,
    'word-scores': 1,
    'word-peak': 1.893,
  },
};
