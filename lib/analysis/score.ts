/**
 * The per-sentence opinion score and label. The score (0..1) says how much a sentence judges
 * rather than reports, whoever says it; the label then separates the outlet's own judgement
 * ('opinion') from a source's ('reported-opinion'), and splits the rest into check-worthy
 * 'claim's and plain 'fact's.
 */
import { extractFeatures, FEATURES, type FeatureInput, learnedPart } from './features';
import { linear, sigmoid, weightVector } from './model';
import type { Label, LoadedMatch, Reason, Voice } from './types';
import { reportedClause, toSentence } from './voice-judgement';

export interface ScoreInput {
  text: string;
  voice: Voice;
  /** Quoted spans, sentence-relative. */
  quoted: { start: number; end: number }[];
  /** Loaded terms, sentence-relative. */
  loaded: LoadedMatch[];
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

// Assertions worth checking when not opinion: figures, amounts and causes.
const CHECKABLE =
  /\d|\b(?:because|caus(?:e|es|ed|ing)|due to|led to|leads? to|result(?:s|ed)? in|percent|per cent|million|billion|most|majority|increase[sd]?|decrease[sd]?|rose|fell|doubled|tripled)\b/i;

/**
 * Logit added when a source is reported judging ("praised", "condemned", or a pejorative in
 * their quoted words). Set by hand (there is no labelled set of reported opinion): one judging verb takes a
 * plain report of it past the opinion threshold.
 */
export const JUDGING_VERB_LOGIT = 2;
// Loaded categories that, inside a source's quotation, are that source's judgement.
const QUOTED_JUDGEMENT = new Set(['pejorative', 'praise', 'emotive']);
const WORD_SCORES = FEATURES.findIndex((f) => f.name === 'word-scores');
const FRAME = new Set(['attributed', 'saying-verb', 'judging-verb', 'quoted-share', 'all-quoted']);

export function scoreSentence(input: ScoreInput): ScoreResult {
  if (input.voice !== 'outlet') return scoreReported(input);
  const features = extractFeatures(input as FeatureInput);
  const opinion = sigmoid(linear(features.values));
  return { opinion, label: labelFor(input, opinion), reasons: reasonsFor(features) };
}

/**
 * A source's sentence: scored like any other, plus the judgement it reports, when the verb is
 * itself a judgement ("Stoltenberg commended ...", "He lauded ...") or the source's quoted words
 * carry a pejorative, praise or emotive term ('“a shameful disaster,” Jones said').
 */
function scoreReported(input: ScoreInput): ScoreResult {
  const features = extractFeatures(input as FeatureInput);
  const judgements: { start: number; end: number; text: string; explain: string }[] = [];
  for (const h of features.hits) {
    if (FEATURES[h.feature]!.name === 'judging-verb')
      judgements.push({ start: h.start, end: h.end, text: h.text, explain: 'a source praises or condemns' });
  }
  const reportedFrom = reportedClauseStart(input);
  for (const m of input.loaded) {
    if (!QUOTED_JUDGEMENT.has(m.category)) continue;
    const quoted = input.quoted.some((q) => q.start <= m.start && m.end <= q.end);
    if (!quoted && m.start < reportedFrom) continue;
    judgements.push({
      start: m.start,
      end: m.end,
      text: m.text,
      explain: quoted ? 'a source’s judgement, in their words' : 'a source’s judgement, reported',
    });
  }
  let boost = 0;
  if (judgements.length > 0) {
    // The report of a judgement is what this sentence is: its frame (attribution, the verb of
    // saying, the quotation marks) says who judges, and must not count against the judgement.
    FEATURES.forEach((f, i) => {
      if (FRAME.has(f.name)) features.values[i] = 0;
    });
    features.hits = features.hits.filter((h) => !FRAME.has(FEATURES[h.feature]!.name));
    // Likewise the learned word scores read only the reported words (the quotation, or what
    // follows the verb of saying), not the source's name and the verb.
    const inQuote = (w: { start: number; end: number }) =>
      input.quoted.some((q) => q.start <= w.start && w.end <= q.end);
    const [from, to] = reportedWords(input, reportedFrom);
    const part = learnedPart(features.learned.filter((w) => (w.start >= from && w.end <= to) || inQuote(w)));
    features.values[WORD_SCORES] = part.value;
    features.hits = [...features.hits.filter((h) => h.feature !== WORD_SCORES), ...part.hits];
    boost = JUDGING_VERB_LOGIT;
  }
  let opinion = sigmoid(linear(features.values) + boost);
  let reasons = reasonsFor(features);
  const share = Math.round((boost / Math.max(1, judgements.length)) * 1000) / 1000;
  for (const j of judgements.reverse()) reasons.unshift({ ...j, cue: 'reported-judgement', weight: share });
  // The reported words judged on their own, as a writer's sentence would be (voice-judgement.ts).
  const clause = reportedClause(input);
  if (clause) {
    const f = extractFeatures({ text: clause.text, voice: 'outlet', quoted: [], loaded: clause.loaded });
    const stance = clause.stance ? STANCE_LOGIT : 0;
    const own = sigmoid(linear(f.values) + REPORTED_CLAUSE_LOGIT + stance);
    if (own > opinion && (clause.stance || clause.quoted || judges(f))) {
      opinion = own;
      // The judgements already named (a judging verb, a pejorative in quotes) stay first.
      const named = reasons.filter((r) => r.cue === 'reported-judgement');
      const frame = clause.stance
        ? stanceReason(input).filter((r) => !named.some((n) => n.start === r.start))
        : [];
      reasons = [
        ...named,
        ...frame,
        ...reasonsFor(f).map((r) => ({
          ...r,
          start: toSentence(clause, r.start),
          end: toSentence(clause, r.end),
          explain: `${r.explain} (in the source’s words)`,
        })),
      ];
    }
  }
  return { opinion, label: labelFor(input, opinion), reasons };
}

/**
 * Logits added when the reported words are judged on their own: a source's words are reported
 * because they take a position, and a verb that means a view ("argued", "warned", "accused")
 * says so outright. Set on the real-pages dev set (lib/cli/eval/pages-dev.ts, monitored).
 */
export const REPORTED_CLAUSE_LOGIT = 0.6;
export const STANCE_LOGIT = 1.5;

// Features that say what a text is about or how it is built, not that it judges: a reported
// clause with only these ("two people were killed in the crash") is a source's report of a fact.
const NOT_JUDGING = new Set([
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

/** Whether the reported words carry a judgement cue that counts for opinion. */
function judges(f: ReturnType<typeof extractFeatures>): boolean {
  const w = weightVector();
  return f.hits.some((h) => !NOT_JUDGING.has(FEATURES[h.feature]!.name) && w[h.feature]! > 0);
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
 * Where the reported words begin in indirect speech ("Smith said [the plan was a disaster]"):
 * after the verb of saying. The words before it name the source and are the writer's; with no
 * verb found (or a quotation's frame), nothing outside the quotation counts as reported.
 */
function reportedClauseStart(input: ScoreInput): number {
  const v = input.voice;
  if (v === 'outlet' || v.via === 'quote' || v.via === 'continuation') return Number.POSITIVE_INFINITY;
  if (v.via === 'according-to' || v.verb?.toLowerCase() === 'according to') return 0;
  if (!v.verb) return Number.POSITIVE_INFINITY;
  const lower = input.text.toLowerCase();
  const verb = v.verb.toLowerCase();
  for (let at = lower.indexOf(verb); at >= 0; at = lower.indexOf(verb, at + 1)) {
    const before = at > 0 ? lower.charCodeAt(at - 1) : 32;
    const after = at + verb.length < lower.length ? lower.charCodeAt(at + verb.length) : 32;
    if (!isLetter(before) && !isLetter(after)) return at + verb.length;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The span of the reported words for the learned word scores: after the verb of saying, or for
 * "according to" the clause beside the source ("According to X, [...]", "[...], according to X").
 */
function reportedWords(input: ScoreInput, reportedFrom: number): [number, number] {
  const v = input.voice;
  const according = v !== 'outlet' && (v.via === 'according-to' || v.verb?.toLowerCase() === 'according to');
  if (!according) return [reportedFrom, Number.POSITIVE_INFINITY];
  const at = input.text.toLowerCase().indexOf('according to');
  if (at < 0) return [0, Number.POSITIVE_INFINITY];
  if (at > 3) return [0, at];
  const comma = input.text.indexOf(',', at);
  return [comma < 0 ? 0 : comma + 1, Number.POSITIVE_INFINITY];
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || c > 127;

function labelFor(input: ScoreInput, opinion: number): Label {
  const outlet = input.voice === 'outlet';
  if (opinion >= OPINION_THRESHOLD) return outlet ? 'opinion' : 'reported-opinion';
  if (!outlet) return 'claim';
  return CHECKABLE.test(outsideQuotes(input.text, input.quoted)) ? 'claim' : 'fact';
}

function outsideQuotes(text: string, quoted: { start: number; end: number }[]): string {
  if (quoted.length === 0) return text;
  let out = '';
  let at = 0;
  for (const q of quoted) {
    out += text.slice(at, q.start);
    at = Math.max(at, q.end);
  }
  return out + text.slice(at);
}

/** A learned word score says which way it pulls; other cues keep their feature's words. */
function explainFor(name: string, explain: string, weight: number): string {
  if (name !== 'word-scores') return explain;
  return weight > 0
    ? 'a word that reads as judgement (learned from word vectors)'
    : 'a word that reads as plain report (learned from word vectors)';
}

/** Each counted cue gets its share of its feature's contribution; strongest first. */
function reasonsFor(features: ReturnType<typeof extractFeatures>): Array<Omit<Reason, 'block'>> {
  const w = weightVector();
  const perFeature = new Array<number>(FEATURES.length).fill(0);
  for (const h of features.hits) perFeature[h.feature]!++;
  const reasons: Array<Omit<Reason, 'block'>> = [];
  for (const h of features.hits) {
    const part = h.share ?? features.values[h.feature]! / perFeature[h.feature]!;
    const weight = w[h.feature]! * part;
    const f = FEATURES[h.feature]!;
    // A lexicon match is always explained (hedges, absolutes ... are not counted as loaded words,
    // so the card is where the reader learns of them), however little its feature weighs.
    if (Math.abs(weight) < MIN_REASON_WEIGHT && !f.name.startsWith('loaded:')) continue;
    reasons.push({
      start: h.start,
      end: h.end,
      cue: f.name,
      text: h.text,
      weight: Math.round(weight * 1000) / 1000,
      explain: h.explain ? `${f.explain}: ${h.explain}` : explainFor(f.name, f.explain, weight),
    });
  }
  reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start);
  // Nearly every word has a learned score: the strongest few say why, the rest would only make
  // the report long (their sum is still in the score).
  let words = 0;
  return reasons.filter((r) => r.cue !== 'word-scores' || ++words <= MAX_WORD_REASONS);
}
