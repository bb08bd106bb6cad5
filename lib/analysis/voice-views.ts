/**
 * Views set out as someone's rather than said: "In the view of X, ...", "In his view, ...", "For
 * critics, ...", "To John Smith, ...", "Smith's argument is that ...". The voice pass
 * (voice-clause.ts) asks these for the holder of the view.
 */

import type { Mention } from './entities';
import { HONORIFICS } from './names/roles';
import { UNNAMED_SOURCES } from './names/speech';
import type { Token } from './tokens';
import { isPlural } from './voice-unnamed';
import { type Context, onlySpaces, type SourceFound } from './voice-words';

export const VIEW_NOUNS = new Set([
  'view',
  'eyes',
  'opinion',
  'judgment',
  'judgement',
  'estimation',
  'words',
]);

// His, her, their, as the pronoun that speaks.
export const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

// Words that say which of someone's views it is: "her main argument", "Haley's essential claim".
const VIEW_KINDS = new Set(
  'essential main central chief basic key core real whole only latest original underlying own'.split(' '),
);

/** The owner of a view noun at ts[k] followed by "is/was that": "Smith's argument", "her view". */
export function ownerOfView(
  text: string,
  ts: Token[],
  k: number,
  rel: Mention[],
  ctx: Context,
): SourceFound | undefined {
  const next = ts[k + 1]?.text.toLowerCase();
  if (!((next === 'is' || next === 'was') && ts[k + 2]?.text.toLowerCase() === 'that')) return undefined;
  // ("Haley's essential claim was that ...": one word of kind between the owner and the view.)
  const at = VIEW_KINDS.has(ts[k - 1]?.text.toLowerCase() ?? '') ? k - 2 : k - 1;
  const prev = ts[at];
  if (!prev || !onlySpaces(text, prev.end, ts[at + 1]!.start)) return undefined;
  const pronoun = POSSESSIVE_PRONOUNS[prev.text.toLowerCase()];
  if (pronoun)
    return { pronoun: pronoun === 'they' ? 'plural' : 'person', pronounText: pronoun, pronounAt: prev.start };
  return possessiveOwner(prev, rel, ctx);
}

/** The person or body named in the possessive that ends with token `t` ("Smith's"), not a place. */
function possessiveOwner(t: Token, rel: Mention[], ctx: Context): SourceFound | undefined {
  const m = rel.find((x) => x.end === t.end && x.possessive);
  const e = m && ctx.byId.get(m.entity);
  return e && e.type !== 'place' ? { entity: e, role: m.role } : undefined;
}

/**
 * "In Smith's view, ...", "In Dr. Shadlen's words, ...": a person or body named in the possessive
 * before a view noun, and a comma right after it. The view's lead ("In Smith's view") stands for
 * the verb.
 */
export function namedOwnerOfView(
  text: string,
  ts: Token[],
  rel: Mention[],
  ctx: Context,
): (SourceFound & { verb: string; start: number; end: number }) | undefined {
  for (let v = 2; v < ts.length - 1 && v <= 6; v++) {
    if (!VIEW_NOUNS.has(ts[v]!.text.toLowerCase())) continue;
    if (!text.slice(ts[v]!.end, ts[v + 1]!.start).includes(',')) return undefined;
    const owner = possessiveOwner(ts[v - 1]!, rel, ctx);
    if (!owner) return undefined;
    return { ...owner, verb: text.slice(ts[0]!.start, ts[v]!.end), start: ts[0]!.start, end: ts[v]!.end };
  }
  return undefined;
}

/** "To Smith," / "To Angela Merkel,": a person mention from ts[a] right up to a comma. */
export function personBeforeComma(
  text: string,
  ts: Token[],
  a: number,
  rel: Mention[],
  ctx: Context,
): SourceFound | undefined {
  // ("To Mrs. Thatcher, ...": a courtesy title before the name is not part of the mention.)
  const at = HONORIFICS.has(ts[a]?.text ?? '') ? ts.findIndex((t, i) => i > a && /\p{L}/u.test(t.text)) : a;
  const m = rel.find((x) => x.start === ts[at]?.start);
  const e = m && ctx.byId.get(m.entity);
  if (!m || !e || e.type !== 'person' || m.possessive) return undefined;
  return /^\s*,/.test(text.slice(m.end)) ? { entity: e, role: m.role } : undefined;
}

/** "For critics,", "To his supporters,", "For many voters,": people named by an unnamed-source noun in the plural, up to a comma. */
export function groupBeforeComma(text: string, ts: Token[], a: number): SourceFound | undefined {
  for (let h = a; h < ts.length && h < a + 4; h++) {
    const w = ts[h]!.text.toLowerCase();
    if (UNNAMED_SOURCES[w] !== undefined && isPlural(w) && /^\s*,/.test(text.slice(ts[h]!.end)))
      return { speaker: text.slice(ts[a]!.start, ts[h]!.end), unnamed: true, plural: true };
    if (h > a && !onlySpaces(text, ts[h - 1]!.end, ts[h]!.start)) return undefined;
  }
  return undefined;
}

/**
 * The first token after a lead that sets out a view as someone's, at the start of a sentence: "In
 * the view of X", "In the eyes of X" (4), or a bare "For X," / "To X," (1); 0 when there is none.
 */
export function viewpointLead(ts: Token[]): number {
  const w = (i: number) => ts[i]?.text.toLowerCase();
  if (w(0) === 'in' && w(1) === 'the' && VIEW_NOUNS.has(w(2) ?? '') && w(3) === 'of') return 4;
  if (w(0) === 'for' || w(0) === 'to') return 1;
  return 0;
}
