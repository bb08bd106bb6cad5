/**
 * The Report: the one contract between the analysis (pure, runs in Node) and everything that
 * shows it (page annotation, hover card, popup, CLI). Offsets are UTF-16 code units into the
 * text of the block named by `block`, end exclusive, so the page can map them to live Text nodes.
 */

/** What the page extractor hands the analysis. Strings in, data out. */
export interface ArticleInput {
  meta: ArticleMeta;
  blocks: Block[];
  related?: RelatedInput;
}

export interface ArticleMeta {
  title?: string;
  /** The outlet's name, e.g. "The Post". */
  site?: string;
  byline?: string;
  /** ISO date or the page's own date string. */
  date?: string;
  /** BCP 47 tag from the page (html[lang], og:locale), if any. */
  lang?: string;
  url?: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'caption';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface RelatedInput {
  /** The heading the links stood under, e.g. "More from The Post". */
  heading?: string;
  links: { title: string; url: string }[];
  /** Promoted, sponsored or partner links that were seen and left out. */
  excluded: number;
}

/** A place in the article: block index and offsets into that block's text. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

export type Label = 'opinion' | 'reported-opinion' | 'claim' | 'fact';

/** Who says a sentence: the outlet itself, or a source. */
export type Voice = 'outlet' | Attribution;

export interface Attribution {
  /** Display name: "Jens Stoltenberg", or "an unnamed source", "critics". */
  speaker: string;
  /** Entity id when the speaker is a named entity. */
  entity?: string;
  /** "NATO Secretary General", "Kremlin spokesperson". */
  role?: string;
  /** How the attribution was found. */
  via: 'quote' | 'indirect' | 'according-to' | 'pronoun' | 'continuation' | 'unnamed';
  /** The verb of saying, as written ("lauded", "accusing"). */
  verb?: string;
}

export type LoadedCategory =
  | 'pejorative'
  | 'praise'
  | 'emotive'
  | 'intensifier'
  | 'saying-verb'
  | 'factive'
  | 'hedge'
  | 'absolute'
  | 'scare-quote';

/** One entry of our lexicon (lib/lexicon). Ids are stable. */
export interface LexiconEntry {
  id: string;
  /** A word, hyphenated form or phrase; lower case. Inflections are matched by the matcher. */
  term: string;
  category: LoadedCategory;
  /** One short sentence: why this wording is loaded. */
  note: string;
  /** A neutral wording, where one exists. */
  neutral?: string;
  /** -1 (casts its target negatively) .. +1 (positively); 0 for tone-free cues like hedges. */
  polarity?: number;
  /** Which inflection rules apply; default: by part of speech guess of the matcher. */
  pos?: 'adj' | 'noun' | 'verb' | 'adv' | 'phrase';
}

/** A loaded term found in a text. Offsets are into the text the matcher was given. */
export interface LoadedMatch {
  id: string;
  text: string;
  start: number;
  end: number;
  category: LoadedCategory;
  note: string;
  neutral?: string;
  polarity: number;
}

/** A loaded term as placed in the article. */
export interface LoadedTerm extends LoadedMatch, Span {
  /** Index into Report.sentences. */
  sentence: number;
  /** Whether it stands in the outlet's own voice or in a source's. */
  voice: Voice;
}

/** A cue behind a sentence's opinion score. Offsets are into the block. */
export interface Reason extends Span {
  /** Machine name of the cue: "loaded:pejorative", "first-person", "modal", "quote", ... */
  cue: string;
  /** The words that triggered it. */
  text: string;
  /** Signed contribution to the score (before squashing). */
  weight: number;
  /** Plain words for the hover card: "pejorative label", "reported praise". */
  explain: string;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** 0..1: how much this sentence expresses a judgement rather than reports. */
  opinion: number;
  label: Label;
  voice: Voice;
  reasons: Reason[];
}

export interface Claim extends Span {
  sentence: number;
  text: string;
  /** "The Post" for the outlet's own voice, else the source's display name. */
  speaker: string;
  entity?: string;
  role?: string;
  /** The verb of saying or asserting ("accused", "said", "underscores"). */
  verb?: string;
  certainty: 'hedged' | 'plain' | 'boosted';
  /** The hedge or booster words found ("allegedly", "may"). */
  hedges: string[];
}

export type EntityType = 'person' | 'place' | 'organization';

/** Tone is -1..+1 (mean over mentions), with how many mentions it rests on. */
export interface Tone {
  score: number;
  mentions: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Other forms seen: surname, possessive, demonym ("Azerbaijani"). */
  aliases: string[];
  role?: string;
  mentions: number;
  /** Where it is named (first sentence of each mention). */
  sentences: number[];
  tone: { outlet: Tone; quoted: Tone };
}

export interface RelatedStory {
  title: string;
  url: string;
  /** -1..+1 overall tone of the headline. */
  tone: number;
  loaded: LoadedMatch[];
  /** Entities named in the headline with the tone towards each. */
  entities: { name: string; entity?: string; tone: number }[];
  /** Short theme words from the headline ("corruption", "sanctions"). */
  themes: string[];
}

export interface RelatedSlant {
  heading?: string;
  stories: RelatedStory[];
  /** Promoted/sponsored links left out. */
  excluded: number;
  /** Per entity, summed over the stories that name it. */
  byEntity: {
    name: string;
    entity?: string;
    stories: number;
    negative: number;
    positive: number;
    neutral: number;
    tone: number;
    themes: string[];
  }[];
}

export interface Lean {
  /** The entity the lean is about. */
  name: string;
  entity?: string;
  direction: 'against' | 'for' | 'mixed' | 'none';
  /** Outlet-voice tone towards it, -1..+1. */
  outlet: number;
  /** Related-story tone towards it, -1..+1 (undefined without related stories). */
  related?: number;
}

export interface Summary {
  words: number;
  sentences: number;
  /** Share of sentences labelled `opinion` (the outlet's own), 0..1. */
  opinionShare: number;
  outletOpinion: number;
  reportedOpinion: number;
  claims: number;
  loadedTerms: number;
  loadedPer1000: number;
  /** Counts by category. */
  loadedByCategory: Partial<Record<LoadedCategory, number>>;
  leans: Lean[];
  /** One plain sentence built only from the evidence above. */
  statement: string;
}

export interface Report {
  version: 1;
  meta: ArticleMeta;
  /** Detected language ("en", "de", ...) and whether we analysed it. */
  language: string;
  supported: boolean;
  /** In plain words: why not, when supported is false; what was left out, when the text was capped. */
  notice?: string;
  /** The block texts the offsets refer to. */
  blocks: Block[];
  sentences: Sentence[];
  loaded: LoadedTerm[];
  claims: Claim[];
  entities: Entity[];
  related: RelatedSlant;
  summary: Summary;
}
