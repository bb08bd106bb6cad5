/**
 * The speaker in a sentence's own unquoted words: the subject before a verb of saying, an
 * apposition, an inverted `said Peskov`, or the source after "according to". Which words are such
 * verbs in their use here is voice-verbs.ts.
 */
import type { Mention, SentenceRef } from './entities';
import { isTitleCase } from './entity-words';
import { isLyAdverb } from './features';
import { IRREGULAR_FORMS } from './inflect';
import { roleTitles } from './names/gazetteer';
import { PEOPLE_BY_ROLE, SPEECH_WEAK, speechLemma, UNNAMED_SOURCES } from './names/speech';
import { isCapitalized, type Token } from './tokens';
import { describedSpeaker, GROUP_PLURAL, isPlural, unnamedEndingAt } from './voice-unnamed';
import {
  ADDRESSING,
  afterCopula,
  asFollows,
  attacksInWords,
  CONSIDER,
  COPULA_DEGREE,
  COPULAS,
  headlineVerb,
  judgedInPassive,
  sayingPhraseEnd,
  secondVerbOfSaying,
  seenAsByWhat,
  seesItAside,
  smallClauseFollows,
  stateOfMind,
  wordsFor,
} from './voice-verbs';
import {
  groupBeforeComma,
  namedOwnerOfView,
  ownerOfView,
  POSSESSIVE_PRONOUNS,
  personBeforeComma,
  VIEW_NOUNS,
  viewpointLead,
} from './voice-views';
import {
  ATTACK_VERB,
  CAST_AS,
  type Context,
  castsAs,
  DEMANDING_FOR,
  DETERMINERS,
  FILLERS,
  type Found,
  NOUN_MARKERS,
  OWNED_SPEAKERS,
  onlySpaces,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  PLURAL_QUANTIFIERS,
  POSSESSED_VIEWS,
  PREPOSITIONS,
  RELATIVES,
  SEE_AS,
  type SourceFound,
  TIME_LEADS,
  TIME_WORDS,
} from './voice-words';

/** Mentions with offsets into the sentence `s` rather than its block. */
function inSentence(mentions: Mention[], s: SentenceRef): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) out.push({ ...m, start: m.start - s.start, end: m.end - s.start });
  return out;
}

/** The attribution in this sentence's own unquoted words, if any. */
export function findInClause(
  s: SentenceRef,
  ts: Token[],
  mentions: Mention[],
  ctx: Context,
  inQuote: (t: Token) => boolean,
): Found | undefined {
  // The mentions in sentence offsets, made when a verb or "according to" needs them.
  let shifted: Mention[] | undefined;
  // Whether the sentence is a title-case headline, asked when a capitalised verb needs it.
  let headline: boolean | undefined;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k]!;
    if (inQuote(t)) continue;
    const lower = t.text.toLowerCase();
    // "according to X"
    if (lower === 'according' && ts[k + 1]?.text.toLowerCase() === 'to') {
      shifted ??= inSentence(mentions, s);
      const f = sourceAfter(s.text, ts, k + 2, shifted, ctx);
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
    // "In the view of many economists, ...", "For critics, ...": a view set out as someone's.
    if (k === 0) {
      // "In his view, ...", "In their opinion, ...": the view of the one the pronoun stands for.
      const owner = POSSESSIVE_PRONOUNS[ts[1]?.text.toLowerCase() ?? ''];
      if (lower === 'in' && owner && VIEW_NOUNS.has(ts[2]?.text.toLowerCase() ?? '') && ts[3]) {
        if (s.text.slice(ts[2]!.end, ts[3]!.start).includes(','))
          return {
            pronoun: owner === 'they' ? 'plural' : 'person',
            pronounText: owner,
            pronounAt: ts[1]!.start,
            via: 'pronoun',
            verb: s.text.slice(t.start, ts[2]!.end),
            start: t.start,
            end: ts[2]!.end,
          };
      }
      // "In Smith's view, ...", "In Dr. Shadlen's words, ...": the view of the one named before it.
      if (lower === 'in') {
        shifted ??= inSentence(mentions, s);
        const owned = namedOwnerOfView(s.text, ts, shifted, ctx);
        if (owned) return { ...owned, via: 'indirect' };
      }
      const view = viewpointLead(ts);
      if (view > 0) {
        shifted ??= inSentence(mentions, s);
        // ("For Apple, the quarter was a disaster" is the writer's verdict on Apple, "For years"
        // no view at all: after a bare "For" or "To" only a group of people holds the view.)
        const f =
          view > 1
            ? sourceAfter(s.text, ts, view, shifted, ctx)
            : (groupBeforeComma(s.text, ts, view) ??
              // ("To Smith, the policy is a betrayal": after "To", a person named right up to the comma.)
              (lower === 'to' ? personBeforeComma(s.text, ts, view, shifted, ctx) : undefined));
        if (f && /,/.test(s.text.slice(ts[view]!.start).slice(0, 60)))
          return {
            ...f,
            via: f.unnamed ? 'unnamed' : 'according-to',
            verb: s.text.slice(t.start, ts[view - 1]!.end),
            start: t.start,
            end: ts[view - 1]!.end,
          };
      }
    }
    // A capitalised word is no verb of saying here (asked first: it is the cheaper question),
    // except in a title-case headline, where every word is: "Trump Says ...", "Critics Call ...".
    if (isCapitalized(t.text)) {
      if (!headlineVerb(ts, k) && !endsHeadline(s.text, ts, k)) continue;
      headline ??= isTitleCase(ts);
      if (!headline) continue;
    }
    // "Officials are worried ...", "The union is adamant ...": a state of mind stands for the verb.
    const lemma =
      speechLemma(t.text) ??
      (stateOfMind(lower, ts[k + 1]) && afterCopula(ts, k) ? lower : undefined) ??
      (ATTACK_VERB.test(lower) && attacksInWords(ts, k) ? 'attack' : undefined) ??
      (SEE_AS.has(lower) && (asFollows(s.text, ts, k) || seenAsByWhat(s.text, ts, k)) ? 'see' : undefined) ??
      (CAST_AS.has(lower) && castsAs(lower, ts[k + 1]?.text.toLowerCase()) && asFollows(s.text, ts, k)
        ? 'see'
        : undefined) ??
      // "As Smith puts it, ...": to put it is to say it; "As Smith sees it, ...": a view.
      ((lower === 'puts' || lower === 'put') && ts[k + 1]?.text.toLowerCase() === 'it' ? 'put' : undefined) ??
      (SEE_AS.has(lower) && seesItAside(s.text, ts, k) ? 'see' : undefined) ??
      // "Many mathematicians considered the problem hopeless": to consider something so is a view
      // ("The committee considered the proposal" is not).
      (CONSIDER.has(lower) && smallClauseFollows(s.text, ts, k) ? 'consider' : undefined);
    // "Smith had harsh words for the plan": criticism in a set phrase, spoken by the subject.
    if (!lemma && lower === 'words' && k >= 3 && wordsFor(ts, k)) {
      shifted ??= inSentence(mentions, s);
      const subject = subjectBefore(s.text, ts, k - 2, shifted, ctx);
      if (subject) {
        const verb = {
          ...ts[k - 2]!,
          end: ts[k + 1]!.end,
          text: s.text.slice(ts[k - 2]!.start, ts[k + 1]!.end),
        };
        return atVerb(subject, verb);
      }
    }
    // "The agency issued a warning that ...", "Trump made clear that ...", "The Pentagon takes a dim
    // view of ...": a light verb and a noun of saying, spoken by the subject.
    const phraseEnd = lemma ? undefined : sayingPhraseEnd(s.text, ts, k, lower);
    if (phraseEnd !== undefined) {
      shifted ??= inSentence(mentions, s);
      const subject = subjectBefore(s.text, ts, k, shifted, ctx);
      if (subject) {
        const end = ts[phraseEnd]!.end;
        return atVerb(subject, { ...t, end, text: s.text.slice(t.start, end) });
      }
    }
    // "Smith's argument is that ...", "Her view is that ...": a view owned by the one named before it.
    // (Also the nouns that are verbs of saying too, owned: "Haley's essential claim was that ...".)
    if ((!lemma && POSSESSED_VIEWS.has(lower)) || OWNED_SAYINGS.has(lower)) {
      shifted ??= inSentence(mentions, s);
      const owned = ownerOfView(s.text, ts, k, shifted, ctx);
      if (owned)
        return {
          ...owned,
          via: owned.pronoun ? 'pronoun' : 'indirect',
          verb: t.text,
          start: t.start,
          end: t.end,
        };
    }
    if (!lemma) continue;
    // Verbs of saying only before the words that make them one (ONLY_BEFORE).
    const takes = ONLY_BEFORE.get(lemma);
    if (takes && !takes.has(ts[k + 1]?.text.toLowerCase() ?? '')) continue;
    // "He added, ...", "she added that ...", '..., he added.': adding words; "has added $24 billion
    // to his fortune", "added a feature": adding something else. "agreed to hefty wage cuts",
    // "agreed to pay": agreeing to a deal or an act, no view ("agreed that", "agreed with" are).
    if (lemma === 'add' && !ADDED_WORDS.test(s.text.slice(t.end))) continue;
    if (lemma === 'agree' && ts[k + 1]?.text.toLowerCase() === 'to') continue;
    // "called a meeting", "called a snap election", "called off the parade", "called the regime's
    // bluff": convening, cancelling or daring, not naming or judging.
    if (lemma === 'call' && CALLED_NO_VIEW.test(s.text.slice(t.end))) continue;
    // "Uber might have suggested ...", "he should have said": a saying that did not happen, the
    // writer's counterfactual.
    if (
      k >= 2 &&
      ts[k - 1]!.text.toLowerCase() === 'have' &&
      COUNTERFACTUAL.has(ts[k - 2]!.text.toLowerCase().replace('’', "'"))
    )
      continue;
    // "Many would argue that ...", "Some might say ...", "One could object": a view the writer
    // imagines for someone unnamed, to answer it.
    if (
      k >= 2 &&
      lower === lemma &&
      IMAGINING.has(ts[k - 1]!.text.toLowerCase()) &&
      IMAGINED_SPEAKERS.has(ts[k - 2]!.text.toLowerCase())
    )
      continue;
    // "RMS' right to say what he believes", "the freedom to criticise": a saying that may happen,
    // not one that did. A verb inside "what ..." names a view without setting it out (objectOfWhat).
    if (k >= 2 && ts[k - 1]!.text.toLowerCase() === 'to' && MAY_SAY.has(ts[k - 2]!.text.toLowerCase()))
      continue;
    if (objectOfWhat(s.text, ts, k, lemma)) continue;
    // "Few journalists thought to ask why ...", "never thought to check": minding to do, not a view.
    if (
      lemma === 'think' &&
      ts[k + 1]?.text.toLowerCase() === 'to' &&
      !/^(?:be|have)$/i.test(ts[k + 2]?.text ?? '')
    )
      continue;
    // "claimed responsibility", "claims credit", "claimed victory": taking, not saying.
    if (lemma === 'claim' && CLAIMED_THINGS.has(ts[k + 1]?.text.toLowerCase() ?? '')) continue;
    // "a woman described as ...", "criticised by ...": a passive participle, not a subject speaking.
    const nextWord = ts[k + 1]?.text.toLowerCase();
    if (/ed$/.test(t.text) && (nextWord === 'as' || nextWord === 'by') && lemma !== lower) continue;
    // "the ideas described in this chapter", "the risks mentioned above": a participle of a verb
    // that must take an object, right after a noun and with none after it, describes that noun.
    if (describesNounBefore(s.text, ts, k)) continue;
    // (Past adverbs: "This is often called backtesting".)
    let beAt = k - 1;
    while (beAt > 0 && (SUBJECT_ADVERBS.has(ts[beAt]!.text.toLowerCase()) || isLyAdverb(ts[beAt]!.text)))
      beAt--;
    // ("are warning", "is criticising": a form of be before a participle in -ing is the progressive.)
    const passive =
      k > 0 && !/ing$/.test(lower) && /^(?:is|are|was|were|be|been|being)$/i.test(ts[beAt]!.text);
    // "The man said to be behind the attack", "rooms said to have been haunted": hearsay about the
    // noun before it (a participle with no "is"), which does not speak ("He said to be careful" does).
    if (
      lower === 'said' &&
      nextWord === 'to' &&
      /^(?:be|have)$/i.test(ts[k + 2]?.text ?? '') &&
      k > 0 &&
      !PERSON_PRONOUNS.has(ts[k - 1]!.text.toLowerCase()) &&
      !PLURAL_PRONOUNS.has(ts[k - 1]!.text.toLowerCase())
    )
      continue;
    // "He is said to be mediating", "they were told to leave": passive, the subject does not speak.
    if (
      passive &&
      nextWord === 'to' &&
      (lower === 'said' ||
        lower === 'told' ||
        lower === 'asked' ||
        lower === 'urged' ||
        lower === 'advised' ||
        lower === 'expected')
    )
      continue;
    // "Parents have been told for years ...", "he was warned": the subject is the one addressed;
    // "she is widely considered the favourite", "he is accused of ...": the one judged.
    if (passive && (ADDRESSING.has(lemma) || judgedInPassive(lower, lemma))) continue;
    // "they will be felt", "it was thought", "the letter was written": what is said or thought is
    // the subject of a passive, not who says it (a state of mind stays one: "were worried").
    if (passive && lemma !== 'worry' && lower !== lemma) continue;
    // "This is often called backtesting", "a practice known as ...": a passive of naming names a thing.
    if (passive && lower.endsWith('ed') && (lemma === 'call' || lemma === 'dub' || lemma === 'term'))
      continue;
    // "the state party", "a call": after a determiner the word is a noun.
    // ("a story that claimed ...": after a relative "that" a verb in the past or present is a verb;
    // '"... fight this," said': a word across a comma or a quotation mark is no determiner of it.)
    const gapBefore = k > 0 ? s.text.slice(ts[k - 1]!.end, t.start) : '';
    const relative = k > 0 && /^that$/i.test(ts[k - 1]!.text) && /(?:ed|s)$/.test(lower);
    if (
      k > 0 &&
      !relative &&
      !/[,;:"“”]/.test(gapBefore) &&
      (NOUN_MARKERS.has(ts[k - 1]!.text.toLowerCase()) || /\p{L}['’]s$/u.test(ts[k - 1]!.text))
    )
      continue;
    // "the Mueller report", "the SCOTUS writing": after a determiner and a name, a bare or -ing form
    // is the noun of a compound (a singular name takes "reports"; "the Democrats claim" is a verb).
    if (k > 0 && (lower === lemma || lower.endsWith('ing')) && afterDeterminedName(s.text, ts, k)) continue;
    // "the report in question", "under review": after a preposition a bare form is a noun.
    if (k > 0 && lower === lemma && IN_NOUN.has(ts[k - 1]!.text.toLowerCase())) continue;
    // "many states announced", "other claims": after a plural quantifier a verb takes no -s, so
    // the word is a noun; "thanks to" is a preposition.
    if (
      (k > 0 &&
        lower !== lemma &&
        lower.endsWith('s') &&
        PLURAL_QUANTIFIERS.has(ts[k - 1]!.text.toLowerCase())) ||
      (lower === 'thanks' && nextWord === 'to')
    )
      continue;
    // "Bagheri is quoted as saying ...": the subject stands before "quoted".
    const quotedAs =
      lower === 'saying' && k >= 2 && /^as$/i.test(ts[k - 1]!.text) && /^quoted$/i.test(ts[k - 2]!.text);
    shifted ??= inSentence(mentions, s);
    // Inverted right after a quotation: `"...," said Peskov`. Asked first: the word before the verb
    // closes the quotation ("We will fight this," said Smith), so it is no subject; the source may
    // be a role or an unnamed one ('"...," said union boss Bob Smith', '... said a spokeswoman').
    const inverting = INVERTING.has(lemma);
    if (inverting && /[,!?]\s*[”"]|[”"]\s*,/.test(gapBefore)) {
      const after =
        invertedSubject(s.text, ts, k + 1, shifted, ctx) ?? sourceAfter(s.text, ts, k + 1, shifted, ctx);
      if (after) return atVerb(after, t);
    }
    const subject =
      subjectBefore(s.text, ts, quotedAs ? k - 2 : k, shifted, ctx) ??
      // "Emery retweeted the story, saying ...", "Trump lashed out at the judge, calling him ...":
      // a participle of saying after a comma (or a dash: "The author draws a parallel ...—suggesting
      // ...") speaks for the sentence's subject.
      (lower.endsWith('ing') && /[,—–]/.test(gapBefore)
        ? sentenceSubject(s.text, ts, k, shifted, ctx)
        : undefined) ??
      // "Jeb Bush offered a defense of ... and attacked the administration": a second verb of the
      // sentence's subject.
      (k > 1 && secondVerbOfSaying(ts, k, lower, lemma)
        ? sentenceSubject(s.text, ts, k, shifted, ctx)
        : undefined);
    if (subject) return atVerb(subject, t);
    // Inverted after a comma: `..., said Peskov.`
    if (inverting && gapBefore.includes(',')) {
      const after = invertedSubject(s.text, ts, k + 1, shifted, ctx);
      if (after) return { ...after, via: 'indirect', verb: t.text, start: t.start, end: t.end };
      // (`..., said seven people familiar with the matter.`, `..., say economists, ...`: a verb of
      // saying with a source noun right after it.)
      if (lemma === 'say' && sourceNounAfter(s.text, ts, k + 1)) {
        const unnamed = sourceAfter(s.text, ts, k + 1, shifted, ctx);
        if (unnamed?.unnamed) return atVerb(unnamed, t);
      }
    }
  }
  return undefined;
}

/**
 * The subject that opens the sentence (or its main clause, after a short lead such as "On Monday,"),
 * for a participle of saying further on: a person or organisation named first, a pronoun, or an
 * unnamed source ("The ministry issued a statement, saying ...").
 */
function sentenceSubject(
  text: string,
  ts: Token[],
  k: number,
  rel: Mention[],
  ctx: Context,
): SourceFound | undefined {
  // (The subject after a short lead, or after two: "On Monday morning, however, Trump ...".)
  const starts = [0];
  for (let i = 1; i < Math.min(k - 1, 8) && starts.length < 3; i++)
    if (text.slice(ts[i - 1]!.end, ts[i]!.start).includes(',')) starts.push(i);
  for (const a of starts) {
    const w = ts[a]!.text.toLowerCase();
    if (PERSON_PRONOUNS.has(w)) return { pronoun: 'person', pronounText: w, pronounAt: ts[a]!.start };
    if (PLURAL_PRONOUNS.has(w)) return { pronoun: 'plural', pronounText: w, pronounAt: ts[a]!.start };
    // (A name, or a name after title words: "Former Florida governor Jeb Bush". The name must be
    // the whole subject: "Trump lashed out", not "Trump supporters rallied", whose head noun is the
    // unnamed source below.)
    for (const m of rel) {
      // (Within ten words: "Former Florida governor and likely GOP presidential candidate Jeb Bush".)
      if (m.start < ts[a]!.start || m.start > ts[Math.min(a + 10, ts.length - 1)]!.start) continue;
      if (!titlesUpTo(ts, a, m.start)) break;
      const e = ctx.byId.get(m.entity);
      const next = ts.find((t) => t.start >= m.end);
      if (e && !m.possessive && !m.adjective && e.type !== 'place' && next && next.start < ts[k]!.start) {
        if (looksLikeVerb(next.text)) return { entity: e, role: m.role };
      }
    }
    for (let j = a; j < Math.min(a + 4, k); j++) {
      // ("The senator voted against the bill, arguing ...": a definite role is a person too.)
      const u = unnamedEndingAt(text, ts, j, rel, ctx) ?? (j > a ? pointerAt(text, ts, j, rel) : undefined);
      if (u) return u;
    }
  }
  return undefined;
}

// Prepositions after which a bare word of saying is a noun ("in question", "under review", "without comment").
const IN_NOUN = new Set(['in', 'under', 'without', 'of', 'for', 'after', 'upon', 'beyond']);

/** Whether ts[k] follows a determiner and one to three capitalised words, the last not a plural. */
function afterDeterminedName(text: string, ts: Token[], k: number): boolean {
  let j = k - 1;
  while (
    j >= 0 &&
    k - j <= 3 &&
    isCapitalized(ts[j]!.text) &&
    !NOUN_MARKERS.has(ts[j]!.text.toLowerCase()) &&
    onlySpaces(text, ts[j]!.end, ts[j + 1]!.start)
  )
    j--;
  if (j === k - 1 || j < 0 || /s$/.test(ts[k - 1]!.text)) return false;
  return NOUN_MARKERS.has(ts[j]!.text.toLowerCase()) && onlySpaces(text, ts[j]!.end, ts[j + 1]!.start);
}

// Words between two titles of one person: "Former Florida governor and likely GOP presidential
// candidate Jeb Bush".
const BETWEEN_TITLES = new Set([
  'and',
  'likely',
  'possible',
  'potential',
  'presumptive',
  'former',
  'current',
  'longtime',
]);

/**
 * Whether the words from ts[a] up to `end` are all capitalised or role titles ("Former Florida
 * governor"), or BETWEEN_TITLES' words joining them.
 */
function titlesUpTo(ts: Token[], a: number, end: number): boolean {
  for (let b = a; b < ts.length && ts[b]!.start < end; b++) {
    const w = ts[b]!.text.toLowerCase();
    if (isCapitalized(ts[b]!.text) || roleTitles().has(w) || (b > a && BETWEEN_TITLES.has(w))) continue;
    // ("likely GOP presidential candidate": a word of the title right before its role noun.)
    const next = ts[b + 1];
    if (b > a && next && next.start < end && roleTitles().has(next.text.toLowerCase())) continue;
    return false;
  }
  return true;
}

// Adverbs between a subject and its verb of saying ("Critics have long argued", "he often says",
// "Rubio has since said").
// ("Reagan, Bush and Clinton all thought ...": a floating quantifier after the subject.)
const SUBJECT_ADVERBS = new Set([
  'since',
  'long',
  'often',
  'always',
  'now',
  'just',
  'first',
  'ever',
  'soon',
  'yet',
  'all',
  'both',
]);

/** A word right after a subject that reads as its verb ("lashed", "says", "has", "quickly"), not a noun it modifies. */
function looksLikeVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (FILLERS.has(w) || IRREGULAR_FORMS.has(w) || /(?:ed|ly)$/.test(w)) return true;
  return /[^su]s$/.test(w) && UNNAMED_SOURCES[w] === undefined && PEOPLE_BY_ROLE[w] === undefined;
}

/** A source noun ("people", "officials", "economists") within three words from ts[a], in one phrase. */
function sourceNounAfter(text: string, ts: Token[], a: number): boolean {
  for (let j = a; j < ts.length && j < a + 4; j++) {
    if (j > a && !onlySpaces(text, ts[j - 1]!.end, ts[j]!.start)) return false;
    const w = ts[j]!.text.toLowerCase();
    if (UNNAMED_SOURCES[w] !== undefined || (PEOPLE_BY_ROLE[w] !== undefined && isPlural(w))) return true;
  }
  return false;
}

const ABBREVIATION_PERIOD = /\b(\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Col|St|Jr|Sr|Inc|Corp|Co|Ltd)\./gu;
// ", R-Maine", ", D-Calif.", " (D-NY)": a lawmaker's party and state right after the name; the
// same before "who" ("Joe Kennedy III, D-Mass., who says ...").
const PARTY = String.raw`[DRI]-[\p{L}.]+(?:\s[\p{L}.]+)?`;
const PARTY_STATE = new RegExp(String.raw`^\s*(?:,\s*${PARTY}(?=\s*,)|\([DRI]-[^()]{1,15}\)(?=\s*,))`, 'u');
const PARTY_STATE_BEFORE = new RegExp(String.raw`,\s*${PARTY}\s*,\s*$`, 'u');
const DASH_APPOSITION = /^\s*[—–]\s*([^—–]+?)\s*[—–]\s*$/;
// One apposition between commas, with no comma, quotation mark or colon inside.
const ONE_APPOSITION = /^\s*,[^,;:"“”]+,\s*$/;
// A short quotation inside an apposition, read as one word: "who has been hammered as “low energy”".
const QUOTED_WORDS = /“[^“”]{1,40}”|"[^"]{1,40}"/g;
const LONG_APPOSITION = /^\s*,\s*(?:a|an|the|who|whose|his|her|their|its|one|another|former|now)\s[^.!?]*$/i;

/** A long apposition in a usual shape: LONG_APPOSITION's, or a role title first (", leader of ..."). */
function longApposition(text: string): boolean {
  // (The periods of initials and titles end no sentence: "under President George H.W. Bush".)
  const between = text.replace(ABBREVIATION_PERIOD, '$1');
  if (LONG_APPOSITION.test(between)) return true;
  const first = /^\s*,\s*(\p{Ll}+)\s[^.!?]*$/u.exec(between);
  return first !== null && roleTitles().has(first[1]!);
}

// Modals before "have" and a participle that make a saying hypothetical: "might have suggested".
const COUNTERFACTUAL = new Set([
  'might',
  'could',
  'should',
  'would',
  'must',
  "couldn't",
  "shouldn't",
  "wouldn't",
]);

// A modal and the unnamed someone a writer imagines speaking: "Many would argue", "One might say".
const IMAGINING = new Set(['would', 'might', 'could', 'may']);
const IMAGINED_SPEAKERS = new Set([
  'many',
  'some',
  'others',
  'one',
  'someone',
  'few',
  'skeptics',
  'sceptics',
  'critics',
]);

// Nouns of a view that are verbs of saying as well, read as owned views only after an owner.
const OWNED_SAYINGS = new Set(['claim', 'fear', 'worry']);

// Nouns of a saying that may happen: "the right to say", "the freedom to criticise".
const MAY_SAY = new Set(
  'right rights freedom ability chance opportunity permission power courage nerve temerity audacity licence license liberty'.split(
    ' ',
  ),
);
// Verbs of saying only before the words that make them one: "pointed out", "points to" (not "to
// the breaking point"); "push for", "lobbied for", a demand (not "pushed the door", "pressed
// charges"); and verbs as often nouns, only where a view follows: "protested that the plan was
// unfair", "protested against the war" (not "students protest outside the embassy", an event),
// "objected to", "disputed the claim", "joked about", "hinted at" (not "Edgestore objects can be").
const OBJECTS = 'the a an his her their its this these those it claims allegations';
// After "called": what is convened, with no name given to it after ("a super-secret meeting of the
// commission"; not "called the vote a sham"), "off", "up", "in", or someone's bluff.
const CALLED_NO_VIEW =
  /^\s+(?:(?:off|up|in)\b|(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}(?:meeting|meetings|conference|session|vote|election|elections|referendum|strike|halt|truce|ceasefire|recess|summit|hearing|time-?out)(?=\s*$|\s*[,.;:]|\s+(?:of|for|on|over|to|in|at|after|before|with)\b)|(?:[\p{L}.’'-]+\s+){1,4}bluff\b)/iu;
// What follows "added" when words are added: a mark, the end, "that", where or how they were said
// ("added from behind the wheel", "added touchingly"; not "added nearly $24 billion").
const ADDED_WORDS =
  /^(?:\s*[,:;.!?"“”'’—–)]|\s*$|\s+(?:that|in|on|from|as|with|during|when|while|after|later|(?!(?:near|rough|on|ear|ful|bare|hard|most|part|sure)ly)\p{L}+ly)\b)/iu;
const ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['out', 'to'])],
  ...[...DEMANDING_FOR].map((lemma) => [lemma, new Set(['for'])] as const),
  ['protest', new Set(['that', 'against'])],
  ['object', new Set(['that', 'to'])],
  ['dispute', new Set(['that', ...OBJECTS.split(' ')])],
  ['joke', new Set(['that', 'about'])],
  ['hint', new Set(['that', 'at'])],
  ['muse', new Set(['that', 'about', 'on'])],
]);
// Verbs that lead into the verb of saying without taking the words from its subject: "went on to
// admit", "continued to insist", "was quick to condemn". ("seemed to think" is the writer's reading
// of someone's mind, vouched for by the writer: the outlet's.)
const LEAD_INS = new Set(['continued', 'continues', 'continue', 'quick']);
const GOING_ON = new Set(['went', 'goes', 'go']);

/**
 * How many words lead into the verb before ts[to], "to" included ("went on to": 3, "continued
 * to": 2), or 0 when they are not such a lead-in ("caused Marco to question": the scan stops at "to").
 */
function leadInBefore(text: string, ts: Token[], to: number): number {
  const joined = (a: number) => a >= 0 && onlySpaces(text, ts[a]!.end, ts[a + 1]!.start);
  const w1 = to > 0 && joined(to - 1) ? ts[to - 1]!.text.toLowerCase() : '';
  if (w1 === 'on') {
    const w2 = to > 1 && joined(to - 2) ? ts[to - 2]!.text.toLowerCase() : '';
    return GOING_ON.has(w2) ? 3 : 0;
  }
  return LEAD_INS.has(w1) ? 2 : 0;
}

// A headline's speaker and verb at its end, after its quotation or clause: "‘We Need Roy Moore to
// Win in Alabama,’ Trump Says", "..., Critics Say".
const SPEAKER_AT_END = /[,:”’"]\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;

/** The last word of a title-case line is its verb of saying after an inverted speaker (SPEAKER_AT_END). */
function endsHeadline(text: string, ts: Token[], k: number): boolean {
  if (k !== ts.length - 1 || k < 2) return false;
  const lemma = speechLemma(ts[k]!.text);
  if (lemma === undefined || SPEECH_WEAK.has(lemma)) return false;
  return SPEAKER_AT_END.test(text.slice(0, ts[k]!.start));
}

/** A source found for the verb of saying `t`: a named one speaks "indirect"ly, an unnamed one as such. */
function atVerb(f: SourceFound, t: Token): Found {
  return { ...f, via: f.unnamed ? 'unnamed' : 'indirect', verb: t.text, start: t.start, end: t.end };
}

/** The source right before the verb at ts[k]: a named mention, a pronoun or an unnamed-source noun. */
export function subjectBefore(
  text: string,
  ts: Token[],
  k: number,
  rel: Mention[],
  ctx: Context,
): SourceFound | undefined {
  // "Rep. Scott Perry (R-Pa.) said": a short aside in parentheses right before the verb is read
  // past, as if it were blank.
  const aside = k > 0 ? /\([^()]{1,40}\)\s*$/.exec(text.slice(0, ts[k]!.start)) : null;
  if (aside && aside.index > 0) {
    const blank = text.slice(0, aside.index) + ' '.repeat(aside[0].length) + text.slice(ts[k]!.start);
    const kept = ts.filter((t, i) => i >= k || t.end <= aside.index);
    return subjectBefore(blank, kept, kept.indexOf(ts[k]!), rel, ctx);
  }
  let j = k - 1;
  while (j >= 0 && onlySpaces(text, ts[j]!.end, ts[j + 1]!.start)) {
    const w = ts[j]!.text.toLowerCase();
    const timeLead = TIME_LEADS.has(w) && j + 1 < k && TIME_WORDS.has(ts[j + 1]!.text.toLowerCase());
    // ("Critics remain skeptical", "Fans seem unconvinced": a copula before a state of mind.)
    if (
      FILLERS.has(w) ||
      COPULAS.has(w) ||
      COPULAS.has(w.replace(/n['’]t$/, '')) ||
      COPULA_DEGREE.has(w) ||
      SUBJECT_ADVERBS.has(w) ||
      isLyAdverb(w) ||
      (TIME_WORDS.has(w) && j + 1 === k) ||
      timeLead
    )
      j--;
    else if (TIME_WORDS.has(w) && j > 0 && TIME_LEADS.has(ts[j - 1]!.text.toLowerCase())) j--;
    else if (w === 'to' && j + 1 === k && leadInBefore(text, ts, j) > 0) j -= leadInBefore(text, ts, j);
    else break;
  }
  if (j < 0) return undefined;
  const prev = ts[j]!;
  if (!onlySpaces(text, prev.end, ts[j + 1]!.start)) {
    // "Dmitry Peskov, the Kremlin spokesman, said": the subject before an apposition.
    return appositionSubject(text, ts, ts[j + 1]!.start, rel, ctx);
  }
  const lw = prev.text.toLowerCase();
  // "an article by New York magazine that claimed ...", "officials who said ...": a relative
  // pronoun speaks for the source right before it.
  if (
    RELATIVES.has(lw) &&
    j > 0 &&
    onlySpaces(text, ts[j - 1]!.end, prev.start) &&
    !RELATIVES.has(ts[j - 1]!.text.toLowerCase())
  ) {
    const r = subjectBefore(text, ts, j, rel, ctx);
    // ("The mayor met residents who said": the source is the noun, not the words before it.)
    const head = UNNAMED_SOURCES[ts[j - 1]!.text.toLowerCase()];
    return r?.unnamed && head ? { ...r, speaker: head } : (r ?? writingBefore(text, ts, j));
  }
  // "Smith, who says the plan is a disaster, ...": a person named right before the comma ("Bassi,
  // who advises the minister": advising as a job is no view).
  // ("Joe Kennedy III, D-Mass., who says ...": past a party and state.)
  const lead = lw === 'who' && j > 0 ? text.slice(0, prev.start).replace(PARTY_STATE_BEFORE, ', ') : '';
  const comma = /\s*,\s*$/.exec(lead);
  if (comma && !/^advis/i.test(ts[k]?.text ?? '')) {
    const named = rel.find((x) => x.end === comma.index && !x.possessive && !x.adjective);
    const e = named && ctx.byId.get(named.entity);
    if (named && e?.type === 'person') return { entity: e, role: named.role };
  }
  const pointer = pointerAt(text, ts, j, rel);
  if (pointer) return pointer;
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
    // "Tunisians worry ...": a demonym in the plural is the people speaking, not the country.
    if (m.adjective && !m.possessive && GROUP_PLURAL.test(prev.text)) {
      const many = j > 0 && /^(?:many|most|some|few)$/i.test(ts[j - 1]!.text) ? ts[j - 1]! : prev;
      return { speaker: text.slice(many.start, prev.end), unnamed: true, plural: true };
    }
    if (m.possessive || m.adjective) return undefined;
    let before = ts.findLastIndex((t) => t.end <= m.start);
    // "Proponents of the JCPOA argue": look past a determiner for the preposition.
    if (before > 0 && DETERMINERS.has(ts[before]!.text.toLowerCase())) before--;
    const bw = before >= 0 ? ts[before]!.text.toLowerCase() : '';
    // "engagement with Azerbaijan underscores": an object of a preposition is no subject, except
    // the participial "with X accusing ...".
    // ("A lawyer hired by Minnesota Democrats says": the head noun before it may still be the source.)
    if (PREPOSITIONS.has(bw) && !(bw === 'with' && /ing$/.test(ts[k]!.text))) {
      // "Barbara Boxer of California was critical", "Eddie Foye of Hooksett told": a person and
      // where they are from.
      if ((bw === 'of' || bw === 'from') && before > 0 && ctx.byId.get(m.entity)?.type === 'place') {
        const person = rel.find((x) => x.end === ts[before - 1]!.end && !x.possessive && !x.adjective);
        const e = person && ctx.byId.get(person.entity);
        if (person && e?.type === 'person') return { entity: e, role: person.role };
      }
      return unnamedEndingAt(text, ts, j, rel, ctx) ?? describedSpeaker(text, ts, j, ts[k]!);
    }
    const e = ctx.byId.get(m.entity);
    if (!e) return undefined;
    return { entity: e, role: m.role };
  }
  return unnamedEndingAt(text, ts, j, rel, ctx) ?? describedSpeaker(text, ts, j, ts[k]!);
}

// A word between "the" and a role title: one word of letters ("former", "opposition", "Labour").
const ROLE_MODIFIER = /^\p{L}[\p{L}-]*$/u;
const NOT_MODIFIER = new Set([...DETERMINERS, ...PREPOSITIONS, 'and', 'or', 'but', 'who', 'that', 'which']);

/**
 * A subject that points back to someone: a pronoun ("he", "they"), or a definite role ("The
 * secretary-general later added") that refers to the last person speaking. (Generic source nouns
 * such as "the official" stay unnamed sources.)
 */
function pointerAt(text: string, ts: Token[], j: number, rel: Mention[]): SourceFound | undefined {
  const prev = ts[j]!;
  const lw = prev.text.toLowerCase();
  if (PERSON_PRONOUNS.has(lw)) return { pronoun: 'person', pronounText: lw, pronounAt: prev.start };
  if (PLURAL_PRONOUNS.has(lw)) return { pronoun: 'plural', pronounText: lw, pronounAt: prev.start };
  if (!roleTitles().has(lw) || UNNAMED_SOURCES[lw] !== undefined) return undefined;
  // (Up to two words between "the" and the title: "the former president", "the opposition
  // leader", "the Labour leader".)
  let d = j - 1;
  while (
    d > 0 &&
    j - d <= 2 &&
    ROLE_MODIFIER.test(ts[d]!.text) &&
    !NOT_MODIFIER.has(ts[d]!.text.toLowerCase())
  )
    d--;
  if (d >= 0 && /^the$/i.test(ts[d]!.text) && !rel.some((m) => m.end === ts[d]!.end)) {
    const phrase = text.slice(ts[d]!.start, prev.end);
    return {
      pronoun: 'person',
      pronounText: phrase.charAt(0).toLowerCase() + phrase.slice(1),
      definite: true,
    };
  }
  return undefined;
}

export function appositionSubject(
  text: string,
  ts: Token[],
  verbStart: number,
  rel: Mention[],
  ctx: Context,
): SourceFound | undefined {
  let passedLong = false;
  for (let k = rel.length - 1; k >= 0; k--) {
    const m = rel[k]!;
    if (m.end >= verbStart) continue;
    // (A party and state before the apposition is part of the name: "Susan Collins, R-Maine, a key
    // swing vote ..., said".)
    // (An apposition between dashes reads as one between commas: "Chris Gowen — a former aide to
    // Hillary Clinton — told".)
    const raw = text.slice(m.end, verbStart).replace(DASH_APPOSITION, ', $1, ');
    const between = raw.replace(PARTY_STATE, '').replace(QUOTED_WORDS, 'Q');
    // ("Sen. Cory Booker, D-N.J., defended ...": the party and state alone stand between.)
    if (between !== raw && /^\s*,\s*$/.test(between) && !m.possessive && !m.adjective) {
      const e = ctx.byId.get(m.entity);
      if (e) return { entity: e, role: m.role };
    }
    // (A long apposition only in the usual shapes: ", a controversial radio host in Australia with
    // a long history of ..., called"; not a stretch of clauses. Up to 250 characters with no comma
    // inside: "William G. Gale, a senior fellow in ... under President George H.W. Bush, said".)
    // (A mention inside the apposition, with no comma right after it, is passed over; if no name
    // before the apposition is found, no other subject is looked for.)
    if (between.length > 90) {
      if (between.length <= 250 && !/^\s*,/.test(between)) {
        passedLong = true;
        continue;
      }
      if (!longApposition(between)) return undefined;
      if (between.length > 150 && !(between.length <= 250 && ONE_APPOSITION.test(between))) return undefined;
    }
    // "Ellison’s ex-girlfriend, Karen Monahan, alleged": the name is itself the apposition.
    if (/^\s*,\s*$/.test(between) && /,\s*$/.test(text.slice(0, m.start)) && !m.possessive) {
      const e = ctx.byId.get(m.entity);
      if (e?.type === 'person') return { entity: e, role: m.role };
    }
    if (!ONE_APPOSITION.test(between)) continue; // a mention inside the apposition
    if (m.possessive || m.adjective) return undefined;
    const e = ctx.byId.get(m.entity);
    return e ? { entity: e, role: m.role } : undefined;
  }
  if (passedLong) return undefined;
  // "A former official, who asked not to be named, told ...": an unnamed source before the apposition.
  const open = /,[^,;:"“”]{1,80},\s*$/.exec(text.slice(Math.max(0, verbStart - 90), verbStart));
  if (!open) return undefined;
  const at = Math.max(0, verbStart - 90) + open.index;
  const j = ts.findLastIndex((t) => t.end <= at);
  if (j < 0 || !onlySpaces(text, ts[j]!.end, at)) return undefined;
  // ("The senator, speaking on Fox News, called ...", "She, like many others, said ...")
  return unnamedEndingAt(text, ts, j, rel, ctx) ?? pointerAt(text, ts, j, rel);
}

// Verbs that invert after a quote: `"...," said Peskov.`
export const INVERTING = new Set([
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
export function invertedSubject(
  text: string,
  ts: Token[],
  k: number,
  rel: Mention[],
  ctx: Context,
): SourceFound | undefined {
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
export function sourceAfter(
  text: string,
  ts: Token[],
  k: number,
  rel: Mention[],
  ctx: Context,
): SourceFound | undefined {
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
    // (Within one phrase: '"Bartleby," said I, "when those papers are ..."' names no "those".)
    if (h > a && /[,;:"“”]/.test(text.slice(ts[h - 1]!.end, ts[h]!.start))) break;
    const display = UNNAMED_SOURCES[ts[h]!.text.toLowerCase()];
    if (display) {
      const speaker = h > a ? text.slice(ts[a]!.start, ts[h]!.end) : display;
      return { speaker, unnamed: true, plural: isPlural(ts[h]!.text.toLowerCase()) };
    }
  }
  return officeAfter(text, ts, k) ?? phraseAfter(text, ts, a);
}

/** Words that open or end no source phrase after "according to": wh-words, pronouns, possessives. */
const NOT_A_SOURCE = new Set(
  'how what whether when where why i me my we our you your he him his she her they them their it its this these those'.split(
    ' ',
  ),
);
/** Heads of "according to ..." in the sense "in keeping with". */
const NOT_A_SOURCE_HEAD = new Set(
  'plan plans custom customs tradition traditions schedule size age taste need needs rank type preference rules rule instructions law'.split(
    ' ',
  ),
);

// Writings that speak through a relative clause ("an article by New York magazine that claimed
// ..."): only there, not as a subject of their own ("Article posted with permission").
const WRITINGS = new Set(
  (
    'article articles magazine newspaper paper post posts tweet tweets column op-ed blog website book ' +
    'piece letter memo editorial story stories video'
  ).split(' '),
);

/**
 * The writing right before the relative pronoun at ts[j] ("an article by New York magazine that
 * claimed"), with its words back to a determiner (at most 6, no punctuation between), as an unnamed
 * source; undefined when the word before it is no writing.
 */
function writingBefore(text: string, ts: Token[], j: number): SourceFound | undefined {
  // The writing is the head, or stands before a "by/from X" tail ("an article by New York
  // magazine"): the earliest writing in the 6 words before, with no punctuation between.
  let h = -1;
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) {
    if (k < j - 1 && !onlySpaces(text, ts[k]!.end, ts[k + 1]!.start)) break;
    if (WRITINGS.has(ts[k]!.text.toLowerCase())) h = k;
  }
  if (h < 0) return undefined;
  // Back over the words of a name and one determiner: "New York magazine", "an article".
  let a = h;
  while (
    a > 0 &&
    a > h - 4 &&
    onlySpaces(text, ts[a - 1]!.end, ts[a]!.start) &&
    isCapitalized(ts[a - 1]!.text)
  )
    a--;
  if (
    a > 0 &&
    onlySpaces(text, ts[a - 1]!.end, ts[a]!.start) &&
    DETERMINERS.has(ts[a - 1]!.text.toLowerCase())
  )
    a--;
  return { speaker: text.slice(ts[a]!.start, ts[j - 1]!.end), unnamed: true };
}

/**
 * "according to a computer programmer who ...", "according to people briefed on ...": whatever
 * the phrase names is the source, even when no list knows its head noun. Its words up to the first
 * punctuation or relative pronoun (at most 6), when the first is a word and not a number.
 */
function phraseAfter(text: string, ts: Token[], a: number): SourceFound | undefined {
  // "according to how much they paid", "according to my mood": no source.
  if (a >= ts.length || NOT_A_SOURCE.has(ts[a]!.text.toLowerCase())) return undefined;
  let h = a;
  while (
    h < ts.length &&
    h < a + 6 &&
    !RELATIVES.has(ts[h]!.text.toLowerCase()) &&
    !PREPOSITIONS.has(ts[h]!.text.toLowerCase()) &&
    !NOT_A_SOURCE.has(ts[h]!.text.toLowerCase()) &&
    /^\p{L}[^.]*$/u.test(ts[h]!.text)
  ) {
    h++;
    if (h < ts.length && !onlySpaces(text, ts[h - 1]!.end, ts[h]!.start)) break;
  }
  if (h === a) return undefined;
  // "according to plan", "according to custom": in keeping with, not a source.
  if (NOT_A_SOURCE_HEAD.has(ts[h - 1]!.text.toLowerCase())) return undefined;
  const from = ts[a > 0 && DETERMINERS.has(ts[a - 1]!.text.toLowerCase()) ? a - 1 : a]!.start;
  const last = ts[h - 1]!.text.toLowerCase();
  return { speaker: text.slice(from, ts[h - 1]!.end), unnamed: true, plural: isPlural(last) };
}

/**
 * "according to the mayor", "according to the report": a role or a document, not a name. The
 * phrase up to the next punctuation (at most 5 words) is the source, when it ends in a role title
 * or a source document.
 */
export function officeAfter(text: string, ts: Token[], k: number): SourceFound | undefined {
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
export const SOURCE_DOCUMENTS = new Set(
  'report reports study studies survey surveys poll polls data statement statements filing filings documents document complaint indictment lawsuit analysis memo letter records estimates figures'.split(
    ' ',
  ),
);

// What one claims by taking it, not by saying it: "claimed responsibility for the attack".
const CLAIMED_THINGS = new Set('responsibility credit victory ownership authorship'.split(' '));

// Verbs of describing that always take an object ("described the plan", never "described in ...").
const DESCRIBING_PARTICIPLES = new Set(
  'described mentioned outlined discussed cited listed detailed highlighted presented referenced quoted'.split(
    ' ',
  ),
);
// What follows such a participle when it has no object: a place in the text or a preposition.
const NO_OBJECT_AFTER = new Set(
  'in here above below earlier previously later elsewhere on at throughout so'.split(' '),
);

// Verbs whose object after a "what" clause is the view itself ("what he called a witch hunt",
// "what they saw as bloat", "what many consider a betrayal"): the view stays the subject's.
const NAMING_LEMMAS = new Set([
  'call',
  'dub',
  'term',
  'label',
  'brand',
  'describe',
  'consider',
  'regard',
  'see',
  'view',
]);

/**
 * A verb of saying inside a free relative, "what" or "whatever" before its subject in one phrase:
 * its object is the "what", a view named, not set out, and the sentence around it is the writer's
 * ("How to get shanked doing what people say they want", "what he thinks someone doing that job
 * should look like", "whatever deity Jason may believe in", "silence what they believe to be fake
 * news", "say what he believes."). Not a pseudo-cleft ("What critics say is that ..."), a colon
 * after the verb, or a verb whose object names the view ("what he called a witch hunt", "what they
 * saw as bloat").
 */
function objectOfWhat(text: string, ts: Token[], k: number, lemma: string): boolean {
  let found = false;
  for (let j = k - 2; j >= 0 && j >= k - 5 && !found; j--) {
    if (/[,;:.!?()“”"]/.test(text.slice(ts[j]!.end, ts[j + 1]!.start))) return false;
    found = /^what(?:ever)?$/i.test(ts[j]!.text);
  }
  if (!found) return false;
  const after = text.slice(ts[k]!.end);
  if (/^\s*(?:[.,;!?)]|$)/.test(after)) return true;
  if (/^\s*:/.test(after) || NAMING_LEMMAS.has(lemma)) return false;
  const next = ts[k + 1]?.text.toLowerCase() ?? '';
  return !(next === 'as' || next === 'is' || next === 'was' || next === 'are' || next === 'were');
}

/**
 * "the ideas described in this chapter", "the risks mentioned above", "the studies cited": a
 * participle of describing right after a lower-case noun, with a preposition, a place in the text
 * or the clause's end after it (no object), is a reduced relative clause, not a subject speaking
 * ("Some of the protesters described the police as brutal" has its object; "described in detail
 * how ..." is still a verb).
 */
function describesNounBefore(text: string, ts: Token[], k: number): boolean {
  const t = ts[k]!;
  if (!DESCRIBING_PARTICIPLES.has(t.text.toLowerCase()) || k === 0) return false;
  const before = ts[k - 1]!;
  if (!onlySpaces(text, before.end, t.start) || !/^\p{Ll}+$/u.test(before.text)) return false;
  if (
    DETERMINERS.has(before.text) ||
    PERSON_PRONOUNS.has(before.text) ||
    PLURAL_PRONOUNS.has(before.text) ||
    isLyAdverb(before.text) ||
    before.text.endsWith('ed')
  )
    return false;
  const next = ts[k + 1];
  if (!next) return true;
  if (!onlySpaces(text, t.end, next.start)) return /^\s*[,.;:)]/.test(text.slice(t.end));
  const word = next.text.toLowerCase();
  if (word === 'in' && ts[k + 2]?.text.toLowerCase() === 'detail') return false;
  return NO_OBJECT_AFTER.has(word);
}
