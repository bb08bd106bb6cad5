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
  bias: -3.354,
  weights: {
    'negative-judgement': 0.129,
    'positive-judgement': 0.411,
    grading: 0.599,
    attitude: 0.186,
    slant: 0.408,
    partisan: 0.215,
    weasel: -0.129,
    'first-person': 0.204,
    'first-plural': 0.491,
    'first-person-stance': 0.614,
    'second-person': 0.256,
    obligation: 1.425,
    epistemic: 0.576,
    booster: 0.619,
    absolute: -0.069,
    negation: 0.38,
    contrast: 0.387,
    argument: 0.067,
    question: -0.15,
    'rhetorical-question': -0.232,
    exclamation: 0.835,
    superlative: 0.465,
    'scare-quote': 0.184,
    'quoted-share': -0.056,
    'all-quoted': -0.994,
    'saying-verb': -0.689,
    'judging-verb': 0.552,
    number: -0.76,
    time: -0.171,
    unit: 0.132,
    'report-word': -0.032,
    institution: 0.021,
    'third-plural': -0.048,
    'proper-name': -0.104,
    'generic-group': -0.06,
    deixis: 0.024,
    copula: 0.251,
    'ly-adverb': 0.742,
    length: 1.05,
    imperative: 0.543,
    simile: 0.956,
    aside: 0.139,
    attributed: -0.86,
    'quoted-subjective': 0.923,
    'loaded:pejorative': 0.817,
    'loaded:praise': 1.071,
    'loaded:emotive': 0.641,
    'loaded:intensifier': 1.08,
    'loaded:saying-verb': 1.054,
    'loaded:factive': -0.214,
    'loaded:hedge': 0.136,
    'loaded:absolute': 0.365,
    'loaded:scare-quote': 0.114,
    'word-scores': 1,
    'word-peak': 1.748,
  },
};
