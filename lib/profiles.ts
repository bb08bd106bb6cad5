/**
 * Outlet profiles in the extension's local storage (key "profiles": site -> OutletProfile).
 * Numbers and terms only, never article text; see lib/profiles-schema.ts (pure, re-exported here).
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
import { addReport, emptyProfile, type OutletProfile, readProfile } from './profiles-schema';
import { normaliseSite } from './settings-schema';

export * from './profiles-schema';

export const PROFILES_KEY = 'profiles';
/** Sites kept (about 3 MB at most, see LIMITS); the least recently read go first. */
export const MAX_SITES = 100;

function readAll(stored: unknown): Record<string, OutletProfile> {
  const out: Record<string, OutletProfile> = {};
  if (typeof stored !== 'object' || stored === null) return out;
  for (const [site, value] of Object.entries(stored)) {
    const p = readProfile(value);
    if (p && p.site === site) out[site] = p;
  }
  return out;
}

async function load(): Promise<Record<string, OutletProfile>> {
  const got = await browser.storage.local.get(PROFILES_KEY);
  return readAll(got[PROFILES_KEY]);
}

// Read-modify-write must not interleave within this context (two tabs finishing at once).
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function recordArticle(site: string, report: Report, when: number): Promise<OutletProfile | null> {
  return serial(async () => {
    const host = normaliseSite(site);
    if (!host) return null;
    const all = await load();
    const next = addReport(all[host] ?? emptyProfile(host, when), report, when);
    if (!next) return null;
    all[host] = next;
    const kept = Object.values(all)
      .sort((a, b) => b.last - a.last)
      .slice(0, MAX_SITES);
    await browser.storage.local.set({ [PROFILES_KEY]: Object.fromEntries(kept.map((p) => [p.site, p])) });
    return next;
  });
}

export async function getProfile(site: string): Promise<OutletProfile | null> {
  return (await load())[normaliseSite(site)] ?? null;
}

export async function listProfiles(): Promise<OutletProfile[]> {
  return Object.values(await load()).sort((a, b) => b.last - a.last);
}

export function clearProfile(site: string): Promise<void> {
  return serial(async () => {
    const all = await load();
    delete all[normaliseSite(site)];
    await browser.storage.local.set({ [PROFILES_KEY]: all });
  });
}

export function clearAllProfiles(): Promise<void> {
  return serial(() => browser.storage.local.remove(PROFILES_KEY));
}

export function watchProfiles(cb: (list: OutletProfile[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PROFILES_KEY in changes)) return;
    cb(Object.values(readAll(changes[PROFILES_KEY].newValue)).sort((a, b) => b.last - a.last));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
