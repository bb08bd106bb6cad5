/** The keyboard shortcuts as the browser reports them, and where each browser lets you change them. */
import type { Shortcut } from './types';

const NAMES: Record<string, string> = { _execute_action: 'Open the Slantwise panel' };

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
      {shortcuts === null ? (
        <p aria-busy="true">Reading shortcuts…</p>
      ) : shortcuts.length === 0 ? (
        <p class="sw-empty">This build defines no shortcuts.</p>
      ) : (
        <table class="sw-table">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Shortcut</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name}>
                <td>{s.description || NAMES[s.name] || s.name}</td>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="sw-hint">not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {browser === 'chrome' ? (
        <p class="sw-hint">
          To change them, open <code>chrome://extensions/shortcuts</code> in the address bar (extensions may
          not link there).
        </p>
      ) : (
        <p class="sw-hint">
          To change them, open <code>about:addons</code>, click the gear button and choose “Manage Extension
          Shortcuts”.
        </p>
      )}
    </section>
  );
}
