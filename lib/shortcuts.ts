/**
 * The in-page keyboard shortcuts as settings: their stored form, which combinations a reader may
 * choose, and matching a key event against them. Pure (no DOM, no browser API).
 *
 * A shortcut is stored as a string "Alt+Shift+KeyN": modifiers in a fixed order, then the
 * KeyboardEvent `code`. `code`, not `key`, because Alt changes the produced character on some
 * layouts (macOS Option), and a physical key is what the reader pressed when choosing it.
 *
 * Only Alt+Shift with a letter or digit is accepted:
 * - without a modifier, or with Shift alone, the keys are typing;
 * - Alt alone with a letter opens the browser's menus on Windows and Linux (Alt+F, Alt+E);
 * - Ctrl and Cmd/Windows combinations belong to the browser and the system (many cannot even be
 *   seen by a page: Ctrl+T, Ctrl+W), and Ctrl+Alt is AltGr on Windows, which types characters;
 * - Alt+Shift+letter is free in page content in Chrome and Firefox, except the few Chrome uses
 *   itself (RESERVED). Firefox gives Alt+Shift+letter to a page's own accesskeys; we take the key
 *   only when it is one of ours.
 *
 * API (stable):
 *   type ShortcutAction = 'next' | 'previous' | 'toggle'; type Shortcuts = Record<ShortcutAction, string>
 *   SHORTCUT_ACTIONS, DEFAULT_SHORTCUTS, SHORTCUT_LABELS
 *   comboFromEvent(e): string                    the event as a shortcut string (may be unusable)
 *   normaliseShortcut(value): string | null       a usable shortcut in stored form, or null
 *   shortcutProblem(shortcut): string | null     why it cannot be used, in plain words; null if fine
 *   shortcutsProblem(shortcuts): string | null   the first problem of a set (unusable key or clash)
 *   matchesShortcut(e, shortcut): boolean        exact modifiers, same `code`
 *   shortcutKeys(shortcut): string[]             for display: ['Alt', 'Shift', 'N']
 */

export type ShortcutAction = 'next' | 'previous' | 'toggle';
export type Shortcuts = Record<ShortcutAction, string>;

/** Display order (as the options page and the legend list them). */
export const SHORTCUT_ACTIONS: readonly ShortcutAction[] = ['toggle', 'next', 'previous'];

export const DEFAULT_SHORTCUTS: Shortcuts = Object.freeze({
  next: 'Alt+Shift+KeyN',
  previous: 'Alt+Shift+KeyP',
  toggle: 'Alt+Shift+KeyM',
});

export const SHORTCUT_LABELS: Record<ShortcutAction, string> = {
  toggle: 'Show or hide the marks',
  next: 'Go to the next mark and open its card',
  previous: 'Go to the previous mark',
};

/** Alt+Shift combinations a browser keeps for itself in page content. */
const RESERVED: Record<string, string> = {
  KeyI: 'Chrome opens its feedback form with Alt+Shift+I',
  KeyT: 'Chrome moves focus to its toolbar with Alt+Shift+T',
};

export interface KeyLike {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Meta'] as const;
type Modifier = (typeof MODIFIERS)[number];

interface Combo {
  mods: Set<Modifier>;
  code: string;
}

function parse(shortcut: string): Combo | null {
  const parts = shortcut.split('+');
  const code = parts.pop();
  if (!code || parts.some((p) => !(MODIFIERS as readonly string[]).includes(p))) return null;
  return { mods: new Set(parts as Modifier[]), code };
}

/** The pressed combination in the stored form; modifier keys pressed alone give just the modifiers. */
export function comboFromEvent(e: KeyLike): string {
  const mods: Modifier[] = [];
  if (e.ctrlKey) mods.push('Ctrl');
  if (e.altKey) mods.push('Alt');
  if (e.shiftKey) mods.push('Shift');
  if (e.metaKey) mods.push('Meta');
  return [...mods, e.code].join('+');
}

/** "KeyN" -> "N", "Digit4" -> "4", anything else as it is. */
function keyName(code: string): string {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  return code;
}

/** A usable shortcut in the stored (canonical) modifier order, or null when it cannot be used. */
export function normaliseShortcut(shortcut: unknown): string | null {
  if (typeof shortcut !== 'string') return null;
  const c = parse(shortcut);
  if (!c) return null;
  const canonical = [...MODIFIERS.filter((m) => c.mods.has(m)), c.code].join('+');
  return shortcutProblem(canonical) ? null : canonical;
}

export function shortcutKeys(shortcut: string): string[] {
  const c = parse(shortcut);
  if (!c) return [shortcut];
  const mods = MODIFIERS.filter((m) => c.mods.has(m));
  return [...mods, keyName(c.code)];
}

export function shortcutProblem(shortcut: string): string | null {
  const c = parse(shortcut);
  const shown = shortcutKeys(shortcut).join('+');
  if (!c) return `“${shortcut}” is not a key combination.`;
  if (c.mods.has('Ctrl') || c.mods.has('Meta')) {
    return `${shown} belongs to the browser or the system. Use Alt+Shift with a letter or digit.`;
  }
  if (!c.mods.has('Alt') || !c.mods.has('Shift')) {
    return `${shown} would clash with typing or the browser’s menus. Hold Alt and Shift (Option and Shift on a Mac) with a letter or digit.`;
  }
  if (!/^(Key[A-Z]|Digit[0-9])$/.test(c.code)) {
    return `${shown} cannot be used. Use Alt+Shift with a letter or digit.`;
  }
  const reserved = RESERVED[c.code];
  if (reserved) return `${reserved}. Choose another letter.`;
  return null;
}

export function shortcutsProblem(shortcuts: Shortcuts): string | null {
  const seen = new Map<string, ShortcutAction>();
  for (const action of SHORTCUT_ACTIONS) {
    const s = shortcuts[action];
    const problem = shortcutProblem(s);
    if (problem) return problem;
    const other = seen.get(s);
    if (other) {
      return `${shortcutKeys(s).join('+')} is already “${SHORTCUT_LABELS[other]}”. Each action needs its own keys.`;
    }
    seen.set(s, action);
  }
  return null;
}

export function matchesShortcut(e: KeyLike, shortcut: string): boolean {
  return comboFromEvent(e) === shortcut;
}
