/**
 * Whole news articles labelled as training rows of the sentence opinion model only (never a
 * measure): articles of the SemEval-2020 propaganda corpus other than ptc-voice's (whose articles
 * stay the honest news measure), drawn by a seed of their own, labelled own / reported / none by
 * the rules of lib/cli/eval/pages-dev/GUIDELINES.md, blind, as ptc-voice was
 * (lib/cli/eval/ptc-voice/GUIDELINES.md, "Training articles A" and "B"). Measured as rows and left
 * off (`articles` in OPINION_CONFIG; the same file, "The training articles in the fit").
 *
 * The draw: the file names sorted, shuffled by drawIndices(371, 371, PTC_TRAIN_SEED), ptc-voice's
 * articles skipped, and taken in that order while their bodies have PTC_MIN..PTC_MAX lines; part A
 * until its bodies hold PTC_TARGET lines, then part B the same.
 *
 *   npx tsx lib/cli/train/ptc-rows.ts --dump A    per article of part A: N, locator and text of each
 *                                                 sentence as the engine segments it (no labels)
 *   npx tsx lib/cli/train/ptc-rows.ts --dump B    the same for part B
 *
 * `npm run eval` prints the engine's figure on them (evalPtcTraining): a monitored set, its errors
 * read while writing voice rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeArticle } from '../../analysis/report';
import type { Sentence } from '../../analysis/types';
import { corporaDir } from '../eval/data-dir';
import { drawIndices } from '../eval/pages-agreement';
import {
  articleInput,
  articlesDir,
  bodyLines,
  drawArticles,
  ENGINE,
  PTC_MAX,
  PTC_MIN,
  PTC_TARGET,
  printArticle,
  ptcFigureLines,
  scoreArticles,
} from '../eval/ptc-voice';

export const PTC_TRAIN_SEED = 20261209;
export type Part = 'A' | 'B';
export const PARTS: readonly Part[] = ['A', 'B'];

const LABELS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'ptc-voice');
export const partFile = (part: Part): string => join(LABELS_DIR, `train-${part.toLowerCase()}.json`);

/**
 * Parts A and B of the training draw: names sorted, shuffled by the seed, the `held` articles
 * (ptc-voice's) skipped, kept while `size` is within min..max, each part closed once it holds
 * `target` body lines (the article reaching it is kept).
 */
export function drawTrainParts(
  names: readonly string[],
  size: (name: string) => number,
  held: ReadonlySet<string>,
  seed: number = PTC_TRAIN_SEED,
): Record<Part, string[]> {
  const sorted = [...names].sort();
  const parts: Record<Part, string[]> = { A: [], B: [] };
  let part = 0;
  let total = 0;
  for (const i of drawIndices(sorted.length, sorted.length, seed)) {
    if (part >= PARTS.length) break;
    const name = sorted[i]!;
    if (held.has(name)) continue;
    const n = size(name);
    if (n < PTC_MIN || n > PTC_MAX) continue;
    parts[PARTS[part]!].push(name);
    total += n;
    if (total >= PTC_TARGET) {
      part++;
      total = 0;
    }
  }
  return parts;
}

/** The corpus's articles: name -> text (empty when the corpus is absent). */
function articleTexts(dir: string): Map<string, string> {
  const folder = articlesDir(dir);
  if (!existsSync(folder)) return new Map();
  const names = readdirSync(folder).filter((f) => f.endsWith('.txt'));
  return new Map(names.map((n) => [n, readFileSync(join(folder, n), 'utf8')]));
}

/** Parts A and B as drawn from the corpus at `dir`. */
export function trainParts(dir: string): Record<Part, string[]> {
  const texts = articleTexts(dir);
  const names = [...texts.keys()];
  const size = (n: string) => bodyLines(texts.get(n)!);
  const held = new Set(drawArticles(names, size));
  return drawTrainParts(names, size, held);
}

/** An article's sentences as the page path makes them (null: not an English article). */
export function articleSentences(text: string): Sentence[] | null {
  const report = analyzeArticle(articleInput(text));
  return report.supported ? report.sentences : null;
}

/** A part's labels: article name -> "locator:label" entries (empty when not labelled yet). */
export function readPartLabels(part: Part): Record<string, string[]> {
  const file = partFile(part);
  if (!existsSync(file)) return {};
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles?: Record<string, string[]> }).articles ?? {};
}

/** Every labelled training article with its text and label entries, parts in order. */
export function labelledArticles(dir: string): { name: string; text: string; entries: string[] }[] {
  const texts = articleTexts(dir);
  return PARTS.flatMap((part) =>
    Object.entries(readPartLabels(part))
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([name, entries]) => {
        const text = texts.get(name);
        return text === undefined ? [] : [{ name, text, entries }];
      }),
  );
}

export const PTC_TRAINING_TITLE =
  'ptc-train (the 32 propaganda-corpus articles labelled as training rows, parts A and B; not fitted ' +
  'on (the `articles` option is off); their errors were read while writing voice rules since the ' +
  'sixth session: monitored)';

/** The figure lines for `npm run eval`: the training articles judged as ptc-voice's are. */
export function evalPtcTraining(dir: string = corporaDir()): string[] {
  const articles = labelledArticles(dir);
  if (articles.length === 0)
    return ['ptc-train: no ptc-propaganda train-articles or labels; nothing to measure.'];
  const labels = { articles: Object.fromEntries(articles.map((a) => [a.name, a.entries])) };
  return ptcFigureLines(
    scoreArticles(articles, labels, ENGINE),
    articles.length,
    PTC_TRAINING_TITLE,
    'ptc-train',
  );
}

function dump(part: Part): void {
  const texts = articleTexts(corporaDir());
  if (texts.size === 0) {
    console.log('ptc-rows: no ptc-propaganda train-articles; nothing to dump.');
    return;
  }
  for (const name of trainParts(corporaDir())[part]) printArticle(name, articleSentences(texts.get(name)!));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--dump');
  const part = process.argv[at + 1] as Part;
  if (at < 0 || !PARTS.includes(part)) console.log('usage: --dump A|B');
  else dump(part);
}
