/**
 * Word lists and shapes the voice pass shares: pronouns, fillers between subject and verb,
 * prepositions, determiners, the Found (a clause's speaker) and Context (what earlier sentences
 * said) records.
 */
import type { Mention, SentenceRef } from './entities';
import type { Attribution, Entity } from './types';

/** What a clause says about its speaker, before pronouns are resolved. */
export interface Found {
  speaker?: string;
  entity?: Entity;
  role?: string;
  pronoun?: 'person' | 'plural';
  unnamed?: boolean;
  /** Unnamed source in the plural ("officials"): "they" can refer back to it. */
  plural?: boolean;
  /** A definite role ("the secretary-general") standing for the last person, like a pronoun. */
  definite?: boolean;
  /** The pronoun as written, and where ("she"). */
  pronounText?: string;
  pronounAt?: number;
  /** Speaker as written when it is more than the entity's name ("Franken's office"). */
  display?: string;
  via: Attribution['via'];
  verb: string;
  start: number;
  end: number;
}

/** A source as the finders return it, before the verb of saying that it goes with is known. */
export type SourceFound = Omit<Found, 'via' | 'verb' | 'start' | 'end'>;

// An unresolved pronoun shown as the speaker; never an antecedent for the next one.
export const PRONOUNS_SHOWN = new Set(['he', 'she', 'they']);
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const PLURAL_PRONOUNS = new Set(['they']);
// Words allowed between a subject and its verb: auxiliaries and adverbs ("he also warned",
// "Stoltenberg has repeatedly said", "officials had earlier denied").
export const FILLERS = new Set([
  'also',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'may',
  'might',
  'later',
  'then',
  'again',
  'previously',
  'earlier',
  'once',
  'further',
  'not',
  'never',
  'did',
  'does',
  'do',
  'been',
  'being',
  'even',
  'still',
  'already',
  'too',
  'however',
]);
/**
 * Verbs the voice pass reads as a view only in some uses, so the reported words' stance follows
 * whatever the pass decided: an attack in words ("attacked the deal", not "attacked the museum")
 * and "see ... as" ("Some see the plan as a giveaway").
 */
export const ATTACK_VERB = /^attack(?:s|ed|ing)?$/;
export const SEE_AS: ReadonlySet<string> = new Set([
  'see',
  'sees',
  'saw',
  'view',
  'views',
  'viewed',
  'regard',
  'regards',
  'regarded',
]);
/**
 * Verbs that cast something in a light when "as" follows: "Critics portray the plan as a giveaway",
 * "Smith remembered him as a kind man",
 * "ScreamMyName pitched this project as something that will benefit users" (read like "see ... as").
 * "present" only of oneself: "Uber has presented itself as an alternative" (not "presents the data
 * as a chart").
 */
export const CAST_AS: ReadonlySet<string> = new Set(
  (
    'portray portrays portrayed portraying depict depicts depicted depicting paint paints painted ' +
    'painting pitch pitches pitched pitching frame frames framed framing remember remembers remembered ' +
    'present presents presented presenting'
  ).split(' '),
);
const SELVES = new Set(['itself', 'himself', 'herself', 'themselves', 'ourselves', 'myself', 'yourself']);
/** Whether CAST_AS's verb at ts[k] casts: "as" follows, and "present" presents oneself. */
export function castsAs(lower: string, next: string | undefined): boolean {
  return !lower.startsWith('present') || SELVES.has(next ?? '');
}
/**
 * Verbs of saying only before "for" (in SPEECH_VERBS): a demand pressed ("Gaetz, Gohmert, Biggs push
 * for Mueller resignation", "lobbied for the bill"); the voice pass takes them only there, and the
 * reported words' stance follows. ("campaigned for the seat" runs for office: no demand.)
 */
export const DEMANDING_FOR: ReadonlySet<string> = new Set(['push', 'press', 'lobby']);
/** Relative pronouns that stand for the noun before them as a verb's subject. */
export const RELATIVES = new Set(['that', 'which', 'who']);
export const PREPOSITIONS = new Set([
  'with',
  'of',
  'in',
  'on',
  'at',
  'to',
  'from',
  'for',
  'by',
  'about',
  'between',
  'against',
  'amid',
  'amidst',
  'among',
  'into',
  'over',
  'under',
  'towards',
  'toward',
  'than',
  'like',
  'during',
  'after',
  'before',
  'across',
  'via',
]);
// Time phrases allowed between subject and verb ("Franken on Thursday denied").
export const TIME_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week ' +
    'month year weekend today yesterday tonight'
  ).split(' '),
);
export const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'early', 'next', 'earlier']);
// Who speaks for an owner: "Franken's office said", "the Kremlin spokesman said".
export const OWNED_SPEAKERS = new Set([
  'office',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'campaign',
  'team',
  'aide',
  'aides',
  'government',
  'ministry',
  'administration',
  'statement',
  // A body's document speaks for it ("the Pentagon report warned", "the Mueller report concluded").
  'report',
  'study',
  'memo',
  'audit',
  'survey',
  'representatives',
  'officials',
  'leadership',
]);
export const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'every',
  'each',
  'no',
]);
// Nouns of a view that, owned by someone and followed by "is that", give their view ("Smith's
// argument is that ...", "Her view is that ..."): for the voice pass and the reported words' stance.
// (Not nouns that are verbs of saying as well: "people claim", "officials hope".)
export const POSSESSED_VIEWS = new Set(
  (
    'argument view position contention belief verdict conclusion message assessment opinion ' +
    'stance complaint hope concern'
  ).split(' '),
);

// Quantifiers of a plural: before a word in -s they make it a noun (a verb after a plural subject
// takes no -s), and before "of" they count a group of sources ("many of the protesters").
export const PLURAL_QUANTIFIERS = new Set([
  'many',
  'several',
  'some',
  'most',
  'few',
  'other',
  'both',
  'all',
  'these',
  'those',
  'two',
  'three',
  'four',
  'five',
  'various',
  'numerous',
]);

export const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'some',
  'many',
  'several',
  'two',
  'three',
  'other',
  'most',
  'few',
]);

export interface Context {
  sentences: SentenceRef[];
  byId: Map<string, Entity>;
  bySentence: Map<number, Mention[]>;
  /** Sentence indexes of each block, in order. */
  blockSentences: Map<number, number[]>;
  /** Last speaker (named or unnamed). */
  last: Attribution | undefined;
  /** Whether that last speaker is an unnamed group ("officials"). */
  lastPlural: boolean;
  /** Last person mentioned at all (fallback for a pronoun with no named speaker yet). */
  lastPerson: Entity | undefined;
  /**
   * The speaker of a quotation left open at the end of this sentence's block, named in a following
   * block that goes on quoting ('“... [paragraph] “...,” said Berg.').
   */
  ahead?: (s: SentenceRef) => Found | undefined;
}

export function onlySpaces(text: string, a: number, b: number): boolean {
  return /^[\s\u00a0]*$/.test(text.slice(a, b));
}
