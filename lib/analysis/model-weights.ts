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
  bias: -2.375,
  weights: {
    'negative-judgement': 0.037,
    'positive-judgement': 0.337,
    grading: 0.48,
    attitude: 0.051,
    slant: 0.467,
    partisan: 0.201,
    weasel: -0.246,
    'first-person': 0.009,
    'first-plural': 0.649,
    'first-person-stance': -0.086,
    'second-person': 0.272,
    obligation: 1.162,
    epistemic: 0.72,
    booster: 0.713,
    absolute: -0.187,
    negation: 0.434,
    contrast: 0.443,
    argument: 0.341,
    question: -0.315,
    'rhetorical-question': 0.211,
    exclamation: 1.257,
    superlative: 0.614,
    'scare-quote': 0.286,
    'quoted-share': -0.119,
    'all-quoted': -1.097,
    'saying-verb': -0.685,
    'judging-verb': 0.474,
    number: -0.546,
    time: -0.372,
    unit: 0.249,
    'report-word': -0.226,
    institution: -0.035,
    'third-plural': -0.047,
    'proper-name': -0.138,
    'generic-group': -0.037,
    deixis: 0.096,
    copula: 0.269,
    'ly-adverb': 0.807,
    length: 1,
    imperative: 0.473,
    simile: 0.473,
    aside: 0.252,
    attributed: -0.79,
    'quoted-subjective': 0.87,
    'loaded:pejorative': 0.77,
    'loaded:praise': 1.17,
    'loaded:emotive': 0.648,
    'loaded:intensifier': 1.102,
    'loaded:saying-verb': 1.025,
    'loaded:factive': -0.251,
    'loaded:hedge': -0.023,
    'loaded:absolute': 0.204,
    'loaded:scare-quote': 0.188,
    'word-scores': 1,
    'word-peak': 1.895,
  },
};
