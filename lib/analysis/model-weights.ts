/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2314 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 893 own, 1421 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.344,
  weights: {
    'negative-judgement': 0.13,
    'positive-judgement': 0.434,
    grading: 0.607,
    attitude: 0.201,
    slant: 0.403,
    partisan: 0.22,
    weasel: -0.156,
    'first-person': 0.214,
    'first-plural': 0.473,
    'first-person-stance': 0.624,
    'second-person': 0.234,
    obligation: 1.441,
    epistemic: 0.599,
    booster: 0.644,
    absolute: -0.066,
    negation: 0.382,
    contrast: 0.376,
    argument: 0.063,
    question: -0.14,
    'rhetorical-question': -0.225,
    exclamation: 0.732,
    superlative: 0.494,
    'scare-quote': 0.147,
    'quoted-share': -0.03,
    'all-quoted': -0.986,
    'saying-verb': -0.674,
    'judging-verb': 0.546,
    number: -0.752,
    time: -0.169,
    unit: 0.148,
    'report-word': -0.055,
    institution: 0.023,
    'third-plural': -0.043,
    'proper-name': -0.094,
    'generic-group': -0.075,
    deixis: 0.02,
    copula: 0.256,
    'ly-adverb': 0.759,
    length: 1.003,
    imperative: 0.549,
    simile: 0.888,
    aside: 0.151,
    attributed: -0.892,
    'quoted-subjective': 0.967,
    'loaded:pejorative': 0.841,
    'loaded:praise': 1.081,
    'loaded:emotive': 0.649,
    'loaded:intensifier': 1.101,
    'loaded:saying-verb': 1.044,
    'loaded:factive': -0.184,
    'loaded:hedge': 0.168,
    'loaded:absolute': 0.369,
    'loaded:scare-quote': 0.132,
    'word-scores': 1,
    'word-peak': 1.737,
  },
};
