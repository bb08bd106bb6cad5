/**
 * What the options page needs from the extension, handed in by entrypoints/options/main.tsx so
 * the components stay free of browser APIs (tests pass the same lib functions over fakeBrowser).
 */
import type { Correction, ImportResult } from '../../lib/corrections-schema';
import type { OutletProfile } from '../../lib/profiles-schema';
import type { Settings, SettingsPatch } from '../../lib/settings-schema';

export interface Shortcut {
  /** Command name from the manifest ("_execute_action", "toggle-marks"). */
  name: string;
  description: string;
  /** As the browser shows it ("Alt+Shift+S"); empty when unassigned. */
  shortcut: string;
}

export interface OptionsBridge {
  browser: 'chrome' | 'firefox';
  loadSettings(): Promise<Settings>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  listCorrections(): Promise<Correction[]>;
  removeCorrection(id: string): Promise<Correction | undefined>;
  restoreCorrection(c: Correction): Promise<void>;
  exportCorrections(): Promise<string>;
  importCorrections(json: string, onProgress?: (done: number, total: number) => void): Promise<ImportResult>;
  watchCorrections(cb: (list: Correction[]) => void): () => void;
  listProfiles(): Promise<OutletProfile[]>;
  clearProfile(site: string): Promise<void>;
  clearAllProfiles(): Promise<void>;
  watchProfiles(cb: (list: OutletProfile[]) => void): () => void;
  shortcuts(): Promise<Shortcut[]>;
  /** Offers text as a file download; nothing leaves the device. */
  saveFile(name: string, text: string): void;
}
