/**
 * Which Report spans become marks on the page, and what the hover card says about each.
 * Pure (no DOM): the Report in, plain data out, so it is tested in Node and the card only renders.
 */
import type {
  Attribution,
  LoadedCategory,
  LoadedTerm,
  Report,
  Sentence,
  Span,
  Voice,
} from '../analysis/types';
import { categoryLabel } from '../lexicon/categories';

/** Sentence marks: the outlet's own opinion, or opinion it reports from a source (drawn lighter). */
export type SentenceKind = 'opinion' | 'reported';
export type MarkKind = SentenceKind | `loaded-${LoadedCategory}`;

export interface Mark extends Span {
  kind: MarkKind;
  /** Index into Report.sentences (the sentence itself, or the one holding the word). */
  sentence: number;
  /** The loaded term, for word marks (a Report.loaded entry or a reader-added term). */
  term?: LoadedTerm;
}

/** Which sentences and words to draw; the same shape as lib/visible-marks.ts returns. */
export interface MarkSelection {
  sentences: number[];
  loaded: number[];
  added: LoadedTerm[];
}

/** What the card shows; components/HoverCard renders exactly this. */
export interface CardData {
  kind: MarkKind;
  /** "The outlet's own opinion", "Reported opinion", "Loaded word: pejorative". */
  label: string;
  /** Who says it: "The Post (the outlet itself)", "Jens Stoltenberg, NATO Secretary General". */
  voice: string;
  /** How the voice was found, when it was a source: "quoted", "by a pronoun ('He lauded')". */
  voiceVia?: string;
  /** Plain-words reasons behind a sentence's opinion score, strongest first. */
  reasons: string[];
  /** For a loaded word. */
  term?: { text: string; category: LoadedCategory; categoryLabel: string; note: string; neutral?: string };
}

const SENTENCE_LABELS: Record<SentenceKind, string> = {
  opinion: 'The outlet’s own opinion',
  reported: 'Reported opinion',
};

const VIA: Record<Attribution['via'], string> = {
  quote: 'quoted',
  indirect: 'reported speech',
  'according-to': '“according to”',
  pronoun: 'named earlier, referred to by a pronoun',
  continuation: 'continues an earlier quote',
  unnamed: 'unnamed source',
};

/** Every opinion or reported-opinion sentence and every loaded word: the choice without settings. */
export function selectAll(report: Report): MarkSelection {
  if (!report.supported) return { sentences: [], loaded: [], added: [] };
  const sentences: number[] = [];
  report.sentences.forEach((s, i) => {
    if (s.label === 'opinion' || s.label === 'reported-opinion') sentences.push(i);
  });
  return { sentences, loaded: report.loaded.map((_, i) => i), added: [] };
}

export function sentenceKind(s: Sentence): SentenceKind {
  // The engine's label decides: a source's sentence is the outlet's opinion only when the writer's
  // own words around the source's judge (lib/analysis/voice-judgement.ts frameJudgements).
  return s.label === 'opinion' ? 'opinion' : 'reported';
}

/** The marks to draw, in document order (sentences before the words inside them). */
export function toMarks(report: Report, selection: MarkSelection = selectAll(report)): Mark[] {
  const marks: Mark[] = [];
  for (const i of selection.sentences) {
    const s = report.sentences[i];
    if (s) marks.push({ kind: sentenceKind(s), block: s.block, start: s.start, end: s.end, sentence: i });
  }
  const terms = [
    ...selection.loaded.map((i) => report.loaded[i]).filter((t): t is LoadedTerm => t !== undefined),
    ...selection.added,
  ];
  for (const t of terms) {
    marks.push({
      kind: `loaded-${t.category}`,
      block: t.block,
      start: t.start,
      end: t.end,
      sentence: t.sentence,
      term: t,
    });
  }
  return marks.sort(
    (a, b) => a.block - b.block || a.start - b.start || b.end - a.end || (a.term ? 1 : 0) - (b.term ? 1 : 0),
  );
}

export function voiceName(voice: Voice, site?: string): string {
  if (voice === 'outlet') return `${site ?? 'The outlet'} (the outlet itself)`;
  return voice.role ? `${voice.speaker}, ${voice.role}` : voice.speaker;
}

/** The card for a mark: label, voice, reasons, and for a word its category, note and alternative. */
export function cardFor(report: Report, mark: Mark): CardData {
  const sentence = report.sentences[mark.sentence];
  const voice: Voice = mark.term?.voice ?? sentence?.voice ?? 'outlet';
  const via = voice === 'outlet' ? undefined : VIA[voice.via];
  const reasons = sentence
    ? [...sentence.reasons]
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
        .map((r) => (r.text ? `${r.explain}: “${r.text}”` : r.explain))
        .filter((r, i, all) => all.indexOf(r) === i)
        .slice(0, 4)
    : [];
  const base = { kind: mark.kind, voice: voiceName(voice, report.meta.site), voiceVia: via };
  if (mark.term) {
    const t = mark.term;
    return {
      ...base,
      label: `Loaded word: ${categoryLabel(t.category)}`,
      reasons: [],
      term: {
        text: t.text,
        category: t.category,
        categoryLabel: categoryLabel(t.category),
        note: t.note,
        neutral: t.neutral,
      },
    };
  }
  return { ...base, label: SENTENCE_LABELS[mark.kind as SentenceKind], reasons };
}
