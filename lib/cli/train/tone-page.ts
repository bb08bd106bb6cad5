/**
 * Where the NewsMTSC page path (lib/cli/eval/tone.ts: the sentence as a one-paragraph page, the
 * target looked up among Report.entities) loses mentions, counted by kind, and what each kind
 * would be worth: the page macro-F1 if the mentions of that kind took the mention reader's
 * polarity instead of neutral (an upper bound on finding them). For choosing which entity rules
 * to write; train by default (dev is monitored: look at it sparingly).
 *
 *   npx tsx lib/cli/train/tone-page.ts [train|dev] [--show KIND] [--limit N]
 *
 * Prints to the terminal only; nothing from the corpora is written.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir } from '../eval/data-dir';
import { pageTone, polarityOf } from '../eval/tone';
import { readToneTarget } from '../tone-mode';
import { macroF1, readToneRows, type ToneRow } from './tone';

const PRONOUNS = new Set(
  'he she his her hers him it its they them their theirs we us our me my i you your myself himself herself itself themselves ourselves yourself one who whom ’m'.split(
    ' ',
  ),
);
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Why a mention the page path did not find was missed, judged from the mention and its sentence. */
export function missKind(r: ToneRow): string {
  const m = r.mention.trim();
  const before = r.sentence.slice(0, r.from);
  const after = r.sentence.slice(r.to);
  if (PRONOUNS.has(m.toLowerCase())) return 'pronoun';
  if (CALENDAR.test(m)) return 'calendar word';
  if (!/\p{Lu}/u.test(m)) return 'lower case (a description: "the president")';
  if (/^(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+\p{Ll}/u.test(m))
    return 'lower case (a description: "the president")';
  const words = r.sentence.match(/\p{L}{4,}/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length >= 3 && caps >= 0.6 * words.length) return 'title-case line';
  // A span the annotation cut inside a name ("Theresa" of "Theresa May", "Trump" of "Trump Tower")
  // or grew over punctuation: the corpus's offsets, not the page.
  if (/^\p{Lu}\p{Ll}+$/u.test(m) && /^\s+\p{Lu}\p{Ll}+/u.test(after)) return 'span: part of a longer name';
  if (/^[“"‘'[(\\—–-]|[)\]“"‘’,]\s*$|\(|,/u.test(m)) return 'span: punctuation inside';
  if (m.split(/\s+/).length > 4) return 'span: more than a name';
  if (/(?:anti|pro|non|ex)-$/i.test(before)) return 'anti-/pro- prefix';
  if (/^-\p{Lu}/u.test(after) || /\p{L}-$/u.test(before)) return 'hyphen compound ("Clinton-Trump")';
  if (/^[\s“"‘'([—–-]*$/u.test(before)) return 'opens the sentence';
  return 'other';
}

export interface MissReport {
  n: number;
  found: number;
  macro: number;
  kinds: { kind: string; count: number; ifFound: number; examples: ToneRow[] }[];
}

export function missReport(rows: ToneRow[]): MissReport {
  const gold = rows.map((r) => r.polarity);
  const page = rows.map((r) => pageTone(r));
  const pred = page.map((t) => polarityOf(t ?? 0));
  const byKind = new Map<string, number[]>();
  page.forEach((t, i) => {
    if (t !== undefined) return;
    const k = missKind(rows[i]!);
    const list = byKind.get(k) ?? [];
    list.push(i);
    byKind.set(k, list);
  });
  const kinds = [...byKind]
    .map(([kind, idx]) => {
      const alt = [...pred];
      for (const i of idx) alt[i] = readToneTarget(rows[i]!).polarity;
      return {
        kind,
        count: idx.length,
        ifFound: macroF1(gold, alt).macro,
        examples: idx.map((i) => rows[i]!),
      };
    })
    .sort((a, b) => b.count - a.count);
  return {
    n: rows.length,
    found: page.filter((t) => t !== undefined).length,
    macro: macroF1(gold, pred).macro,
    kinds,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const split = args.includes('dev') ? 'dev' : 'train';
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 40;
  const file = join(corporaDir(), 'newsmtsc', `${split}.jsonl`);
  if (!existsSync(file)) console.log(`tone-page: no NewsMTSC at ${file}`);
  else {
    const r = missReport(readToneRows(file));
    console.log(
      `NewsMTSC ${split}, page path: ${r.found} of ${r.n} mentions found, macro-F1 ${r.macro.toFixed(3)}; not found, by kind (macro-F1 if that kind took the mention reader's polarity):`,
    );
    for (const k of r.kinds)
      console.log(`  ${String(k.count).padStart(5)}  ${k.ifFound.toFixed(3)}  ${k.kind}`);
    const chosen = show ? r.kinds.find((k) => k.kind.startsWith(show)) : undefined;
    for (const e of chosen?.examples.slice(0, limit) ?? [])
      console.log(
        `  [${e.polarity}] ${e.mention} | ${e.sentence.slice(Math.max(0, e.from - 60), e.to + 60)}`,
      );
  }
}
