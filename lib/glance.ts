/**
 * The figures on the popup's first screen, as data: the slant towards each main entity by voice
 * (the outlet's own, the quoted sources, the related stories) and the opinion strip (one cell per
 * sentence). Pure functions of the Report, so the charts and the Markdown export say the same thing.
 */
import type { Label, Report } from './analysis/types';

export type SlantVoice = 'outlet' | 'quoted' | 'related';

export const SLANT_VOICES: readonly SlantVoice[] = ['outlet', 'quoted', 'related'];

/** A voice's tone towards an entity, -1..+1, with what it rests on; null when that voice never names it. */
export interface VoiceTone {
  tone: number;
  /** Mentions in the article (outlet, quoted) or related stories naming it (related). */
  count: number;
}

export interface EntitySlant {
  name: string;
  /** Whether the article's lean statement is about this entity. */
  lean: boolean;
  outlet: VoiceTone | null;
  quoted: VoiceTone | null;
  related: VoiceTone | null;
}

/** Below this magnitude a tone counts as none when choosing which entities to draw. */
const TONED = 0.1;

function toned(s: EntitySlant): boolean {
  return SLANT_VOICES.some((v) => Math.abs(s[v]?.tone ?? 0) >= TONED);
}

function weight(s: EntitySlant): number {
  return (s.outlet?.count ?? 0) + (s.quoted?.count ?? 0) + 2 * (s.related?.count ?? 0);
}

/**
 * The entities worth a picture, at most `max`: those the lean statement is about first, then the
 * ones some voice takes a tone towards, then the most named; an entity named once and nowhere
 * else is left out.
 */
export function mainEntities(report: Report, max = 3): EntitySlant[] {
  const out = new Map<string, EntitySlant>();
  const keyOf = (name: string, id?: string) => id ?? name.trim().toLowerCase();
  const leanKeys = new Set(
    report.summary.leans.filter((l) => l.direction !== 'none').map((l) => keyOf(l.name, l.entity)),
  );
  for (const e of report.entities) {
    const voice = (t: { score: number; mentions: number }) =>
      t.mentions > 0 && Number.isFinite(t.score) ? { tone: t.score, count: t.mentions } : null;
    out.set(e.id, {
      name: e.name,
      lean: leanKeys.has(e.id),
      outlet: voice(e.tone.outlet),
      quoted: voice(e.tone.quoted),
      related: null,
    });
  }
  const byName = new Map(report.entities.map((e) => [e.name.trim().toLowerCase(), e.id]));
  for (const r of report.related.byEntity) {
    if (r.stories <= 0) continue;
    const key = r.entity ?? byName.get(r.name.trim().toLowerCase()) ?? keyOf(r.name);
    const prev = out.get(key) ?? {
      name: r.name,
      lean: leanKeys.has(key),
      outlet: null,
      quoted: null,
      related: null,
    };
    out.set(key, { ...prev, related: { tone: r.tone, count: r.stories } });
  }
  const rank = (s: EntitySlant) => (s.lean ? 0 : toned(s) ? 1 : 2);
  return [...out.values()]
    .filter((s) => s.lean || weight(s) >= 2)
    .sort((a, b) => rank(a) - rank(b) || weight(b) - weight(a) || a.name.localeCompare(b.name))
    .slice(0, max);
}

export interface StripCell {
  /** Index into Report.sentences. */
  index: number;
  /** The sentence's label: `opinion` is the outlet's own (also when its own words frame a source's). */
  label: Label;
  /** Loaded words in the sentence, in order. */
  loaded: string[];
}

/** One cell per sentence, in reading order. */
export function stripCells(report: Report): StripCell[] {
  const loaded = new Map<number, string[]>();
  for (const t of report.loaded) loaded.set(t.sentence, [...(loaded.get(t.sentence) ?? []), t.text]);
  return report.sentences.map((s, index) => ({
    index,
    label: s.label,
    loaded: loaded.get(index) ?? [],
  }));
}

export const LABEL_TEXT: Record<Label, string> = {
  opinion: 'own opinion',
  'reported-opinion': 'reported opinion',
  claim: 'claim',
  fact: 'fact',
};

/** Drawing order of the labels, from most to least opinionated (also the strip's bar heights). */
export const LABEL_ORDER: readonly Label[] = ['opinion', 'reported-opinion', 'claim', 'fact'];

export function labelCounts(cells: StripCell[]): Record<Label, number> {
  const counts: Record<Label, number> = { opinion: 0, 'reported-opinion': 0, claim: 0, fact: 0 };
  for (const c of cells) counts[c.label]++;
  return counts;
}
