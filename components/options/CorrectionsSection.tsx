/** The reader's corrections: list, remove with undo, export and import as JSON. */
import { useState } from 'preact/hooks';
import {
  type Correction,
  type ImportResult,
  MAX_CORRECTIONS,
  MAX_IMPORT_BYTES,
} from '../../lib/corrections-schema';
import { categoryLabel } from '../../lib/lexicon/categories';
import type { OptionsBridge } from './types';

function describe(c: Correction): string {
  const where = c.site ? `on ${c.site}` : 'everywhere';
  return c.kind === 'loaded'
    ? `marked as loaded (${categoryLabel(c.category ?? 'emotive')}) ${where}`
    : `not loaded ${where}`;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** What an import did, and why anything was left out. */
export function importSummary(r: ImportResult): string {
  const why: string[] = [];
  if (r.duplicates) why.push(`${count(r.duplicates, 'was', 'were')} already corrected (yours kept)`);
  if (r.full)
    why.push(
      `${count(r.full, 'did', 'did')} not fit: ${MAX_CORRECTIONS.toLocaleString('en')} is the most kept`,
    );
  if (r.invalid) why.push(`${count(r.invalid, 'was', 'were')} not a usable correction`);
  const head = `Imported ${count(r.added, 'correction', 'corrections')}.`;
  return why.length ? `${head} Not imported: ${why.join('; ')}.` : head;
}

/** Files above this size show a progress bar while they are read. */
const PROGRESS_FROM = 256 * 1024;

export function CorrectionsSection({
  corrections,
  bridge,
}: {
  corrections: Correction[];
  bridge: OptionsBridge;
}) {
  const [removed, setRemoved] = useState<Correction | null>(null);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<number | null>(null);

  const remove = async (c: Correction) => {
    const gone = await bridge.removeCorrection(c.id);
    setRemoved(gone ?? null);
    setStatus(gone ? `Removed the correction for “${gone.term}”.` : '');
  };
  const undo = async () => {
    if (!removed) return;
    await bridge.restoreCorrection(removed);
    setStatus(`Restored the correction for “${removed.term}”.`);
    setRemoved(null);
  };
  const exportAll = async () => {
    bridge.saveFile('slantwise-corrections.json', await bridge.exportCorrections());
    setStatus(`Exported ${corrections.length} ${corrections.length === 1 ? 'correction' : 'corrections'}.`);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setRemoved(null);
    try {
      // Refused before reading: a huge file would hold the page.
      if (file.size > MAX_IMPORT_BYTES) {
        setStatus(
          `This file is ${mb(file.size)}; a corrections file may be at most ${mb(MAX_IMPORT_BYTES)}. Nothing was imported.`,
        );
        return;
      }
      const large = file.size > PROGRESS_FROM;
      if (large) {
        setProgress(0);
        setStatus(`Importing ${file.name} (${mb(file.size)})…`);
      }
      const result = await bridge.importCorrections(
        await file.text(),
        large ? (done, total) => setProgress(total ? done / total : 1) : undefined,
      );
      setStatus(importSummary(result));
    } catch (err) {
      setStatus(err instanceof Error ? err.message : 'That file could not be imported.');
    } finally {
      setProgress(null);
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="sw-corrections">
      <h2 id="sw-corrections">Your corrections</h2>
      <p class="sw-hint">
        Made from the card that opens on a mark: “Not loaded here” on a loaded word’s card, “Mark a word as
        loaded…” on a sentence’s card. They change what is marked from then on.
      </p>
      <p class="sw-hint">
        Kept only in this browser’s storage, never sent anywhere: the word, where it applies and the date you
        made it. Up to {MAX_CORRECTIONS.toLocaleString('en')}; an import adds to yours and never replaces
        them. Remove them one by one below.
      </p>
      {progress !== null && (
        <progress class="sw-progress" max={1} value={progress} aria-label="Import progress" />
      )}
      <p role="status" class="sw-status">
        {status}{' '}
        {removed && (
          <button type="button" onClick={undo}>
            Undo
          </button>
        )}
      </p>
      {corrections.length === 0 ? (
        <p class="sw-empty">No corrections yet.</p>
      ) : (
        <ul class="sw-list" aria-label="Corrections">
          {corrections.map((c) => (
            <li key={c.id}>
              <span>
                <strong>“{c.term}”</strong> {describe(c)}{' '}
                <span class="sw-hint">({new Date(c.created).toLocaleDateString()})</span>
              </span>
              <button
                type="button"
                onClick={() => remove(c)}
                aria-label={`Remove the correction for ${c.term}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="sw-row">
        <button type="button" onClick={exportAll} disabled={corrections.length === 0}>
          Export as JSON
        </button>
        <label class="sw-file">
          Import from JSON{' '}
          <input
            type="file"
            name="import-corrections"
            accept="application/json,.json"
            onChange={(e) => importFile(e.currentTarget)}
          />
        </label>
      </div>
    </section>
  );
}
