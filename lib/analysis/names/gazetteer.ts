/**
 * Lookup tables built once from the name lists: lower-cased surface form -> what it names.
 * Built lazily (no work at import time).
 */
import { COUNTRIES, PLACES, US_PLACES, US_STATE_ABBREVIATIONS } from './countries';
import { KNOWN_ORGS, PARTIES } from './orgs';
import { ROLE_TITLES } from './roles';

export interface KnownName {
  /** Canonical name: "Azerbaijan" for "Azerbaijani", "United States" for "U.S.". */
  name: string;
  type: 'place' | 'organization';
  /** This form is a demonym/adjective ("Azerbaijani"), not the name itself. */
  demonym: boolean;
}

const DEMONYM_ENDING = /(?:an|ese|ish|i|ic|ch|ss|ek|ot|ar|ino|ine|ak|ene|ai|ao|men|yz|bek|eri)$/;

let known: Map<string, KnownName> | undefined;
let roles: Set<string> | undefined;

/** Known places and organisations by lower-cased form, demonym plurals included ("armenians"). */
export function knownNames(): Map<string, KnownName> {
  if (known) return known;
  known = new Map();
  for (const [name = '', ...aliases] of COUNTRIES) {
    known.set(name.toLowerCase(), { name, type: 'place', demonym: false });
    for (const alias of aliases) {
      // A demonym is an adjective of nationality ("Azerbaijani", "Russian", "Swiss"), told by its ending.
      const demonym = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(alias) && DEMONYM_ENDING.test(alias);
      const entry = { name, type: 'place' as const, demonym };
      known.set(alias.toLowerCase(), entry);
      if (demonym && !alias.endsWith('s') && !alias.endsWith('ese'))
        known.set(`${alias.toLowerCase()}s`, entry);
    }
  }
  for (const name of [...PLACES, ...US_PLACES])
    known.set(name.toLowerCase(), { name, type: 'place', demonym: false });
  for (const [abbreviation, name] of US_STATE_ABBREVIATIONS)
    known.set(abbreviation.toLowerCase(), { name, type: 'place', demonym: false });
  for (const [name = '', ...forms] of PARTIES) {
    known.set(name.toLowerCase(), { name, type: 'organization', demonym: false });
    for (const f of forms)
      known.set(f.toLowerCase(), { name, type: 'organization', demonym: f.endsWith('ic') || f === 'Tory' });
  }
  for (const name of KNOWN_ORGS)
    known.set(name.toLowerCase(), { name, type: 'organization', demonym: false });
  return known;
}

/** Role titles, lower case ("secretary general", "spokesperson"). */
export function roleTitles(): Set<string> {
  roles ??= new Set(ROLE_TITLES);
  return roles;
}
