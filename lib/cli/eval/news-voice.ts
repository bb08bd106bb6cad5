/**
 * Whose voice, on single news sentences: 480 distinct sentences of NewsMTSC train
 * (../shared/corpora/newsmtsc/train.jsonl), each labelled by hand as the outlet's own opinion
 * (`own`), someone else's opinion reported (`reported`) or neither (`none`), read alone with no page
 * around it, blind (the labels were written and committed before the engine's output on these
 * sentences was looked at). Rules: news-voice/GUIDELINES.md (those of pages-dev/GUIDELINES.md,
 * applied to one sentence read alone).
 *
 * The sample: the distinct sentence texts of train.jsonl in file order (a sentence appears once per
 * target there), 480 of them drawn with the seeded partial shuffle of pages-agreement.ts
 * (drawIndices(size, 480, 20261207): the same set as sampleIndices gives, kept in the order drawn,
 * so that both halves are random samples of the whole file, whose lines follow their articles).
 * The first 240 drawn are half A, the other 240 half B. Half A's errors may be read while improving
 * the engine (it is then monitored); half B's are never listed: it stays the unread measure.
 *
 * Each sentence is judged exactly as `npm run analyze -- --sentences` judges a line
 * (analyzeSentence); a line break inside a NewsMTSC sentence becomes a space, since one input line
 * is one sentence there. Labels map opinion -> own, reported-opinion -> reported, claim/fact -> none.
 * No sentence text is stored: labels.json holds { "A": ["key:occ:label"], "B": [...] }, key being
 * sentenceKey(text) (pages-dev.ts) and occ the count of earlier sampled sentences with that key.
 *
 *   npx tsx lib/cli/eval/news-voice.ts            title line, then A, B and A+B figure lines
 *   npx tsx lib/cli/eval/news-voice.ts --errors   the same, then every disagreement of half A
 *   npx tsx lib/cli/eval/news-voice.ts --dump     N, locator and text of the 480 sampled
 *                                                  sentences (0-239 half A), no engine output
 *
 * The loaded-word marks on the same sentences are judged and scored by news-voice-words.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeSentence } from '../../analysis/sentence';
import type { Label } from '../../analysis/types';
import { corporaDir } from './data-dir';
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

export const NEWS_SEED = 20261207;
export const NEWS_SAMPLE = 480;
export const NEWS_HALF = 240;

export type Half = 'A' | 'B';
export const HALVES: readonly Half[] = ['A', 'B'];

/** labels.json: per half, one "key:occ:label" entry per labelled sentence. */
export type NewsLabels = Record<Half, string[]>;

const LABELS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'news-voice', 'labels.json');

export const newsFile = (dir: string): string => join(dir, 'newsmtsc', 'train.jsonl');

/** The distinct sentence texts of a NewsMTSC jsonl, each once, in the order they first appear. */
export function distinctSentences(jsonl: string): string[] {
  const seen = new Set<string>();
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    seen.add((JSON.parse(line) as { sentence: string }).sentence);
  }
  return [...seen];
}

/** The sentence as one input line of `--sentences`: each run of line breaks becomes one space. */
export const asLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

export interface Drawn {
  /** Position in the sample, in the order drawn (0 .. NEWS_HALF-1 is half A). */
  n: number;
  half: Half;
  /** "key:occ": sentenceKey of the text and how many earlier sampled sentences share that key. */
  loc: string;
  text: string;
}

/** The sample of `n` sentences in the order drawn; the first `half` are half A, the rest half B. */
export function drawSample(
  sentences: readonly string[],
  n: number = NEWS_SAMPLE,
  seed: number = NEWS_SEED,
  half: number = NEWS_HALF,
): Drawn[] {
  const texts = drawIndices(sentences.length, n, seed).map((i) => sentences[i]!);
  const locs = locators(texts);
  return texts.map((text, i) => ({ n: i, half: i < half ? 'A' : 'B', loc: locs[i]!, text }));
}

/** One label entry "key:occ:label" as its locator and gold label; throws on anything else. */
export function parseEntry(entry: string): { loc: string; gold: Gold } {
  const m = /^([0-9a-f]{10}:\d+):(own|reported|none)$/.exec(entry);
  if (!m) throw new Error(`news-voice: bad label entry "${entry}" (want "key:occ:own|reported|none")`);
  return { loc: m[1]!, gold: m[2] as Gold };
}

/** How a line is judged: the engine's label and whose voice it heard. */
export type Judge = (line: string) => { label: Label; voice: string };

const ENGINE: Judge = (line) => analyzeSentence(line);

/**
 * The confusion of one half: each entry's sentence found among that half's drawn sentences by its
 * locator (not found: counted as missing, never guessed) and judged. errors[].slug is the locator.
 */
export function scoreHalf(
  drawn: readonly Drawn[],
  entries: readonly string[],
  half: Half,
  judge: Judge,
): Confusion {
  const byLoc = new Map(drawn.filter((d) => d.half === half).map((d) => [d.loc, d]));
  const c = emptyConfusion();
  for (const entry of entries) {
    const { loc, gold } = parseEntry(entry);
    const d = byLoc.get(loc);
    if (!d) {
      c.missing++;
      continue;
    }
    const v = judge(asLine(d.text));
    const got = goldOf(v.label);
    c.located++;
    c.counts[gold][got]++;
    if (got !== gold) c.errors.push({ slug: loc, gold, got, text: asLine(d.text), voice: v.voice });
  }
  return c;
}

/** Two confusions added (errors are not carried). */
export function pooled(a: Confusion, b: Confusion): Confusion {
  const c = emptyConfusion();
  for (const g of CLASSES) for (const p of CLASSES) c.counts[g][p] = a.counts[g][p] + b.counts[g][p];
  c.located = a.located + b.located;
  c.missing = a.missing + b.missing;
  return c;
}

/** One figure line: n, gold counts, macro-F1, reported recall and precision, own precision and recall. */
export function figureLine(name: string, c: Confusion): string {
  const gold = (k: Gold) => CLASSES.reduce((s, g) => s + c.counts[k][g], 0);
  const rep = f1For(c, 'reported');
  const own = f1For(c, 'own');
  return (
    `${name}: n=${c.located}${c.missing ? ` unlocated=${c.missing}` : ''} ` +
    `gold own=${gold('own')} reported=${gold('reported')} none=${gold('none')} ` +
    `macro-F1=${macroF1(c).toFixed(3)} reported recall=${rep.r.toFixed(3)} precision=${rep.p.toFixed(3)} ` +
    `own precision=${own.p.toFixed(3)} recall=${own.r.toFixed(3)}`
  );
}

export const NEWS_TITLE =
  'news-voice (480 NewsMTSC train sentences judged alone as analyze --sentences judges a line; ' +
  'own/reported/none labelled blind by one reader; half A may be read, half B is never read)';

export function readNewsLabels(file: string = LABELS_FILE): NewsLabels | null {
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<NewsLabels>;
  return { A: raw.A ?? [], B: raw.B ?? [] };
}

/** The sample drawn from the corpora, or a line saying why there is none. */
function sampleFrom(dir: string): Drawn[] | string {
  const file = newsFile(dir);
  if (!existsSync(file)) return `news-voice: no NewsMTSC train at ${file}; nothing to measure.`;
  return drawSample(distinctSentences(readFileSync(file, 'utf8')));
}

/** Both halves scored, or a line saying why not. */
function scoreBoth(dir: string, judge: Judge): Record<Half, Confusion> | string {
  const drawn = sampleFrom(dir);
  if (typeof drawn === 'string') return drawn;
  const labels = readNewsLabels();
  if (!labels || labels.A.length + labels.B.length === 0)
    return 'news-voice: no labels in lib/cli/eval/news-voice/labels.json; nothing to measure.';
  return { A: scoreHalf(drawn, labels.A, 'A', judge), B: scoreHalf(drawn, labels.B, 'B', judge) };
}

/** The lines for `npm run eval`: the title, then half A, half B and both pooled. */
export function evalNewsVoice(dir: string = corporaDir(), judge: Judge = ENGINE): string[] {
  const c = scoreBoth(dir, judge);
  if (typeof c === 'string') return [c];
  return [
    NEWS_TITLE,
    figureLine('news-voice A', c.A),
    figureLine('news-voice B', c.B),
    figureLine('news-voice A+B', pooled(c.A, c.B)),
  ];
}

/** Half A's disagreements (there is no way to list half B's). */
export function errorsOfA(dir: string = corporaDir(), judge: Judge = ENGINE): string[] {
  const c = scoreBoth(dir, judge);
  if (typeof c === 'string') return [];
  return c.A.errors.map((e) => `${e.slug}\tgold=${e.gold}\tgot=${e.got}\t${e.voice}\t${e.text}`);
}

function dump(): void {
  const drawn = sampleFrom(corporaDir());
  if (typeof drawn === 'string') {
    console.log(drawn);
    return;
  }
  for (const d of drawn) console.log(`${d.n}\t${d.loc}\t${d.text.replace(/\s+/g, ' ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args.includes('--dump')) dump();
  else {
    for (const line of evalNewsVoice()) console.log(line);
    if (args.includes('--errors')) for (const line of errorsOfA()) console.log(line);
  }
}
