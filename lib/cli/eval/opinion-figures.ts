/**
 * The sentence model's honest figures, as the last `npm run train` measured them by refitting
 * with a group left out (lib/cli/train/opinion-figures.json): eval prints them beside its
 * in-sample table, so every figure says what it was fitted on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Figure {
  n: number;
  macroF1: number;
}

interface Figures {
  withVectors: Record<string, Figure> & { perGroup: Record<string, Figure> };
  featuresAlone: Record<string, Figure> & { perGroup: Record<string, Figure> };
}

export interface OpinionFigures {
  note: string;
  fittedOn: string;
  withVectors: Figures['withVectors'];
  featuresAlone: Figures['featuresAlone'];
}

export function opinionFigures(): OpinionFigures | undefined {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'train', 'opinion-figures.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as OpinionFigures;
}

const ROWS: [string, string, string][] = [
  ['checkThatReleaseLeftOut', 'CheckThat, each release left out in turn', "SUBJ = label 'opinion'"],
  [
    'checkThatReleaseLeftOutAnyVoice',
    'CheckThat, each release left out, any voice',
    "SUBJ = label 'opinion' or 'reported-opinion'",
  ],
  ['babeOutletLeftOut', 'BABE, each outlet left out in turn', "Biased = label 'opinion' or a loaded term"],
  ['babeOutletLeftOutLabelOnly', 'BABE, each outlet left out, label only', "Biased = label 'opinion'"],
  [
    'babeOutletLeftOutAnyVoice',
    'BABE, each outlet left out, any voice',
    "Biased = label 'opinion' or 'reported-opinion'",
  ],
  [
    'babeOpinionGoldLabelOnly',
    'BABE opinion label as gold, outlet left out, label only',
    "opinion (or somewhat) = label 'opinion'",
  ],
  [
    'babeOpinionGoldAnyVoice',
    'BABE opinion label as gold, outlet left out, any voice',
    "opinion (or somewhat) = label 'opinion' or 'reported-opinion'",
  ],
  ['checkThatToBabe', 'fitted on CheckThat only -> BABE', "Biased = label 'opinion' or a loaded term"],
  [
    'checkThatToBabeAnyVoice',
    'fitted on CheckThat only -> BABE, any voice',
    "Biased = label 'opinion' or 'reported-opinion'",
  ],
  ['babeToCheckThat', 'fitted on BABE only -> CheckThat', "SUBJ = label 'opinion'"],
  [
    'babeToCheckThatAnyVoice',
    'fitted on BABE only -> CheckThat, any voice',
    "SUBJ = label 'opinion' or 'reported-opinion'",
  ],
  ['checkThatTrainToDev', 'CheckThat train + BABE -> CheckThat dev', "SUBJ = label 'opinion'"],
];

export function opinionFigureLines(f: OpinionFigures): string[] {
  const out = [
    '',
    'sentence model refitted with data left out (from the last npm run train; settings chosen watching these, so monitored):',
    '| measure | n | macro-F1 | features alone | how |',
    '|---|---|---|---|---|',
  ];
  for (const [key, name, how] of ROWS) {
    const a = f.withVectors[key];
    const b = f.featuresAlone[key];
    if (!a || !b) continue;
    out.push(`| ${name} | ${a.n} | ${a.macroF1.toFixed(3)} | ${b.macroF1.toFixed(3)} | ${how} |`);
  }
  const groups = Object.entries(f.withVectors.perGroup)
    .map(([g, s]) => `${g} ${s.macroF1.toFixed(3)}`)
    .join(', ');
  out.push(`per group left out: ${groups}`);
  return out;
}
