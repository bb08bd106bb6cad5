/**
 * Voice: who says each sentence. The outlet, unless the sentence is a direct quotation (straight or
 * curly quotes, possibly spanning sentences, with its speaker before or after), reported speech with
 * a verb of saying whose subject is a source ("Stoltenberg commended", "with Peskov accusing",
 * "critics say", "according to officials"), or a pronoun that carries the last named speaker on
 * ("He lauded ..."). A verb with no source as subject ("Stoltenberg visited Armenia") stays the
 * outlet's report of a fact.
 *
 * The parts: voice-clause (the speaker in a sentence's own words), voice-quotes (quotations and
 * their speakers across sentences), voice-unnamed ("officials", "a source familiar with ..."),
 * voice-words (word lists, the Found and Context shapes).
 */

import { QUESTION_WORDS } from './cues/function-words';
import type { EntityFinding, Mention, SentenceRef } from './entities';
import { speechLemma, UNNAMED_SOURCES } from './names/speech';
import type { QuoteSpan } from './quotes';
import { type Token, tokenize } from './tokens';
import type { Attribution, BlockKind, Voice } from './types';
import { findInClause } from './voice-clause';
import {
  answerVoice,
  interviewLine,
  toldToWriter,
  unspokenJudgement,
  writerFrame,
  writersView,
} from './voice-frames';
import {
  blockQuotes,
  clauseQuote,
  firstPersonQuote,
  outsideQuotes,
  quotedShare,
  quotedSpans,
  quotedTitle,
  quoteSpeaker,
} from './voice-quotes';
import { isOnePerson, isPlural, unnamedEndingAt } from './voice-unnamed';
import { type Context, type Found, PERSON_PRONOUNS, PLURAL_PRONOUNS, PRONOUNS_SHOWN } from './voice-words';

export interface VoiceFinding {
  voice: Voice;
  /** Sentence-relative spans that are direct quotation. */
  quoted: { start: number; end: number }[];
  /** Sentence-relative span of the verb of saying / attribution cue, if any. */
  saying?: { start: number; end: number; verb: string };
  /** An interviewer's question ("Q: Will you appeal?"): put to a source, not the writer's view. */
  asked?: boolean;
}

/**
 * One VoiceFinding per sentence, in order. `kinds` (the blocks' kinds, when known) lets a block
 * quotation speak in its source's voice.
 */
export function attributeVoices(
  sentences: SentenceRef[],
  found: EntityFinding,
  kinds?: readonly BlockKind[],
): VoiceFinding[] {
  const byId = new Map(found.entities.map((e) => [e.id, e]));
  const bySentence = new Map<number, Mention[]>();
  for (const m of found.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const quotesByBlock = blockQuotes(sentences, found.blockTexts);
  const blockSentences = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const list = blockSentences.get(s.block);
    if (list) list.push(i);
    else blockSentences.set(s.block, [i]);
  });
  const ctx: Context = {
    sentences,
    byId,
    bySentence,
    blockSentences,
    last: undefined,
    lastPlural: false,
    lastPerson: undefined,
  };
  // The entity pass's tokens of these same sentences, else tokenised here.
  const kept = found.sentenceTokens?.length === sentences.length ? found.sentenceTokens : undefined;
  const tokensOf = (i: number): Token[] => kept?.[i] ?? tokenize(sentences[i]!.text);
  ctx.ahead = (s) => speakerAhead(s, sentences, quotesByBlock, ctx, tokensOf);
  const blockText = (block: number): string => {
    const idx = blockSentences.get(block) ?? [];
    return sentences[idx[idx.length - 1] ?? -1]?.text ?? '';
  };
  const questionBlocks = interviewQuestions(found.blockTexts, kinds);
  const out: VoiceFinding[] = [];
  // A voice that holds for the rest of a block: an interview answer, a block quotation.
  let blockVoice: { block: number; voice: Voice; asked?: boolean } | undefined;
  // In a Q:/A: interview, the paragraphs after a question and after an answer go on answering
  // until the next question or heading (at most a few paragraphs).
  let answering: { voice: Attribution; blocks: number } | undefined;
  // Lines shaped like an interview so far: one "Name: ..." line alone (a caption, a label) does not
  // make the paragraphs after it an answer; a question before it, or a second such line, does.
  let interviewLines = 0;
  // "President Obama also said:" and then a list: each item is that source's words (indirect
  // speech set out as points), until a block that is not a list item.
  let listSpeaker: Voice | undefined;
  sentences.forEach((s, i) => {
    const quotes = quotesByBlock.get(s.block) ?? [];
    const quoted = quotedSpans(s, quotes);
    if (blockVoice && blockVoice.block !== s.block) blockVoice = undefined;
    if (!blockVoice && (s.start === 0 || blockSentences.get(s.block)?.[0] === i)) {
      const line =
        interviewLine(s.text, mentionsIn(s, i, ctx), byId, i) ??
        (questionBlocks.has(s.block) ? ({ kind: 'question' } as const) : undefined);
      if (kinds?.[s.block] === 'heading') answering = undefined;
      if (line) {
        interviewLines++;
        const voice = line.kind === 'question' ? 'outlet' : answerVoice(line, ctx.lastPerson);
        blockVoice = { block: s.block, voice, ...(line.kind === 'question' ? { asked: true } : {}) };
        const asks = line.kind === 'question' && /\?["”’)]*\s*$/.test(blockText(s.block));
        answering =
          voice !== 'outlet'
            ? interviewLines > 1
              ? { voice, blocks: 0 }
              : undefined
            : asks
              ? { voice: answerVoice({ kind: 'answer' }, ctx.lastPerson), blocks: 0 }
              : undefined;
      } else if (answering && kinds?.[s.block] !== 'heading' && answering.blocks++ < MAX_ANSWER_BLOCKS) {
        blockVoice = { block: s.block, voice: answering.voice };
      } else if (kinds?.[s.block] === 'quote') {
        // A block quotation speaks for the source that introduces it: named in it, or speaking
        // (or announcing it with a colon) in the sentence right before. Otherwise it may be a pull
        // quote, an epigraph or an example: the sentences are judged as they stand.
        const own = findInClause(s, tokensOf(i), bySentence.get(i) ?? [], ctx, () => false);
        const v = own ? resolve(own, ctx) : undefined;
        // (A source speaking in one of the three sentences before counts too: "X wrote in a blog
        // post ... Here is how it works." then the post.)
        const before = i > 0 ? out[i - 1] : undefined;
        const recent = out.slice(Math.max(0, i - 3), i).findLast((f) => f.voice !== 'outlet');
        const introduced =
          before !== undefined &&
          (recent !== undefined || /:\s*$/.test(sentences[i - 1]!.text)) &&
          sentences[i - 1]!.block !== s.block;
        const last = recent && recent.voice !== 'outlet' ? recent.voice : ctx.last;
        const voice: Voice | undefined =
          v ??
          (introduced
            ? last
              ? { ...last, via: 'continuation' }
              : { speaker: 'an unnamed source', via: 'quote' }
            : undefined);
        if (voice) blockVoice = { block: s.block, voice };
      }
    }
    const finding: VoiceFinding = blockVoice
      ? {
          voice: blockVoice.voice,
          quoted: blockVoice.voice === 'outlet' ? quoted : [{ start: 0, end: s.text.length }],
          ...(blockVoice.asked ? { asked: true } : {}),
        }
      : attribute(s, i, quoted, quotes, ctx, tokensOf);
    if (listSpeaker && finding.voice === 'outlet' && kinds?.[s.block] === 'list-item')
      finding.voice = { ...(listSpeaker as Attribution), via: 'continuation' };
    if (kinds?.[s.block] !== 'list-item')
      listSpeaker = finding.voice !== 'outlet' && /:\s*$/.test(s.text) ? finding.voice : undefined;
    out.push(finding);
    if (typeof finding.voice !== 'string' && !PRONOUNS_SHOWN.has(finding.voice.speaker)) {
      ctx.last = finding.voice;
      ctx.lastPlural =
        finding.voice.via === 'unnamed' && isPlural(finding.voice.speaker.split(' ').pop() ?? '');
    }
    for (const m of bySentence.get(i) ?? []) {
      const e = byId.get(m.entity);
      if (e?.type === 'person') ctx.lastPerson = e;
    }
  });
  return out;
}

// A question the writer asks: opening with a question word (cues' QUESTION_WORDS) or another
// auxiliary, with or without "n't", and ending asking.
const MORE_AUXILIARIES = new Set('would was were could should shall has have had'.split(' '));
const NEGATED: Record<string, string> = { "won't": 'will', "can't": 'can', "shan't": 'shall' };

function writersQuestion(text: string): boolean {
  if (!ENDS_ASKING.test(text)) return false;
  if (asksAt(text)) return true;
  // After a short lead-in with no verb of saying: "Speaking of de-nuclearization, why does ...?"
  const lead = /^([^,]{1,60}),/.exec(text);
  if (!lead || lead[1]!.split(/\s+/).length > 6) return false;
  if (lead[1]!.split(/\s+/).some((w) => speechLemma(w.replace(/[^\p{L}]/gu, '')) !== undefined)) return false;
  return asksAt(text.slice(lead[0].length));
}

/** Whether the text opens with a question word or an auxiliary that asks ("Why", "Will", "Don't"). */
function asksAt(text: string): boolean {
  // ("Aren’t", "Don't": the whole contraction, then the auxiliary in it.)
  const first = /^\s*(\p{L}+(?:['’]t)?)/u.exec(text)?.[1]?.toLowerCase().replace('’', "'");
  if (!first) return false;
  const w = NEGATED[first] ?? first.replace(/n't$/, '');
  return QUESTION_WORDS.has(w) || MORE_AUXILIARIES.has(w);
}

// The writer's own verb of saying before a quotation: "I tweeted:", "as we wrote".
const WRITER_THEN_WORD = /(?:^|[^\p{L}])(?:I|[Ww]e)\s+(?:\p{Ll}+ly\s+)?(\p{L}+)/gu;

function writerSaid(text: string): boolean {
  for (const m of text.matchAll(WRITER_THEN_WORD)) if (speechLemma(m[1]!)) return true;
  return false;
}

// A heading that presents the page as an interview: "Interview: ...", "Q&A with ...".
const INTERVIEW_TITLE = /\b(?:interview|Q\s*&\s*A|Q and A|in conversation with)\b/i;
const ENDS_ASKING = /\?["”’)]*\s*$/;

/**
 * The blocks of an interview that sets its questions as paragraphs of their own, without "Q:"
 * (often in bold): on a page a heading presents as an interview, a short paragraph that ends
 * asking, followed by a paragraph that does not. At least two such, or none.
 */
function interviewQuestions(
  texts: readonly string[] | undefined,
  kinds: readonly BlockKind[] | undefined,
): Set<number> {
  const out = new Set<number>();
  if (!texts || !kinds || !texts.some((t, i) => kinds[i] === 'heading' && INTERVIEW_TITLE.test(t)))
    return out;
  for (let i = 0; i + 1 < texts.length; i++) {
    const t = texts[i]!;
    if (kinds[i] !== 'paragraph' || kinds[i + 1] !== 'paragraph' || t.length > 300) continue;
    if (ENDS_ASKING.test(t) && !ENDS_ASKING.test(texts[i + 1]!)) out.add(i);
  }
  return out.size >= 2 ? out : new Set();
}

function attribute(
  s: SentenceRef,
  index: number,
  quoted: { start: number; end: number }[],
  quotes: QuoteSpan[],
  ctx: Context,
  tokensOf: (i: number) => Token[],
): VoiceFinding {
  const ts = tokensOf(index);
  const mentions = ctx.bySentence.get(index) ?? [];
  const inQuote = (t: Token) => quoted.some((q) => t.start >= q.start && t.end <= q.end);
  const share = quotedShare(s.text, quoted);
  // "We're told there is footage ...": the writer's unnamed sources, not the writer's view.
  const told = share < 0.5 ? toldToWriter(s.text, quoted) : undefined;
  if (told)
    return {
      voice: { speaker: told.speaker, via: 'unnamed', verb: told.verb },
      quoted,
      saying: { start: told.start, end: told.end, verb: told.verb },
    };
  // "I suspect that the minister thinks ...": the writer's judgement, whoever it is about.
  // ("My prediction is that the deal will be seen as a failure": the writer's view, named.)
  if (share < 0.5 && (writerFrame(ts, inQuote) || writersView(s.text))) return { voice: 'outlet', quoted };

  // "Why does North Korea not demand ...?", "Will they support a clash ...?": the writer asks,
  // whoever the question names.
  if (share === 0 && writersQuestion(s.text)) return { voice: 'outlet', quoted };

  let f = findInClause(s, ts, mentions, ctx, inQuote) ?? colonQuoteSpeaker(s, ts, mentions, quoted, ctx);
  // (A quotation in the first person is someone speaking too, however short a share it is.)
  if (share >= 0.6 || (f && clauseQuote(s.text, quoted)) || (!f && firstPersonQuote(s.text, quoted))) {
    // Mostly a direct quotation: its speaker may stand in another sentence of the same quote.
    // ("... so bad that I tweeted: “...”": the writer quoting themself.)
    if (!f && writerSaid(outsideQuotes(s.text, quoted))) return { voice: 'outlet', quoted };
    // (A title in quotation marks, in a reference list or a list of titles, is no one speaking.)
    if (!f && quotedTitle(s.text, quoted)) return { voice: 'outlet', quoted };
    if (!f) f = quoteSpeaker(s, quotes, ctx) ?? ctx.ahead?.(s);
    if (f) f.via = f.via === 'continuation' ? 'continuation' : 'quote';
    else if (ctx.last) {
      return { voice: { ...ctx.last, via: 'continuation' }, quoted };
    } else {
      return { voice: { speaker: 'an unnamed source', via: 'quote' }, quoted };
    }
  }
  if (!f) {
    // "has been hailed as a model", "came under fire": a judgement with no one named to make it.
    const u = unspokenJudgement(s.text, quoted);
    if (u)
      return {
        voice: { speaker: u.speaker, via: 'unnamed', verb: u.verb },
        quoted,
        saying: { start: u.start, end: u.end, verb: u.verb },
      };
    return { voice: 'outlet', quoted };
  }
  const prevRef = index > 0 ? ctx.sentences[index - 1] : undefined;
  const group =
    f.pronoun === 'plural' && f.pronounAt !== undefined
      ? groupBefore(ts, f.pronounAt, prevRef && prevRef.block === s.block ? tokensOf(index - 1) : undefined)
      : undefined;
  const voice = resolve(f, ctx, group);
  if (!voice) return { voice: 'outlet', quoted };
  if (f.start < 0) return { voice, quoted }; // the verb stands in another sentence of the quote
  return { voice, quoted, saying: { start: f.start, end: f.end, verb: f.verb } };
}

/**
 * A quotation that runs open to the end of its block and goes on in the next blocks, each opening
 * with a quotation mark (news style for a quotation over several paragraphs): its speaker is named
 * where it finally closes. Looks at most three blocks ahead.
 */
function speakerAhead(
  s: SentenceRef,
  sentences: SentenceRef[],
  quotesByBlock: Map<number, QuoteSpan[]>,
  ctx: Context,
  tokensOf: (i: number) => Token[],
): Found | undefined {
  let quotes = quotesByBlock.get(s.block) ?? [];
  let open = quotes[quotes.length - 1];
  if (open?.close !== '' || open.end < s.start) return undefined;
  let block = s.block;
  for (let hop = 0; hop < 3; hop++) {
    const inBlock = ctx.blockSentences.get(block) ?? [];
    const next = sentences[(inBlock[inBlock.length - 1] ?? -2) + 1];
    if (!next || !/^\s*[“"«„]/.test(next.text)) return undefined;
    block = next.block;
    quotes = quotesByBlock.get(block) ?? [];
    for (const i of ctx.blockSentences.get(block) ?? []) {
      const r = sentences[i]!;
      const q = quotedSpans(r, quotes);
      const inQuote = (t: Token) => q.some((x) => t.start >= x.start && t.end <= x.end);
      const f = findInClause(r, tokensOf(i), ctx.bySentence.get(i) ?? [], ctx, inQuote);
      if (f) return { ...f, via: 'quote', start: -1, end: -1 };
    }
    open = quotes[quotes.length - 1];
    if (open?.close !== '') return undefined;
  }
  return undefined;
}

/** Paragraphs an interview answer may run to without a new "A:". */
const MAX_ANSWER_BLOCKS = 4;

function mentionsIn(s: SentenceRef, i: number, ctx: Context): Mention[] {
  return (ctx.bySentence.get(i) ?? []).map((m) => ({ ...m, start: m.start - s.start, end: m.end - s.start }));
}

/**
 * Pronouns -> the last speaker that fits ("he"/"she": a person or one unnamed source; "they": a group,
 * an organisation or unnamed sources), else the pronoun itself: a reported statement stays attributed
 * even when we cannot name its source. Entities -> display name and role.
 */
function resolve(f: Found, ctx: Context, groupNearby?: string): Attribution | undefined {
  const via = f.via === 'quote' ? 'quote' : f.definite ? 'continuation' : 'pronoun';
  if (f.pronoun === 'person') {
    const last = ctx.last;
    if (last && (isPersonSpeaker(last, ctx) || (last.via === 'unnamed' && isOnePerson(last.speaker))))
      return clean({ ...last, via, verb: f.verb });
    const e = ctx.lastPerson;
    if (e) return clean({ speaker: e.name, entity: e.id, role: e.role, via, verb: f.verb });
    if (f.definite) return clean({ speaker: f.pronounText ?? 'an official', via: 'unnamed', verb: f.verb });
    return clean({ speaker: f.pronounText ?? 'he', via, verb: f.verb });
  }
  if (f.pronoun === 'plural') {
    if (groupNearby) return clean({ speaker: groupNearby, via, verb: f.verb });
    const last = ctx.last;
    if (last && !isPersonSpeaker(last, ctx) && (last.via !== 'unnamed' || ctx.lastPlural))
      return clean({ ...last, via, verb: f.verb });
    return clean({ speaker: 'they', via, verb: f.verb });
  }
  if (f.entity) {
    return clean({
      speaker: f.display ?? f.entity.name,
      entity: f.entity.id,
      role: f.role ?? f.entity.role,
      via: f.via,
      verb: f.verb,
    });
  }
  if (f.speaker) return clean({ speaker: f.speaker, via: f.unnamed ? 'unnamed' : f.via, verb: f.verb });
  return undefined;
}

/** An unnamed group ("officials", "investigators") named before `before` in this or the last sentence. */
/**
 * The subject of a clause that announces a quotation with a colon, the quotation running to the end
 * of the sentence: "Rachel Stephens, an analyst at RedMonk, shared her view: “...”", "Another
 * respondent highlighted the risks: “...”". Without a verb of saying the colon hands the words to
 * the clause's subject: a person or organisation named first, a pronoun, or an unnamed source. A
 * quotation after a subject that is no one ("The rules are simple: “...”") stays the outlet's.
 */
function colonQuoteSpeaker(
  s: SentenceRef,
  ts: Token[],
  mentions: Mention[],
  quoted: { start: number; end: number }[],
  ctx: Context,
): Found | undefined {
  const q = quoted[quoted.length - 1];
  const quote =
    q !== undefined &&
    /:\s*$/.test(s.text.slice(Math.max(0, q.start - 3), q.start)) &&
    /^[\s"”’'.!?)]*$/.test(s.text.slice(q.end)) &&
    q.end - q.start >= 12;
  // Without quotation marks, a frame that says the words are the subject's: "Smith was blunt: ...",
  // "Smith's verdict: ...".
  const framed = quote ? undefined : VERDICT_FRAME.exec(s.text);
  if (!quote && !framed) return undefined;
  const opens = quote ? q!.start : framed![0].length;
  const first = ts[0];
  if (!first || first.end > opens) return undefined;
  const frame = { via: quote ? ('quote' as const) : ('indirect' as const), verb: '', start: -1, end: -1 };
  const w = first.text.toLowerCase();
  if (PERSON_PRONOUNS.has(w)) return { ...frame, pronoun: 'person', pronounText: w, pronounAt: first.start };
  if (PLURAL_PRONOUNS.has(w)) return { ...frame, pronoun: 'plural', pronounText: w, pronounAt: first.start };
  const before = mentions.filter((x) => x.end - s.start < opens);
  const m = before.find((x) => x.start - s.start <= 1);
  const e = m && ctx.byId.get(m.entity);
  if (e && (e.type === 'person' || e.type === 'organization')) return { ...frame, entity: e };
  // A name later in the clause ("Media caption Barack Obama: ...") is for the other rules to read.
  if (before.some((x) => ctx.byId.get(x.entity)?.type !== 'place')) return undefined;
  const rel = mentions.map((x) => ({ ...x, start: x.start - s.start, end: x.end - s.start }));
  // ("Another survey respondent": the head noun within the first three words, the last that is one.)
  for (let j = Math.min(3, ts.length) - 1; j >= 0; j--) {
    if (ts[j]!.end >= opens) continue;
    const u = unnamedEndingAt(s.text, ts, j, rel, ctx);
    if (u) return { ...frame, ...u };
  }
  return undefined;
}

// "Smith was blunt:", "The minister was clear:", "Smith's verdict:" before the words themselves.
const VERDICT_FRAME =
  /^[^:;"“”]{1,60}?(?:\s(?:was|is|were|are)\s+(?:\p{L}+ly\s+)?(?:blunt|clear|direct|frank|candid|emphatic|adamant|unequivocal|unambiguous)|['’]s\s+(?:verdict|view|message|answer|response|conclusion|reply|take|assessment|advice))\s*:\s*(?=\S)/u;

function groupBefore(ts: Token[], before: number, prev: Token[] | undefined): string | undefined {
  for (const list of [ts.filter((t) => t.end <= before), prev ?? []]) {
    for (let k = list.length - 1; k >= 0; k--) {
      const w = list[k]!.text.toLowerCase();
      if (UNNAMED_SOURCES[w] && isPlural(w)) return UNNAMED_SOURCES[w];
    }
  }
  return undefined;
}

function isPersonSpeaker(a: Attribution, ctx: Context): boolean {
  return a.entity !== undefined && ctx.byId.get(a.entity)?.type === 'person';
}

function clean(a: Attribution): Attribution {
  const out: Attribution = { speaker: a.speaker, via: a.via };
  if (a.entity) out.entity = a.entity;
  if (a.role) out.role = a.role;
  if (a.verb) out.verb = a.verb;
  return out;
}
