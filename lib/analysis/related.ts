/**
 * Related-story slant: the outlet's own "More from ..." headlines, each scored for loaded wording,
 * the entities it names (matched to the article's entities by name, alias or demonym) and the
 * tone of its framing towards each, then summed up per entity.
 */
import { matchLoaded } from './loaded';
import { knownNames } from './names/gazetteer';
import { cuePattern, THEMES } from './themes';
import { assignTone, type Cue, frameCues, HEADLINE_REACH, loadedCues, mergeCues, type Target } from './tone';
import { toneReader } from './tone-model';
import type { Entity, LoadedMatch, RelatedInput, RelatedSlant, RelatedStory } from './types';

const THEME_RES = THEMES.map((t) => ({
  theme: t.theme,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${t.cues.map(cuePattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
}));

/** Theme words of a headline, in the order of THEMES. */
export function themesOf(text: string): string[] {
  return THEME_RES.filter((t) => t.re.test(text)).map((t) => t.theme);
}

/** A story counts as negative (or positive) towards an entity beyond this tone. */
const TONE_CUT = 0.15;
/** Longest name we look for, in words ("Council of Europe and European Union" is two). */
const MAX_NAME_WORDS = 5;

interface NameRef {
  name: string;
  entity?: string;
}

/** Lower-cased surface forms of the article's entities: name, aliases, demonyms. */
function articleIndex(entities: Entity[]): Map<string, NameRef> {
  const index = new Map<string, NameRef>();
  // Places first, people last: a surname alias must not shadow a country's name.
  for (const e of entities) {
    for (const form of [e.name, ...e.aliases]) {
      const key = normalise(form);
      if (key && !index.has(key)) index.set(key, { name: e.name, entity: e.id });
    }
  }
  return index;
}

function normalise(form: string): string {
  return form
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[’']/gu, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    // A trailing dot or possessive belongs to the sentence, not the name ("U.S." keeps its dots).
    let t = m[0].replace(/[’']s$/u, '');
    if (t.endsWith('.') && !/\p{L}\.\p{L}\.$/u.test(t)) t = t.slice(0, -1);
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/**
 * Names in a headline: the longest run of words that is an article entity's form or a known
 * place/organisation, linked to the article entity of the same name when there is one. Headlines
 * are in title case, so capitals alone cannot tell names; short forms must be in capitals ("US",
 * not "us").
 */
export function namesIn(text: string, entities: Entity[]): (NameRef & { start: number; end: number })[] {
  const index = articleIndex(entities);
  const known = knownNames();
  const byName = new Map(entities.map((e) => [normalise(e.name), e.id]));
  const ws = words(text);
  const out: (NameRef & { start: number; end: number })[] = [];
  for (let i = 0; i < ws.length; ) {
    let found: (NameRef & { start: number; end: number; n: number }) | undefined;
    const first = ws[i]!;
    if (/^\p{Lu}/u.test(first.text)) {
      for (let n = Math.min(MAX_NAME_WORDS, ws.length - i); n >= 1 && !found; n--) {
        const last = ws[i + n - 1]!;
        const surface = text.slice(first.start, last.end);
        if (surface.length <= 3 && surface !== surface.toUpperCase()) continue;
        const key = normalise(surface);
        const own = index.get(key);
        const k = own ? undefined : known.get(key);
        const ref = own ?? (k ? { name: k.name, entity: byName.get(normalise(k.name)) } : undefined);
        if (ref) found = { ...ref, start: first.start, end: last.end, n };
      }
    }
    if (found) {
      const { n, ...ref } = found;
      out.push(ref);
      i += n;
    } else i++;
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const clamp = (x: number) => Math.max(-1, Math.min(1, x));

/** One headline: its loaded words, the names in it with the tone towards each, its themes. */
export function scoreHeadline(
  link: { title: string; url: string },
  entities: Entity[],
  match: (text: string) => LoadedMatch[] = matchLoaded,
): RelatedStory {
  const title = link.title.trim();
  const loaded = match(title);
  const cues: Cue[] = mergeCues(loadedCues(title, loaded), frameCues(title));
  const names = namesIn(title, entities);
  const targets: Target[] = names.map((n) => ({ key: n.entity ?? n.name, start: n.start, end: n.end }));
  const sums = assignTone(title, targets, cues, HEADLINE_REACH);
  // A headline's framing cues decide where they bind (the rules were built on headlines); the
  // learned model, fitted on sentences, speaks only for headlines with no cue at all.
  const read = toneReader(title);
  const merged = new Map<string, { name: string; entity?: string; tone: number }>();
  names.forEach((n, i) => {
    const key = n.entity ?? n.name;
    const prev = merged.get(key);
    const cue = sums[i] ?? 0;
    const tone = cues.length ? cue : read(n.start, n.end).score;
    if (prev) prev.tone += tone;
    else merged.set(key, { name: n.name, ...(n.entity ? { entity: n.entity } : {}), tone });
  });
  const storyEntities = [...merged.values()].map((e) => ({ ...e, tone: round(clamp(e.tone)) }));
  const tone = round(clamp(cues.reduce((s, c) => s + c.polarity, 0)));
  return { title, url: link.url, tone, loaded, entities: storyEntities, themes: themesOf(title) };
}

/** All related stories and their sum per entity. */
export function analyzeRelated(
  related: RelatedInput | undefined,
  entities: Entity[],
  match: (text: string) => LoadedMatch[] = matchLoaded,
): RelatedSlant {
  if (!related) return { stories: [], excluded: 0, byEntity: [] };
  // Pages hand us whatever they have: tolerate missing titles or URLs rather than fail the Report.
  const stories = (related.links ?? [])
    .filter((l) => typeof l?.title === 'string' && l.title.trim())
    .map((l) => scoreHeadline({ title: l.title, url: l.url ?? '' }, entities, match));
  type Sum = RelatedSlant['byEntity'][number] & { themeCount: Map<string, number>; sum: number };
  const sums = new Map<string, Sum>();
  for (const story of stories) {
    for (const e of story.entities) {
      const key = e.entity ?? e.name;
      let s = sums.get(key);
      if (!s) {
        s = {
          name: e.name,
          ...(e.entity ? { entity: e.entity } : {}),
          stories: 0,
          negative: 0,
          positive: 0,
          neutral: 0,
          tone: 0,
          themes: [],
          themeCount: new Map(),
          sum: 0,
        };
        sums.set(key, s);
      }
      s.stories++;
      s.sum += e.tone;
      if (e.tone <= -TONE_CUT) s.negative++;
      else if (e.tone >= TONE_CUT) s.positive++;
      else s.neutral++;
      for (const t of story.themes) s.themeCount.set(t, (s.themeCount.get(t) ?? 0) + 1);
    }
  }
  const byEntity = [...sums.values()]
    .map(({ themeCount, sum, ...s }) => ({
      ...s,
      tone: round(sum / s.stories),
      themes: [...themeCount.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t),
    }))
    .sort((a, b) => b.stories - a.stories || Math.abs(b.tone) - Math.abs(a.tone));
  return {
    ...(related.heading ? { heading: related.heading } : {}),
    stories,
    excluded: related.excluded ?? 0,
    byEntity,
  };
}

/** Whether a story counts as negative/positive towards an entity (shared with the summary). */
export function storyLeaning(tone: number): -1 | 0 | 1 {
  return tone <= -TONE_CUT ? -1 : tone >= TONE_CUT ? 1 : 0;
}
