/**
 * How the voice pass tells a verb of saying or of view from the same word in another use: "as"
 * after "see", a judging complement after "consider", an attack in words, a state of mind after a
 * copula (past degree words and negation), a capitalised verb in a title-case headline, a verb in
 * the passive whose subject is the one addressed or judged, "had harsh words for".
 */
import { NEGATIVE_JUDGEMENT, POSITIVE_JUDGEMENT } from './cues/evaluative';
import { STATES_OF_MIND } from './cues/function-words';
import { isLyAdverb } from './features';
import { IRREGULAR_FORMS } from './inflect';
import { SPEECH_WEAK, speechLemma } from './names/speech';
import { isCapitalized, type Token } from './tokens';
import { JUDGED } from './voice-frames';
import { ATTACK_VERB, DETERMINERS, NOUN_MARKERS, PREPOSITIONS } from './voice-words';

/** "as" within the next six words of the same clause (no punctuation between). */
export function asFollows(text: string, ts: Token[], k: number): boolean {
  for (let j = k + 1; j < ts.length && j <= k + 6; j++) {
    if (/[,;:.!?]/.test(text.slice(ts[j - 1]!.end, ts[j]!.start))) return false;
    if (ts[j]!.text.toLowerCase() === 'as') return j > k + 1;
  }
  return false;
}

/**
 * A capitalised word that may be a headline's verb of saying or of attack ("Trump Says ...",
 * "Obama Slams ...", "Bush Attacks ..."): inside the line with words after it, not after a
 * preposition or a determiner ("Department of State"), not one of the verbs that are as often nouns.
 */
export function headlineVerb(ts: Token[], k: number): boolean {
  if (k === 0 || k === ts.length - 1) return false;
  const word = ts[k]!.text;
  // (Asked in order of cost: most capitalised words are names, and no verb of saying.)
  const lemma = speechLemma(word);
  if (lemma === undefined) {
    if (word.charCodeAt(0) !== 65 || !ATTACK_VERB.test(word.toLowerCase())) return false;
  } else if (SPEECH_WEAK.has(lemma) && lemma !== 'call') return false;
  const prev = ts[k - 1]!.text.toLowerCase();
  return !PREPOSITIONS.has(prev) && !NOUN_MARKERS.has(prev);
}

/** A verb of saying in the past tense, not one of those as often nouns ("and asked", not "and counter cells"). */
export function pastOfSaying(word: string, lemma: string): boolean {
  return !SPEECH_WEAK.has(lemma) && (word.endsWith('ed') || IRREGULAR_FORMS.has(word));
}

const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'this', 'that', 'these', 'those']);
// Adverbs between "and" and its second verb besides those in -ly: "and then warned", "and now accuses".
const LINKING_ADVERBS = new Set('now then also again even still later soon once since'.split(' '));
const PERFECT = new Set(['has', 'have', 'had']);
// What follows a verb of saying in the present with its object or clause ("accuses her", "warns
// that", "blames the"), besides the object pronouns and determiners.
const SAID_TO_ALSO = new Set('us me you his their its'.split(' '));

// The verbs that, after "but", are the subject saying something more (secondVerbOfSaying).
const BUT_SAID = new Set([
  'said',
  'says',
  'told',
  'insisted',
  'added',
  'argued',
  'warned',
  'stressed',
  'noted',
  'admitted',
  'acknowledged',
  'conceded',
  'maintained',
]);

/**
 * A second verb of saying of the sentence's subject after "and" or "but" (and at most two
 * adverbs): after "and" in the past ("... and attacked the administration"), or in the present with
 * its object or clause right after it ("comes back and accuses her of lying", "and now warns that";
 * not "and counter cells", not "hopes and claims"); after "but" only BUT_SAID.
 */
export function secondVerbOfSaying(ts: Token[], k: number, lower: string, lemma: string): boolean {
  // (Past adverbs and a perfect's auxiliary: "and has since said", "and has also argued".)
  let a = k - 1;
  while (
    a > 0 &&
    k - a <= 3 &&
    (isLyAdverb(ts[a]!.text) ||
      LINKING_ADVERBS.has(ts[a]!.text.toLowerCase()) ||
      PERFECT.has(ts[a]!.text.toLowerCase()))
  )
    a--;
  if (a < 1) return false;
  // After "but" only the plainest verbs of saying ("did not address the question but said ...";
  // not "approved the bill but rejected the amendments", an act).
  if (/^but$/i.test(ts[a]!.text)) return BUT_SAID.has(lower);
  if (!/^and$/i.test(ts[a]!.text)) return false;
  if (pastOfSaying(lower, lemma)) return true;
  const next = ts[k + 1]?.text;
  if (next === undefined || SPEECH_WEAK.has(lemma) || !/[^su]s$/.test(lower)) return false;
  const n = next.toLowerCase();
  return OBJECT_PRONOUNS.has(n) || DETERMINERS.has(n) || SAID_TO_ALSO.has(n) || isCapitalized(next);
}

/**
 * "what they saw as bloat", "fought what many regard as a betrayal": "as" right after the verb, its
 * object the "what" before the subject (up to three words back, in one phrase).
 */
export function seenAsByWhat(text: string, ts: Token[], k: number): boolean {
  if (ts[k + 1]?.text.toLowerCase() !== 'as') return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (/[,;:.!?()]/.test(text.slice(ts[j]!.end, ts[j + 1]!.start))) return false;
    if (ts[j]!.text.toLowerCase() === 'what') return j < k - 1;
  }
  return false;
}

/** "As Smith sees it, ...": "it" right after the verb and a comma after it. */
export function seesItAside(text: string, ts: Token[], k: number): boolean {
  const it = ts[k + 1];
  return (
    it?.text.toLowerCase() === 'it' && k + 2 < ts.length && text.slice(it.end, ts[k + 2]!.start).includes(',')
  );
}

export const CONSIDER = new Set(['consider', 'considers', 'considered']);

/**
 * After "consider", what it is considered to be, in the same clause within six words: "to be ...",
 * "as ...", a judging adjective ("the problem hopeless") or, after a pronoun, a noun phrase ("it a
 * mistake"). "considered the proposal on Monday" and "is considering a run" have none.
 */
export function smallClauseFollows(text: string, ts: Token[], k: number): boolean {
  for (let j = k + 1; j < ts.length && j <= k + 6; j++) {
    if (/[,;:.!?]/.test(text.slice(ts[j - 1]!.end, ts[j]!.start))) return false;
    const w = ts[j]!.text.toLowerCase();
    if (j === k + 1) {
      if (PREPOSITIONS.has(w) || w === 'whether' || w === 'how' || w === 'that') return false;
      continue;
    }
    if (w === 'as' || (w === 'to' && ts[j + 1]?.text.toLowerCase() === 'be')) return true;
    if (NEGATIVE_JUDGEMENT.has(w) || POSITIVE_JUDGEMENT.has(w) || STATES_OF_MIND.has(w)) return true;
    // ("it a mistake", "the policy a mistake": a second noun phrase after the first.)
    if (
      (w === 'a' || w === 'an') &&
      (j === k + 2
        ? OBJECT_PRONOUNS.has(ts[k + 1]!.text.toLowerCase())
        : j === k + 3 && DETERMINERS.has(ts[k + 1]!.text.toLowerCase()))
    )
      return true;
    if (PREPOSITIONS.has(w)) return false;
  }
  return false;
}

// Saying done with a light verb and a noun: "issued a warning that ...", "made a plea for ...",
// "sounded the alarm about ...", "took a dim view of ...", "took a firm stance against ...", and
// "made (it) clear that ...", and views held: "had strong opinions about ...".
const LIGHT_VERBS = new Set(
  'make makes made making issue issues issued issuing sound sounds sounded sounding deliver delivers delivered delivering take takes took taken taking'.split(
    ' ',
  ),
);
const HAVE = new Set(['have', 'has', 'had', 'having']);
const HELD_VIEWS = new Set(
  'opinions views feelings reservations doubts concerns misgivings qualms'.split(' '),
);
const VIEWS_OF = new Set(['about', 'on', 'over', 'regarding']);
const SAID_AS_NOUN = new Set(
  'plea pleas warning warnings appeal appeals call alarm rebuke ultimatum'.split(' '),
);
const HELD_AS_NOUN = new Set(['view', 'stand', 'stance', 'line']);
const PHRASE_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'another',
  'fresh',
  'new',
]);
// What may follow the noun: "a plea for", "a warning that", "a dim view of", "a stance against".
const PHRASE_NEXT = new Set(['for', 'that', 'to', 'about', 'against', 'of', 'on', 'over']);

/**
 * The index of the last word of a saying phrase opened by the light verb at ts[k] ("issued a
 * stern warning", "made it clear", "takes a dim view"), or undefined when none opens there. The
 * phrase stands for a verb of saying; its subject speaks.
 */
export function sayingPhraseEnd(text: string, ts: Token[], k: number, lower: string): number | undefined {
  // (Asked of every word that is no verb of saying: most are neither light verb.)
  const having = HAVE.has(lower);
  if (!having && !LIGHT_VERBS.has(lower)) return undefined;
  const w = (i: number): string => lowerAt(ts, i);
  // "had strong opinions about this matter", "have serious doubts about", "has reservations over".
  if (having) {
    for (const n of [k + 1, k + 2]) {
      if (HELD_VIEWS.has(w(n)) && VIEWS_OF.has(w(n + 1))) return n;
      if (!/^\p{Ll}+$/u.test(ts[n]?.text ?? '')) return undefined;
    }
    return undefined;
  }
  const taking = lower.startsWith('t');
  if (lower.startsWith('ma')) {
    // ("made clear earlier in the week that ...": up to four words before the "that".)
    const clear = w(k + 1) === 'clear' ? k + 1 : w(k + 1) === 'it' && w(k + 2) === 'clear' ? k + 2 : -1;
    for (let j = clear + 1; clear > 0 && j < ts.length && j <= clear + 5; j++) {
      if (/[,;:.!?()]/.test(text.slice(ts[j - 1]!.end, ts[j]!.start))) break;
      if (w(j) === 'that') return clear;
    }
  }
  if (!PHRASE_DETERMINERS.has(w(k + 1))) return undefined;
  // (One word may describe the noun: "a stern warning", "a dim view".)
  // ("a call for", not "a call to his mother"; "a dim view of", "a hard line on", not "a view of
  // the lake"; "the alarm" only sounded.)
  for (const n of [k + 2, k + 3]) {
    const noun = w(n);
    const said =
      !taking &&
      SAID_AS_NOUN.has(noun) &&
      (noun !== 'alarm' || lower.startsWith('sound')) &&
      (noun !== 'call' || w(n + 1) === 'for');
    const held = taking && HELD_AS_NOUN.has(noun) && (n === k + 3 || noun === 'stand' || noun === 'stance');
    if ((said || held) && PHRASE_NEXT.has(w(n + 1))) return n;
  }
  return undefined;
}

function lowerAt(ts: Token[], i: number): string {
  return ts[i]?.text.toLowerCase() ?? '';
}

/** A verb of saying found by sayingPhraseEnd that takes a stance: all but "made (it) clear". */
export function stancePhrase(verb: string): boolean {
  const space = verb.lastIndexOf(' ');
  if (space < 0) return false;
  const noun = verb.slice(space + 1).toLowerCase();
  return SAID_AS_NOUN.has(noun) || HELD_AS_NOUN.has(noun) || HELD_VIEWS.has(noun);
}

// The words of "had harsh words for": criticism or praise in a set phrase.
const WORDS_FOR = new Set([
  'harsh',
  'strong',
  'kind',
  'tough',
  'choice',
  'sharp',
  'warm',
  'glowing',
  'bitter',
  'stern',
  'angry',
  'fighting',
  'high',
]);

/** ts[k] is "words" in "had/has/have ADJ words for". */
export function wordsFor(ts: Token[], k: number): boolean {
  return (
    ts[k + 1]?.text.toLowerCase() === 'for' &&
    WORDS_FOR.has(ts[k - 1]!.text.toLowerCase()) &&
    /^(?:had|has|have|having)$/i.test(ts[k - 2]!.text)
  );
}

// What is attacked in words, not by force: a plan, a record, remarks.
const CRITICISED = new Set(
  (
    'plan plans deal deals bill bills policy policies proposal proposals decision decisions ruling ' +
    'rulings law laws budget budgets agreement agreements record remarks comments statement ' +
    'statements idea ideas approach strategy handling response rhetoric stance position positions ' +
    'move reform reforms measure measures legislation program programme programs agenda views ' +
    'leadership candidacy credibility integrity character motives judgment judgement tweets speech ' +
    'media press administration president candidate'
  ).split(' '),
);
/**
 * "Gonzalez attacked the budget deal", "attacked Republicans for ...", "attacked him over his
 * remarks": an attack in words, a verb of stance. Not "attacked the museum", "attacked a police
 * officer": the object must be a name, a thing said or decided (CRITICISED), or a pronoun with the
 * reason after it ("for", "over", "as").
 */
export function attacksInWords(ts: Token[], k: number): boolean {
  let j = k + 1;
  while (j < ts.length && j <= k + 3 && NOUN_MARKERS.has(ts[j]!.text.toLowerCase())) j++;
  const o = ts[j];
  if (!o) return false;
  const w = o.text.toLowerCase();
  if (CRITICISED.has(w) || CRITICISED.has(ts[j + 1]?.text.toLowerCase() ?? '')) return true;
  if (/^(?:him|her|them|me|us|you)$/.test(w) || (j === k + 1 && isCapitalized(o.text)))
    return ts.slice(j + 1, j + 6).some((x) => /^(?:for|over|as)$/i.test(x.text)) || isCapitalized(o.text);
  return false;
}

// States of mind only with their object: "critical of the plan" (not "critical to the economy"),
// "divided over the deal" (not "divided into three parts").
const STANCE_OBJECT: ReadonlyMap<string, string> = new Map([
  ['critical', 'of'],
  ['divided', 'over'],
  ['split', 'over'],
]);

/** A word of a view or feeling in its stance use ("was sure", not "will be sure to refuse"). */
export function stateOfMind(word: string, next: Token | undefined): boolean {
  // (Asked for every word: the set first, the next word only for the few that need it.)
  if (STATES_OF_MIND.has(word)) {
    // ("certain to be", "sure to win", "sure of victory": what is likely, not a state of mind;
    // "determined to use": an intention, which is none, as a plan or a vow is.)
    const after = next?.text.toLowerCase();
    if (word === 'determined') return after !== 'to';
    if (word !== 'sure' && word !== 'certain') return true;
    return after !== 'to' && after !== 'of';
  }
  const object = STANCE_OBJECT.get(word);
  return object !== undefined && next?.text.toLowerCase() === object;
}

export const COPULAS = new Set(
  (
    'is are was were been be remain remains remained seem seems seemed appear appears appeared ' +
    'became become becomes grew grow grows'
  ).split(' '),
);

// Words between a copula and a state of mind: degree and negation ("was not so sure", "were less
// impressed"), besides adverbs in -ly.
export const COPULA_DEGREE = new Set([
  'very',
  'so',
  'also',
  'still',
  'not',
  'less',
  'more',
  'too',
  'quite',
  'as',
  'deeply',
]);

/** A copula right before ts[k], past adverbs and negation ("are particularly concerned", "wasn't convinced"). */
export function afterCopula(ts: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = ts[j]!.text.toLowerCase();
    if (COPULAS.has(w) || COPULAS.has(w.replace(/n['’]t$/, ''))) return true;
    if (!isLyAdverb(w) && !COPULA_DEGREE.has(w)) return false;
  }
  return false;
}

// Verbs whose passive subject is the one judged, not the judge: "she is widely considered the
// favourite", "Donaldson is accused of killing ...", "he was suspected of fraud", besides the judging
// participles of voice-frames' JUDGED ("was condemned": a judgement without its judge, an unspoken one).
const PASSIVE_TARGETS = new Set(
  'consider deem suspect accuse charge label brand dismiss reject question commend deplore'.split(' '),
);

/** Whether the passive of this verb (written `word`) makes its subject the one judged. */
export function judgedInPassive(word: string, lemma: string): boolean {
  return !word.endsWith('ing') && (PASSIVE_TARGETS.has(lemma) || JUDGED.has(word));
}

/** Verbs whose object is the one spoken to: in the passive their subject does not speak. */
export const ADDRESSING = new Set([
  'tell',
  'ask',
  'urge',
  'advise',
  'inform',
  'warn',
  'assure',
  'reassure',
  'thank',
  'congratulate',
]);
