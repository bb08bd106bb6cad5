/**
 * Outlet profiles: per site, built only on this device from the articles the reader opened.
 * Holds aggregates only: totals, loaded-term counts, per-entity tone sums, and the same per UTC
 * month. No article text, titles, URLs, URL hashes or read times: nothing that lists which
 * articles were read or when (a month's count is the finest grain). Pure; lib/profiles.ts stores
 * it and counts an article once per browser session without keeping its address.
 *
 * Schema (version 2, stored under "profiles" as site -> OutletProfile):
 *   { v: 2, site, articles, first, last,            first/last: UTC midnight of the first/last day read
 *     words, sentences, outletOpinion, loadedTerms, totals
 *     terms: { term: count },                        at most LIMITS.terms, the most frequent
 *     entities: { key: {name, toneSum, mentions, articles} },   at most LIMITS.entities
 *     months: { "YYYY-MM": {articles, words, sentences, outletOpinion, loaded,
 *                           entities: { key: {name, toneSum, mentions} }} } }
 *   Version 1 (per-article `history` with read times and `seen` URL hashes) is read and migrated:
 *   history folds into months, `seen` is dropped.
 *
 * API (stable):
 *   type OutletProfile, type ProfileSummary
 *   emptyProfile(site, when): OutletProfile
 *   addReport(profile, report, when): OutletProfile | null   folded in; null when not counted (unsupported, empty)
 *   summariseProfile(profile): ProfileSummary                shares, rates, most negative/positive entities, timeline
 *   entityAcrossOutlets(profiles, name): EntityAcross[]      how each outlet casts one entity
 *   readProfile(stored): OutletProfile | null                validates (and migrates) a stored value
 *   articleKey(report): string | undefined                   the page address without fragment and tracking query
 *   hashKey(text): number                                    FNV-1a 32-bit
 */
import type { Report } from './analysis/types';
import { normaliseTerm } from './corrections-schema';

export interface EntityTally {
  name: string;
  /** Sum of outlet-voice tone x mentions, so the mean weighs each mention once. */
  toneSum: number;
  mentions: number;
  articles: number;
}

export interface MonthEntity {
  name: string;
  toneSum: number;
  mentions: number;
}

export interface MonthTally {
  articles: number;
  words: number;
  sentences: number;
  outletOpinion: number;
  loaded: number;
  /** The month's most mentioned entities (at most LIMITS.monthEntities). */
  entities: Record<string, MonthEntity>;
}

export interface OutletProfile {
  v: 2;
  site: string;
  articles: number;
  /** UTC midnight of the first day an article was read (ms). */
  first: number;
  /** UTC midnight of the last day an article was read (ms). */
  last: number;
  words: number;
  sentences: number;
  /** Sentences labelled opinion in the outlet's own voice. */
  outletOpinion: number;
  loadedTerms: number;
  /** Loaded term (normalised) -> times seen. */
  terms: Record<string, number>;
  /** Normalised entity name -> tally. */
  entities: Record<string, EntityTally>;
  /** "YYYY-MM" (UTC) -> that month's tallies; the latest LIMITS.months months. */
  months: Record<string, MonthTally>;
}

/**
 * Per-site bounds. A full profile is then under 40 kB of JSON, so MAX_SITES (lib/profiles.ts) of
 * them stay well inside storage.local's 10 MB quota without asking for unlimitedStorage.
 */
export const LIMITS = { terms: 200, entities: 150, months: 24, monthEntities: 8, name: 80 } as const;

const DAY = 86_400_000;
const day = (t: number) => Math.floor(t / DAY) * DAY;
const monthOf = (t: number) => new Date(t).toISOString().slice(0, 7);

export function hashKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function emptyProfile(site: string, when: number): OutletProfile {
  return {
    v: 2,
    site,
    articles: 0,
    first: day(when),
    last: day(when),
    words: 0,
    sentences: 0,
    outletOpinion: 0,
    loadedTerms: 0,
    terms: {},
    entities: {},
    months: {},
  };
}

/** Keeps the `limit` largest entries by `weight`, so storage stays bounded for a heavy reader. */
function capRecord<T>(rec: Record<string, T>, limit: number, weight: (v: T) => number): Record<string, T> {
  const entries = Object.entries(rec);
  if (entries.length <= limit) return rec;
  return Object.fromEntries(entries.sort((a, b) => weight(b[1]) - weight(a[1])).slice(0, limit));
}

/** The latest `limit` months. */
function capMonths(months: Record<string, MonthTally>): Record<string, MonthTally> {
  const keys = Object.keys(months).sort();
  if (keys.length <= LIMITS.months) return months;
  return Object.fromEntries(keys.slice(-LIMITS.months).map((k) => [k, months[k]!]));
}

/** The same article reached with a different #fragment or tracking query is one article. */
export function articleKey(report: Report): string | undefined {
  const key = report.meta.url ?? report.meta.title;
  if (!key) return undefined;
  return key.replace(/#.*$/, '').replace(/[?&](utm_[^=&]*|fbclid|gclid)=[^&]*/g, '');
}

const entityName = (name: string) => name.slice(0, LIMITS.name);

export function addReport(profile: OutletProfile, report: Report, when: number): OutletProfile | null {
  if (!report.supported || report.sentences.length === 0) return null;
  const outletOpinion = report.sentences.filter((s) => s.label === 'opinion' && s.voice === 'outlet').length;
  const terms = { ...profile.terms };
  for (const t of report.loaded) {
    const term = normaliseTerm(t.text).slice(0, LIMITS.name);
    if (term) terms[term] = (terms[term] ?? 0) + 1;
  }
  const month = monthOf(when);
  const prevMonth = profile.months[month];
  const monthEntities = { ...(prevMonth?.entities ?? {}) };
  const entities = { ...profile.entities };
  for (const e of report.entities) {
    const tone = e.tone.outlet;
    if (tone.mentions <= 0 || !Number.isFinite(tone.score)) continue;
    const k = normaliseTerm(e.name).slice(0, LIMITS.name);
    if (!k) continue;
    const prev = entities[k] ?? { name: entityName(e.name), toneSum: 0, mentions: 0, articles: 0 };
    entities[k] = {
      name: prev.name,
      toneSum: prev.toneSum + tone.score * tone.mentions,
      mentions: prev.mentions + tone.mentions,
      articles: prev.articles + 1,
    };
    const m = monthEntities[k] ?? { name: entityName(e.name), toneSum: 0, mentions: 0 };
    monthEntities[k] = {
      name: m.name,
      toneSum: m.toneSum + tone.score * tone.mentions,
      mentions: m.mentions + tone.mentions,
    };
  }
  const tally: MonthTally = {
    articles: (prevMonth?.articles ?? 0) + 1,
    words: (prevMonth?.words ?? 0) + report.summary.words,
    sentences: (prevMonth?.sentences ?? 0) + report.sentences.length,
    outletOpinion: (prevMonth?.outletOpinion ?? 0) + outletOpinion,
    loaded: (prevMonth?.loaded ?? 0) + report.loaded.length,
    entities: capRecord(monthEntities, LIMITS.monthEntities, (e) => e.mentions),
  };
  return {
    v: 2,
    site: profile.site,
    articles: profile.articles + 1,
    first: Math.min(profile.first, day(when)),
    last: Math.max(profile.last, day(when)),
    words: profile.words + report.summary.words,
    sentences: profile.sentences + report.sentences.length,
    outletOpinion: profile.outletOpinion + outletOpinion,
    loadedTerms: profile.loadedTerms + report.loaded.length,
    terms: capRecord(terms, LIMITS.terms, (n) => n),
    entities: capRecord(entities, LIMITS.entities, (e) => e.mentions),
    months: capMonths({ ...profile.months, [month]: tally }),
  };
}

export interface EntityLean {
  name: string;
  /** Mean outlet-voice tone, -1..+1. */
  tone: number;
  mentions: number;
  articles: number;
}

export interface TimelineBucket {
  /** "2026-11" (UTC). */
  month: string;
  articles: number;
  opinionShare: number;
  loadedPer1000: number;
  /** That month's most negatively / positively cast entities (tone from at least 2 mentions), 3 each. */
  negative: { name: string; tone: number; mentions: number }[];
  positive: { name: string; tone: number; mentions: number }[];
}

export interface ProfileSummary {
  site: string;
  articles: number;
  first: number;
  last: number;
  /** Outlet-voice opinion sentences / all sentences, 0..1. */
  opinionShare: number;
  loadedPer1000: number;
  /** Most negatively cast first; only entities with tone below zero and at least 2 mentions. */
  negative: EntityLean[];
  /** Most positively cast first; tone above zero, at least 2 mentions. */
  positive: EntityLean[];
  topTerms: { term: string; count: number }[];
  timeline: TimelineBucket[];
}

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

export function summariseProfile(p: OutletProfile, top = 5): ProfileSummary {
  const leans: EntityLean[] = Object.values(p.entities)
    .filter((e) => e.mentions >= 2)
    .map((e) => ({
      name: e.name,
      tone: round(e.toneSum / e.mentions),
      mentions: e.mentions,
      articles: e.articles,
    }));
  const timeline = Object.keys(p.months)
    .sort()
    .map((month): TimelineBucket => {
      const m = p.months[month]!;
      const monthLeans = Object.values(m.entities)
        .filter((e) => e.mentions >= 2)
        .map((e) => ({ name: e.name, tone: round(e.toneSum / e.mentions), mentions: e.mentions }));
      return {
        month,
        articles: m.articles,
        opinionShare: m.sentences ? round(m.outletOpinion / m.sentences) : 0,
        loadedPer1000: m.words ? round((m.loaded * 1000) / m.words, 1) : 0,
        negative: monthLeans
          .filter((e) => e.tone < 0)
          .sort((a, b) => a.tone - b.tone || b.mentions - a.mentions)
          .slice(0, 3),
        positive: monthLeans
          .filter((e) => e.tone > 0)
          .sort((a, b) => b.tone - a.tone || b.mentions - a.mentions)
          .slice(0, 3),
      };
    });
  return {
    site: p.site,
    articles: p.articles,
    first: p.first,
    last: p.last,
    opinionShare: p.sentences ? round(p.outletOpinion / p.sentences) : 0,
    loadedPer1000: p.words ? round((p.loadedTerms * 1000) / p.words, 1) : 0,
    negative: leans
      .filter((e) => e.tone < 0)
      .sort((a, b) => a.tone - b.tone || b.mentions - a.mentions)
      .slice(0, top),
    positive: leans
      .filter((e) => e.tone > 0)
      .sort((a, b) => b.tone - a.tone || b.mentions - a.mentions)
      .slice(0, top),
    topTerms: Object.entries(p.terms)
      .map(([term, count]) => ({ term, count }))
      .sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : 1))
      .slice(0, top * 2),
    timeline,
  };
}

export interface EntityAcross {
  site: string;
  /** Mean outlet-voice tone, -1..+1. */
  tone: number;
  mentions: number;
  articles: number;
}

/** How each outlet casts one entity (matched by normalised name), most negative first. */
export function entityAcrossOutlets(profiles: OutletProfile[], name: string): EntityAcross[] {
  const key = normaliseTerm(name).slice(0, LIMITS.name);
  return profiles
    .flatMap((p) => {
      const e = p.entities[key];
      return e && e.mentions > 0
        ? [{ site: p.site, tone: round(e.toneSum / e.mentions), mentions: e.mentions, articles: e.articles }]
        : [];
    })
    .sort((a, b) => a.tone - b.tone || (a.site < b.site ? -1 : 1));
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readMonthEntities(v: unknown): Record<string, MonthEntity> {
  const out: Record<string, MonthEntity> = {};
  if (!isRecord(v)) return out;
  for (const [k, e] of Object.entries(v)) {
    if (!isRecord(e) || typeof e.name !== 'string' || k.length > LIMITS.name) continue;
    out[k] = {
      name: entityName(e.name),
      toneSum: Number.isFinite(e.toneSum) ? (e.toneSum as number) : 0,
      mentions: num(e.mentions),
    };
  }
  return capRecord(out, LIMITS.monthEntities, (e) => e.mentions);
}

function readMonths(r: Record<string, unknown>): Record<string, MonthTally> {
  const months: Record<string, MonthTally> = {};
  if (isRecord(r.months)) {
    for (const [k, m] of Object.entries(r.months)) {
      if (!/^\d{4}-\d{2}$/.test(k) || !isRecord(m)) continue;
      months[k] = {
        articles: num(m.articles),
        words: num(m.words),
        sentences: num(m.sentences),
        outletOpinion: num(m.outletOpinion),
        loaded: num(m.loaded),
        entities: readMonthEntities(m.entities),
      };
    }
  }
  // Version 1 kept one point per article read, with its time: folded into months here.
  if (Array.isArray(r.history)) {
    for (const h of r.history) {
      if (!isRecord(h) || !num(h.t)) continue;
      const k = monthOf(num(h.t));
      const m = months[k] ?? {
        articles: 0,
        words: 0,
        sentences: 0,
        outletOpinion: 0,
        loaded: 0,
        entities: {},
      };
      months[k] = m;
      m.articles++;
      m.words += num(h.words);
      m.sentences += num(h.sentences);
      m.outletOpinion += num(h.outletOpinion);
      m.loaded += num(h.loaded);
    }
  }
  return capMonths(months);
}

/**
 * A stored value -> a version 2 profile, or null when it is not one. Unknown fields are dropped,
 * a version 1 profile is migrated (history -> months, URL hashes and read times dropped), and
 * every size bound is applied again.
 */
export function readProfile(stored: unknown): OutletProfile | null {
  if (!isRecord(stored)) return null;
  const r = stored;
  if (typeof r.site !== 'string' || !r.site || r.site.length > 253) return null;
  const terms: Record<string, number> = {};
  if (isRecord(r.terms)) {
    for (const [k, v] of Object.entries(r.terms))
      if (num(v) > 0 && k.length <= LIMITS.name) terms[k] = num(v);
  }
  const entities: Record<string, EntityTally> = {};
  if (isRecord(r.entities)) {
    for (const [k, v] of Object.entries(r.entities)) {
      if (!isRecord(v) || typeof v.name !== 'string' || k.length > LIMITS.name) continue;
      entities[k] = {
        name: entityName(v.name),
        toneSum: Number.isFinite(v.toneSum) ? (v.toneSum as number) : 0,
        mentions: num(v.mentions),
        articles: num(v.articles),
      };
    }
  }
  return {
    v: 2,
    site: r.site,
    articles: num(r.articles),
    first: day(num(r.first)),
    last: day(num(r.last)),
    words: num(r.words),
    sentences: num(r.sentences),
    outletOpinion: num(r.outletOpinion),
    loadedTerms: num(r.loadedTerms),
    terms: capRecord(terms, LIMITS.terms, (n) => n),
    entities: capRecord(entities, LIMITS.entities, (e) => e.mentions),
    months: readMonths(r),
  };
}

/** True for a stored value that still has version 1 fields (read times, URL hashes). */
export function isLegacyProfile(stored: unknown): boolean {
  return isRecord(stored) && (stored.v !== 2 || 'history' in stored || 'seen' in stored);
}
