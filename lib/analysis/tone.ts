/**
 * Tone towards entities: which entity each evaluative cue (a loaded term with polarity, or a news
 * frame from themes.ts) bears on, and the mean tone per entity in the outlet's own sentences and
 * in attributed ones. Cues bind within their clause: a verb to the entity after it ("commended
 * Azerbaijan’s ..."), an adjective or noun to the nearest entity ("its inept ... service").
 * Each mention's tone then comes from the learned model (tone-model.ts), which weighs the bound cue
 * with the words around the mention; the lean rests on the cues alone (ToneEvidence.judged).
 */
import type { Mention } from './entities';
import { cuePattern, FRAMES, type FrameTarget } from './themes';
import { type MentionTone, toneReader } from './tone-model';
import type { Entity, LoadedMatch, Sentence, Tone, Voice } from './types';

/** An entity named in the article, as entities.ts finds it (block offsets). */
export type { Mention };

/** Something a cue can bear on. Offsets are into the text being judged. */
export interface Target {
  key: string;
  start: number;
  end: number;
  /** The sentence's own speaker: the one who judges, not the one judged. */
  speaker?: boolean;
}

/** An evaluative cue. Offsets are into the text being judged. */
export interface Cue {
  start: number;
  end: number;
  polarity: number;
  target: FrameTarget;
}

const FRAME_SOURCE = `(?<![\\p{L}\\p{N}-])(?:${[...FRAMES]
  .sort((a, b) => b.cue.length - a.cue.length)
  .map((f) => cuePattern(f.cue))
  .join('|')})(?![\\p{L}\\p{N}-])`;
const FRAME_RE = new RegExp(FRAME_SOURCE, 'gu');
// For the rare text whose lower-case form changes length ("İ"), so offsets stay exact.
const FRAME_RE_CASELESS = new RegExp(FRAME_SOURCE, 'giu');
const FRAME_BY_CUE = FRAMES.map((f) => ({ frame: f, re: new RegExp(`^(?:${cuePattern(f.cue)})$`, 'u') }));

/** News frames in a text ("sanctions", "silent on"), as cues. */
export function frameCues(text: string): Cue[] {
  const out: Cue[] = [];
  const lower = text.toLowerCase();
  // exec loops rather than matchAll, which copies the (long) regex on every call.
  const re = lower.length === text.length ? FRAME_RE : FRAME_RE_CASELESS;
  const subject = re === FRAME_RE ? lower : text;
  re.lastIndex = 0;
  for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
    const hit = FRAME_BY_CUE.find((f) => f.re.test(m[0].toLowerCase()));
    if (!hit) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      polarity: hit.frame.polarity,
      target: hit.frame.target,
    });
  }
  return out;
}

/** A determiner, possessive or name after a word marks that word as a transitive verb. */
const OBJECT_AFTER = /^\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|\p{Lu})/u;

/** Words after which a bare form is a verb ("will claim", "to praise", "they deny"). */
const VERB_BEFORE =
  /\b(?:to|will|would|can|could|may|might|should|must|did|do|does|not|never|they|we|i|you)\s+$/i;

/** A complement clause or a break after a verb of saying. */
const CLAUSE_AFTER = /^(?:\s+(?:that|to|how|what|whether|why|when|if)\b|\s*[,:;.!?"“‘'—–-]|\s*$)/i;

/** Loaded terms as cues: verbs bind forwards to their object, other words to the nearest name. */
export function loadedCues(
  text: string,
  loaded: Pick<LoadedMatch, 'start' | 'end' | 'polarity' | 'category' | 'text'>[],
): Cue[] {
  const out: Cue[] = [];
  for (const l of loaded) {
    if (!l.polarity) continue;
    const after = text.slice(l.end, l.end + 20);
    if (l.category === 'saying-verb' || l.category === 'factive') {
      // A bare form with no modal or subject pronoun before it is a noun ("a territorial claim").
      const inflected = /(?:ed|es|s|ing|d)$/i.test(l.text);
      if (!inflected && !VERB_BEFORE.test(text.slice(Math.max(0, l.start - 12), l.start))) continue;
      // "admitted that ...", "claimed, ...": the verb colours its speaker's statement, not a
      // person named in it; "slammed Russia", "lauded the troops": it bears on its object.
      out.push({
        start: l.start,
        end: l.end,
        polarity: l.polarity,
        target: CLAUSE_AFTER.test(after) ? 'subject' : 'object',
      });
      continue;
    }
    const verbLike = /(?:ed|es|s|ing)$/.test(l.text) && OBJECT_AFTER.test(after);
    out.push({ start: l.start, end: l.end, polarity: l.polarity, target: verbLike ? 'object' : 'near' });
  }
  return out;
}

/** Frame cues that do not repeat a loaded term already counted at the same place. */
export function mergeCues(loaded: Cue[], frames: Cue[]): Cue[] {
  const kept = frames.filter((f) => !loaded.some((l) => l.start < f.end && f.start < l.end));
  return [...loaded, ...kept].sort((a, b) => a.start - b.start);
}

/** Clause breaks: punctuation that ends a clause or an inserted phrase. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s/g;

function clauseIds(text: string): (pos: number) => number {
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) breaks.push(m.index);
  return (pos) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** "corruption links of X", "abuses by the X": a noun frame attached to the name after it. */
const LINKED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:of|by|in|involving|against|at|linked to)\s+(?:the\s+)?$/iu;

function pick<T extends Target>(cue: Cue, cands: T[], text: string): T | undefined {
  if (!cands.length) return undefined;
  const before = cands.filter((t) => t.end <= cue.start);
  const after = cands.filter((t) => t.start >= cue.end);
  const lastBefore = before[before.length - 1];
  const firstAfter = after[0];
  if (cue.target === 'object') return firstAfter ?? lastBefore;
  if (cue.target === 'subject') return before[0] ?? firstAfter;
  if (!lastBefore) return firstAfter;
  if (!firstAfter) return lastBefore;
  if (firstAfter.start - cue.end < 40 && LINKED_AFTER.test(text.slice(cue.end, firstAfter.start)))
    return firstAfter;
  // Nearest wins; a tie goes to the possessor before ("Azerbaijan’s corrupt officials").
  return cue.start - lastBefore.end <= firstAfter.start - cue.end ? lastBefore : firstAfter;
}

/** How far (in words between them) a cue reaches for its target. */
export interface Reach {
  /** An adjective or noun: its own noun phrase ("its inept and corruption-ridden service"). */
  near: number;
  /** An adjective or noun reaching forwards: only the word it modifies ("corrupt Azerbaijani officials"). */
  nearAfter: number;
  /** A verb or a frame with a direction: its subject or object ("lauded the professionalism of X"). */
  verb: number;
}

/** In article sentences a cue reaches only its own phrase; a headline is one phrase. */
export const SENTENCE_REACH: Reach = { near: 3, nearAfter: 1, verb: 6 };
export const HEADLINE_REACH: Reach = {
  near: Number.POSITIVE_INFINITY,
  nearAfter: Number.POSITIVE_INFINITY,
  verb: Number.POSITIVE_INFINITY,
};

/** Generous upper bound on a word's length with its space, to bound the search window. */
const MAX_WORD_CHARS = 30;

function wordsBetween(text: string, a: number, b: number): number {
  if (b <= a) return 0;
  return text.slice(a, b).match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Tone of one text towards each target: each cue bears on one target in its own clause and
 * within its reach, or on none (a cue with no entity near it judges something else: "the reckless
 * plan"). Returns summed polarity per target index (not yet clamped). Targets are bucketed by
 * clause, so a long text stays linear.
 */
export function assignTone(
  text: string,
  targets: Target[],
  cues: Cue[],
  reach: Reach = SENTENCE_REACH,
): number[] {
  const sums = targets.map(() => 0);
  if (!targets.length || !cues.length) return sums;
  const clause = clauseIds(text);
  const usable = targets
    .map((t, i) => ({ ...t, i }))
    .filter((t) => !t.speaker)
    .sort((a, b) => a.start - b.start);
  const buckets = new Map<number, typeof usable>();
  for (const t of usable) {
    const c = clause(t.start);
    const b = buckets.get(c);
    if (b) b.push(t);
    else buckets.set(c, [t]);
  }
  for (const cue of cues) {
    const limit = cue.target === 'near' ? reach.near : reach.verb;
    const limitAfter = cue.target === 'near' ? reach.nearAfter : reach.verb;
    const bucket = buckets.get(clause(cue.start)) ?? [];
    // Only names within a few words can be in reach: find that window by binary search, so a
    // huge clause full of names stays linear.
    const span = Math.max(limit, limitAfter) * MAX_WORD_CHARS + 40;
    let lo = 0;
    let hi = bucket.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bucket[mid]!.start < cue.start - span) lo = mid + 1;
      else hi = mid;
    }
    const window: typeof bucket = [];
    for (let j = lo; j < bucket.length && bucket[j]!.start <= cue.end + span; j++) window.push(bucket[j]!);
    const inReach = window.filter((t) => {
      if (t.end <= cue.start) return wordsBetween(text, t.end, cue.start) <= limit;
      if (t.start >= cue.end) {
        const gap = text.slice(cue.end, t.start);
        return (
          wordsBetween(text, cue.end, t.start) <= limitAfter || (gap.length < 40 && LINKED_AFTER.test(gap))
        );
      }
      return false;
    });
    const hit = pick(cue, inReach, text);
    if (hit) sums[hit.i] = (sums[hit.i] ?? 0) + cue.polarity;
  }
  return sums;
}

const clamp = (x: number) => Math.max(-1, Math.min(1, x));
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * One mention's tone: the learned model decides the direction (it weighs the rules' cue with the
 * words around the mention); when the rules' cue points the same way, its strength is kept, so a
 * mark's reason and its number agree.
 */
export function mentionScore(cue: number, model: MentionTone): number {
  if (!model.polarity) return 0;
  return Math.sign(cue) === model.polarity ? clamp(cue) : model.score;
}

/**
 * The part of a mention's tone that rests on the writer's own wording: the rules' cue, unless the
 * model reads the sentence the other way (the cue landed on the critic, not the criticised).
 */
export function judgedScore(cue: number, model: MentionTone): number {
  return model.polarity === -Math.sign(cue) ? 0 : clamp(cue);
}

/** Pronouns and descriptions that point back at an entity of the clause, or at the last person. */
const ANAPHOR = /(?<![\p{L}])(?:its|the country[’']s|the country|he|him|his|she|her|hers)(?![\p{L}])/giu;
const PERSON_PRONOUN = /^(?:he|him|his|she|her|hers)$/i;
const POSSESSIVE_AFTER = /^[’']s?(?![\p{L}])/u;

interface Placed {
  entity: string;
  start: number;
  end: number;
  possessive: boolean;
}

function speakerEntity(voice: Voice, entities: Map<string, Entity>): string | undefined {
  if (voice === 'outlet') return undefined;
  if (voice.entity) return voice.entity;
  for (const e of entities.values()) if (e.name === voice.speaker) return e.id;
  return undefined;
}

/**
 * What an outlet-voice lean rests on: the outlet's own evaluative wording bound to the entity
 * (a lexicon or frame cue the learned model does not contradict), not the model's reading of
 * reported events. How many mentions were so cast each way, how strongly, and their mean over all
 * outlet-voice mentions.
 */
export interface ToneEvidence {
  negative: number;
  positive: number;
  /** The strongest single mention tone, by absolute value (signed). */
  strongest: number;
  /** Mean over outlet-voice mentions of the tone that rests on wording (0 for the others). */
  judged?: number;
}

export interface EntityTone {
  outlet: Tone;
  quoted: Tone;
  /** Outlet-voice evidence behind `outlet.score`. */
  evidence: ToneEvidence;
}

/**
 * Tone per entity over the whole article. Linear in sentences + mentions + cues: every lookup is
 * within one sentence.
 */
export function entityTones(
  sentences: Sentence[],
  mentions: Mention[],
  cuesBySentence: Cue[][],
  entities: Entity[],
): Map<string, EntityTone> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const perSentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) perSentence[m.sentence]?.push(m);
  const acc = new Map<
    string,
    { o: number; on: number; j: number; q: number; qn: number; ev: ToneEvidence }
  >();
  for (const e of entities) {
    acc.set(e.id, {
      o: 0,
      on: 0,
      j: 0,
      q: 0,
      qn: 0,
      ev: { negative: 0, positive: 0, strongest: 0, judged: 0 },
    });
  }
  // The last non-person entity named, for "its" that reaches back past a sentence break.
  let lastThing: string | undefined;
  let lastPlace: string | undefined;
  // The last person named, for "he", "she", "his", "her" (carried across blocks: a paragraph often
  // opens with "He").
  let lastPerson: string | undefined;
  let lastBlock = -1;
  for (const s of sentences) {
    if (s.block !== lastBlock) {
      lastThing = undefined;
      lastPlace = undefined;
      lastBlock = s.block;
    }
    const placed: Placed[] = (perSentence[s.index] ?? [])
      .map((m) => {
        const start = m.start - s.start;
        const end = m.end - s.start;
        return {
          entity: m.entity,
          start,
          end,
          possessive:
            m.possessive ?? (/[’']s?$/u.test(m.text) || POSSESSIVE_AFTER.test(s.text.slice(end, end + 3))),
        };
      })
      .filter((p) => p.start >= 0 && p.end <= s.text.length)
      .sort((a, b) => a.start - b.start);
    // Resolve "its" / "the country" to the clause's entity: the latest possessor before it, else
    // the sentence's first non-person entity, else the one carried over from earlier. One sweep.
    const anaphors: Placed[] = [];
    let k = 0;
    let firstThing: string | undefined;
    let firstPlace: string | undefined;
    let possThing: string | undefined;
    let possPlace: string | undefined;
    let person = lastPerson;
    ANAPHOR.lastIndex = 0;
    for (let a = ANAPHOR.exec(s.text); a !== null; a = ANAPHOR.exec(s.text)) {
      for (; k < placed.length && placed[k]!.end <= a.index; k++) {
        const p = placed[k]!;
        const type = byId.get(p.entity)?.type;
        if (type === 'person') person = p.entity;
        if (!type || type === 'person') continue;
        firstThing ??= p.entity;
        if (p.possessive) possThing = p.entity;
        if (type === 'place') {
          firstPlace ??= p.entity;
          if (p.possessive) possPlace = p.entity;
        }
      }
      if (PERSON_PRONOUN.test(a[0])) {
        // "He", "her": the person named last, in this sentence or before it.
        if (person)
          anaphors.push({
            entity: person,
            start: a.index,
            end: a.index + a[0].length,
            possessive: /^(?:his|her|hers)$/i.test(a[0]),
          });
        continue;
      }
      const wantPlace = a[0].toLowerCase().startsWith('the country');
      const ref = wantPlace ? (possPlace ?? firstPlace ?? lastPlace) : (possThing ?? firstThing ?? lastThing);
      if (ref) anaphors.push({ entity: ref, start: a.index, end: a.index + a[0].length, possessive: true });
    }
    const all = [...placed, ...anaphors].sort((a, b) => a.start - b.start);
    for (const p of placed) {
      const type = byId.get(p.entity)?.type;
      if (type && type !== 'person') lastThing = p.entity;
      if (type === 'place') lastPlace = p.entity;
      if (type === 'person') lastPerson = p.entity;
    }
    if (!all.length) continue;
    const speaker = speakerEntity(s.voice, byId);
    const targets: Target[] = all.map((p) => ({
      key: p.entity,
      start: p.start,
      end: p.end,
      speaker: p.entity === speaker,
    }));
    const sums = assignTone(s.text, targets, cuesBySentence[s.index] ?? []);
    const read = toneReader(s.text);
    const outlet = s.voice === 'outlet';
    all.forEach((p, i) => {
      const a = acc.get(p.entity);
      if (!a) return;
      // The speaker of the sentence: no cue binds to them (they judge, they are not judged), but
      // how the outlet reports them ("X denied this", "X blamed everyone but herself") still casts
      // them, in the outlet's voice: the model reads that from the words around them.
      const own = targets[i]?.speaker === true;
      const cue = own ? 0 : (sums[i] ?? 0);
      const model = read(p.start, p.end, { cue });
      const v = mentionScore(cue, model);
      if (outlet || own) {
        a.o += v;
        a.on++;
        const w = judgedScore(cue, model);
        a.j += w;
        if (w < 0) a.ev.negative++;
        if (w > 0) a.ev.positive++;
        if (Math.abs(w) > Math.abs(a.ev.strongest)) a.ev.strongest = round(w);
      } else {
        a.q += v;
        a.qn++;
      }
    });
  }
  const out = new Map<string, EntityTone>();
  for (const [id, a] of acc) {
    out.set(id, {
      outlet: { score: a.on ? round(a.o / a.on) : 0, mentions: a.on },
      quoted: { score: a.qn ? round(a.q / a.qn) : 0, mentions: a.qn },
      evidence: { ...a.ev, judged: a.on ? round(a.j / a.on) : 0 },
    });
  }
  return out;
}
