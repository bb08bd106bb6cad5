/**
 * Loaded-wording matcher: finds our lexicon's terms (lib/lexicon) in a text, with inflections,
 * hyphenated and multi-word forms, possessives and curly apostrophes, plus scare quotes.
 *
 * Linear in the text: one pass splits it into word parts, each part looks up the phrases that
 * start with it in a Map (longest first), and overlaps are resolved with an occupancy array.
 * No regular expression runs over the whole text.
 */
import { LEXICON, SCARE_QUOTE } from '../lexicon';
import { type InflectPos, termForms, wordForms } from './inflect';
import { plainByForm, readForm, type TextForm } from './loaded-context';
import {
  PAGE_DOMAIN_SENTENCES,
  PAGE_DOMAINS,
  pageDomainsOf,
  plainSense,
  sentenceDomains,
} from './loaded-senses';
import type { LexiconEntry, LoadedCategory, LoadedMatch } from './types';

/** A run of letters/digits (with inner apostrophes); hyphens split compounds into parts. */
export interface Part {
  start: number;
  /** End of the part in the text; `keyEnd` drops a possessive 's. */
  end: number;
  keyEnd: number;
  key: string;
  /** Joined to the previous part by a hyphen ("corruption-ridden"). */
  joined: boolean;
  /** Only whitespace or a joining hyphen separates it from the previous part. */
  gapOk: boolean;
  /** Index of the first part of its hyphenated compound. */
  compound: number;
}

interface Candidate {
  parts: string[];
  entry: LexiconEntry;
  inflected: boolean;
}

interface Compiled {
  byFirst: Map<string, Candidate[]>;
  /** Productive hyphen suffixes: "ridden" -> the "*-ridden" entry. */
  suffix: Map<string, LexiconEntry>;
}

const APOSTROPHES = new Set([0x27, 0x2019]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(text[i]!);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

export function tokenize(text: string): Part[] {
  const parts: Part[] = [];
  const n = text.length;
  // One lower-casing for the whole text keeps offsets exact only when no character changes
  // length (e.g. "İ"); otherwise each word is lower-cased on its own.
  const whole = text.toLowerCase();
  const lower = whole.length === n ? whole : undefined;
  let i = 0;
  let gapClean = true;
  let joinedNext = false;
  while (i < n) {
    if (!isWordCode(text, i)) {
      const c = text.charCodeAt(i);
      if (!isSpaceCode(c)) gapClean = false;
      i++;
      continue;
    }
    const start = i;
    let curly = false;
    while (i < n) {
      if (isWordCode(text, i)) i++;
      else if (APOSTROPHES.has(text.charCodeAt(i)) && i + 1 < n && isWordCode(text, i + 1)) {
        if (text.charCodeAt(i) === 0x2019) curly = true;
        i++;
      } else break;
    }
    let raw = lower ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
    if (curly) raw = raw.replace(/\u2019/g, "'");
    const possessive = i - start > 2 && raw.charCodeAt(raw.length - 1) === 115 && raw.endsWith("'s");
    const key = possessive ? raw.slice(0, -2) : raw;
    const prev = parts.length > 0 ? parts[parts.length - 1] : undefined;
    const joined = joinedNext && prev !== undefined;
    parts.push({
      start,
      end: i,
      keyEnd: possessive ? i - 2 : i,
      key,
      joined,
      gapOk: prev !== undefined && (joined || gapClean),
      compound: joined && prev ? prev.compound : parts.length,
    });
    gapClean = true;
    joinedNext = false;
    if (i + 1 < n && HYPHENS.has(text.charCodeAt(i)) && isWordCode(text, i + 1)) {
      joinedNext = true;
      i++;
    }
  }
  return parts;
}

/** "it {is|was} believed" -> ["it is believed", "it was believed"]. */
export function expandAlternations(term: string): string[] {
  const expand = (t: string): string[] => {
    const open = t.indexOf('{');
    if (open < 0) return [t];
    const close = t.indexOf('}', open);
    const rests = expand(t.slice(close + 1));
    return t
      .slice(open + 1, close)
      .split('|')
      .flatMap((alt) => rests.map((rest) => `${t.slice(0, open)}${alt}${rest}`));
  };
  return expand(term).map((t) => t.replace(/\s+/g, ' ').trim());
}

function splitTerm(term: string): string[] {
  return term.split(/[\s\-\u2010\u2011]+/).filter((p) => p.length > 0);
}

/**
 * A hyphenated compound verb inflects its last part ("flip-flopped", "cherry-picks"), where a
 * phrasal verb inflects its first word ("doubled down").
 */
function compoundVerbForms(variant: string, entry: LexiconEntry, base: string[]): string[][] | undefined {
  if (entry.pos !== 'verb' || base.length < 2 || /\s/.test(variant)) return undefined;
  const head = base.slice(0, -1);
  return wordForms(base[base.length - 1]!, 'verb').map((last) => [...head, last]);
}

function defaultPos(entry: LexiconEntry, parts: string[]): InflectPos {
  if (entry.pos) return entry.pos;
  return parts.length > 1 ? 'phrase' : 'adj';
}

export function compileLexicon(entries: readonly LexiconEntry[]): Compiled {
  const byFirst = new Map<string, Candidate[]>();
  const suffix = new Map<string, LexiconEntry>();
  const where = new Map<string, Candidate>();
  for (const entry of entries) {
    if (entry.term.startsWith('*-')) {
      suffix.set(entry.term.slice(2), entry);
      continue;
    }
    for (const variant of expandAlternations(entry.term)) {
      const base = splitTerm(variant);
      const forms = compoundVerbForms(variant, entry, base) ?? termForms(base, defaultPos(entry, base));
      forms.forEach((parts, k) => {
        const key = parts.join(' ');
        const inflected = k > 0;
        const existing = where.get(key);
        // An exact term beats another entry's inflected form; otherwise the first entry wins.
        if (existing && (inflected || !existing.inflected)) return;
        const cand: Candidate = { parts, entry, inflected };
        if (existing) {
          existing.entry = entry;
          existing.inflected = false;
          return;
        }
        where.set(key, cand);
        const list = byFirst.get(parts[0]!);
        if (list) list.push(cand);
        else byFirst.set(parts[0]!, [cand]);
      });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return { byFirst, suffix };
}

/**
 * Context guards: words that are loaded in one use and plain in another. Each returns true when
 * the match at parts[i..j] should be dropped. Keyed by lexicon id.
 */
type Guard = (parts: Part[], i: number, j: number) => boolean;

const nextKey = (parts: Part[], j: number, k = 1): string =>
  j + k < parts.length && parts[j + k]!.gapOk ? parts[j + k]!.key : '';

/** "claimed 30 lives", "claimed responsibility", "claimed the title": not a verb of saying. */
const CLAIM_OBJECTS = new Set([
  'lives',
  'life',
  'responsibility',
  'victory',
  'credit',
  'title',
  'seat',
  'seats',
  'crown',
  'asylum',
  'ownership',
  'benefits',
  'damages',
  'compensation',
  'refund',
  'prize',
  'trophy',
  'spot',
  'place',
  'win',
  'record',
  'championship',
  'medal',
  'stake',
  // A right or a role taken up: "claim the inheritance of", "claimed a new mandate", "claims the mantle".
  'inheritance',
  'mandate',
  'mantle',
  'throne',
  'nomination',
  // Software: a worker claims a task or a lock ("RPCs for claiming a task for execution").
  'task',
  'tasks',
  'lock',
  'locks',
]);

/** "tax regime", "sanctions regime": regime as a system of rules, not a government. */
const SYSTEM_REGIME = new Set(
  (
    'tax sanctions sanction regulatory trade visa testing training treatment exchange inspection safety ' +
    'legal fiscal monetary pension compliance licensing export import tariff customs accounting reporting ' +
    'inflation currency drug dosing exercise diet control verification nonproliferation climate rate rates ' +
    'ceasefire border asylum investment insolvency disclosure supervisory enforcement liability ownership ' +
    'subsidy support aid price pricing care medication feeding'
  ).split(' '),
);

/** Before a noun: a determiner or preposition makes "the blast", "a lecture", "jet fuel" nouns. */
const NOUN_BEFORE = new Set(
  (
    'the a an this that these those its their his her our your my of for no any some every each jet ' +
    'diesel fossil air sonic mock snap first second third last final initial another huge massive powerful loud'
  ).split(' '),
);

/**
 * Verb entries whose base form is also a common plain noun ("fuel", "blast", "lecture"): the base
 * and -s forms count only when they are not introduced like a noun or followed by "of".
 */
const VERB_ONLY = new Set(
  (
    'emo-fuel say-blast say-slam emo-spiral emo-wreck say-vent say-howl say-thunder say-mock ' +
    'say-lecture say-crow say-snap say-muse say-huff say-dodge say-moan say-whine say-scold emo-exploit ' +
    'say-bluster say-harangue say-taunt say-wail say-shriek emo-stoke say-spout say-spew say-gush ' +
    'say-hype say-pontificate say-rave say-brag say-lament say-vow say-rant say-sneer say-trumpet say-tout ' +
    'say-rebuke say-ridicule say-scoff int-plummet emo-seethe say-proclaim say-fume'
  ).split(' '),
);

/**
 * Verbs whose base form is mostly something else ("pan", "cave", "gut", "trash"): only their
 * -ed and -ing forms count ("panned", "caved", "gutted").
 */
const INFLECTED_ONLY = new Set(
  'int-crater pej-slink say-pan say-rip say-boast emo-plague emo-cave emo-gut say-trash say-parrot emo-loot emo-crush emo-slash emo-stonewall emo-torpedo emo-hijack'.split(
    ' ',
  ),
);

function nounUse(parts: Part[], i: number, j: number): boolean {
  const p = parts[i]!;
  const word = p.key;
  if (/(ed|ing)$/.test(word)) return false;
  const before = i > 0 && p.gapOk ? parts[i - 1]!.key : '';
  return NOUN_BEFORE.has(before) || nextKey(parts, j) === 'of';
}

/** "lies in", "lies ahead", "therein lies": the verb to lie, not falsehoods. */
const LIE_PLACE = new Set(
  'in with ahead at on beyond within between behind down dormant low the a an its their his her'.split(' '),
);
const LIE_SUBJECT = new Set('therein it that which where there he she this what who'.split(' '));

/** "terror attack", "terror suspects": the standard compound, not fear-mongering. */
const TERROR_COMPOUND = new Set(
  'attack attacks group groups suspect suspects plot plots charges charge cell cells threat threats list financing law laws alert organization organisation network'.split(
    ' ',
  ),
);
/** "extreme weather", "extreme heat": a measured category, not a label. */
const EXTREME_MEASURED = new Set(
  'weather heat cold temperatures temperature poverty events event rainfall drought conditions caution'.split(
    ' ',
  ),
);

/** "false alarm", "false positive": set phrases, not a verdict on a claim. */
const FALSE_SET_PHRASE = new Set(
  'alarm alarms positive positives negative negatives start starts teeth bottom ceiling dawn flag'.split(' '),
);

/** "proved difficult", "proved to be": an outcome, not a truth the writer vouches for. */
const PROVED_OUTCOME = new Set(
  (
    'to difficult costly popular successful elusive fatal deadly useful crucial decisive effective ' +
    'impossible controversial unpopular insufficient more less too a an short-lived hard tricky'
  ).split(' '),
);

/** "had never been", "I’ve never met": never in a perfect tense is a plain record of the past. */
const PERFECT_AUX = new Set([
  'have',
  'has',
  'had',
  "i've",
  "we've",
  "you've",
  "they've",
  "he'd",
  "she'd",
  "i'd",
  "we'd",
  "they'd",
  'having',
]);

/** "admitted to hospital", "admitting privileges", "was admitted": to let in, not to confess. */
const ADMIT_ENTRY = new Set([
  'to',
  'into',
  'privileges',
  'privilege',
  'patients',
  'students',
  'members',
  'immigrants',
  'refugees',
]);
const PASSIVE_AUX = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got', 'gets']);

/** Before "claim(s)": a noun ("the claim", "his claims", "false claims"), not the verb of saying. */
const CLAIM_NOUN_BEFORE = new Set(
  (
    'the a an this that these those its their his her our your my of for no any some such such ' +
    'false dubious unfounded baseless similar new many several extraordinary earlier previous ' +
    'misconduct abuse fraud insurance injury damage these to-the against about up ' +
    // What a claim is for, before the noun: "unemployment claims", "eligible asylum claims".
    'jobless unemployment asylum harassment patent disability benefit tax land territorial warranty ' +
    'compensation liability copyright trademark refugee welfare expense expenses accident malpractice ' +
    'discrimination negligence pension'
  ).split(' '),
);
/** Words that open what a source claims: "claimed that", "claims he", "claimed the plan would". */
const CLAIM_COMPLEMENT = new Set(
  'that to he she they it we i you there his her their its this these the a an without falsely credit'.split(
    ' ',
  ),
);

/** The text findTerms is matching, for guards that read characters between parts. */
let capitalText = '';
/** Whether parts[k] starts with a capital letter (a name: "claimed Trump relied on lies"). */
function capitalStart(parts: Part[], k: number): boolean {
  const ch = capitalText[parts[k]!.start] ?? '';
  return parts[k]!.gapOk && ch !== ch.toLowerCase();
}
/** A comma, colon or quotation mark right after the verb: "claimed, without evidence, that". */
function punctAfter(parts: Part[], j: number): boolean {
  const gap = capitalText.slice(
    parts[j]!.end,
    j + 1 < parts.length ? parts[j + 1]!.start : parts[j]!.end + 2,
  );
  return /[,:\u201c"]/.test(gap);
}

/** The first word of a sentence ("Claims that action is imperative do not stand up": a noun). */
function sentenceStart(parts: Part[], i: number): boolean {
  if (i === 0) return true;
  const gap = capitalText.slice(parts[i - 1]!.end, parts[i]!.start);
  return /[.!?\n]/.test(gap);
}

/** After "claim(s) to": a determiner makes a right claimed ("claims to the land"), not an infinitive. */
const CLAIM_TO_NOUN = new Set('the a an his her their its our this that these those fame'.split(' '));
/** A subject pronoun before it makes "claims to the court that" the verb. */
const SUBJECT_PRONOUNS = new Set('he she it they we i you who which that'.split(' '));

/**
 * Before "claims": a legal filing as the subject ("the suit claims they overvalued", "the
 * complaint claims that"): the law's plain verb for what a filing alleges, not the writer's doubt.
 */
const CLAIM_FILINGS = new Set(
  'suit suits lawsuit lawsuits complaint complaints filing filings petition petitions indictment'.split(' '),
);

/** After "claim(s)": "claims of", "claims about", "the claims are": the noun. */
const CLAIM_NOUN_AFTER = new Set(
  'of about against by are were was is have had made regarding surrounding'.split(' '),
);

/** "clearly" as manner ("more clearly", "clearly visible"), not the writer vouching for a view. */
const MANNER_BEFORE = new Set(
  'more most less so very as too how speak speaks spoke see seen saw read stated'.split(' '),
);

/** "terrorist group", "terrorist attack": the standard compound, not a label for a person. */
const TERRORIST_COMPOUND = new Set(
  'attack attacks group groups organization organisation organizations organisations cell cells plot plots designation list network networks threat threats'.split(
    ' ',
  ),
);

/** After a label adjective, nouns that make it the name of a kind of armed group. */
const GROUP_COMPOUND = new Set([
  ...TERRORIST_COMPOUND,
  'militants',
  'militant',
  'fighters',
  'fighter',
  'militia',
  'militias',
  'insurgents',
  'insurgency',
  'factions',
  'faction',
]);

const prevKey = (parts: Part[], i: number, k = 1): string =>
  i - k >= 0 && parts[i - k + 1]!.gapOk ? parts[i - k]!.key : '';

/** "No one was hurt": a plain count of the harmed, not a sweeping claim. */
const NO_ONE_REPORT = new Set(['was', 'were', 'has', 'had']);
/** "is suspected of", "suspected cases", "we suspected": a charge or a guess, not a label. */
const SUSPECTED_PLAIN_BEFORE = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'we',
  'i',
  'they',
  'he',
  'she',
  'and',
  'or',
]);

/** Verbs that carry someone "over the top" (past the line needed to win): "put Lamb over the top". */
const OVER_THE_TOP_CARRY = new Set(
  'put puts putting push pushed pushes pushing get gets got getting carry carried carries carrying tip tipped tips tipping'.split(
    ' ',
  ),
);

/**
 * A ruler's label used as the title before the name, as news copy styles it ("Cuban dictator Fidel
 * Castro", "Syrian strongman Bashar al-Assad", "Syria's dictator, Bashar al-Assad"): the lower-case
 * label right before a capitalised name. BABE's experts marked 1 of 5 such uses; the label standing
 * alone ("sitting down with a dictator", "a brutal dictator") still counts.
 */
function rulerTitle(parts: Part[], i: number, j: number): boolean {
  if (j + 1 >= parts.length || capitalStart(parts, i)) return false;
  const gap = capitalText.slice(parts[j]!.end, parts[j + 1]!.start);
  if (gap !== ' ' && gap !== ', ') return false;
  const ch = capitalText[parts[j + 1]!.start] ?? '';
  return ch !== ch.toLowerCase();
}

const GUARDS: Record<string, Guard> = {
  'pej-dictator': rulerTitle,
  'pej-strongman': rulerTitle,
  'pej-autocrat': rulerTitle,
  // "helped put Lamb over the top", "pushed the bill over the top": past the winning line.
  'pej-over-the-top': (parts, i) =>
    parts[i]!.key === 'over' &&
    (OVER_THE_TOP_CARRY.has(prevKey(parts, i)) || OVER_THE_TOP_CARRY.has(prevKey(parts, i, 2))),
  // "the devil is in the details", "play devil's advocate": idioms about details and debate.
  'emo-devil': (parts, _i, j) =>
    nextKey(parts, j) === 'advocate' ||
    (nextKey(parts, j) === 'is' &&
      nextKey(parts, j, 2) === 'in' &&
      /^details?$/.test(nextKey(parts, j, 4) || nextKey(parts, j, 3))),
  // "steal the thunder of", "stole some of the anti-trade thunder": taking credit first, not speech.
  'say-thunder': (parts, i) => {
    for (let k = 1; k <= 6; k++)
      if (/^(?:steal|steals|stole|stolen|stealing)$/.test(prevKey(parts, i, k))) return true;
    return false;
  },
  // "a mocked-up picture", "mock up a page": a draft made to look real, not ridicule.
  'say-mock': (_parts, _i, j) => nextKey(_parts, j) === 'up',
  // "rogue wave", "rogue planet": physical terms, not a label.
  'pej-rogue': (parts, _i, j) => /^(?:wave|waves|planet|planets)$/.test(nextKey(parts, j)),
  'abs-no-one': (parts, _i, j) => NO_ONE_REPORT.has(nextKey(parts, j)),
  // "He would do nothing": the verb phrase; the label is written with its hyphen ("a do-nothing Congress").
  'pej-do-nothing': (parts, i) => !parts[i + 1]?.joined,
  'hedge-suspected': (parts, i, j) =>
    SUSPECTED_PLAIN_BEFORE.has(prevKey(parts, i)) ||
    nextKey(parts, j) === 'of' ||
    nextKey(parts, j) === 'cases',
  'abs-never': (parts, i) => PERFECT_AUX.has(prevKey(parts, i)),
  'say-admit': (parts, i, j) => ADMIT_ENTRY.has(nextKey(parts, j)) || PASSIVE_AUX.has(prevKey(parts, i)),
  'abs-clearly': (parts, i) => MANNER_BEFORE.has(prevKey(parts, i)),
  'pej-terrorist': (parts, i, j) =>
    parts[i]!.key === 'terrorist' && TERRORIST_COMPOUND.has(nextKey(parts, j)),
  // "jihadist groups", "extremist militants": the name of a kind of armed group, like "terrorist group".
  'pej-jihadist': (parts, i, j) => parts[i]!.key === 'jihadist' && GROUP_COMPOUND.has(nextKey(parts, j)),
  'pej-extremist': (parts, i, j) => parts[i]!.key === 'extremist' && GROUP_COMPOUND.has(nextKey(parts, j)),
  // "the alleged incident": the standard legal qualifier; "allegedly" and "alleged that" still count.
  'hedge-alleged': (parts, i) => NOUN_BEFORE.has(prevKey(parts, i)) || prevKey(parts, i) === 'to',
  'fact-prove': (parts, _i, j) => PROVED_OUTCOME.has(nextKey(parts, j)),
  'int-vast': (parts, _i, j) => nextKey(parts, j) === 'majority',
  'praise-patriot': (parts, _i, j) =>
    /^(missile|missiles|act|system|systems|battery|batteries)$/.test(nextKey(parts, j)),
  'fact-false': (parts, _i, j) => FALSE_SET_PHRASE.has(nextKey(parts, j)),
  'emo-terror': (parts, _i, j) => TERROR_COMPOUND.has(nextKey(parts, j)),
  'emo-extreme': (parts, _i, j) => EXTREME_MEASURED.has(nextKey(parts, j)),
  'pej-lies': (parts, i, j) => {
    const before = i > 0 && parts[i]!.gapOk ? parts[i - 1]!.key : '';
    return LIE_PLACE.has(nextKey(parts, j)) || LIE_SUBJECT.has(before);
  },
  'pej-regime': (parts, i, j) => {
    const before = i > 0 && parts[i]!.gapOk ? parts[i - 1]!.key : '';
    const after = nextKey(parts, j);
    return SYSTEM_REGIME.has(before) || after === 'of' || after === 'change';
  },
  'say-claim': (parts, i, j) => {
    const a = nextKey(parts, j);
    const form = parts[i]!.key;
    if (
      (form === 'claim' || form === 'claims') &&
      (CLAIM_NOUN_BEFORE.has(prevKey(parts, i)) || CLAIM_NOUN_AFTER.has(a) || sentenceStart(parts, i))
    )
      return true;
    // "claims to the foreshore", "a claim to the throne": a right claimed, not "claims to be".
    if (
      (form === 'claim' || form === 'claims') &&
      a === 'to' &&
      CLAIM_TO_NOUN.has(nextKey(parts, j, 2)) &&
      !SUBJECT_PRONOUNS.has(prevKey(parts, i))
    )
      return true;
    if (CLAIM_FILINGS.has(prevKey(parts, i))) return true;
    // "Fastiggi’s claim", "the neighbor’s claims": a possessive owner makes it a noun.
    if (i > 0 && parts[i]!.gapOk && parts[i - 1]!.keyEnd < parts[i - 1]!.end) return true;
    if (CLAIM_OBJECTS.has(a) || /^\d/.test(a)) return true;
    // A verb of saying needs what was claimed after it: "claimed that", "claims he", "claimed the
    // plan would"; not "the goals they claim for", "tasks are claimed through", "claim sovereignty".
    if (
      !CLAIM_COMPLEMENT.has(a) &&
      !(j + 1 < parts.length && capitalStart(parts, j + 1)) &&
      !punctAfter(parts, j)
    )
      return true;
    const b = nextKey(parts, j, 2);
    const c = nextKey(parts, j, 3);
    return CLAIM_OBJECTS.has(b) || CLAIM_OBJECTS.has(c);
  },
};

/** Productive-suffix compounds that are plain descriptions ("bed-ridden", "gas-fueled"). */
const PLAIN_COMPOUNDS = new Set([
  'bed-ridden',
  'fully-laden',
  'heavily-laden',
  ...[
    'gas',
    'coal',
    'diesel',
    'hydrogen',
    'oil',
    'wood',
    'petrol',
    'nuclear',
    'fossil',
    'jet',
    'rocket',
  ].flatMap((fuel) => [`${fuel}-fueled`, `${fuel}-fuelled`]),
]);

let compiledAll: Compiled | undefined;

function compiled(): Compiled {
  if (!compiledAll) compiledAll = compileLexicon(LEXICON);
  return compiledAll;
}

interface Raw {
  start: number;
  end: number;
  entry: LexiconEntry;
}

/** Particles of phrasal verbs that let an object stand between verb and particle. */
const PARTICLES = new Set(['off', 'aside', 'away', 'down', 'up', 'out', 'back']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those', 'me', 'us']);
const OBJECT_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'such',
  'any',
]);

/** Objects that make a phrasal verb an idiom of degree: "laughed my head off", "worked his butt off". */
const BODY_IDIOM = new Set([
  'head',
  'heads',
  'butt',
  'butts',
  'ass',
  'arse',
  'eyes',
  'socks',
  'pants',
  'heart',
]);

/**
 * A two-word phrasal verb split by its object: a pronoun ("shrugged it off") or a short noun
 * phrase after a determiner ("brushed the criticism aside", at most 3 words). Index of the
 * particle's part, or -1.
 */
function particleAfterObject(parts: Part[], i: number, cand: Candidate): number {
  if (cand.parts.length !== 2 || cand.entry.pos !== 'verb' || !PARTICLES.has(cand.parts[1]!)) return -1;
  const first = parts[i + 1];
  if (!first?.gapOk) return -1;
  const maxGap = OBJECT_PRONOUNS.has(first.key) ? 1 : OBJECT_DETERMINERS.has(first.key) ? 3 : 0;
  for (let k = i + 2; k <= i + 1 + maxGap && k < parts.length; k++) {
    const q = parts[k]!;
    if (!q.gapOk) return -1;
    // "laughed my head off", "cried her eyes out": a body part makes it an idiom of degree.
    if (BODY_IDIOM.has(q.key)) return -1;
    // "played the guitar down the hall": a particle opening a noun phrase is a preposition.
    if (q.key === cand.parts[1]) return OBJECT_DETERMINERS.has(nextKey(parts, k)) ? -1 : k;
  }
  return -1;
}

function findTerms(
  text: string,
  parts: Part[],
  heading: boolean,
  lex: Compiled,
  allow?: Set<LoadedCategory>,
  page = 0,
): Raw[] {
  const out: Raw[] = [];
  // Read only when a candidate needs them: most sentences have no candidate at all.
  let formRead: TextForm | undefined;
  let domainsRead: Uint16Array | undefined;
  const form = () => {
    formRead ??= readForm(text, parts, heading);
    return formRead;
  };
  const domains = () => {
    domainsRead ??= sentenceDomains(text, parts, page);
    return domainsRead;
  };
  capitalText = text;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // A plain compound ("gas-fueled") hides its parts from the single-word entries too.
    if (p.joined && PLAIN_COMPOUNDS.has(`${parts[p.compound]!.key}-${p.key}`)) continue;
    const list = lex.byFirst.get(p.key);
    if (list) {
      for (const cand of list) {
        if (allow && !allow.has(cand.entry.category)) continue;
        const len = cand.parts.length;
        if (i + len > parts.length) continue;
        let ok = true;
        for (let k = 1; k < len && ok; k++) {
          const q = parts[i + k]!;
          ok = q.gapOk && q.key === cand.parts[k];
        }
        // "brushed it off", "brushed the criticism aside": the object between verb and particle.
        const last = ok ? i + len - 1 : particleAfterObject(parts, i, cand);
        if (last < 0) continue;
        // "anti-fascist", "an anti-jihadist activist": the label negated names a stance against it.
        if (p.joined && parts[i - 1]!.key === 'anti' && cand.entry.category === 'pejorative') continue;
        const guard = GUARDS[cand.entry.id];
        if (guard?.(parts, i, last)) continue;
        if (VERB_ONLY.has(cand.entry.id) && nounUse(parts, i, last)) continue;
        if (INFLECTED_ONLY.has(cand.entry.id) && !/(ed|ing)$/.test(p.key)) continue;
        if (plainByForm(text, parts, form(), i, cand.entry, len)) continue;
        if (plainSense(parts, domains, i, last, cand.entry.id)) continue;
        out.push({ start: p.start, end: parts[last]!.keyEnd, entry: cand.entry });
        break;
      }
    }
    if (p.joined) {
      const entry = lex.suffix.get(p.key);
      if (
        entry &&
        (!allow || allow.has(entry.category)) &&
        !plainByForm(text, parts, form(), p.compound, entry, 1)
      ) {
        out.push({ start: parts[p.compound]!.start, end: p.keyEnd, entry });
      }
    }
  }
  return out;
}

const QUOTE_PAIRS: Record<string, string> = { '\u201c': '\u201d', '"': '"', '\u2018': '\u2019', "'": "'" };
/** Words before a quoted fragment that make it a name or a cited word, not irony. */
const NAMING_CUES = new Set([
  'called',
  'calls',
  'calling',
  'dubbed',
  'termed',
  'word',
  'words',
  'phrase',
  'term',
  'titled',
  'entitled',
  'named',
  'nicknamed',
  'labelled',
  'labeled',
  'branded',
  'as',
  'so',
]);
/**
 * Verbs of saying earlier in the same sentence: the quoted words are a source's, a partial
 * quotation ("said it was "delighted""), not the writer's irony.
 */
const REPORTING = new Set(
  (
    'say says said saying tell tells told telling claim claims claimed claiming accuse accuses accused ' +
    'accusing describe describes described describing urge urges urged urging warn warns warned warning ' +
    'add adds added argue argues argued arguing write writes wrote writing state states stated insist ' +
    'insists insisted note notes noted according ask asks asked refer refers referred promise promises ' +
    'promised vow vows vowed pledge pledged announce announced declare declares declared suggest suggests ' +
    'suggested complain complained agree agreed express expressed demand demanded call calls called calling ' +
    'reported reports concluded described explained admitted conceded tweeted posted quoted quoting ' +
    'praised criticized criticised condemned denounced blamed dismissed labeled labelled termed dubbed ' +
    'deemed considered hailed touted boasted predicted estimated feared hoped believed thought felt'
  ).split(' '),
);
const LOOKBACK = 30;

function reportedBefore(text: string, parts: Part[], pi: number): boolean {
  for (let k = pi - 1; k >= 0 && k >= pi - LOOKBACK; k--) {
    const p = parts[k]!;
    const gapEnd = k + 1 < parts.length && k + 1 < pi ? parts[k + 1]!.start : p.end;
    for (let c = p.end; c < gapEnd; c++) {
      const ch = text.charCodeAt(c);
      // Sentence end (. ! ? or a line break) stops the search.
      if (ch === 46 || ch === 33 || ch === 63 || ch === 10) return false;
    }
    if (REPORTING.has(p.key)) return true;
  }
  return false;
}

/** A verb of saying later in the same sentence (", according to the report") attributes it too. */
function reportedAfter(text: string, parts: Part[], from: number, firstInside: number): boolean {
  let pos = from;
  let k = firstInside;
  while (k < parts.length && parts[k]!.start < from) k++;
  for (const stop = k + LOOKBACK; k < parts.length && k < stop; k++) {
    const p = parts[k]!;
    for (let c = pos; c < p.start; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 46 || ch === 33 || ch === 63 || ch === 10) return false;
    }
    if (REPORTING.has(p.key)) return true;
    pos = p.end;
  }
  return false;
}

const MAX_SCARE = 40;

/** Short lower-case quoted fragments not introduced as someone's words: "experts", 'peace'. */
function findScareQuotes(text: string, parts: Part[]): Raw[] {
  const out: Raw[] = [];
  const n = text.length;
  let pi = 0;
  for (let i = 0; i < n; i++) {
    // (The code first: most characters are no quotation mark, and this builds no string for them.)
    const code = text.charCodeAt(i);
    if (code !== 0x201c && code !== 34 && code !== 0x2018 && code !== 39) continue;
    const close = QUOTE_PAIRS[text[i]!]!;
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (!(isSpaceCode(before) || before === 40)) continue;
    const first = text.charCodeAt(i + 1);
    if (!(first >= 97 && first <= 122)) continue;
    let j = i + 1;
    const limit = Math.min(n, i + 1 + MAX_SCARE);
    let words = 1;
    let bad = false;
    while (j < limit) {
      const ch = text[j]!;
      if (ch === close || (close === "'" && ch === '\u2019')) {
        // An apostrophe inside a word ("don't") is not the closing quote.
        if (j + 1 < n && isWordCode(text, j + 1)) {
          j++;
          continue;
        }
        break;
      }
      if (ch === ' ') words++;
      if ('.!?;:,"\u201c\u201d\n'.includes(ch) || words > 3) {
        bad = true;
        break;
      }
      j++;
    }
    if (bad || j >= limit || j - i < 4) continue;
    // Headline style, 'stronger': WHO — the source follows the colon.
    if (text.charCodeAt(j + 1) === 58) continue;
    while (pi < parts.length && parts[pi]!.end <= i) pi++;
    const cue = pi > 0 ? parts[pi - 1]!.key : '';
    const cue2 = pi > 1 ? parts[pi - 2]!.key : '';
    const named = NAMING_CUES.has(cue) || NAMING_CUES.has(cue2);
    if (!named && !reportedBefore(text, parts, pi) && !reportedAfter(text, parts, j + 1, pi)) {
      out.push({ start: i, end: j + 1, entry: SCARE_QUOTE });
    }
    i = j;
  }
  return out;
}

function resolve(text: string, raws: Raw[]): LoadedMatch[] {
  raws.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Raw[] = [];
  const occupied = new Uint8Array(text.length);
  for (const r of raws) {
    let free = true;
    for (let k = r.start; k < r.end && free; k++) free = occupied[k] === 0;
    if (!free) continue;
    occupied.fill(1, r.start, r.end);
    taken.push(r);
  }
  taken.sort((a, b) => a.start - b.start);
  return taken.map(({ start, end, entry }) => {
    const m: LoadedMatch = {
      id: entry.id,
      text: text.slice(start, end),
      start,
      end,
      category: entry.category,
      note: entry.note,
      polarity: entry.polarity ?? 0,
    };
    if (entry.neutral !== undefined) m.neutral = entry.neutral;
    return m;
  });
}

/** Loaded terms in `text`, sorted by start, non-overlapping (longest wins), exact offsets. */
export interface MatchOptions {
  /** Only these categories. */
  categories?: LoadedCategory[];
  /** The text is a headline: its verbs are headline style, not the writer's judgement. */
  heading?: boolean;
  /**
   * The domains of the page the text is part of (`pageDomains` of its sentences): a game review's
   * or a chaos-theory piece's every sentence reads in that domain, not only those that name it.
   */
  pageDomains?: number;
  /** `tokenize(text)`, when the caller has it already (the Report reads the page's domains from it). */
  parts?: Part[];
  /**
   * Words the page writes as names (`pageNames` of its sentences): capitalised there, such a word
   * names a product, a character or a group ("Mercurial", "Awesome Bar"), not a judgement.
   */
  pageNames?: ReadonlySet<string>;
}

/** How often a page must capitalise a word inside its sentences, never writing it in lower case, to name something with it. */
const PAGE_NAME_USES = 2;

/**
 * The lower-cased words a page writes only as names: capitalised inside a sentence (not as its
 * first word) at least PAGE_NAME_USES times, and never in lower case. `parts`: as for pageDomains.
 */
export function pageNames(
  sentences: readonly string[],
  parts: readonly Part[][] = sentences.map((text) => tokenize(text)),
): Set<string> {
  const capitalised = new Map<string, number>();
  const lower = new Set<string>();
  parts.forEach((words, s) => {
    const text = sentences[s]!;
    // A headline in title case capitalises every longer word after the first: no evidence of a name.
    const longer = words.slice(1).filter((p) => p.end - p.start > 3);
    const caps = longer.filter((p) => isUpperCode(text.charCodeAt(p.start))).length;
    if (longer.length >= 3 && caps * 2 >= longer.length) return;
    words.forEach((p, k) => {
      const c = text.charCodeAt(p.start);
      if (c >= 97 && c <= 122) lower.add(p.key);
      else if (k > 0 && isUpperCode(c)) capitalised.set(p.key, (capitalised.get(p.key) ?? 0) + 1);
    });
  });
  const out = new Set<string>();
  for (const [key, n] of capitalised) if (n >= PAGE_NAME_USES && !lower.has(key)) out.add(key);
  return out;
}

const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;

/** Whether every word of the match is capitalised and one the page writes only as a name. */
function writtenAsName(text: string, m: LoadedMatch, names: ReadonlySet<string>): boolean {
  const words = text.slice(m.start, m.end).split(/[\s-]+/);
  return words.every((w) => /^\p{Lu}/u.test(w) && names.has(w.toLowerCase().replace(/['’]s$/, '')));
}

/**
 * The domains that hold for a whole page (PAGE_DOMAINS: games and fiction, mathematics and
 * physics): those whose vocabulary at least PAGE_DOMAIN_SENTENCES of its sentences use. A bit
 * mask for MatchOptions.pageDomains. `parts`: the sentences' `tokenize` results, when at hand.
 */
export function pageDomains(
  sentences: readonly string[],
  parts: readonly Part[][] = sentences.map((text) => tokenize(text)),
): number {
  const counts = new Map<number, number>();
  let page = 0;
  for (const words of parts) {
    const mask = pageDomainsOf(words);
    for (let bit = 1; bit <= PAGE_DOMAINS; bit <<= 1) {
      if (!(mask & bit)) continue;
      const n = (counts.get(bit) ?? 0) + 1;
      counts.set(bit, n);
      if (n >= PAGE_DOMAIN_SENTENCES) page |= bit;
    }
  }
  return page;
}

export function matchLoaded(text: string, options?: MatchOptions): LoadedMatch[] {
  if (text.length === 0) return [];
  const allow = options?.categories ? new Set(options.categories) : undefined;
  const parts = options?.parts ?? tokenize(text);
  const raws = findTerms(
    text,
    parts,
    options?.heading ?? false,
    compiled(),
    allow,
    options?.pageDomains ?? 0,
  );
  if (!allow || allow.has('scare-quote')) raws.push(...findScareQuotes(text, parts));
  const found = resolve(text, raws);
  const names = options?.pageNames;
  return names?.size ? found.filter((m) => !writtenAsName(text, m, names)) : found;
}
