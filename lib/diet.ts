/**
 * The reading diet: the outlet profiles built on this device, as series for charts and as JSON and
 * CSV for export. Pure (no browser API). Every profile goes through lib/profiles-schema's
 * readProfile first, so a stored version 1 profile (per-article history) is migrated to version 2
 * (per-month tallies) and a profile missing fields still draws (what is missing is simply not
 * drawn). Per outlet over time = its months; across outlets = entityAcrossOutlets.
 */
import type { OutletProfile } from './profiles-schema';
import { entityAcrossOutlets, readProfile, summariseProfile } from './profiles-schema';

export interface EntityPoint {
  name: string;
  /** Mean tone of the outlet's own voice towards it, -1..+1. */
  tone: number;
  mentions: number;
}

export interface MonthPoint {
  /** "2026-11" (UTC). */
  month: string;
  articles: number;
  /** The outlet's own opinion sentences / all sentences, 0..1. */
  opinionShare: number;
  loadedPer1000: number;
  /** That month's most negatively cast entities (at least 2 mentions that month), most negative first. */
  negative: EntityPoint[];
  /** That month's most positively cast entities, most positive first. */
  positive: EntityPoint[];
}

export interface OutletSeries {
  site: string;
  articles: number;
  first?: number;
  last?: number;
  opinionShare: number;
  loadedPer1000: number;
  /** Oldest first. */
  months: MonthPoint[];
  /** Over the whole profile, most negatively cast first. */
  negative: EntityPoint[];
  /** Over the whole profile, most positively cast first. */
  positive: EntityPoint[];
}

/** Stored or passed profiles in any known shape -> version 2 profiles; values that are not profiles are left out. */
export function dietProfiles(profiles: readonly unknown[]): OutletProfile[] {
  return profiles.flatMap((p) => {
    const v2 = readProfile(p);
    return v2 ? [v2] : [];
  });
}

const point = (e: { name: string; tone: number; mentions: number }): EntityPoint => ({
  name: e.name,
  tone: e.tone,
  mentions: e.mentions,
});

/** One outlet over time. `profile` may be a stored value of any version (see dietProfiles). */
export function outletSeries(profile: OutletProfile): OutletSeries {
  const p = readProfile(profile);
  if (!p) {
    const site = String((profile as { site?: unknown })?.site ?? '');
    return { site, articles: 0, opinionShare: 0, loadedPer1000: 0, months: [], negative: [], positive: [] };
  }
  const s = summariseProfile(p);
  return {
    site: s.site,
    articles: s.articles,
    first: s.first || undefined,
    last: s.last || undefined,
    opinionShare: s.opinionShare,
    loadedPer1000: s.loadedPer1000,
    months: s.timeline.map((m) => ({
      month: m.month,
      articles: m.articles,
      opinionShare: m.opinionShare,
      loadedPer1000: m.loadedPer1000,
      negative: m.negative.map(point),
      positive: m.positive.map(point),
    })),
    negative: s.negative.map(point),
    positive: s.positive.map(point),
  };
}

export interface SharedEntity {
  name: string;
  /** One per outlet that names it in its own voice, in the order of the outlets given. */
  outlets: { site: string; tone: number; mentions: number }[];
}

/**
 * Entities that two or more outlets name in their own voice, with each outlet's mean tone towards
 * them (lib/profiles-schema's entityAcrossOutlets): the widest spread of tone first (where outlets
 * differ most), then the most named.
 */
export function sharedEntities(profiles: readonly OutletProfile[], max = 8): SharedEntity[] {
  const list = dietProfiles(profiles);
  const order = new Map(list.map((p, i) => [p.site, i]));
  // normalised name -> the first outlet's spelling and how many outlets name it
  const named = new Map<string, { name: string; outlets: number }>();
  for (const p of list) {
    for (const [key, e] of Object.entries(p.entities)) {
      if (e.mentions <= 0) continue;
      const seen = named.get(key);
      if (seen) seen.outlets++;
      else named.set(key, { name: e.name, outlets: 1 });
    }
  }
  const shared: SharedEntity[] = [];
  for (const [key, { name, outlets }] of named) {
    if (outlets < 2) continue;
    const across = entityAcrossOutlets(list, key)
      .sort((a, b) => (order.get(a.site) ?? 0) - (order.get(b.site) ?? 0))
      .map((o) => ({ site: o.site, tone: o.tone, mentions: o.mentions }));
    if (across.length >= 2) shared.push({ name, outlets: across });
  }
  const spread = (e: SharedEntity) => {
    const tones = e.outlets.map((o) => o.tone);
    return Math.max(...tones) - Math.min(...tones);
  };
  const mentions = (e: SharedEntity) => e.outlets.reduce((n, o) => n + o.mentions, 0);
  return shared
    .sort((a, b) => spread(b) - spread(a) || mentions(b) - mentions(a) || a.name.localeCompare(b.name))
    .slice(0, max);
}

/** The JSON export: the series as drawn, per outlet, and the entities outlets share. */
export function dietJson(profiles: OutletProfile[], version: string, when: number): string {
  return `${JSON.stringify(
    {
      generator: 'Slantwise',
      kind: 'reading-diet',
      version,
      exported: new Date(when).toISOString(),
      outlets: profiles.map(outletSeries),
      shared: sharedEntities(profiles, Number.POSITIVE_INFINITY),
    },
    null,
    2,
  )}\n`;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused. */
function field(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`; // no formulas when opened in a spreadsheet
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = 'site,kind,month,entity,articles,opinion_share,loaded_per_1000,tone,mentions';

/**
 * The CSV export, one row per outlet and month ("month"), per entity it casts most negatively or
 * positively overall ("entity", month empty), then per month ("entity" with the month); empty
 * cells where a column does not apply.
 */
export function dietCsv(profiles: OutletProfile[]): string {
  const rows = [CSV_HEADER];
  for (const s of profiles.map(outletSeries)) {
    for (const m of s.months) {
      rows.push(
        [s.site, 'month', m.month, '', m.articles, m.opinionShare, m.loadedPer1000, '', '']
          .map(field)
          .join(','),
      );
    }
    for (const e of [...s.negative, ...s.positive]) {
      rows.push([s.site, 'entity', '', e.name, '', '', '', e.tone, e.mentions].map(field).join(','));
    }
    for (const m of s.months) {
      for (const e of [...m.negative, ...m.positive]) {
        rows.push([s.site, 'entity', m.month, e.name, '', '', '', e.tone, e.mentions].map(field).join(','));
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
