/**
 * Corrections a reader makes from the hover card: "not loaded here" (hide a loaded term on one
 * site or everywhere) and "this is loaded" (mark a word the lexicon missed). Pure: the shape,
 * validation, matching and the JSON export format. lib/corrections.ts stores them.
 *
 * API (stable):
 *   type Correction, type NewCorrection
 *   normaliseTerm(text): string                         lower case, single spaces, curly quotes straightened
 *   makeCorrection(input, now, id?): Correction | null  validated, or null when unusable
 *   suppresses(c, termText, lexiconId, site): boolean   does a "not-loaded" correction hide this term here?
 *   appliesOn(c, site): boolean
 *   serialiseCorrections(list): string                  {"format":"slantwise-corrections","version":1,"corrections":[...]}
 *   parseCorrections(json): {corrections, skipped}      throws Error with a plain message on bad JSON/format
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
const MAX_TERM = 80;

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
  if (typeof r.term !== 'string') return null;
  const term = normaliseTerm(r.term);
  // A term must hold a letter or digit; whole sentences are not terms.
  if (!term || term.length > MAX_TERM || !/[\p{L}\p{N}]/u.test(term)) return null;
  const c: Correction = {
    id: typeof r.id === 'string' && r.id ? r.id : (id ?? newId(now)),
    kind: r.kind,
    term,
    created: typeof r.created === 'number' && Number.isFinite(r.created) ? r.created : now,
  };
  if (typeof r.site === 'string' && r.site) {
    const site = normaliseSite(r.site);
    if (!site) return null;
    c.site = site;
  }
  if (r.kind === 'loaded') {
    c.category = LOADED_CATEGORIES.includes(r.category as LoadedCategory)
      ? (r.category as LoadedCategory)
      : 'emotive';
  }
  if (r.kind === 'not-loaded' && typeof r.lexiconId === 'string' && r.lexiconId) c.lexiconId = r.lexiconId;
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

export function parseCorrections(json: string, now: number): { corrections: Correction[]; skipped: number } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('This file is not JSON.');
  }
  // A bare array is accepted too, for hand-written lists.
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && (data as { format?: unknown }).format === EXPORT_FORMAT
      ? (data as { corrections?: unknown }).corrections
      : undefined;
  if (!Array.isArray(list)) throw new Error('This file is not a Slantwise corrections export.');
  const corrections: Correction[] = [];
  let skipped = 0;
  for (const item of list) {
    const c = makeCorrection(item, now);
    if (c) corrections.push(c);
    else skipped++;
  }
  return { corrections, skipped };
}
