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
  bias: -3.352,
  weights: {
    'negative-judgement': 0.131,
    'positive-judgement': 0.411,
    grading: 0.6,
    attitude: 0.189,
    slant: 0.411,
    partisan: 0.227,
    weasel: -0.128,
    'first-person': 0.202,
    'first-plural': 0.487,
    'first-person-stance': 0.605,
    'second-person': 0.25,
    obligation: 1.423,
    epistemic: 0.589,
    booster: 0.618,
    absolute: -0.066,
    negation: 0.381,
    contrast: 0.384,
    argument: 0.066,
    question: -0.154,
    'rhetorical-question': -0.231,
    exclamation: 0.833,
    superlative: 0.464,
    'scare-quote': 0.184,
    'quoted-share': -0.047,
    'all-quoted': -0.989,
    'saying-verb': -0.684,
    'judging-verb': 0.561,
    number: -0.761,
    time: -0.169,
    unit: 0.139,
    'report-word': -0.03,
    institution: 0.021,
    'third-plural': -0.047,
    'proper-name': -0.106,
    'generic-group': -0.057,
    deixis: 0.025,
    copula: 0.254,
    'ly-adverb': 0.743,
    length: 1.052,
    imperative: 0.54,
    simile: 0.951,
    aside: 0.141,
    attributed: -0.884,
    'quoted-subjective': 0.925,
    'loaded:pejorative': 0.811,
    'loaded:praise': 1.072,
    'loaded:emotive': 0.64,
    'loaded:intensifier': 1.081,
    'loaded:saying-verb': 1.06,
    'loaded:factive': -0.217,
    'loaded:hedge': 0.137,
    'loaded:absolute': 0.362,
    'loaded:scare-quote': 0.116,
    'word-scores': 1,
    'word-peak': 1.747,
  },
};
