/**
 * Tone towards a named target on NewsMTSC (../shared/corpora/newsmtsc): 3-class macro-F1 of
 * - the mention reader (the sentence and the mention's offsets, as `--tone` mode reads them), and
 * - the page path: the sentence as a one-paragraph article, the entity the mention belongs to,
 *   and the sign of its tone in the Report (outlet's voice, else quoted), as a reader of the JSON
 *   Report sees it. A mention the page path does not find as an entity counts as neutral. A second
 *   page line asks for the mention written exactly as an entity's name or alias ("Mr. Trump" is
 *   not "Trump"), for a reader who matches names strictly.
 * dev.jsonl was watched while choosing settings: its figure is "monitored"; the model is fitted on
 * train.jsonl (cross-validated figure: npx tsx lib/cli/train/tone.ts).
 *
 *   npx tsx lib/cli/eval/tone.ts [dev|train]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../../analysis/report';
import { readToneTarget } from '../tone-mode';
import { macroF1, readToneRows, type ToneRow } from '../train/tone';
import { corporaDir } from './data-dir';

export interface ToneEval {
  name: string;
  n: number;
  macro: number;
  f1: number[];
  accuracy: number;
  note: string;
}

/** Polarity from a Report score: the sign, with the export's neutral band (|score| < 0.1). */
export const polarityOf = (score: number): -1 | 0 | 1 => (score <= -0.1 ? -1 : score >= 0.1 ? 1 : 0);

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .replace(/^(?:the|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/u, '')
    .trim();

/** Only a possessive ending dropped: the mention must be written as a name or alias is. */
const exactForm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .trim();

/**
 * The Report's tone towards the mention, found by name or alias; undefined when no entity matches.
 * By default a name matches without "the" or an honorific and by its last words ("Trump" and
 * "Donald Trump"); `exact` asks for a name or alias written as the mention is (case aside).
 */
export function pageTone(row: ToneRow, exact = false): number | undefined {
  const report = analyzeArticle({ meta: {}, blocks: [{ kind: 'paragraph', text: row.sentence }] });
  const want = exact ? exactForm(row.mention) : norm(row.mention);
  const e = report.entities.find((x) =>
    [x.name, ...x.aliases].some((a) => {
      if (exact) return exactForm(a) === want;
      const n = norm(a);
      return n === want || n.endsWith(` ${want}`) || want.endsWith(` ${n}`);
    }),
  );
  if (!e) return undefined;
  return e.tone.outlet.mentions ? e.tone.outlet.score : e.tone.quoted.score;
}

export function evalTone(rows: ToneRow[], split: string): ToneEval[] {
  const gold = rows.map((r) => r.polarity);
  const mention = rows.map((r) => readToneTarget(r).polarity);
  let found = 0;
  const page = rows.map((r) => {
    const t = pageTone(r);
    if (t !== undefined) found++;
    return polarityOf(t ?? 0);
  });
  let foundExact = 0;
  const pageExact = rows.map((r) => {
    const t = pageTone(r, true);
    if (t !== undefined) foundExact++;
    return polarityOf(t ?? 0);
  });
  const row = (name: string, pred: number[], note: string): ToneEval => ({
    name,
    n: rows.length,
    ...macroF1(gold, pred),
    note,
  });
  return [
    row(`NewsMTSC ${split}, mention (--tone)`, mention, 'sentence + mention offsets'),
    row(
      `NewsMTSC ${split}, page entities`,
      page,
      `one-sentence page, entity tone sign (abs(score) >= 0.1); ${found} of ${rows.length} mentions found as an entity, the rest count neutral`,
    ),
    row(
      `NewsMTSC ${split}, page entities, exact name`,
      pageExact,
      `as above, but only an entity whose name or alias is written as the mention is (case and a possessive ending aside); ${foundExact} of ${rows.length} found`,
    ),
  ];
}

/** Lines for `npm run eval`. */
export function evalToneLines(dir: string = corporaDir()): string[] {
  const file = join(dir, 'newsmtsc', 'dev.jsonl');
  if (!existsSync(file)) return [`tone: no NewsMTSC at ${file}`];
  const out = [
    'tone towards a target: fitted on NewsMTSC train (lib/analysis/tone-table.ts); dev monitored while choosing settings; cross-validated train figure: npx tsx lib/cli/train/tone.ts',
    '| measure | n | macro-F1 | F1 neg | F1 neutral | F1 pos | accuracy | how |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of evalTone(readToneRows(file), 'dev (monitored)'))
    out.push(
      `| ${r.name} | ${r.n} | ${r.macro.toFixed(3)} | ${r.f1.map((x) => x.toFixed(3)).join(' | ')} | ${r.accuracy.toFixed(3)} | ${r.note} |`,
    );
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const split = process.argv[2] === 'train' ? 'train' : 'dev';
  const file = join(corporaDir(), 'newsmtsc', `${split}.jsonl`);
  if (!existsSync(file)) console.log(`tone: no NewsMTSC at ${file}`);
  else {
    console.log('fitted on NewsMTSC train; dev monitored while choosing settings');
    for (const r of evalTone(readToneRows(file), split))
      console.log(
        `${r.name}: n=${r.n} macro-F1=${r.macro.toFixed(3)} F1 neg/neu/pos=${r.f1.map((x) => x.toFixed(3)).join('/')} acc=${r.accuracy.toFixed(3)} (${r.note})`,
      );
  }
}
