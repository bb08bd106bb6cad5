/**
 * The reading diet: the outlet profiles built on this device, as series for charts and as JSON and
 * CSV for export. Pure (no browser API). Reads profiles only through lib/profiles-schema's
 * summariseProfile and the per-entity tallies, and takes any field it needs as optional, so a
 * profile stored by an older or newer version still draws (what is missing is simply not drawn).
 */
import type { OutletProfile } from './profiles-schema';
import { summariseProfile } from './profiles-schema';

export interface MonthPoint {
  /** "2026-11" (UTC). */
  month: string;
  articles: number;
  /** The outlet's own opinion sentences / all sentences, 0..1. */
  opinionShare: number;
  loadedPer1000: number;
}

export interface EntityPoint {
  name: string;
  /** Mean tone of the outlet's own voice towards it, -1..+1. */
  tone: number;
  mentions: number;
}

export interface OutletSeries {
  site: string;
  articles: number;
  first?: number;
  last?: number;
  opinionShare: number;
  loadedPer1000: number;
  months: MonthPoint[];
  /** Most negatively cast first. */
  negative: EntityPoint[];
  /** Most positively cast first. */
  positive: EntityPoint[];
}

const num = (v: unknown, fallback = 0) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

function entityPoints(list: unknown): EntityPoint[] {
  return arr<Record<string, unknown>>(list)
    .filter((e) => typeof e?.name === 'string')
    .map((e) => ({ name: e.name as string, tone: num(e.tone), mentions: num(e.mentions) }));
}

export function outletSeries(profile: OutletProfile): OutletSeries {
  let s: Partial<ReturnType<typeof summariseProfile>> = {};
  try {
    s = summariseProfile(profile);
  } catch {
    // a profile in a shape this version does not know: draw what the stored fields give
  }
  return {
    site: profile.site,
    articles: num(s.articles, num(profile.articles)),
    first: s.first ?? profile.first,
    last: s.last ?? profile.last,
    opinionShare: num(s.opinionShare),
    loadedPer1000: num(s.loadedPer1000),
    months: arr<Record<string, unknown>>(s.timeline)
      .filter((m) => typeof m?.month === 'string')
      .map((m) => ({
        month: m.month as string,
        articles: num(m.articles),
        opinionShare: num(m.opinionShare),
        loadedPer1000: num(m.loadedPer1000),
      })),
    negative: entityPoints(s.negative),
    positive: entityPoints(s.positive),
  };
}

export interface SharedEntity {
  name: string;
  /** One per outlet that names it in its own voice, in the order of the outlets given. */
  outlets: { site: string; tone: number; mentions: number }[];
}

/** An entity tally's mean tone, whether stored as a sum over mentions or as a mean. */
function tallyTone(t: Record<string, unknown>): number | undefined {
  const mentions = num(t.mentions);
  if (typeof t.tone === 'number' && Number.isFinite(t.tone)) return t.tone;
  if (mentions > 0 && typeof t.toneSum === 'number' && Number.isFinite(t.toneSum))
    return t.toneSum / mentions;
  return undefined;
}

/**
 * Entities that two or more outlets name in their own voice, with each outlet's mean tone towards
 * them: the widest spread of tone first (where outlets differ most), then the most named.
 */
export function sharedEntities(profiles: OutletProfile[], max = 8): SharedEntity[] {
  const by = new Map<string, SharedEntity>();
  for (const p of profiles) {
    const tallies = (p as { entities?: unknown }).entities;
    if (typeof tallies !== 'object' || tallies === null) continue;
    for (const [key, raw] of Object.entries(tallies as Record<string, Record<string, unknown>>)) {
      if (typeof raw?.name !== 'string') continue;
      const tone = tallyTone(raw);
      const mentions = num(raw.mentions);
      if (tone === undefined || mentions <= 0) continue;
      const k = key.toLowerCase();
      const entry = by.get(k) ?? { name: raw.name, outlets: [] };
      entry.outlets.push({ site: p.site, tone: Math.round(tone * 1000) / 1000, mentions });
      by.set(k, entry);
    }
  }
  const spread = (e: SharedEntity) => {
    const tones = e.outlets.map((o) => o.tone);
    return Math.max(...tones) - Math.min(...tones);
  };
  const mentions = (e: SharedEntity) => e.outlets.reduce((n, o) => n + o.mentions, 0);
  return [...by.values()]
    .filter((e) => e.outlets.length >= 2)
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
 * The CSV export, one row per outlet and month ("month") and per entity it casts most negatively
 * or positively ("entity"); empty cells where a column does not apply.
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
  }
  return `${rows.join('\r\n')}\r\n`;
}
