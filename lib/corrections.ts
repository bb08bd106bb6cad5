/**
 * The reader's corrections, in the extension's local storage (key "corrections"); never sent anywhere.
 * Shape, matching and the export format: lib/corrections-schema.ts (pure, re-exported here).
 *
 * API (stable):
 *   addCorrection(c: NewCorrection): Promise<Correction>   an identical one is returned, not duplicated;
 *                                                          the opposite kind on the same term+site is replaced
 *   removeCorrection(id): Promise<Correction | undefined>  returns what was removed, for undo
 *   restoreCorrection(c: Correction): Promise<void>        undo of a remove (keeps id and date)
 *   listCorrections(): Promise<Correction[]>                newest first
 *   exportCorrections(): Promise<string>                   JSON (see serialiseCorrections)
 *   importCorrections(json, onProgress?): Promise<ImportResult>
 *                                                          merges: existing entries are never dropped (existing
 *                                                          term+site wins); says what it did not take and why;
 *                                                          throws Error with a plain message (too large, not an
 *                                                          export, storage full: then nothing is written)
 *   clearCorrections(): Promise<void>
 *   watchCorrections(cb: (list) => void): () => void       returns unwatch
 */
import { browser } from 'wxt/browser';
import {
  type Correction,
  type ImportResult,
  MAX_CORRECTIONS,
  MAX_IMPORT_BYTES,
  makeCorrection,
  mergeCorrections,
  type NewCorrection,
  readExport,
  sameCorrection,
  serialiseCorrections,
} from './corrections-schema';

export * from './corrections-schema';

export const CORRECTIONS_KEY = 'corrections';
export const FULL_MESSAGE = `You have ${MAX_CORRECTIONS.toLocaleString('en')} corrections, the most kept. Remove some to add more.`;
export const QUOTA_MESSAGE =
  'The browser’s storage for Slantwise is full, so nothing was saved. Clearing outlet profiles frees space.';

function mb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function readList(stored: unknown): Correction[] {
  if (!Array.isArray(stored)) return [];
  const out: Correction[] = [];
  for (const item of stored) {
    const c = makeCorrection(item, Date.now());
    if (c) out.push(c);
  }
  return out;
}

async function read(): Promise<Correction[]> {
  const got = await browser.storage.local.get(CORRECTIONS_KEY);
  return readList(got[CORRECTIONS_KEY]);
}

/**
 * One storage.local.set of the whole list: it is stored whole or not at all. A quota error
 * becomes a plain message (the stored list is then what it was).
 */
async function write(list: Correction[]): Promise<void> {
  const sorted = [...list].sort((a, b) => b.created - a.created);
  try {
    await browser.storage.local.set({ [CORRECTIONS_KEY]: sorted });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/quota/i.test(message)) throw new Error(QUOTA_MESSAGE);
    throw new Error(`Your corrections could not be saved: ${message}`);
  }
}

// Read-modify-write must not interleave within this context (quick clicks, an import during a remove).
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function listCorrections(): Promise<Correction[]> {
  return (await read()).sort((a, b) => b.created - a.created);
}

export function addCorrection(input: NewCorrection): Promise<Correction> {
  return serial(async () => {
    const c = makeCorrection(input, Date.now());
    if (!c) throw new Error('That correction is not usable (empty or too long a term).');
    const list = await read();
    const same = list.find((x) => sameCorrection(x, c));
    if (same) return same;
    // "this is loaded" and "not loaded here" on the same term and site contradict: the newer one wins.
    const kept = list.filter((x) => !(x.term === c.term && (x.site ?? '') === (c.site ?? '')));
    if (kept.length >= MAX_CORRECTIONS) throw new Error(FULL_MESSAGE);
    await write([c, ...kept]);
    return c;
  });
}

export function removeCorrection(id: string): Promise<Correction | undefined> {
  return serial(async () => {
    const list = await read();
    const gone = list.find((x) => x.id === id);
    if (gone) await write(list.filter((x) => x.id !== id));
    return gone;
  });
}

export function restoreCorrection(c: Correction): Promise<void> {
  return serial(async () => {
    const valid = makeCorrection(c, Date.now());
    if (!valid) return;
    const list = await read();
    if (list.some((x) => x.id === valid.id || sameCorrection(x, valid))) return;
    if (list.length >= MAX_CORRECTIONS) throw new Error(FULL_MESSAGE);
    await write([valid, ...list]);
  });
}

export async function clearCorrections(): Promise<void> {
  await browser.storage.local.set({ [CORRECTIONS_KEY]: [] });
}

export async function exportCorrections(): Promise<string> {
  return serialiseCorrections(await listCorrections());
}

/** Entries validated per step of an import; between steps the page can paint its progress. */
const IMPORT_STEP = 5000;

export function importCorrections(
  json: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  return serial(async () => {
    // A UTF-16 string's length is at most its UTF-8 size: a cheap, safe first check.
    if (json.length > MAX_IMPORT_BYTES) {
      throw new Error(
        `This file is ${mb(json.length)}; a corrections file may be at most ${mb(MAX_IMPORT_BYTES)}. Nothing was imported.`,
      );
    }
    const raw = readExport(json);
    const now = Date.now();
    const valid: Correction[] = [];
    let invalid = 0;
    for (let from = 0; from < raw.length; from += IMPORT_STEP) {
      const to = Math.min(raw.length, from + IMPORT_STEP);
      for (let i = from; i < to; i++) {
        const c = makeCorrection(raw[i], now);
        if (c) valid.push(c);
        else invalid++;
      }
      if (onProgress) {
        onProgress(to, raw.length);
        await new Promise((done) => setTimeout(done, 0));
      }
    }
    const merged = mergeCorrections(await read(), valid, MAX_CORRECTIONS, now);
    if (merged.added > 0) await write(merged.list);
    const { added, duplicates, full } = merged;
    return { added, skipped: duplicates + full + invalid, duplicates, full, invalid };
  });
}

export function watchCorrections(cb: (list: Correction[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(CORRECTIONS_KEY in changes)) return;
    cb(readList(changes[CORRECTIONS_KEY].newValue).sort((a, b) => b.created - a.created));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
