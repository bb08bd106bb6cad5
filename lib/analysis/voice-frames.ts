/**
 * Voices set by the shape of the text rather than a verb of saying: a block quotation (someone's
 * words set apart), an interview line ("Q:", "A:", "SMITH:"), and the writer's own first person
 * ("I suspect that the minister thinks ...": the writer's judgement about the minister, not the
 * minister's).
 */

import { FIRST_PERSON_SUBJECTS as FIRST, FRAMING_VERBS as FRAMING } from './cues/function-words';
import type { Mention } from './entities';
import { speechLemma } from './names/speech';
import type { Token } from './tokens';
import type { Attribution, Entity } from './types';

/** An interview prefix at the start of a block: who speaks the rest of it. */
export type InterviewLine = { kind: 'question' } | { kind: 'answer'; speaker?: string; entity?: Entity };

// "Q:", "A:", and the interviewer named by role ("Interviewer:", "INTERVIEWER:").
const QA = /^\s*(Q|A|Question|Answer|Interviewer|INTERVIEWER)\s*:\s+\S/;
// "SMITH:", "JOHN SMITH:" (capitals), or a name the entity pass found ("Jane Smith:").
const CAPS_NAME = /^\s*([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2}):\s+\S/;
// Labels that look like a speaker but introduce the outlet's own parts ("UPDATE:", "NOTE:").
const NOT_SPEAKERS = new Set(
  (
    'UPDATE UPDATED NOTE EDITOR EDITORS CORRECTION CLARIFICATION WATCH READ MORE RELATED ANALYSIS OPINION ' +
    'PHOTO PHOTOS VIDEO VIDEOS BREAKING EXCLUSIVE LIVE SOURCE SOURCES CREDIT DISCLAIMER WARNING TL DR PS P.S ' +
    // Captions and page furniture: "Map: Flow of foreign fighters", "Graphic: ...".
    'MAP MAPS GRAPHIC GRAPHICS CHART CHARTS IMAGE IMAGES GALLERY CAPTION LISTEN AUDIO PODCAST TIMELINE ' +
    'INTERACTIVE POLL QUIZ ADVERTISEMENT SPONSORED TOPICS TAGS SUMMARY BACKGROUND FACTBOX EXPLAINER ' +
    'TRANSCRIPT ALSO SEE'
  ).split(' '),
);

const notSpeaker = (name: string): boolean =>
  name.split(/\s+/).some((w) => NOT_SPEAKERS.has(w.replace(/[.’']+$/, '').toUpperCase()));

/** The interview prefix of a block's first sentence, if any. */
export function interviewLine(
  text: string,
  mentions: Mention[],
  byId: Map<string, Entity>,
  /** The sentence's index: a speaker named only by the entity pass must have been named before it. */
  at = Number.POSITIVE_INFINITY,
): InterviewLine | undefined {
  const qa = QA.exec(text);
  if (qa) return /^[QI]/.test(qa[1]!) ? { kind: 'question' } : { kind: 'answer' };
  const caps = CAPS_NAME.exec(text);
  if (caps && caps[1]!.replace(/[^A-Z]/g, '').length >= 2) {
    const name = caps[1]!;
    if (!notSpeaker(name)) return { kind: 'answer', speaker: titleCase(name) };
  }
  // "Jane Smith: ..." where the name is a person the entity pass found, introduced earlier (as an
  // interviewee is: "We spoke to Jane Smith ..."); a list item's label ("Gmail: ...") is not.
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 40 && /^\s+\S/.test(text.slice(colon + 1))) {
    const m = mentions.find((x) => x.start <= 1 && x.end === colon);
    const e = m && byId.get(m.entity);
    if (e?.type === 'person' && !notSpeaker(text.slice(0, colon)) && e.sentences.some((k) => k < at))
      return { kind: 'answer', speaker: e.name, entity: e };
  }
  return undefined;
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The speaker of an interview answer: the named one, else the last person named, else "the interviewee". */
export function answerVoice(line: InterviewLine, lastPerson: Entity | undefined): Attribution {
  if (line.kind === 'answer' && line.entity)
    return { speaker: line.entity.name, entity: line.entity.id, ...roleOf(line.entity), via: 'quote' };
  if (line.kind === 'answer' && line.speaker) return { speaker: line.speaker, via: 'quote' };
  if (lastPerson)
    return { speaker: lastPerson.name, entity: lastPerson.id, ...roleOf(lastPerson), via: 'quote' };
  return { speaker: 'the interviewee', via: 'quote' };
}

function roleOf(e: Entity): { role?: string } {
  return e.role ? { role: e.role } : {};
}

/**
 * Whether the sentence opens, outside quotation, with the writer's own frame ("I suspect that ...",
 * "We believe ...", "I'm sure ...") before any verb of saying with another subject: then whatever
 * it reports is the writer's judgement. Only the first clause counts: "Smith said ... and I agree"
 * stays Smith's.
 */
export function writerFrame(ts: Token[], inQuote: (t: Token) => boolean): boolean {
  for (let k = 0; k < ts.length && k < 12; k++) {
    const t = ts[k]!;
    if (inQuote(t)) return false;
    const w = t.text.toLowerCase().replace(/’/g, "'");
    if (FIRST.has(w) && (w !== 'i' || t.text === 'I')) {
      for (let j = k + 1; j < ts.length && j <= k + 3; j++) {
        const v = ts[j]!.text.toLowerCase();
        if (FRAMING.has(v) || FRAMING.has(v.replace(/s$/, '')) || speechLemma(v)) return true;
      }
      return false;
    }
    // A verb of saying before any first person: someone else's frame comes first.
    if (k > 0 && speechLemma(t.text) && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

// The writer's view named in the first person: "My prediction is that ...", "Our view is that ...",
// "But my own guess is ...".
const WRITERS_VIEW =
  /^\s*(?:(?:but|and|so|yet|still|now|frankly|honestly|personally)\s*,?\s+)?(?:my|our)\s+(?:own\s+|best\s+|strong\s+)?(?:prediction|guess|view|sense|bet|hunch|suspicion|belief|fear|hope|worry|feeling|opinion|impression|concern|point|argument|position|verdict|conclusion|take)\s+(?:is|was|remains)\b/i;

// The writer's verdict set up as such: "The bottom line is that ...", "The truth is ...", "The
// problem is that ...": whatever the clause after it reports, the writer frames it.
const WRITERS_VERDICT =
  /^\s*(?:(?:but|and|so|yet|still)\s*,?\s+)?the\s+(?:bottom\s+line|(?:simple\s+|sad\s+|plain\s+)?truth|fact\s+of\s+the\s+matter|reality|problem|trouble|irony|upshot|point)\s+(?:here\s+)?is\s*(?:that\b|,|:)/i;

/**
 * Whether the sentence opens with the writer's view named in the first person (WRITERS_VIEW) or
 * set up as the writer's verdict (WRITERS_VERDICT).
 */
export function writersView(text: string): boolean {
  return WRITERS_VIEW.test(text) || WRITERS_VERDICT.test(text);
}

/** The pattern's first match when it starts outside quotation; undefined otherwise. */
function execOutsideQuotes(
  re: RegExp,
  text: string,
  quoted: { start: number; end: number }[],
): RegExpExecArray | undefined {
  const m = re.exec(text);
  if (!m || quoted.some((q) => m.index >= q.start && m.index < q.end)) return undefined;
  return m;
}

/** Verbs that judge when said of something in the passive ("was condemned", "is widely praised"). */
export const JUDGED = new Set(
  'condemned criticized criticised praised denounced lauded hailed applauded decried rebuked derided ridiculed panned lambasted castigated vilified blamed slammed blasted mocked'.split(
    ' ',
  ),
);

// Feelings caused in people (UNSPOKEN's "the decision shocked his colleagues"; MOVED reads them).
const MOVING =
  'shocked|stunned|angered|outraged|dismayed|alarmed|infuriated|enraged|delighted|thrilled|disappointed|frustrated';

// Judgements reported without a speaker: "has been hailed as a model", "seen by many as a hero",
// "was remembered by colleagues for his courage", "will be remembered as a hero",
// "came under fire", "faced (sharp) criticism", "drew criticism", "the attack raised concerns that
// ...", "after widespread criticism", "the decision shocked his colleagues", and a judging verb
// in the passive ("was condemned by rights groups", "is widely criticised").
const UNSPOKEN = new RegExp(
  String.raw`\b(?:(?:hailed|heralded|seen|regarded|viewed|reviled|praised|criticized|criticised|condemned|derided|branded|touted|lauded|celebrated|decried|denounced|dismissed)\s+(?:by\s+[^,.;]{1,40}?\s+)?as|remembered\s+(?:by\s+[^,.;]{1,40}?\s+(?:as|for)|as)|(?:came|comes|come|coming)\s+under\s+(?:\p{Ll}+\s+)?(?:fire|criticism|attack|scrutiny)|fac(?:ed|es|e|ing)\s+(?:\p{Ll}+\s+){0,2}(?:criticism|backlash|accusations|calls|condemnation|resistance|opposition|pushback|scrutiny|skepticism|scepticism)|(?:drew|draws|draw|drawing|won|wins|earned|earns|received|receives|garnered|garners|attracted|attracts|elicited|elicits|elicit)\s+(?:\p{Ll}+\s+)?(?:criticism|condemnation|backlash|fire|praise|acclaim|plaudits|outrage|ire|rebukes?|scorn|ridicule|horror|disgust|anger)|(?:raise|raised|raises|raising|sparked|sparks|prompted|fuelled|fueled|caused|causes|generated|generates|provoked|provokes|triggered|triggers)\s+(?:\p{Ll}+\s+)?(?:concerns?|fears?|questions|doubts|objections|outrage|criticism|backlash|anger|controversy|uproar|alarm|fury)|(?:amid|after|following|despite)\s+(?:(?:widespread|growing|mounting|heavy|sharp|fierce|intense|strong|public|international|bipartisan)\s+)?(?:criticism|backlash|outrage|uproar|condemnation|protests)|(?:${MOVING})\s+(?:(?:his|her|their|its|the|many|some|most)\s+)?(?:colleagues|supporters|critics|fans|voters|residents|lawmakers|members|observers|experts|investors|officials|allies|rivals|viewers|readers|parents|employees|workers|activists|analysts|neighbours|neighbors)|(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:${[...JUDGED].join('|')})\b(?!\s+(?:by\s+[^,.;]{1,40}?\s+)?as\b))\b`,
  'iu',
);

// A description quoted in the passive: "has been described as “heartbreaking” by the department",
// "was called “reckless”", "was dubbed ‘the Iron Lady’". The quotation marks say the words are
// someone's (a plain description, "was described as a 45-year-old man", has none).
const QUOTED_NAMING =
  /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(described|characteri[sz]ed|labell?ed|called|dubbed|termed)(\s+as)?(?:\s+(?:a|an|the))?\s+(?=[“"‘])/iu;

// The feeling caused and the people it moved, in an UNSPOKEN match ("shocked his colleagues").
const MOVED = new RegExp(`^(${MOVING})\\s+(.+)$`, 'i');

/** Whether a voice's verb is one of the phrases above ("drew praise", "came under fire", "hailed as"). */
export function isUnspokenPhrase(verb: string): boolean {
  return verb.includes(' ') && UNSPOKEN.test(verb);
}

// The one who judges, named after a passive judging verb: "condemned by human rights groups".
const BY_AGENT =
  /^\s+by\s+((?:the\s+)?[^,.;:]{1,40}?)(?=\s+(?:for|over|as|after|in|on|at|during|who|which|because|and)\b|[,.;:]|\s*$)/i;

/**
 * A judgement the sentence reports without naming who makes it, outside quotation: the speaker is
 * "others", or the "by ..." phrase when there is one. Undefined when there is none.
 */
export function unspokenJudgement(
  text: string,
  quoted: { start: number; end: number }[],
): { speaker: string; verb: string; start: number; end: number } | undefined {
  const m = execOutsideQuotes(UNSPOKEN, text, quoted);
  if (!m)
    return (
      quotedNaming(text, quoted) ?? directedAt(text, quoted) ?? unownedView(text) ?? clearTo(text, quoted)
    );
  const end = m.index + m[0].length;
  const passive = /^(?:was|were|is|are|been|being)\s/i.exec(m[0]);
  if (passive) {
    // The verb is the participle: "was condemned by rights groups" -> "condemned", by the agent.
    const verb = m[0].slice(m[0].lastIndexOf(' ') + 1);
    const agent = BY_AGENT.exec(text.slice(end));
    return { speaker: agent ? agent[1]! : 'others', verb, start: end - verb.length, end };
  }
  const by = /\bby\s+([^,.;]{1,40}?)\s+(?:as|for)$/i.exec(m[0]);
  // ("shocked his colleagues": the ones moved hold the view; the verb is the feeling caused.)
  const moved = MOVED.exec(m[0]);
  if (moved) {
    const verb = moved[1]!;
    return { speaker: moved[2]!, verb, start: m.index, end: m.index + verb.length };
  }
  const verb = m[0];
  return { speaker: by ? by[1]! : 'others', verb, start: m.index, end };
}

// Advice or a warning given to the subject by someone named: "Nine countries were urged by the
// WHO to prepare", "He was warned by police that ...". The subject is the one addressed; the one
// who urges is the "by ..." phrase. (With no one named, "Patients were advised to rest" reports
// no one's view: the outlet's.)
const DIRECTED =
  /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(urged|warned|advised|cautioned)\b(?=(\s+by\s+[^,.;:]{1,40}?)\s+(?:to|that|not|against)\b)/iu;

/** DIRECTED's advice: the participle, by the agent. */
function directedAt(
  text: string,
  quoted: { start: number; end: number }[],
): { speaker: string; verb: string; start: number; end: number } | undefined {
  // (Asked first, as it is cheap: the agent needs its "by".)
  if (!text.includes(' by ')) return undefined;
  const m = execOutsideQuotes(DIRECTED, text, quoted);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const agent = BY_AGENT.exec(m[2]!);
  if (!agent) return undefined;
  return { speaker: agent[1]!, verb: m[1]!, start: end - m[1]!.length, end };
}

// A view held by no one named, set out as the sentence's point: "The concern is that doctors will
// run out of antibiotics", "The fear among investors is that ...", "A common refrain was that ..."
// (the writer's own verdicts, "The problem is that ...", are WRITERS_VERDICT's).
export const UNOWNED_VIEW_NOUNS: ReadonlySet<string> = new Set(
  'concern fear worry hope expectation suspicion consensus refrain complaint criticism perception sentiment belief'.split(
    ' ',
  ),
);
const UNOWNED_VIEW = new RegExp(
  String.raw`^\s*(?:(?:but|and|yet|still|now)\s*,?\s+)?(?:the|a)\s+(?:(?:common|frequent|familiar|popular|widespread|recurring|general|prevailing|growing|main|chief)\s+)?(${[...UNOWNED_VIEW_NOUNS].join('|')})\s+(?:(?:here|now|among\s+[^,.;:]{1,40}?)\s+)?(?:is|was)\s+that\b`,
  'i',
);

// A view set out as clear or likely to some people: "it has become clear to researchers that Freud
// was right", "seem to many to have happened ridiculously quickly". (Not "clear to anyone that",
// "obvious to me": the writer's own.)
const CLEAR_TO =
  /\b(?:(clear|obvious|apparent|evident|plain)\s+to|(seem(?:s|ed)?|appear(?:s|ed)?)\s+to)\s+((?:many|most|some|others|(?:the\s+|some\s+|many\s+|most\s+)?\p{Ll}+s)(?:\s+\p{Ll}+s)?)\s+(that|to|like)\b/u;

/** CLEAR_TO's view: the people it is clear to, "clear to" (or "seem to") as its verb. */
function clearTo(
  text: string,
  quoted: { start: number; end: number }[],
): { speaker: string; verb: string; start: number; end: number } | undefined {
  const m = execOutsideQuotes(CLEAR_TO, text, quoted);
  if (!m || /^(?:us|yours|ours|theirs)$/.test(m[3]!)) return undefined;
  // ("clear to X that": a that-clause; "seem to many to ...": a verb or a likeness.)
  if (m[1] ? m[4] !== 'that' : m[4] === 'that') return undefined;
  const verb = `${m[1] ?? m[2]} to`;
  const start = m.index + m[0].indexOf(verb);
  return { speaker: m[3]!, verb, start, end: start + verb.length };
}

/** UNOWNED_VIEW's view: others', the noun as its verb. */
function unownedView(
  text: string,
): { speaker: string; verb: string; start: number; end: number } | undefined {
  const m = UNOWNED_VIEW.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].toLowerCase().indexOf(m[1]!.toLowerCase());
  return { speaker: 'others', verb: m[1]!, start, end: start + m[1]!.length };
}

/** QUOTED_NAMING's judgement: the verb ("described as", "called"), by the agent after the quotation. */
function quotedNaming(
  text: string,
  quoted: { start: number; end: number }[],
): { speaker: string; verb: string; start: number; end: number } | undefined {
  if (quoted.length === 0 && !/[“"‘]/.test(text)) return undefined;
  const m = execOutsideQuotes(QUOTED_NAMING, text, quoted);
  if (!m) return undefined;
  const start = m.index + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());
  const verb = m[2] ? `${m[1]} as` : m[1]!;
  const q = quoted.find((x) => x.start >= m.index + m[0].length - 1);
  const agent = q ? BY_AGENT.exec(text.slice(q.end)) : undefined;
  return { speaker: agent ? agent[1]! : 'others', verb, start, end: start + verb.length };
}

// The reporter's unnamed sources in the first person: "We're told ...", "I'm told", "we have been
// informed", "we've learned" (news and celebrity reporting's own sourcing formula).
const TOLD_TO_WRITER =
  /\b(?:we|i)(?:['’](?:re|m|ve\s+been)|\s+(?:are|am|were|was|have\s+been|had\s+been))\s+(told|informed)\b|\bwe(?:['’]ve|\s+have)\s+(learned|learnt)\b/i;

/**
 * Whether the writer reports, outside quotation, what unnamed sources told them ("We're told there
 * is security footage ..."): the first person is not the writer's view here but the writer's source.
 * Then the voice is unnamed sources' with the verb found (the reported words follow it).
 */
export function toldToWriter(
  text: string,
  quoted: { start: number; end: number }[],
): { speaker: string; verb: string; start: number; end: number } | undefined {
  const m = execOutsideQuotes(TOLD_TO_WRITER, text, quoted);
  if (!m) return undefined;
  const verb = m[1] ?? m[2]!;
  const start = m.index + m[0].length - verb.length;
  return { speaker: 'unnamed sources', verb, start, end: start + verb.length };
}
