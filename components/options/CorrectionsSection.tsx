/** The reader's corrections: list, remove with undo, export and import as JSON. */
import { useState } from 'preact/hooks';
import type { Correction } from '../../lib/corrections-schema';
import { CATEGORY_LABELS } from '../../lib/page/marks';
import type { OptionsBridge } from './types';

function describe(c: Correction): string {
  const where = c.site ? `on ${c.site}` : 'everywhere';
  return c.kind === 'loaded'
    ? `marked as loaded (${CATEGORY_LABELS[c.category ?? 'emotive']}) ${where}`
    : `not loaded ${where}`;
}

export function CorrectionsSection({
  corrections,
  bridge,
}: {
  corrections: Correction[];
  bridge: OptionsBridge;
}) {
  const [removed, setRemoved] = useState<Correction | null>(null);
  const [status, setStatus] = useState('');

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
    try {
      const { added, skipped } = await bridge.importCorrections(await file.text());
      setStatus(`Imported ${added} ${added === 1 ? 'correction' : 'corrections'}; skipped ${skipped}.`);
    } catch (err) {
      setStatus(err instanceof Error ? err.message : 'That file could not be imported.');
    }
    setRemoved(null);
    input.value = '';
  };

  return (
    <section aria-labelledby="sw-corrections">
      <h2 id="sw-corrections">Your corrections</h2>
      <p class="sw-hint">
        Made from the card that opens on a mark: “Not loaded here” on a loaded word’s card, “Mark a word as
        loaded…” on a sentence’s card. They change what is marked from then on.
      </p>
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
