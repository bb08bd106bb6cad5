/**
 * The options page: every setting, the reader's corrections and the outlet profiles. Renders
 * what the bridge gives and saves each change at once (open tabs follow via storage events).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Correction } from '../../lib/corrections-schema';
import type { OutletProfile } from '../../lib/profiles-schema';
import type { Settings, SettingsPatch } from '../../lib/settings-schema';
import { AppearanceSection } from './AppearanceSection';
import { CorrectionsSection } from './CorrectionsSection';
import { MarkingSection } from './MarkingSection';
import { ProfilesSection } from './ProfilesSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import type { OptionsBridge, Shortcut } from './types';

export function Options({ bridge }: { bridge: OptionsBridge }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [profiles, setProfiles] = useState<OutletProfile[]>([]);
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const unwatch = [
      bridge.watchSettings(setSettings),
      bridge.watchCorrections(setCorrections),
      bridge.watchProfiles(setProfiles),
    ];
    bridge.loadSettings().then(setSettings, () => setError('Settings could not be read.'));
    bridge.listCorrections().then(setCorrections, () => setCorrections([]));
    bridge.listProfiles().then(setProfiles, () => setProfiles([]));
    bridge.shortcuts().then(setShortcuts, () => setShortcuts([]));
    return () => {
      for (const stop of unwatch) stop();
    };
  }, [bridge]);

  const save = (patch: SettingsPatch) => {
    bridge.saveSettings(patch).then(setSettings, () => setError('That change could not be saved.'));
  };

  return (
    <main class="sw-options">
      <header>
        <h1>Slantwise settings</h1>
        <p class="sw-lead">Everything here is stored on this device only and applies to open tabs at once.</p>
        <p class="sw-lead">
          <a href="diet.html" target="_blank" rel="noopener">
            Your reading diet: charts of the outlets you read
          </a>
        </p>
      </header>
      {error && (
        <p role="alert" class="sw-error">
          {error}
        </p>
      )}
      {settings ? (
        <>
          <MarkingSection settings={settings} onChange={save} />
          <AppearanceSection settings={settings} onChange={save} />
          <SitesSection settings={settings} onChange={save} />
        </>
      ) : (
        !error && <p aria-busy="true">Loading settings…</p>
      )}
      <ShortcutsSection
        shortcuts={shortcuts}
        browser={bridge.browser}
        keys={settings?.shortcuts ?? null}
        onChange={save}
      />
      <CorrectionsSection corrections={corrections} bridge={bridge} />
      <ProfilesSection profiles={profiles} bridge={bridge} />
    </main>
  );
}
