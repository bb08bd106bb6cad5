/**
 * Corrections a reader makes from the hover card: "not loaded here" (hide a loaded term on one
 * site or everywhere) and "this is loaded" (mark a word the lexicon missed). Pure: the shape,
 * validation, matching and the JSON export format. lib/corrections.ts stores them.
 *
 * API (stable):
 *   type Correction, type NewCorrection
 *   normaliseTerm(text): string                         lower case, single spaces, curly quotes straightened
 *   makeCorrection(input, now, id?): Correction | null  validated and capped (FIELD_LIMITS; `created` clamped
 *                                                       to 0..now), or null when unusable or a field is too long
 *   suppresses(c, termText, lexiconId, site): boolean   does a "not-loaded" correction hide this term here?
 *   appliesOn(c, site): boolean
 *   serialiseCorrections(list): string                  {"format":"slantwise-corrections","version":1,"corrections":[...]}
 *   parseCorrections(json): {corrections, skipped}      throws Error with a plain message on bad JSON/format
 *   readExport(json): unknown[]                         the raw entries of an export (or a bare array); throws likewise
 *   mergeCorrections(existing, incoming, limit)         keyed merge, linear: existing entries always stay
 *   sameCorrection(a, b): boolean                        same kind, term and site (used to skip duplicates)
 */
import type { LoadedCategory } from './analysis/types';
import { LOADED_CATEGORIES, normaliseSite } from './settings-schema';

export type CorrectionKind = 'not-loaded' | 'loaded';

export interface Correction {
  id: string;
  kind: CorrectionKind;
  /** Normalised term (see normaliseTerm). */
  term: string;
  /** Normalised host it applies to; absent = everywhere. */
  site?: string;
  /** For "loaded": the category to show it under. */
  category?: LoadedCategory;
  /** For "not-loaded": the lexicon entry it was made on, so inflected forms are hidden too. */
  lexiconId?: string;
  /** ms since epoch. */
  created: number;
}

export type NewCorrection = Omit<Correction, 'id' | 'created'>;

export const EXPORT_FORMAT = 'slantwise-corrections';

/**
 * Every stored field is bounded, so the list (read on every article page) stays small: a full list
 * of MAX_CORRECTIONS (lib/corrections.ts) is under 2 MB even at these limits.
 */
export const FIELD_LIMITS = {
  /** Characters of a normalised term. */
  term: 80,
  /** An id longer than this is replaced by a fresh one. */
  id: 64,
  /** A host name is at most 253 characters (DNS). */
  site: 253,
  /** Lexicon ids are a category prefix and the term's slug. */
  lexiconId: 100,
} as const;
const MAX_TERM = FIELD_LIMITS.term;

/**
 * Far more than anyone makes by hand; keeps storage bounded if an import is huge. Reaching it
 * never evicts anything: adding or importing more is refused with a message.
 */
export const MAX_CORRECTIONS = 5000;
/** An export of MAX_CORRECTIONS entries is about 1 MB; a larger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

export interface ImportResult {
  added: number;
  /** Everything not added: duplicates + full + invalid. */
  skipped: number;
  /** Already corrected (same term and site): your entry stands. */
  duplicates: number;
  /** Not taken: the list already holds MAX_CORRECTIONS. */
  full: number;
  /** Not a usable correction (wrong shape, empty or too long a field). */
  invalid: number;
}

export function normaliseTerm(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function newId(now: number): string {
  return `${now.toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}

/** Validates anything that claims to be a correction. */
export function makeCorrection(input: unknown, now: number, id?: string): Correction | null {
  if (typeof input !== 'object' || input === null) return null;
  const r = input as Record<string, unknown>;
  if (r.kind !== 'not-loaded' && r.kind !== 'loaded') return null;
  if (typeof r.term !== 'string' || r.term.length > MAX_TERM * 4) return null;
  const term = normaliseTerm(r.term);
  // A term must hold a letter or digit; whole sentences are not terms.
  if (!term || term.length > MAX_TERM || !/[\p{L}\p{N}]/u.test(term)) return null;
  const ownId = typeof r.id === 'string' && r.id && r.id.length <= FIELD_LIMITS.id ? r.id : undefined;
  const c: Correction = {
    id: ownId ?? id ?? newId(now),
    kind: r.kind,
    term,
    // Not in the future (an entry dated 9e15 would sort first for ever) and not before 1970.
    created:
      typeof r.created === 'number' && Number.isFinite(r.created)
        ? Math.min(Math.max(r.created, 0), now)
        : now,
  };
  if (typeof r.site === 'string' && r.site) {
    if (r.site.length > FIELD_LIMITS.site + 16) return null; // room for "https://www." and a port
    const site = normaliseSite(r.site);
    if (site.length > FIELD_LIMITS.site) return null;
    if (!site) return null;
    c.site = site;
  }
  if (r.kind === 'loaded') {
    c.category = LOADED_CATEGORIES.includes(r.category as LoadedCategory)
      ? (r.category as LoadedCategory)
      : 'emotive';
  }
  if (r.kind === 'not-loaded' && typeof r.lexiconId === 'string' && r.lexiconId) {
    if (r.lexiconId.length > FIELD_LIMITS.lexiconId) return null;
    c.lexiconId = r.lexiconId;
  }
  return c;
}

/** A correction made on "example.com" also covers "news.example.com". */
export function appliesOn(c: Correction, site: string): boolean {
  if (!c.site) return true;
  const host = normaliseSite(site);
  return host === c.site || host.endsWith(`.${c.site}`);
}

export function suppresses(
  c: Correction,
  termText: string,
  lexiconId: string | undefined,
  site: string,
): boolean {
  if (c.kind !== 'not-loaded' || !appliesOn(c, site)) return false;
  if (c.lexiconId && lexiconId && c.lexiconId === lexiconId) return true;
  return normaliseTerm(termText) === c.term;
}

export function sameCorrection(a: Correction, b: Correction): boolean {
  return a.kind === b.kind && a.term === b.term && (a.site ?? '') === (b.site ?? '');
}

export function serialiseCorrections(list: Correction[]): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, corrections: list }, null, 2);
}

/** The entries of an export file (or of a bare array, for hand-written lists), not yet validated. */
export function readExport(json: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('This file is not JSON.');
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && (data as { format?: unknown }).format === EXPORT_FORMAT
      ? (data as { corrections?: unknown }).corrections
      : undefined;
  if (!Array.isArray(list)) throw new Error('This file is not a Slantwise corrections export.');
  return list;
}

export function parseCorrections(json: string, now: number): { corrections: Correction[]; skipped: number } {
  const corrections: Correction[] = [];
  let skipped = 0;
  for (const item of readExport(json)) {
    const c = makeCorrection(item, now);
    if (c) corrections.push(c);
    else skipped++;
  }
  return { corrections, skipped };
}

/** What one import did with each entry it was given. */
export interface MergeResult {
  /** Existing entries first, unchanged, then the newcomers in the file's order. */
  list: Correction[];
  added: number;
  /** The same term and site already corrected (either way): the reader's existing choice stands. */
  duplicates: number;
  /** Not taken because the list holds `limit` entries. */
  full: number;
}

const termKey = (c: Correction) => `${c.term}\u0000${c.site ?? ''}`;

/**
 * Merges newcomers into the reader's list in linear time (keyed maps, no scans). Existing entries
 * are never dropped or changed; a newcomer whose id is taken gets a fresh one.
 */
export function mergeCorrections(
  existing: readonly Correction[],
  incoming: Iterable<Correction>,
  limit: number,
  now: number,
): MergeResult {
  const list = [...existing];
  const terms = new Set<string>();
  const ids = new Set<string>();
  for (const c of list) {
    terms.add(termKey(c));
    ids.add(c.id);
  }
  let added = 0;
  let duplicates = 0;
  let full = 0;
  for (const c of incoming) {
    const key = termKey(c);
    if (terms.has(key)) {
      duplicates++;
      continue;
    }
    if (list.length >= limit) {
      full++;
      continue;
    }
    let fresh = c;
    while (ids.has(fresh.id)) fresh = { ...fresh, id: newId(now) };
    terms.add(key);
    ids.add(fresh.id);
    list.push(fresh);
    added++;
  }
  return { list, added, duplicates, full };
}
