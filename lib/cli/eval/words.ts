/**
 * Word- and span-level evaluation of the loaded-wording lexicon (lib/lexicon via matchLoaded):
 * - BABE-MBIC: our matched words vs the words experts marked as biased, and "any loaded term"
 *   as a sentence verdict vs label_bias (Biased / Non-biased; "No agreement" skipped);
 * - PTC (SemEval-2020 task 11): our spans vs Loaded_Language + Name_Calling,Labeling spans,
 *   counted as hits when they share at least one token.
 * Per-category lines show which categories pay for themselves. Reads the corpora, never ships them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchLoaded } from '../../analysis/loaded';
import { analyzeSentence } from '../../analysis/sentence';
import type { LoadedCategory, LoadedMatch } from '../../analysis/types';
import { countsAsLoaded } from '../../lexicon/categories';
import { parseCsv } from './sentences';

export interface BabeRow {
  text: string;
  biased: boolean;
  words: string[];
}

/** The experts' list is Python-style: ['a', "it's"]. */
export function parsePyList(field: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(field); m; m = re.exec(field)) out.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return out;
}

export function readBabeWords(file: string): BabeRow[] {
  const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const header = rows[0] ?? [];
  const col = (name: string) => header.indexOf(name);
  const [iText, iLabel, iWords] = [col('text'), col('label_bias'), col('biased_words')];
  const out: BabeRow[] = [];
  for (const r of rows.slice(1)) {
    const label = r[iLabel];
    if (label !== 'Biased' && label !== 'Non-biased') continue;
    out.push({
      text: r[iText] ?? '',
      biased: label === 'Biased',
      words: parsePyList(r[iWords] ?? '').map((w) => w.toLowerCase()),
    });
  }
  return out;
}

/** Lower-case words of a matched span, possessives and surrounding punctuation dropped. */
export function spanWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/'s$/, ''))
    .filter((w) => w.length > 0);
}

interface Tally {
  tp: number;
  n: number;
}

/** The categories that carry tone (loaded language proper); hedges, factives and absolutes shift certainty. */
export const TONE_CATEGORIES: ReadonlySet<LoadedCategory> = new Set<LoadedCategory>([
  'pejorative',
  'praise',
  'emotive',
  'intensifier',
  'saying-verb',
  'scare-quote',
]);

const pct = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(3));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface EntryStat {
  id: string;
  babeHits: number;
  babeTp: number;
  babeNonBiasedSentences: number;
  ptcHits: number;
  ptcTp: number;
}

/** BABE: word precision/recall and the sentence verdict "any loaded term". */
function evalBabe(rows: BabeRow[], stats: Map<string, EntryStat>): string[] {
  const byCat = new Map<LoadedCategory, Tally & { sentBiased: number; sentAll: number }>();
  let matchTp = 0;
  let matches = 0;
  let goldWords = 0;
  let goldFound = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const tone = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const lex = { tp: 0, fp: 0, fn: 0, tn: 0, matches: 0, matchTp: 0, goldFound: 0 };
  for (const row of rows) {
    const found = matchLoaded(row.text);
    const toned = found.some((m) => TONE_CATEGORIES.has(m.category));
    if (toned && row.biased) tone.tp++;
    else if (toned) tone.fp++;
    else if (row.biased) tone.fn++;
    else tone.tn++;
    const lexical = found.filter(countsAsLoaded);
    const lexGold = new Set(row.words);
    const lexCovered = new Set<string>();
    for (const m of lexical) {
      const words = spanWords(m.text);
      lex.matches++;
      if (words.some((w) => lexGold.has(w))) lex.matchTp++;
      for (const w of words) if (lexGold.has(w)) lexCovered.add(w);
    }
    lex.goldFound += lexCovered.size;
    if (lexical.length > 0 && row.biased) lex.tp++;
    else if (lexical.length > 0) lex.fp++;
    else if (row.biased) lex.fn++;
    else lex.tn++;
    const gold = new Set(row.words);
    const covered = new Set<string>();
    const cats = new Set<LoadedCategory>();
    for (const m of found) {
      const words = spanWords(m.text);
      const hit = words.some((w) => gold.has(w));
      for (const w of words) if (gold.has(w)) covered.add(w);
      matches++;
      if (hit) matchTp++;
      const c = byCat.get(m.category) ?? { tp: 0, n: 0, sentBiased: 0, sentAll: 0 };
      c.n++;
      if (hit) c.tp++;
      byCat.set(m.category, c);
      cats.add(m.category);
      const s = entryStat(stats, m);
      s.babeHits++;
      if (hit) s.babeTp++;
      if (!row.biased) s.babeNonBiasedSentences++;
    }
    for (const cat of cats) {
      const c = byCat.get(cat)!;
      c.sentAll++;
      if (row.biased) c.sentBiased++;
    }
    goldWords += gold.size;
    goldFound += covered.size;
    const pred = found.length > 0;
    if (pred && row.biased) tp++;
    else if (pred) fp++;
    else if (row.biased) fn++;
    else tn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const pNeg = tn / Math.max(1, tn + fn);
  const rNeg = tn / Math.max(1, tn + fp);
  const tp2 = tone.tp / Math.max(1, tone.tp + tone.fp);
  const tr2 = tone.tp / Math.max(1, tone.tp + tone.fn);
  const tpn = tone.tn / Math.max(1, tone.tn + tone.fn);
  const trn = tone.tn / Math.max(1, tone.tn + tone.fp);
  const lines = [
    `words: BABE-MBIC loaded words as loaded[] counts them (pejorative, praise, emotive, intensifier, saying-verb entries above the loadedness floor): word precision ${pct(lex.matchTp, lex.matches)} (${lex.matchTp}/${lex.matches}), recall ${pct(lex.goldFound, goldWords)} (${lex.goldFound}/${goldWords}); sentence "any loaded word" -> Biased ${sentenceLine(lex)}`,
    `words: BABE-MBIC biased words, every matcher category (${rows.length} sentences, ${goldWords} expert words): precision ${pct(matchTp, matches)} (${matchTp}/${matches} matches), recall ${pct(goldFound, goldWords)} (${goldFound}/${goldWords})`,
    `words: BABE-MBIC sentence "any loaded term" -> Biased: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${f1(p, r).toFixed(3)} macro-F1 ${((f1(p, r) + f1(pNeg, rNeg)) / 2).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn} tn ${tn})`,
    `words: BABE-MBIC sentence "any tone term" (no hedge/factive/absolute) -> Biased: precision ${tp2.toFixed(3)} recall ${tr2.toFixed(3)} F1 ${f1(tp2, tr2).toFixed(3)} macro-F1 ${((f1(tp2, tr2) + f1(tpn, trn)) / 2).toFixed(3)}`,
  ];
  for (const [cat, c] of [...byCat].sort((a, b) => b[1].n - a[1].n)) {
    lines.push(
      `words:   ${cat.padEnd(12)} matches ${String(c.n).padStart(4)} word-precision ${pct(c.tp, c.n)}  sentences ${String(c.sentAll).padStart(4)} of which Biased ${pct(c.sentBiased, c.sentAll)}`,
    );
  }
  return lines;
}

/** Precision, recall, F1 of the positive class and macro-F1 of a sentence verdict. */
function sentenceLine(c: { tp: number; fp: number; fn: number; tn: number }): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const pn = c.tn / Math.max(1, c.tn + c.fn);
  const rn = c.tn / Math.max(1, c.tn + c.fp);
  return `precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${f1(p, r).toFixed(3)} macro-F1 ${((f1(p, r) + f1(pn, rn)) / 2).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`;
}

function entryStat(stats: Map<string, EntryStat>, m: LoadedMatch): EntryStat {
  let s = stats.get(m.id);
  if (!s) {
    s = { id: m.id, babeHits: 0, babeTp: 0, babeNonBiasedSentences: 0, ptcHits: 0, ptcTp: 0 };
    stats.set(m.id, s);
  }
  return s;
}

/** Our categories that correspond to PTC's Loaded_Language and Name_Calling,Labeling. */
const LOADED_LANGUAGE: ReadonlySet<LoadedCategory> = new Set<LoadedCategory>([
  'pejorative',
  'praise',
  'emotive',
  'intensifier',
  'scare-quote',
]);

const PTC_TECHNIQUES = new Set(['Loaded_Language', 'Name_Calling,Labeling']);

/** Token (word) index ranges of a character span, for overlap checks. */
function tokenStarts(text: string): number[] {
  const starts: number[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index, m.index + m[0].length);
  return starts;
}

/** Whether two character spans share at least one word token. */
function shareToken(tokens: number[], a: [number, number], b: [number, number]): boolean {
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  if (lo >= hi) return false;
  for (let k = 0; k < tokens.length; k += 2) {
    const ts = tokens[k]!;
    const te = tokens[k + 1]!;
    if (ts < hi && te > lo) return true;
    if (ts >= hi) break;
  }
  return false;
}

function evalPtc(dir: string, stats: Map<string, EntryStat>): string[] {
  const labels = join(dir, 'train-task2-TC.labels');
  const gold = new Map<string, [number, number][]>();
  for (const line of readFileSync(labels, 'utf8').split('\n')) {
    const [id, technique, s, e] = line.split('\t');
    if (!id || !technique || !PTC_TECHNIQUES.has(technique)) continue;
    const list = gold.get(id) ?? [];
    list.push([Number(s), Number(e)]);
    gold.set(id, list);
  }
  const articles = readdirSync(join(dir, 'train-articles')).filter((f) => /^article\d+\.txt$/.test(f));
  let predN = 0;
  let predHit = 0;
  let goldN = 0;
  let goldHit = 0;
  const ll = { predN: 0, predHit: 0, goldHit: 0 };
  const lx = { predN: 0, predHit: 0, goldHit: 0 };
  const sent = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const byCat = new Map<LoadedCategory, Tally>();
  for (const file of articles) {
    const id = file.slice(7, -4);
    const text = readFileSync(join(dir, 'train-articles', file), 'utf8');
    const spans = gold.get(id) ?? [];
    const tokens = tokenStarts(text);
    const found = matchLoaded(text);
    for (const m of found) {
      const hit = spans.some((g) => shareToken(tokens, [m.start, m.end], g));
      predN++;
      if (hit) predHit++;
      if (LOADED_LANGUAGE.has(m.category)) {
        ll.predN++;
        if (hit) ll.predHit++;
      }
      if (countsAsLoaded(m)) {
        lx.predN++;
        if (hit) lx.predHit++;
      }
      const c = byCat.get(m.category) ?? { tp: 0, n: 0 };
      c.n++;
      if (hit) c.tp++;
      byCat.set(m.category, c);
      const st = entryStat(stats, m);
      st.ptcHits++;
      if (hit) st.ptcTp++;
    }
    for (const g of spans) {
      goldN++;
      if (found.some((m) => shareToken(tokens, [m.start, m.end], g))) goldHit++;
      if (found.some((m) => LOADED_LANGUAGE.has(m.category) && shareToken(tokens, [m.start, m.end], g))) {
        ll.goldHit++;
      }
      if (found.some((m) => countsAsLoaded(m) && shareToken(tokens, [m.start, m.end], g))) {
        lx.goldHit++;
      }
    }
    // Sentences (one per line): any gold span vs any loaded word, as loaded[] counts them.
    let lineStart = 0;
    for (const line of text.split('\n')) {
      const lineEnd = lineStart + line.length;
      if (line.trim()) {
        const inLine = (a: number, b: number) => a < lineEnd && b > lineStart;
        const goldHere = spans.some(([a, b]) => inLine(a, b));
        const predHere = found.some((m) => countsAsLoaded(m) && inLine(m.start, m.end));
        if (predHere && goldHere) sent.tp++;
        else if (predHere) sent.fp++;
        else if (goldHere) sent.fn++;
        else sent.tn++;
      }
      lineStart = lineEnd + 1;
    }
  }
  const p = predHit / Math.max(1, predN);
  const r = goldHit / Math.max(1, goldN);
  const lp = ll.predHit / Math.max(1, ll.predN);
  const lr = ll.goldHit / Math.max(1, goldN);
  const xp = lx.predHit / Math.max(1, lx.predN);
  const xr = lx.goldHit / Math.max(1, goldN);
  const lines = [
    `words: PTC spans, loaded words as loaded[] counts them: precision ${xp.toFixed(3)} (${lx.predHit}/${lx.predN}) recall ${xr.toFixed(3)} (${lx.goldHit}/${goldN}) F1 ${f1(xp, xr).toFixed(3)}`,
    `words: PTC sentences (one per line) with a gold span <- any loaded word: ${sentenceLine(sent)}`,
    `words: PTC Loaded_Language + Name_Calling spans (${articles.length} articles, ${goldN} gold spans, token overlap): precision ${p.toFixed(3)} (${predHit}/${predN}) recall ${r.toFixed(3)} (${goldHit}/${goldN}) F1 ${f1(p, r).toFixed(3)}`,
    `words: PTC, loaded-language categories only (pejorative, praise, emotive, intensifier, scare-quote): precision ${lp.toFixed(3)} (${ll.predHit}/${ll.predN}) recall ${lr.toFixed(3)} (${ll.goldHit}/${goldN}) F1 ${f1(lp, lr).toFixed(3)}`,
  ];
  for (const [cat, c] of [...byCat].sort((a, b) => b[1].n - a[1].n)) {
    lines.push(`words:   ${cat.padEnd(12)} spans ${String(c.n).padStart(5)} precision ${pct(c.tp, c.n)}`);
  }
  return lines;
}

/**
 * BABE words as the `--sentences` contract reports them: only the writer's own loaded terms
 * (not those inside a quotation or in a sentence attributed to a source, bar its verb of saying).
 */
function evalBabeContract(rows: BabeRow[]): string {
  let tp = 0;
  let n = 0;
  let goldWords = 0;
  let goldFound = 0;
  for (const row of rows) {
    const gold = new Set(row.words);
    const covered = new Set<string>();
    for (const m of analyzeSentence(row.text).loaded) {
      const words = spanWords(m.text);
      n++;
      if (words.some((w) => gold.has(w))) tp++;
      for (const w of words) if (gold.has(w)) covered.add(w);
    }
    goldWords += gold.size;
    goldFound += covered.size;
  }
  return `words: BABE-MBIC biased words, writer's own only (as analyze --sentences reports them): precision ${pct(tp, n)} (${tp}/${n}), recall ${pct(goldFound, goldWords)} (${goldFound}/${goldWords})`;
}

/** Per-entry counts from the last run, for tuning the lexicon (not printed by evalWords). */
export function collectEntryStats(corporaDir: string): EntryStat[] {
  const stats = new Map<string, EntryStat>();
  const babe = join(corporaDir, 'babe-mbic', 'derived_sg2_in_sg1_mbic.csv');
  if (existsSync(babe)) evalBabe(readBabeWords(babe), stats);
  const ptc = join(corporaDir, 'ptc-propaganda');
  if (existsSync(ptc)) evalPtc(ptc, stats);
  return [...stats.values()];
}

/** Lines to print: BABE word and sentence measures, PTC span measures, each by category. */
export async function evalWords(corporaDir: string): Promise<string[]> {
  const lines: string[] = [];
  const stats = new Map<string, EntryStat>();
  const babe = join(corporaDir, 'babe-mbic', 'derived_sg2_in_sg1_mbic.csv');
  if (existsSync(babe)) {
    const rows = readBabeWords(babe);
    lines.push(...evalBabe(rows, stats), evalBabeContract(rows));
  } else lines.push(`words: no BABE-MBIC file at ${babe}`);
  const ptc = join(corporaDir, 'ptc-propaganda');
  if (existsSync(join(ptc, 'train-task2-TC.labels'))) lines.push(...evalPtc(ptc, stats));
  else lines.push(`words: no PTC corpus at ${ptc}`);
  return lines;
}
