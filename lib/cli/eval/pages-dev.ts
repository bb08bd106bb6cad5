/**
 * Real-pages dev set: sentences of English news and opinion pages from readability-pages, labelled
 * by hand as the outlet's own opinion (`own`), someone else's opinion reported (`reported`) or
 * neither (`none`), before the engine's output on them was looked at (rules: pages-dev/GUIDELINES.md).
 * No page text is stored in the project: each label names its page folder and a locator (a hash of
 * the sentence's first 40 characters, whitespace collapsed, and which occurrence of that hash in
 * the page it is). At eval time every page is read again from the corpora and run through the same
 * path as `npm run analyze -- PAGE --json` (detect, extract, analyzeArticle); report labels map
 * opinion -> own, reported-opinion -> reported, claim/fact -> none.
 *
 *   npx tsx lib/cli/eval/pages-dev.ts              the figures of the five sets
 *   npx tsx lib/cli/eval/pages-dev.ts --errors     the figures, then every disagreement of the dev set
 *   npx tsx lib/cli/eval/pages-dev.ts --errors --check   ... of the check set (looking makes it monitored)
 *   npx tsx lib/cli/eval/pages-dev.ts --errors --fresh   ... of the fresh set (reading them makes it
 *                                                  monitored: say so wherever its figure is quoted)
 *   npx tsx lib/cli/eval/pages-dev.ts --errors --fresh2  ... of the fresh2 set (the same)
 *   npx tsx lib/cli/eval/pages-dev.ts --errors --fresh3  ... of the fresh3 set (the same)
 *   npx tsx lib/cli/eval/pages-dev.ts --dump SLUG  the page's sentences with their locators and no
 *                                                  engine output (for labelling blind)
 *
 * Five label files, reported apart: `labels.json` (the dev set: 20 pages, monitored, the voice rules
 * were developed while watching it), `labels-check.json` (the check set: 10 other pages, labelled
 * blind the same way later; its individual errors are not read while tuning), `labels-fresh.json`
 * (the fresh set: 10 more pages, labelled blind by another reader after the check set had been
 * watched for a long time; scored once when it was added), `labels-fresh2.json` (the fresh2 set:
 * 8 more pages, labelled blind in a later round when the fresh set's errors began to be read;
 * scored once when it was added, its errors not read) and `labels-fresh3.json` (the fresh3 set: 8
 * more pages, labelled blind in a round after fresh2's, a second unread measure beside it; scored
 * once when it was added, its errors not read).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type AnalyzeOptions, analyzeArticle } from '../../analysis/report';
import type { Label, Report, Sentence } from '../../analysis/types';
import { isArticlePage } from '../../page/detect';
import { extractArticle } from '../../page/extract';
import { loadDocument } from '../dom';
import { corporaDir } from './data-dir';

export type Gold = 'own' | 'reported' | 'none';
export const CLASSES: readonly Gold[] = ['own', 'reported', 'none'];

export interface LabelFile {
  /** Page groups reported apart (the opinion, review and essay pages; the rest are news reports). */
  groups?: Record<string, string[]>;
  /** Page folder -> one entry per labelled sentence: "hash:occurrence:label". */
  pages: Record<string, string[]>;
}

/** The label sets: `dev` is watched while developing, the others are only scored. */
export type LabelSet = 'dev' | 'check' | 'fresh' | 'fresh2' | 'fresh3';

interface SetInfo {
  /** The label file in pages-dev/. */
  file: string;
  /** The name that starts the set's figure lines. */
  name: string;
  /** What the set is, on its first line. */
  title: string;
}

/** Every label set, in the order the eval prints them (the command-line flag `--KEY` picks one for `--errors`). */
const SETS: Record<LabelSet, SetInfo> = {
  dev: {
    file: 'labels.json',
    name: 'pages-dev',
    title:
      'pages-dev (real pages, own/reported/none, labelled blind; monitored during development; its own/none outlet sentences are among the sentence model’s training rows: in-sample)',
  },
  check: {
    file: 'labels-check.json',
    name: 'pages-check',
    title:
      'pages-check (10 other real pages, labelled blind later; errors not read while tuning; among the sentence model’s training rows: in-sample; 0.720 with the model fitted without it)',
  },
  fresh: {
    file: 'labels-fresh.json',
    name: 'pages-fresh',
    title:
      'pages-fresh (10 other real pages, labelled blind in this round; scored once blind (0.657), then its errors were read while tuning: monitored; among the sentence model’s training rows: in-sample)',
  },
  fresh2: {
    file: 'labels-fresh2.json',
    name: 'pages-fresh2',
    title:
      'pages-fresh2 (8 other real pages, labelled blind in a later round; errors not read; not fitted on; its total watched while choosing which pages the sentence model fits on)',
  },
  fresh3: {
    file: 'labels-fresh3.json',
    name: 'pages-fresh3',
    title:
      'pages-fresh3 (8 other real pages, labelled blind in a round after fresh2; errors not read; not fitted on; its total watched while choosing which pages the sentence model fits on)',
  },
};
export const LABEL_SETS = Object.keys(SETS) as readonly LabelSet[];
const LABELS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages-dev');

/** The locator hash: the first 40 characters of the sentence, whitespace collapsed. */
export function sentenceKey(text: string): string {
  const head = text.replace(/\s+/g, ' ').trim().slice(0, 40);
  return createHash('sha1').update(head).digest('hex').slice(0, 10);
}

/** Each sentence's locator "hash:occurrence" in page order. */
export function locators(texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const k = sentenceKey(t);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return `${k}:${n}`;
  });
}

export function goldOf(label: Label): Gold {
  if (label === 'opinion') return 'own';
  if (label === 'reported-opinion') return 'reported';
  return 'none';
}

/** The page's Report as `npm run analyze -- PAGE --json` makes it, or null when no (English) article. */
export function pageReport(pagesDir: string, slug: string, options: AnalyzeOptions = {}): Report | null {
  const file = join(pagesDir, slug, 'source.html');
  if (!existsSync(file)) return null;
  const doc = loadDocument(readFileSync(file, 'utf8'));
  if (!isArticlePage(doc).isArticle) return null;
  const { input } = extractArticle(doc, `https://example.org/${slug}`);
  const report = analyzeArticle(input, options);
  return report.supported ? report : null;
}

/** The page's sentences as `npm run analyze -- PAGE --json` reports them, or null when no article. */
export function pageSentences(pagesDir: string, slug: string): Sentence[] | null {
  return pageReport(pagesDir, slug)?.sentences ?? null;
}

export interface Confusion {
  /** counts[gold][predicted] */
  counts: Record<Gold, Record<Gold, number>>;
  located: number;
  missing: number;
  errors: { slug: string; gold: Gold; got: Gold; text: string; voice: string }[];
  /** counts per page folder, for figures by group of pages */
  byPage: Record<string, Record<Gold, Record<Gold, number>>>;
}

export function emptyConfusion(): Confusion {
  const row = (): Record<Gold, number> => ({ own: 0, reported: 0, none: 0 });
  return {
    counts: { own: row(), reported: row(), none: row() },
    located: 0,
    missing: 0,
    errors: [],
    byPage: {},
  };
}

export function f1For(c: Confusion, k: Gold): { p: number; r: number; f1: number } {
  let predicted = 0;
  let gold = 0;
  for (const g of CLASSES) {
    predicted += c.counts[g][k];
    gold += c.counts[k][g];
  }
  const tp = c.counts[k][k];
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function macroF1(c: Confusion): number {
  return CLASSES.reduce((s, k) => s + f1For(c, k).f1, 0) / CLASSES.length;
}

/**
 * Pages labelled as training rows of the sentence opinion model only (GUIDELINES.md, "Training
 * pages A" and "B"): never a measure, so the eval does not print them.
 */
const TRAIN_FILES = {
  'train-a': 'labels-train-a.json',
  'train-b': 'labels-train-b.json',
  'train-c': 'labels-train-c.json',
  'train-d': 'labels-train-d.json',
  'train-e': 'labels-train-e.json',
} as const;
export type TrainSet = keyof typeof TRAIN_FILES;

export function readLabels(set: LabelSet | TrainSet = 'dev'): LabelFile {
  const file = set in TRAIN_FILES ? TRAIN_FILES[set as TrainSet] : SETS[set as LabelSet].file;
  return JSON.parse(readFileSync(join(LABELS_DIR, file), 'utf8')) as LabelFile;
}

/** The counts of some pages only. */
export function subset(c: Confusion, keep: (slug: string) => boolean): Confusion {
  const out = emptyConfusion();
  for (const [slug, counts] of Object.entries(c.byPage)) {
    if (!keep(slug)) continue;
    for (const g of CLASSES)
      for (const p of CLASSES) {
        out.counts[g][p] += counts[g][p];
        out.located += counts[g][p];
      }
  }
  return out;
}

/** Runs the engine over the labelled pages of a set (all, or those `only` keeps) and counts agreements. */
export function scorePagesDev(
  dir: string,
  only?: (slug: string) => boolean,
  set: LabelSet = 'dev',
): Confusion | string {
  const pagesDir = join(dir, 'readability-pages');
  if (!existsSync(pagesDir)) return `pages-dev: no readability-pages in ${dir}; nothing to measure.`;
  const labels = readLabels(set);
  const c = emptyConfusion();
  for (const [slug, entries] of Object.entries(labels.pages)) {
    if (only && !only(slug)) continue;
    const sentences = pageSentences(pagesDir, slug);
    if (!sentences) {
      c.missing += entries.length;
      continue;
    }
    const byLocator = new Map<string, Sentence>();
    locators(sentences.map((s) => s.text)).forEach((loc, i) => {
      byLocator.set(loc, sentences[i]!);
    });
    for (const entry of entries) {
      const at = entry.lastIndexOf(':');
      const loc = entry.slice(0, at);
      const gold = entry.slice(at + 1) as Gold;
      const s = byLocator.get(loc);
      if (!s) {
        c.missing++;
        continue;
      }
      c.located++;
      const got = goldOf(s.label);
      c.counts[gold][got]++;
      c.byPage[slug] ??= emptyConfusion().counts;
      c.byPage[slug]![gold][got]++;
      if (got !== gold) {
        const voice = s.voice === 'outlet' ? 'outlet' : `${s.voice.via}:${s.voice.speaker}`;
        c.errors.push({ slug, gold, got, text: s.text, voice });
      }
    }
  }
  return c;
}

/** The name that starts a set's figure lines. */
export const SET_NAME = Object.fromEntries(LABEL_SETS.map((set) => [set, SETS[set].name])) as Record<
  LabelSet,
  string
>;

/** The set whose errors `--errors` lists: `--check`, `--fresh`, `--fresh2` or `--fresh3` picks one, else the dev set. */
export function errorsSet(args: readonly string[]): LabelSet {
  return LABEL_SETS.find((set) => set !== 'dev' && args.includes(`--${set}`)) ?? 'dev';
}

/** The figures of one label set as lines for `npm run eval`. */
export function evalPageSet(dir: string, set: LabelSet): string[] {
  const c = scorePagesDev(dir, undefined, set);
  if (typeof c === 'string') return [c];
  const name = SET_NAME[set];
  const own = f1For(c, 'own');
  const rep = f1For(c, 'reported');
  const none = f1For(c, 'none');
  const labels = readLabels(set);
  const pages = Object.keys(labels.pages).length;
  const gold = (k: Gold) => CLASSES.reduce((s, g) => s + c.counts[k][g], 0);
  const opinion = new Set(labels.groups?.opinion ?? []);
  const split = (c2: Confusion, title: string): string =>
    `${title} sentences=${c2.located} macro-F1=${macroF1(c2).toFixed(3)} reported recall=${f1For(c2, 'reported').r.toFixed(3)} own precision=${f1For(c2, 'own').p.toFixed(3)}`;
  return [
    `${SETS[set].title}: pages=${pages} ` +
      `sentences=${c.located}${c.missing ? ` unlocated=${c.missing}` : ''} ` +
      `gold own=${gold('own')} reported=${gold('reported')} none=${gold('none')}`,
    `${name}: macro-F1=${macroF1(c).toFixed(3)} reported recall=${rep.r.toFixed(3)} precision=${rep.p.toFixed(3)} ` +
      `own precision=${own.p.toFixed(3)} recall=${own.r.toFixed(3)} none F1=${none.f1.toFixed(3)}`,
    `${name} by kind: ${split(
      subset(c, (slug) => !opinion.has(slug)),
      `news (${pages - opinion.size} pages)`,
    )}; ${split(
      subset(c, (slug) => opinion.has(slug)),
      `opinion/review/essay (${opinion.size} pages)`,
    )}`,
  ];
}

/** The figures of the label sets (dev, check, fresh, fresh2, then fresh3) as lines for `npm run eval`. */
export function evalPagesDev(dir: string = corporaDir()): string[] {
  return LABEL_SETS.flatMap((set) => evalPageSet(dir, set));
}

function dump(slug: string): void {
  const sentences = pageSentences(join(corporaDir(), 'readability-pages'), slug);
  if (!sentences) {
    console.log(`pages-dev: no article for ${slug}`);
    return;
  }
  const locs = locators(sentences.map((s) => s.text));
  sentences.forEach((s, i) => {
    console.log(`${i}\t${locs[i]}\t${s.text.replace(/\s+/g, ' ')}`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dump');
  if (at >= 0 && args[at + 1]) dump(args[at + 1]!);
  else {
    const dir = corporaDir();
    for (const line of evalPagesDev(dir)) console.log(line);
    if (args.includes('--errors')) {
      const c = scorePagesDev(dir, undefined, errorsSet(args));
      if (typeof c !== 'string')
        for (const e of c.errors)
          console.log(`${e.slug}\tgold=${e.gold}\tgot=${e.got}\t${e.voice}\t${e.text.replace(/\s+/g, ' ')}`);
    }
  }
}
