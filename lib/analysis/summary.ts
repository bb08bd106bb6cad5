/**
 * The summary: counts, shares and per-entity leans, and one plain sentence built only from them.
 * The statement never says more than the evidence: a lean needs tone in the outlet's own voice or
 * in its related headlines, and says which of the two it rests on.
 */
import { storyLeaning } from './related';
import type { ToneEvidence } from './tone';
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
  // The matches of /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu, counted without building them.
  let n = 0;
  let i = 0;
  const len = text.length;
  while (i < len) {
    let k = wordCharAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    n++;
    i += k;
    for (;;) {
      k = wordCharAt(text, i);
      if (k > 0) {
        i += k;
        continue;
      }
      const c = text.charCodeAt(i);
      // A joiner followed by a letter or digit goes on with the word.
      if (c === 0x2019 || c === 39 || c === 45) {
        k = wordCharAt(text, i + 1);
        if (k > 0) {
          i += 1 + k;
          continue;
        }
      }
      break;
    }
  }
  return n;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** UTF-16 units of the letter or digit at i (2 for one outside the BMP), 0 when it is neither. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  if (!WORD_CHAR.test(String.fromCodePoint(cp))) return 0;
  return cp > 0xffff ? 2 : 1;
}

function sign(x: number, cut: number): -1 | 0 | 1 {
  return x <= -cut ? -1 : x >= cut ? 1 : 0;
}

/**
 * One remark is not a lean: the outlet's voice leans when two or more mentions are cast the same
 * way, or one is cast strongly (a pejorative pair such as "inept and corruption-ridden").
 */
const STRONG = 0.75;

function outletSign(score: number, evidence?: ToneEvidence): -1 | 0 | 1 {
  const s = sign(score, OUTLET_CUT);
  if (!s || !evidence) return s;
  const count = s < 0 ? evidence.negative : evidence.positive;
  const strong = Math.sign(evidence.strongest) === s && Math.abs(evidence.strongest) >= STRONG;
  return count >= 2 || strong ? s : 0;
}

/** A lean with the two signs it was built from (-1, 0, +1), kept for the statement. */
interface Weighed extends Lean {
  o: -1 | 0 | 1;
  r: -1 | 0 | 1;
  weight: number;
}

/** Related stories lean when two or more lean the same way, or all of them do (one of one). */
function relatedSign(r: RelatedSlant['byEntity'][number] | undefined, total: number): -1 | 0 | 1 {
  if (!r) return 0;
  const s = storyLeaning(r.tone);
  const count = s < 0 ? r.negative : s > 0 ? r.positive : 0;
  return s && (count >= 2 || count === total) ? s : 0;
}

function weigh(
  name: string,
  entity: string | undefined,
  outlet: number,
  related: RelatedSlant['byEntity'][number] | undefined,
  total: number,
  evidence?: ToneEvidence,
): Weighed {
  const o = outletSign(outlet, evidence);
  const r = relatedSign(related, total);
  const direction: Lean['direction'] =
    o && r && o !== r ? 'mixed' : (o || r) < 0 ? 'against' : (o || r) > 0 ? 'for' : 'none';
  // Agreeing evidence from both sides ranks first, then strength.
  const weight =
    (direction === 'none' ? 0 : 10) +
    (o && r && o === r ? 5 : 0) +
    Math.abs(outlet) +
    Math.abs(related?.tone ?? 0);
  return {
    name,
    ...(entity ? { entity } : {}),
    direction,
    outlet: round(outlet),
    ...(related !== undefined ? { related: round(related.tone) } : {}),
    o,
    r,
    weight,
  };
}

function weighAll(
  entities: Entity[],
  related: RelatedSlant,
  evidence?: Map<string, ToneEvidence>,
): Weighed[] {
  const out: Weighed[] = [];
  const seen = new Set<string>();
  const relatedOf = (e: { id?: string; name: string }) =>
    related.byEntity.find((r) => (e.id && r.entity === e.id) || r.name === e.name);
  for (const e of entities) {
    const r = relatedOf(e);
    // Entities with no tone either way say nothing about a lean; leave them out of the list.
    // The outlet's own lean rests on its wording (evidence.judged); without evidence, the mean tone.
    const ev = evidence?.get(e.id);
    const outlet = ev?.judged ?? e.tone.outlet.score;
    if (!outlet && !r) continue;
    if (r) seen.add(r.entity ?? r.name);
    out.push(weigh(e.name, e.id, outlet, r, related.stories.length, ev));
  }
  // Entities named only in related headlines.
  for (const r of related.byEntity) {
    if (seen.has(r.entity ?? r.name)) continue;
    out.push(weigh(r.name, r.entity, 0, r, related.stories.length));
  }
  return out.sort((a, b) => b.weight - a.weight);
}

/** Per entity: how the outlet's own voice and its related stories lean, strongest first. */
export function leansOf(
  entities: Entity[],
  related: RelatedSlant,
  evidence?: Map<string, ToneEvidence>,
): Lean[] {
  return weighAll(entities, related, evidence).map(({ o, r, weight, ...l }) => l);
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Names that take "the" in running text: "the United States", "the Kremlin", "the EU". */
const TAKES_THE =
  /^(?:United\b|[A-Z]{2,}$)|\b(?:Union|Kingdom|States|Nations|Republic|Emirates|Islands|Netherlands|Philippines|Council|Commission|Parliament|Alliance|Kremlin|Pentagon|White House|Vatican|Government|Ministry|Congress|Senate|Party|Army|Police)$/;

function withArticle(name: string): string {
  // Acronyms read as words keep no article ("NATO"); spelled-out ones take it ("the US", "the EU").
  if (/^[A-Z]{4,}$/.test(name)) return name;
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** "all 3 of its related stories", "2 of its 3 related stories", "its one related story". */
function storiesPhrase(k: number, total: number, owner = 'its'): string {
  if (total === 1) return `${owner} one related story`;
  if (k === total) return `all ${total} of ${owner} related stories`;
  return `${k} of ${owner} ${total} related stories`;
}

/** The one-line statement. `outlet` is the site's name, or undefined when the page gave none. */
function statementOf(
  weighed: Weighed[],
  related: RelatedSlant,
  outletOpinion: number,
  bodySentences: number,
  outlet?: string,
): string {
  if (bodySentences === 0) return 'Nothing to analyse: the page has no article text.';
  const own = outlet ? possessive(outlet) : 'the outlet’s';
  const top = weighed.find((l) => l.direction !== 'none');
  if (!top) {
    return outletOpinion === 0
      ? `No clear lean: ${own} own voice is mostly reporting.`
      : `No clear lean: ${own} own opinions are not aimed at anyone named.`;
  }
  const name = withArticle(top.name);
  const { o, r } = top;
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
  const verb = total === 1 || k === 1 ? 'leans' : 'lean';
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
  /** Outlet-voice evidence per entity id (from entityTones); without it the mean tone decides. */
  evidence?: Map<string, ToneEvidence>;
}

export function summarize(input: SummaryInput): Summary {
  const { sentences, loaded, claims, entities, related } = input;
  let words = 0;
  for (const s of sentences) words += countWords(s.text);
  const outletOpinion = sentences.filter((s) => s.label === 'opinion').length;
  const reportedOpinion = sentences.filter((s) => s.label === 'reported-opinion').length;
  const loadedByCategory: Partial<Record<LoadedCategory, number>> = {};
  for (const l of loaded) loadedByCategory[l.category] = (loadedByCategory[l.category] ?? 0) + 1;
  const weighed = weighAll(entities, related, input.evidence);
  const leans = weighed.map(({ o, r, weight, ...l }) => l);
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
    statement: statementOf(weighed, related, outletOpinion, body, input.outlet),
  };
}
