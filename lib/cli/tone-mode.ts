/**
 * `--tone FILE|-` mode of the command line: one JSON object per input line,
 * {"sentence", "mention", "from", "to"} (offsets into the sentence, end exclusive; without them the
 * first occurrence of the mention is used), answered by one JSON object per output line, in order:
 * {"polarity": -1 | 0 | 1, "score": -1..1}. A line that cannot be read gets
 * {"polarity": 0, "score": 0, "error": "..."} so output line N always answers input line N.
 */
import { toneTowards } from '../analysis/tone-mention';

export interface ToneTarget {
  sentence: string;
  mention?: string;
  from?: number;
  to?: number;
}

export interface ToneAnswer {
  polarity: -1 | 0 | 1;
  score: number;
  error?: string;
}

/** Where the mention is: the offsets given when they are sane, else its first occurrence. */
function span(t: ToneTarget): [number, number] | undefined {
  const n = t.sentence.length;
  if (Number.isInteger(t.from) && Number.isInteger(t.to) && t.from! >= 0 && t.to! <= n && t.from! < t.to!)
    return [t.from!, t.to!];
  if (t.mention) {
    const at = t.sentence.indexOf(t.mention);
    if (at >= 0) return [at, at + t.mention.length];
  }
  return undefined;
}

export function readToneTarget(t: ToneTarget): ToneAnswer {
  const at = span(t);
  if (!at) return { polarity: 0, score: 0, error: 'mention not found in the sentence' };
  const r = toneTowards(t.sentence, at[0], at[1]);
  return { polarity: r.polarity, score: r.score };
}

/** Answers for a whole input (JSON lines), one output line per input line. */
export function toneLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map(toneLine);
}

/** One input line answered (the command line streams them one at a time). */
export function toneLine(line: string): string {
  let answer: ToneAnswer;
  try {
    const t = JSON.parse(line) as ToneTarget;
    if (!t || typeof t.sentence !== 'string') throw new Error('no "sentence" string');
    answer = readToneTarget(t);
  } catch (e) {
    answer = { polarity: 0, score: 0, error: e instanceof Error ? e.message : String(e) };
  }
  return JSON.stringify(answer);
}
