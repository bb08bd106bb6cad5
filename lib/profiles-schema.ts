/**
 * Outlet profiles: per site, built only on this device from the articles the reader opened.
 * Holds numbers and terms only (counts, tones, loaded words, entity names, a hash of the URL to
 * count an article once) — never article text, titles or URLs. Pure; lib/profiles.ts stores it.
 *
 * API (stable):
 *   type OutletProfile, type ProfileSummary
 *   emptyProfile(site, when): OutletProfile
 *   addReport(profile, report, when): OutletProfile | null   folded in; null when not counted (seen, unsupported, empty)
 *   summariseProfile(profile): ProfileSummary                shares, rates, most negative/positive entities, timeline
 *   readProfile(stored): OutletProfile | null                validates a stored value
 *   hashKey(text): number                                    FNV-1a 32-bit, how an article is recognised again
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

export interface HistoryPoint {
  /** ms since epoch. */
  t: number;
  words: number;
  sentences: number;
  outletOpinion: number;
  loaded: number;
}

export interface OutletProfile {
  site: string;
  articles: number;
  first: number;
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
  /** One point per article, oldest first. */
  history: HistoryPoint[];
  /** Hashes of the URLs already counted. */
  seen: number[];
}

/**
 * Per-site bounds. A full profile is then about 30 kB of JSON, so MAX_SITES (lib/profiles.ts) of
 * them stay well inside storage.local's 10 MB quota without asking for unlimitedStorage.
 */
export const LIMITS = { terms: 200, entities: 150, history: 120, seen: 300 } as const;

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
    site,
    articles: 0,
    first: when,
    last: when,
    words: 0,
    sentences: 0,
    outletOpinion: 0,
    loadedTerms: 0,
    terms: {},
    entities: {},
    history: [],
    seen: [],
  };
}

/** Keeps the `limit` largest entries by `weight`, so storage stays bounded for a heavy reader. */
function capRecord<T>(rec: Record<string, T>, limit: number, weight: (v: T) => number): Record<string, T> {
  const entries = Object.entries(rec);
  if (entries.length <= limit) return rec;
  return Object.fromEntries(entries.sort((a, b) => weight(b[1]) - weight(a[1])).slice(0, limit));
}

function articleKey(report: Report): number | undefined {
  const key = report.meta.url ?? report.meta.title;
  if (!key) return undefined;
  // The same article reached with a different #fragment or tracking query counts once.
  return hashKey(key.replace(/#.*$/, '').replace(/[?&](utm_[^=&]*|fbclid|gclid)=[^&]*/g, ''));
}

export function addReport(profile: OutletProfile, report: Report, when: number): OutletProfile | null {
  if (!report.supported || report.sentences.length === 0) return null;
  const key = articleKey(report);
  if (key !== undefined && profile.seen.includes(key)) return null;

  const outletOpinion = report.sentences.filter((s) => s.label === 'opinion' && s.voice === 'outlet').length;
  const terms = { ...profile.terms };
  for (const t of report.loaded) {
    const term = normaliseTerm(t.text);
    if (term) terms[term] = (terms[term] ?? 0) + 1;
  }
  const entities = { ...profile.entities };
  for (const e of report.entities) {
    const tone = e.tone.outlet;
    if (tone.mentions <= 0 || !Number.isFinite(tone.score)) continue;
    const k = normaliseTerm(e.name);
    const prev = entities[k] ?? { name: e.name, toneSum: 0, mentions: 0, articles: 0 };
    entities[k] = {
      name: prev.name,
      toneSum: prev.toneSum + tone.score * tone.mentions,
      mentions: prev.mentions + tone.mentions,
      articles: prev.articles + 1,
    };
  }
  const point: HistoryPoint = {
    t: when,
    words: report.summary.words,
    sentences: report.sentences.length,
    outletOpinion,
    loaded: report.loaded.length,
  };
  return {
    site: profile.site,
    articles: profile.articles + 1,
    first: Math.min(profile.first, when),
    last: Math.max(profile.last, when),
    words: profile.words + report.summary.words,
    sentences: profile.sentences + report.sentences.length,
    outletOpinion: profile.outletOpinion + outletOpinion,
    loadedTerms: profile.loadedTerms + report.loaded.length,
    terms: capRecord(terms, LIMITS.terms, (n) => n),
    entities: capRecord(entities, LIMITS.entities, (e) => e.mentions),
    history: [...profile.history, point].sort((a, b) => a.t - b.t).slice(-LIMITS.history),
    seen: key === undefined ? profile.seen : [...profile.seen, key].slice(-LIMITS.seen),
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
  const buckets = new Map<string, HistoryPoint[]>();
  for (const h of p.history) {
    const month = new Date(h.t).toISOString().slice(0, 7);
    buckets.set(month, [...(buckets.get(month) ?? []), h]);
  }
  const timeline = [...buckets.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([month, hs]) => {
      const sum = (f: (h: HistoryPoint) => number) => hs.reduce((n, h) => n + f(h), 0);
      const sentences = sum((h) => h.sentences);
      const words = sum((h) => h.words);
      return {
        month,
        articles: hs.length,
        opinionShare: sentences ? round(sum((h) => h.outletOpinion) / sentences) : 0,
        loadedPer1000: words ? round((sum((h) => h.loaded) * 1000) / words, 1) : 0,
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

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** A stored value -> a profile, or null when it is not one. Unknown fields are dropped. */
export function readProfile(stored: unknown): OutletProfile | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const r = stored as Record<string, unknown>;
  if (typeof r.site !== 'string' || !r.site) return null;
  const terms: Record<string, number> = {};
  if (typeof r.terms === 'object' && r.terms !== null) {
    for (const [k, v] of Object.entries(r.terms)) if (num(v) > 0) terms[k] = num(v);
  }
  const entities: Record<string, EntityTally> = {};
  if (typeof r.entities === 'object' && r.entities !== null) {
    for (const [k, v] of Object.entries(r.entities as Record<string, Record<string, unknown>>)) {
      if (typeof v?.name !== 'string') continue;
      entities[k] = {
        name: v.name,
        toneSum: num(v.toneSum),
        mentions: num(v.mentions),
        articles: num(v.articles),
      };
    }
  }
  const history = Array.isArray(r.history)
    ? r.history
        .filter((h): h is Record<string, unknown> => typeof h === 'object' && h !== null)
        .map((h) => ({
          t: num(h.t),
          words: num(h.words),
          sentences: num(h.sentences),
          outletOpinion: num(h.outletOpinion),
          loaded: num(h.loaded),
        }))
    : [];
  return {
    site: r.site,
    articles: num(r.articles),
    first: num(r.first),
    last: num(r.last),
    words: num(r.words),
    sentences: num(r.sentences),
    outletOpinion: num(r.outletOpinion),
    loadedTerms: num(r.loadedTerms),
    terms,
    entities,
    history,
    seen: Array.isArray(r.seen) ? r.seen.filter((x): x is number => typeof x === 'number') : [],
  };
}
