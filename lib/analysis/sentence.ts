/**
 * One sentence judged alone: the `--sentences` contract of DESIGN.md. Without the rest of the
 * article there is no earlier speaker to carry over, so voice comes from the sentence itself:
 * a quotation that fills most of it, a verb of saying, or "according to".
 */
import { JUDGING_VERBS, SAYING } from './cues/function-words';
import { type ScoreInput, scoreSentence } from './score';
import type { Label, LoadedCategory, LoadedMatch, Voice } from './types';

export interface SentenceVerdict {
  opinion: number;
  label: Label;
  voice: 'outlet' | 'attributed';
  loaded: { text: string; start: number; end: number; category: LoadedCategory }[];
}

const OPEN: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

/** Double-quoted spans (marks included). Single quotes are left alone: mostly apostrophes. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open >= 0) {
      if (ch === close || (close === '"' && ch === '”')) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    } else if (ch in OPEN) {
      open = i;
      close = OPEN[ch]!;
    }
  }
  if (open >= 0 && text.length - open > 1) out.push({ start: open, end: text.length });
  return out;
}

const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

/** Whether the sentence, taken alone, reports someone else's words. */
export function isAttributed(text: string, quoted: { start: number; end: number }[]): boolean {
  let quotedChars = 0;
  for (const q of quoted) quotedChars += q.end - q.start;
  if (quotedChars > text.length * 0.5) return true;
  let q = 0;
  WORD.lastIndex = 0;
  let prev = '';
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    while (q < quoted.length && quoted[q]!.end <= m.index) q++;
    if (q < quoted.length && quoted[q]!.start <= m.index) continue;
    const w = m[0].toLowerCase();
    if ((SAYING.has(w) || JUDGING_VERBS.has(w)) && w !== 'according') return true;
    if (prev === 'according' && w === 'to') return true;
    prev = w;
  }
  return false;
}

export type LoadedMatcher = (text: string) => LoadedMatch[];
const NO_LOADED: LoadedMatcher = () => [];

/** What the score needs to know about a sentence taken alone. */
export function prepareSentence(text: string, matchLoaded: LoadedMatcher = NO_LOADED): ScoreInput {
  const quoted = quotedSpans(text);
  const voice: Voice = isAttributed(text, quoted) ? { speaker: 'a source', via: 'unnamed' } : 'outlet';
  return { text, voice, quoted, loaded: matchLoaded(text) };
}

export function analyzeSentence(text: string, matchLoaded: LoadedMatcher = NO_LOADED): SentenceVerdict {
  const input = prepareSentence(text, matchLoaded);
  const scored = scoreSentence(input);
  return {
    opinion: Math.round(scored.opinion * 1000) / 1000,
    label: scored.label,
    voice: input.voice === 'outlet' ? 'outlet' : 'attributed',
    loaded: input.loaded.map((m) => ({ text: m.text, start: m.start, end: m.end, category: m.category })),
  };
}
