/**
 * Hand-built Reports for the settings/corrections/profiles/visible-marks tests: small, with
 * exactly the sentences, loaded terms and entities each test reasons about.
 */
import type {
  Entity,
  Label,
  LoadedCategory,
  LoadedTerm,
  Report,
  Sentence,
  Voice,
} from '../../lib/analysis/types';

export interface SentenceSpec {
  block: number;
  text: string;
  opinion: number;
  label: Label;
  voice?: Voice;
}

export interface TermSpec {
  /** Sentence index the term stands in; offsets are found by searching the sentence text. */
  sentence: number;
  text: string;
  category: LoadedCategory;
  id?: string;
  polarity?: number;
}

/**
 * Blocks are built by joining the block's sentences with one space, so offsets are exact.
 */
export function makeReport(
  sentences: SentenceSpec[],
  terms: TermSpec[] = [],
  extra: { entities?: Entity[]; url?: string; title?: string; supported?: boolean; words?: number } = {},
): Report {
  const blockTexts: string[] = [];
  const built: Sentence[] = sentences.map((s, index) => {
    const before = blockTexts[s.block];
    const start = before === undefined ? 0 : before.length + 1;
    blockTexts[s.block] = before === undefined ? s.text : `${before} ${s.text}`;
    return {
      index,
      block: s.block,
      start,
      end: start + s.text.length,
      text: s.text,
      opinion: s.opinion,
      label: s.label,
      voice: s.voice ?? 'outlet',
      reasons: [],
    };
  });
  const loaded: LoadedTerm[] = terms.map((t) => {
    const s = built[t.sentence]!;
    const at = s.text.indexOf(t.text);
    if (at < 0) throw new Error(`fixture: "${t.text}" not in sentence ${t.sentence}`);
    return {
      id: t.id ?? `${t.category}:${t.text.toLowerCase()}`,
      text: t.text,
      start: s.start + at,
      end: s.start + at + t.text.length,
      block: s.block,
      sentence: t.sentence,
      voice: s.voice,
      category: t.category,
      note: 'fixture',
      polarity: t.polarity ?? -1,
    };
  });
  const words = extra.words ?? sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  return {
    version: 1,
    meta: { url: extra.url, title: extra.title, site: 'The Post' },
    language: 'en',
    supported: extra.supported ?? true,
    blocks: blockTexts.map((text) => ({ kind: 'paragraph' as const, text: text ?? '' })),
    sentences: built,
    loaded,
    claims: [],
    entities: extra.entities ?? [],
    related: { stories: [], excluded: 0, byEntity: [] },
    summary: {
      words,
      sentences: built.length,
      opinionShare: 0,
      outletOpinion: 0,
      reportedOpinion: 0,
      claims: 0,
      loadedTerms: loaded.length,
      loadedPer1000: 0,
      loadedByCategory: {},
      leans: [],
      statement: '',
    },
  };
}

export function entity(name: string, score: number, mentions: number): Entity {
  return {
    id: name.toLowerCase(),
    name,
    type: 'place',
    aliases: [],
    mentions,
    sentences: [],
    tone: { outlet: { score, mentions }, quoted: { score: 0, mentions: 0 } },
  };
}
