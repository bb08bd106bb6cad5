import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  autoMarkFor,
  DEFAULT_SETTINGS,
  LOADED_CATEGORIES,
  loadSettings,
  mergeSettings,
  migrateSettings,
  normaliseSite,
  opinionThreshold,
  resetSettings,
  SETTINGS_KEY,
  type Settings,
  saveSettings,
  watchSettings,
} from '../../lib/settings';

const allOn = Object.fromEntries(LOADED_CATEGORIES.map((c) => [c, true]));
const defaultKeys = { next: 'Alt+Shift+KeyN', previous: 'Alt+Shift+KeyP', toggle: 'Alt+Shift+KeyM' };

describe('settings schema', () => {
  it('has a complete default', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: 3,
      sensitivity: 'medium',
      sentences: { opinion: true, reported: true },
      categories: allOn,
      colourScheme: 'default',
      autoMark: true,
      sites: {},
      shortcuts: defaultKeys,
    });
  });

  it('migrates the version 1 shape', () => {
    const v1 = {
      version: 1,
      threshold: 0.8,
      hidden: ['hedge', 'saying-verb', 'not-a-category'],
      scheme: 'contrast',
      auto: false,
      disabledSites: ['www.Example.com', 'both.org'],
      enabledSites: ['news.site.net', 'both.org'],
    };
    expect(migrateSettings(v1)).toEqual({
      version: 3,
      sensitivity: 'low',
      sentences: { opinion: true, reported: true },
      categories: { ...allOn, hedge: false, 'saying-verb': false },
      colourScheme: 'high-contrast',
      autoMark: false,
      sites: { 'example.com': 'always-off', 'both.org': 'always-off', 'news.site.net': 'always-on' },
      shortcuts: defaultKeys,
    });
  });

  it('migrates the version 2 shape: everything kept, the keys as they were fixed then', () => {
    const v2 = {
      version: 2,
      sensitivity: 'high',
      sentences: { opinion: false, reported: true },
      categories: { ...allOn, praise: false },
      colourScheme: 'mono',
      autoMark: false,
      sites: { 'post.com': 'always-on' },
    };
    expect(migrateSettings(v2)).toEqual({ ...v2, version: 3, shortcuts: defaultKeys });
  });

  it('keeps usable keys (in canonical modifier order) and refuses unusable ones and clashes', () => {
    const keys = (shortcuts: unknown) => migrateSettings({ version: 3, shortcuts }).shortcuts;
    expect(keys({ next: 'Shift+Alt+KeyJ', previous: 'Alt+Shift+Digit7' })).toEqual({
      ...defaultKeys,
      next: 'Alt+Shift+KeyJ',
      previous: 'Alt+Shift+Digit7',
    });
    // One unusable key falls back alone; the rest is kept.
    expect(keys({ next: 'KeyJ', previous: 'Alt+Shift+KeyK', toggle: 'Ctrl+Alt+Shift+KeyL' })).toEqual({
      ...defaultKeys,
      previous: 'Alt+Shift+KeyK',
    });
    expect(keys({ next: 'Alt+Shift+Tab', toggle: 'Alt+Shift+KeyI', previous: 42 })).toEqual(defaultKeys);
    // A clash is not half-kept: the whole set falls back.
    expect(keys({ next: 'Alt+Shift+KeyJ', previous: 'Alt+Shift+KeyJ' })).toEqual(defaultKeys);
    expect(keys({ next: 'Alt+Shift+KeyM' })).toEqual(defaultKeys);
  });

  it('merges a key change over the current keys; a clash keeps the current keys', () => {
    const s = mergeSettings(DEFAULT_SETTINGS, { shortcuts: { next: 'Alt+Shift+KeyJ' } });
    expect(s.shortcuts).toEqual({ ...defaultKeys, next: 'Alt+Shift+KeyJ' });
    expect(mergeSettings(s, { shortcuts: { toggle: 'Alt+Shift+KeyJ' } }).shortcuts).toEqual(s.shortcuts);
    expect(mergeSettings(s, { shortcuts: { toggle: 'KeyQ' } }).shortcuts).toEqual(s.shortcuts);
    // Swapping two keys in one patch is fine.
    expect(
      mergeSettings(s, { shortcuts: { next: 'Alt+Shift+KeyP', previous: 'Alt+Shift+KeyJ' } }).shortcuts,
    ).toEqual({ next: 'Alt+Shift+KeyP', previous: 'Alt+Shift+KeyJ', toggle: 'Alt+Shift+KeyM' });
  });

  it('treats an unversioned object as version 1 and maps thresholds to sensitivity', () => {
    expect(migrateSettings({ threshold: 0.4 }).sensitivity).toBe('high');
    expect(migrateSettings({ threshold: 0.6 }).sensitivity).toBe('medium');
    expect(migrateSettings({ threshold: 0.9, scheme: 'mono' })).toMatchObject({
      sensitivity: 'low',
      colourScheme: 'mono',
      autoMark: true,
    });
  });

  it('falls back field by field on junk', () => {
    expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    const s = migrateSettings({
      version: 2,
      sensitivity: 'extreme',
      sentences: { opinion: 'yes', reported: false },
      categories: { praise: false, pejorative: 1 },
      colourScheme: 'neon',
      autoMark: 0,
      sites: { 'ok.com': 'always-on', 'bad.com': 'sometimes', 'http://': 'always-off' },
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      sentences: { opinion: true, reported: false },
      categories: { ...allOn, praise: false },
      sites: { 'ok.com': 'always-on' },
    });
  });

  it('merges nested patches without dropping siblings', () => {
    const s = mergeSettings(DEFAULT_SETTINGS, {
      categories: { hedge: false },
      sentences: { reported: false },
    });
    expect(s.categories).toEqual({ ...allOn, hedge: false });
    expect(s.sentences).toEqual({ opinion: true, reported: false });
    const t = mergeSettings(s, { categories: { praise: false } });
    expect(t.categories).toEqual({ ...allOn, hedge: false, praise: false });
  });

  it('maps sensitivity to an opinion threshold, higher sensitivity = lower bar', () => {
    expect(opinionThreshold('low')).toBe(0.75);
    expect(opinionThreshold('medium')).toBe(0.55);
    expect(opinionThreshold('high')).toBe(0.4);
  });

  it('normalises sites', () => {
    expect(normaliseSite('https://www.Example.com:8080/a?b#c')).toBe('example.com');
    expect(normaliseSite('WWW.example.com')).toBe('example.com');
    expect(normaliseSite('news.example.com/path')).toBe('news.example.com');
    expect(normaliseSite('not a host')).toBe('');
    expect(normaliseSite('http://[::1]:3000/')).toBe('[::1]');
  });

  it('decides automatic marking per site, most specific rule first', () => {
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      autoMark: false,
      sites: { 'example.com': 'always-on', 'blog.example.com': 'always-off' },
    };
    expect(autoMarkFor(s, 'example.com')).toBe(true);
    expect(autoMarkFor(s, 'www.example.com')).toBe(true);
    expect(autoMarkFor(s, 'news.example.com')).toBe(true);
    expect(autoMarkFor(s, 'blog.example.com')).toBe(false);
    expect(autoMarkFor(s, 'x.blog.example.com')).toBe(false);
    expect(autoMarkFor(s, 'other.org')).toBe(false);
    expect(autoMarkFor({ ...s, autoMark: true }, 'other.org')).toBe(true);
    // "ample.com" is not a parent of "example.com"
    expect(autoMarkFor({ ...s, sites: { 'ample.com': 'always-on' } }, 'example.com')).toBe(false);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads defaults when nothing is stored, and stores nothing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({ settings: undefined });
  });

  it('migrates a version 2 store to version 3 on first read and writes it back', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, version: 2, shortcuts: undefined, sensitivity: 'low' },
    });
    const s = await loadSettings();
    expect(s).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'low' });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(s);
  });

  it('migrates an old stored shape and writes it back', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, auto: false, hidden: ['praise'] } });
    const s = await loadSettings();
    expect(s.autoMark).toBe(false);
    expect(s.categories.praise).toBe(false);
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toEqual(s);
  });

  it('saves a patch and notifies watchers with migrated settings until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    const saved = await saveSettings({ sensitivity: 'high', categories: { hedge: false } });
    expect(saved.sensitivity).toBe('high');
    expect((await loadSettings()).categories.hedge).toBe(false);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual(saved);
    unwatch();
    await saveSettings({ colourScheme: 'mono' });
    expect(seen).toHaveLength(1);
    expect((await loadSettings()).colourScheme).toBe('mono');
  });

  it('keeps both of two saves made at once', async () => {
    await Promise.all([saveSettings({ categories: { hedge: false } }), saveSettings({ sensitivity: 'low' })]);
    const s = await loadSettings();
    expect([s.categories.hedge, s.sensitivity]).toEqual([false, 'low']);
  });

  it('ignores changes to other keys and resets to defaults', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ corrections: [] });
    expect(seen).toHaveLength(0);
    await saveSettings({ autoMark: false });
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(seen.map((s) => s.autoMark)).toEqual([false, true]);
    unwatch();
  });
});
