/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2317 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 896 own, 1421 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.361,
  weights: {
    'negative-judgement': 0.133,
    'positive-judgement': 0.419,
    grading: 0.608,
    attitude: 0.198,
    slant: 0.409,
    partisan: 0.212,
    weasel: -0.157,
    'first-person': 0.211,
    'first-plural': 0.477,
    'first-person-stance': 0.627,
    'second-person': 0.233,
    obligation: 1.428,
    epistemic: 0.57,
    booster: 0.634,
    absolute: -0.065,
    negation: 0.378,
    contrast: 0.38,
    argument: 0.055,
    question: -0.141,
    'rhetorical-question': -0.231,
    exclamation: 0.837,
    superlative: 0.489,
    'scare-quote': 0.165,
    'quoted-share': -0.058,
    'all-quoted': -1.002,
    'saying-verb': -0.708,
    'judging-verb': 0.579,
    number: -0.758,
    time: -0.176,
    unit: 0.142,
    'report-word': -0.039,
    institution: 0.023,
    'third-plural': -0.057,
    'proper-name': -0.097,
    'generic-group': -0.074,
    deixis: 0.024,
    copula: 0.253,
    'ly-adverb': 0.755,
    length: 1.029,
    imperative: 0.548,
    simile: 0.879,
    aside: 0.143,
    attributed: -0.823,
    'quoted-subjective': 0.941,
    'loaded:pejorative': 0.828,
    'loaded:praise': 1.073,
    'loaded:emotive': 0.637,
    'loaded:intensifier': 1.093,
    'loaded:saying-verb': 1.012,
    'loaded:factive': -0.193,
    'loaded:hedge': 0.154,
    'loaded:absolute': 0.367,
    'loaded:scare-quote': 0.116,
    'word-scores': 1,
    'word-peak': 1.73,
  },
};
