/**
 * Agreement between two readers on the real-pages label sets (rules: pages-dev/GUIDELINES.md).
 * The label sets were each made by one reader; a second reader labels a seeded random sample of a
 * set's sentences, blind (without the first reader's labels or the engine's output), into
 * `pages-dev/labels-second.json` (same format: page -> ["hash:occurrence:label"]).
 *
 *   npx tsx lib/cli/eval/pages-agreement.ts --sample SET N SEED   N labelled sentences of SET (dev,
 *        check, fresh, fresh2, fresh3) picked by a seeded PRNG, with the sentence before and after each for
 *        context, WITHOUT their labels (for the second reader)
 *   npx tsx lib/cli/eval/pages-agreement.ts                       per set with second labels: raw
 *        agreement, Cohen's kappa, the confusion (original x second), and the engine's macro-F1
 *        against each reader on exactly the doubly labelled sentences
 *   npx tsx lib/cli/eval/pages-agreement.ts --disagreements       the same, then every sentence the
 *        two readers label differently (page, locator, original, second, engine, text)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Sentence } from '../../analysis/types';
import { corporaDir } from './data-dir';
import {
  CLASSES,
  type Confusion,
  emptyConfusion,
  f1For,
  type Gold,
  goldOf,
  LABEL_SETS,
  type LabelFile,
  type LabelSet,
  locators,
  macroF1,
  pageSentences,
  readLabels,
} from './pages-dev';

const SECOND_FILE = join(dirname(fileURLToPath(import.meta.url)), 'pages-dev', 'labels-second.json');

/** mulberry32: a small seeded PRNG; returns a function giving floats in [0, 1), the same run for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` distinct indices of 0..size-1 drawn by a partial Fisher-Yates shuffle with the seeded PRNG, in the order drawn. */
export function drawIndices(size: number, n: number, seed: number): number[] {
  const rand = seededRandom(seed);
  const idx = Array.from({ length: size }, (_, i) => i);
  const k = Math.min(n, size);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (size - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, k);
}

/** The same `n` indices as drawIndices, sorted. */
export function sampleIndices(size: number, n: number, seed: number): number[] {
  return drawIndices(size, n, seed).sort((x, y) => x - y);
}

/** counts[first][second] of two readers' labels on the same items. */
export type Agreement = Record<Gold, Record<Gold, number>>;

export function emptyAgreement(): Agreement {
  return emptyConfusion().counts;
}

export function agreementTotal(m: Agreement): number {
  return CLASSES.reduce((s, a) => s + CLASSES.reduce((t, b) => t + m[a][b], 0), 0);
}

/** Raw agreement: the share of items both readers labelled the same. */
export function rawAgreement(m: Agreement): number {
  const n = agreementTotal(m);
  return n ? CLASSES.reduce((s, k) => s + m[k][k], 0) / n : 0;
}

/** Chance agreement: the two readers agreeing by their own label shares alone. */
function chanceAgreement(m: Agreement, n: number): number {
  let pe = 0;
  for (const k of CLASSES) {
    const row = CLASSES.reduce((s, b) => s + m[k][b], 0);
    const col = CLASSES.reduce((s, a) => s + m[a][k], 0);
    pe += (row / n) * (col / n);
  }
  return pe;
}

/** Cohen's kappa: (observed - chance agreement) / (1 - chance agreement), chance from each reader's own label shares. */
export function cohenKappa(m: Agreement): number {
  const n = agreementTotal(m);
  if (!n) return 0;
  const po = rawAgreement(m);
  const pe = chanceAgreement(m, n);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

/**
 * The large-sample standard error of kappa, sqrt(po (1 - po) / n) / (1 - pe) (Cohen 1960): a rough
 * scale for the sampling noise of a kappa measured on a sample (about +-2 of it at 95%).
 */
export function kappaStdError(m: Agreement): number {
  const n = agreementTotal(m);
  if (!n) return 0;
  const po = rawAgreement(m);
  const pe = chanceAgreement(m, n);
  return pe === 1 ? 0 : Math.sqrt((po * (1 - po)) / n) / (1 - pe);
}

interface Located {
  slug: string;
  loc: string;
  label: Gold;
  index: number;
  sentences: Sentence[];
}

/** Every labelled sentence of a set that is found on its page, in label-file order. */
function locatedLabels(set: LabelSet, pagesDir: string): Located[] {
  const out: Located[] = [];
  for (const [slug, entries] of Object.entries(readLabels(set).pages)) {
    const sentences = pageSentences(pagesDir, slug);
    if (!sentences) continue;
    const at = new Map<string, number>();
    locators(sentences.map((s) => s.text)).forEach((loc, i) => {
      at.set(loc, i);
    });
    for (const entry of entries) {
      const cut = entry.lastIndexOf(':');
      const loc = entry.slice(0, cut);
      const index = at.get(loc);
      if (index === undefined) continue;
      out.push({ slug, loc, label: entry.slice(cut + 1) as Gold, index, sentences });
    }
  }
  return out;
}

const flat = (t: string | undefined): string => (t === undefined ? '(none)' : t.replace(/\s+/g, ' ').trim());

/** The sample for the second reader: page, locator, the sentence and its neighbours; never the label. */
function printSample(set: LabelSet, n: number, seed: number): void {
  const all = locatedLabels(set, join(corporaDir(), 'readability-pages'));
  const picked = sampleIndices(all.length, n, seed).map((i) => all[i]!);
  console.log(`# sample of ${picked.length} of ${all.length} labelled sentences of ${set}, seed ${seed}`);
  for (const s of picked) {
    console.log(`\n${s.slug}\t${s.loc}\t#${s.index}`);
    console.log(`  before: ${flat(s.sentences[s.index - 1]?.text)}`);
    console.log(`  >>>>>>: ${flat(s.sentences[s.index]!.text)}`);
    console.log(`  after:  ${flat(s.sentences[s.index + 1]?.text)}`);
  }
}

function fmt(m: Agreement): string[] {
  const head = `  ${'orig \\ second'.padEnd(14)}${CLASSES.map((k) => k.padStart(9)).join('')}`;
  return [
    head,
    ...CLASSES.map((a) => `  ${a.padEnd(14)}${CLASSES.map((b) => String(m[a][b]).padStart(9)).join('')}`),
  ];
}

function confusionOf(m: Agreement): Confusion {
  const c = emptyConfusion();
  c.counts = m;
  c.located = agreementTotal(m);
  return c;
}

/** The agreement report of every set that has second labels. */
function report(listDisagreements: boolean): void {
  if (!existsSync(SECOND_FILE)) {
    console.log('pages-agreement: no labels-second.json; nothing to measure.');
    return;
  }
  const second = JSON.parse(readFileSync(SECOND_FILE, 'utf8')) as LabelFile;
  const pagesDir = join(corporaDir(), 'readability-pages');
  for (const set of LABEL_SETS) {
    const pages = readLabels(set).pages;
    const slugs = Object.keys(second.pages).filter((slug) => slug in pages);
    if (!slugs.length) continue;
    const readers = emptyAgreement();
    const vsFirst = emptyAgreement();
    const vsSecond = emptyAgreement();
    let unmatched = 0;
    const differ: string[] = [];
    for (const slug of slugs) {
      const first = new Map(
        pages[slug]!.map((e) => [e.slice(0, e.lastIndexOf(':')), e.slice(e.lastIndexOf(':') + 1) as Gold]),
      );
      const sentences = pageSentences(pagesDir, slug) ?? [];
      const engine = new Map<string, Gold>();
      const text = new Map<string, string>();
      locators(sentences.map((s) => s.text)).forEach((loc, i) => {
        engine.set(loc, goldOf(sentences[i]!.label));
        text.set(loc, flat(sentences[i]!.text));
      });
      for (const e of second.pages[slug]!) {
        const cut = e.lastIndexOf(':');
        const loc = e.slice(0, cut);
        const b = e.slice(cut + 1) as Gold;
        const a = first.get(loc);
        const got = engine.get(loc);
        if (!a || !got) {
          unmatched++;
          continue;
        }
        readers[a][b]++;
        vsFirst[a][got]++;
        vsSecond[b][got]++;
        if (a !== b)
          differ.push(`  ${slug}\t${loc}\toriginal=${a}\tsecond=${b}\tengine=${got}\t${text.get(loc)}`);
      }
    }
    const n = agreementTotal(readers);
    console.log(
      `${set}: second-read sentences=${n}${unmatched ? ` unmatched=${unmatched}` : ''} pages=${slugs.length} ` +
        `raw agreement=${rawAgreement(readers).toFixed(3)} kappa=${cohenKappa(readers).toFixed(3)} (standard error ${kappaStdError(readers).toFixed(3)})`,
    );
    for (const line of fmt(readers)) console.log(line);
    const per = (m: Agreement): string => {
      const c = confusionOf(m);
      return `macro-F1=${macroF1(c).toFixed(3)} (own ${f1For(c, 'own').f1.toFixed(3)}, reported ${f1For(c, 'reported').f1.toFixed(3)}, none ${f1For(c, 'none').f1.toFixed(3)})`;
    };
    console.log(`  engine vs original reader: ${per(vsFirst)}`);
    console.log(`  engine vs second reader:   ${per(vsSecond)}`);
    if (listDisagreements) for (const line of differ) console.log(line);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--sample');
  if (at >= 0) {
    const set = args[at + 1] as LabelSet;
    const n = Number(args[at + 2]);
    const seed = Number(args[at + 3]);
    if (!LABEL_SETS.includes(set) || !Number.isInteger(n) || !Number.isInteger(seed)) {
      console.log(`usage: --sample SET N SEED (SET one of ${LABEL_SETS.join(', ')})`);
      process.exit(1);
    }
    printSample(set, n, seed);
  } else report(args.includes('--disagreements'));
}
