/**
 * The keyboard shortcuts: the in-page keys (settings, handled by the content script), each
 * changeable by pressing the new combination, and any browser-level commands, with where each
 * browser lets a reader change the latter.
 *
 * The key capture is a button: press it, then press the new keys. Escape cancels; Tab leaves
 * (and cancels) so keyboard users are never trapped; modifier keys alone are waited through.
 * A combination that cannot be used or that another action has is refused with the reason
 * (lib/shortcuts.ts), announced as an alert; a saved change is announced as a status.
 */
import { useState } from 'preact/hooks';
import type { SettingsPatch } from '../../lib/settings-schema';
import {
  comboFromEvent,
  DEFAULT_SHORTCUTS,
  SHORTCUT_ACTIONS,
  SHORTCUT_LABELS,
  type ShortcutAction,
  type Shortcuts,
  shortcutKeys,
  shortcutsProblem,
} from '../../lib/shortcuts';
import type { Shortcut } from './types';

const NAMES: Record<string, string> = {
  _execute_action: 'Open the Slantwise panel',
  _execute_browser_action: 'Open the Slantwise panel',
};

const MODIFIER_CODES = /^(Alt|Shift|Control|Meta|OS)(Left|Right)?$/;

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

const said = (shortcut: string) => shortcutKeys(shortcut).join('+');

function PageKeys({ keys, onChange }: { keys: Shortcuts; onChange(p: SettingsPatch): void }) {
  const [capturing, setCapturing] = useState<ShortcutAction | null>(null);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');

  const start = (action: ShortcutAction) => {
    setCapturing(action);
    setProblem('');
    setStatus(
      `Press the new keys for “${SHORTCUT_LABELS[action]}”: Alt+Shift with a letter or digit. Esc cancels.`,
    );
  };
  const cancel = (message = 'Unchanged.') => {
    setCapturing(null);
    setStatus(message);
  };
  const onKey = (action: ShortcutAction, e: KeyboardEvent) => {
    if (capturing !== action) return;
    const plain = !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
    if (e.key === 'Escape' && plain) {
      e.preventDefault();
      return cancel();
    }
    if (e.key === 'Tab' && plain) return cancel(); // let Tab move on
    if (MODIFIER_CODES.test(e.code)) return; // still holding modifiers: wait for the key
    e.preventDefault();
    e.stopPropagation();
    const combo = comboFromEvent(e);
    const next = { ...keys, [action]: combo };
    const why = shortcutsProblem(next);
    if (why) {
      setProblem(why);
      setStatus('');
      return; // still capturing: try another combination, or Esc
    }
    setProblem('');
    setCapturing(null);
    if (combo === keys[action]) return cancel(`“${SHORTCUT_LABELS[action]}” stays ${said(combo)}.`);
    onChange({ shortcuts: { [action]: combo } });
    setStatus(`“${SHORTCUT_LABELS[action]}” is now ${said(combo)}.`);
  };
  const isDefault = SHORTCUT_ACTIONS.every((a) => keys[a] === DEFAULT_SHORTCUTS[a]);

  return (
    <>
      <table class="sw-table" aria-label="Shortcuts on an article page">
        <caption>On an article page</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
            <th scope="col">
              <span class="sw-visually-hidden">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_ACTIONS.map((a) => (
            <tr key={a}>
              <td>
                <Keys keys={shortcutKeys(keys[a])} />
              </td>
              <td>{SHORTCUT_LABELS[a]}</td>
              <td>
                <button
                  type="button"
                  class="sw-capture"
                  aria-pressed={capturing === a}
                  aria-describedby={capturing === a && problem ? 'sw-key-problem' : undefined}
                  aria-label={
                    capturing === a
                      ? `Press the new keys for ${SHORTCUT_LABELS[a]}`
                      : `Change the keys for ${SHORTCUT_LABELS[a]}`
                  }
                  onClick={() => (capturing === a ? cancel() : start(a))}
                  onKeyDown={(e) => onKey(a, e)}
                  onBlur={() => capturing === a && setCapturing(null)}
                >
                  {capturing === a ? 'Press keys…' : 'Change'}
                </button>
              </td>
            </tr>
          ))}
          <tr>
            <td>
              <Keys keys={['Esc']} />
            </td>
            <td>Close the card</td>
            <td />
          </tr>
        </tbody>
      </table>
      <p>
        <button
          type="button"
          disabled={isDefault}
          onClick={() => {
            onChange({ shortcuts: { ...DEFAULT_SHORTCUTS } });
            setProblem('');
            setStatus('The keys are back to Alt+Shift+M, N and P.');
          }}
        >
          Reset keys to the defaults
        </button>
      </p>
      {problem && (
        <p id="sw-key-problem" role="alert" class="sw-error-text">
          {problem}
        </p>
      )}
      <p id="sw-key-status" role="status" class="sw-hint">
        {status}
      </p>
    </>
  );
}

export function ShortcutsSection({
  shortcuts,
  browser,
  keys,
  onChange,
}: {
  shortcuts: Shortcut[] | null;
  browser: 'chrome' | 'firefox';
  /** The in-page keys from the settings; null while they are read. */
  keys: Shortcuts | null;
  onChange(p: SettingsPatch): void;
}) {
  return (
    <section aria-labelledby="sw-shortcuts">
      <h2 id="sw-shortcuts">Keyboard shortcuts</h2>
      {keys && <PageKeys keys={keys} onChange={onChange} />}
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
