/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2320 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 901 own, 1419 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.385,
  weights: {
    'negative-judgement': 0.108,
    'positive-judgement': 0.44,
    grading: 0.606,
    attitude: 0.184,
    slant: 0.411,
    partisan: 0.234,
    weasel: -0.131,
    'first-person': 0.261,
    'first-plural': 0.502,
    'first-person-stance': 0.801,
    'second-person': 0.291,
    obligation: 1.4,
    epistemic: 0.66,
    booster: 0.602,
    absolute: -0.081,
    negation: 0.361,
    contrast: 0.402,
    argument: 0.049,
    question: -0.102,
    'rhetorical-question': -0.24,
    exclamation: 0.81,
    superlative: 0.457,
    'scare-quote': 0.306,
    'quoted-share': -0.042,
    'all-quoted': -1.061,
    'saying-verb': -0.701,
    'judging-verb': 0.538,
    number: -0.765,
    time: -0.172,
    unit: 0.136,
    'report-word': -0.038,
    institution: 0.022,
    'third-plural': -0.035,
    'proper-name': -0.109,
    'generic-group': -0.068,
    deixis: 0.026,
    copula: 0.237,
    'ly-adverb': 0.723,
    length: 1.068,
    imperative: 0.531,
    simile: 0.927,
    aside: 0.139,
    attributed: -0.88,
    'quoted-subjective': 0.958,
    'loaded:pejorative': 0.789,
    'loaded:praise': 1.064,
    'loaded:emotive': 0.634,
    'loaded:intensifier': 1.057,
    'loaded:saying-verb': 1.045,
    'loaded:factive': -0.21,
    'loaded:hedge': 0.12,
    'loaded:absolute': 0.352,
    'loaded:scare-quote': 0.025,
    'word-scores': 1,
    'word-peak': 1.768,
  },
};
