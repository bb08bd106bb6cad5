/**
 * The attribution after a quotation that ends in "?" or "!": `“Who is Ellen Fetter?” Rothman
 * recalls thinking.` is one sentence in news style, though the segmenter cuts it after the closing
 * mark (a lower-case tail, `"Why now?" he asked`, is joined by the general rule). The tail must be
 * a speaker (a name, a pronoun, or a role such as "A spokeswoman for the firm") and, within the
 * first words, a verb of saying the voice pass knows (names/speech.ts: the joined quotation then
 * gets that speaker), then at most a short adverbial ("at the time", "in an interview"), never a
 * new clause (`“Why?” Officials said the plan will go ahead.` stays two sentences).
 */
import { FUNCTION_WORDS } from './names/common';
import { SPEECH_WEAK, speechLemma } from './names/speech';
import { isCapitalized, tokenize } from './tokens';

// A tail may open with a pronoun or a determiner of a role ("The senator", "A spokesman for X").
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'one', 'another']);

// Right after the verb, what opens a complement clause rather than an adverbial ("said the plan
// ...", "said he ..."); anywhere after it, what shows a finite clause ("... will go ahead").
const CLAUSE_OPENERS = new Set('that the a an this these those it he she they we i you'.split(' '));
const CLAUSE_WORDS = new Set(
  'that is are was were will would has have had can could should may might must did does do'.split(' '),
);
// Verbs whose object (the person told or asked) may follow: "told reporters", "asked the crowd".
const WITH_OBJECT = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'ask']);

const MAX_SUBJECT = 5;
const MAX_AFTER = 6;

/** Whether `a` ends with "?" or "!" and a closing quote mark. */
export function endsWithQuestionQuote(text: string, aEnd: number): boolean {
  return /[?!][”"’']$/.test(text.slice(Math.max(0, aEnd - 2), aEnd));
}

/** Whether text[start, end) is a speaker and a verb of saying, with at most a short adverbial after. */
export function isAttributionTail(text: string, start: number, end: number): boolean {
  const tail = text.slice(start, end);
  if (!/^[^\s]/.test(tail) || /[“"‘]/.test(tail)) return false;
  const words = tokenize(tail);
  const first = words[0]?.text;
  if (!first || !isCapitalized(first)) return false;
  const verbAt = words.findIndex((w, i) => i > 0 && i <= MAX_SUBJECT && speechLemma(w.text) !== undefined);
  if (verbAt < 1) return false;
  const verb = words[verbAt]!;
  // No comma or other punctuation between the speaker and the verb.
  if (/[,;:()]/.test(tail.slice(0, verb.start))) return false;
  const after = words.slice(verbAt + 1);
  // After a weak verb ("posted", "called") a lone capitalised word is a name only when the tail ends there.
  const weak = SPEECH_WEAK.has(speechLemma(verb.text)!) && after.length > 0;
  const speaker = words.slice(0, verbAt).map((w) => w.text);
  if (!isSpeaker(speaker, weak)) return false;
  if (after.length > MAX_AFTER) return false;
  const object = WITH_OBJECT.has(verb.text.toLowerCase());
  return after.every((w, i) => {
    const lower = w.text.toLowerCase();
    if (CLAUSE_WORDS.has(lower)) return false;
    if (i > 0 || !CLAUSE_OPENERS.has(lower)) return true;
    // "told the BBC", "asked the crowd": a determiner right after told/asked opens its object.
    return object && ROLE_OPENERS.has(lower);
  });
}

/** Whether the words before the verb name a speaker (with `weakVerb`, a lone word does not). */
function isSpeaker(words: string[], weakVerb: boolean): boolean {
  const head = words[0]!.toLowerCase();
  if (PRONOUNS.has(head)) return words.length === 1 || (words.length === 2 && /ly$/.test(words[1]!));
  if (ROLE_OPENERS.has(head)) return words.length >= 2;
  // A name: capitalised words, maybe an adverb before the verb ("Rothman later said").
  const name = /ly$|^(?:later|then|also)$/.test(words[words.length - 1]!) ? words.slice(0, -1) : words;
  // "Article posted with permission ...": a lone capitalised word before a weak verb is no name.
  if (name.length === 0 || (weakVerb && name.length === 1)) return false;
  return name.every((w) => isCapitalized(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
}
