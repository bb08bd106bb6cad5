/**
 * The keyboard shortcuts: the fixed in-page keys (Alt+Shift+letter, handled by the content script)
 * and any browser-level commands, with where each browser lets a reader change the latter.
 */
import type { Shortcut } from './types';

/** Same keys as entrypoints/content/interact.ts SHORTCUTS (a test checks they agree). */
export const PAGE_SHORTCUTS: { keys: string[]; code?: string; action: string }[] = [
  { keys: ['Alt', 'Shift', 'M'], code: 'KeyM', action: 'Show or hide the marks' },
  { keys: ['Alt', 'Shift', 'N'], code: 'KeyN', action: 'Go to the next mark and open its card' },
  { keys: ['Alt', 'Shift', 'P'], code: 'KeyP', action: 'Go to the previous mark' },
  { keys: ['Esc'], action: 'Close the card' },
];

const NAMES: Record<string, string> = {
  _execute_action: 'Open the Slantwise panel',
  _execute_browser_action: 'Open the Slantwise panel',
};

function Keys({ keys }: { keys: string[] }) {
  return (
    <>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && '+'}
          <kbd>{k}</kbd>
        </span>
      ))}
    </>
  );
}

export function ShortcutsSection({
  shortcuts,
  browser,
}: {
  shortcuts: Shortcut[] | null;
  browser: 'chrome' | 'firefox';
}) {
  return (
    <section aria-labelledby="sw-shortcuts">
      <h2 id="sw-shortcuts">Keyboard shortcuts</h2>
      <table class="sw-table" aria-label="Shortcuts on an article page">
        <caption>On an article page (fixed)</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {PAGE_SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                <Keys keys={s.keys} />
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shortcuts === null ? (
        <p aria-busy="true">Reading browser shortcuts…</p>
      ) : (
        shortcuts.length > 0 && (
          <table class="sw-table" aria-label="Browser shortcuts">
            <caption>In the browser</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.map((s) => (
                <tr key={s.name}>
                  <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="sw-hint">not set</span>}</td>
                  <td>{s.description || NAMES[s.name] || s.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
      {browser === 'chrome' ? (
        <p class="sw-hint">
          To set a browser shortcut that opens the Slantwise panel, open{' '}
          <code>chrome://extensions/shortcuts</code> in the address bar (extensions may not link there).
        </p>
      ) : (
        <p class="sw-hint">
          To set browser shortcuts, open <code>about:addons</code>, click the gear button and choose “Manage
          Extension Shortcuts”.
        </p>
      )}
    </section>
  );
}
