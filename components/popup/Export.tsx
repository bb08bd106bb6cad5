import { useState } from 'preact/hooks';
import type { Report } from '../../lib/analysis/types';
import { exportFileName, toJson, toMarkdown } from '../../lib/export';
import type { PopupActions } from './types';

type Status =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'copy-failed'; text: string }
  | { kind: 'saved'; name: string };

/** Copy as Markdown (with a select-it-yourself fallback) and download as JSON; nothing leaves the device. */
export function Export({
  report,
  url,
  version,
  actions,
}: {
  report: Report;
  url?: string;
  version: string;
  actions: Pick<PopupActions, 'copyText' | 'saveFile'>;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copy = async () => {
    const text = toMarkdown(report, url);
    try {
      await actions.copyText(text);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'copy-failed', text });
    }
  };
  const download = () => {
    const name = exportFileName(report, 'json');
    actions.saveFile(name, toJson(report, url, version), 'application/json');
    setStatus({ kind: 'saved', name });
  };
  return (
    <section class="sw-section sw-export" aria-labelledby="sw-export">
      <h2 id="sw-export">Export</h2>
      <div class="sw-buttons">
        <button type="button" class="sw-button" onClick={copy}>
          Copy as Markdown
        </button>
        <button type="button" class="sw-button" onClick={download}>
          Download JSON
        </button>
      </div>
      <p class="sw-status" role="status" data-testid="export-status">
        {status.kind === 'copied' && 'Copied the report to the clipboard as Markdown.'}
        {status.kind === 'saved' && `Download started: ${status.name}`}
        {status.kind === 'copy-failed' && 'The browser blocked copying. Select the text below and copy it.'}
      </p>
      {status.kind === 'copy-failed' && (
        <textarea
          class="sw-fallback"
          aria-label="Report as Markdown"
          readOnly
          value={status.text}
          ref={(el) => el?.select()}
        />
      )}
    </section>
  );
}
