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
  bias: -3.341,
  weights: {
    'negative-judgement': 0.127,
    'positive-judgement': 0.426,
    grading: 0.607,
    attitude: 0.202,
    slant: 0.402,
    partisan: 0.216,
    weasel: -0.156,
    'first-person': 0.218,
    'first-plural': 0.473,
    'first-person-stance': 0.631,
    'second-person': 0.243,
    obligation: 1.437,
    epistemic: 0.576,
    booster: 0.639,
    absolute: -0.069,
    negation: 0.379,
    contrast: 0.38,
    argument: 0.062,
    question: -0.136,
    'rhetorical-question': -0.229,
    exclamation: 0.734,
    superlative: 0.495,
    'scare-quote': 0.157,
    'quoted-share': -0.053,
    'all-quoted': -1,
    'saying-verb': -0.711,
    'judging-verb': 0.547,
    number: -0.754,
    time: -0.172,
    unit: 0.145,
    'report-word': -0.058,
    institution: 0.025,
    'third-plural': -0.048,
    'proper-name': -0.097,
    'generic-group': -0.079,
    deixis: 0.021,
    copula: 0.256,
    'ly-adverb': 0.762,
    length: 0.998,
    imperative: 0.55,
    simile: 0.883,
    aside: 0.148,
    attributed: -0.822,
    'quoted-subjective': 0.953,
    'loaded:pejorative': 0.834,
    'loaded:praise': 1.081,
    'loaded:emotive': 0.645,
    'loaded:intensifier': 1.098,
    'loaded:saying-verb': 1.017,
    'loaded:factive': -0.189,
    'loaded:hedge': 0.16,
    'loaded:absolute': 0.371,
    'loaded:scare-quote': 0.125,
    'word-scores': 1,
    'word-peak': 1.733,
  },
};
