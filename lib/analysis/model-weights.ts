/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2322 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 896 own, 1426 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.344,
  weights: {
    'negative-judgement': 0.111,
    'positive-judgement': 0.428,
    grading: 0.607,
    attitude: 0.195,
    slant: 0.404,
    partisan: 0.213,
    weasel: -0.159,
    'first-person': 0.218,
    'first-plural': 0.473,
    'first-person-stance': 0.629,
    'second-person': 0.233,
    obligation: 1.43,
    epistemic: 0.589,
    booster: 0.627,
    absolute: -0.064,
    negation: 0.378,
    contrast: 0.37,
    argument: 0.065,
    question: -0.138,
    'rhetorical-question': -0.224,
    exclamation: 0.735,
    superlative: 0.492,
    'scare-quote': 0.161,
    'quoted-share': -0.15,
    'all-quoted': -0.95,
    'saying-verb': -0.722,
    'judging-verb': 0.543,
    number: -0.751,
    time: -0.181,
    unit: 0.155,
    'report-word': -0.059,
    institution: 0.031,
    'third-plural': -0.047,
    'proper-name': -0.099,
    'generic-group': -0.082,
    deixis: 0.017,
    copula: 0.252,
    'ly-adverb': 0.761,
    length: 1.014,
    imperative: 0.546,
    simile: 0.966,
    aside: 0.158,
    attributed: -0.827,
    'quoted-subjective': 0.889,
    'loaded:pejorative': 0.85,
    'loaded:praise': 1.091,
    'loaded:emotive': 0.666,
    'loaded:intensifier': 1.081,
    'loaded:saying-verb': 1.021,
    'loaded:factive': -0.161,
    'loaded:hedge': 0.166,
    'loaded:absolute': 0.365,
    'loaded:scare-quote': 0.141,
    'word-scores': 1,
    'word-peak': 1.712,
  },
};
