/**
 * Hyphenated words and labels that the candidate runs must read before anything else: pairs of
 * names ("US-China talks") and a politician's party and state after a name ("(R-Wis.)").
 */
import type { SentenceRef } from './entities';
import { isNameForm } from './entity-name-form';
import { type Candidate, type DocWords, isNameWord, spaceOnly } from './entity-words';
import { FUNCTION_WORDS } from './names/common';
import { knownNames } from './names/gazetteer';
import { NON_ORG_ACRONYMS } from './names/orgs';
import { isAcronym, isCapitalized, stripPossessive, type Token } from './tokens';

const ORIGIN_ENDING = /(?:an|ese|ish|ic)$/;

// "(R-Wis.)", ", D-Calif.,", "(D)": a politician's party and state, set off after the name.
const PARTY_LABEL = /^[DRI](?:-\p{Lu}[\p{L}.]*)?$/u;

/** A party-and-state label in brackets or between commas: a description of the name, not a name. */
export function isPartyLabel(text: string, t: Token): boolean {
  if (!PARTY_LABEL.test(t.text)) return false;
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  const after = text.slice(t.end, t.end + 2);
  return /(?:\(|,\s)$/.test(before) && /^\.?[),]/.test(after);
}

/**
 * "US-China talks", "Israeli-Palestinian conflict", "the Clinton-Trump race": a hyphenated word
 * standing alone whose every part is a name in its own right (a known place or body or its
 * demonym, an acronym, or a name the table knows that the text also writes on its own) names each
 * part, as an adjective. A compound the lists know whole ("Guinea-Bissau") or with any other part
 * ("African-American", "Ocasio-Cortez", "Hewlett-Packard" unless both are named alone) stays one word.
 */
export function namePair(
  s: SentenceRef,
  index: number,
  ts: Token[],
  i: number,
  doc: DocWords,
): Candidate[] | undefined {
  const t = ts[i]!;
  if (!t.text.includes('-')) return undefined;
  const word = stripPossessive(t.text);
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => !isCapitalized(p))) return undefined;
  const known = knownNames();
  if (known.has(word.toLowerCase())) return undefined;
  // Standing alone: no name word joined to it by a space on either side ("Asia-Pacific Economic Cooperation").
  const prev = ts[i - 1];
  const next = ts[i + 1];
  if (
    prev &&
    isNameWord(prev.text) &&
    !FUNCTION_WORDS.has(prev.text.toLowerCase()) &&
    spaceOnly(s.text, prev.end, t.start)
  )
    return undefined;
  if (next && isNameWord(next.text) && spaceOnly(s.text, t.end, next.start)) return undefined;
  const listed = parts.map((p) => known.get(p.toLowerCase()));
  if (!listed.some((k) => k) && !parts.every((p) => !isAcronym(p))) return undefined;
  const kinds = parts.map((p, k) => {
    const entry = listed[k];
    if (entry) return { kind: entry.type, canonical: entry.name } as const;
    // An acronym beside a listed name ("EU-Turkey"); two acronyms are often one name ("ABC-CLIO").
    if (isAcronym(p)) return NON_ORG_ACRONYMS.has(p) ? undefined : ({ kind: 'organization' } as const);
    // A known name the text also writes alone, not an adjective of origin ("African", "Asian").
    if (isNameForm(p) && doc.midCaps.has(p) && !ORIGIN_ENDING.test(p)) return { kind: 'unknown' } as const;
    return undefined;
  });
  if (kinds.some((k) => k === undefined)) return undefined;
  const out: Candidate[] = [];
  let at = t.start;
  parts.forEach((p, k) => {
    out.push({
      sentence: index,
      block: s.block,
      start: s.start + at,
      end: s.start + at + p.length,
      text: p,
      words: [p],
      possessive: false,
      adjective: true,
      locative: false,
      speechAfter: false,
      ...kinds[k]!,
    });
    at += p.length + 1;
  });
  return out;
}
