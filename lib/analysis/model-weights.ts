/**
 * Fitted by lib/cli/train.ts on CheckThat train_en.tsv (830 sentences, SUBJ/OBJ) and the opinion
 * annotation of BABE-MBIC (967 sentences: entirely factual vs expresses the writer's opinion);
 * L2 lambda 1 by CV log-loss on those, classes balanced. One weight per named feature.
 */
import type { Model } from './model';

export const MODEL: Model = {
  "bias": -0.325,
  "weights": {
    "negative-judgement": 0.56,
    "positive-judgement": 0.401,
    "grading": 1.055,
    "attitude": 0.415,
    "slant": 0.415,
    "partisan": 0.05,
    "weasel": -0.358,
    "first-person": 0.927,
    "first-plural": 1.921,
    "second-person": 1.31,
    "obligation": 1.095,
    "epistemic": 1.287,
    "booster": 1.022,
    "absolute": 0.381,
    "negation": 0.61,
    "contrast": 0.239,
    "argument": 0.402,
    "question": 0.426,
    "rhetorical-question": -0.439,
    "exclamation": 0.78,
    "superlative": 0.716,
    "scare-quote": -0.441,
    "quoted-share": 0.086,
    "all-quoted": -0.775,
    "saying-verb": -1.464,
    "judging-verb": -0.768,
    "number": -0.876,
    "time": -1.808,
    "unit": -0.287,
    "report-word": -1.155,
    "institution": -0.237,
    "third-plural": 0.578,
    "proper-name": -0.271,
    "generic-group": 0.419,
    "deixis": 0.423,
    "copula": 0.462,
    "ly-adverb": 0.315,
    "length": -0.756,
    "imperative": 0.751,
    "simile": 0.691,
    "aside": 0.412,
    "attributed": -1.212,
    "quoted-subjective": 0.338,
    "loaded:pejorative": 1.941,
    "loaded:praise": 1.637,
    "loaded:emotive": 1.213,
    "loaded:intensifier": 1.239,
    "loaded:saying-verb": 0.631,
    "loaded:factive": 0.402,
    "loaded:hedge": -0.461,
    "loaded:absolute": 0.937,
    "loaded:scare-quote": 0.078
  }
};
