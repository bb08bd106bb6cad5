/**
 * Unnamed sources: "critics", "Western officials", "a source familiar with the talks", and whether
 * one of them can be "he" or "they".
 */
import type { Mention } from './entities';
import { roleTitles } from './names/gazetteer';
import { PEOPLE_BY_ROLE, SPEAKING_BODIES, UNNAMED_SOURCES } from './names/speech';
import type { Token } from './tokens';
import {
  type Context,
  DETERMINERS,
  FILLERS,
  OWNED_SPEAKERS,
  onlySpaces,
  PLURAL_QUANTIFIERS,
  PREPOSITIONS,
  RELATIVES,
  type SourceFound,
} from './voice-words';

/** "critics", "Western officials", "a source familiar with the talks" ending at or near ts[j]. */
export function unnamedEndingAt(
  text: string,
  ts: Token[],
  j: number,
  rel: Mention[],
  ctx: Context,
): SourceFound | undefined {
  // The head noun is at j, or up to 6 words earlier with a "familiar with / close to" tail.
  for (let h = j; h >= 0 && h >= j - 6; h--) {
    // Words of a name ("the Ministry of Defence") are no head noun.
    if (rel.some((m) => ts[h]!.start >= m.start && ts[h]!.end <= m.end)) continue;
    const head = ts[h]!.text.toLowerCase();
    // "Tunisians", "Republicans", "Israelis": a people or a party in the plural speaks as a group.
    const byRole =
      UNNAMED_SOURCES[head] === undefined
        ? (PEOPLE_BY_ROLE[head] ?? (h === j ? SPEAKING_BODIES[head] : undefined))
        : undefined;
    const body = byRole !== undefined && PEOPLE_BY_ROLE[head] === undefined;
    const display =
      UNNAMED_SOURCES[head] ??
      byRole ??
      (h === j && (GROUP_PLURAL.test(ts[h]!.text) || agentPlural(ts, h)) ? ts[h]!.text : undefined);
    if (
      h < j &&
      (!onlySpaces(text, ts[h]!.end, ts[h + 1]!.start) ||
        !/^(?:familiar|close|who|with|in|at|to|knowledge|briefed|on|for|from|hired|appointed|representing|of|by|connected|linked|involved|working|speaking|the|a|an)$/.test(
          ts[h + 1]!.text.toLowerCase(),
        ))
    ) {
      if (display) return undefined;
      continue;
    }
    if (!display) continue;
    // ("Many of us in the field felt ...", "Some of us think ...": the writer's own group, the
    // first person.)
    if (ts[h + 1]?.text.toLowerCase() === 'of' && ts[h + 2]?.text.toLowerCase() === 'us') return undefined;
    // ("Those who know him say ...": "those" speaks only before "who"; "when those papers are ...")
    if (head === 'those' && ts[h + 1]?.text.toLowerCase() !== 'who') continue;
    // "sources connected to the investigation": a noun after a preposition belongs to the tail;
    // after "a number of", "a majority of", "dozens of" it is the head of a quantity.
    let p = h - 1;
    if (p >= 0 && DETERMINERS.has(ts[p]!.text.toLowerCase())) p--;
    const before = p > 0 ? ts[p - 1]!.text.toLowerCase() : '';
    const quantity =
      ts[p]?.text.toLowerCase() === 'of' && (QUANTITY_NOUNS.has(before) || PLURAL_QUANTIFIERS.has(before));
    // ("just about everyone": an approximation, not a preposition.)
    const justAbout = ts[p]?.text.toLowerCase() === 'about' && ts[p - 1]?.text.toLowerCase() === 'just';
    if (p >= 0 && PREPOSITIONS.has(ts[p]!.text.toLowerCase()) && !quantity && !justAbout) continue;
    // Modifiers back to a determiner: "Western officials", "a senior official".
    let a = h;
    if (quantity) {
      // ("A number of analysts", "Dozens of protesters": the quantity and its article.)
      a = p - 1;
      if (a > 0 && /^(?:a|an|the)$/i.test(ts[a - 1]!.text)) a--;
      const speaker = text.slice(ts[a]!.start, ts[h]!.end);
      return {
        speaker: speaker.charAt(0).toLowerCase() + speaker.slice(1),
        unnamed: true,
        plural: isPlural(head),
      };
    }
    while (a > 0 && a > h - 3 && onlySpaces(text, ts[a - 1]!.end, ts[a]!.start)) {
      const w = ts[a - 1]!.text.toLowerCase();
      // ("the budget that critics call ...": a relative pronoun ends the phrase too.)
      // ("his spokesman", "their allies": the owner stays in the phrase and ends it.)
      if (OWNER_PRONOUNS.has(w)) {
        a--;
        break;
      }
      if (
        DETERMINERS.has(w) ||
        PREPOSITIONS.has(w) ||
        FILLERS.has(w) ||
        RELATIVES.has(w) ||
        CLAUSE_OPENERS.has(w) ||
        w === 'as'
      )
        break;
      a--;
    }
    // People of a role speak with a determiner ("one user", "another respondent", "many fans") or
    // as the sentence's first word ("Fans say"), not as a modifier ("used customer demand") or
    // an object ("This helps users write").
    if (byRole && !((h === 0 && isPlural(head)) || determined(ts, a, h, isPlural(head)))) return undefined;
    // (A body: its determiner or owner right before it, "the group", "the governor's office".)
    if (body && a < h - 1) return undefined;
    // ("his campaign promises that ...": after an owner pronoun a body's verb in -s may be a noun.)
    if (body && OWNER_PRONOUNS.has(ts[a]!.text.toLowerCase()) && /s$/i.test(ts[j + 1]?.text ?? ''))
      return undefined;
    // "maintains a website called the Developer Network", "met a woman named Ann": an indefinite
    // noun in the middle of a clause before "called" is named, not speaking.
    const det = DETERMINERS.has(ts[a]!.text.toLowerCase()) ? a : a - 1;
    if (
      det > 0 &&
      /^an?$/i.test(ts[det]!.text) &&
      /^(?:called|named|dubbed)$/i.test(ts[j + 1]?.text ?? '') &&
      onlySpaces(text, ts[det - 1]!.end, ts[det]!.start)
    )
      return undefined;
    // "A spokesperson for the Ministry of Defence said": the spokesperson speaks for that entity.
    if (OWNED_SPEAKERS.has(head) && h < j) {
      const owner = rel.find((m) => m.start > ts[h]!.end && m.end <= ts[j]!.end && !m.possessive);
      const e = owner && ctx.byId.get(owner.entity);
      if (owner && e) return { entity: e, display: text.slice(ts[h]!.start, owner.end), role: '' };
    }
    const speaker = a < h ? text.slice(ts[a]!.start, ts[h]!.end) : display;
    return { speaker, unnamed: true, plural: isPlural(head) };
  }
  return undefined;
}

// Nouns of quantity before "of": "a number of analysts", "a majority of voters", "dozens of residents",
// "crowds of protesters", "a chorus of critics"
// (the quantifiers, "many of", are PLURAL_QUANTIFIERS).
const QUANTITY_NOUNS = new Set(
  (
    'number majority minority group handful lot lots host couple dozen dozens hundreds thousands ' +
    'millions half third quarter none one plurality crowd crowds scores chorus'
  ).split(' '),
);

// Determiners that pick one person of a role.
const ONE_OF = new Set(['a', 'an', 'the', 'one', 'another', 'each', 'every']);

// Owners before people of a role: "her colleagues said", "his fans say".
const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Whether the phrase ts[a..h] opens with a determiner or follows one (plural: or a quantifier), or
 * has an owner: "Smith's colleagues", "Anna Berg's reviewer", "her colleagues".
 */
function determined(ts: Token[], a: number, h: number, plural: boolean): boolean {
  const ok = (w: string | undefined) =>
    w !== undefined && (ONE_OF.has(w) || OWNER_PRONOUNS.has(w) || (plural && DETERMINERS.has(w)));
  if (ok(ts[a - 1]?.text.toLowerCase()) || ok(ts[a]!.text.toLowerCase())) return true;
  // (An owner named: "Smith's colleagues", "Anna Berg's reviewer", "Bob's wife".)
  for (let i = a; i < h; i++) if (/\p{L}['’]s$/u.test(ts[i]!.text)) return true;
  return false;
}

export const GROUP_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ese|is|ists|crats)$/u;

// Words that open a clause: no modifier of the source noun after them ("because folks at my
// employer had strong opinions").
const CLAUSE_OPENERS = new Set(
  'because since although though while when whereas what whatever if unless until and but or so yet'.split(
    ' ',
  ),
);

// People named by what they do, in the plural: "farmers", "conservationists", "librarians" ("Local
// farmers fear the drought will be devastating"). Lower case (a capitalised "Rogers" is a name), or
// first in the sentence; not after a pronoun, whose verb it is ("It offers ...").
const AGENT_PLURAL = /^\p{Ll}{3,}(?:ers|ists|ians)$/u;
const NOT_AGENTS = new Set(
  (
    'numbers markers biomarkers answers offers filters waters computers layers parameters meters characters ' +
    'registers letters papers matters orders powers centers quarters headquarters chapters'
  ).split(' '),
);

/** Whether the word at ts[h] is AGENT_PLURAL's (see there). */
function agentPlural(ts: Token[], h: number): boolean {
  const word = ts[h]!.text;
  const lower = h === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word;
  return (
    AGENT_PLURAL.test(lower) &&
    !NOT_AGENTS.has(lower) &&
    (h === 0 || !SUBJECT_PRONOUNS.has(ts[h - 1]!.text.toLowerCase()))
  );
}
const SUBJECT_PRONOUNS = new Set('it he she they we i you who which that this'.split(' '));

// Unnamed sources that "he" or "she" can stand for (not "the company", not "officials").
export const ONE_PERSON = new Set(
  (
    'source official critic analyst expert observer diplomat insider witness resident opponent supporter ' +
    'activist spokesperson spokesman spokeswoman aide woman man lawyer attorney prosecutor lawmaker'
  ).split(' '),
);

export function isOnePerson(speaker: string): boolean {
  const head = speaker.split(' ').pop()?.toLowerCase() ?? '';
  // ("one user", "a respondent": one person of a role, too.)
  return ONE_PERSON.has(head) || (PEOPLE_BY_ROLE[head] !== undefined && !isPlural(head));
}

export function isPlural(noun: string): boolean {
  return /[^su]s$/.test(noun) || ['people', 'police', 'media', 'men', 'women', 'many', 'some'].includes(noun);
}

// Verbs that only a speaker (a person, a body or a text) takes as its subject: after them any noun
// phrase with a determiner is the source ("The former pageant winner told ...", "A former ambassador
// to China said ...", "Nearly 40 percent of voters think ..."). Not "claims", "notes", "reports",
// "states" or "calls", which are nouns as often, nor what a thing does in a how-to ("The function
// writes the file", "The page tells you", "The sugar added to ...").
const SPEAKER_ONLY_VERBS = new Set(
  (
    'said says told argued argues insisted insists warned warns explained contended contends ' +
    'believe believes think thinks'
  ).split(' '),
);
// Where a subject's phrase may open: the sentence start, a mark, or a word that opens a clause.
const PHRASE_OPENING = /(?:^|[,;:(—–"“”]\s*)$/;
// An approximation before a number, after where a phrase may open: "More than 100", "nearly 40".
const ABOUT_BEFORE =
  /(^|[,;:(—–"“”]\s*)(?:(?:more|less|fewer)\s+than|nearly|almost|about|over|at\s+least)\s+$/i;
// Words that are no head noun of a speaker.
const NOT_HEADS = new Set(
  (
    'it this that these those there here what which who whom whose one ones all both each either neither ' +
    'something someone anything anyone nothing everything time year years day days week weeks way'
  ).split(' '),
);
// A short prepositional tail after the head: "to China", "of the group", "at the embassy".
const TAIL_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'from', 'in', 'with']);

/**
 * The source described by a noun phrase with a determiner right before a verb only a speaker takes
 * (SPEAKER_ONLY_VERBS), when no list names its head: "The former pageant winner told Cosmopolitan
 * ...", "A former ambassador to China said ...", "More than 100 of the country’s best legal minds
 * think ...". j is the phrase's last word, verb the verb's token. The phrase must open the sentence
 * or a clause, so an object ("He met the man said ...") is not read as one.
 */
export function describedSpeaker(text: string, ts: Token[], j: number, verb: Token): SourceFound | undefined {
  // (A capitalised verb is one of a title-case headline: "Top GOP Senator Says ...".)
  const headline = /^\p{Lu}/u.test(verb.text);
  if (!SPEAKER_ONLY_VERBS.has(verb.text.toLowerCase())) return undefined;
  // ("The measure said nothing about taxes": nothing said is reported.)
  if (/^\s+(?:nothing|little|anything)\b/i.test(text.slice(verb.end))) return undefined;
  // The head: the word before the verb, or before a short tail ("to China", "at the embassy"); not
  // a quantity before "of" ("a majority of voters": the voters are the head).
  let h = j;
  for (let p = j - 1; p >= Math.max(1, j - 4); p--) {
    if (!onlySpaces(text, ts[p]!.end, ts[p + 1]!.start)) break;
    const w = ts[p]!.text.toLowerCase();
    if (!TAIL_PREPOSITIONS.has(w)) continue;
    if (w !== 'of' || !isQuantity(ts[p - 1]!.text)) h = p - 1;
    break;
  }
  const head = ts[h]!.text;
  const lower = head.toLowerCase();
  if (!/^\p{L}[\p{L}'’-]*\p{L}$/u.test(head) || head.length < 3) return undefined;
  // (In a headline every word is capitalised: there only a role that opens the line, "Top GOP
  // Senator Says ...", with no determiner.)
  if (headline) return roleTitles().has(lower) && h <= 3 ? headlineRole(text, ts, h) : undefined;
  if (h > 0 && !/^\p{Ll}/u.test(head)) return undefined;
  if (NOT_HEADS.has(lower) || DETERMINERS.has(lower) || PREPOSITIONS.has(lower) || FILLERS.has(lower))
    return undefined;
  if (RELATIVES.has(lower) || CLAUSE_OPENERS.has(lower) || OWNER_PRONOUNS.has(lower) || /ly$/.test(lower))
    return undefined;
  // Modifiers back to the determiner, at most eight words ("the former pageant winner"), then a
  // quantity before "of" ("More than 100 of the country’s best legal minds", "A majority of 51
  // percent of blue collar workers"), all joined by spaces.
  let a = h;
  let opens = false;
  while (a > 0 && h - a < 8 && onlySpaces(text, ts[a - 1]!.end, ts[a]!.start)) {
    const w = ts[a - 1]!.text.toLowerCase();
    if (RELATIVES.has(w) || CLAUSE_OPENERS.has(w) || NOT_HEADS.has(w) || FILLERS.has(w)) break;
    if (PREPOSITIONS.has(w) && !(w === 'of' && a > 1 && isQuantity(ts[a - 2]!.text))) break;
    a--;
    if (opensPhrase(w)) {
      opens = true;
      // (Past a determiner only to a quantity before "of": "More than 100 of the ...".)
      if (!(a > 1 && ts[a - 1]!.text.toLowerCase() === 'of' && isQuantity(ts[a - 2]!.text))) break;
    }
  }
  const first = ts[a]!.text.toLowerCase();
  opens ||=
    opensPhrase(first) ||
    isQuantity(first) ||
    (/^(?:nearly|almost|about|roughly|over)$/.test(first) && /^\d/.test(ts[a + 1]!.text));
  const plural = isPlural(lower);
  // (A plural may stand bare where a phrase opens: "Abe-watchers believe ...", "..., representatives
  // of three companies said Tuesday".)
  if (!opens && !(plural && h - a <= 1)) return undefined;
  // ("More than 100 ...", "Nearly 40 percent of ...": an approximation before the number.)
  let from = ts[a]!.start;
  const about = /^\d/.test(first) ? ABOUT_BEFORE.exec(text.slice(0, from)) : null;
  if (about) from = about.index + about[1]!.length;
  if (!PHRASE_OPENING.test(text.slice(0, from))) return undefined;
  const speaker = text.slice(from, ts[h]!.end);
  return { speaker: speaker.charAt(0).toLowerCase() + speaker.slice(1), unnamed: true, plural };
}

/** A word that opens a noun phrase: a determiner ("the", "one", "many") or an owner ("his"). */
function opensPhrase(word: string): boolean {
  return ONE_OF.has(word) || OWNER_PRONOUNS.has(word) || DETERMINERS.has(word);
}

/** A quantity before "of": "majority", "dozens", "many", "100", "51 percent". */
function isQuantity(word: string): boolean {
  const w = word.toLowerCase();
  return QUANTITY_NOUNS.has(w) || PLURAL_QUANTIFIERS.has(w) || /^\d[\d,.]*$/.test(w) || w === 'percent';
}

/** "Top GOP Senator", "Former President": a role opening a title-case headline, as its speaker. */
function headlineRole(text: string, ts: Token[], h: number): SourceFound | undefined {
  for (let i = 1; i <= h; i++) if (!onlySpaces(text, ts[i - 1]!.end, ts[i]!.start)) return undefined;
  const speaker = text.slice(ts[0]!.start, ts[h]!.end);
  // (Its words in lower case but for acronyms: "top GOP senator".)
  const words = speaker.split(' ').map((w) => (/^\p{Lu}\p{Ll}/u.test(w) ? w.toLowerCase() : w));
  return { speaker: words.join(' '), unnamed: true, plural: false };
}
