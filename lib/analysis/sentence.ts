/**
 * One sentence judged alone: the `--sentences` contract of DESIGN.md. Without the rest of the
 * article there is no earlier speaker to carry over, so voice comes from the sentence itself
 * (a quotation, a source as subject of a verb of saying, "according to ..."), found by the same
 * voice pass the article analysis uses. The verdict lists loaded terms in the writer's own words
 * only (see writersOwn): what a source says is the source's slant, not the outlet's.
 */

import { countsAsLoaded } from '../lexicon/categories';
import { JUDGING_VERBS, SAYING } from './cues/function-words';
import { findEntities } from './entities';
import { insideQuote } from './features';
import { matchLoaded } from './loaded';
import { type ScoreInput, scoreSentence } from './score';
import type { Label, LoadedCategory, LoadedMatch, Voice } from './types';
import { attributeVoices } from './voice';
import { frameJudgements } from './voice-judgement';

export interface SentenceVerdict {
  opinion: number;
  label: Label;
  voice: 'outlet' | 'attributed';
  loaded: { text: string; start: number; end: number; category: LoadedCategory }[];
}

export type LoadedMatcher = (text: string) => LoadedMatch[];
const LEXICON: LoadedMatcher = (text) => matchLoaded(text);

/**
 * A line that is a CSV-quoted field, as CheckThat's TSV files keep a sentence with quotation marks
 * in it when read without quote handling: the whole line in double quotes, each mark inside doubled
 * ('"""I was drowning,"" she said."'). Returns the sentence inside, each doubled mark made single,
 * and where each of its characters stands in the line; undefined for any other line. A line merely
 * quoted ('"I was drowning."') has no doubled mark and is left as it is.
 */
export function csvField(line: string): { text: string; at: number[] } | undefined {
  const m = /^"([\s\S]*)"\s*$/.exec(line);
  const inner = m?.[1];
  if (inner === undefined || !inner.includes('""') || inner.replace(/""/g, '').includes('"'))
    return undefined;
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    text += inner[i];
    at.push(1 + i);
    if (inner[i] === '"') i++;
  }
  return { text, at };
}

/** What the score needs to know about a sentence taken alone (a CSV-quoted line read unescaped). */
export function prepareSentence(line: string, match: LoadedMatcher = LEXICON): ScoreInput {
  return prepareText(csvField(line)?.text ?? line, match);
}

function prepareText(text: string, match: LoadedMatcher): ScoreInput {
  const refs = [{ block: 0, start: 0, end: text.length, text }];
  const found = findEntities([{ kind: 'paragraph', text }], refs);
  const v = attributeVoices(refs, found)[0];
  const voice = v?.voice === undefined || v.voice === 'outlet' ? pronounSpeaker(text) : v.voice;
  return { text, voice, quoted: v?.quoted ?? [], loaded: match(text), ...(v?.asked ? { asked: true } : {}) };
}

// "He lauded ...", "In Armenia, she also warned ...": in an article the voice pass carries the pronoun back to
// the last named speaker; a sentence alone has none, but it is still a source speaking.
const PRONOUN_SAYS =
  /^\s*(?:[^,]{1,60},\s*)?(he|she|they)\s+(?:(?:also|later|then|again|further|\p{L}+ly)\s+)?(\p{L}+)/iu;

function pronounSpeaker(text: string): Voice {
  const m = PRONOUN_SAYS.exec(text);
  const verb = m?.[2]?.toLowerCase();
  if (!m || !verb || !(SAYING.has(verb) || JUDGING_VERBS.has(verb))) return 'outlet';
  return { speaker: m[1]!.toLowerCase(), via: 'pronoun', verb: m[2] };
}

/**
 * The loaded terms in the writer's own wording. Inside a quotation a term is the source's. In a
 * sentence that reports a source ("X said the plan was a disaster"), the reported words are the
 * source's too; the writer chose the verb of saying ("slammed", "admitted") and the frame around
 * the reported words ("Outraged Democrats vowed ...").
 */
export function writersOwn(input: ScoreInput): LoadedMatch[] {
  const frame = frameJudgements(input);
  return input.loaded.filter(
    (m) =>
      !insideQuote(m, input.quoted) &&
      (input.voice === 'outlet' || m.category === 'saying-verb' || frame.includes(m)),
  );
}

export function analyzeSentence(text: string, match: LoadedMatcher = LEXICON): SentenceVerdict {
  // Offsets are into the line as given, also when it is read as a CSV-quoted field.
  const field = csvField(text);
  const input = prepareText(field?.text ?? text, match);
  const scored = scoreSentence(input);
  const at = field?.at;
  const span = (m: LoadedMatch) =>
    at ? { start: at[m.start]!, end: at[m.end - 1]! + 1 } : { start: m.start, end: m.end };
  return {
    opinion: Math.round(scored.opinion * 1000) / 1000,
    label: scored.label,
    voice: input.voice === 'outlet' ? 'outlet' : 'attributed',
    loaded: writersOwn(input)
      // the same loaded wording a Report counts (hedges, absolutes ... stay reasons, not loaded words)
      .filter((m) => countsAsLoaded(m))
      .map((m) => {
        const { start, end } = span(m);
        return { text: text.slice(start, end), start, end, category: m.category };
      }),
  };
}
