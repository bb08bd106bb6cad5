/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2328 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 901 own, 1427 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.395,
  weights: {
    'negative-judgement': 0.11,
    'positive-judgement': 0.442,
    grading: 0.609,
    attitude: 0.186,
    slant: 0.412,
    partisan: 0.234,
    weasel: -0.135,
    'first-person': 0.26,
    'first-plural': 0.502,
    'first-person-stance': 0.801,
    'second-person': 0.292,
    obligation: 1.402,
    epistemic: 0.653,
    booster: 0.605,
    absolute: -0.079,
    negation: 0.363,
    contrast: 0.404,
    argument: 0.044,
    question: -0.1,
    'rhetorical-question': -0.241,
    exclamation: 0.815,
    superlative: 0.462,
    'scare-quote': 0.308,
    'quoted-share': -0.049,
    'all-quoted': -1.054,
    'saying-verb': -0.688,
    'judging-verb': 0.546,
    number: -0.766,
    time: -0.172,
    unit: 0.14,
    'report-word': -0.035,
    institution: 0.02,
    'third-plural': -0.037,
    'proper-name': -0.106,
    'generic-group': -0.069,
    deixis: 0.028,
    copula: 0.233,
    'ly-adverb': 0.724,
    length: 1.067,
    imperative: 0.533,
    simile: 0.927,
    aside: 0.139,
    attributed: -0.903,
    'quoted-subjective': 0.961,
    'loaded:pejorative': 0.79,
    'loaded:praise': 1.062,
    'loaded:emotive': 0.635,
    'loaded:intensifier': 1.057,
    'loaded:saying-verb': 1.053,
    'loaded:factive': -0.211,
    'loaded:hedge': 0.125,
    'loaded:absolute': 0.352,
    'loaded:scare-quote': 0.026,
    'word-scores': 1,
    'word-peak': 1.763,
  },
};
