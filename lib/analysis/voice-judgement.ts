/**
 * What a source is reported to say, cut out of its sentence so it can be judged on its own words:
 * in "Smith, a senior fellow at Harvard, said the plan was a disaster" the judgement is in "the plan
 * was a disaster", and the frame around it (who says it, the verb of saying, when and where) is the
 * writer's report of a fact. The score then judges the reported words as it would judge a writer's
 * sentence, so a judgement is found whether the writer states it or reports it.
 */
import { countsAsLoaded } from '../lexicon/categories';
import { STANCE_VERBS } from './cues/function-words';
import { insideQuote } from './features';
import { speechLemma } from './names/speech';
import type { LoadedCategory, LoadedMatch, Voice } from './types';
import { isUnspokenPhrase, JUDGED, UNOWNED_VIEW_NOUNS } from './voice-frames';
import { stancePhrase } from './voice-verbs';
import { ATTACK_VERB, CAST_AS, DEMANDING_FOR, POSSESSED_VIEWS, SEE_AS } from './voice-words';

export interface ReportedClause {
  /** The reported words, pieces joined by one space. */
  text: string;
  /** Loaded terms inside the pieces, with offsets into `text`. */
  loaded: LoadedMatch[];
  /** Where each piece of `text` starts in the sentence: [clauseStart, sentenceStart, length]. */
  pieces: [number, number, number][];
  /** The verb frames a view by its meaning ("argued", "warned", "accused", "is concerned"). */
  stance: boolean;
  /** The reported words are a direct quotation (chosen by the writer because they take a view). */
  quoted: boolean;
}

interface Input {
  text: string;
  voice: Voice;
  quoted: { start: number; end: number }[];
  loaded: LoadedMatch[];
}

// Words that open an adjunct after a verb of saying ("said at the trial", "said in a statement"),
// not the reported words.
const ADJUNCT =
  /^\s*(?:[,.;:)]|(?:at|in|on|during|according|of|to|from|by|after|before|last|this|yesterday|today|earlier|later|late|while|when|via|through|with|under|told)\b|$)/i;
const words = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Sentence-relative spans of the reported words, or none for the outlet's own sentence. */
export function reportedSpans(input: Input): { start: number; end: number }[] {
  const { text, voice } = input;
  if (voice === 'outlet') return [];
  // Quoted words, when there is more than a phrase of them, are the source's words.
  const quotes = input.quoted.filter((q) => words(text.slice(q.start, q.end)) >= 3);
  let inQuotes = 0;
  for (const q of quotes) inQuotes += words(text.slice(q.start, q.end));
  if (quotes.length && (voice.via === 'quote' || voice.via === 'continuation' || inQuotes * 2 >= words(text)))
    return quotes;
  if (voice.via === 'continuation' || voice.via === 'quote') return [{ start: 0, end: text.length }];
  const verb = voice.verb ? findWord(text, voice.verb) : -1;
  if (verb < 0) return [{ start: 0, end: text.length }];
  const verbEnd = verb + (voice.verb?.length ?? 0);
  if (voice.verb?.toLowerCase() === 'according to') {
    // "According to X, the plan ..." (after a connective: "But according to X, ...") /
    // "The plan, according to X, is ..." / "The plan ..., according to X."
    const comma = text.indexOf(',', verbEnd);
    const before = text.slice(0, verb);
    if (comma > 0 && words(before) <= 2 && !before.includes(','))
      return [{ start: comma + 1, end: text.length }];
    const cut = /,\s*$/.exec(before);
    if (cut && comma > 0 && words(text.slice(comma + 1)) >= 1)
      return [
        { start: 0, end: cut.index },
        { start: comma + 1, end: text.length },
      ];
    return [{ start: 0, end: verb }];
  }
  const after = text.slice(verbEnd);
  // "..., Zuckerberg said at the trial.": the words before the speaker are the reported ones.
  if (words(after) < 3 || ADJUNCT.test(after)) {
    const cut = lastClauseEnd(text, verb);
    // "..., the ministry said on Tuesday, describing the outbreak as an emergency": the speaker's
    // judging participle after the frame is theirs too.
    const tail = STANCE_TAIL.exec(after);
    if (cut > 0 && tail)
      return [
        { start: 0, end: cut },
        { start: verbEnd + tail.index + tail[0].indexOf(tail[1]!), end: text.length },
      ];
    // "The decision, Smith said, was a mistake.": the speaker set in the middle, the reported
    // words on both sides of it.
    const rest = /^\s*,\s*/.exec(after);
    if (
      cut > 0 &&
      rest &&
      text.charAt(cut) === ',' &&
      words(after) >= 1 &&
      !ADJUNCT.test(after.slice(rest[0].length))
    )
      return [
        { start: 0, end: cut },
        { start: verbEnd + rest[0].length, end: text.length },
      ];
    return cut > 0 ? [{ start: 0, end: cut }] : [{ start: verbEnd, end: text.length }];
  }
  return [{ start: verbEnd, end: text.length }];
}

// The categories by which the writer judges in their own words (not how a source is said to speak).
const FRAME_JUDGEMENT: ReadonlySet<LoadedCategory> = new Set([
  'pejorative',
  'praise',
  'emotive',
  'intensifier',
]);

/**
 * The writer's own judging words in a source's sentence: loaded terms outside the quotation and
 * outside the reported words, in the frame the writer built around them ("Zakharova, who has made a
 * career out of embittered vitriol, described it as ...", "Outraged Democrats vowed ...").
 */
export function frameJudgements(input: Input): LoadedMatch[] {
  if (input.voice === 'outlet') return [];
  // The source's own verb of stance or feeling ("Parents are furious ...") is theirs, not a frame.
  const verb = input.voice.verb?.toLowerCase();
  let spans: { start: number; end: number }[] | undefined;
  const out: LoadedMatch[] = [];
  for (const m of input.loaded) {
    if (!FRAME_JUDGEMENT.has(m.category) || !countsAsLoaded(m)) continue;
    if (insideQuote(m, input.quoted) || m.text.toLowerCase() === verb) continue;
    spans ??= reportedSpans(input);
    if (spans.some((s) => s.start <= m.start && m.end <= s.end)) continue;
    out.push(m);
  }
  return out;
}

// The writer answering the source in the same sentence: "Uber claims its rating system is more
// efficient, but that’s an entirely unproven assumption", "The consumer is demanding these actions,
// and we must respond", "And while advertisers claim to allow the user to opt out, it’s not clear
// that ...".
const ANSWER_TAIL =
  /[,;]\s+(?:(?:but|yet)\s+(?:that|this)(?:['’]s|\s+is|\s+was|\s+isn['’]t|\s+wasn['’]t|\s+remains)(?!\s+(?:before|after|when|while|in|at|on|during|until|since|then|because|why)\b)|(?:and|but|so)\s+(?:we|I)\s+(?:must|should|need|have\s+to|ought))\b[\s\S]*$/;
// (The main clause doubts or denies: "it’s not clear", "that is far from true", "there is no
// evidence".)
const CONCESSION =
  /^\s*(?:(?:and|but)\s+)?(?:while|although|though|whereas|even\s+though)\s+[^,;]{3,160}?,["”’]?\s+((?:(?:it|that|this)(?:['’]s|\s+is|\s+was|\s+remains)\s+(?:not|unclear|hardly|far\s+from|doubtful|debatable|questionable|untrue|false|wrong|nonsense)|(?:it|that|this)\s+(?:isn['’]t|wasn['’]t)|there(?:['’]s|\s+is)\s+(?:no|little))\b[\s\S]*)$/i;

/**
 * The writer's answer to a source's words in the same sentence (ANSWER_TAIL, or the main clause
 * after a concession, CONCESSION), outside quotation: then the sentence is the writer's opinion,
 * as a frame of the writer's judging words makes it. Undefined when there is none.
 */
export function writersAnswer(input: Input): { start: number; end: number; text: string } | undefined {
  if (input.voice === 'outlet') return undefined;
  const tail = ANSWER_TAIL.exec(input.text);
  const concession = tail ? undefined : CONCESSION.exec(input.text);
  const start = tail ? tail.index + 1 : concession ? input.text.length - concession[1]!.length : -1;
  if (start < 0 || input.quoted.some((q) => start >= q.start && start < q.end)) return undefined;
  const text = input.text.slice(start).trim();
  const at = input.text.indexOf(text, start);
  return { start: at, end: at + text.length, text };
}

// Adverbs by which the writer comments on the fact reported, not on how it was done: "Amazingly, he
// was calling for ...", "Predictably, critics said ...", "Trump was, unfortunately, following ...".
const COMMENT_ADVERBS = new Set(
  (
    'amazingly astonishingly surprisingly unsurprisingly predictably ironically tellingly sadly ' +
    'unfortunately fortunately happily thankfully mercifully regrettably shockingly incredibly ' +
    'absurdly bizarrely curiously oddly strangely remarkably conveniently inexplicably alarmingly ' +
    'disturbingly worryingly tragically laughably shamefully outrageously hilariously foolishly'
  ).split(' '),
);
// At the sentence's start (after "and", "but", "yet" or "so") or set off by commas inside it.
const COMMENT_AT = /(?:^\s*(?:(?:and|but|yet|so)\s+)?|,\s*)(\p{L}+ly)\s*,/giu;

/**
 * The writer's comment on what a source says or does (COMMENT_ADVERBS), outside quotation and
 * outside the reported words: then an opinion in the sentence is the writer's, as a frame of the
 * writer's judging words makes it. Undefined when there is none.
 */
export function writersComment(input: Input): { start: number; end: number; text: string } | undefined {
  if (input.voice === 'outlet') return undefined;
  let spans: { start: number; end: number }[] | undefined;
  for (const m of input.text.matchAll(COMMENT_AT)) {
    const word = m[1]!;
    if (!COMMENT_ADVERBS.has(word.toLowerCase())) continue;
    const start = m.index! + m[0].indexOf(word);
    const end = start + word.length;
    if (input.quoted.some((q) => start >= q.start && start < q.end)) continue;
    spans ??= reportedSpans(input);
    if (spans.some((r) => r.start <= start && end <= r.end)) continue;
    return { start, end, text: word };
  }
  return undefined;
}

/** What of the writer's own stands in a source's sentence: judging words, an answer, a comment. */
export interface WritersWords {
  frame: LoadedMatch[];
  answer: ReturnType<typeof writersAnswer>;
  comment: ReturnType<typeof writersComment>;
  /** Any of them: an opinion in the sentence is the writer's (score.ts labels it 'opinion'). */
  any: boolean;
}

export function writersWords(input: Input): WritersWords {
  const frame = frameJudgements(input);
  const answer = writersAnswer(input);
  const comment = writersComment(input);
  return { frame, answer, comment, any: frame.length > 0 || answer !== undefined || comment !== undefined };
}

/** The reported words as a text of their own, or undefined when there are none worth judging. */
export function reportedClause(input: Input): ReportedClause | undefined {
  const spans = reportedSpans(input);
  if (spans.length === 0) return undefined;
  let text = '';
  const pieces: [number, number, number][] = [];
  for (const s of spans) {
    if (text) text += ' ';
    pieces.push([text.length, s.start, s.end - s.start]);
    text += input.text.slice(s.start, s.end);
  }
  const v = input.voice;
  const verb = v === 'outlet' ? '' : (v.verb?.toLowerCase() ?? '');
  // ("attacked": the voice pass takes it as a verb only for an attack in words; "panned",
  // "condemned": a judgement said of something, as the voice pass reads the passive.)
  const stance =
    STANCE_VERBS.has(verb) ||
    ATTACK_VERB.test(verb) ||
    JUDGED.has(verb) ||
    SEE_AS.has(verb) ||
    CAST_AS.has(verb) ||
    VIEW_LEAD.test(verb) ||
    POSSESSED_VIEWS.has(verb) ||
    isUnspokenPhrase(verb) ||
    verb.endsWith(' words for') ||
    stancePhrase(verb) ||
    UNOWNED_VIEW_NOUNS.has(verb) ||
    stanceOpens(text) ||
    STANCE_TAIL.test(text) ||
    pieces.some(([at], i) => i > 0 && STANCE_PIECE.test(text.slice(at))) ||
    // ("called the exchange a forgery", "dubbed him “a liar”": naming is judging; "called the
    // police" is not; "called for his resignation" demands. "expressed optimism", "voiced
    // concern": a feeling put into words.)
    (CALLING.test(verb) &&
      (NAMED_AS.test(text) || /^\s*(?:out|for)\s|^(?:\s*\S+){1,4}\s+into\s+question\b/i.test(text))) ||
    // ("pushed for", "lobbied for": the voice pass takes them only before "for", a demand.)
    DEMANDING_FOR.has(speechLemma(verb) ?? '') ||
    (EXPRESSING.test(verb) && FEELING_EXPRESSED.test(text));
  // ("The Teamsters disagree.": a verb of stance is a view even with nothing after it.)
  if (words(text) < 2 && !stance) return undefined;
  const loaded: LoadedMatch[] = [];
  for (const m of input.loaded) {
    const p = pieces.find(([, at, len]) => m.start >= at && m.end <= at + len);
    if (p) loaded.push({ ...m, start: m.start - p[1] + p[0], end: m.end - p[1] + p[0] });
  }
  // A study, poll or filing reports findings: only a verb of stance makes them a view.
  if (v !== 'outlet' && !stance && isDocument(v.speaker)) return undefined;
  // Between quotation marks, in this sentence or around it (a sentence inside a quotation that runs
  // over several sentences, an interview answer); a block quotation, quoted whole without marks,
  // does not count.
  const quoted =
    (/["“”«»]/.test(input.text) || (v !== 'outlet' && v.via === 'quote')) &&
    spans.every((s) => input.quoted.some((q) => q.start <= s.start && s.end <= q.end));
  return { text, loaded, pieces, stance, quoted };
}

/** A clause offset back to the sentence. */
export function toSentence(clause: ReportedClause, at: number): number {
  for (let k = clause.pieces.length - 1; k >= 0; k--) {
    const [start, from] = clause.pieces[k]!;
    if (at >= start) return from + (at - start);
  }
  return at;
}

// A view's lead as the voice pass keeps it for the verb: "in the view of", "for critics", "to his supporters".
const VIEW_LEAD = /^(?:in the \p{L}+ of|in (?:his|her|their) \p{L}+|for|to)$/u;

const CALLING = /^(?:call|calls|called|calling|dub|dubs|dubbed|dubbing)$/;
const NAMED_AS =
  /^\s*(?!(?:for|on|upon|in|at|to|out|up|off|back|into|over|with)\s)(?:[\p{L}’'-]+\s+){1,4}[“"‘']?(?:a|an)\s/u;
// A source's judging participle after its clause: "..., calling it a disaster", "..., accusing
// the government of lying", "..., describing the outbreak as an emergency".
// ("calling", "branding": naming someone or something, not "calling for witnesses"; "describing":
// only "describing ... as ...", not "describing how the fire spread".)
const STANCE_PARTICIPLE = String.raw`(accusing|blaming|criticizing|criticising|condemning|denouncing|decrying|praising|hailing|lauding|warning|urging|insisting|arguing|dismissing|slamming|lamenting|complaining|demanding|questioning|(?:calling|branding|labell?ing|dubbing)(?!\s+(?:for|on|off|out|up|in)\b)|describing(?=\s[^,.;]{1,60}?\sas\s))\s`;
const STANCE_TAIL = new RegExp(String.raw`,\s*(?:and\s+)?${STANCE_PARTICIPLE}`, 'i');
const STANCE_PIECE = new RegExp(`^${STANCE_PARTICIPLE}`, 'i');
const EXPRESSING = /^(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing)$/;
const FEELING_EXPRESSED =
  /^\s*(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+)?(?:optimism|pessimism|concerns?|doubts?|support|frustration|anger|outrage|confidence|hope|hopes|skepticism|scepticism|disappointment|dismay|regret|sympathy|reservations|alarm|fears?|satisfaction|gratitude|admiration|disapproval|opposition|displeasure|disgust|unease|views?)\b/u;

const DOCUMENTS =
  /\b(?:report|reports|study|studies|survey|surveys|poll|polls|analysis|data|filing|filings|documents?|records|figures|estimates|indictment|complaint|lawsuit|memo|census|audit|investigation)$/i;

function isDocument(speaker: string): boolean {
  return DOCUMENTS.test(speaker.trim());
}

/** "X said he believed ...", "X said they feared ...": the reported words open with a stance of the speaker. */
function stanceOpens(text: string): boolean {
  const m = /^\s*(?:that\s+)?(?:he|she|they|it|we|i)\s+(?:\p{L}+ly\s+)?(\p{L}+)/iu.exec(text);
  return m !== null && STANCE_VERBS.has(m[1]!.toLowerCase());
}

function findWord(text: string, word: string): number {
  const lower = text.toLowerCase();
  const w = word.toLowerCase();
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
    const before = at > 0 ? lower.charAt(at - 1) : ' ';
    const after = lower.charAt(at + w.length) || ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return at;
  }
  return -1;
}

/** The end of the last clause before the speaker of an inverted verb (its comma or closing quote). */
function lastClauseEnd(text: string, verb: number): number {
  const head = text.slice(0, verb);
  const m = /[,”"]\s*[^,”"]*$/.exec(head);
  return m ? m.index : 0;
}
