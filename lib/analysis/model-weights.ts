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
  bias: -2.348,
  weights: {
    'negative-judgement': 0.133,
    'positive-judgement': 0.361,
    grading: 0.496,
    attitude: 0.091,
    slant: 0.464,
    partisan: 0.248,
    weasel: -0.267,
    'first-person': 0.018,
    'first-plural': 0.649,
    'first-person-stance': -0.101,
    'second-person': 0.293,
    obligation: 1.252,
    epistemic: 0.715,
    booster: 0.703,
    absolute: -0.179,
    negation: 0.425,
    contrast: 0.464,
    argument: 0.379,
    question: -0.304,
    'rhetorical-question': 0.18,
    exclamation: 1.186,
    superlative: 0.631,
    'scare-quote': 0.276,
    'quoted-share': -0.138,
    'all-quoted': -1.095,
    'saying-verb': -0.689,
    'judging-verb': 0.39,
    number: -0.566,
    time: -0.355,
    unit: 0.201,
    'report-word': -0.235,
    institution: -0.017,
    'third-plural': -0.042,
    'proper-name': -0.134,
    'generic-group': -0.034,
    deixis: 0.073,
    copula: 0.236,
    'ly-adverb': 0.646,
    length: 1.004,
    imperative: 0.553,
    simile: 0.486,
    aside: 0.256,
    attributed: -0.727,
    'quoted-subjective': 0.875,
    'loaded:pejorative': 0.621,
    'loaded:praise': 1.168,
    'loaded:emotive': 0.67,
    'loaded:intensifier': 1.057,
    'loaded:saying-verb': 1.03,
    'loaded:factive': -0.198,
    'loaded:hedge': -0.083,
    'loaded:absolute': 0.199,
    'loaded:scare-quote': 0.185,
    'word-scores': 1,
    'word-peak': 1.912,
  },
};
