/**
 * The per-sentence opinion score and label. The score (0..1) says how much a sentence judges
 * rather than reports, whoever says it; the label then separates the outlet's own judgement
 * ('opinion') from a source's ('reported-opinion'), and splits the rest into check-worthy
 * 'claim's and plain 'fact's.
 */
import { extractFeatures, FEATURES, type FeatureInput, type WordVisitor } from './features';
import { linear, sigmoid, weightVector } from './model';
import { REFERENCE_MARK } from './segment';
import type { Label, LoadedMatch, Reason, Voice } from './types';
import { reportedClause, toSentence, writersWords } from './voice-judgement';
import { outsideQuotes } from './voice-quotes';

export interface ScoreInput {
  text: string;
  voice: Voice;
  /** Quoted spans, sentence-relative. */
  quoted: { start: number; end: number }[];
  /** Loaded terms, sentence-relative. */
  loaded: LoadedMatch[];
  /** A heading (title, subhead), caption or credit line: a label in compressed style, not prose. */
  heading?: boolean;
  /**
   * A line about the writer ("Jane Doe is a reporter for The Post covering free speech"): what it
   * names is the writer's beat, not a judgement, so it is scored on its cues alone, as a heading
   * without a named cue is, whatever cues it has.
   */
  contributor?: boolean;
  /**
   * An interviewer's question ("Q: What do you make of the vote?"): its asking shape (the question,
   * "you", "do you think") is put to the source, not the writer taking a view, so only the cues
   * that judge in their own right count (a loaded word in it is still the interviewer's framing).
   */
  asked?: boolean;
}

export interface ScoreResult {
  opinion: number;
  label: Label;
  reasons: Array<Omit<Reason, 'block'>>;
}

/** A judgement at or above this score is labelled opinion (or reported opinion). */
export const OPINION_THRESHOLD = 0.5;
/** Reasons weaker than this are left out of the hover card. */
const MIN_REASON_WEIGHT = 0.05;
/** Learned word scores kept as reasons per sentence, strongest first. */
const MAX_WORD_REASONS = 4;
const WORD_SCORES = FEATURES.findIndex((f) => f.name === 'word-scores');

// Assertions worth checking when not opinion: figures, amounts and causes.
const CHECKABLE =
  /\d|\b(?:because|caus(?:e|es|ed|ing)|due to|led to|leads? to|result(?:s|ed)? in|percent|per cent|million|billion|most|majority|increase[sd]?|decrease[sd]?|rose|fell|doubled|tripled)\b/i;
/**
 * Logit added when a source is reported judging ("praised", "condemned", or a pejorative in
 * their quoted words). Set by hand (there is no labelled set of reported opinion): one judging verb takes a
 * plain report of it past the opinion threshold.
 */
export const JUDGING_VERB_LOGIT = 2;
// Loaded categories that, in a source's reported words, are that source's judgement.
const QUOTED_JUDGEMENT = new Set(['pejorative', 'praise', 'emotive']);
const FRAME = new Set(['attributed', 'saying-verb', 'judging-verb', 'quoted-share', 'all-quoted']);

export function scoreSentence(input: ScoreInput): ScoreResult {
  if (input.voice !== 'outlet') return scoreReported(input);
  const features = extractFeatures(input as FeatureInput);
  // The writer's own frame ("I suspect that ...", "we believe ...") is the writer taking a
  // position, as a source's verb of stance is: the corpora see such frames mostly in sources'
  // unmarked words (the refit gives the cue a weight near zero), so it takes the stance logit.
  const framed = features.hits.find((h) => FEATURES[h.feature]!.name === 'first-person-stance');
  // A heading (title, subhead) is opinion only on a named cue: headline style (title case, a bare
  // noun phrase or question, a verb in the present for a past event) misleads the learned word
  // scores and the shape features, which put "Insecurities?" or "Conclusion" at 0.6-0.95 on real
  // pages. Without a cue it is scored on the cues alone (its word scores and shape do not count).
  // An interviewer's question (`asked`) is read without its asking shape, and like a heading
  // without a named cue when no other cue judges.
  const asked = input.asked === true;
  const bare =
    input.contributor === true ||
    ((input.heading === true || asked) && !framed && !judges(features, asked ? ASKING : undefined));
  const values = bare
    ? cuesOnly(features.values)
    : asked
      ? Float64Array.from(features.values)
      : features.values;
  if (asked) for (let i = 0; i < values.length; i++) if (ASKING.has(FEATURES[i]!.name)) values[i] = 0;
  const opinion = sigmoid(linear(values) + (framed ? STANCE_LOGIT : 0));
  // (The frame's learned weight is in the score; its reason is the one below.)
  const reasons = reasonsFor(features).filter(
    (r) =>
      (!framed || r.cue !== 'first-person-stance') &&
      (!bare || !NOT_JUDGING.has(r.cue)) &&
      (!asked || !ASKING.has(r.cue)),
  );
  if (framed)
    reasons.unshift({
      start: framed.start,
      end: framed.end,
      cue: 'first-person-stance',
      text: framed.text,
      weight: STANCE_LOGIT,
      explain: 'the writer frames a view as their own (I think, we believe)',
    });
  return { opinion, label: labelFor(input, opinion), reasons };
}

/**
 * A source's sentence: scored like any other, and its reported words (voice-judgement.ts: the
 * clause after the verb of saying, the quotation, the rest beside "according to X") judged on
 * their own as a writer's sentence would be, plus what the frame says outright: a verb that is
 * itself a judgement ("Stoltenberg commended ...") or means a view ("argued", "warned", "accused").
 * The frame (who says it, the verb of saying, the quotation marks) says who judges and does not
 * count against the judgement. The sentence's opinion is the higher of the two.
 */
function scoreReported(input: ScoreInput): ScoreResult {
  const whole = extractFeatures(input as FeatureInput);
  let opinion = sigmoid(linear(whole.values));
  const r = reportedJudgement(input, whole);
  if (!r) return withFrame(input, opinion, reasonsFor(whole));
  const { f, clause, verbs, stance } = r;
  const back = clause ? (at: number) => toSentence(clause, at) : (at: number) => at;
  const own = sigmoid(linear(f.values) + r.logit);
  // The whole sentence's reasons, unless the reported words' judgement takes over.
  let reasons: Array<Omit<Reason, 'block'>>;
  if (!(own > opinion && (r.always || judges(f)))) reasons = reasonsFor(whole);
  else {
    opinion = own;
    const share = Math.round((JUDGING_VERB_LOGIT / Math.max(1, verbs.length)) * 1000) / 1000;
    const named = verbs.map((j) => ({ ...j, cue: 'reported-judgement', weight: share }));
    const frame = stance ? stanceReason(input).filter((r) => !named.some((n) => n.start === r.start)) : [];
    reasons = [
      ...named,
      ...frame,
      ...reasonsFor(f)
        .map((r) =>
          clause
            ? {
                ...r,
                start: back(r.start),
                end: back(r.end),
                explain: `${r.explain} (in the source’s words)`,
              }
            : r,
        )
        .filter((r) => !r.cue.startsWith('loaded:') || !named.some((n) => n.start === r.start)),
    ];
  }
  return withFrame(input, opinion, reasons);
}

/**
 * A source's sentence's label and reasons: with the writer's own judging words around the
 * source's (frameJudgements), an opinion is the outlet's, and those words are among its reasons
 * (why the sentence is the outlet's opinion though a source speaks in it; not repeated when
 * already there).
 */
function withFrame(input: ScoreInput, opinion: number, reasons: Array<Omit<Reason, 'block'>>): ScoreResult {
  const { frame, answer, comment, any } = writersWords(input);
  const label = labelFor(input, opinion, any);
  if (label !== 'opinion') return { opinion, label, reasons };
  const w = weightVector();
  const out = [...reasons];
  if (answer)
    out.push({
      ...answer,
      cue: 'writer-answer',
      weight: 0,
      explain: 'the writer answers the source’s words in the same sentence',
    });
  if (comment)
    out.push({
      ...comment,
      cue: 'writer-comment',
      weight: 0,
      explain: 'the writer’s own comment on what the source says or does',
    });
  for (const m of frame) {
    if (reasons.some((r) => r.start === m.start && r.cue.startsWith('loaded:'))) continue;
    const cue = `loaded:${m.category}`;
    const f = FEATURES.findIndex((x) => x.name === cue);
    out.push({
      start: m.start,
      end: m.end,
      cue,
      text: m.text,
      // One term of its feature, as extractFeatures counts it (log1p(1)).
      weight: Math.round((w[f] ?? 0) * Math.LN2 * 1000) / 1000,
      explain: `the writer’s own word around the source’s${m.note ? `: ${m.note}` : ''}`,
    });
  }
  return { opinion, label, reasons: out };
}

/** What a source's sentence is judged on besides the whole sentence (see scoreReported). */
export interface ReportedJudgement {
  /** Features of the reported words (or of the sentence without its frame). */
  f: ReturnType<typeof extractFeatures>;
  clause: ReturnType<typeof reportedClause>;
  /** Judging verbs and the source's judgement words, for the reasons. */
  verbs: { start: number; end: number; text: string; explain: string }[];
  stance: boolean;
  /** A judging verb or a source's judgement term. */
  judging: boolean;
  /** Added to the reported words' linear score. */
  logit: number;
  /** The frame itself judges (a judging verb or term, a verb of stance, a quotation). */
  always: boolean;
}

/**
 * The reported words of a source's sentence as scoreReported judges them, or undefined when
 * there are none. Also used by the trainer (lib/cli/train/opinion-data.ts), so its figures are
 * what `--sentences` says.
 */
export function reportedJudgement(
  input: ScoreInput,
  whole: ReturnType<typeof extractFeatures>,
  visit?: WordVisitor,
): ReportedJudgement | undefined {
  const verbs = whole.hits
    .filter((h) => FEATURES[h.feature]!.name === 'judging-verb')
    .map((h) => ({ start: h.start, end: h.end, text: h.text, explain: 'a source praises or condemns' }));
  const clause = reportedClause(input);
  // A pejorative, praise or emotive term in the reported words is the source's judgement, named.
  for (const m of clause?.loaded ?? []) {
    if (!QUOTED_JUDGEMENT.has(m.category)) continue;
    const start = toSentence(clause!, m.start);
    verbs.push({
      start,
      end: start + (m.end - m.start),
      text: m.text,
      explain: clause!.quoted ? 'a source’s judgement, in their words' : 'a source’s judgement, reported',
    });
  }
  if (!clause && verbs.length === 0) return undefined;
  let f: ReturnType<typeof extractFeatures>;
  if (clause) {
    f = extractFeatures({ text: clause.text, voice: 'outlet', quoted: [], loaded: clause.loaded }, visit);
  } else {
    // No reported words to cut out ("Stoltenberg commended Azerbaijan's collaboration"): the
    // sentence without its frame.
    f = { ...whole, values: [...whole.values] };
    FEATURES.forEach((d, i) => {
      if (FRAME.has(d.name)) f.values[i] = 0;
    });
    f.hits = f.hits.filter((h) => !FRAME.has(FEATURES[h.feature]!.name));
  }
  const stance = clause?.stance ?? false;
  const judging = verbs.length > 0;
  return {
    f,
    clause,
    verbs,
    stance,
    judging,
    logit: REPORTED_CLAUSE_LOGIT + (stance ? STANCE_LOGIT : 0) + (judging ? JUDGING_VERB_LOGIT : 0),
    always:
      judging || stance || (clause?.quoted ?? false) || (clause !== undefined && quotesInWords(clause.text)),
  };
}

/**
 * Whether reported words quote the source's own words inside a sentence of the writer's ("Working
 * at Energy Control is “more gratifying” than her previous jobs, Lladanosa told me"): the writer
 * kept the source's words, so they are judged as the source's, as a whole quotation is. A quoted
 * title alone ("^ “Rhino History”") is not: three words or more stand outside the quotation.
 */
function quotesInWords(text: string): boolean {
  if (!/[“”"]/.test(text)) return false;
  const outside = text.replace(/[“"][^”"]*[”"]?/g, ' ');
  return (outside.match(/\p{L}+/gu)?.length ?? 0) >= 3;
}

/**
 * Logits added when the reported words are judged on their own: a source's words are reported
 * because they take a position, and a verb that means a view ("argued", "warned", "accused", and
 * the writer's own "I suspect", "we believe") says so outright. Set on the real-pages dev set
 * (lib/cli/eval/pages-dev.ts, monitored) against the refitted model, whose learned word scores
 * make its logits about twice as wide as the hand-set model's: macro-F1 0.704 / 0.710 / 0.716 /
 * 0.716 for the clause logit 0.6 / 1.2 / 1.8 / 2.4; the stance logit changes no pages-dev label
 * from 1.5 to 10, and 4 takes a verb of stance past the plainest reported words ("came under
 * fire [from unions]"). Set again on four monitored sets (dev, check, fresh pages and news-voice
 * half A) before a refit, clause logit 1.2 / 1.8 / 2.4 / 3.0: macro-F1 dev 0.747 / 0.749 / 0.749 /
 * 0.746, check 0.717 / 0.714 / 0.714 / 0.710, fresh 0.692 / 0.688 / 0.690 / 0.686, news-voice A
 * 0.688 / 0.691 / 0.698 / 0.698; reported recall at 2.4 higher on all four (0.847 -> 0.854, 0.773
 * -> 0.797, 0.792 -> 0.818, 0.766 -> 0.787), where the bar is.
 */
export const REPORTED_CLAUSE_LOGIT = 2.4;
export const STANCE_LOGIT = 4;

// Features that say what a text is about or how it is built, not that it judges: a reported
// clause with only these ("two people were killed in the crash") is a source's report of a fact.
const NOT_JUDGING = new Set([
  // Nearly every word has a learned score: the guard asks for a cue named in the lists.
  'word-scores',
  'word-peak',
  'copula',
  'generic-group',
  'length',
  'proper-name',
  'number',
  'time',
  'unit',
  'report-word',
  'institution',
  'third-plural',
  'deixis',
  'aside',
  'ly-adverb',
  'saying-verb',
  'attributed',
  'quoted-share',
  'all-quoted',
  'weasel',
  'question',
]);

// The shape of a question put to someone: asking, addressing them, asking what they think.
const ASKING = new Set([
  'question',
  'rhetorical-question',
  'second-person',
  'first-person',
  'first-plural',
  'epistemic',
  'negation',
  'imperative',
  'obligation',
]);

/** The feature values with the features that do not judge (NOT_JUDGING) set to zero. */
function cuesOnly(values: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(values);
  for (let i = 0; i < out.length; i++) if (NOT_JUDGING.has(FEATURES[i]!.name)) out[i] = 0;
  return out;
}

/** Whether the reported words carry a judgement cue that counts for opinion (outside `ignore`). */
function judges(f: ReturnType<typeof extractFeatures>, ignore?: ReadonlySet<string>): boolean {
  const w = weightVector();
  // A cue pulls towards opinion by its weight (learned word scores are not cues: see NOT_JUDGING).
  return judgingCues(f).some((i) => w[i]! > 0 && !ignore?.has(FEATURES[i]!.name));
}

/** The features of the cues that count as a judgement when their weight is positive. */
export function judgingCues(f: ReturnType<typeof extractFeatures>): number[] {
  return f.hits.filter((h) => !NOT_JUDGING.has(FEATURES[h.feature]!.name)).map((h) => h.feature);
}

function stanceReason(input: ScoreInput): Array<Omit<Reason, 'block'>> {
  const v = input.voice;
  if (v === 'outlet' || !v.verb) return [];
  const at = input.text.toLowerCase().indexOf(v.verb.toLowerCase());
  if (at < 0) return [];
  return [
    {
      start: at,
      end: at + v.verb.length,
      cue: 'reported-judgement',
      text: input.text.slice(at, at + v.verb.length),
      weight: STANCE_LOGIT,
      explain: 'a source takes a position (argues, warns, accuses)',
    },
  ];
}

/**
 * `writerFrames`: a source's sentence whose frame carries the writer's own judging word is the
 * writer's opinion too ("Zakharova, who has made a career out of embittered vitriol, described it
 * as ...").
 */
function labelFor(input: ScoreInput, opinion: number, writerFrames = false): Label {
  const outlet = input.voice === 'outlet';
  if (opinion >= OPINION_THRESHOLD) return outlet || writerFrames ? 'opinion' : 'reported-opinion';
  if (!outlet) return 'claim';
  return CHECKABLE.test(outsideQuotes(input.text, input.quoted).replace(REFERENCE_MARK, ''))
    ? 'claim'
    : 'fact';
}

/** The label of a sentence in the outlet's own voice at this opinion score (as scoreSentence labels it). */
export function outletLabel(text: string, quoted: { start: number; end: number }[], opinion: number): Label {
  return labelFor({ text, voice: 'outlet', quoted, loaded: [] }, opinion);
}

/** A learned word score says which way it pulls; other cues keep their feature's words. */
function explainFor(name: string, explain: string, weight: number): string {
  if (name !== 'word-scores') return explain;
  return weight > 0
    ? 'a word that reads as judgement (learned from word vectors)'
    : 'a word that reads as plain report (learned from word vectors)';
}

// reasonsFor's scratch (it calls nothing that calls it back): each hit's weight, and the
// MAX_WORD_REASONS strongest learned word weights (rounded as the report shows them), strongest first.
let weightsBuffer = new Float64Array(64);
const topWords = new Float64Array(MAX_WORD_REASONS);
const perFeatureBuffer = new Int32Array(FEATURES.length);

/** Each counted cue gets its share of its feature's contribution; strongest first. */
function reasonsFor(features: ReturnType<typeof extractFeatures>): Array<Omit<Reason, 'block'>> {
  const w = weightVector();
  const hits = features.hits;
  const perFeature = perFeatureBuffer.fill(0);
  for (const h of hits) perFeature[h.feature]!++;
  // Weights first; a reason object only for what is kept.
  if (weightsBuffer.length < hits.length) weightsBuffer = new Float64Array(hits.length * 2);
  const weights = weightsBuffer;
  const top = topWords;
  let tops = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const part = h.share ?? features.values[h.feature]! / perFeature[h.feature]!;
    const weight = w[h.feature]! * part;
    weights[i] = weight;
    if (h.feature !== WORD_SCORES || Math.abs(weight) < MIN_REASON_WEIGHT) continue;
    const a = Math.abs(Math.round(weight * 1000) / 1000);
    if (tops === MAX_WORD_REASONS && a <= top[tops - 1]!) continue;
    let at = tops < MAX_WORD_REASONS ? tops++ : tops - 1;
    while (at > 0 && top[at - 1]! < a) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = a;
  }
  // Nearly every word has a learned score: the strongest few say why, the rest would only make
  // the report long (their sum is still in the score).
  // Scores are int8 steps, so words often tie: a word as strong as the last one kept stays too
  // (which of two equal words to drop would be an accident of where they stand).
  const wordFloor = tops === MAX_WORD_REASONS ? top[tops - 1]! : 0;
  const reasons: Array<Omit<Reason, 'block'>> = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const weight = weights[i]!;
    const f = FEATURES[h.feature]!;
    // A lexicon match is always explained (hedges, absolutes ... are not counted as loaded words,
    // so the card is where the reader learns of them), however little its feature weighs.
    if (Math.abs(weight) < MIN_REASON_WEIGHT && !f.name.startsWith('loaded:')) continue;
    const rounded = Math.round(weight * 1000) / 1000;
    if (h.feature === WORD_SCORES && Math.abs(rounded) < wordFloor) continue;
    reasons.push({
      start: h.start,
      end: h.end,
      cue: f.name,
      text: h.text,
      weight: rounded,
      explain: h.explain ? `${f.explain}: ${h.explain}` : explainFor(f.name, f.explain, weight),
    });
  }
  return reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start);
}
