/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2327 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 901 own, 1426 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.395,
  weights: {
    'negative-judgement': 0.1,
    'positive-judgement': 0.444,
    grading: 0.609,
    attitude: 0.175,
    slant: 0.415,
    partisan: 0.243,
    weasel: -0.133,
    'first-person': 0.26,
    'first-plural': 0.502,
    'first-person-stance': 0.798,
    'second-person': 0.29,
    obligation: 1.401,
    epistemic: 0.677,
    booster: 0.606,
    absolute: -0.08,
    negation: 0.359,
    contrast: 0.398,
    argument: 0.042,
    question: -0.104,
    'rhetorical-question': -0.242,
    exclamation: 0.811,
    superlative: 0.463,
    'scare-quote': 0.316,
    'quoted-share': -0.054,
    'all-quoted': -1.058,
    'saying-verb': -0.677,
    'judging-verb': 0.544,
    number: -0.763,
    time: -0.17,
    unit: 0.13,
    'report-word': -0.027,
    institution: 0.024,
    'third-plural': -0.037,
    'proper-name': -0.105,
    'generic-group': -0.07,
    deixis: 0.026,
    copula: 0.234,
    'ly-adverb': 0.722,
    length: 1.07,
    imperative: 0.531,
    simile: 0.925,
    aside: 0.145,
    attributed: -0.91,
    'quoted-subjective': 0.99,
    'loaded:pejorative': 0.789,
    'loaded:praise': 1.064,
    'loaded:emotive': 0.638,
    'loaded:intensifier': 1.065,
    'loaded:saying-verb': 1.057,
    'loaded:factive': -0.216,
    'loaded:hedge': 0.126,
    'loaded:absolute': 0.351,
    'loaded:scare-quote': 0.018,
    'word-scores': 1,
    'word-peak': 1.761,
  },
};
