/**
 * Loaded-word precision on single news sentences: every mark `npm run analyze -- --sentences` gives
 * (the `loaded` array of analyzeSentence) on the 480 sentences of the news-voice sample, judged by
 * hand in its sentence as `loaded`, `partly` or `plain` by the rules of pages-dev/GUIDELINES.md
 * ("Loaded words"). The marks were judged after the engine made them: precision only.
 *
 * No sentence text is stored: news-voice/words.json holds { "A": ["key:occ:start:label"], "B": [...] },
 * "key:occ" being the sentence's locator (as in labels.json) and start the mark's first character in
 * the line analyzeSentence was given. A mark with no judgement is counted as `unjudged` and left out
 * of the precision (never guessed); a judgement whose mark the engine no longer makes is `gone`.
 *
 *   npx tsx lib/cli/eval/news-voice-words.ts                  the figures (A, B, A+B)
 *   npx tsx lib/cli/eval/news-voice-words.ts --marks-unjudged every mark with no judgement:
 *                                          half, key:occ:start, category, sentence with [[mark]]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeSentence } from '../../analysis/sentence';
import type { LoadedCategory } from '../../analysis/types';
import { corporaDir } from './data-dir';
import { asLine, type Drawn, distinctSentences, drawSample, HALVES, type Half, newsFile } from './news-voice';
import { precisionOf, type WordGold } from './pages-dev-words';

/** words.json: per half, one "key:occ:start:label" entry per judged mark. */
export type NewsWordLabels = Record<Half, string[]>;

/** The categories the figures break the strict precision down by. */
export const WORD_CATEGORIES: readonly LoadedCategory[] = [
  'pejorative',
  'emotive',
  'saying-verb',
  'intensifier',
  'praise',
];

const WORDS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'news-voice', 'words.json');

export interface NewsMark {
  half: Half;
  /** "key:occ:start": the sentence's locator and the mark's start in the line. */
  key: string;
  category: LoadedCategory;
  start: number;
  end: number;
  /** The line the engine was given. */
  line: string;
}

/** How a line's marks are found (the engine by default). */
export type MarkFinder = (line: string) => { start: number; end: number; category: LoadedCategory }[];

const ENGINE: MarkFinder = (line) => analyzeSentence(line).loaded;

/** Every mark on the drawn sentences, in drawn order, keyed. */
export function newsMarks(drawn: readonly Drawn[], find: MarkFinder = ENGINE): NewsMark[] {
  return drawn.flatMap((d) => {
    const line = asLine(d.text);
    return find(line).map((m) => ({
      half: d.half,
      key: `${d.loc}:${m.start}`,
      category: m.category,
      start: m.start,
      end: m.end,
      line,
    }));
  });
}

/** One judgement "key:occ:start:label" as its mark key and label; throws on anything else. */
export function parseWordEntry(entry: string): { key: string; gold: WordGold } {
  const m = /^([0-9a-f]{10}:\d+:\d+):(loaded|partly|plain)$/.exec(entry);
  if (!m)
    throw new Error(`news-voice words: bad entry "${entry}" (want "key:occ:start:loaded|partly|plain")`);
  return { key: m[1]!, gold: m[2] as WordGold };
}

const zero = (): Record<WordGold, number> => ({ loaded: 0, partly: 0, plain: 0 });

export interface NewsWordScore {
  marks: number;
  counts: Record<WordGold, number>;
  unjudged: number;
  gone: number;
  byCategory: Partial<Record<LoadedCategory, Record<WordGold, number>>>;
}

/** The marks of one half scored against that half's judgements. */
export function scoreWordHalf(
  marks: readonly NewsMark[],
  entries: readonly string[],
  half: Half,
): NewsWordScore {
  const gold = new Map(entries.map((e) => Object.values(parseWordEntry(e)) as [string, WordGold]));
  const s: NewsWordScore = { marks: 0, counts: zero(), unjudged: 0, gone: 0, byCategory: {} };
  const seen = new Set<string>();
  for (const m of marks) {
    if (m.half !== half) continue;
    s.marks++;
    seen.add(m.key);
    const g = gold.get(m.key);
    if (!g) {
      s.unjudged++;
      continue;
    }
    s.counts[g]++;
    const c = s.byCategory[m.category] ?? zero();
    c[g]++;
    s.byCategory[m.category] = c;
  }
  for (const key of gold.keys()) if (!seen.has(key)) s.gone++;
  return s;
}

/** Two scores added. */
export function pooledWords(a: NewsWordScore, b: NewsWordScore): NewsWordScore {
  const add = (x: Record<WordGold, number> = zero(), y: Record<WordGold, number> = zero()) => ({
    loaded: x.loaded + y.loaded,
    partly: x.partly + y.partly,
    plain: x.plain + y.plain,
  });
  const byCategory: NewsWordScore['byCategory'] = {};
  for (const cat of new Set([
    ...Object.keys(a.byCategory),
    ...Object.keys(b.byCategory),
  ]) as Set<LoadedCategory>)
    byCategory[cat] = add(a.byCategory[cat], b.byCategory[cat]);
  return {
    marks: a.marks + b.marks,
    counts: add(a.counts, b.counts),
    unjudged: a.unjudged + b.unjudged,
    gone: a.gone + b.gone,
    byCategory,
  };
}

/** One figure line: counts, strict and lenient precision, then the strict precision per category. */
export function wordFigureLine(name: string, s: NewsWordScore): string {
  const p = precisionOf(s.counts);
  const cats = WORD_CATEGORIES.map((cat) => {
    const c = precisionOf(s.byCategory[cat] ?? zero());
    return `${cat} ${c.judged ? c.strict.toFixed(3) : '-'} (${c.judged})`;
  }).join(', ');
  return (
    `${name} words: marks=${s.marks} judged=${p.judged} loaded=${s.counts.loaded} partly=${s.counts.partly} ` +
    `plain=${s.counts.plain}${s.unjudged ? ` unjudged=${s.unjudged}` : ''}${s.gone ? ` gone=${s.gone}` : ''} ` +
    `precision strict=${p.strict.toFixed(3)} lenient=${p.lenient.toFixed(3)}; strict by category: ${cats}`
  );
}

export function readNewsWordLabels(file: string = WORDS_FILE): NewsWordLabels {
  if (!existsSync(file)) return { A: [], B: [] };
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<NewsWordLabels>;
  return { A: raw.A ?? [], B: raw.B ?? [] };
}

/** The marks on the sample drawn from the corpora, or a line saying why there are none. */
function marksFrom(dir: string, find: MarkFinder): NewsMark[] | string {
  const file = newsFile(dir);
  if (!existsSync(file)) return `news-voice words: no NewsMTSC train at ${file}; nothing to measure.`;
  return newsMarks(drawSample(distinctSentences(readFileSync(file, 'utf8'))), find);
}

export const NEWS_WORDS_TITLE =
  'news-voice words (analyze --sentences loaded[] marks on the 480 sentences, judged in their sentence ' +
  'after the engine made them; precision only; strict = loaded only, lenient = partly counts 0.5)';

/** The lines for `npm run eval`: the title, then half A, half B and both pooled. */
export function evalNewsWords(
  dir: string = corporaDir(),
  find: MarkFinder = ENGINE,
  labels: NewsWordLabels = readNewsWordLabels(),
): string[] {
  const marks = marksFrom(dir, find);
  if (typeof marks === 'string') return [marks];
  const [a, b] = HALVES.map((h) => scoreWordHalf(marks, labels[h], h)) as [NewsWordScore, NewsWordScore];
  return [
    NEWS_WORDS_TITLE,
    wordFigureLine('news-voice A', a),
    wordFigureLine('news-voice B', b),
    wordFigureLine('news-voice A+B', pooledWords(a, b)),
  ];
}

/** A mark as a line to judge: half, key, category, the line with the mark in [[ ]]. */
export function showMark(m: NewsMark): string {
  const marked = `${m.line.slice(0, m.start)}[[${m.line.slice(m.start, m.end)}]]${m.line.slice(m.end)}`;
  return `${m.half}\t${m.key}\t${m.category}\t${marked.replace(/\s+/g, ' ')}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args.includes('--marks-unjudged')) {
    const marks = marksFrom(corporaDir(), ENGINE);
    if (typeof marks === 'string') console.log(marks);
    else {
      const labels = readNewsWordLabels();
      const judged = new Set(HALVES.flatMap((h) => labels[h].map((e) => `${h}\t${parseWordEntry(e).key}`)));
      for (const m of marks) if (!judged.has(`${m.half}\t${m.key}`)) console.log(showMark(m));
    }
  } else for (const line of evalNewsWords()) console.log(line);
}
