/**
 * Sentence-level evaluation over the labelled corpora in ../shared/corpora (never copied into the
 * project): CheckThat! subjectivity (SUBJ vs OBJ) and BABE-MBIC (Biased vs Non-biased). Every
 * sentence goes through analyzeSentence, exactly as `analyze --sentences` judges it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentenceVerdict } from '../../analysis/sentence';

export interface Labelled {
  text: string;
  gold: boolean;
  /** Grouping for cross-validation (BABE outlet), when known. */
  group?: string;
}

/** CheckThat TSV: sentence_id, sentence, label, ...; split on tabs, no quoting. */
export function readCheckThat(file: string): Labelled[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out: Labelled[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const cols = line.split('\t');
    if (cols[2] !== 'SUBJ' && cols[2] !== 'OBJ') continue;
    out.push({ text: cols[1] ?? '', gold: cols[2] === 'SUBJ' });
  }
  return out;
}

/** One CSV record parser for `;`-separated, double-quote-escaped fields (RFC 4180 style). */
export function parseCsv(text: string, sep = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** BABE-MBIC: text; news_link; outlet; topic; type; label_bias; ... ("No agreement" skipped). */
export function readBabe(file: string): Labelled[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const head = rows[0] ?? [];
  const ti = head.indexOf('text');
  const li = head.indexOf('label_bias');
  const oi = head.indexOf('outlet');
  const out: Labelled[] = [];
  for (const r of rows.slice(1)) {
    const label = r[li];
    if (label !== 'Biased' && label !== 'Non-biased') continue;
    out.push({ text: r[ti] ?? '', gold: label === 'Biased', group: r[oi] });
  }
  return out;
}

export interface Scores {
  n: number;
  macroF1: number;
  f1Pos: number;
  f1Neg: number;
  accuracy: number;
}

export function binaryScores(gold: boolean[], pred: boolean[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
    else tn++;
  }
  const f1 = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  const f1Pos = f1(tp, fp, fn);
  const f1Neg = f1(tn, fn, fp);
  return { n: gold.length, macroF1: (f1Pos + f1Neg) / 2, f1Pos, f1Neg, accuracy: (tp + tn) / gold.length };
}

/**
 * SUBJ is predicted for the outlet's own opinion only: a lone sentence labelled 'opinion'.
 * Judgements in a source's voice ('reported-opinion') count as OBJ, as CheckThat's annotators mostly
 * treat quoted and reported views (measured both ways: the second row of the table).
 */
export const subjective = (v: SentenceVerdict): boolean => v.label === 'opinion';
/** The alternative reading: any judgement, whoever voices it. */
export const subjectiveAnyVoice = (v: SentenceVerdict): boolean => v.opinion >= 0.5;
/**
 * BABE: biased when the writer judges (the outlet's own 'opinion') or uses a loaded term of their
 * own. BABE's label_bias is bias by the writer (its annotators judge the outlet's wording), so a
 * source's view reported in a plain frame counts as not biased, as CheckThat is counted.
 */
export const biased = (v: SentenceVerdict): boolean => v.label === 'opinion' || v.loaded.length > 0;
/** The alternative reading: any judgement, whoever voices it, or a loaded term of the writer's. */
export const biasedAnyVoice = (v: SentenceVerdict): boolean => v.opinion >= 0.5 || v.loaded.length > 0;

export interface SentenceEval {
  name: string;
  scores: Scores;
  note: string;
}

export function corpusFiles(corporaDir: string) {
  return {
    checkthatTrain: join(corporaDir, 'checkthat-subjectivity-en', 'train_en.tsv'),
    checkthatDev: join(corporaDir, 'checkthat-subjectivity-en', 'dev_en.tsv'),
    babe: join(corporaDir, 'babe-mbic', 'derived_sg2_in_sg1_mbic.csv'),
  };
}

export function evalSentences(corporaDir: string, judge: (text: string) => SentenceVerdict): SentenceEval[] {
  const files = corpusFiles(corporaDir);
  const out: SentenceEval[] = [];
  if (existsSync(files.checkthatDev)) {
    const data = readCheckThat(files.checkthatDev);
    const verdicts = data.map((d) => judge(d.text));
    const gold = data.map((d) => d.gold);
    out.push({
      name: 'CheckThat dev subjectivity',
      scores: binaryScores(gold, verdicts.map(subjective)),
      note: "SUBJ = label 'opinion' (outlet's own voice); IN TRAINING (in-sample): see the release-left-out figure",
    });
    out.push({
      name: 'CheckThat dev, any voice',
      scores: binaryScores(gold, verdicts.map(subjectiveAnyVoice)),
      note: 'SUBJ = opinion >= 0.5 (reported opinion counted too)',
    });
  }
  if (existsSync(files.babe)) {
    const data = readBabe(files.babe);
    const verdicts = data.map((d) => judge(d.text));
    const gold = data.map((d) => d.gold);
    out.push({
      name: 'BABE-MBIC sentence bias',
      scores: binaryScores(gold, verdicts.map(biased)),
      note: "Biased = label 'opinion' (outlet's own voice) or a loaded term of the writer's (label_bias is bias by the writer); BABE opinion labels (not bias) IN TRAINING: see the outlet-left-out figure",
    });
    out.push({
      name: 'BABE-MBIC, any voice',
      scores: binaryScores(gold, verdicts.map(biasedAnyVoice)),
      note: "Biased = opinion >= 0.5 (reported opinion counted too) or a loaded term of the writer's",
    });
    out.push({
      name: 'BABE-MBIC, opinion only',
      scores: binaryScores(
        gold,
        verdicts.map((v) => v.opinion >= 0.5),
      ),
      note: 'Biased = opinion >= 0.5',
    });
  }
  return out;
}
