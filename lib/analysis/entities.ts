/**
 * Entities (people, places, organisations) from capitalised-word runs, without a tagger:
 * rules decide the type (titles/roles, country and place lists, organisation cue words, acronyms,
 * name shape), surnames link to full names ("Stoltenberg" -> "Jens Stoltenberg"), possessives and
 * demonyms link to their country ("Azerbaijan’s", "Azerbaijani" -> Azerbaijan). Headings and other
 * title-case lines only match names already known, since every word there is capitalised.
 *
 * The parts: entity-runs (candidate names in a sentence), entity-compounds (hyphenated pairs of
 * names, party-and-state labels), entity-names (names where capitals say little: sentence openers,
 * title-case lines), entity-name-form (the name table), entity-roles (titles and roles around a
 * name), entity-kinds (typing a name), entity-words (word tests and the candidate shape),
 * entity-linker (candidates to entities and known-name matching).
 */
import { Linker } from './entity-linker';
import { titleCandidates } from './entity-names';
import { sentenceCandidates } from './entity-runs';
import {
  atSentenceStart,
  type Candidate,
  type DocWords,
  isNameWord,
  isShouting,
  isTitleCase,
  isWebToken,
} from './entity-words';
import { isLowerInitial, stripPossessive, type Token, tokenize } from './tokens';
import type { Block, Entity } from './types';

export interface SentenceRef {
  block: number;
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  /** Entity id. */
  entity: string;
  /** Index into the sentences given. */
  sentence: number;
  block: number;
  /** Offsets into the block text, end exclusive; possessive ending included when written. */
  start: number;
  end: number;
  text: string;
  /** Written as a possessive ("Azerbaijan’s"): an owner, not an actor. */
  possessive?: boolean;
  /** A demonym or adjective form ("Azerbaijani soldiers", "NATO-led"). */
  adjective?: boolean;
  /** Role given at this mention ("Kremlin spokesperson"). */
  role?: string;
}

export interface EntityFinding {
  entities: Entity[];
  mentions: Mention[];
  /** The block texts the refs point into, when known: voice finds quotations in them. */
  blockTexts?: string[];
  /** tokenize() of each sentence findEntities read, so voice need not tokenise them again. */
  sentenceTokens?: Token[][];
}

/** People, places and organisations named in the blocks, with every mention. */
export function findEntities(blocks: Block[], sentences: SentenceRef[]): EntityFinding {
  const toks = sentences.map((s) => tokenize(s.text));
  const doc: DocWords = { lower: new Set(), midCaps: new Set() };
  // A sentence in a paragraph may be running text though most of its words are names ("Look at
  // Mark Zuckerberg."); list items (a reference list's titles) and headings are read as titles.
  const titleLike = toks.map((ts, i) =>
    isTitleCase(ts, blocks[sentences[i]!.block]?.kind === 'paragraph' ? sentences[i]!.text : undefined),
  );
  toks.forEach((ts, i) => {
    if (titleLike[i]) return;
    for (const t of ts) {
      // "al-Assad" opens in lower case but is a name, not ordinary English; so may a hashtag or
      // a handle ("#soros", "@cnn"), written in lower case whatever it names.
      if (isLowerInitial(t.text)) {
        if (!isNameWord(t.text) && !isWebToken(sentences[i]!.text, t)) doc.lower.add(t.text.toLowerCase());
      } else if (!atSentenceStart(sentences[i]!.text, t.start)) doc.midCaps.add(stripPossessive(t.text));
    }
  });

  const candidates: Candidate[] = [];
  // Title-case lines: only runs of name words make new names there; the rest is matched against
  // names already known, around those runs.
  const titleNames: Candidate[][] = sentences.map(() => []);
  sentences.forEach((s, i) => {
    if (!titleLike[i]) candidates.push(...sentenceCandidates(s, i, toks[i]!, doc));
    else if (!isShouting(toks[i]!)) {
      titleNames[i] = titleCandidates(s, i, toks[i]!);
      candidates.push(...titleNames[i]!);
    }
  });
  const linker = new Linker();
  linker.link(candidates);
  sentences.forEach((s, i) => {
    if (!titleLike[i]) return;
    const taken = titleNames[i]!;
    const rest = taken.length
      ? toks[i]!.filter((t) => !taken.some((c) => s.start + t.start < c.end && c.start < s.start + t.end))
      : toks[i]!;
    linker.matchKnown(s, i, rest);
  });
  const result = linker.result();
  if (blocks.length > 0) result.blockTexts = blocks.map((b) => b.text);
  if (sentences.length > 0) result.sentenceTokens = toks;
  return result;
}

/**
 * Names in a text outside the article (a related headline), matched only against entities already
 * found and the place/organisation lists. Offsets are into `text`.
 */
export function matchKnownEntities(
  text: string,
  found: EntityFinding,
): { entity: string; name: string; start: number; end: number; text: string }[] {
  const linker = Linker.from(found);
  const ref: SentenceRef = { block: 0, start: 0, end: text.length, text };
  linker.matchKnown(ref, 0, tokenize(text));
  const byId = new Map(linker.result().entities.map((e) => [e.id, e.name]));
  return linker.extra.map((m) => ({
    entity: m.entity,
    name: byId.get(m.entity) ?? m.text,
    start: m.start,
    end: m.end,
    text: m.text,
  }));
}
