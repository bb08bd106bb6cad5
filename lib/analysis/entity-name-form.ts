/**
 * Whether a word is a name by the name table (names/name-words.ts, fitted by
 * lib/cli/train/names.ts) or by a surname prefix. Its own module, so that typing names
 * (entity-kinds.ts) and reading them where capitals say little (entity-names.ts) can both ask.
 */
import { NAME_WORDS } from './names/name-words';
import { isCapitalized, stripPossessive } from './tokens';

let names: Set<string> | undefined;

// A surname prefix before a capital: no English word is written so ("McCaskill", "O’Connor").
const SURNAME_PREFIX = /^(?:Mc|O['’])\p{Lu}\p{Ll}+$/u;

/**
 * "Sanders", "McConnell": a capitalised word (not all capitals) the name table holds, or one
 * written with a surname prefix.
 */
export function isNameForm(word: string): boolean {
  const w = stripPossessive(word);
  if (!isCapitalized(w) || !/\p{Ll}/u.test(w)) return false;
  names ??= new Set(NAME_WORDS.split(' '));
  return names.has(w.toLowerCase()) || SURNAME_PREFIX.test(w);
}
