/**
 * Settings in the extension's local storage (key "settings"); the shape, defaults and migrations
 * live in lib/settings-schema.ts (pure) and are re-exported here.
 *
 * API (stable):
 *   loadSettings(): Promise<Settings>                     stored settings, migrated; defaults if none
 *   saveSettings(patch: SettingsPatch): Promise<Settings> merges, validates, stores, returns the result
 *   resetSettings(): Promise<Settings>                    back to defaults
 *   watchSettings(cb: (s: Settings) => void): () => void  cb on every change from any context; returns unwatch
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  mergeSettings,
  migrateSettings,
  type Settings,
  type SettingsPatch,
} from './settings-schema';

export * from './settings-schema';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  const stored = got[SETTINGS_KEY];
  const settings = migrateSettings(stored);
  // Write back an old shape once, so every reader after this sees the current version.
  if (stored !== undefined && (stored as { version?: unknown }).version !== settings.version) {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  }
  return settings;
}

// Read-merge-write must not interleave: two quick clicks would otherwise lose the first change.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  return serial(async () => {
    const next = mergeSettings(await loadSettings(), patch);
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
}

export function resetSettings(): Promise<Settings> {
  return serial(async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    return migrateSettings(DEFAULT_SETTINGS);
  });
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    cb(migrateSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
