/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2320 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 896 own, 1424 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.347,
  weights: {
    'negative-judgement': 0.116,
    'positive-judgement': 0.429,
    grading: 0.607,
    attitude: 0.195,
    slant: 0.405,
    partisan: 0.213,
    weasel: -0.157,
    'first-person': 0.216,
    'first-plural': 0.474,
    'first-person-stance': 0.625,
    'second-person': 0.232,
    obligation: 1.43,
    epistemic: 0.606,
    booster: 0.628,
    absolute: -0.063,
    negation: 0.378,
    contrast: 0.37,
    argument: 0.065,
    question: -0.138,
    'rhetorical-question': -0.228,
    exclamation: 0.734,
    superlative: 0.49,
    'scare-quote': 0.158,
    'quoted-share': -0.12,
    'all-quoted': -0.958,
    'saying-verb': -0.705,
    'judging-verb': 0.55,
    number: -0.75,
    time: -0.179,
    unit: 0.157,
    'report-word': -0.058,
    institution: 0.03,
    'third-plural': -0.047,
    'proper-name': -0.099,
    'generic-group': -0.079,
    deixis: 0.017,
    copula: 0.25,
    'ly-adverb': 0.764,
    length: 1.011,
    imperative: 0.545,
    simile: 0.961,
    aside: 0.156,
    attributed: -0.85,
    'quoted-subjective': 0.911,
    'loaded:pejorative': 0.846,
    'loaded:praise': 1.09,
    'loaded:emotive': 0.663,
    'loaded:intensifier': 1.078,
    'loaded:saying-verb': 1.022,
    'loaded:factive': -0.164,
    'loaded:hedge': 0.164,
    'loaded:absolute': 0.366,
    'loaded:scare-quote': 0.138,
    'word-scores': 1,
    'word-peak': 1.713,
  },
};
