/**
 * Fits the weight of a sentence's neighbours (lib/analysis/context.ts) on the outlet-voice
 * sentences of our labelled real pages that the sentence model fits on (OPINION_CONFIG.pageSets,
 * own vs none, the two classes weighing the same): the weight whose rescored opinion,
 * sigmoid(z + weight * mean of the neighbours' z), has the lowest log-loss, on all those pages and
 * with each set left out in turn. Run by `npm run train` after the sentence model's fit (the
 * neighbours' logits are the refitted model's), it writes lib/analysis/context-weight.ts.
 *
 *   npx tsx lib/cli/train/context.ts           fit and report
 *   npx tsx lib/cli/train/context.ts --write   ... and write the weight
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { logit } from '../../analysis/context';
import { sigmoid } from '../../analysis/model';
import type { Sentence } from '../../analysis/types';
import { corporaDir } from '../eval/data-dir';
import { parseEntry } from '../eval/news-voice';
import { locators, pageReport, readLabels } from '../eval/pages-dev';
import { OPINION_CONFIG } from '../train';

/** A labelled outlet-voice sentence: its opinion logit alone, its neighbours' mean, and own or not. */
export interface ContextRow {
  z: number;
  around: number;
  own: boolean;
  set: string;
}

/**
 * The rows of one page: each sentence labelled own or none that the context pass rescored. Read
 * from two reports of the page, with the neighbours' weight at 0 and at 1: at 1 a sentence's shift
 * is its neighbours' mean logit.
 */
export function contextRows(
  alone: readonly Sentence[],
  full: readonly Sentence[],
  entries: readonly string[],
  set: string,
): ContextRow[] {
  const gold = new Map(entries.map((e) => Object.values(parseEntry(e)) as [string, string]));
  const locs = locators(alone.map((s) => s.text));
  return alone.flatMap((s, i) => {
    const g = gold.get(locs[i]!);
    const reason = full[i]?.reasons.find((r) => r.cue === 'context');
    if (s.voice !== 'outlet' || (g !== 'own' && g !== 'none') || !reason) return [];
    return [
      { z: logit(s.opinion), around: logit(full[i]!.opinion) - logit(s.opinion), own: g === 'own', set },
    ];
  });
}

/** The weight (0 .. 1 in steps of 0.025) with the lowest class-balanced log-loss on the rows. */
export function fitWeight(rows: readonly ContextRow[]): number {
  const pos = rows.filter((r) => r.own).length;
  const neg = rows.length - pos;
  let best = { loss: Number.POSITIVE_INFINITY, weight: 0 };
  for (let k = 0; k <= 40; k++) {
    const weight = k / 40;
    let loss = 0;
    for (const r of rows) {
      const p = sigmoid(r.z + weight * r.around);
      loss -= r.own ? Math.log(Math.max(p, 1e-9)) / pos : Math.log(Math.max(1 - p, 1e-9)) / neg;
    }
    if (loss < best.loss - 1e-12) best = { loss, weight };
  }
  return best.weight;
}

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'analysis', 'context-weight.ts');

function main(write: boolean): void {
  const dir = corporaDir();
  const pagesDir = join(dir, 'readability-pages');
  const sets = OPINION_CONFIG.pageSets ?? [];
  const rows: ContextRow[] = [];
  for (const set of sets) {
    const labels = readLabels(set);
    for (const slug of Object.keys(labels.pages).sort()) {
      if (OPINION_CONFIG.pageSkip?.includes(slug)) continue;
      const alone = pageReport(pagesDir, slug, { contextWeight: 0 });
      const full = pageReport(pagesDir, slug, { contextWeight: 1 });
      if (!alone || !full) continue;
      rows.push(...contextRows(alone.sentences, full.sentences, labels.pages[slug]!, set));
    }
  }
  const weight = fitWeight(rows);
  const without = sets.map((set) => fitWeight(rows.filter((r) => r.set !== set)));
  console.log(`context: ${rows.length} rows; weight ${weight}`);
  sets.forEach((set, k) => {
    console.log(`context: without ${set}: weight ${without[k]}`);
  });
  if (!write) return;
  writeFileSync(
    OUT,
    `/**\n * Written by \`npm run train\` (lib/cli/train/context.ts --write). The weight of a sentence's\n * neighbours (lib/analysis/context.ts), fitted on ${rows.length} outlet-voice prose sentences of our labelled\n * real pages (own vs none, classes balanced): the lowest log-loss of sigmoid(z + weight * the\n * neighbours' mean z), in steps of 0.025; with one set left out in turn ${Math.min(...without)} to ${Math.max(...without)}.\n */\nexport const CONTEXT_WEIGHT = ${weight};\n`,
  );
  console.log(`context: wrote ${OUT}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.includes('--write'));
