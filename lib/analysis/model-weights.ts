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
  bias: -2.446,
  weights: {
    'negative-judgement': 0.137,
    'positive-judgement': 0.363,
    grading: 0.497,
    attitude: 0.094,
    slant: 0.462,
    partisan: 0.24,
    weasel: -0.257,
    'first-person': 0.03,
    'first-plural': 0.637,
    'first-person-stance': -0.102,
    'second-person': 0.311,
    obligation: 1.259,
    epistemic: 0.723,
    booster: 0.693,
    absolute: -0.194,
    negation: 0.432,
    contrast: 0.451,
    argument: 0.383,
    question: -0.293,
    'rhetorical-question': 0.173,
    exclamation: 1.208,
    superlative: 0.616,
    'scare-quote': 0.257,
    'quoted-share': -0.137,
    'all-quoted': -1.075,
    'saying-verb': -0.605,
    'judging-verb': 0.396,
    number: -0.57,
    time: -0.336,
    unit: 0.203,
    'report-word': -0.242,
    institution: -0.006,
    'third-plural': -0.047,
    'proper-name': -0.157,
    'generic-group': -0.017,
    deixis: 0.056,
    copula: 0.235,
    'ly-adverb': 0.651,
    length: 1.061,
    imperative: 0.533,
    simile: 0.453,
    aside: 0.258,
    attributed: -0.739,
    'quoted-subjective': 0.868,
    'loaded:pejorative': 0.628,
    'loaded:praise': 1.175,
    'loaded:emotive': 0.682,
    'loaded:intensifier': 1.089,
    'loaded:saying-verb': 1.044,
    'loaded:factive': -0.204,
    'loaded:hedge': -0.072,
    'loaded:absolute': 0.226,
    'loaded:scare-quote': 0.21,
    'word-scores': 1,
    'word-peak': 1.859,
  },
};
