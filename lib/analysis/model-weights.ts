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
  bias: -2.393,
  weights: {
    'negative-judgement': 0.066,
    'positive-judgement': 0.353,
    grading: 0.484,
    attitude: 0.033,
    slant: 0.416,
    partisan: 0.195,
    weasel: -0.262,
    'first-person': 0.013,
    'first-plural': 0.658,
    'first-person-stance': -0.08,
    'second-person': 0.306,
    obligation: 1.249,
    epistemic: 0.702,
    booster: 0.696,
    absolute: -0.18,
    negation: 0.422,
    contrast: 0.452,
    argument: 0.369,
    question: -0.304,
    'rhetorical-question': 0.2,
    exclamation: 1.205,
    superlative: 0.649,
    'scare-quote': 0.285,
    'quoted-share': -0.14,
    'all-quoted': -1.094,
    'saying-verb': -0.699,
    'judging-verb': 0.464,
    number: -0.575,
    time: -0.357,
    unit: 0.213,
    'report-word': -0.227,
    institution: -0.021,
    'third-plural': -0.03,
    'proper-name': -0.142,
    'generic-group': -0.026,
    deixis: 0.076,
    copula: 0.236,
    'ly-adverb': 0.668,
    length: 1.035,
    imperative: 0.562,
    simile: 0.478,
    aside: 0.262,
    attributed: -0.752,
    'quoted-subjective': 0.878,
    'loaded:pejorative': 0.808,
    'loaded:praise': 1.176,
    'loaded:emotive': 0.724,
    'loaded:intensifier': 1.128,
    'loaded:saying-verb': 1.039,
    'loaded:factive': -0.208,
    'loaded:hedge': -0.073,
    'loaded:absolute': 0.198,
    'loaded:scare-quote': 0.187,
    'word-scores': 1,
    'word-peak': 1.875,
  },
};
