/**
 * Which parts of a Report get drawn on the page, given the reader's settings and corrections.
 * Pure (no DOM, no browser API): the content script calls it on every report and on every
 * settings/corrections change, then redraws.
 *
 * API (stable):
 *   visibleMarks(report, settings, corrections, site) -> VisibleMarks
 *     sentences: indices into report.sentences to mark (ascending)
 *     loaded:    indices into report.loaded to mark (ascending, never overlapping each other)
 *     added:     terms the reader marked "this is loaded", found in this report's blocks
 *                (LoadedTerm-shaped, id "user:<correction id>"; never overlapping `loaded` or each other)
 */
import type { LoadedTerm, Report, Sentence, Span } from './analysis/types';
import { appliesOn, type Correction, suppresses } from './corrections-schema';
import { opinionThreshold, type Settings } from './settings-schema';

export interface VisibleMarks {
  sentences: number[];
  loaded: number[];
  added: LoadedTerm[];
}

/** Upper bound of matches per user term per article, so a very common word cannot flood a page. */
const MAX_ADDED_PER_TERM = 200;

function sentenceShown(s: Sentence, settings: Settings, threshold: number): boolean {
  if (s.opinion < threshold) return false;
  if (s.label === 'opinion') return settings.sentences.opinion;
  if (s.label === 'reported-opinion') return settings.sentences.reported;
  return false;
}

function overlaps(a: Span, b: Span): boolean {
  return a.block === b.block && a.start < b.end && b.start < a.end;
}

/** Spans sorted by place; on overlap the earlier (then longer) one is kept. */
function keepDisjoint<T extends Span>(items: { span: T; key: number }[]): { span: T; key: number }[] {
  const sorted = [...items].sort(
    (a, b) => a.span.block - b.span.block || a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const kept: { span: T; key: number }[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && overlaps(last.span, item.span)) continue;
    kept.push(item);
  }
  return kept;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A normalised term -> a regex that finds it as whole words, any case, any quote/dash/space form. */
export function termPattern(term: string): RegExp {
  const body = escapeRegExp(term)
    .replace(/ /g, '\\s+')
    .replace(/'/g, "['\u2018\u2019\u201B]")
    .replace(/"/g, '["\u201C\u201D]')
    .replace(/-/g, '[-\u2010-\u2013]');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

function sentenceAt(report: Report, block: number, offset: number): Sentence | undefined {
  // Sentences are in document order; a binary search keeps a 10 MB article fast.
  let lo = 0;
  let hi = report.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = report.sentences[mid]!;
    if (s.block < block || (s.block === block && s.end <= offset)) lo = mid + 1;
    else if (s.block > block || s.start > offset) hi = mid - 1;
    else return s;
  }
  return undefined;
}

function findAdded(report: Report, c: Correction): LoadedTerm[] {
  const out: LoadedTerm[] = [];
  const re = termPattern(c.term);
  report.blocks.forEach((block, b) => {
    if (out.length >= MAX_ADDED_PER_TERM) return;
    re.lastIndex = 0;
    for (let m = re.exec(block.text); m && out.length < MAX_ADDED_PER_TERM; m = re.exec(block.text)) {
      const sentence = sentenceAt(report, b, m.index);
      out.push({
        id: `user:${c.id}`,
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        block: b,
        category: c.category ?? 'emotive',
        note: 'You marked this wording as loaded.',
        polarity: 0,
        sentence: sentence?.index ?? -1,
        voice: sentence?.voice ?? 'outlet',
      });
    }
  });
  return out;
}

export function visibleMarks(
  report: Report,
  settings: Settings,
  corrections: readonly Correction[],
  site: string,
): VisibleMarks {
  if (!report.supported) return { sentences: [], loaded: [], added: [] };
  const threshold = opinionThreshold(settings.sensitivity);
  const sentences: number[] = [];
  report.sentences.forEach((s, i) => {
    if (sentenceShown(s, settings, threshold)) sentences.push(i);
  });

  const hiding = corrections.filter((c) => c.kind === 'not-loaded' && appliesOn(c, site));
  const candidates: { span: LoadedTerm; key: number }[] = [];
  report.loaded.forEach((t, i) => {
    if (!settings.categories[t.category]) return;
    if (hiding.some((c) => suppresses(c, t.text, t.id, site))) return;
    candidates.push({ span: t, key: i });
  });
  const loadedKept = keepDisjoint(candidates);
  const loaded = loadedKept.map((k) => k.key).sort((a, b) => a - b);

  // A word added everywhere and then said "not loaded here" on one site is not drawn there.
  const adding = corrections.filter(
    (c) =>
      c.kind === 'loaded' &&
      appliesOn(c, site) &&
      settings.categories[c.category ?? 'emotive'] &&
      !hiding.some((h) => h.term === c.term),
  );
  const found = adding.flatMap((c) => findAdded(report, c)).map((span, key) => ({ span, key }));
  // The lexicon's own marks come first; a user term only fills gaps between them.
  const taken = loadedKept.map((k) => k.span as Span);
  const added = keepDisjoint(found.filter((f) => !taken.some((t) => overlaps(t, f.span)))).map((k) => k.span);
  return { sentences, loaded, added };
}
