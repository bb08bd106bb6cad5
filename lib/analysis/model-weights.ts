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
  bias: -2.381,
  weights: {
    'negative-judgement': 0.062,
    'positive-judgement': 0.338,
    grading: 0.461,
    attitude: 0.053,
    slant: 0.455,
    partisan: 0.209,
    weasel: -0.245,
    'first-person': 0.013,
    'first-plural': 0.664,
    'first-person-stance': -0.093,
    'second-person': 0.297,
    obligation: 1.266,
    epistemic: 0.707,
    booster: 0.716,
    absolute: -0.181,
    negation: 0.424,
    contrast: 0.45,
    argument: 0.346,
    question: -0.305,
    'rhetorical-question': 0.198,
    exclamation: 1.26,
    superlative: 0.622,
    'scare-quote': 0.288,
    'quoted-share': -0.14,
    'all-quoted': -1.102,
    'saying-verb': -0.712,
    'judging-verb': 0.471,
    number: -0.556,
    time: -0.372,
    unit: 0.238,
    'report-word': -0.238,
    institution: -0.024,
    'third-plural': -0.036,
    'proper-name': -0.139,
    'generic-group': -0.044,
    deixis: 0.086,
    copula: 0.253,
    'ly-adverb': 0.816,
    length: 1.03,
    imperative: 0.55,
    simile: 0.455,
    aside: 0.254,
    attributed: -0.75,
    'quoted-subjective': 0.882,
    'loaded:pejorative': 0.75,
    'loaded:praise': 1.172,
    'loaded:emotive': 0.653,
    'loaded:intensifier': 1.096,
    'loaded:saying-verb': 0.992,
    'loaded:factive': -0.25,
    'loaded:hedge': -0.022,
    'loaded:absolute': 0.193,
    'loaded:scare-quote': 0.154,
    'word-scores': 1,
    'word-peak': 1.9,
  },
};
