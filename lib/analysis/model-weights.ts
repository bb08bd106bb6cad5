/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 1432 sentences of our own labelled real pages (dev, fresh, check in
 * lib/cli/eval/pages-dev: 531 own, 901 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.714,
  weights: {
    'negative-judgement': 0.018,
    'positive-judgement': 0.461,
    grading: 0.549,
    attitude: 0.07,
    slant: 0.503,
    partisan: 0.216,
    weasel: -0.166,
    'first-person': 0.291,
    'first-plural': 0.596,
    'first-person-stance': 0.322,
    'second-person': 0.04,
    obligation: 1.226,
    epistemic: 0.602,
    booster: 0.662,
    absolute: -0.108,
    negation: 0.425,
    contrast: 0.373,
    argument: 0.149,
    question: -0.352,
    'rhetorical-question': 0.213,
    exclamation: 0.343,
    superlative: 0.578,
    'scare-quote': 0.176,
    'quoted-share': -0.147,
    'all-quoted': -0.87,
    'saying-verb': -0.682,
    'judging-verb': 0.515,
    number: -0.63,
    time: -0.363,
    unit: 0.145,
    'report-word': -0.122,
    institution: -0.132,
    'third-plural': -0.061,
    'proper-name': -0.069,
    'generic-group': -0.056,
    deixis: -0.013,
    copula: 0.233,
    'ly-adverb': 0.804,
    length: 1.54,
    imperative: 0.719,
    simile: 0.88,
    aside: 0.215,
    attributed: -0.819,
    'quoted-subjective': 0.91,
    'loaded:pejorative': 0.822,
    'loaded:praise': 1.176,
    'loaded:emotive': 0.606,
    'loaded:intensifier': 1.004,
    'loaded:saying-verb': 1.063,
    'loaded:factive': -0.246,
    'loaded:hedge': 0.065,
    'loaded:absolute': 0.261,
    'loaded:scare-quote': 0.175,
    'word-scores': 1,
    'word-peak': 1.768,
  },
};
