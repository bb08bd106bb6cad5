/**
 * The summary: counts, shares and per-entity leans, and one plain sentence built only from them.
 * The statement never says more than the evidence: a lean needs tone in the outlet's own voice or
 * in its related headlines, and says which of the two it rests on.
 */
import { storyLeaning } from './related';
import type {
  Claim,
  Entity,
  Lean,
  LoadedCategory,
  LoadedTerm,
  RelatedSlant,
  Sentence,
  Summary,
} from './types';

/** Outlet-voice tone (mean over mentions) beyond which we call it a lean. */
const OUTLET_CUT = 0.05;

const round = (x: number, places = 3) => {
  const f = 10 ** places;
  return Math.round(x * f) / f;
};

/** Words in a text, counted as runs of letters or digits (linear). */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)) n++;
  return n;
}

function sign(x: number, cut: number): -1 | 0 | 1 {
  return x <= -cut ? -1 : x >= cut ? 1 : 0;
}

/** Per entity: how the outlet's own voice and its related stories lean. */
export function leansOf(entities: Entity[], related: RelatedSlant): Lean[] {
  const out: (Lean & { weight: number })[] = [];
  const seen = new Set<string>();
  const relatedOf = (e: { id?: string; name: string }) =>
    related.byEntity.find((r) => (e.id && r.entity === e.id) || r.name === e.name);
  for (const e of entities) {
    const r = relatedOf(e);
    if (!e.tone.outlet.mentions && !r) continue;
    if (r) seen.add(r.entity ?? r.name);
    out.push(lean(e.name, e.id, e.tone.outlet.score, r?.tone));
  }
  // Entities named only in related headlines.
  for (const r of related.byEntity) {
    if (seen.has(r.entity ?? r.name)) continue;
    out.push(lean(r.name, r.entity, 0, r.tone));
  }
  return out.sort((a, b) => b.weight - a.weight).map(({ weight, ...l }) => l);
}

function lean(
  name: string,
  entity: string | undefined,
  outlet: number,
  related?: number,
): Lean & { weight: number } {
  const o = sign(outlet, OUTLET_CUT);
  const r = related === undefined ? 0 : storyLeaning(related);
  const direction: Lean['direction'] =
    o && r && o !== r ? 'mixed' : (o || r) < 0 ? 'against' : (o || r) > 0 ? 'for' : 'none';
  // Agreeing evidence from both sides ranks first, then strength.
  const weight =
    (direction === 'none' ? 0 : 10) + (o && r && o === r ? 5 : 0) + Math.abs(outlet) + Math.abs(related ?? 0);
  return {
    name,
    ...(entity ? { entity } : {}),
    direction,
    outlet: round(outlet),
    ...(related !== undefined ? { related: round(related) } : {}),
    weight,
  };
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "all 3 of its related stories", "2 of its 3 related stories", "its one related story". */
function storiesPhrase(k: number, total: number, owner = 'its'): string {
  if (total === 1) return `${owner} one related story`;
  if (k === total) return `all ${total} of ${owner} related stories`;
  return `${k} of ${owner} ${total} related stories`;
}

/** The one-line statement. `outlet` is the site's name, or undefined when the page gave none. */
export function statementOf(
  leans: Lean[],
  related: RelatedSlant,
  outletOpinion: number,
  bodySentences: number,
  outlet?: string,
): string {
  if (bodySentences === 0) return 'Nothing to analyse: the page has no article text.';
  const own = outlet ? possessive(outlet) : 'the outlet’s';
  const top = leans.find((l) => l.direction !== 'none');
  if (!top) {
    return outletOpinion === 0
      ? `No clear lean: ${own} own voice is mostly reporting.`
      : `No clear lean: ${own} own opinions do not take one side against or for anyone named.`;
  }
  const name = top.name;
  const o = sign(top.outlet, OUTLET_CUT);
  const r = top.related === undefined ? 0 : storyLeaning(top.related);
  const way = top.direction === 'for' ? 'for' : 'against';
  const total = related.stories.length;
  const key = top.entity ?? top.name;
  const k = related.stories.filter((s) =>
    s.entities.some((e) => (e.entity ?? e.name) === key && storyLeaning(e.tone) === (way === 'for' ? 1 : -1)),
  ).length;
  if (top.direction === 'mixed') {
    const ownWay = o < 0 ? 'against' : 'for';
    const relWay = r < 0 ? 'against' : 'for';
    return `${capitalise(own)} own voice leans ${ownWay} ${name}, but its related stories lean ${relWay} ${name}.`;
  }
  if (o && r) return `${capitalise(own)} own voice and ${storiesPhrase(k, total)} lean ${way} ${name}.`;
  if (o) {
    const rest =
      top.related === undefined ? '' : `; its related stories that name ${name} do not take a side`;
    return `${capitalise(own)} own voice leans ${way} ${name}${rest}.`;
  }
  const verb = total === 1 ? 'leans' : 'lean';
  return `${capitalise(storiesPhrase(k, total, own))} ${verb} ${way} ${name}; its own voice does not take a side.`;
}

export interface SummaryInput {
  sentences: Sentence[];
  /** Index of sentences in heading blocks, which do not count as article text. */
  isHeading: (s: Sentence) => boolean;
  loaded: LoadedTerm[];
  claims: Claim[];
  entities: Entity[];
  related: RelatedSlant;
  outlet?: string;
}

export function summarize(input: SummaryInput): Summary {
  const { sentences, loaded, claims, entities, related } = input;
  let words = 0;
  for (const s of sentences) words += countWords(s.text);
  const outletOpinion = sentences.filter((s) => s.label === 'opinion').length;
  const reportedOpinion = sentences.filter((s) => s.label === 'reported-opinion').length;
  const loadedByCategory: Partial<Record<LoadedCategory, number>> = {};
  for (const l of loaded) loadedByCategory[l.category] = (loadedByCategory[l.category] ?? 0) + 1;
  const leans = leansOf(entities, related);
  const body = sentences.filter((s) => !input.isHeading(s)).length;
  return {
    words,
    sentences: sentences.length,
    opinionShare: sentences.length ? round(outletOpinion / sentences.length) : 0,
    outletOpinion,
    reportedOpinion,
    claims: claims.length,
    loadedTerms: loaded.length,
    loadedPer1000: words ? round((loaded.length / words) * 1000, 1) : 0,
    loadedByCategory,
    leans,
    statement: statementOf(leans, related, outletOpinion, body, input.outlet),
  };
}
