/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * Also fitted on 2316 sentences of our own labelled real pages (dev, fresh, check, train-a, train-b less lazy-image-2 in
 * lib/cli/eval/pages-dev: 893 own, 1423 none), own and none balanced, weighing 0.5 of an average corpus row.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -3.343,
  weights: {
    'negative-judgement': 0.132,
    'positive-judgement': 0.432,
    grading: 0.608,
    attitude: 0.203,
    slant: 0.399,
    partisan: 0.214,
    weasel: -0.155,
    'first-person': 0.216,
    'first-plural': 0.473,
    'first-person-stance': 0.627,
    'second-person': 0.236,
    obligation: 1.441,
    epistemic: 0.585,
    booster: 0.643,
    absolute: -0.065,
    negation: 0.38,
    contrast: 0.378,
    argument: 0.064,
    question: -0.139,
    'rhetorical-question': -0.224,
    exclamation: 0.734,
    superlative: 0.495,
    'scare-quote': 0.15,
    'quoted-share': -0.034,
    'all-quoted': -0.99,
    'saying-verb': -0.685,
    'judging-verb': 0.547,
    number: -0.754,
    time: -0.171,
    unit: 0.15,
    'report-word': -0.054,
    institution: 0.028,
    'third-plural': -0.042,
    'proper-name': -0.095,
    'generic-group': -0.076,
    deixis: 0.023,
    copula: 0.255,
    'ly-adverb': 0.761,
    length: 0.997,
    imperative: 0.551,
    simile: 0.89,
    aside: 0.149,
    attributed: -0.872,
    'quoted-subjective': 0.965,
    'loaded:pejorative': 0.841,
    'loaded:praise': 1.082,
    'loaded:emotive': 0.651,
    'loaded:intensifier': 1.104,
    'loaded:saying-verb': 1.033,
    'loaded:factive': -0.18,
    'loaded:hedge': 0.168,
    'loaded:absolute': 0.37,
    'loaded:scare-quote': 0.131,
    'word-scores': 1,
    'word-peak': 1.736,
  },
};
