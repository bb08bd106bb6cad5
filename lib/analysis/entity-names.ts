/**
 * Words that are names by what the word vectors know (names/name-words.ts, fitted by
 * lib/cli/train/names.ts), for the places where capitals say nothing: a lone surname opening a
 * sentence ("Sanders said ...") and names in title-case headlines ("Mitch McConnell Misses ...").
 */
import type { SentenceRef } from './entities';
import { classifyName } from './entity-kinds';
import { isNameForm } from './entity-name-form';
import { type Candidate, POSSESSIVE, spaceOnly } from './entity-words';
import { CALENDAR, FUNCTION_WORDS, HOLIDAYS } from './names/common';
import { knownNames, roleTitles } from './names/gazetteer';
import { EVENT_LAST_WORDS, ORG_CUE_WORDS, ORG_NOUNS } from './names/orgs';
import { TITLE_ABBREVIATIONS } from './names/roles';
import { SPEECH_WEAK, speechLemma } from './names/speech';
import { stripPossessive, type Token } from './tokens';

/**
 * A lone name word opening a sentence names someone when it is written as a possessive
 * ("Graham’s 180-degree pivot") or a word follows it ("Sanders said", "Obama’s plan"), a quotation
 * that runs on in lower case ("Kemp “ran a great race,” ..."), an aside in lower case or an age
 * ("Sisi, a general, said", "Trump, in asking ...", "Kasich, meanwhile, ...", "Kasich, known for
 * ...", "Bernstein, 19, was ...", "Putin, it seems, ..."), a party and state ("Pelosi, D-Calif.,",
 * "Cruz (R-Texas)"), a role after "the" ("Reid, the Senate
 * minority leader, ..."), the next name of a list ("Harris, Sanders and Warren"), or a colon
 * before a capital, as a speaker's label in an interview ("Kaine: “He said it.”"); not an
 * interjection ("Oops, the", "Ha!", "Well, Then") nor a label ("Con: money."). A name an editor
 * set in brackets in a quotation reads the same ("“[Trump] is ...").
 */
const OPENER_NAME_NEXT =
  /^\]?(?:[’']s?\s|,\s+[DRI]-\p{Lu}|\s+\([DRI][-)]|\s+\p{L}|\s+[“"‘]\p{Ll}|,\s+(?:\d{1,3},|(?:a|an|who|whose|which|meanwhile|however|too|though|also|further|furthermore|moreover|perhaps|arguably|still|once|now|then|in|at|on|by|with|for|from|after|before|during|despite|like|unlike|known|born|[\p{Ll}-]+-(?:year-old|born)|\p{Ll}+(?:ing|ed|ly))\b|(?:it|he|she|they|we|I|you)\s+(?:\p{Ll}+s|said|says|noted|added|argued|wrote|seems|appears|appeared|seemed)\b)|:\s+[“"‘]?\p{Lu})/u;

// ", Sanders and Warren", ", Bush meet": another name after a comma (a list or a headline pair).
const LIST_NEXT = /^,\s+(\p{Lu}\p{Ll}+)\b/u;
// ", the independent senator from Vermont": "the" and at most four words before a role word.
const THE_APPOSITION = /^,\s+the\s+((?:[\p{L}’'.-]+\s+){0,4}[\p{L}’'.-]+)/u;

export function openerIsName(word: string, after: string): boolean {
  if (word.length < 3 || !isNameForm(word)) return false;
  if (POSSESSIVE.test(word) || OPENER_NAME_NEXT.test(after)) return true;
  const next = LIST_NEXT.exec(after);
  if (next) return isNameForm(next[1]!);
  const the = THE_APPOSITION.exec(after);
  if (!the) return false;
  const titles = roleTitles();
  return the[1]!.split(/\s+/).some((w) => titles.has(w.toLowerCase()));
}

// Said only of a person: a relative "who", an age, a party and state, or kin and counsel after a possessive.
const WHO_OR_AGE = /^,\s+(?:who|whose|\d{1,3},|[DRI]-\p{Lu}[\p{L}.]*,)\s/u;
const KIN_AFTER =
  /^\s+(?:wife|husband|son|daughter|mother|father|brother|sister|grandfather|grandmother|parents|family|lawyer|attorney|spokesman|spokeswoman|spokesperson)\b/u;

/**
 * "Springare, who was ...", "Lauten, 41, lives ...", "Rahami’s wife": a capitalised word opening a
 * sentence that the name table does not know is still a name when only a person can stand there;
 * not a plural ("Others, who ...") nor "Everyone" / "Somebody".
 */
export function personAfter(word: string, after: string): boolean {
  const w = stripPossessive(word);
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || /(?:one|body)$/.test(w)) return false;
  if (POSSESSIVE.test(word) || /^['’]/.test(after)) return KIN_AFTER.test(after.replace(/^['’]s?/u, ''));
  return !w.endsWith('s') && WHO_OR_AGE.test(after);
}

/**
 * Names in a title-case line: runs of two or more capitalised name words ("Gary Cohn",
 * "Donald Trump’s", "Debbie Wasserman Schultz"), typed like any name. Offsets are block offsets.
 */
export function titleCandidates(s: SentenceRef, index: number, ts: Token[]): Candidate[] {
  const out: Candidate[] = [];
  // Words inside a known name of two or three words ("New Zealand", "Hong Kong") stay for it.
  const known = knownNames();
  const blocked = new Uint8Array(ts.length);
  for (let a = 0; a < ts.length; a++)
    for (let n = 2; n <= 3 && a + n <= ts.length; n++) {
      const form = ts
        .slice(a, a + n)
        .map((t) => stripPossessive(t.text))
        .join(' ')
        .toLowerCase();
      if (known.has(form)) blocked.fill(1, a, a + n);
    }
  let i = 0;
  while (i < ts.length) {
    let j = i;
    while (
      j < ts.length &&
      !blocked[j] &&
      isNameForm(ts[j]!.text) &&
      // ("Trump Warns ...": a verb of saying that could be a surname ends the name before it.)
      (j === i ||
        (spaceOnly(s.text, ts[j - 1]!.end, ts[j]!.start) &&
          !POSSESSIVE.test(ts[j - 1]!.text) &&
          !speaks(ts[j])))
    )
      j++;
    if (j - i >= 2 && j - i <= 4) {
      const last = ts[j - 1]!;
      const words = ts.slice(i, j).map((t, k) => (k === j - i - 1 ? stripPossessive(t.text) : t.text));
      const kind = classifyName(words, false);
      if (kind) {
        const possessive = POSSESSIVE.test(last.text);
        out.push({
          sentence: index,
          block: s.block,
          start: s.start + ts[i]!.start,
          end: s.start + last.end,
          text: s.text.slice(ts[i]!.start, last.end),
          words,
          possessive,
          adjective: false,
          locative: false,
          speechAfter: false,
          ...kind,
        });
      }
    } else if (j - i === 1) {
      // A lone name word beside a verb of saying: "Trump Slams Pelosi Over ...", "Biden Says Putin ...";
      // an owner ("Obama’s Sunny Presser"), a speaker's label ("McConnell: We Have the Votes"), after
      // a title ("President Obama to ...", "Pope Francis Offers ...") or where a headline puts its
      // subject or object ("Huckabee Jumps Into ...", "... Lead on Trump").
      const title = titleBefore(s.text, ts, i);
      const words = [stripPossessive(ts[i]!.text)];
      const kind =
        title || besideSpeech(ts, i) || ownerOrLabel(s.text, ts, i) || headlineSlot(s.text, ts, i)
          ? classifyName(words, false)
          : undefined;
      if (title && kind) Object.assign(kind, { kind: 'person', role: title });
      if (kind)
        out.push({
          sentence: index,
          block: s.block,
          start: s.start + ts[i]!.start,
          end: s.start + ts[i]!.end,
          text: ts[i]!.text,
          words,
          possessive: POSSESSIVE.test(ts[i]!.text),
          adjective: false,
          locative: false,
          speechAfter: speaks(ts[i + 1]),
          ...kind,
        });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

// Words a headline sets next to the name it is about: its verb after it ("Huckabee Jumps Into ...",
// "Lynch to Step Back", "Kavanaugh Is ...", "Bannon Mercilessly Mocked"), or a preposition before
// it ("... Lead on Trump", "After Moore Loss").
const HEADLINE_AUXILIARY = /^(?:Is|Was|Has|Had|Will|Would|Could|Can|Should|Must|May|Might|to)$/;
// (Not "to", "in", "at" or "from", which as often lead to a place: "Response to Charlottesville
// Protests"; nor "by", which in a credit opens a name the table may know only the first word of:
// "Video by David Botti".)
const HEADLINE_PREPOSITION = /^(?:on|with|for|against|over|after|before|about|vs|versus)$/i;
// A capitalised verb form: "Jumps", "Mocked", "Probing", "Mercilessly" (not "Congress", "Famous").
const VERB_FORM = /^\p{Lu}\p{Ll}*(?:[a-hj-rt-z]s|ed|ing|ly)$/u;

/**
 * A lone name word in a title-case line where a headline puts its subject or object: opening the
 * line or a part of it (after a colon, a comma or a dash) before the headline's verb, or after a
 * preposition. Not inside a longer title ("Special Editions Caused ...", "of Comparative Living
 * Standards"), and never a month, a day, a holiday or a function word ("Symptoms Versus Causes").
 */
function headlineSlot(text: string, ts: Token[], i: number): boolean {
  const t = ts[i]!;
  const word = stripPossessive(t.text);
  const w = word.toLowerCase();
  if (CALENDAR.has(w) || HOLIDAYS.has(w) || FUNCTION_WORDS.has(w) || HEADLINE_PREPOSITION.test(w))
    return false;
  // (Nor a noun that names are made of: "Museum Opens a New Wing", "Senate Votes", "Court Rules".)
  if (ORG_NOUNS.has(word) || ORG_CUE_WORDS.has(word) || EVENT_LAST_WORDS.has(word) || roleTitles().has(w))
    return false;
  const prev = ts[i - 1];
  const spaced = prev !== undefined && spaceOnly(text, prev.end, t.start);
  if (spaced && HEADLINE_PREPOSITION.test(prev.text)) return true;
  const next = ts[i + 1];
  if (spaced || !next || !spaceOnly(text, t.end, next.start) || POSSESSIVE.test(t.text)) return false;
  return HEADLINE_AUXILIARY.test(next.text) || VERB_FORM.test(next.text);
}

/** The title right before the word at i ("President", "Gov."), as its role. */
function titleBefore(text: string, ts: Token[], i: number): string | undefined {
  const t = ts[i - 1];
  if (!t || !spaceOnly(text, t.end, ts[i]!.start)) return undefined;
  if (TITLE_ABBREVIATIONS[t.text]) return TITLE_ABBREVIATIONS[t.text];
  return roleTitles().has(t.text.toLowerCase()) ? t.text : undefined;
}

// After a speaker's label: a quotation or the speaker's own "I" / "We" ("Kerry: I Didn’t Call ...").
const LABEL_SPEECH = /^:\s*(?:[“"‘']|(?:I|We|My|Our)\b)/u;

/**
 * The word at i is a possessive, or opens the line as a speaker's label before what they say
 * ("Pirro: ‘There Is a Traitor ...’"); not a topic label ("Cannes: South Korean Film Sells").
 */
function ownerOrLabel(text: string, ts: Token[], i: number): boolean {
  const t = ts[i]!;
  return POSSESSIVE.test(t.text) || (i === 0 && LABEL_SPEECH.test(text.slice(t.end)));
}

/** A verb of saying that names its speaker ("Slams", "Says", "Praises"), not one that doubles as a noun ("Post", "Calls"). */
function speaks(t: Token | undefined): boolean {
  const lemma = t ? speechLemma(t.text) : undefined;
  return lemma !== undefined && !SPEECH_WEAK.has(lemma);
}

/** The word at i stands right before a verb of saying, or right after one (its object, or the one it quotes). */
function besideSpeech(ts: Token[], i: number): boolean {
  return speaks(ts[i + 1]) || (i > 0 && speaks(ts[i - 1]));
}
