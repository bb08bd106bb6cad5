/**
 * The type of a name without a title: known lists, organisation cue words, acronyms, events,
 * and the shape of a personal name.
 */
import { isNameForm } from './entity-name-form';
import { ARTICLE_SURNAME, type Kind, PARTICLES } from './entity-words';
import { FUNCTION_WORDS, HOLIDAY_WORDS, HOLIDAYS, NOT_NAMES } from './names/common';
import { PLACE_LAST_WORDS, REGION_PREFIXES } from './names/countries';
import { knownNames, roleTitles } from './names/gazetteer';
import {
  EVENT_FIRST_WORDS,
  EVENT_LAST_WORDS,
  NON_ORG_ACRONYMS,
  ORG_CUE_WORDS,
  ORG_NOUNS,
} from './names/orgs';
import { HONORIFICS, TITLE_ABBREVIATIONS } from './names/roles';
import { isAcronym, isCapitalized } from './tokens';

/** Capitalised words that look like a personal name: no acronyms, cue words or known places. */
export function isPersonShape(words: string[]): boolean {
  if (words.length === 0 || words.length > 5) return false;
  const known = knownNames();
  if (known.has(words.join(' ').toLowerCase())) return false;
  return words.every(
    (w, k) =>
      PARTICLES.has(w) ||
      (k > 0 && ARTICLE_SURNAME.test(w)) ||
      (isCapitalized(w) &&
        (!isAcronym(w) || /^\p{Lu}\.$/u.test(w)) &&
        !ORG_CUE_WORDS.has(w) &&
        !(words.length > 1 && REGION_PREFIXES.has(w)) &&
        (!FUNCTION_WORDS.has(w.toLowerCase()) || surnameAfterFirstName(words, k))),
  );
}

// Function words that are also surnames ("Theresa May", "George Will", "Thomas More"); not
// adverbs ("Paradise Now", "Wellington Yesterday").
const SURNAME_FUNCTION_WORDS = new Set(['may', 'will', 'more']);

/** "Theresa May": such a word ends a personal name when a first name the name table knows opens it. */
function surnameAfterFirstName(words: string[], k: number): boolean {
  return (
    k > 0 &&
    k === words.length - 1 &&
    SURNAME_FUNCTION_WORDS.has(words[k]!.toLowerCase()) &&
    !FUNCTION_WORDS.has(words[0]!.toLowerCase()) &&
    isNameForm(words[0]!)
  );
}

// Last words of a law or an event that are first names too.
const FIRST_NAMES_TOO = new Set(['Bill', 'Grant']);

// A generation after a person's name: "III", "IV", "Jr.", "Sr.".
export const GENERATION = /^(?:[IVX]{2,5}|Jr\.?|Sr\.?)$/;

/** Type of a name without a title, or undefined when it is not a name at all. */
export function classifyName(
  words: string[],
  afterThe: boolean,
  inPlace = false,
): { kind: Kind; canonical?: string; alias?: string; adjective?: boolean } | undefined {
  const key = words.join(' ');
  const known = knownNames().get(key.toLowerCase());
  if (known)
    return { kind: known.type, canonical: known.name, ...(known.demonym ? { adjective: true } : {}) };
  // "Christmas", "Christmas Day", "Merry Christmas": a holiday is no entity.
  const plain = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  if (plain.some((w) => HOLIDAYS.has(w)) && plain.every((w) => HOLIDAYS.has(w) || HOLIDAY_WORDS.has(w)))
    return undefined;
  if (words.length === 1) {
    const w = words[0]!;
    // "the Second Amendment" read as "Amendment", "the Treaty": a law or an event by its last word
    // alone, unless the word is also a name ("Bill", "Grant").
    if (EVENT_LAST_WORDS.has(w) && !FIRST_NAMES_TOO.has(w)) return undefined;
    if (ORG_CUE_WORDS.has(w) || REGION_PREFIXES.has(w) || NOT_NAMES.has(w)) return undefined; // "the Alliance", "Western", "Islamic"
    // A bare title ("the Pope", "the Rev.") names no one by itself.
    if (roleTitles().has(w.toLowerCase()) || TITLE_ABBREVIATIONS[w] || HONORIFICS.has(w)) return undefined;
    if (NON_ORG_ACRONYMS.has(w)) return undefined; // "PhD" is no acronym by shape but no body either
    // "ALSO", "AND", "THE": a function word in capitals is shouting, not an acronym ("US" is known).
    if (isAcronym(w) && FUNCTION_WORDS.has(w.toLowerCase())) return undefined;
    if (isAcronym(w)) return { kind: 'organization' };
    return { kind: 'unknown' };
  }
  // "Hurricane Maria", "Community Development Block Grant": events, laws and programmes, not entities.
  const event = EVENT_FIRST_WORDS.has(words[0]!) || EVENT_LAST_WORDS.has(words[words.length - 1]!);
  if (event && !words.some((w) => ORG_CUE_WORDS.has(w))) return undefined;
  if (words.some((w) => ORG_CUE_WORDS.has(w))) {
    const last = words[words.length - 1]!;
    // "Azerbaijan State Information Agency AZERTAC": the trailing acronym is the short name.
    if (words.length >= 3 && isAcronym(last) && ORG_CUE_WORDS.has(words[words.length - 2]!))
      return { kind: 'organization', canonical: words.slice(0, -1).join(' '), alias: last };
    return { kind: 'organization' };
  }
  if (REGION_PREFIXES.has(words[0]!)) return { kind: 'place' };
  // "Pacific Ocean", "Whangārei Harbour": a feature of the land or sea names a place.
  if (PLACE_LAST_WORDS.has(words[words.length - 1]!)) return { kind: 'place' };
  // ("Joe Kennedy III", "King Edward VII", "Martin Luther King Jr.": a generation after a person's
  // name is no acronym; "Planet Earth II", "Led Zeppelin IV" are no one's names.)
  if (
    words.length >= 3 &&
    GENERATION.test(words[words.length - 1]!) &&
    (isNameForm(words[0]!) || roleTitles().has(words[0]!.toLowerCase()))
  )
    return classifyName(words.slice(0, -1), afterThe, inPlace);
  if (words.some((w) => isAcronym(w) && !/^\p{Lu}\.$/u.test(w))) return { kind: 'organization' };
  if (words.some((w) => knownNames().has(w.toLowerCase()))) return { kind: 'organization' };
  if (afterThe) return { kind: 'organization' };
  // "in New England", "across West Bengal": people are rarely "in" someone.
  if (inPlace) return { kind: 'place' };
  // Words of institutions' names ("Urban Development", "Homeland Security") are no personal names.
  if (words.some((w) => ORG_NOUNS.has(w))) return { kind: 'organization' };
  return isPersonShape(words) ? { kind: 'person' } : { kind: 'organization' };
}
