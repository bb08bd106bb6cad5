/**
 * Voice: who says each sentence. The outlet, unless the sentence is a direct quotation (straight or
 * curly quotes, possibly spanning sentences, with its speaker before or after), reported speech with
 * a verb of saying whose subject is a source ("Stoltenberg commended", "with Peskov accusing",
 * "critics say", "according to officials"), or a pronoun that carries the last named speaker on
 * ("He lauded ..."). A verb with no source as subject ("Stoltenberg visited Armenia") stays the
 * outlet's report of a fact.
 */
import type { EntityFinding, Mention, SentenceRef } from './entities';
import { roleTitles } from './names/gazetteer';
import { speechLemma, UNNAMED_SOURCES } from './names/speech';
import { findQuotes, type QuoteSpan } from './quotes';
import { isCapitalized, type Token, tokenize } from './tokens';
import type { Attribution, Entity, Voice } from './types';

export interface VoiceFinding {
  voice: Voice;
  /** Sentence-relative spans that are direct quotation. */
  quoted: { start: number; end: number }[];
  /** Sentence-relative span of the verb of saying / attribution cue, if any. */
  saying?: { start: number; end: number; verb: string };
}

/** What a clause says about its speaker, before pronouns are resolved. */
interface Found {
  speaker?: string;
  entity?: Entity;
  role?: string;
  pronoun?: 'person' | 'plural';
  unnamed?: boolean;
  /** Unnamed source in the plural ("officials"): "they" can refer back to it. */
  plural?: boolean;
  /** A definite role ("the secretary-general") standing for the last person, like a pronoun. */
  definite?: boolean;
  /** The pronoun as written, and where ("she"). */
  pronounText?: string;
  pronounAt?: number;
  /** Speaker as written when it is more than the entity's name ("Franken's office"). */
  display?: string;
  via: Attribution['via'];
  verb: string;
  start: number;
  end: number;
}

// An unresolved pronoun shown as the speaker; never an antecedent for the next one.
const PRONOUNS_SHOWN = new Set(['he', 'she', 'they']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const PLURAL_PRONOUNS = new Set(['they']);
// Words allowed between a subject and its verb: auxiliaries and adverbs ("he also warned",
// "Stoltenberg has repeatedly said", "officials had earlier denied").
const FILLERS = new Set([
  'also',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'may',
  'might',
  'later',
  'then',
  'again',
  'previously',
  'earlier',
  'once',
  'further',
  'not',
  'never',
  'did',
  'does',
  'do',
  'been',
  'being',
  'even',
  'still',
  'already',
  'too',
  'however',
]);
const PREPOSITIONS = new Set([
  'with',
  'of',
  'in',
  'on',
  'at',
  'to',
  'from',
  'for',
  'by',
  'about',
  'between',
  'against',
  'amid',
  'amidst',
  'among',
  'into',
  'over',
  'under',
  'towards',
  'toward',
  'than',
  'like',
  'during',
  'after',
  'before',
  'across',
  'via',
]);
// Time phrases allowed between subject and verb ("Franken on Thursday denied").
const TIME_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week ' +
    'month year weekend today yesterday tonight'
  ).split(' '),
);
const TIME_LEADS = new Set(['on', 'last', 'this', 'late', 'early', 'next', 'earlier']);
// Who speaks for an owner: "Franken's office said", "the Kremlin spokesman said".
const OWNED_SPEAKERS = new Set([
  'office',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'campaign',
  'team',
  'aide',
  'aides',
  'government',
  'ministry',
  'administration',
  'statement',
  'representatives',
  'officials',
  'leadership',
]);
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'every',
  'each',
  'no',
]);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'some',
  'many',
  'several',
  'two',
  'three',
  'other',
  'most',
  'few',
]);

/** One VoiceFinding per sentence, in order. */
export function attributeVoices(sentences: SentenceRef[], found: EntityFinding): VoiceFinding[] {
  const byId = new Map(found.entities.map((e) => [e.id, e]));
  const bySentence = new Map<number, Mention[]>();
  for (const m of found.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const quotesByBlock = blockQuotes(sentences, found.blockTexts);
  const blockSentences = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const list = blockSentences.get(s.block);
    if (list) list.push(i);
    else blockSentences.set(s.block, [i]);
  });
  const ctx: Context = {
    sentences,
    byId,
    bySentence,
    blockSentences,
    last: undefined,
    lastPlural: false,
    lastPerson: undefined,
  };
  const out: VoiceFinding[] = [];
  sentences.forEach((s, i) => {
    const quotes = quotesByBlock.get(s.block) ?? [];
    const quoted = quotedSpans(s, quotes);
    const finding = attribute(s, i, quoted, quotes, ctx);
    out.push(finding);
    if (typeof finding.voice !== 'string' && !PRONOUNS_SHOWN.has(finding.voice.speaker)) {
      ctx.last = finding.voice;
      ctx.lastPlural =
        finding.voice.via === 'unnamed' && isPlural(finding.voice.speaker.split(' ').pop() ?? '');
    }
    for (const m of bySentence.get(i) ?? []) {
      const e = byId.get(m.entity);
      if (e?.type === 'person') ctx.lastPerson = e;
    }
  });
  return out;
}

interface Context {
  sentences: SentenceRef[];
  byId: Map<string, Entity>;
  bySentence: Map<number, Mention[]>;
  /** Sentence indexes of each block, in order. */
  blockSentences: Map<number, number[]>;
  /** Last speaker (named or unnamed). */
  last: Attribution | undefined;
  /** Whether that last speaker is an unnamed group ("officials"). */
  lastPlural: boolean;
  /** Last person mentioned at all (fallback for a pronoun with no named speaker yet). */
  lastPerson: Entity | undefined;
}

/**
 * Quotations per block, in the block texts when given (line breaks matter: they end an unclosed
 * quote), else in texts rebuilt from the sentence refs with gaps as spaces.
 */
function blockQuotes(sentences: SentenceRef[], texts?: string[]): Map<number, QuoteSpan[]> {
  const parts = new Map<number, SentenceRef[]>();
  for (const s of sentences) {
    const list = parts.get(s.block);
    if (list) list.push(s);
    else parts.set(s.block, [s]);
  }
  const out = new Map<number, QuoteSpan[]>();
  for (const [block, list] of parts) {
    const given = texts?.[block];
    if (given !== undefined && list.every((r) => given.slice(r.start, r.end) === r.text)) {
      out.set(block, findQuotes(given));
      continue;
    }
    const pieces: string[] = [];
    let length = 0;
    for (const s of list) {
      if (s.start < length) continue; // overlapping refs: keep the first
      pieces.push(' '.repeat(s.start - length), s.text);
      length = s.start + s.text.length;
    }
    out.set(block, findQuotes(pieces.join('')));
  }
  return out;
}

function quotedSpans(s: SentenceRef, quotes: QuoteSpan[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Quotes are in order and disjoint: binary search the first that ends after the sentence starts.
  for (let k = firstEndingAfter(quotes, s.start); k < quotes.length; k++) {
    const q = quotes[k]!;
    if (q.start >= s.end) break;
    out.push({ start: Math.max(q.start, s.start) - s.start, end: Math.min(q.end, s.end) - s.start });
  }
  return out;
}

function firstEndingAfter(quotes: QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function attribute(
  s: SentenceRef,
  index: number,
  quoted: { start: number; end: number }[],
  quotes: QuoteSpan[],
  ctx: Context,
): VoiceFinding {
  const ts = tokenize(s.text);
  const mentions = ctx.bySentence.get(index) ?? [];
  const inQuote = (t: Token) => quoted.some((q) => t.start >= q.start && t.end <= q.end);
  const share = quotedShare(s.text, quoted);

  let f = findInClause(s, ts, mentions, ctx, inQuote);
  if (share >= 0.6 || (f && clauseQuote(s.text, quoted))) {
    // Mostly a direct quotation: its speaker may stand in another sentence of the same quote.
    if (!f) f = quoteSpeaker(s, quotes, ctx);
    if (f) f.via = f.via === 'continuation' ? 'continuation' : 'quote';
    else if (ctx.last) {
      return { voice: { ...ctx.last, via: 'continuation' }, quoted };
    } else {
      return { voice: { speaker: 'an unnamed source', via: 'quote' }, quoted };
    }
  }
  if (!f) return { voice: 'outlet', quoted };
  const prevRef = index > 0 ? ctx.sentences[index - 1] : undefined;
  const group =
    f.pronoun === 'plural' && f.pronounAt !== undefined
      ? groupBefore(
          ts,
          f.pronounAt,
          prevRef && prevRef.block === s.block ? tokenize(prevRef.text) : undefined,
        )
      : undefined;
  const voice = resolve(f, ctx, group);
  if (!voice) return { voice: 'outlet', quoted };
  if (f.start < 0) return { voice, quoted }; // the verb stands in another sentence of the quote
  return { voice, quoted, saying: { start: f.start, end: f.end, verb: f.verb } };
}

/**
 * A quotation standing as a clause of its own: it opens the sentence (`"We will not back down,"
 * X said`) or follows a colon or comma (`X said: "..."`), unlike a phrase quoted inside the outlet's
 * own clause (`X called the merger "a disaster"`).
 */
function clauseQuote(text: string, quoted: { start: number; end: number }[]): boolean {
  return quoted.some(
    (q) =>
      q.end - q.start > 4 &&
      (q.start === 0 || /[:,]\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start))),
  );
}

function quotedShare(text: string, quoted: { start: number; end: number }[]): number {
  let total = 0;
  let inside = 0;
  for (let i = 0; i < text.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(i))) continue;
    total++;
    if (quoted.some((q) => i >= q.start && i < q.end)) inside++;
  }
  return total ? inside / total : 0;
}

/**
 * Pronouns -> the last speaker that fits ("he"/"she": a person or one unnamed source; "they": a group,
 * an organisation or unnamed sources), else the pronoun itself: a reported statement stays attributed
 * even when we cannot name its source. Entities -> display name and role.
 */
function resolve(f: Found, ctx: Context, groupNearby?: string): Attribution | undefined {
  const via = f.via === 'quote' ? 'quote' : f.definite ? 'continuation' : 'pronoun';
  if (f.pronoun === 'person') {
    const last = ctx.last;
    if (last && (isPersonSpeaker(last, ctx) || (last.via === 'unnamed' && isOnePerson(last.speaker))))
      return clean({ ...last, via, verb: f.verb });
    const e = ctx.lastPerson;
    if (e) return clean({ speaker: e.name, entity: e.id, role: e.role, via, verb: f.verb });
    if (f.definite) return clean({ speaker: f.pronounText ?? 'an official', via: 'unnamed', verb: f.verb });
    return clean({ speaker: f.pronounText ?? 'he', via, verb: f.verb });
  }
  if (f.pronoun === 'plural') {
    if (groupNearby) return clean({ speaker: groupNearby, via, verb: f.verb });
    const last = ctx.last;
    if (last && !isPersonSpeaker(last, ctx) && (last.via !== 'unnamed' || ctx.lastPlural))
      return clean({ ...last, via, verb: f.verb });
    return clean({ speaker: 'they', via, verb: f.verb });
  }
  if (f.entity) {
    return clean({
      speaker: f.display ?? f.entity.name,
      entity: f.entity.id,
      role: f.role ?? f.entity.role,
      via: f.via,
      verb: f.verb,
    });
  }
  if (f.speaker) return clean({ speaker: f.speaker, via: f.unnamed ? 'unnamed' : f.via, verb: f.verb });
  return undefined;
}

/** An unnamed group ("officials", "investigators") named before `before` in this or the last sentence. */
function groupBefore(ts: Token[], before: number, prev: Token[] | undefined): string | undefined {
  for (const list of [ts.filter((t) => t.end <= before), prev ?? []]) {
    for (let k = list.length - 1; k >= 0; k--) {
      const w = list[k]!.text.toLowerCase();
      if (UNNAMED_SOURCES[w] && isPlural(w)) return UNNAMED_SOURCES[w];
    }
  }
  return undefined;
}

function isPersonSpeaker(a: Attribution, ctx: Context): boolean {
  return a.entity !== undefined && ctx.byId.get(a.entity)?.type === 'person';
}

function clean(a: Attribution): Attribution {
  const out: Attribution = { speaker: a.speaker, via: a.via };
  if (a.entity) out.entity = a.entity;
  if (a.role) out.role = a.role;
  if (a.verb) out.verb = a.verb;
  return out;
}

/** The attribution in this sentence's own unquoted words, if any. */
function findInClause(
  s: SentenceRef,
  ts: Token[],
  mentions: Mention[],
  ctx: Context,
  inQuote: (t: Token) => boolean,
): Found | undefined {
  const rel = mentions.map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (inQuote(t)) continue;
    const lower = t.text.toLowerCase();
    // "according to X"
    if (lower === 'according' && ts[k + 1]?.text.toLowerCase() === 'to') {
      const f = sourceAfter(s.text, ts, k + 2, rel, ctx);
      if (f)
        return {
          ...f,
          via: f.unnamed ? 'unnamed' : 'according-to',
          verb: 'according to',
          start: t.start,
          end: ts[k + 1]!.end,
        };
      continue;
    }
    const lemma = speechLemma(t.text);
    if (!lemma || isCapitalized(t.text)) continue;
    // "a woman described as ...", "criticised by ...": a passive participle, not a subject speaking.
    const nextWord = ts[k + 1]?.text.toLowerCase();
    if (/ed$/.test(t.text) && (nextWord === 'as' || nextWord === 'by')) continue;
    // "the state party", "a call": after a determiner the word is a noun.
    if (k > 0 && (NOUN_MARKERS.has(ts[k - 1]!.text.toLowerCase()) || /\p{L}['’]s$/u.test(ts[k - 1]!.text)))
      continue;
    // "Bagheri is quoted as saying ...": the subject stands before "quoted".
    const quotedAs =
      lower === 'saying' && k >= 2 && /^as$/i.test(ts[k - 1]!.text) && /^quoted$/i.test(ts[k - 2]!.text);
    const subject = subjectBefore(s.text, ts, quotedAs ? k - 2 : k, rel, ctx);
    if (subject)
      return {
        ...subject,
        via: subject.unnamed ? 'unnamed' : 'indirect',
        verb: t.text,
        start: t.start,
        end: t.end,
      };
    // Inverted: `"...," said Peskov.`
    const gapBefore = k > 0 ? s.text.slice(ts[k - 1]!.end, t.start) : '';
    if (/[,”"]/.test(gapBefore) && INVERTING.has(lemma)) {
      const after = invertedSubject(s.text, ts, k + 1, rel, ctx);
      if (after) return { ...after, via: 'indirect', verb: t.text, start: t.start, end: t.end };
    }
  }
  return undefined;
}

/** The source right before the verb at ts[k]: a named mention, a pronoun or an unnamed-source noun. */
function subjectBefore(
  text: string,
  ts: Token[],
  k: number,
  rel: Mention[],
  ctx: Context,
): Omit<Found, 'via' | 'verb' | 'start' | 'end'> | undefined {
  let j = k - 1;
  while (j >= 0 && onlySpaces(text, ts[j]!.end, ts[j + 1]!.start)) {
    const w = ts[j]!.text.toLowerCase();
    const timeLead = TIME_LEADS.has(w) && j + 1 < k && TIME_WORDS.has(ts[j + 1]!.text.toLowerCase());
    if (FILLERS.has(w) || /ly$/.test(w) || (TIME_WORDS.has(w) && j + 1 === k) || timeLead) j--;
    else if (TIME_WORDS.has(w) && j > 0 && TIME_LEADS.has(ts[j - 1]!.text.toLowerCase())) j--;
    else break;
  }
  if (j < 0) return undefined;
  const prev = ts[j]!;
  if (!onlySpaces(text, prev.end, ts[j + 1]!.start)) {
    // "Dmitry Peskov, the Kremlin spokesman, said": the subject before an apposition.
    return appositionSubject(text, ts, ts[j + 1]!.start, rel, ctx);
  }
  const lw = prev.text.toLowerCase();
  if (PERSON_PRONOUNS.has(lw)) return { pronoun: 'person', pronounText: lw, pronounAt: prev.start };
  if (PLURAL_PRONOUNS.has(lw)) return { pronoun: 'plural', pronounText: lw, pronounAt: prev.start };
  // "The secretary-general later added": a definite role refers back to the last person speaking.
  // (Generic source nouns such as "the official" stay unnamed sources.)
  if (
    roleTitles().has(lw) &&
    UNNAMED_SOURCES[lw] === undefined &&
    j > 0 &&
    /^the$/i.test(ts[j - 1]!.text) &&
    !rel.some((m) => m.end === ts[j - 1]!.end)
  ) {
    const phrase = text.slice(ts[j - 1]!.start, prev.end);
    return {
      pronoun: 'person',
      pronounText: phrase.charAt(0).toLowerCase() + phrase.slice(1),
      definite: true,
    };
  }
  // "Franken's office said", "the Kremlin spokesman said": the owner's entity, the words as written.
  if (OWNED_SPEAKERS.has(lw) && j > 0) {
    const owner = rel.find((x) => x.end === ts[j - 1]!.end && onlySpaces(text, x.end, prev.start));
    const e = owner && ctx.byId.get(owner.entity);
    if (owner && e) {
      const display = text.slice(owner.start, prev.end);
      // (An owner's office has no role of its own; '' keeps the owner's role off it.)
      return { entity: e, display, role: owner.possessive ? '' : display };
    }
  }
  const m = rel.find((x) => x.end === prev.end);
  if (m) {
    if (m.possessive || m.adjective) return undefined;
    let before = ts.findLastIndex((t) => t.end <= m.start);
    // "Proponents of the JCPOA argue": look past a determiner for the preposition.
    if (before > 0 && DETERMINERS.has(ts[before]!.text.toLowerCase())) before--;
    const bw = before >= 0 ? ts[before]!.text.toLowerCase() : '';
    // "engagement with Azerbaijan underscores": an object of a preposition is no subject, except
    // the participial "with X accusing ...".
    // ("A lawyer hired by Minnesota Democrats says": the head noun before it may still be the source.)
    if (PREPOSITIONS.has(bw) && !(bw === 'with' && /ing$/.test(ts[k]!.text)))
      return unnamedEndingAt(text, ts, j, rel, ctx);
    const e = ctx.byId.get(m.entity);
    if (!e) return undefined;
    return { entity: e, role: m.role };
  }
  return unnamedEndingAt(text, ts, j, rel, ctx);
}

function appositionSubject(
  text: string,
  ts: Token[],
  verbStart: number,
  rel: Mention[],
  ctx: Context,
): Omit<Found, 'via' | 'verb' | 'start' | 'end'> | undefined {
  for (let k = rel.length - 1; k >= 0; k--) {
    const m = rel[k]!;
    if (m.end >= verbStart) continue;
    const between = text.slice(m.end, verbStart);
    if (between.length > 90) return undefined;
    // "Ellison’s ex-girlfriend, Karen Monahan, alleged": the name is itself the apposition.
    if (/^\s*,\s*$/.test(between) && /,\s*$/.test(text.slice(0, m.start)) && !m.possessive) {
      const e = ctx.byId.get(m.entity);
      if (e?.type === 'person') return { entity: e, role: m.role };
    }
    if (!/^\s*,[^,;:"“”]+,\s*$/.test(between)) continue; // a mention inside the apposition
    if (m.possessive || m.adjective) return undefined;
    const e = ctx.byId.get(m.entity);
    return e ? { entity: e, role: m.role } : undefined;
  }
  // "A former official, who asked not to be named, told ...": an unnamed source before the apposition.
  const open = /,[^,;:"“”]{1,80},\s*$/.exec(text.slice(Math.max(0, verbStart - 90), verbStart));
  if (!open) return undefined;
  const at = Math.max(0, verbStart - 90) + open.index;
  const j = ts.findLastIndex((t) => t.end <= at);
  return j >= 0 && onlySpaces(text, ts[j]!.end, at) ? unnamedEndingAt(text, ts, j, rel, ctx) : undefined;
}

/** "critics", "Western officials", "a source familiar with the talks" ending at or near ts[j]. */
function unnamedEndingAt(
  text: string,
  ts: Token[],
  j: number,
  rel: Mention[],
  ctx: Context,
): Omit<Found, 'via' | 'verb' | 'start' | 'end'> | undefined {
  // The head noun is at j, or up to 6 words earlier with a "familiar with / close to" tail.
  for (let h = j; h >= 0 && h >= j - 6; h--) {
    // Words of a name ("the Ministry of Defence") are no head noun.
    if (rel.some((m) => ts[h]!.start >= m.start && ts[h]!.end <= m.end)) continue;
    const head = ts[h]!.text.toLowerCase();
    const display = UNNAMED_SOURCES[head];
    if (
      h < j &&
      (!onlySpaces(text, ts[h]!.end, ts[h + 1]!.start) ||
        !/^(?:familiar|close|who|with|in|at|to|knowledge|briefed|on|for|from|hired|appointed|representing|of|by|connected|linked|involved|working|speaking|the|a|an)$/.test(
          ts[h + 1]!.text.toLowerCase(),
        ))
    ) {
      if (display) return undefined;
      continue;
    }
    if (!display) continue;
    // "sources connected to the investigation": a noun after a preposition belongs to the tail.
    let p = h - 1;
    if (p >= 0 && DETERMINERS.has(ts[p]!.text.toLowerCase())) p--;
    if (p >= 0 && PREPOSITIONS.has(ts[p]!.text.toLowerCase())) continue;
    // Modifiers back to a determiner: "Western officials", "a senior official".
    let a = h;
    while (a > 0 && a > h - 3 && onlySpaces(text, ts[a - 1]!.end, ts[a]!.start)) {
      const w = ts[a - 1]!.text.toLowerCase();
      if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || FILLERS.has(w)) break;
      a--;
    }
    // "A spokesperson for the Ministry of Defence said": the spokesperson speaks for that entity.
    if (OWNED_SPEAKERS.has(head) && h < j) {
      const owner = rel.find((m) => m.start > ts[h]!.end && m.end <= ts[j]!.end && !m.possessive);
      const e = owner && ctx.byId.get(owner.entity);
      if (owner && e) return { entity: e, display: text.slice(ts[h]!.start, owner.end), role: '' };
    }
    const speaker = a < h ? text.slice(ts[a]!.start, ts[h]!.end) : display;
    return { speaker, unnamed: true, plural: isPlural(head) };
  }
  return undefined;
}

// Unnamed sources that "he" or "she" can stand for (not "the company", not "officials").
const ONE_PERSON = new Set(
  (
    'source official critic analyst expert observer diplomat insider witness resident opponent supporter ' +
    'activist spokesperson spokesman spokeswoman aide woman man lawyer attorney prosecutor lawmaker'
  ).split(' '),
);

function isOnePerson(speaker: string): boolean {
  return ONE_PERSON.has(speaker.split(' ').pop()?.toLowerCase() ?? '');
}

function isPlural(noun: string): boolean {
  return /[^su]s$/.test(noun) || ['people', 'police', 'media', 'men', 'women', 'many', 'some'].includes(noun);
}

// Verbs that invert after a quote: `"...," said Peskov.`
const INVERTING = new Set([
  'say',
  'add',
  'ask',
  'write',
  'reply',
  'respond',
  'explain',
  'insist',
  'note',
  'warn',
  'argue',
  'recall',
  'declare',
  'tweet',
]);

/**
 * `said Peskov.` / `said Officer Dave Newton from the police`: the name right after the verb (a title
 * may stand before it). Only verbs that invert after a quote get here, so an object cannot.
 */
function invertedSubject(
  text: string,
  ts: Token[],
  k: number,
  rel: Mention[],
  ctx: Context,
): Omit<Found, 'via' | 'verb' | 'start' | 'end'> | undefined {
  let a = k;
  if (a < ts.length && ts[a]!.text.toLowerCase() === 'the') a++;
  const first = ts[a];
  if (!first) return undefined;
  // The mention starts at the first word, or after capitalised title words ("Officer", "Sen.").
  const m = rel.find((x) => x.start >= first.start && x.start - first.start < 40);
  if (!m || m.possessive || m.adjective) return undefined;
  for (let b = a; b < ts.length && ts[b]!.start < m.start; b++) {
    if (!isCapitalized(ts[b]!.text) || !onlySpaces(text, ts[b]!.end, ts[b + 1]?.start ?? ts[b]!.end))
      return undefined;
  }
  const e = ctx.byId.get(m.entity);
  return e ? { entity: e, role: m.role } : undefined;
}

/** The source after "according to" or an inverted verb: a mention or an unnamed noun. */
function sourceAfter(
  text: string,
  ts: Token[],
  k: number,
  rel: Mention[],
  ctx: Context,
): Omit<Found, 'via' | 'verb' | 'start' | 'end'> | undefined {
  let a = k;
  while (a < ts.length && a < k + 2 && DETERMINERS.has(ts[a]!.text.toLowerCase())) a++;
  if (a >= ts.length) return undefined;
  const first = ts[a]!;
  // The first mention starting within the next few words, before any comma.
  for (const m of rel) {
    if (m.start < first.start || m.start > first.start + 40) continue;
    if (/[,;.]/.test(text.slice(first.start, m.start))) break;
    const e = ctx.byId.get(m.entity);
    if (e) return { entity: e, role: m.role };
  }
  for (let h = a; h < ts.length && h < a + 4; h++) {
    const display = UNNAMED_SOURCES[ts[h]!.text.toLowerCase()];
    if (display) {
      const speaker = h > a ? text.slice(ts[a]!.start, ts[h]!.end) : display;
      return { speaker, unnamed: true, plural: isPlural(ts[h]!.text.toLowerCase()) };
    }
  }
  return officeAfter(text, ts, k);
}

/**
 * "according to the mayor", "according to the report": a role or a document, not a name. The
 * phrase up to the next punctuation (at most 5 words) is the source, when it ends in a role title
 * or a source document.
 */
function officeAfter(
  text: string,
  ts: Token[],
  k: number,
): Omit<Found, 'via' | 'verb' | 'start' | 'end'> | undefined {
  const titles = roleTitles();
  for (let h = k; h < ts.length && h < k + 5; h++) {
    if (h > k && !onlySpaces(text, ts[h - 1]!.end, ts[h]!.start)) return undefined;
    const w = ts[h]!.text.toLowerCase();
    if (!titles.has(w) && !SOURCE_DOCUMENTS.has(w)) continue;
    // The head ends the phrase: "the mayor" but not "the mayor's office" (a longer phrase follows).
    if (h + 1 < ts.length && onlySpaces(text, ts[h]!.end, ts[h + 1]!.start)) continue;
    return { speaker: text.slice(ts[k]!.start, ts[h]!.end), unnamed: true, plural: isPlural(w) };
  }
  return undefined;
}

/** Documents a newsroom attributes to ("according to the report"). */
const SOURCE_DOCUMENTS = new Set(
  'report reports study studies survey surveys poll polls data statement statements filing filings documents document complaint indictment lawsuit analysis memo letter records estimates figures'.split(
    ' ',
  ),
);

/** Speaker of a quotation that runs across sentences: look after its close, then before its open. */
function quoteSpeaker(s: SentenceRef, quotes: QuoteSpan[], ctx: Context): Found | undefined {
  const q = quotes[firstEndingAfter(quotes, s.start)];
  if (!q || q.start >= s.end) return undefined;
  const inBlock = ctx.blockSentences.get(s.block) ?? [];
  const at = (pos: number) => {
    // Binary search: the last sentence of the block starting at or before pos.
    let lo = 0;
    let hi = inBlock.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ctx.sentences[inBlock[mid]!]!.start <= pos) lo = mid + 1;
      else hi = mid;
    }
    const i = inBlock[lo - 1];
    if (i === undefined || pos > ctx.sentences[i]!.end) return undefined;
    return { x: ctx.sentences[i]!, i };
  };
  const closing = at(q.end - 1);
  const opening = at(q.start);
  for (const ref of [closing, opening]) {
    if (!ref || (ref.x.start === s.start && ref.x.end === s.end)) continue;
    const r = ref.x;
    const ts = tokenize(r.text);
    const qrel = { start: q.start - r.start, end: q.end - r.start };
    const inQuote = (t: Token) => t.start >= qrel.start && t.end <= qrel.end;
    const f = findInClause(r, ts, ctx.bySentence.get(ref.i) ?? [], ctx, inQuote);
    if (f) return { ...f, via: 'quote', start: -1, end: -1 };
  }
  return undefined;
}

function onlySpaces(text: string, a: number, b: number): boolean {
  return /^[\s\u00a0]*$/.test(text.slice(a, b));
}
