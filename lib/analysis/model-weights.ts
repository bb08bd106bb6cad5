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
  bias: -2.448,
  weights: {
    'negative-judgement': 0.14,
    'positive-judgement': 0.362,
    grading: 0.499,
    attitude: 0.093,
    slant: 0.468,
    partisan: 0.24,
    weasel: -0.255,
    'first-person': 0.029,
    'first-plural': 0.635,
    'first-person-stance': -0.103,
    'second-person': 0.308,
    obligation: 1.26,
    epistemic: 0.725,
    booster: 0.693,
    absolute: -0.184,
    negation: 0.432,
    contrast: 0.451,
    argument: 0.383,
    question: -0.295,
    'rhetorical-question': 0.172,
    exclamation: 1.206,
    superlative: 0.612,
    'scare-quote': 0.255,
    'quoted-share': -0.127,
    'all-quoted': -1.07,
    'saying-verb': -0.59,
    'judging-verb': 0.402,
    number: -0.568,
    time: -0.338,
    unit: 0.206,
    'report-word': -0.233,
    institution: -0.008,
    'third-plural': -0.044,
    'proper-name': -0.156,
    'generic-group': -0.017,
    deixis: 0.056,
    copula: 0.233,
    'ly-adverb': 0.651,
    length: 1.061,
    imperative: 0.534,
    simile: 0.45,
    aside: 0.258,
    attributed: -0.765,
    'quoted-subjective': 0.872,
    'loaded:pejorative': 0.627,
    'loaded:praise': 1.173,
    'loaded:emotive': 0.683,
    'loaded:intensifier': 1.085,
    'loaded:saying-verb': 1.044,
    'loaded:factive': -0.196,
    'loaded:hedge': -0.071,
    'loaded:absolute': 0.22,
    'loaded:scare-quote': 0.211,
    'word-scores': 1,
    'word-peak': 1.862,
  },
};
