/**
 * Loaded-word precision on the real-pages dev set: every mark the engine puts in `Report.loaded[]`
 * on the 20 pages of pages-dev/labels.json, judged by hand in its sentence as `loaded`, `partly` or
 * `plain` (rules: pages-dev/GUIDELINES.md, "Loaded words"). The marks were judged after the engine
 * produced them, so this measures precision only (recall would need every word of the pages judged).
 *
 * No page text is stored: each label in pages-dev/words.json is "hash:occurrence:offset:label",
 * the sentence's locator (as in labels.json) and the mark's start counted in characters from the
 * sentence's start. A mark with no label (the engine changed since the judging) is counted as
 * `unjudged` and left out of the precision, never guessed; a label whose mark the engine no longer
 * makes is counted as `gone`.
 *
 *   npx tsx lib/cli/eval/pages-dev-words.ts               the figures
 *   npx tsx lib/cli/eval/pages-dev-words.ts --marks       every mark with its label (or "?")
 *   npx tsx lib/cli/eval/pages-dev-words.ts --unjudged    only the marks with no label, in the
 *                                                          form to paste into words.json after judging
 *   ... --marks --fresh / --unjudged --fresh               the same for the fresh pages (words-fresh.json)
 *   ... --marks --fresh2 / --unjudged --fresh2             the same for the fresh2 pages (words-fresh2.json)
 *   ... --marks --fresh3 / --unjudged --fresh3             the same for the fresh3 pages (words-fresh3.json)
 *
 * A monitored set: the precision rules were developed while watching it. The fresh set
 * (pages-dev/words-fresh.json) judges the marks on the 10 pages of labels-fresh.json the same way,
 * after their sentence labels were committed, the fresh2 set (words-fresh2.json) those on the
 * 8 pages of labels-fresh2.json and the fresh3 set (words-fresh3.json) those on the 8 pages of
 * labels-fresh3.json; they are printed after the dev lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadedTerm, Sentence } from '../../analysis/types';
import { corporaDir } from './data-dir';
import { type LabelSet, locators, pageReport, readLabels } from './pages-dev';

export type WordGold = 'loaded' | 'partly' | 'plain';

export interface WordLabelFile {
  /** Page folder -> one entry per judged mark: "hash:occurrence:offset:label". */
  pages: Record<string, string[]>;
}

/** The judged sets of marks, each on the pages of the sentence label set of the same name. */
export type WordSet = Extract<LabelSet, 'dev' | 'fresh' | 'fresh2' | 'fresh3'>;

interface WordSetInfo {
  /** The judgements' file in pages-dev/. */
  file: string;
  /** The name that starts the set's figure lines. */
  name: string;
  /** What the set is, on its first line. */
  title: string;
}

/** Every judged set of marks, in the order the eval prints them (`--KEY` picks one for `--marks`). */
const WORD_SETS: Record<WordSet, WordSetInfo> = {
  dev: {
    file: 'words.json',
    name: 'pages-dev',
    title:
      'loaded[] marks on the 20 pages, judged in context after the engine made them; precision only; monitored',
  },
  fresh: {
    file: 'words-fresh.json',
    name: 'pages-fresh',
    title:
      "loaded[] marks on the 10 fresh pages, judged in context after the engine made them and after the pages' sentence labels were committed; precision only; scored once",
  },
  fresh2: {
    file: 'words-fresh2.json',
    name: 'pages-fresh2',
    title:
      "loaded[] marks on the 8 fresh2 pages, judged in context after the engine made them and after the pages' sentence labels were committed; precision only; scored once",
  },
  fresh3: {
    file: 'words-fresh3.json',
    name: 'pages-fresh3',
    title:
      "loaded[] marks on the 8 fresh3 pages, judged in context after the engine made them and after the pages' sentence labels were committed; precision only; scored once",
  },
};
export const WORD_SET_KEYS = Object.keys(WORD_SETS) as readonly WordSet[];
const HERE = join(dirname(fileURLToPath(import.meta.url)), 'pages-dev');
const wordsFile = (set: WordSet): string => join(HERE, WORD_SETS[set].file);

export interface PageMark {
  slug: string;
  /** "hash:occurrence:offset", the key of its label. */
  key: string;
  term: LoadedTerm;
  sentence: Sentence;
}

/** The loaded[] marks of one page as `npm run analyze -- PAGE --json` reports them, keyed. */
export function pageMarks(pagesDir: string, slug: string): PageMark[] | null {
  const report = pageReport(pagesDir, slug);
  if (!report) return null;
  const locs = locators(report.sentences.map((s) => s.text));
  return report.loaded.map((term) => {
    const sentence = report.sentences[term.sentence]!;
    return { slug, key: `${locs[term.sentence]}:${term.start - sentence.start}`, term, sentence };
  });
}

/** Splits "hash:occ:offset:label" into its key and label. */
export function splitLabel(entry: string): { key: string; gold: WordGold } {
  const at = entry.lastIndexOf(':');
  return { key: entry.slice(0, at), gold: entry.slice(at + 1) as WordGold };
}

export interface WordScore {
  counts: Record<WordGold, number>;
  unjudged: number;
  gone: number;
  marks: number;
  /** loaded / judged */
  strict: number;
  /** (loaded + partly / 2) / judged */
  lenient: number;
  byPage: Record<string, Record<WordGold, number>>;
  /** Per page: the marks with their label (undefined when unjudged). */
  listed: { mark: PageMark; gold?: WordGold }[];
}

export function readWordLabels(set: WordSet = 'dev'): WordLabelFile {
  if (!existsSync(wordsFile(set))) return { pages: {} };
  return JSON.parse(readFileSync(wordsFile(set), 'utf8')) as WordLabelFile;
}

function pageSlugs(set: WordSet): string[] {
  return Object.keys(readLabels(set).pages);
}

/** The page groups of the set's sentence labels (the opinion, review and essay pages). */
function readGroups(set: WordSet): Record<string, string[]> {
  return readLabels(set).groups ?? {};
}

export function precisionOf(counts: Record<WordGold, number>): {
  strict: number;
  lenient: number;
  judged: number;
} {
  const judged = counts.loaded + counts.partly + counts.plain;
  return {
    judged,
    strict: judged ? counts.loaded / judged : 0,
    lenient: judged ? (counts.loaded + counts.partly / 2) / judged : 0,
  };
}

/** Runs the engine over the set's pages (the 20 dev pages by default) and scores its marks. */
export function scorePageWords(dir: string, set: WordSet = 'dev'): WordScore | string {
  const pagesDir = join(dir, 'readability-pages');
  if (!existsSync(pagesDir))
    return `${WORD_SET_NAME[set]} words: no readability-pages in ${dir}; nothing to measure.`;
  const labels = readWordLabels(set);
  const out: WordScore = {
    counts: { loaded: 0, partly: 0, plain: 0 },
    unjudged: 0,
    gone: 0,
    marks: 0,
    strict: 0,
    lenient: 0,
    byPage: {},
    listed: [],
  };
  for (const slug of pageSlugs(set)) {
    const marks = pageMarks(pagesDir, slug) ?? [];
    const gold = new Map(
      (labels.pages[slug] ?? []).map((e) => Object.values(splitLabel(e)) as [string, WordGold]),
    );
    const seen = new Set<string>();
    const page: Record<WordGold, number> = { loaded: 0, partly: 0, plain: 0 };
    for (const mark of marks) {
      out.marks++;
      seen.add(mark.key);
      const g = gold.get(mark.key);
      out.listed.push({ mark, gold: g });
      if (!g) {
        out.unjudged++;
        continue;
      }
      out.counts[g]++;
      page[g]++;
    }
    out.byPage[slug] = page;
    for (const key of gold.keys()) if (!seen.has(key)) out.gone++;
  }
  const p = precisionOf(out.counts);
  out.strict = p.strict;
  out.lenient = p.lenient;
  return out;
}

/** The name that starts a set's figure lines. */
export const WORD_SET_NAME = Object.fromEntries(
  WORD_SET_KEYS.map((set) => [set, WORD_SETS[set].name]),
) as Record<WordSet, string>;

/** The set `--marks` / `--unjudged` lists: `--fresh`, `--fresh2` or `--fresh3` picks one, else the dev set. */
export function marksSet(args: readonly string[]): WordSet {
  return WORD_SET_KEYS.find((set) => set !== 'dev' && args.includes(`--${set}`)) ?? 'dev';
}

/** The figures of the dev marks, then those of each later set, as lines for `npm run eval`. */
export function evalPageWords(dir: string = corporaDir()): string[] {
  // A later set's lines only once some of its marks are judged (a missing file prints nothing).
  return WORD_SET_KEYS.filter((set) => set === 'dev' || existsSync(wordsFile(set))).flatMap((set) =>
    evalWordSet(dir, set),
  );
}

/** The figures of one judged set of marks. */
export function evalWordSet(dir: string, set: WordSet): string[] {
  const s = scorePageWords(dir, set);
  if (typeof s === 'string') return [s];
  const name = WORD_SET_NAME[set];
  const judged = s.counts.loaded + s.counts.partly + s.counts.plain;
  const worst = Object.entries(s.byPage)
    .map(([slug, c]) => ({ slug, ...precisionOf(c) }))
    .filter((r) => r.judged >= 5)
    .sort((a, b) => a.strict - b.strict)
    .slice(0, 3)
    .map((r) => `${r.slug} ${r.strict.toFixed(2)} (${r.judged})`)
    .join(', ');
  const opinion = new Set(readGroups(set).opinion ?? []);
  const group = (keep: (slug: string) => boolean): string => {
    const c: Record<WordGold, number> = { loaded: 0, partly: 0, plain: 0 };
    for (const [slug, page] of Object.entries(s.byPage))
      if (keep(slug)) for (const g of Object.keys(c) as WordGold[]) c[g] += page[g];
    const p = precisionOf(c);
    return `judged=${p.judged} strict=${p.strict.toFixed(3)} lenient=${p.lenient.toFixed(3)}`;
  };
  return [
    `${name} words (${WORD_SETS[set].title}): ` +
      `marks=${s.marks} judged=${judged} loaded=${s.counts.loaded} partly=${s.counts.partly} plain=${s.counts.plain}` +
      `${s.unjudged ? ` unjudged=${s.unjudged}` : ''}${s.gone ? ` labels-without-mark=${s.gone}` : ''}`,
    `${name} words: precision strict (loaded only)=${s.strict.toFixed(3)} lenient (partly counts 0.5)=${s.lenient.toFixed(3)}; lowest pages: ${worst || '-'}`,
    `${name} words by kind: news (${Object.keys(s.byPage).length - opinion.size} pages) ${group((slug) => !opinion.has(slug))}; ` +
      `opinion/review/essay (${opinion.size} pages) ${group((slug) => opinion.has(slug))}`,
  ];
}

function show(m: PageMark, gold: string): string {
  const s = m.sentence.text;
  const off = m.term.start - m.sentence.start;
  const len = m.term.end - m.term.start;
  const marked = `${s.slice(0, off)}[[${s.slice(off, off + len)}]]${s.slice(off + len)}`;
  return `${m.slug}\t${m.key}\t${gold}\t${m.term.id}\t${marked.replace(/\s+/g, ' ')}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dir = corporaDir();
  const s = scorePageWords(dir, marksSet(args));
  if (typeof s === 'string') console.log(s);
  else if (args.includes('--marks') || args.includes('--unjudged')) {
    for (const { mark, gold } of s.listed) {
      if (args.includes('--unjudged') && gold) continue;
      console.log(show(mark, gold ?? '?'));
    }
  } else for (const line of evalPageWords(dir)) console.log(line);
}
