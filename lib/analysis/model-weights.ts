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
  bias: -2.376,
  weights: {
    'negative-judgement': 0.082,
    'positive-judgement': 0.351,
    grading: 0.486,
    attitude: 0.052,
    slant: 0.435,
    partisan: 0.211,
    weasel: -0.26,
    'first-person': 0.013,
    'first-plural': 0.656,
    'first-person-stance': -0.08,
    'second-person': 0.308,
    obligation: 1.263,
    epistemic: 0.703,
    booster: 0.692,
    absolute: -0.178,
    negation: 0.418,
    contrast: 0.455,
    argument: 0.368,
    question: -0.303,
    'rhetorical-question': 0.191,
    exclamation: 1.201,
    superlative: 0.641,
    'scare-quote': 0.284,
    'quoted-share': -0.141,
    'all-quoted': -1.103,
    'saying-verb': -0.704,
    'judging-verb': 0.459,
    number: -0.578,
    time: -0.36,
    unit: 0.21,
    'report-word': -0.222,
    institution: -0.022,
    'third-plural': -0.033,
    'proper-name': -0.143,
    'generic-group': -0.024,
    deixis: 0.076,
    copula: 0.237,
    'ly-adverb': 0.664,
    length: 1.042,
    imperative: 0.568,
    simile: 0.477,
    aside: 0.261,
    attributed: -0.744,
    'quoted-subjective': 0.876,
    'loaded:pejorative': 0.769,
    'loaded:praise': 1.163,
    'loaded:emotive': 0.654,
    'loaded:intensifier': 1.117,
    'loaded:saying-verb': 1.012,
    'loaded:factive': -0.211,
    'loaded:hedge': -0.08,
    'loaded:absolute': 0.194,
    'loaded:scare-quote': 0.179,
    'word-scores': 1,
    'word-peak': 1.892,
  },
};
