/** The in-page shortcuts as settings: what a reader may choose, why not, and matching events. */
import { describe, expect, it } from 'vitest';
import {
  comboFromEvent,
  DEFAULT_SHORTCUTS,
  matchesShortcut,
  normaliseShortcut,
  shortcutKeys,
  shortcutProblem,
  shortcutsProblem,
} from '../../lib/shortcuts';

const ev = (code: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean; meta?: boolean } = {}) => ({
  code,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
});

describe('shortcuts', () => {
  it('reads a key event in the stored form, modifiers in a fixed order', () => {
    expect(comboFromEvent(ev('KeyN', { alt: true, shift: true }))).toBe('Alt+Shift+KeyN');
    expect(comboFromEvent(ev('Digit4', { meta: true, shift: true, ctrl: true }))).toBe(
      'Ctrl+Shift+Meta+Digit4',
    );
    expect(comboFromEvent(ev('KeyA'))).toBe('KeyA');
  });

  it('matches on code with exactly the stored modifiers', () => {
    expect(matchesShortcut(ev('KeyN', { alt: true, shift: true }), 'Alt+Shift+KeyN')).toBe(true);
    expect(matchesShortcut(ev('KeyN', { alt: true, shift: true, ctrl: true }), 'Alt+Shift+KeyN')).toBe(false);
    expect(matchesShortcut(ev('KeyN', { alt: true }), 'Alt+Shift+KeyN')).toBe(false);
    expect(matchesShortcut(ev('KeyB', { alt: true, shift: true }), 'Alt+Shift+KeyN')).toBe(false);
  });

  it('shows keys as a reader reads them', () => {
    expect(shortcutKeys('Alt+Shift+KeyN')).toEqual(['Alt', 'Shift', 'N']);
    expect(shortcutKeys('Alt+Shift+Digit0')).toEqual(['Alt', 'Shift', '0']);
  });

  it('accepts Alt+Shift with a letter or digit, and says why anything else is refused', () => {
    expect(shortcutProblem('Alt+Shift+KeyJ')).toBeNull();
    expect(shortcutProblem('Alt+Shift+Digit9')).toBeNull();
    expect(shortcutProblem('KeyJ')).toBe(
      'J would clash with typing or the browser’s menus. Hold Alt and Shift (Option and Shift on a Mac) with a letter or digit.',
    );
    expect(shortcutProblem('Alt+KeyF')).toBe(
      'Alt+F would clash with typing or the browser’s menus. Hold Alt and Shift (Option and Shift on a Mac) with a letter or digit.',
    );
    expect(shortcutProblem('Ctrl+Shift+KeyJ')).toBe(
      'Ctrl+Shift+J belongs to the browser or the system. Use Alt+Shift with a letter or digit.',
    );
    expect(shortcutProblem('Alt+Shift+Meta+KeyJ')).toBe(
      'Alt+Shift+Meta+J belongs to the browser or the system. Use Alt+Shift with a letter or digit.',
    );
    expect(shortcutProblem('Alt+Shift+Space')).toBe(
      'Alt+Shift+Space cannot be used. Use Alt+Shift with a letter or digit.',
    );
    expect(shortcutProblem('Alt+Shift+KeyI')).toBe(
      'Chrome opens its feedback form with Alt+Shift+I. Choose another letter.',
    );
    expect(shortcutProblem('Hyper+KeyJ')).toBe('“Hyper+KeyJ” is not a key combination.');
  });

  it('normalises the modifier order and refuses what cannot be used', () => {
    expect(normaliseShortcut('Shift+Alt+KeyJ')).toBe('Alt+Shift+KeyJ');
    expect(normaliseShortcut('Alt+Shift+KeyT')).toBeNull();
    expect(normaliseShortcut(7)).toBeNull();
  });

  it('refuses a set where two actions share keys, naming the action that has them', () => {
    expect(shortcutsProblem(DEFAULT_SHORTCUTS)).toBeNull();
    expect(shortcutsProblem({ ...DEFAULT_SHORTCUTS, next: 'Alt+Shift+KeyM' })).toBe(
      'Alt+Shift+M is already “Show or hide the marks”. Each action needs its own keys.',
    );
    expect(shortcutsProblem({ ...DEFAULT_SHORTCUTS, previous: 'Alt+KeyP' })).toBe(
      'Alt+P would clash with typing or the browser’s menus. Hold Alt and Shift (Option and Shift on a Mac) with a letter or digit.',
    );
  });
});
