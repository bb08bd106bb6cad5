/**
 * Entities (people, places, organisations) from capitalised-word runs, without a tagger:
 * rules decide the type (titles/roles, country and place lists, organisation cue words, acronyms,
 * name shape), surnames link to full names ("Stoltenberg" -> "Jens Stoltenberg"), possessives and
 * demonyms link to their country ("Azerbaijan’s", "Azerbaijani" -> Azerbaijan). Headings and other
 * title-case lines only match names already known, since every word there is capitalised.
 */
import { CALENDAR, FUNCTION_WORDS, NOT_NAMES } from './names/common';
import { REGION_PREFIXES } from './names/countries';
import { knownNames, roleTitles } from './names/gazetteer';
import {
  EVENT_FIRST_WORDS,
  EVENT_LAST_WORDS,
  NON_ORG_ACRONYMS,
  ORG_CUE_WORDS,
  ORG_NOUNS,
} from './names/orgs';
import { HONORIFICS, TITLE_ABBREVIATIONS } from './names/roles';
import { SPEECH_WEAK, speechLemma, UNNAMED_SOURCES } from './names/speech';
import {
  isAcronym,
  isCapitalized,
  isLowerInitial,
  slugify,
  stripPossessive,
  type Token,
  tokenize,
} from './tokens';
import type { Block, Entity, EntityType } from './types';

export interface SentenceRef {
  block: number;
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  /** Entity id. */
  entity: string;
  /** Index into the sentences given. */
  sentence: number;
  block: number;
  /** Offsets into the block text, end exclusive; possessive ending included when written. */
  start: number;
  end: number;
  text: string;
  /** Written as a possessive ("Azerbaijan’s"): an owner, not an actor. */
  possessive?: boolean;
  /** A demonym or adjective form ("Azerbaijani soldiers", "NATO-led"). */
  adjective?: boolean;
  /** Role given at this mention ("Kremlin spokesperson"). */
  role?: string;
}

export interface EntityFinding {
  entities: Entity[];
  mentions: Mention[];
  /** The block texts the refs point into, when known: voice finds quotations in them. */
  blockTexts?: string[];
}

type Kind = EntityType | 'unknown';

/** What the whole text says about words: seen in lower case; capitalised away from sentence starts. */
interface DocWords {
  lower: Set<string>;
  midCaps: Set<string>;
}

/** One capitalised name as found, before linking. */
interface Candidate {
  sentence: number;
  block: number;
  start: number;
  end: number;
  text: string;
  /** Name words, possessive stripped. */
  words: string[];
  kind: Kind;
  /** Canonical name when the form is a known one ("Azerbaijani" -> "Azerbaijan"). */
  canonical?: string;
  role?: string;
  possessive: boolean;
  adjective: boolean;
  /** Alias to record besides the name (a trailing acronym: "... Agency AZERTAC"). */
  alias?: string;
  /** Context cues for typing single unknown words. */
  locative: boolean;
  speechAfter: boolean;
  /** Right after "in", "across", "near" ... */
  inPlace?: boolean;
  /** Right after "the". */
  afterThe?: boolean;
  /** A single word that opens its sentence and is capitalised nowhere else. */
  initialOnly?: boolean;
}

// Name particles kept inside a person's name ("Ursula von der Leyen", "Bashar al-Assad").
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'bin',
  'ibn',
  'el',
]);
// Joiners kept inside organisation and title names ("Council of Europe", "Secretary of State").
const ORG_JOINERS = new Set(['of', 'for', 'on']);
const LOCATIVE = new Set([
  'in',
  'to',
  'from',
  'at',
  'across',
  'near',
  'into',
  'toward',
  'towards',
  'via',
  'around',
  'throughout',
  'within',
  'outside',
  'visited',
  'visit',
  'visiting',
]);
// Words a title-case headline leaves in lower case.
const TITLE_LOWER = new Set(
  'a an and as at but by for from in into nor of on onto or over per the to up upon via vs vs. with'.split(
    ' ',
  ),
);
// Words that introduce a name rather than open a sentence before it ("The Guardian", "His Majesty").
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);
const POSSESSIVE = /\p{L}['’]s$/iu;
// Prepositions after which a multi-word name is a place.
const IN_PLACE = new Set(['in', 'across', 'near', 'throughout', 'outside', 'within', 'around']);
const OPENING = /[\s“"‘'([{—–\-:]/;

/** People, places and organisations named in the blocks, with every mention. */
export function findEntities(blocks: Block[], sentences: SentenceRef[]): EntityFinding {
  const toks = sentences.map((s) => tokenize(s.text));
  const doc: DocWords = { lower: new Set(), midCaps: new Set() };
  const titleLike = toks.map((ts) => isTitleCase(ts));
  toks.forEach((ts, i) => {
    if (titleLike[i]) return;
    for (const t of ts) {
      if (isLowerInitial(t.text)) doc.lower.add(t.text.toLowerCase());
      else if (!atSentenceStart(sentences[i]!.text, t.start)) doc.midCaps.add(stripPossessive(t.text));
    }
  });

  const candidates: Candidate[] = [];
  sentences.forEach((s, i) => {
    if (!titleLike[i]) candidates.push(...sentenceCandidates(s, i, toks[i]!, doc));
  });
  const linker = new Linker();
  linker.link(candidates);
  sentences.forEach((s, i) => {
    if (titleLike[i]) linker.matchKnown(s, i, toks[i]!);
  });
  const result = linker.result();
  if (blocks.length > 0) result.blockTexts = blocks.map((b) => b.text);
  return result;
}

/**
 * Names in a text outside the article (a related headline), matched only against entities already
 * found and the place/organisation lists. Offsets are into `text`.
 */
export function matchKnownEntities(
  text: string,
  found: EntityFinding,
): { entity: string; name: string; start: number; end: number; text: string }[] {
  const linker = Linker.from(found);
  const ref: SentenceRef = { block: 0, start: 0, end: text.length, text };
  linker.matchKnown(ref, 0, tokenize(text));
  const byId = new Map(linker.result().entities.map((e) => [e.id, e.name]));
  return linker.extra.map((m) => ({
    entity: m.entity,
    name: byId.get(m.entity) ?? m.text,
    start: m.start,
    end: m.end,
    text: m.text,
  }));
}

/** A heading or headline: nearly every longer word capitalised. */
function isTitleCase(ts: Token[]): boolean {
  if (isShouting(ts)) return true;
  let cap = 0;
  for (const t of ts) {
    if (!/^\p{L}/u.test(t.text)) continue;
    if (isCapitalized(t.text)) cap++;
    // Headline style keeps only short function words in lower case: any other lower-case word
    // ("met", "navigates") makes this running text.
    else if (!TITLE_LOWER.has(t.text)) return false;
  }
  return cap >= 3;
}

/** "#Hashtag", "@handle", "pic.twitter.com/U9tULYsk2R": not names. */
function isWebToken(text: string, t: Token): boolean {
  const before = text.charAt(t.start - 1);
  const after = text.charAt(t.end);
  return (
    before === '#' || before === '@' || before === '/' || after === '/' || /\.(?:com|org|net)\b/i.test(t.text)
  );
}

/** Mostly upper-case words ("SCUMBAG SHOOTER LEFT A NOTE"): every word looks like an acronym. */
function isShouting(ts: Token[]): boolean {
  let upper = 0;
  let words = 0;
  for (const t of ts) {
    if (!/^\p{L}/u.test(t.text) || t.text.length < 2) continue;
    words++;
    if (t.text === t.text.toUpperCase()) upper++;
  }
  return words >= 3 && upper * 2 > words;
}

function isNameWord(t: string): boolean {
  return isCapitalized(t) && !/-\p{Ll}/u.test(t);
}

/** "NATO-led", "Russian-backed", "Western-oriented": a name used as the first half of an adjective. */
function hyphenHead(t: string): string | undefined {
  const m = /^(\p{Lu}[\p{L}.]*)-\p{Ll}/u.exec(t);
  return m?.[1];
}

function sentenceCandidates(s: SentenceRef, index: number, ts: Token[], doc: DocWords): Candidate[] {
  const out: Candidate[] = [];
  const text = s.text;
  let i = 0;
  while (i < ts.length) {
    const head = hyphenHead(ts[i]!.text);
    if (head) {
      const c = classifyRun(s, index, ts, i, i + 1, doc, head);
      if (c) out.push(...c);
      i++;
      continue;
    }
    if (!isNameWord(ts[i]!.text) || isWebToken(text, ts[i]!)) {
      i++;
      continue;
    }
    // Grow the run over adjacent capitalised words, particles and organisation joiners.
    let j = i + 1;
    while (j < ts.length) {
      const prev = ts[j - 1]!;
      if (POSSESSIVE.test(prev.text)) break;
      if (!spaceOnly(text, prev.end, ts[j]!.start)) break;
      const t = ts[j]!.text;
      if (isNameWord(t) && !isWebToken(text, ts[j]!)) {
        j++;
        continue;
      }
      // Particles, possibly several ("von der Leyen"), followed by a name word.
      let p = j;
      while (p < ts.length && PARTICLES.has(ts[p]!.text) && spaceOnly(text, ts[p - 1]!.end, ts[p]!.start))
        p++;
      if (
        p > j &&
        p < ts.length &&
        isNameWord(ts[p]!.text) &&
        spaceOnly(text, ts[p - 1]!.end, ts[p]!.start)
      ) {
        j = p + 1;
        continue;
      }
      const next = ts[j + 1]!;
      const joinable = next && isNameWord(next.text) && spaceOnly(text, ts[j]!.end, next.start);
      if (joinable && ORG_JOINERS.has(t) && runHasCue(ts, i, j) && !CALENDAR.has(next.text.toLowerCase())) {
        j += 2;
        continue;
      }
      break;
    }
    const c = classifyRun(s, index, ts, i, j, doc);
    if (c) out.push(...c);
    i = j;
  }
  return out;
}

function spaceOnly(text: string, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let k = a; k < b; k++) if (text.charAt(k) !== ' ' && text.charAt(k) !== '\u00a0') return false;
  return b > a;
}

function runHasCue(ts: Token[], i: number, j: number): boolean {
  const titles = roleTitles();
  for (let k = i; k < j; k++) {
    const w = stripPossessive(ts[k]!.text);
    if (ORG_CUE_WORDS.has(w) || titles.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Turns the run ts[i..j) into zero or more candidates (a title's qualifier may name an org). */
function classifyRun(
  s: SentenceRef,
  index: number,
  ts: Token[],
  i: number,
  j: number,
  doc: DocWords,
  hyphenWord?: string,
): Candidate[] | undefined {
  const text = s.text;
  // Drop capitalised function words and calendar words at the start of the run, and a
  // sentence-opening word that is ordinary English elsewhere ("Addressing", "Critics").
  // A word after a dropped sentence opener opens the name run ("Sometimes Need: ..."), so it is
  // judged as a sentence start too.
  let opener = false;
  while (i < j) {
    const w = hyphenWord ?? stripPossessive(ts[i]!.text);
    const lw = w.toLowerCase();
    const known = knownNames().has(lw);
    // "I've", "We're", "Don't": a contraction of a function word.
    const contracted = lw.split(/['’]/)[0]!;
    if (
      !isAcronym(w) &&
      (FUNCTION_WORDS.has(lw) || CALENDAR.has(lw) || (contracted !== lw && FUNCTION_WORDS.has(contracted)))
    ) {
      // "Sometimes Need", "Also Critics": an adverb opener; "The Guardian" keeps its article.
      if (!DETERMINERS.has(lw) && (opener || atSentenceStart(text, ts[i]!.start))) opener = true;
      i++;
    } else if (
      (opener || atSentenceStart(text, ts[i]!.start)) &&
      !known &&
      (doc.lower.has(lw) || UNNAMED_SOURCES[lw] !== undefined || (/(?:ly|ing|ed)$/.test(lw) && lw.length > 4))
    ) {
      i++;
      opener = true;
    } else break;
  }
  if (i >= j) return undefined;
  const last = ts[j - 1]!;
  const possessive = !hyphenWord && POSSESSIVE.test(last.text);
  const words = ts
    .slice(i, j)
    .map((t, k) => (hyphenWord ? hyphenWord : k === j - i - 1 ? stripPossessive(t.text) : t.text));
  const locative = LOCATIVE.has(prevWord(ts, i, text)?.toLowerCase() ?? '');
  const lemma = !possessive && j < ts.length ? speechLemma(ts[j]!.text) : undefined;
  // A verb of saying after a lone capitalised word shows it names a source ("Stoltenberg commended"),
  // unless the verb doubles as a noun ("Article posted ...").
  const speechAfter = lemma !== undefined && !SPEECH_WEAK.has(lemma);
  const mk = (a: number, b: number, ws: string[], extra: Partial<Candidate>): Candidate => {
    const c: Candidate = {
      sentence: index,
      block: s.block,
      possessive,
      adjective: !!hyphenWord,
      locative,
      speechAfter,
      start: s.start + ts[a]!.start,
      end: s.start + (hyphenWord ? ts[a]!.start + hyphenWord.length : ts[b - 1]!.end),
      text: hyphenWord ?? text.slice(ts[a]!.start, ts[b - 1]!.end),
      words: ws,
      kind: 'unknown',
    };
    return Object.assign(c, extra);
  };

  // A title inside the run: "NATO Secretary General Jens Stoltenberg", "President Ilham Aliyev".
  const title = lastTitle(words);
  if (title && title.end < words.length && isPersonShape(words.slice(title.end))) {
    const out: Candidate[] = [];
    const roleText = title.honorific ? undefined : text.slice(ts[i]!.start, ts[i + title.end - 1]!.end);
    const role = roleText && TITLE_ABBREVIATIONS[roleText] ? TITLE_ABBREVIATIONS[roleText] : roleText;
    if (title.start > 0) {
      const q = classifyName(words.slice(0, title.start), false);
      if (q && q.kind !== 'unknown')
        out.push(
          mk(i, i + title.start, words.slice(0, title.start), { ...q, possessive: false, adjective: true }),
        );
    }
    const a = i + title.end;
    out.push(mk(a, j, words.slice(title.end), { kind: 'person', role }));
    return out;
  }

  // A lower-case role before the run: "Kremlin spokesperson Dmitry Peskov", "foreign minister X".
  const before = roleBefore(ts, i, text);
  if (before && isPersonShape(words)) {
    const role = text.slice(ts[before.from]!.start, ts[i - 1]!.end);
    return [mk(i, j, words, { kind: 'person', role })];
  }

  const prev = prevWord(ts, i, text)?.toLowerCase() ?? '';
  const c = classifyName(words, !hyphenWord && prev === 'the', IN_PLACE.has(prev));
  if (!c) return undefined;
  const cand = mk(i, j, words, c);
  if (prev === 'the') cand.afterThe = true;
  if (IN_PLACE.has(prev)) cand.inPlace = true;
  if (words.length === 1 && atSentenceStart(text, ts[i]!.start) && !doc.midCaps.has(words[0]!))
    cand.initialOnly = true;
  if (cand.kind === 'person' && !possessive)
    cand.role = appositionRole(ts, j, text) ?? roleBeforeComma(ts, i, j, text);
  return [cand];
}

/** "Iran's foreign minister, Abbas Araghchi, said": a role phrase, a comma, then the name. */
function roleBeforeComma(ts: Token[], i: number, j: number, text: string): string | undefined {
  if (i === 0 || text.slice(ts[i - 1]!.end, ts[i]!.start).trim() !== ',') return undefined;
  // The name must itself be closed by a comma or the end: an apposition, not a list item.
  if (!/^\s*(?:,|[.!?;]|$)/.test(text.slice(ts[j - 1]!.end, ts[j - 1]!.end + 3))) return undefined;
  const titles = roleTitles();
  const end = i - 1;
  let n = 0;
  for (let len = 3; len >= 1 && !n; len--) {
    if (end - len + 1 < 0) continue;
    const phrase = ts
      .slice(end - len + 1, end + 1)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    if (titles.has(phrase) && !UNNAMED_SOURCES[phrase]) n = len;
  }
  if (!n) return undefined;
  // Qualifiers back to the start of the clause: "Iran's foreign", "the country's top".
  let from = end - n + 1;
  while (from > 0 && end - from < 6 && spaceOnly(text, ts[from - 1]!.end, ts[from]!.start)) {
    const w = ts[from - 1]!.text.toLowerCase();
    if (/^(?:the|a|an|and|but|said|says|while)$/.test(w) || speechLemma(w)) break;
    from--;
  }
  return text.slice(ts[from]!.start, ts[end]!.end);
}

function atSentenceStart(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) if (!OPENING.test(text.charAt(k))) return false;
  return true;
}

function prevWord(ts: Token[], i: number, text: string): string | undefined {
  if (i === 0) return undefined;
  return spaceOnly(text, ts[i - 1]!.end, ts[i]!.start) ? ts[i - 1]!.text : undefined;
}

/** The last title or honorific in the run, as word indexes [start, end). */
function lastTitle(words: string[]): { start: number; end: number; honorific: boolean } | undefined {
  const titles = roleTitles();
  let found: { start: number; end: number; honorific: boolean } | undefined;
  for (let k = 0; k < words.length; ) {
    if (HONORIFICS.has(words[k]!)) {
      found = { start: k, end: k + 1, honorific: true };
      k++;
      continue;
    }
    if (TITLE_ABBREVIATIONS[words[k]!]) {
      found = { start: k, end: k + 1, honorific: false };
      k++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(4, words.length - k); n >= 1; n--) {
      if (
        titles.has(
          words
            .slice(k, k + n)
            .join(' ')
            .toLowerCase(),
        )
      ) {
        matched = n;
        break;
      }
    }
    if (matched) {
      // A title run keeps growing ("Deputy Foreign Minister"): extend an adjacent previous title.
      const start = found && found.end === k && !found.honorific ? found.start : k;
      found = { start, end: k + matched, honorific: false };
      k += matched;
    } else k++;
  }
  return found;
}

/** Lower-case role words right before the run, and where the role phrase (with qualifier) starts. */
function roleBefore(ts: Token[], i: number, text: string): { from: number } | undefined {
  const titles = roleTitles();
  for (let n = 3; n >= 1; n--) {
    const a = i - n;
    if (a < 0) continue;
    let ok = true;
    for (let k = a; k < i; k++)
      if (!isLowerInitial(ts[k]!.text) || !spaceOnly(text, ts[k]!.end, ts[k + 1]!.start)) ok = false;
    if (!ok) continue;
    if (
      !titles.has(
        ts
          .slice(a, i)
          .map((t) => t.text.toLowerCase())
          .join(' '),
      )
    )
      continue;
    // Qualifier: capitalised words or a possessive right before ("Kremlin", "Russia’s").
    let from = a;
    while (from > 0 && from > a - 4 && spaceOnly(text, ts[from - 1]!.end, ts[from]!.start)) {
      const w = ts[from - 1]!.text;
      if (isCapitalized(w) && !FUNCTION_WORDS.has(w.toLowerCase())) from--;
      else break;
    }
    return { from };
  }
  return undefined;
}

/** ", the Kremlin spokesman," after a name: the apposition's role, if it has a role word. */
function appositionRole(ts: Token[], j: number, text: string): string | undefined {
  if (j >= ts.length || text.slice(ts[j - 1]!.end, ts[j]!.start).trim() !== ',') return undefined;
  // "Olaf Scholz, who met the envoy, said": a relative clause is no role.
  if (/^(?:who|whose|which|that|where|when|whom)$/i.test(ts[j]!.text)) return undefined;
  // A role apposition starts like a noun phrase: "the Kremlin spokesman", "a senator", "NATO’s chief".
  if (!/^(?:the|a|an)$/i.test(ts[j]!.text) && !isCapitalized(ts[j]!.text)) return undefined;
  const titles = roleTitles();
  let hasRole = false;
  for (let k = j; k < ts.length && k < j + 8; k++) {
    const w = ts[k]!.text.toLowerCase();
    const w2 = k + 1 < ts.length ? `${w} ${ts[k + 1]!.text.toLowerCase()}` : '';
    if (titles.has(w) || titles.has(w2)) hasRole = true;
    const after = text.slice(ts[k]!.end, k + 1 < ts.length ? ts[k + 1]!.start : text.length);
    if (/[,;:.)]/.test(after) || k + 1 === ts.length) {
      if (!hasRole) return undefined;
      return text.slice(ts[j]!.start, ts[k]!.end).replace(/^(?:the|a|an)\s+/i, '');
    }
  }
  return undefined;
}

/** Capitalised words that look like a personal name: no acronyms, cue words or known places. */
function isPersonShape(words: string[]): boolean {
  if (words.length === 0 || words.length > 5) return false;
  const known = knownNames();
  if (known.has(words.join(' ').toLowerCase())) return false;
  return words.every(
    (w) =>
      PARTICLES.has(w) ||
      (isCapitalized(w) &&
        (!isAcronym(w) || /^\p{Lu}\.$/u.test(w)) &&
        !ORG_CUE_WORDS.has(w) &&
        !(words.length > 1 && REGION_PREFIXES.has(w)) &&
        !FUNCTION_WORDS.has(w.toLowerCase())),
  );
}

/** Type of a name without a title, or undefined when it is not a name at all. */
function classifyName(
  words: string[],
  afterThe: boolean,
  inPlace = false,
): { kind: Kind; canonical?: string; alias?: string; adjective?: boolean } | undefined {
  const key = words.join(' ');
  const known = knownNames().get(key.toLowerCase());
  if (known)
    return { kind: known.type, canonical: known.name, ...(known.demonym ? { adjective: true } : {}) };
  if (words.length === 1) {
    const w = words[0]!;
    if (ORG_CUE_WORDS.has(w) || REGION_PREFIXES.has(w) || NOT_NAMES.has(w)) return undefined; // "the Alliance", "Western", "Islamic"
    // A bare title ("the Pope", "the Rev.") names no one by itself.
    if (roleTitles().has(w.toLowerCase()) || TITLE_ABBREVIATIONS[w] || HONORIFICS.has(w)) return undefined;
    if (isAcronym(w)) return NON_ORG_ACRONYMS.has(w) ? undefined : { kind: 'organization' };
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
  if (words.some((w) => isAcronym(w) && !/^\p{Lu}\.$/u.test(w))) return { kind: 'organization' };
  if (words.some((w) => knownNames().has(w.toLowerCase()))) return { kind: 'organization' };
  if (afterThe) return { kind: 'organization' };
  // "in New England", "across West Bengal": people are rarely "in" someone.
  if (inPlace) return { kind: 'place' };
  // Words of institutions' names ("Urban Development", "Homeland Security") are no personal names.
  if (words.some((w) => ORG_NOUNS.has(w))) return { kind: 'organization' };
  return isPersonShape(words) ? { kind: 'person' } : { kind: 'organization' };
}

interface Building {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  role?: string;
  mentions: Mention[];
  /** Lower-cased forms that refer to it, for linking and for title-case lines. */
  forms: Set<string>;
  /** Sentence of the latest mention linked so far. */
  lastSentence: number;
  /** Mentions right after "in", "across", ...: a "person" named mostly so is a place. */
  inPlace: number;
}

/** Turns candidates into entities: canonical names, surname and acronym links, stable ids. */
class Linker {
  private byKey = new Map<string, Building>();
  private order: Building[] = [];
  /** Mentions added by matchKnown on outside text (related headlines). */
  extra: Mention[] = [];
  private mentions: Mention[] = [];
  private ids = new Set<string>();
  private surnames = new Map<string, Building[]>();
  private initials = new Map<string, Building>();

  static from(found: EntityFinding): Linker {
    const l = new Linker();
    for (const e of found.entities) {
      const b: Building = {
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: new Set(e.aliases),
        role: e.role,
        mentions: [],
        forms: new Set([e.name, ...e.aliases].map((a) => stripPossessive(a).toLowerCase())),
        lastSentence: -1,
        inPlace: 0,
      };
      l.order.push(b);
      l.ids.add(b.id);
      l.index(b);
      for (const f of b.forms) if (!l.byKey.has(f)) l.byKey.set(f, b);
    }
    return l;
  }

  link(cands: Candidate[]): void {
    // Full names first, so that single words ("Stoltenberg", "AZERTAC") can link to them.
    // Single words ("Stoltenberg", "EU", "Mr. Smith") wait until every full name is known.
    const multi = cands.filter((c) => c.canonical || c.words.length > 1);
    const pending = new Map<Candidate, Building>();
    for (const c of multi) {
      pending.set(
        c,
        this.entityFor(c.canonical ?? c.words.join(' '), c.kind === 'unknown' ? 'organization' : c.kind),
      );
    }
    for (const c of cands) {
      const b = pending.get(c) ?? this.linkSingle(c);
      if (b) this.addMention(b, c);
    }
  }

  private surnameOwner(c: Candidate): Building | undefined {
    const people = this.surnames.get(c.words[0]!);
    if (!people) return undefined;
    // Prefer the person named most recently before this sentence, else the first one.
    let found: Building | undefined;
    for (const b of people) {
      if (b.type !== 'person' || b.name.split(' ').pop() !== c.words[0]) continue;
      if (!found || (b.lastSentence <= c.sentence && b.lastSentence > found.lastSentence)) found = b;
    }
    return found;
  }

  private linkSingle(c: Candidate): Building | undefined {
    const w = c.words.join(' ');
    const owner = this.surnameOwner(c);
    if (owner) return owner;
    const same = this.byKey.get(w.toLowerCase());
    if (same) return same;
    const byInitials = this.initials.get(w);
    if (byInitials) return byInitials;
    // A capitalised word seen only at sentence starts, with no other evidence, is ordinary English
    // ("Prices rose ..."), not a name.
    if (c.initialOnly && c.kind === 'unknown' && !c.speechAfter) return undefined;
    let type: EntityType;
    if (c.kind !== 'unknown') type = c.kind;
    else if (c.role) type = 'person';
    else if (c.locative) type = 'place';
    else if (c.speechAfter) type = 'person';
    // "the Guardian", "the Pentagon": people do not take an article.
    else if (c.afterThe) type = 'organization';
    // A plain capitalised word alone is most often a surname in news ("Obama’s", "Haley");
    // CamelCase and all-capitals words are brands and bodies ("HuffPost", "JCPOA").
    else type = /^\p{Lu}\p{Ll}+$/u.test(w) ? 'person' : 'organization';
    return this.entityFor(w, type);
  }

  private entityFor(name: string, type: EntityType): Building {
    const key = name.toLowerCase();
    const have = this.byKey.get(key);
    if (have) return have;
    let id = slugify(name) || 'entity';
    if (this.ids.has(id)) id = `${id}-${type}`;
    for (let n = 2; this.ids.has(id); n++) id = `${slugify(name) || 'entity'}-${type}-${n}`;
    this.ids.add(id);
    const b: Building = {
      id,
      name,
      type,
      aliases: new Set(),
      mentions: [],
      forms: new Set([key]),
      lastSentence: -1,
      inPlace: 0,
    };
    this.byKey.set(key, b);
    this.order.push(b);
    this.index(b);
    return b;
  }

  /** Surname and acronym indexes, so linking stays linear in the number of mentions. */
  private index(b: Building): void {
    const parts = b.name.split(' ');
    if (b.type === 'person' && parts.length > 1) {
      const last = parts[parts.length - 1]!;
      const list = this.surnames.get(last);
      if (!list) this.surnames.set(last, [b]);
      else if (!list.includes(b)) list.push(b);
    }
    if (b.type === 'organization' && parts.length > 1) {
      const abbr = initials(b.name);
      if (abbr.length > 1 && !this.initials.has(abbr)) this.initials.set(abbr, b);
    }
  }

  private addMention(b: Building, c: Candidate): void {
    const m: Mention = {
      entity: b.id,
      sentence: c.sentence,
      block: c.block,
      start: c.start,
      end: c.end,
      text: c.text,
    };
    if (c.possessive) m.possessive = true;
    if (c.adjective) m.adjective = true;
    if (c.role) {
      m.role = c.role;
      b.role ??= c.role;
    }
    // A longer personal name replaces a shorter one ("Aliyev" then "Ilham Aliyev").
    const written = c.words.join(' ');
    if (b.type === 'person' && written.length > b.name.length && written.endsWith(b.name)) {
      b.aliases.add(b.name);
      b.name = written;
      this.index(b);
    }
    if (c.text !== b.name) b.aliases.add(c.text);
    if (c.alias) {
      b.aliases.add(c.alias);
      this.addForm(b, c.alias);
    }
    this.addForm(b, written);
    if (b.type === 'person') {
      const parts = b.name.split(' ');
      if (parts.length > 1) this.addForm(b, parts[parts.length - 1]!);
    }
    this.mentions.push(m);
    b.mentions.push(m);
    b.lastSentence = c.sentence;
    if (c.inPlace) b.inPlace++;
  }

  private addForm(b: Building, form: string): void {
    const f = form.toLowerCase();
    b.forms.add(f);
    if (!this.byKey.has(f)) this.byKey.set(f, b);
  }

  /** Title-case line: only names already known (or on the lists), longest match first. */
  matchKnown(s: SentenceRef, index: number, ts: Token[]): void {
    const known = knownNames();
    const allCaps = isShouting(ts);
    for (let i = 0; i < ts.length; ) {
      let matched = 0;
      for (let n = Math.min(5, ts.length - i); n >= 1 && !matched; n--) {
        let ok = true;
        for (let k = i; k < i + n; k++) {
          if (!isCapitalized(ts[k]!.text)) ok = false;
          if (k > i && !spaceOnly(s.text, ts[k - 1]!.end, ts[k]!.start)) ok = false;
        }
        if (!ok) continue;
        const words = ts.slice(i, i + n).map((t) => t.text);
        words[n - 1] = stripPossessive(words[n - 1]!);
        const form = words.join(' ');
        let b = this.byKey.get(form.toLowerCase());
        if (!b) {
          const k = known.get(form.toLowerCase());
          if (k) b = this.entityFor(k.name, k.type);
          else if (n === 1 && !allCaps && isAcronym(form) && !NON_ORG_ACRONYMS.has(form))
            b = this.entityFor(form, 'organization');
        }
        if (!b) continue;
        matched = n;
        const text = s.text.slice(ts[i]!.start, ts[i + n - 1]!.end);
        const m: Mention = {
          entity: b.id,
          sentence: index,
          block: s.block,
          start: s.start + ts[i]!.start,
          end: s.start + ts[i + n - 1]!.end,
          text,
        };
        if (/\p{L}['’]s$/iu.test(text)) m.possessive = true;
        if (text !== b.name) b.aliases.add(text);
        this.mentions.push(m);
        this.extra.push(m);
        b.mentions.push(m);
      }
      i += matched || 1;
    }
  }

  result(): EntityFinding {
    const entities: Entity[] = this.order
      .filter((b) => b.mentions.length > 0)
      .map((b) => {
        b.aliases.delete(b.name);
        const sentences = [...new Set(b.mentions.map((m) => m.sentence))].sort((x, y) => x - y);
        // "in Puerto Rico" again and again: a place, whatever its name looked like.
        const type = b.type === 'person' && !b.role && b.inPlace * 2 >= b.mentions.length ? 'place' : b.type;
        const e: Entity = {
          id: b.id,
          name: b.name,
          type,
          aliases: [...b.aliases],
          mentions: b.mentions.length,
          sentences,
          tone: { outlet: { score: 0, mentions: 0 }, quoted: { score: 0, mentions: 0 } },
        };
        if (b.role) e.role = b.role;
        return e;
      });
    // Most mentioned first; ties in order of first appearance (sentence, then block offset).
    const first = new Map<string, number>();
    for (const b of this.order) {
      let at = Number.POSITIVE_INFINITY;
      for (const m of b.mentions) at = Math.min(at, m.sentence * 1e7 + m.start);
      first.set(b.id, at);
    }
    entities.sort((a, b) => b.mentions - a.mentions || first.get(a.id)! - first.get(b.id)!);
    const mentions = [...this.mentions].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    return { entities, mentions };
  }
}

/** "European Union" -> "EU", "North Atlantic Treaty Organization" -> "NATO". */
function initials(name: string): string {
  return name
    .split(' ')
    .filter((w) => isCapitalized(w))
    .map((w) => w[0])
    .join('');
}
