/**
 * Candidate names in one sentence: runs of capitalised words grown over particles and joiners,
 * with sentence openers and function words dropped, split at titles, typed where the run says how.
 */
import type { SentenceRef } from './entities';
import { isPartyLabel, namePair } from './entity-compounds';
import { classifyName, GENERATION, isPersonShape } from './entity-kinds';
import { isNameForm } from './entity-name-form';
import { openerIsName, personAfter } from './entity-names';
import { appositionRole, lastTitle, roleBefore, roleBeforeComma } from './entity-roles';
import {
  atSentenceStart,
  type Candidate,
  COMMON_ENDING,
  DETERMINERS,
  type DocWords,
  hyphenHead,
  IN_PLACE,
  isGivenNameSyllables,
  isNameWord,
  isWebToken,
  LOCATIVE,
  ORG_JOINERS,
  PARTICLES,
  POSSESSIVE,
  prevWord,
  spaceOnly,
  TITLE_CASE_INNER,
} from './entity-words';
import { CALENDAR, CAPTION_LABELS, FUNCTION_WORDS, HOLIDAYS, IMPERATIVE_OPENERS } from './names/common';
import { PLACE_LAST_WORDS } from './names/countries';
import { knownNames, roleTitles } from './names/gazetteer';
import { NON_ORG_ACRONYMS, ORG_CUE_WORDS, PAGE_LABELS } from './names/orgs';
import { HONORIFICS, TITLE_ABBREVIATIONS } from './names/roles';
import { PEOPLE_BY_ROLE, SPEECH_WEAK, speechLemma, UNNAMED_SOURCES } from './names/speech';
import { isAcronym, stripPossessive, type Token } from './tokens';
import { FILLERS } from './voice-words';

export function sentenceCandidates(s: SentenceRef, index: number, ts: Token[], doc: DocWords): Candidate[] {
  const out: Candidate[] = [];
  const text = s.text;
  // Hyphenated pairs of names ("US-China") are found first: a run stops before one.
  let pairs: (Candidate[] | undefined)[] | undefined;
  for (let k = 0; k < ts.length; k++) {
    if (!ts[k]!.text.includes('-')) continue;
    const pair = namePair(s, index, ts, k, doc);
    if (!pair) continue;
    pairs ??= [];
    pairs[k] = pair;
  }
  let i = 0;
  while (i < ts.length) {
    if (isPartyLabel(text, ts[i]!)) {
      i++;
      continue;
    }
    const pair = pairs?.[i];
    if (pair) {
      out.push(...pair);
      i++;
      continue;
    }
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
      // ("New Year's Eve", "Mother's Day": a holiday's possessive runs on into its day.)
      if (POSSESSIVE.test(prev.text) && !holidayDay(prev.text, ts[j]!.text)) break;
      if (!spaceOnly(text, prev.end, ts[j]!.start)) break;
      const t = ts[j]!.text;
      if (pairs?.[j]) break;
      if ((isNameWord(t) || isGivenNameSyllables(t)) && !isWebToken(text, ts[j]!)) {
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
      // "Centers for Disease Control and Prevention", "World Travel and Tourism Council": one body.
      const joined = joinable && (t === 'and' || t === '&') ? bodyAcrossAnd(text, ts, i, j) : 0;
      if (joined) {
        j = joined;
        continue;
      }
      break;
    }
    const c = classifyRun(s, index, ts, i, j, doc);
    if (c) out.push(...c);
    i = j;
  }
  markCommonLists(out, s);
  return out;
}

// Between the items of a list: ", ", ", and ", " or ".
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;

/**
 * "Hungry, Angry, Lonely, Tired": a list of three or more lone capitalised words, none of them a
 * known name, one of them plainly ordinary English, is a list of ordinary words.
 */
function markCommonLists(out: Candidate[], s: SentenceRef): void {
  let a = 0;
  while (a < out.length) {
    let b = a + 1;
    if (loneWord(out[a]!))
      while (
        b < out.length &&
        loneWord(out[b]!) &&
        LIST_GAP.test(s.text.slice(out[b - 1]!.end - s.start, out[b]!.start - s.start))
      )
        b++;
    if (b - a >= 3) {
      const items = out.slice(a, b);
      if (items.some(plainWord)) for (const c of items) c.common = true;
    }
    a = b;
  }
}

/** One capitalised word no table knows. */
function loneWord(c: Candidate): boolean {
  return c.words.length === 1 && c.kind === 'unknown' && !c.canonical;
}

/** A list item that is plainly ordinary English. */
function plainWord(c: Candidate): boolean {
  const w = c.words[0]!.toLowerCase();
  return c.common === true || (w.length > 4 && COMMON_ENDING.test(w));
}

/** Words that date a title ("Former", "Acting"): they qualify the role, not a body. */
const TITLE_TIME = new Set(['Former', 'Acting', 'Interim', 'Outgoing', 'Incoming']);

// Calendar words that end a run only by standing next to it ("in London Thursday", "John C. Welch
// Oct 19", "Jessica Elgot Thu"): CALENDAR's, and "Sun", but not the months that are also names
// ("May", "June", "April", "August") nor their short forms.
const DATES_ALSO_NAMES = new Set('march april may june july august mar apr jun jul'.split(' '));
const TRAILING_DATE = new Set([...CALENDAR, 'sun'].filter((w) => !DATES_ALSO_NAMES.has(w)));

/** An organisation's cue word, in the plural too ("Centers", "Services"). */
const orgCue = (w: string): boolean => ORG_CUE_WORDS.has(w) || ORG_CUE_WORDS.has(w.replace(/s$/, ''));

/**
 * The end of a body's name that runs on across "and" at ts[j]: after a cue word and "of" or
 * "for" ("Department of Health and Human Services") when at most three name words follow and they
 * open no known name, nor follow one ("the Department of Justice and Congress", "the Council of
 * Europe and European Union", "the University of California and Stanford" are two), or up to a cue
 * word that ends the words after it ("World Travel and Tourism Council", "Bill and Melinda Gates
 * Foundation"). 0 when the run ends at "and" ("Clinton and Sanders").
 */
function bodyAcrossAnd(text: string, ts: Token[], i: number, j: number): number {
  let k = j + 1;
  while (
    k < ts.length &&
    k - j <= 4 &&
    isNameWord(ts[k]!.text) &&
    spaceOnly(text, ts[k - 1]!.end, ts[k]!.start)
  )
    k++;
  // ("The Wise Kids and Henry Gamble's Birthday Party": an owner after "and" starts a name of its own.)
  if (k === j + 1 || ts.slice(j + 1, k).some((t) => POSSESSIVE.test(t.text))) return 0;
  const after = ts.slice(j + 1, k).map((t) => t.text);
  const words = ts.slice(i, j).map((t) => stripPossessive(t.text));
  const cueOf = words.findIndex(
    (w, n) => n + 1 < words.length && orgCue(w) && ORG_JOINERS.has(words[n + 1]!),
  );
  const known = knownNames();
  if (
    cueOf >= 0 &&
    after.length <= 3 &&
    !known.has(after.join(' ').toLowerCase()) &&
    !known.has(after[0]!.toLowerCase()) &&
    !known.has(words[words.length - 1]!.toLowerCase())
  )
    return k;
  if (!words.some(orgCue) && orgCue(after[after.length - 1]!)) return k;
  return 0;
}

export function runHasCue(ts: Token[], i: number, j: number): boolean {
  const titles = roleTitles();
  for (let k = i; k < j; k++) {
    const w = stripPossessive(ts[k]!.text);
    if (orgCue(w) || titles.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Turns the run ts[i..j) into zero or more candidates (a title's qualifier may name an org). */
export function classifyRun(
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
  // "Mrs May", "Dr King", "Mr Will": after an honorific the next words are a person's name,
  // whatever else they could be (a month, a modal verb, a title).
  let honorific = false;
  while (i < j) {
    const w = hyphenWord ?? stripPossessive(ts[i]!.text);
    const lw = w.toLowerCase();
    if (!hyphenWord && i + 1 < j && HONORIFICS.has(w) && !titledAfter(ts, i + 1, j)) {
      honorific = true;
      i++;
      break;
    }
    // "I've", "We're", "Don't": a contraction of a function word.
    const contracted = beforeApostrophe(lw);
    if (
      (!isAcronym(w) &&
        (FUNCTION_WORDS.has(lw) ||
          CALENDAR.has(lw) ||
          (contracted !== lw && FUNCTION_WORDS.has(contracted)))) ||
      // "BST Boris Johnson", "EXCLUSIVE Trump ...", "Image Matt Cruz": a clock, a page's kicker
      // or a caption's label before a name.
      (!hyphenWord && i + 1 < j && (PAGE_LABELS.has(w) || CAPTION_LABELS.has(lw.replace(/s$/, '')))) ||
      // "Former Georgian president ...": a title's time before no title dates nothing in the run.
      (!hyphenWord && i + 1 < j && TITLE_TIME.has(w) && !lastTitle([stripPossessive(ts[i + 1]!.text)]))
    ) {
      // "Sometimes Need", "Also Critics": an adverb opener; "The Guardian" keeps its article.
      if (!DETERMINERS.has(lw) && (opener || atSentenceStart(text, ts[i]!.start))) opener = true;
      i++;
    } else if (
      (opener || atSentenceStart(text, ts[i]!.start)) &&
      !knownNames().has(lw) &&
      (doc.lower.has(lw) ||
        UNNAMED_SOURCES[lw] !== undefined ||
        // ("Fans say": people of a role in the plural; "Developer Edition" keeps its word.)
        (PEOPLE_BY_ROLE[lw] !== undefined && lw.endsWith('s')) ||
        IMPERATIVE_OPENERS.has(lw) ||
        // "Recently", "Addressing": an adverb or participle opener; not a name that ends so
        // ("Kelly", "Manning", "Ahmed"), which the name table knows.
        (/(?:ly|ing|ed)$/.test(lw) && lw.length > 4 && !isNameForm(w))) &&
      // "United Kingdom 8.": a sentence opener that starts a known name stays ("united" elsewhere).
      !(!hyphenWord && startsKnownName(ts, i, j))
    ) {
      i++;
      opener = true;
    } else break;
  }
  if (i >= j) return undefined;
  if (honorific) return honorificName(s, index, ts, i, j);
  // "London Thursday", "5 PM Wednesday": a date after a name is no part of it.
  while (j - i > 1 && !hyphenWord && TRAILING_DATE.has(ts[j - 1]!.text.toLowerCase())) j--;
  if (
    !hyphenWord &&
    ts.slice(i, j).every((t) => NON_ORG_ACRONYMS.has(t.text) || CALENDAR.has(t.text.toLowerCase()))
  )
    return undefined;
  // "Makes You Happy", "Case You Missed It": a capitalised pronoun or preposition inside the run
  // makes a title-case phrase, unless a verb of saying follows it ("The Distance Between Us also argues"):
  // then it is the title of a work that speaks.
  if (
    !hyphenWord &&
    ts.slice(i + 1, j).some((t) => TITLE_CASE_INNER.has(t.text.toLowerCase())) &&
    !ts.slice(j, j + 2).some((t) => {
      const l = speechLemma(t.text);
      return l !== undefined && !SPEECH_WEAK.has(l);
    })
  )
    return undefined;
  const last = ts[j - 1]!;
  const possessive = !hyphenWord && POSSESSIVE.test(last.text);
  const words = ts
    .slice(i, j)
    .map((t, k) => (hyphenWord ? hyphenWord : k === j - i - 1 ? stripPossessive(t.text) : t.text));
  // ("in Smith's view": a name in the possessive owns something, wherever it stands.)
  const locative = !possessive && LOCATIVE.has(prevWord(ts, i, text)?.toLowerCase() ?? '');
  const lemma = !possessive ? speechLemmaAfter(ts, j, text) : undefined;
  // A verb of saying after a lone capitalised word shows it names a source ("Stoltenberg commended"),
  // unless the verb doubles as a noun ("Article posted ...").
  const speechAfter = lemma !== undefined && !SPEECH_WEAK.has(lemma);
  const run: Run = { s, index, ts, text, hyphenWord, possessive, locative, speechAfter };

  // A title inside the run: "NATO Secretary General Jens Stoltenberg", "President Ilham Aliyev".
  const title = lastTitle(words);
  // "Former Speaker (of the House ...)": a dated title with no name after it names no one.
  if (title && TITLE_TIME.has(words[0]!) && title.start === 1 && title.end === words.length) return undefined;
  // ("Larry King Jr.": a title word before a generation is the surname.)
  const generationOnly =
    title !== undefined && title.end === words.length - 1 && GENERATION.test(words[title.end]!);
  if (title && title.end < words.length && !generationOnly && isPersonShape(words.slice(title.end))) {
    const out: Candidate[] = [];
    const roleText = title.honorific ? undefined : text.slice(ts[i]!.start, ts[i + title.end - 1]!.end);
    const role = roleText && TITLE_ABBREVIATIONS[roleText] ? TITLE_ABBREVIATIONS[roleText] : roleText;
    // "Former House Speaker Newt Gingrich": the time of the title is no part of its qualifier.
    const from = TITLE_TIME.has(words[0]!) ? 1 : 0;
    if (title.start > from) {
      const q = classifyName(words.slice(from, title.start), false);
      if (q && q.kind !== 'unknown')
        out.push(
          candidateOf(run, i + from, i + title.start, words.slice(from, title.start), {
            ...q,
            possessive: false,
            adjective: true,
          }),
        );
    }
    const a = i + title.end;
    const person = candidateOf(run, a, j, words.slice(title.end), { kind: 'person', role });
    // A title that opens the run, or one word after a qualifier ("NATO Secretary General" is no form of the name).
    if ((title.start === 0 || title.end - title.start === 1) && !hyphenWord)
      person.written = text.slice(ts[i + title.start]!.start, ts[j - 1]!.end);
    out.push(person);
    return out;
  }

  // A lower-case role before the run: "Kremlin spokesperson Dmitry Peskov", "foreign minister X".
  const before = roleBefore(ts, i, text);
  if (before && isPersonShape(words)) {
    const role = text.slice(ts[before.from]!.start, ts[i - 1]!.end);
    return [candidateOf(run, i, j, words, { kind: 'person', role })];
  }

  // "the Trump White House", "a Hillary Clinton White House bid": a personal name before a known
  // body in one run names the person (an adjective use) and the body.
  const at = hyphenWord ? 0 : knownAfterPerson(words);
  if (at) {
    const body = knownNames().get(words.slice(at).join(' ').toLowerCase())!;
    return [
      candidateOf(run, i, i + at, words.slice(0, at), { kind: 'person', adjective: true, possessive: false }),
      candidateOf(run, i + at, j, words.slice(at), { kind: body.type, canonical: body.name }),
    ];
  }

  const prev = prevWord(ts, i, text)?.toLowerCase() ?? '';
  // ("in Smith's view", "in Trump's America": after "in", a name in the possessive owns something;
  // it is no place by that.)
  // ("Heathrow airport", "Tahrir square": a place named before its kind in lower case.)
  const kindAfter = !run.possessive && j < ts.length && spaceOnly(text, ts[j - 1]!.end, ts[j]!.start);
  const inPlace =
    (IN_PLACE.has(prev) && !run.possessive) ||
    (kindAfter && PLACE_KINDS_AFTER.has(ts[j]!.text) && !words.some(isNameForm));
  const c = classifyName(words, !hyphenWord && prev === 'the', inPlace);
  if (!c) return undefined;
  const cand = candidateOf(run, i, j, words, c);
  if (prev === 'the') cand.afterThe = true;
  if (inPlace) cand.inPlace = true;
  // A word opening its sentence and capitalised nowhere else is ordinary English, unless the
  // name table knows it and a word follows ("Sanders said ..."), it is a known name made the
  // first half of an adjective ("Obama-era rules"), or what follows is said only of a person.
  if (
    words.length === 1 &&
    atSentenceStart(text, ts[i]!.start) &&
    !doc.midCaps.has(words[0]!) &&
    !(hyphenWord
      ? isNameForm(hyphenWord)
      : openerIsName(ts[i]!.text, text.slice(ts[i]!.end)) || personAfter(ts[i]!.text, text.slice(ts[i]!.end)))
  )
    cand.initialOnly = true;
  if (
    words.length === 1 &&
    doc.lower.has(words[0]!.toLowerCase()) &&
    !knownNames().has(words[0]!.toLowerCase())
  )
    cand.common = true;
  if (cand.kind === 'person' && !possessive)
    cand.role = appositionRole(ts, j, text) ?? roleBeforeComma(ts, i, j, text);
  return [cand];
}

/**
 * "Mr President", "Mr. President Smith": a title after the honorific is read as a title, unless it
 * is the only word and the name table knows it as a name too ("Dr King").
 */
function titledAfter(ts: Token[], a: number, j: number): boolean {
  const words = ts.slice(a, j).map((t) => stripPossessive(t.text));
  if (!lastTitle(words)) return false;
  return !(words.length === 1 && isNameForm(words[0]!));
}

/**
 * The name after an honorific that opens the run ("Mrs May’s deal"): a person, when its words look
 * like a name (capitalised, not an all-capitals acronym); its role from an apposition after it.
 */
function honorificName(
  s: SentenceRef,
  index: number,
  ts: Token[],
  i: number,
  j: number,
): Candidate[] | undefined {
  const text = s.text;
  const names = ts.slice(i, j);
  if (names.length > 4 || names.some((t) => !PARTICLES.has(t.text) && isAcronym(stripPossessive(t.text))))
    return undefined;
  const last = ts[j - 1]!;
  const possessive = POSSESSIVE.test(last.text);
  const words = names.map((t, k) => (k === names.length - 1 ? stripPossessive(t.text) : t.text));
  const lemma = !possessive ? speechLemmaAfter(ts, j, text) : undefined;
  const run: Run = {
    s,
    index,
    ts,
    text,
    hyphenWord: undefined,
    possessive,
    locative: false,
    speechAfter: lemma !== undefined && !SPEECH_WEAK.has(lemma),
  };
  const role = possessive ? undefined : appositionRole(ts, j, text);
  const written = text.slice(ts[i - 1]!.start, last.end);
  return [
    candidateOf(run, i, j, words, role ? { kind: 'person', role, written } : { kind: 'person', written }),
  ];
}

/**
 * Where a known name of two words or more begins after one to three name words the name table
 * holds that look like a personal name ("Trump | White House"), or 0.
 */
function knownAfterPerson(words: string[]): number {
  const known = knownNames();
  for (let at = 1; at <= 3 && words.length - at >= 2; at++) {
    if (!known.has(words.slice(at).join(' ').toLowerCase())) continue;
    const person = words.slice(0, at);
    return person.every((w) => isNameForm(w)) &&
      isPersonShape(person) &&
      !known.has(person.join(' ').toLowerCase())
      ? at
      : 0;
  }
  return 0;
}

/** "United Kingdom 8.": whether the run ts[i..j) of two or more words is a known name. */
function startsKnownName(ts: Token[], i: number, j: number): boolean {
  return (
    j - i > 1 &&
    knownNames().has(
      ts
        .slice(i, j)
        .map((t) => stripPossessive(t.text))
        .join(' ')
        .toLowerCase(),
    )
  );
}

/**
 * The verb of saying at `j`, or after one or two auxiliaries or adverbs in the same clause
 * ("Daines has said", "Collins also told"; the voice pass's FILLERS).
 */
function speechLemmaAfter(ts: Token[], j: number, text: string): string | undefined {
  let k = j;
  while (k < ts.length && k < j + 2 && isFiller(ts[k]!.text.toLowerCase())) k++;
  if (k >= ts.length) return undefined;
  for (let m = j + 1; m <= k; m++) if (!spaceOnly(text, ts[m - 1]!.end, ts[m]!.start)) return undefined;
  return speechLemma(ts[k]!.text);
}

const isFiller = (w: string): boolean => FILLERS.has(w) || (w.length > 4 && w.endsWith('ly'));

/** What every candidate of one run shares (classifyRun). */
interface Run {
  s: SentenceRef;
  index: number;
  ts: Token[];
  text: string;
  hyphenWord: string | undefined;
  possessive: boolean;
  locative: boolean;
  speechAfter: boolean;
}

/** A candidate for the run's words ts[a..b) (or its hyphen head), with `extra` laid over. */
function candidateOf(run: Run, a: number, b: number, ws: string[], extra: Partial<Candidate>): Candidate {
  const { s, ts, hyphenWord } = run;
  const c: Candidate = {
    sentence: run.index,
    block: s.block,
    possessive: run.possessive,
    adjective: !!hyphenWord,
    locative: run.locative,
    speechAfter: run.speechAfter,
    start: s.start + ts[a]!.start,
    end: s.start + (hyphenWord ? ts[a]!.start + hyphenWord.length : ts[b - 1]!.end),
    text: hyphenWord ?? run.text.slice(ts[a]!.start, ts[b - 1]!.end),
    words: ws,
    kind: 'unknown',
  };
  return Object.assign(c, extra);
}

/** "i've" -> "i", "don’t" -> "don"; a word without an apostrophe unchanged. */
function beforeApostrophe(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) return w.slice(0, i);
  }
  return w;
}

/** A holiday's possessive before its day: "Year's Eve", "Mother's Day", "Valentine's Day". */
function holidayDay(possessive: string, next: string): boolean {
  return HOLIDAYS.has(possessive.toLowerCase().replace(/['’]s$/, '')) && /^(?:Eve|Day)$/.test(next);
}

// Kinds of place written in lower case after a name: "Heathrow airport", "Tahrir square", "Ninety
// Mile beach": the geographic features that end a place's name (PLACE_LAST_WORDS; not "falls", a
// verb as often: "Smith falls"), and built places.
const PLACE_KINDS_AFTER: ReadonlySet<string> = new Set([
  ...[...PLACE_LAST_WORDS].map((w) => w.toLowerCase()).filter((w) => w !== 'falls'),
  ...'airport airfield station square bridge park street avenue road stadium region'.split(' '),
]);
