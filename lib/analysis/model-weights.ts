/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2316 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 895 own, 1421 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.352,
  weights: {
    'negative-judgement': 0.116,
    'positive-judgement': 0.432,
    grading: 0.604,
    attitude: 0.202,
    slant: 0.406,
    partisan: 0.219,
    weasel: -0.157,
    'first-person': 0.215,
    'first-plural': 0.473,
    'first-person-stance': 0.623,
    'second-person': 0.233,
    obligation: 1.441,
    epistemic: 0.605,
    booster: 0.644,
    absolute: -0.062,
    negation: 0.376,
    contrast: 0.375,
    argument: 0.069,
    question: -0.144,
    'rhetorical-question': -0.225,
    exclamation: 0.733,
    superlative: 0.494,
    'scare-quote': 0.139,
    'quoted-share': -0.035,
    'all-quoted': -0.995,
    'saying-verb': -0.694,
    'judging-verb': 0.53,
    number: -0.752,
    time: -0.17,
    unit: 0.158,
    'report-word': -0.056,
    institution: 0.017,
    'third-plural': -0.044,
    'proper-name': -0.098,
    'generic-group': -0.079,
    deixis: 0.019,
    copula: 0.254,
    'ly-adverb': 0.762,
    length: 1.014,
    imperative: 0.545,
    simile: 0.888,
    aside: 0.15,
    attributed: -0.865,
    'quoted-subjective': 0.949,
    'loaded:pejorative': 0.836,
    'loaded:praise': 1.083,
    'loaded:emotive': 0.655,
    'loaded:intensifier': 1.104,
    'loaded:saying-verb': 1.042,
    'loaded:factive': -0.177,
    'loaded:hedge': 0.164,
    'loaded:absolute': 0.362,
    'loaded:scare-quote': 0.139,
    'word-scores': 1,
    'word-peak': 1.726,
  },
};
