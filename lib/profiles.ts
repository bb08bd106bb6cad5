/**
 * Outlet profiles in the extension's local storage (key "profiles": site -> OutletProfile).
 * Aggregates only (totals, loaded-term counts, entity tone sums, per month), never article text,
 * addresses or read times; see lib/profiles-schema.ts (pure, re-exported here) for the schema.
 *
 * Counting an article once: the addresses counted in this browser session are kept as salted
 * 32-bit hashes in storage.session (memory only, gone when the browser closes; in this context's
 * memory where there is no storage.session), never in local storage. The salt is random per
 * session, so the hashes cannot be checked against a list of candidate addresses once the session
 * is over, and not without the salt during it. The same article read again in a later session
 * counts again: the price of keeping no reading history.
 *
 * API (stable):
 *   recordArticle(site, report, when): Promise<OutletProfile | null>  null when not counted
 *                                       (already counted, unsupported language, no sentences, bad site)
 *   getProfile(site): Promise<OutletProfile | null>
 *   listProfiles(): Promise<OutletProfile[]>                          most recently read first
 *   clearProfile(site): Promise<void>
 *   clearAllProfiles(): Promise<void>
 *   watchProfiles(cb: (list) => void): () => void                    returns unwatch
 *   summariseProfile(profile) (from the schema)                       what the popup and options show
 */
import { browser } from 'wxt/browser';
import type { Report } from './analysis/types';
import {
  addReport,
  articleKey,
  emptyProfile,
  hashKey,
  isLegacyProfile,
  type OutletProfile,
  readProfile,
} from './profiles-schema';
import { normaliseSite } from './settings-schema';

export * from './profiles-schema';

export const PROFILES_KEY = 'profiles';
/** Sites kept (about 3 MB at most, see LIMITS); the least recently read go first. */
export const MAX_SITES = 100;

export const SEEN_KEY = 'profilesSeen';
/** Addresses remembered per session: a day of heavy reading. */
export const SEEN_LIMIT = 1000;
export const PROFILES_QUOTA_MESSAGE =
  'The browser’s storage for Slantwise is full, so this article was not added to its outlet profile.';

function readAll(stored: unknown): { all: Record<string, OutletProfile>; legacy: boolean } {
  const all: Record<string, OutletProfile> = {};
  let legacy = false;
  if (typeof stored !== 'object' || stored === null) return { all, legacy };
  for (const [site, value] of Object.entries(stored)) {
    const p = readProfile(value);
    if (p && p.site === site) all[site] = p;
    if (isLegacyProfile(value)) legacy = true;
  }
  return { all, legacy };
}

async function load(): Promise<Record<string, OutletProfile>> {
  const got = await browser.storage.local.get(PROFILES_KEY);
  return readAll(got[PROFILES_KEY]).all;
}

/**
 * Version 1 profiles held read times and URL hashes: stored again without them as soon as they
 * are read (read again inside the queue, so no newer write is undone).
 */
function migrate(): void {
  serial(async () => {
    const got = await browser.storage.local.get(PROFILES_KEY);
    const { all, legacy } = readAll(got[PROFILES_KEY]);
    if (legacy) await save(all);
  }).catch(() => {});
}

async function save(all: Record<string, OutletProfile>): Promise<void> {
  try {
    await browser.storage.local.set({ [PROFILES_KEY]: all });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(
      /quota/i.test(message) ? PROFILES_QUOTA_MESSAGE : `Outlet profiles could not be saved: ${message}`,
    );
  }
}

// Read-modify-write must not interleave within this context (two tabs finishing at once).
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

interface Seen {
  salt: string;
  keys: number[];
}
let memorySeen: Seen | undefined;

function sessionArea() {
  return (browser.storage as { session?: typeof browser.storage.local }).session;
}

async function loadSeen(): Promise<Seen> {
  const area = sessionArea();
  const stored = area ? (await area.get(SEEN_KEY))[SEEN_KEY] : memorySeen;
  const v = stored as Partial<Seen> | undefined;
  if (v && typeof v.salt === 'string' && Array.isArray(v.keys)) {
    return { salt: v.salt, keys: v.keys.filter((k): k is number => typeof k === 'number') };
  }
  const salt = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
  return { salt, keys: [] };
}

async function saveSeen(seen: Seen): Promise<void> {
  const area = sessionArea();
  if (area) await area.set({ [SEEN_KEY]: seen });
  else memorySeen = seen;
}

export function recordArticle(site: string, report: Report, when: number): Promise<OutletProfile | null> {
  return serial(async () => {
    const host = normaliseSite(site);
    if (!host) return null;
    const key = articleKey(report);
    const seen = await loadSeen();
    const hash = key === undefined ? undefined : hashKey(`${seen.salt}\u0000${host}\u0000${key}`);
    if (hash !== undefined && seen.keys.includes(hash)) return null;
    const all = await load();
    const next = addReport(all[host] ?? emptyProfile(host, when), report, when);
    if (!next) return null;
    all[host] = next;
    const kept = Object.values(all)
      .sort((a, b) => b.last - a.last)
      .slice(0, MAX_SITES);
    await save(Object.fromEntries(kept.map((p) => [p.site, p])));
    if (hash !== undefined)
      await saveSeen({ salt: seen.salt, keys: [...seen.keys, hash].slice(-SEEN_LIMIT) });
    return next;
  });
}

export async function getProfile(site: string): Promise<OutletProfile | null> {
  migrate();
  return (await load())[normaliseSite(site)] ?? null;
}

export async function listProfiles(): Promise<OutletProfile[]> {
  migrate();
  return Object.values(await load()).sort((a, b) => b.last - a.last);
}

export function clearProfile(site: string): Promise<void> {
  return serial(async () => {
    const all = await load();
    delete all[normaliseSite(site)];
    await save(all);
  });
}

/** Every profile, and this session's memory of which articles were counted. */
export function clearAllProfiles(): Promise<void> {
  return serial(async () => {
    memorySeen = undefined;
    await sessionArea()?.remove(SEEN_KEY);
    await browser.storage.local.remove(PROFILES_KEY);
  });
}

export function watchProfiles(cb: (list: OutletProfile[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PROFILES_KEY in changes)) return;
    cb(Object.values(readAll(changes[PROFILES_KEY].newValue).all).sort((a, b) => b.last - a.last));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
