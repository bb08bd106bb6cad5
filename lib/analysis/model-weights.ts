/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2318 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 894 own, 1424 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.34,
  weights: {
    'negative-judgement': 0.128,
    'positive-judgement': 0.428,
    grading: 0.607,
    attitude: 0.203,
    slant: 0.403,
    partisan: 0.217,
    weasel: -0.155,
    'first-person': 0.216,
    'first-plural': 0.472,
    'first-person-stance': 0.629,
    'second-person': 0.241,
    obligation: 1.439,
    epistemic: 0.579,
    booster: 0.641,
    absolute: -0.067,
    negation: 0.38,
    contrast: 0.38,
    argument: 0.064,
    question: -0.137,
    'rhetorical-question': -0.228,
    exclamation: 0.734,
    superlative: 0.495,
    'scare-quote': 0.157,
    'quoted-share': -0.042,
    'all-quoted': -0.995,
    'saying-verb': -0.698,
    'judging-verb': 0.556,
    number: -0.754,
    time: -0.173,
    unit: 0.147,
    'report-word': -0.055,
    institution: 0.026,
    'third-plural': -0.048,
    'proper-name': -0.095,
    'generic-group': -0.078,
    deixis: 0.022,
    copula: 0.256,
    'ly-adverb': 0.762,
    length: 0.997,
    imperative: 0.55,
    simile: 0.88,
    aside: 0.148,
    attributed: -0.85,
    'quoted-subjective': 0.956,
    'loaded:pejorative': 0.834,
    'loaded:praise': 1.081,
    'loaded:emotive': 0.644,
    'loaded:intensifier': 1.099,
    'loaded:saying-verb': 1.024,
    'loaded:factive': -0.191,
    'loaded:hedge': 0.162,
    'loaded:absolute': 0.37,
    'loaded:scare-quote': 0.126,
    'word-scores': 1,
    'word-peak': 1.736,
  },
};
