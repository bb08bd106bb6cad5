/**
 * Written by `npm run train` (lib/cli/train/opinion.ts). Fitted on CheckThat train + 2023 dev + 2023 test
 * (1292 sentences, SUBJ/OBJ) and BABE-MBIC's opinion label (1548 sentences; "somewhat factual but
 * also opinionated" counts as opinion), classes balanced within each corpus (the two corpora weigh the same), L2 on the features and on the
 * standardised word-vector mean (1 / 20). One weight per named feature; the
 * vector part is folded into per-word scores (tables/opinion-words.ts) behind 'word-scores'.
 * 'word-peak' is the sentence's strongest loaded reading of a word: each word's reading is fitted
 * from its vector on the words BABE's experts marked as biased (the table's second int8).
 */
import type { Model } from './model';

export const MODEL: Model = {
  bias: -2.321,
  weights: {
    'negative-judgement': 0.028,
    'positive-judgement': 0.351,
    grading: 0.478,
    attitude: 0.053,
    slant: 0.472,
    partisan: 0.193,
    weasel: -0.254,
    'first-person': 0.006,
    'first-plural': 0.645,
    'first-person-stance': -0.081,
    'second-person': 0.275,
    obligation: 1.183,
    epistemic: 0.709,
    booster: 0.728,
    absolute: -0.192,
    negation: 0.44,
    contrast: 0.444,
    argument: 0.347,
    question: -0.317,
    'rhetorical-question': 0.207,
    exclamation: 1.257,
    superlative: 0.615,
    'scare-quote': 0.279,
    'quoted-share': -0.131,
    'all-quoted': -1.112,
    'saying-verb': -0.687,
    'judging-verb': 0.506,
    number: -0.549,
    time: -0.366,
    unit: 0.25,
    'report-word': -0.238,
    institution: -0.032,
    'third-plural': -0.042,
    'proper-name': -0.135,
    'generic-group': -0.041,
    deixis: 0.1,
    copula: 0.273,
    'ly-adverb': 0.799,
    length: 0.98,
    imperative: 0.474,
    simile: 0.466,
    aside: 0.25,
    attributed: -0.78,
    'quoted-subjective': 0.861,
    'loaded:pejorative': 0.773,
    'loaded:praise': 1.159,
    'loaded:emotive': 0.652,
    'loaded:intensifier': 1.093,
    'loaded:saying-verb': 1.028,
    'loaded:factive': -0.258,
    'loaded:hedge': -0.03,
    'loaded:absolute': 0.195,
    'loaded:scare-quote': 0.186,
    'word-scores': 1,
    'word-peak': 1.899,
  },
};
