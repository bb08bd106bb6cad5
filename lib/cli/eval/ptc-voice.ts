/**
 * Whose voice, on whole news articles: articles of the SemEval-2020 propaganda corpus
 * (../shared/corpora/ptc-propaganda/train-articles/, many outlets, news and partisan news), every
 * sentence labelled by hand as the outlet's own opinion (`own`), someone else's opinion reported
 * (`reported`) or neither (`none`), blind (the labels were written and committed before any engine
 * output on these articles was seen). Rules: pages-dev/GUIDELINES.md; what the set is and how it
 * was made: ptc-voice/GUIDELINES.md. It is never read: there is no option that lists its errors.
 *
 * The draw: the article file names sorted, their order shuffled by drawIndices(371, 371,
 * PTC_SEED) (pages-agreement.ts), and the articles taken in that order, keeping those whose body
 * has PTC_MIN..PTC_MAX non-blank lines (the corpus's sentences; the title line not counted), until
 * the kept bodies hold PTC_TARGET lines or more (the article that reaches it is kept).
 *
 * Each article is judged through the page path: the file as an article input (articleInput: the
 * title line as meta.title and as the first block, a heading, as the extractor gives a page's
 * headline; then one paragraph per run of non-blank lines, the lines joined by a space, as they
 * stood in the outlet's paragraph) analysed by analyzeArticle, the step `npm run analyze -- PAGE
 * --json` takes after extraction. Report labels map opinion -> own, reported-opinion -> reported,
 * claim/fact -> none. No text is stored: labels.json holds { "articles": { "articleN.txt":
 * ["key:occ:label"] } }, locators as in pages-dev.ts (sentenceKey of the sentence as the engine
 * segments it, and its occurrence in the article).
 *
 *   npx tsx lib/cli/eval/ptc-voice.ts          title line, then the figure lines
 *   npx tsx lib/cli/eval/ptc-voice.ts --dump   per article: N, locator and text of each sentence as
 *                                              the engine segments it; no engine labels or voice
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeArticle } from '../../analysis/report';
import type { ArticleInput, Label } from '../../analysis/types';
import { corporaDir } from './data-dir';
import { parseEntry } from './news-voice';
import { drawIndices } from './pages-agreement';
import {
  CLASSES,
  type Confusion,
  emptyConfusion,
  f1For,
  type Gold,
  goldOf,
  locators,
  macroF1,
} from './pages-dev';

export const PTC_SEED = 20261208;
export const PTC_MIN = 15;
export const PTC_MAX = 60;
export const PTC_TARGET = 500;

/** labels.json: article file name -> one "key:occ:label" entry per sentence. */
export interface PtcLabels {
  articles: Record<string, string[]>;
}

const LABELS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'ptc-voice', 'labels.json');

export const articlesDir = (dir: string): string => join(dir, 'ptc-propaganda', 'train-articles');

/** An article file split: its title (first line) and its paragraphs (runs of non-blank lines after it). */
export function splitArticle(text: string): { title: string; paragraphs: string[][] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const title = (lines[0] ?? '').trim();
  const paragraphs: string[][] = [];
  let run: string[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim()) run.push(line.trim());
    else if (run.length) {
      paragraphs.push(run);
      run = [];
    }
  }
  if (run.length) paragraphs.push(run);
  return { title, paragraphs };
}

/** The number of body sentences (non-blank lines after the title) the corpus gives the article. */
export function bodyLines(text: string): number {
  return splitArticle(text).paragraphs.reduce((n, p) => n + p.length, 0);
}

/** The article as the analysis input: the title as a heading block, then one paragraph per run of lines. */
export function articleInput(text: string): ArticleInput {
  const { title, paragraphs } = splitArticle(text);
  return {
    meta: title ? { title } : {},
    blocks: [
      ...(title ? [{ kind: 'heading' as const, text: title }] : []),
      ...paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p.join(' ') })),
    ],
  };
}

/**
 * The draw: names sorted, shuffled by the seed, and taken in that order while kept (min..max body
 * lines, counted by `size`) until the kept total reaches `target` (the article reaching it is kept).
 */
export function drawArticles(
  names: readonly string[],
  size: (name: string) => number,
  seed: number = PTC_SEED,
  min: number = PTC_MIN,
  max: number = PTC_MAX,
  target: number = PTC_TARGET,
): string[] {
  const sorted = [...names].sort();
  const kept: string[] = [];
  let total = 0;
  for (const i of drawIndices(sorted.length, sorted.length, seed)) {
    if (total >= target) break;
    const name = sorted[i]!;
    const n = size(name);
    if (n < min || n > max) continue;
    kept.push(name);
    total += n;
  }
  return kept;
}

/** How an article is judged: its sentences with their labels, or null when it is no (English) article. */
export type ArticleJudge = (input: ArticleInput) => readonly { text: string; label: Label }[] | null;

/** The engine as the page path runs it: analyzeArticle's sentences, or null when no (English) article. */
export const ENGINE: ArticleJudge = (input) => {
  const report = analyzeArticle(input);
  return report.supported ? report.sentences : null;
};

/** The drawn articles' texts from the corpora, or a line saying why there are none. */
export function drawnFrom(dir: string): { name: string; text: string }[] | string {
  const folder = articlesDir(dir);
  if (!existsSync(folder))
    return `ptc-voice: no ptc-propaganda train-articles in ${dir}; nothing to measure.`;
  const names = readdirSync(folder).filter((f) => f.endsWith('.txt'));
  const texts = new Map(names.map((n) => [n, readFileSync(join(folder, n), 'utf8')]));
  return drawArticles(names, (n) => bodyLines(texts.get(n)!)).map((name) => ({
    name,
    text: texts.get(name)!,
  }));
}

/**
 * The confusion over the labelled articles: each entry's sentence found among its article's
 * sentences by locator (an article or sentence not found counts as missing, never guessed).
 */
export function scoreArticles(
  articles: readonly { name: string; text: string }[],
  labels: PtcLabels,
  judge: ArticleJudge,
): Confusion {
  const texts = new Map(articles.map((a) => [a.name, a.text]));
  const c = emptyConfusion();
  for (const [name, entries] of Object.entries(labels.articles)) {
    const text = texts.get(name);
    const sentences = text === undefined ? null : judge(articleInput(text));
    if (!sentences) {
      c.missing += entries.length;
      continue;
    }
    const locs = locators(sentences.map((s) => s.text));
    const byLoc = new Map(locs.map((loc, i) => [loc, sentences[i]!]));
    for (const entry of entries) {
      const { loc, gold } = parseEntry(entry);
      const s = byLoc.get(loc);
      if (!s) {
        c.missing++;
        continue;
      }
      const got = goldOf(s.label);
      c.located++;
      c.counts[gold][got]++;
    }
  }
  return c;
}

export const PTC_TITLE =
  'ptc-voice (whole news articles of many outlets from the propaganda corpus, seeded draw, judged ' +
  'through the page path; own/reported/none labelled blind by one reader, committed before any ' +
  'engine output was seen; never fitted on, errors never read; its total watched while choosing which pages the sentence model fits on)';

export function readPtcLabels(file: string = LABELS_FILE): PtcLabels | null {
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<PtcLabels>;
  return { articles: raw.articles ?? {} };
}

/** The figure lines, in pages-dev's format: the title with the counts, then the scores. */
export function ptcFigureLines(
  c: Confusion,
  articles: number,
  title = PTC_TITLE,
  name = 'ptc-voice',
): string[] {
  const gold = (k: Gold) => CLASSES.reduce((s, g) => s + c.counts[k][g], 0);
  const own = f1For(c, 'own');
  const rep = f1For(c, 'reported');
  const none = f1For(c, 'none');
  return [
    `${title}: articles=${articles} sentences=${c.located}${c.missing ? ` unlocated=${c.missing}` : ''} ` +
      `gold own=${gold('own')} reported=${gold('reported')} none=${gold('none')}`,
    `${name}: macro-F1=${macroF1(c).toFixed(3)} reported recall=${rep.r.toFixed(3)} precision=${rep.p.toFixed(3)} ` +
      `own precision=${own.p.toFixed(3)} recall=${own.r.toFixed(3)} none F1=${none.f1.toFixed(3)}`,
  ];
}

/** The lines for `npm run eval`. */
export function evalPtcVoice(dir: string = corporaDir(), judge: ArticleJudge = ENGINE): string[] {
  const articles = drawnFrom(dir);
  if (typeof articles === 'string') return [articles];
  const labels = readPtcLabels();
  if (!labels || Object.keys(labels.articles).length === 0)
    return ['ptc-voice: no labels in lib/cli/eval/ptc-voice/labels.json; nothing to measure.'];
  return ptcFigureLines(scoreArticles(articles, labels, judge), Object.keys(labels.articles).length);
}

function dump(): void {
  const articles = drawnFrom(corporaDir());
  if (typeof articles === 'string') {
    console.log(articles);
    return;
  }
  for (const { name, text } of articles) printArticle(name, ENGINE(articleInput(text)));
}

/**
 * `--dump`'s lines for one article: its name and sentence count, then each sentence's number,
 * locator and text (no label, no voice); "no article" when the engine finds none.
 */
export function printArticle(name: string, sentences: readonly { text: string }[] | null): void {
  if (!sentences) {
    console.log(`# ${name}: no article`);
    return;
  }
  const texts = sentences.map((s) => s.text);
  console.log(`# ${name} (${texts.length} sentences)`);
  locators(texts).forEach((loc, i) => {
    console.log(`${i}\t${loc}\t${texts[i]!.replace(/\s+/g, ' ')}`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.slice(2).includes('--dump')) dump();
  else for (const line of evalPtcVoice()) console.log(line);
}
