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
  bias: -2.378,
  weights: {
    'negative-judgement': 0.037,
    'positive-judgement': 0.329,
    grading: 0.481,
    attitude: 0.052,
    slant: 0.466,
    partisan: 0.201,
    weasel: -0.244,
    'first-person': 0.006,
    'first-plural': 0.637,
    'first-person-stance': -0.085,
    'second-person': 0.27,
    obligation: 1.163,
    epistemic: 0.721,
    booster: 0.713,
    absolute: -0.186,
    negation: 0.432,
    contrast: 0.441,
    argument: 0.341,
    question: -0.316,
    'rhetorical-question': 0.21,
    exclamation: 1.257,
    superlative: 0.614,
    'scare-quote': 0.287,
    'quoted-share': -0.116,
    'all-quoted': -1.094,
    'saying-verb': -0.682,
    'judging-verb': 0.477,
    number: -0.548,
    time: -0.37,
    unit: 0.247,
    'report-word': -0.224,
    institution: -0.04,
    'third-plural': -0.049,
    'proper-name': -0.138,
    'generic-group': -0.037,
    deixis: 0.098,
    copula: 0.268,
    'ly-adverb': 0.807,
    length: 1.003,
    imperative: 0.473,
    simile: 0.472,
    aside: 0.253,
    attributed: -0.8,
    'quoted-subjective': 0.87,
    'loaded:pejorative': 0.771,
    'loaded:praise': 1.172,
    'loaded:emotive': 0.65,
    'loaded:intensifier': 1.104,
    'loaded:saying-verb': 1.029,
    'loaded:factive': -0.251,
    'loaded:hedge': -0.022,
    'loaded:absolute': 0.204,
    'loaded:scare-quote': 0.187,
    'word-scores': 1,
    'word-peak': 1.896,
  },
};
