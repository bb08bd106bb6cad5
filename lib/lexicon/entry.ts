/**
 * The one way lexicon files build entries, so every file has the same shape and ids are derived
 * the same way: `<prefix>-<term slug>` ("pej-inept", "hedge-critics-say", "pej-x-ridden").
 * Ids follow the term, so renaming a term is a deliberate id change.
 */
import type { LexiconEntry, LoadedCategory } from '../analysis/types';

export type EntryPos = NonNullable<LexiconEntry['pos']>;

/** Slug of a term: first alternative of each {a|b} group, "*" as "x", words joined by "-". */
export function termSlug(term: string): string {
  return term
    .replace(/\{([^|}]*)[^}]*\}/g, '$1')
    .replace(/\*/g, 'x')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An entry builder for one category: e(term, pos, polarity, note, neutral?). */
export function entryMaker(category: LoadedCategory, prefix: string) {
  return (term: string, pos: EntryPos, polarity: number, note: string, neutral?: string): LexiconEntry => {
    const entry: LexiconEntry = { id: `${prefix}-${termSlug(term)}`, term, category, note, polarity, pos };
    if (neutral !== undefined) entry.neutral = neutral;
    return entry;
  };
}
