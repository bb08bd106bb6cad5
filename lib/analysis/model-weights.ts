/**
 * Fitted by lib/cli/train.ts on CheckThat train_en.tsv (830 sentences, SUBJ/OBJ) and the opinion
 * annotation of BABE-MBIC (967 sentences: entirely factual vs expresses the writer's opinion);
 * L2 lambda 1 by CV log-loss on those, classes balanced. One weight per named feature.
 */
import type { Model } from './model';

export const MODEL: Model = {
  "bias": -0.323,
  "weights": {
    "negative-judgement": 0.551,
    "positive-judgement": 0.4,
    "grading": 1.054,
    "attitude": 0.413,
    "slant": 0.414,
    "partisan": 0.05,
    "weasel": -0.365,
    "first-person": 0.926,
    "first-plural": 1.92,
    "second-person": 1.311,
    "obligation": 1.088,
    "epistemic": 1.284,
    "booster": 1.023,
    "absolute": 0.381,
    "negation": 0.609,
    "contrast": 0.24,
    "argument": 0.404,
    "question": 0.424,
    "rhetorical-question": -0.439,
    "exclamation": 0.78,
    "superlative": 0.719,
    "scare-quote": -0.437,
    "quoted-share": 0.085,
    "all-quoted": -0.775,
    "saying-verb": -1.465,
    "judging-verb": -0.767,
    "number": -0.875,
    "time": -1.808,
    "unit": -0.284,
    "report-word": -1.152,
    "institution": -0.233,
    "third-plural": 0.58,
    "proper-name": -0.272,
    "generic-group": 0.416,
    "deixis": 0.419,
    "copula": 0.464,
    "ly-adverb": 0.313,
    "length": -0.757,
    "imperative": 0.752,
    "simile": 0.692,
    "aside": 0.412,
    "attributed": -1.214,
    "quoted-subjective": 0.34,
    "loaded:pejorative": 1.94,
    "loaded:praise": 1.638,
    "loaded:emotive": 1.219,
    "loaded:intensifier": 1.238,
    "loaded:saying-verb": 0.634,
    "loaded:factive": 0.366,
    "loaded:hedge": -0.475,
    "loaded:absolute": 0.94,
    "loaded:scare-quote": 0.079
  }
};
