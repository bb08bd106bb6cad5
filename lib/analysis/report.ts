/**
 * analyzeArticle: the whole Report from the extractor's blocks. Pure (strings in, data out) and
 * linear in the text: every step works sentence by sentence. Offsets in the Report are block
 * offsets, so the page can mark them.
 */

import { countsAsLoaded } from '../lexicon/categories';
import { findClaims } from './claims';
import { inContext } from './context';
import { findEntities } from './entities';
import { isFurniture } from './furniture';
import { checkLanguage } from './language';
import { matchLoaded, pageDomains, pageNames, tokenize as tokenizeWords } from './loaded';
import { CAPTION_LABELS } from './names/common';
import { analyzeRelated } from './related';
import { scoreSentence } from './score';
import { segmentSentences } from './segment';
import { summarize } from './summary';
import { type Cue, entityTones, frameCues, loadedCues, type Mention, mergeCues } from './tone';
import type {
  ArticleInput,
  Block,
  LoadedMatch,
  LoadedTerm,
  Reason,
  Report,
  Sentence,
  Summary,
} from './types';
import { attributeVoices } from './voice';

/** How much text the language check reads: enough to be sure, cheap on long pages. */
const LANGUAGE_SAMPLE = 20_000;

/** A credit or caption label opening a line: "Image: ...", "Photo: ...", "Credit: ...". */
const CREDIT_LINE = new RegExp(`^\\s*(?:${[...CAPTION_LABELS].map((w) => `${w}s?`).join('|')})\\s*:`, 'i');

/** A word of a credit: a capitalised name or initial, a number, a joiner or a slash. */
const CREDIT_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d.'’&-]*|via|for|and|of|de|van|von|[/—–-])`;

/**
 * A photo credit closing a caption: the credit label run into the name or after a colon
 * ("... CreditChang W. Lee/The New York Times", "... crisis Credit: STR/AFP"), or a name and
 * an outlet in parentheses ("... (Ellen M. Banner / The Seattle Times)", "(AP Photo/Evan Vucci)").
 * A block that ends in one is a caption: each of its sentences is a label.
 */
const CREDIT_TAIL = new RegExp(
  String.raw`(?:Credits?(?::\s*|(?=\p{Lu}))${CREDIT_WORD}(?:\s*${CREDIT_WORD}){0,12}|\(\s*\p{Lu}[^()/]{0,60}/\s*\p{Lu}[^()]{0,60}\))\s*$`,
  'u',
);

/**
 * A contributor's note: "Lucas Nolan is a reporter for Breitbart Tech covering ...", "Jane Doe is
 * the paper's senior political correspondent.", "John Smith writes about ...": a label about the
 * writer, not prose that reports or judges.
 */
const CONTRIBUTOR_LINE =
  /^\s*(?!(?:If|When|While|As|Because|Although|But|And|So|Now|Then|This|That|It|He|She|They|We|You|I)\b)(?:\p{Lu}[\p{L}.'’-]*\s+){2,3}(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|producer|author|fellow|analyst)\b|(?:writes|covers|reports)\s+(?:about|on)\b)/u;

/** The article text the language check reads: body blocks first, headings only if nothing else. */
function languageSample(blocks: Block[]): string {
  let out = '';
  for (const kind of ['body', 'heading'] as const) {
    for (const b of blocks) {
      if ((b.kind === 'heading') !== (kind === 'heading')) continue;
      out += `${b.text}\n`;
      if (out.length >= LANGUAGE_SAMPLE) return out;
    }
    if (out.trim()) return out;
  }
  return out;
}

/**
 * How much block text one analysis reads. Analysis runs about 11 s per MB, so a huge page would
 * hold the background for minutes; the first 150,000 characters hold any real article.
 */
export const ANALYSIS_CAP = 150_000;

function cappedNotice(max: number): string {
  return `Only the first ${max.toLocaleString('en-US')} characters were analysed (the article is longer).`;
}

/**
 * The leading blocks within the cap, cut at a block boundary so every offset into them stays exact.
 * A single first block longer than the cap is cut at its last space inside the cap: a prefix, so
 * its offsets are still those of the page's block.
 */
function capBlocks(blocks: Block[], max: number): { blocks: Block[]; capped: boolean } {
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    const len = blocks[i]!.text.length;
    if (total + len <= max) {
      total += len;
      continue;
    }
    if (total > 0) return { blocks: blocks.slice(0, i), capped: true };
    const b = blocks[i]!;
    const space = b.text.lastIndexOf(' ', max);
    const cut = space > 0 ? space : max;
    return { blocks: [...blocks.slice(0, i), { kind: b.kind, text: b.text.slice(0, cut) }], capped: true };
  }
  return { blocks, capped: false };
}

function emptySummary(statement: string): Summary {
  return {
    words: 0,
    sentences: 0,
    opinionShare: 0,
    outletOpinion: 0,
    reportedOpinion: 0,
    claims: 0,
    loadedTerms: 0,
    loadedPer1000: 0,
    loadedByCategory: {},
    leans: [],
    statement,
  };
}

export interface AnalyzeOptions {
  /** Characters of block text to analyse; ANALYSIS_CAP unless a caller (a benchmark) wants all. */
  maxChars?: number;
  /** The weight of a sentence's neighbours (lib/analysis/context.ts); CONTEXT_WEIGHT unless its fit asks. */
  contextWeight?: number;
}

/**
 * A sentence's reasons moved from sentence to block offsets, in place: scoreSentence builds them
 * fresh for each call, so they are this sentence's own (a copy of each was a twentieth of the
 * analysis).
 */
function inBlock(reasons: Array<Omit<Reason, 'block'>>, block: number, offset: number): Reason[] {
  for (const reason of reasons as Reason[]) {
    reason.start += offset;
    reason.end += offset;
    reason.block = block;
  }
  return reasons as Reason[];
}

/** The Report for one article. */
export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Report {
  const meta = { ...input.meta };
  const max = options.maxChars ?? ANALYSIS_CAP;
  const cap = capBlocks(
    (input.blocks ?? []).map((b) => ({ kind: b.kind, text: b.text ?? '' })),
    max,
  );
  const blocks = cap.blocks;
  const excluded = input.related?.excluded ?? 0;
  const lang = checkLanguage(languageSample(blocks), meta.lang);
  if (!lang.supported) {
    const notice = lang.notice ?? 'This article is not in English, so nothing on this page is marked.';
    return {
      version: 1,
      meta,
      language: lang.language,
      supported: false,
      notice,
      blocks,
      sentences: [],
      loaded: [],
      claims: [],
      entities: [],
      related: {
        ...(input.related?.heading ? { heading: input.related.heading } : {}),
        stories: [],
        excluded,
        byEntity: [],
      },
      summary: emptySummary(notice),
    };
  }

  // 1. Sentences, block by block, with exact block offsets.
  const refs: { block: number; start: number; end: number; text: string }[] = [];
  blocks.forEach((b, block) => {
    if (!b.text.trim()) return;
    for (const span of segmentSentences(b.text)) {
      const text = b.text.slice(span.start, span.end);
      if (text.trim()) refs.push({ block, start: span.start, end: span.end, text });
    }
  });

  // 2. Who is named, and who speaks.
  const found = findEntities(blocks, refs);
  const mentions: Mention[] = found.mentions;
  const voices = attributeVoices(
    refs,
    found,
    blocks.map((b) => b.kind),
  );

  // 3. Loaded wording and the opinion score, per sentence.
  const sentences: Sentence[] = [];
  const loaded: LoadedTerm[] = [];
  const loadedBySentence: LoadedMatch[][] = [];
  const cues: Cue[][] = [];
  // The outlet's own prose sentences and each sentence's quoted spans, for the context pass.
  const prose: boolean[] = [];
  const quotedBy: { start: number; end: number }[][] = [];
  const creditBlocks = new Set(blocks.flatMap((b, i) => (CREDIT_TAIL.test(b.text) ? [i] : [])));
  // A site's widget or navigation line kept with the text ("Buy Now", "Like this:"): not prose at all.
  const furnitureBlocks = new Set(blocks.flatMap((b, i) => (isFurniture(b.text) ? [i] : [])));
  // A game review's or a chaos-theory piece's domain holds for all its sentences (lib/analysis/loaded.ts).
  // Each sentence's words are read once, for the page's domains and for its loaded words.
  const sentenceWords = refs.map((r) => tokenizeWords(r.text));
  const domains = pageDomains(
    refs.map((r) => r.text),
    sentenceWords,
  );
  // Words the page writes only as names ("Mercurial", "Awesome Bar") are no loaded words there.
  const names = pageNames(
    refs.map((r) => r.text),
    sentenceWords,
  );
  refs.forEach((r, index) => {
    if (furnitureBlocks.has(r.block)) {
      // No opinion, no loaded words, no reasons, in no source's voice: it is not prose.
      const { block, start, end, text } = r;
      sentences.push({
        index,
        block,
        start,
        end,
        text,
        opinion: 0,
        label: 'fact',
        voice: 'outlet',
        reasons: [],
      });
      loadedBySentence.push([]);
      cues.push([]);
      prose.push(false);
      quotedBy.push([]);
      return;
    }
    const v = voices[index];
    const voice = v?.voice ?? 'outlet';
    const heading = blocks[r.block]?.kind === 'heading';
    const matches = matchLoaded(r.text, {
      heading,
      pageDomains: domains,
      pageNames: names,
      parts: sentenceWords[index],
    });
    // Headings, captions and credit lines ("Image: Jane Doe / The Post", a caption closed by
    // "(Jane Doe / The Post)") are labels, not prose.
    const labelLine =
      heading ||
      blocks[r.block]?.kind === 'caption' ||
      CREDIT_LINE.test(r.text) ||
      CREDIT_TAIL.test(r.text) ||
      creditBlocks.has(r.block);
    const contributor = CONTRIBUTOR_LINE.test(r.text);
    const score = scoreSentence({
      text: r.text,
      voice,
      quoted: v?.quoted ?? [],
      loaded: matches,
      heading: labelLine,
      contributor,
      ...(v?.asked ? { asked: true } : {}),
    });
    prose.push(voice === 'outlet' && !labelLine && !contributor && !v?.asked);
    quotedBy.push(v?.quoted ?? []);
    sentences.push({
      index,
      block: r.block,
      start: r.start,
      end: r.end,
      text: r.text,
      opinion: score.opinion,
      label: score.label,
      voice,
      reasons: inBlock(score.reasons, r.block, r.start),
    });
    // Hedges, factives, absolutes, scare quotes and entries experts rarely mark stay with the
    // sentence (its reasons explain them) but are not loaded words (lib/lexicon/categories.ts).
    for (const m of matches) {
      if (!countsAsLoaded(m)) continue;
      loaded.push({
        ...m,
        block: r.block,
        start: r.start + m.start,
        end: r.start + m.end,
        sentence: index,
        voice,
      });
    }
    loadedBySentence.push(matches);
    cues.push(mergeCues(loadedCues(r.text, matches), frameCues(r.text)));
  });

  // 3b. Each of the outlet's prose sentences read among its neighbours (lib/analysis/context.ts).
  sentences.splice(0, sentences.length, ...inContext(sentences, prose, quotedBy, options.contextWeight));

  // 4. Tone towards each entity, in the outlet's voice and in its sources'.
  const tones = entityTones(sentences, mentions, cues, found.entities);
  const entities = found.entities.map((e) => {
    const t = tones.get(e.id);
    return { ...e, tone: t ? { outlet: t.outlet, quoted: t.quoted } : e.tone };
  });

  // 5. Claims, with who makes them.
  const perSentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) perSentence[m.sentence]?.push(m);
  const outlet = meta.site?.trim() || 'the outlet';
  const claims = findClaims(
    sentences.map((s, i) => ({
      sentence: s,
      // Furniture asserts nothing, as a caption does not.
      kind: furnitureBlocks.has(s.block) ? 'caption' : (blocks[s.block]?.kind ?? 'paragraph'),
      loaded: loadedBySentence[i] ?? [],
      mentions: perSentence[i] ?? [],
    })),
    entities,
    outlet,
  );

  // 6. The outlet's related stories, and the summary over everything.
  const related = analyzeRelated(input.related, entities);
  const summary = summarize({
    sentences,
    isHeading: (s) => blocks[s.block]?.kind === 'heading',
    loaded,
    claims,
    entities,
    related,
    ...(meta.site?.trim() ? { outlet: meta.site.trim() } : {}),
    evidence: new Map([...tones].map(([id, t]) => [id, t.evidence])),
  });

  return {
    version: 1,
    meta,
    language: lang.language,
    supported: true,
    ...(cap.capped ? { notice: cappedNotice(max) } : {}),
    blocks,
    sentences,
    loaded,
    claims,
    entities,
    related,
    summary,
  };
}
