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
  bias: -3.339,
  weights: {
    'negative-judgement': 0.124,
    'positive-judgement': 0.423,
    grading: 0.606,
    attitude: 0.201,
    slant: 0.405,
    partisan: 0.215,
    weasel: -0.157,
    'first-person': 0.22,
    'first-plural': 0.473,
    'first-person-stance': 0.633,
    'second-person': 0.245,
    obligation: 1.437,
    epistemic: 0.573,
    booster: 0.638,
    absolute: -0.065,
    negation: 0.378,
    contrast: 0.378,
    argument: 0.061,
    question: -0.136,
    'rhetorical-question': -0.23,
    exclamation: 0.733,
    superlative: 0.494,
    'scare-quote': 0.157,
    'quoted-share': -0.059,
    'all-quoted': -1.004,
    'saying-verb': -0.719,
    'judging-verb': 0.541,
    number: -0.755,
    time: -0.173,
    unit: 0.145,
    'report-word': -0.049,
    institution: 0.024,
    'third-plural': -0.05,
    'proper-name': -0.096,
    'generic-group': -0.08,
    deixis: 0.021,
    copula: 0.254,
    'ly-adverb': 0.761,
    length: 1.001,
    imperative: 0.552,
    simile: 0.883,
    aside: 0.147,
    attributed: -0.809,
    'quoted-subjective': 0.952,
    'loaded:pejorative': 0.832,
    'loaded:praise': 1.079,
    'loaded:emotive': 0.644,
    'loaded:intensifier': 1.097,
    'loaded:saying-verb': 1.012,
    'loaded:factive': -0.188,
    'loaded:hedge': 0.158,
    'loaded:absolute': 0.37,
    'loaded:scare-quote': 0.125,
    'word-scores': 1,
    'word-peak': 1.735,
  },
};
