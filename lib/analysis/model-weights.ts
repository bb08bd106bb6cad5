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
  bias: -2.381,
  weights: {
    'negative-judgement': 0.064,
    'positive-judgement': 0.339,
    grading: 0.463,
    attitude: 0.049,
    slant: 0.453,
    partisan: 0.211,
    weasel: -0.248,
    'first-person': 0.015,
    'first-plural': 0.663,
    'first-person-stance': -0.091,
    'second-person': 0.299,
    obligation: 1.253,
    epistemic: 0.708,
    booster: 0.717,
    absolute: -0.181,
    negation: 0.423,
    contrast: 0.452,
    argument: 0.348,
    question: -0.303,
    'rhetorical-question': 0.198,
    exclamation: 1.263,
    superlative: 0.625,
    'scare-quote': 0.28,
    'quoted-share': -0.156,
    'all-quoted': -1.101,
    'saying-verb': -0.714,
    'judging-verb': 0.47,
    number: -0.561,
    time: -0.372,
    unit: 0.234,
    'report-word': -0.241,
    institution: -0.029,
    'third-plural': -0.035,
    'proper-name': -0.142,
    'generic-group': -0.041,
    deixis: 0.082,
    copula: 0.253,
    'ly-adverb': 0.815,
    length: 1.035,
    imperative: 0.552,
    simile: 0.455,
    aside: 0.252,
    attributed: -0.743,
    'quoted-subjective': 0.89,
    'loaded:pejorative': 0.752,
    'loaded:praise': 1.175,
    'loaded:emotive': 0.655,
    'loaded:intensifier': 1.098,
    'loaded:saying-verb': 0.994,
    'loaded:factive': -0.248,
    'loaded:hedge': -0.045,
    'loaded:absolute': 0.194,
    'loaded:scare-quote': 0.162,
    'word-scores': 1,
    'word-peak': 1.9,
  },
};
