/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2316 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 897 own, 1419 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.355,
  weights: {
    'negative-judgement': 0.13,
    'positive-judgement': 0.412,
    grading: 0.599,
    attitude: 0.189,
    slant: 0.408,
    partisan: 0.225,
    weasel: -0.129,
    'first-person': 0.202,
    'first-plural': 0.49,
    'first-person-stance': 0.613,
    'second-person': 0.256,
    obligation: 1.425,
    epistemic: 0.577,
    booster: 0.619,
    absolute: -0.069,
    negation: 0.382,
    contrast: 0.386,
    argument: 0.067,
    question: -0.15,
    'rhetorical-question': -0.231,
    exclamation: 0.835,
    superlative: 0.465,
    'scare-quote': 0.184,
    'quoted-share': -0.052,
    'all-quoted': -0.991,
    'saying-verb': -0.682,
    'judging-verb': 0.558,
    number: -0.76,
    time: -0.171,
    unit: 0.134,
    'report-word': -0.03,
    institution: 0.022,
    'third-plural': -0.048,
    'proper-name': -0.105,
    'generic-group': -0.06,
    deixis: 0.025,
    copula: 0.252,
    'ly-adverb': 0.742,
    length: 1.054,
    imperative: 0.543,
    simile: 0.956,
    aside: 0.138,
    attributed: -0.876,
    'quoted-subjective': 0.925,
    'loaded:pejorative': 0.812,
    'loaded:praise': 1.071,
    'loaded:emotive': 0.64,
    'loaded:intensifier': 1.08,
    'loaded:saying-verb': 1.057,
    'loaded:factive': -0.218,
    'loaded:hedge': 0.137,
    'loaded:absolute': 0.364,
    'loaded:scare-quote': 0.114,
    'word-scores': 1,
    'word-peak': 1.748,
  },
};
