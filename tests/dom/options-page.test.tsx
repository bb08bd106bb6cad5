import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importSummary } from '../../components/options/CorrectionsSection';
import { Options } from '../../components/options/Options';
import type { OptionsBridge } from '../../components/options/types';
import * as corrections from '../../lib/corrections';
import * as profiles from '../../lib/profiles';
import * as settings from '../../lib/settings';
import { entity, makeReport } from '../unit/options-fixtures';

/** The real storage APIs over fakeBrowser: what the page shows is what storage holds. */
function makeBridge(
  over: Partial<OptionsBridge> = {},
): OptionsBridge & { files: { name: string; text: string }[] } {
  const files: { name: string; text: string }[] = [];
  return {
    browser: 'chrome',
    loadSettings: settings.loadSettings,
    saveSettings: settings.saveSettings,
    watchSettings: settings.watchSettings,
    listCorrections: corrections.listCorrections,
    removeCorrection: corrections.removeCorrection,
    restoreCorrection: corrections.restoreCorrection,
    exportCorrections: corrections.exportCorrections,
    importCorrections: corrections.importCorrections,
    watchCorrections: corrections.watchCorrections,
    listProfiles: profiles.listProfiles,
    clearProfile: profiles.clearProfile,
    clearAllProfiles: profiles.clearAllProfiles,
    watchProfiles: profiles.watchProfiles,
    shortcuts: async () => [
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+S' },
      { name: 'toggle-marks', description: 'Show or hide the marks', shortcut: '' },
    ],
    saveFile: (name, text) => files.push({ name, text }),
    files,
    ...over,
  };
}

const article = makeReport(
  [
    { block: 0, text: 'The inept regime failed again.', opinion: 0.9, label: 'opinion' },
    { block: 0, text: 'Officials met on Monday.', opinion: 0.1, label: 'fact' },
  ],
  [{ sentence: 0, text: 'inept', category: 'pejorative' }],
  { url: 'https://post.com/a', words: 400, entities: [entity('Azerbaijan', -0.5, 2)] },
);

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('options page', () => {
  it('shows the defaults and saves each change to storage', async () => {
    render(<Options bridge={makeBridge()} />);
    const balanced = await screen.findByRole('radio', { name: /Balanced/ });
    expect((balanced as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Only clear cases/ }));
    await waitFor(async () => expect((await settings.loadSettings()).sensitivity).toBe('low'));

    const hedge = screen.getByRole('checkbox', { name: 'hedge or weasel word' }) as HTMLInputElement;
    expect(hedge.checked).toBe(true);
    fireEvent.click(hedge);
    await waitFor(async () => expect((await settings.loadSettings()).categories.hedge).toBe(false));
    expect(hedge.checked).toBe(false);
    // the sibling categories are untouched
    expect((await settings.loadSettings()).categories.praise).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Opinion it reports from a source' }));
    fireEvent.click(screen.getByRole('radio', { name: /High contrast/ }));
    await waitFor(async () => {
      const s = await settings.loadSettings();
      expect([s.sentences.reported, s.colourScheme]).toEqual([false, 'high-contrast']);
    });
  });

  it('follows changes made elsewhere (another options tab, the popup)', async () => {
    render(<Options bridge={makeBridge()} />);
    const auto = (await screen.findByRole('checkbox', {
      name: 'Mark articles as soon as they open',
    })) as HTMLInputElement;
    expect(auto.checked).toBe(true);
    await settings.saveSettings({ autoMark: false });
    await waitFor(() => expect(auto.checked).toBe(false));
  });

  it('adds and removes site rules, and refuses what is not a site', async () => {
    render(<Options bridge={makeBridge()} />);
    const site = (await screen.findByRole('textbox', { name: /Site/ })) as HTMLInputElement;
    fireEvent.input(site, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Type a site such as example.com');

    fireEvent.input(site, { target: { value: 'https://www.Post.com/world/x' } });
    fireEvent.change(screen.getByRole('combobox', { name: /Rule/ }), { target: { value: 'always-on' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await waitFor(async () =>
      expect((await settings.loadSettings()).sites).toEqual({ 'post.com': 'always-on' }),
    );
    const rules = await screen.findByRole('list', { name: 'Site rules' });
    expect(rules.textContent).toContain('post.com: always mark');
    expect(site.value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for post.com' }));
    await waitFor(async () => expect((await settings.loadSettings()).sites).toEqual({}));
    expect(await screen.findByText('No site rules.')).toBeTruthy();
  });

  it('lists the in-page keys and the browser shortcuts, and says where each browser changes them', async () => {
    const { unmount } = render(<Options bridge={makeBridge()} />);
    const page = await screen.findByRole('table', { name: 'Shortcuts on an article page' });
    expect(
      within(page)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'KeysActionChange',
      'Alt+Shift+MShow or hide the marksChange',
      'Alt+Shift+NGo to the next mark and open its cardChange',
      'Alt+Shift+PGo to the previous markChange',
      'EscClose the card',
    ]);
    const browserTable = await screen.findByRole('table', { name: 'Browser shortcuts' });
    expect(
      within(browserTable)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['KeysAction', 'Alt+Shift+SOpen the Slantwise panel', 'not setShow or hide the marks']);
    expect(screen.getByText('chrome://extensions/shortcuts')).toBeTruthy();
    unmount();
    render(<Options bridge={makeBridge({ browser: 'firefox', shortcuts: async () => [] })} />);
    expect(await screen.findByText('about:addons')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Reading browser shortcuts…')).toBeNull());
    expect(screen.queryByRole('table', { name: 'Browser shortcuts' })).toBeNull();
  });

  it('changes an in-page key by pressing it, refuses unusable keys and clashes, cancels and resets', async () => {
    render(<Options bridge={makeBridge()} />);
    const change = await screen.findByRole('button', {
      name: 'Change the keys for Go to the next mark and open its card',
    });
    const status = () => document.getElementById('sw-key-status')!.textContent;
    const alert = () => screen.queryByRole('alert')?.textContent ?? '';
    const press = (code: string, mods: KeyboardEventInit = { altKey: true, shiftKey: true }) =>
      fireEvent.keyDown(document.activeElement!, { code, key: code.slice(-1), ...mods });

    change.focus();
    fireEvent.click(change);
    expect(change.getAttribute('aria-pressed')).toBe('true');
    expect(change.getAttribute('aria-label')).toBe(
      'Press the new keys for Go to the next mark and open its card',
    );
    expect(status()).toBe(
      'Press the new keys for “Go to the next mark and open its card”: Alt+Shift with a letter or digit. Esc cancels.',
    );
    // Modifiers alone are waited through; an unusable key and a clash are refused with the reason.
    fireEvent.keyDown(change, { code: 'AltLeft', key: 'Alt', altKey: true });
    expect(alert()).toBe('');
    press('KeyJ', { ctrlKey: true, shiftKey: true });
    expect(alert()).toBe(
      'Ctrl+Shift+J belongs to the browser or the system. Use Alt+Shift with a letter or digit.',
    );
    expect(change.getAttribute('aria-describedby')).toBe('sw-key-problem');
    press('KeyM');
    expect(alert()).toBe('Alt+Shift+M is already “Show or hide the marks”. Each action needs its own keys.');
    expect((await settings.loadSettings()).shortcuts.next).toBe('Alt+Shift+KeyN');
    // A usable, free combination is saved and shown.
    press('KeyJ');
    await waitFor(async () => expect((await settings.loadSettings()).shortcuts.next).toBe('Alt+Shift+KeyJ'));
    expect(alert()).toBe('');
    expect(status()).toBe('“Go to the next mark and open its card” is now Alt+Shift+J.');
    expect(change.getAttribute('aria-pressed')).toBe('false');
    const table = screen.getByRole('table', { name: 'Shortcuts on an article page' });
    await waitFor(() =>
      expect(within(table).getAllByRole('row')[2]!.textContent).toBe(
        'Alt+Shift+JGo to the next mark and open its cardChange',
      ),
    );

    // Escape cancels and keeps the key.
    const toggle = screen.getByRole('button', { name: 'Change the keys for Show or hide the marks' });
    toggle.focus();
    fireEvent.click(toggle);
    fireEvent.keyDown(toggle, { key: 'Escape', code: 'Escape' });
    expect(status()).toBe('Unchanged.');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    press('KeyK'); // not capturing any more: nothing happens
    expect((await settings.loadSettings()).shortcuts.toggle).toBe('Alt+Shift+KeyM');

    // Reset: back to the defaults, and the button is disabled again.
    const reset = screen.getByRole('button', { name: 'Reset keys to the defaults' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(false);
    fireEvent.click(reset);
    await waitFor(async () =>
      expect((await settings.loadSettings()).shortcuts).toEqual({
        next: 'Alt+Shift+KeyN',
        previous: 'Alt+Shift+KeyP',
        toggle: 'Alt+Shift+KeyM',
      }),
    );
    await waitFor(() => expect(reset.disabled).toBe(true));
    expect(status()).toBe('The keys are back to Alt+Shift+M, N and P.');
  });

  it('lists corrections, removes with undo, exports and imports JSON', async () => {
    await corrections.addCorrection({ kind: 'not-loaded', term: 'regime', site: 'post.com' });
    const bridge = makeBridge();
    render(<Options bridge={bridge} />);
    const list = await screen.findByRole('list', { name: 'Corrections' });
    expect(list.textContent).toContain('“regime” not loaded on post.com');

    fireEvent.click(screen.getByRole('button', { name: 'Remove the correction for regime' }));
    await screen.findByText('No corrections yet.');
    expect(await corrections.listCorrections()).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByRole('list', { name: 'Corrections' });
    expect((await corrections.listCorrections()).map((c) => c.term)).toEqual(['regime']);

    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await waitFor(() => expect(bridge.files).toHaveLength(1));
    expect(bridge.files[0]!.name).toBe('slantwise-corrections.json');
    expect(JSON.parse(bridge.files[0]!.text).corrections.map((c: { term: string }) => c.term)).toEqual([
      'regime',
    ]);

    const input = screen.getByLabelText(/Import from JSON/) as HTMLInputElement;
    const file = new File(
      ['[{"kind":"loaded","term":"thug","category":"pejorative"},{"kind":"?"}]'],
      'c.json',
      {
        type: 'application/json',
      },
    );
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await screen.findByText('Imported 1 correction. Not imported: 1 was not a usable correction.');
    expect((await corrections.listCorrections()).map((c) => c.term).sort()).toEqual(['regime', 'thug']);
    expect(screen.getByRole('list', { name: 'Corrections' }).textContent).toContain(
      '“thug” marked as loaded (pejorative label) everywhere',
    );

    Object.defineProperty(input, 'files', { value: [new File(['{oops'], 'bad.json')], configurable: true });
    fireEvent.change(input);
    await screen.findByText('This file is not JSON.');
  });

  it('shows outlet profiles and clears one, then all after confirming', async () => {
    await profiles.recordArticle('post.com', article, Date.UTC(2026, 10, 1));
    await profiles.recordArticle(
      'other.org',
      { ...article, meta: { url: 'https://other.org/b' } },
      Date.UTC(2026, 10, 2),
    );
    render(<Options bridge={makeBridge()} />);
    const card = await screen.findByRole('article', { name: 'Profile of post.com' });
    const fact = (name: string) => card.querySelector(`[data-fact="${name}"]`)?.textContent;
    expect(fact('articles')).toBe('1');
    expect(fact('opinion')).toBe('50% of sentences');
    expect(fact('loaded')).toBe('2.5 per 1,000 words');
    expect(fact('negative')).toBe('Azerbaijan (-0.50, 2 mentions)');
    expect(fact('positive')).toBe('no one yet');
    expect(fact('terms')).toBe('inept ×1');

    fireEvent.click(screen.getByRole('button', { name: 'Clear the profile of post.com' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Profile of post.com' })).toBeNull());
    expect(await profiles.getProfile('post.com')).toBeNull();
    expect(screen.getByRole('article', { name: 'Profile of other.org' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear all profiles' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(await profiles.listProfiles()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Clear all profiles' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear all' }));
    await screen.findByText('No profiles yet.');
    expect(await profiles.listProfiles()).toEqual([]);
    expect(await screen.findByText('Cleared 1 profile.')).toBeTruthy();
  });

  it('says so when settings cannot be read', async () => {
    render(<Options bridge={makeBridge({ loadSettings: () => Promise.reject(new Error('x')) })} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Settings could not be read.');
  });

  describe('importing corrections', () => {
    afterEach(() => vi.restoreAllMocks());
    const choose = (file: File) => {
      const input = screen.getByLabelText(/Import from JSON/) as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
    };

    it('says what was left out and why, and keeps every existing entry', async () => {
      await corrections.addCorrection({ kind: 'loaded', term: 'thug' });
      await corrections.addCorrection({ kind: 'not-loaded', term: 'regime', site: 'post.com' });
      render(<Options bridge={makeBridge()} />);
      await screen.findByRole('list', { name: 'Corrections' });
      const entries = [
        { kind: 'loaded', term: 'thug' },
        { kind: 'loaded', term: 'crook' },
        { kind: 'loaded', term: '' },
      ];
      choose(new File([JSON.stringify(entries)], 'mixed.json'));
      await screen.findByText(
        'Imported 1 correction. Not imported: 1 was already corrected (yours kept); 1 was not a usable correction.',
      );
      const terms = (await corrections.listCorrections()).map((c) => c.term).sort();
      expect(terms).toEqual(['crook', 'regime', 'thug']);
      // When the list is full, the count that did not fit and why.
      expect(importSummary({ added: 0, skipped: 3, duplicates: 0, full: 3, invalid: 0 })).toBe(
        'Imported 0 corrections. Not imported: 3 did not fit: 5,000 is the most kept.',
      );
    });

    it('refuses a file over the size limit before reading it', async () => {
      render(<Options bridge={makeBridge()} />);
      await screen.findByText('No corrections yet.');
      const file = new File(['[]'], 'huge.json');
      Object.defineProperty(file, 'size', { value: 9 * 1024 * 1024 });
      const text = vi.spyOn(file, 'text');
      choose(file);
      await screen.findByText(
        'This file is 9 MB; a corrections file may be at most 4 MB. Nothing was imported.',
      );
      expect(text).not.toHaveBeenCalled();
    });

    it('shows progress while a large file is imported', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      const importCorrections: OptionsBridge['importCorrections'] = async (json, onProgress) => {
        onProgress?.(5000, 10_000);
        await gate;
        onProgress?.(10_000, 10_000);
        // The storage side (progress steps, the limit) is tested in tests/unit/corrections.test.ts.
        return { added: 5000, skipped: json.length > 0 ? 5000 : 0, duplicates: 0, full: 5000, invalid: 0 };
      };
      render(<Options bridge={makeBridge({ importCorrections })} />);
      await screen.findByText('No corrections yet.');
      const json = JSON.stringify(
        Array.from({ length: 10_000 }, (_, i) => ({ kind: 'loaded', term: `w${i}` })),
      );
      choose(new File([json], 'large.json'));
      const bar = (await screen.findByRole('progressbar', {
        name: 'Import progress',
      })) as HTMLProgressElement;
      await waitFor(() => expect(bar.value).toBe(0.5));
      const section = screen.getByRole('heading', { name: 'Your corrections' }).closest('section')!;
      expect(within(section).getByRole('status').textContent).toMatch(/^Importing large\.json \(0\.\d MB\)…/);
      release();
      await screen.findByText(/^Imported 5,000 corrections\./, {}, { timeout: 5000 });
      expect(screen.queryByRole('progressbar')).toBeNull();
    });

    it('a full storage is a plain message and nothing is written', async () => {
      await corrections.addCorrection({ kind: 'loaded', term: 'thug' });
      render(<Options bridge={makeBridge()} />);
      await screen.findByRole('list', { name: 'Corrections' });
      vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
      choose(new File(['[{"kind":"loaded","term":"crook"}]'], 'c.json'));
      await screen.findByText(corrections.QUOTA_MESSAGE);
      vi.restoreAllMocks();
      expect((await corrections.listCorrections()).map((c) => c.term)).toEqual(['thug']);
    });

    it('says what is stored and where', async () => {
      render(<Options bridge={makeBridge()} />);
      const section = (await screen.findByRole('heading', { name: 'Your corrections' })).closest('section')!;
      expect(section.textContent).toContain('Kept only in this browser’s storage, never sent anywhere');
      const profilesSection = screen.getByRole('heading', { name: 'Outlet profiles' }).closest('section')!;
      expect(profilesSection.textContent).toContain(
        'Never the articles’ text, their addresses or when you read them. Clear one site or all of them below',
      );
    });
  });
});
