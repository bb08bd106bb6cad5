/**
 * What each loaded-wording category means, in the words the hover card and the docs use: the one
 * table of category labels (the card, the legend, the popup, the exports, the settings and the
 * sentence reasons all read it). Every category the matcher can report is documented here (a test
 * checks it).
 */
import type { LoadedCategory } from '../analysis/types';
import { LOADEDNESS, LOADEDNESS_FLOOR } from './loadedness';

export interface CategoryInfo {
  /** Short label for the UI, singular and lower case: "pejorative label" ("“inept” is a pejorative label"). */
  label: string;
  /** The label as a heading over a list of such words: "Pejorative labels". */
  plural: string;
  /** What the category holds and why it signals slant. */
  description: string;
  /** The id prefix its entries use. */
  prefix: string;
}

export const CATEGORIES: Record<LoadedCategory, CategoryInfo> = {
  pejorative: {
    label: 'pejorative label',
    plural: 'Pejorative labels',
    description:
      'Names or adjectives that condemn a person, group or institution (regime, thug, inept, corruption-ridden) instead of describing what they did.',
    prefix: 'pej',
  },
  praise: {
    label: 'praise word',
    plural: 'Praise words',
    description:
      'Words that celebrate their subject (heroic, visionary, landmark); in the outlet’s own voice they take a side.',
    prefix: 'praise',
  },
  emotive: {
    label: 'emotive or fear word',
    plural: 'Emotive and fear words',
    description:
      'Words chosen to provoke fear, anger or pity (devastating, chilling, horrific) where a plainer word would report the same fact.',
    prefix: 'emo',
  },
  intensifier: {
    label: 'intensifier or hyperbole',
    plural: 'Intensifiers and hyperbole',
    description:
      'Boosters and exaggerations (extremely, unprecedented, massive) that inflate a fact beyond what is measured.',
    prefix: 'int',
  },
  'saying-verb': {
    label: 'loaded verb of saying',
    plural: 'Loaded verbs of saying',
    description:
      'Verbs that report speech while judging it (claimed, admitted, insisted, slammed, touted) where "said" would be neutral.',
    prefix: 'say',
  },
  factive: {
    label: 'presupposing verb',
    plural: 'Presupposing verbs',
    description:
      'Verbs that present what follows as established truth (revealed, exposed, acknowledged, proved) rather than as a claim.',
    prefix: 'fact',
  },
  hedge: {
    label: 'hedge or weasel word',
    plural: 'Hedges and weasel words',
    description:
      'Words that distance the writer or hide the source (allegedly, reportedly, so-called, critics say, it is believed).',
    prefix: 'hedge',
  },
  absolute: {
    label: 'absolute word',
    plural: 'Absolute words',
    description:
      'All-or-nothing words (always, never, everyone, nobody, completely) that leave no room for exceptions.',
    prefix: 'abs',
  },
  'scare-quote': {
    label: 'scare quote',
    plural: 'Scare quotes',
    description:
      'A word or two put in quotation marks without a speaker, to signal doubt or irony about it ("experts", \'peace\').',
    prefix: 'sq',
  },
};

/** Every category, in the canonical order (judging first, qualifying last): the one list the rest uses. */
export const LOADED_CATEGORIES = Object.keys(CATEGORIES) as readonly LoadedCategory[];

/** Categories a reader can put a word under: all but scare quotes (a pattern, not a word). */
export const WORD_CATEGORIES: readonly LoadedCategory[] = LOADED_CATEGORIES.filter(
  (c) => c !== 'scare-quote',
);

/** The category offered first: the one a reader-added word gets when none is given. */
export const DEFAULT_WORD_CATEGORY: LoadedCategory = 'emotive';

/** "pejorative label": the category's label in running text. */
export function categoryLabel(category: LoadedCategory): string {
  return CATEGORIES[category].label;
}

/** "Pejorative labels": the category as a heading over its words. */
export function categoryHeading(category: LoadedCategory): string {
  return CATEGORIES[category].plural;
}

/**
 * The categories that are loaded wording in the sense experts mark it (word choice that judges:
 * labels, praise, emotive and inflated words, verbs of saying that judge). They go into a
 * Report's `loaded[]` and its counts.
 *
 * Hedges, factives, absolutes and scare quotes shift certainty rather than judge; measured against
 * expert-marked biased words (BABE) and propaganda spans (PTC) they matched 2-14% of the time
 * against 37-56% for the judging categories. The matcher still finds them and the sentence model
 * still weighs them, so a sentence's card explains them as reasons, but they are not counted as
 * loaded words.
 */
export const LEXICAL_CATEGORIES: ReadonlySet<LoadedCategory> = new Set<LoadedCategory>([
  'pejorative',
  'praise',
  'emotive',
  'intensifier',
  'saying-verb',
]);

/**
 * Entries counted whatever their learned score, each for a reason a reader would give. The score
 * is the share of matches that BABE and PTC annotators marked, and those annotators marked spans
 * of whole techniques: a label as routine in the articles they read as "illegals" (0 of 22 PTC
 * matches inside a marked span) or "illegal aliens" (4 of 59, while BABE's experts marked all 10)
 * went unmarked, yet it names people by an offence and style guides ask news writers to avoid it. ("regime" and "fake news" stay below the floor: in news they are
 * mostly the usual name for an authoritarian government and the name of a topic.)
 */
export const COUNTED_WHATEVER_SCORE: ReadonlySet<string> = new Set([
  'pej-illegals',
  'pej-illegal-alien',
  // The reference case's reported praise ("He lauded ..."): two BABE matches leave its score to
  // the vector prior of a rare word, just under the floor.
  'say-laud',
]);

/** Whether a category counts as loaded wording (see LEXICAL_CATEGORIES). */
export function isLexicalCategory(category: LoadedCategory): boolean {
  return LEXICAL_CATEGORIES.has(category);
}

/**
 * Whether a match counts as a loaded word in a Report: a lexical category, and an entry whose
 * expected share of expert-marked matches (lib/lexicon/loadedness.ts, fitted by
 * lib/cli/train/loaded.ts) clears the floor. Entries not scored (written after the last fit) count.
 */
export function countsAsLoaded(match: { id: string; category: LoadedCategory }): boolean {
  if (!isLexicalCategory(match.category)) return false;
  return COUNTED_WHATEVER_SCORE.has(match.id) || (LOADEDNESS[match.id] ?? 100) >= LOADEDNESS_FLOOR;
}
