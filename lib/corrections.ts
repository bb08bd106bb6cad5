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
 *   importCorrections(json): Promise<{added, skipped}>     merges, existing term+site wins; throws Error with a plain message
 *   clearCorrections(): Promise<void>
 *   watchCorrections(cb: (list) => void): () => void       returns unwatch
 */
import { browser } from 'wxt/browser';
import {
  type Correction,
  makeCorrection,
  type NewCorrection,
  parseCorrections,
  sameCorrection,
  serialiseCorrections,
} from './corrections-schema';

export * from './corrections-schema';

export const CORRECTIONS_KEY = 'corrections';
/** Far more than anyone makes by hand; keeps storage bounded if an import is huge. */
export const MAX_CORRECTIONS = 5000;

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

async function write(list: Correction[]): Promise<void> {
  const sorted = [...list].sort((a, b) => b.created - a.created).slice(0, MAX_CORRECTIONS);
  await browser.storage.local.set({ [CORRECTIONS_KEY]: sorted });
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
    await write([valid, ...list]);
  });
}

export async function clearCorrections(): Promise<void> {
  await browser.storage.local.set({ [CORRECTIONS_KEY]: [] });
}

export async function exportCorrections(): Promise<string> {
  return serialiseCorrections(await listCorrections());
}

export function importCorrections(json: string): Promise<{ added: number; skipped: number }> {
  return serial(async () => {
    const { corrections, skipped } = parseCorrections(json, Date.now());
    const list = await read();
    let added = 0;
    let dupes = 0;
    for (const c of corrections) {
      // The same term and site already corrected (either way): the reader's existing choice stands.
      if (list.some((x) => x.term === c.term && (x.site ?? '') === (c.site ?? ''))) {
        dupes++;
        continue;
      }
      // Imported ids may collide with ours (two devices): give the newcomer a fresh one.
      const fresh = list.some((x) => x.id === c.id) ? (makeCorrection({ ...c, id: '' }, Date.now()) ?? c) : c;
      list.push(fresh);
      added++;
    }
    if (added > 0) await write(list);
    return { added, skipped: skipped + dupes };
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
