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
  bias: -2.366,
  weights: {
    'negative-judgement': 0.066,
    'positive-judgement': 0.332,
    grading: 0.455,
    attitude: 0.047,
    slant: 0.457,
    partisan: 0.2,
    weasel: -0.237,
    'first-person': 0.009,
    'first-plural': 0.662,
    'first-person-stance': -0.1,
    'second-person': 0.288,
    obligation: 1.262,
    epistemic: 0.71,
    booster: 0.714,
    absolute: -0.18,
    negation: 0.435,
    contrast: 0.45,
    argument: 0.347,
    question: -0.305,
    'rhetorical-question': 0.191,
    exclamation: 1.26,
    superlative: 0.609,
    'scare-quote': 0.284,
    'quoted-share': -0.118,
    'all-quoted': -1.099,
    'saying-verb': -0.69,
    'judging-verb': 0.476,
    number: -0.555,
    time: -0.368,
    unit: 0.252,
    'report-word': -0.242,
    institution: -0.035,
    'third-plural': -0.034,
    'proper-name': -0.138,
    'generic-group': -0.04,
    deixis: 0.088,
    copula: 0.262,
    'ly-adverb': 0.81,
    length: 1.029,
    imperative: 0.55,
    simile: 0.462,
    aside: 0.256,
    attributed: -0.795,
    'quoted-subjective': 0.872,
    'loaded:pejorative': 0.755,
    'loaded:praise': 1.169,
    'loaded:emotive': 0.648,
    'loaded:intensifier': 1.099,
    'loaded:saying-verb': 1.02,
    'loaded:factive': -0.251,
    'loaded:hedge': -0.027,
    'loaded:absolute': 0.192,
    'loaded:scare-quote': 0.184,
    'word-scores': 1,
    'word-peak': 1.905,
  },
};
