/** Options page wiring: the lib storage APIs and the browser's shortcut list, handed to the view. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import '../../components/options/options.css';
import type { OptionsBridge } from '../../components/options/types';
import {
  exportCorrections,
  importCorrections,
  listCorrections,
  removeCorrection,
  restoreCorrection,
  watchCorrections,
} from '../../lib/corrections';
import { clearAllProfiles, clearProfile, listProfiles, watchProfiles } from '../../lib/profiles';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings';

/** A Blob behind an <a download>: the file is made here, nothing is fetched. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox needs the URL alive until the download has started
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function main() {
  const bridge: OptionsBridge = {
    browser: import.meta.env.FIREFOX ? 'firefox' : 'chrome',
    loadSettings,
    saveSettings,
    watchSettings,
    listCorrections,
    removeCorrection,
    restoreCorrection,
    exportCorrections,
    importCorrections,
    watchCorrections,
    listProfiles,
    clearProfile,
    clearAllProfiles,
    watchProfiles,
    shortcuts: async () =>
      // commands.getAll needs no permission; it is absent on some mobile builds
      browser.commands?.getAll
        ? (await browser.commands.getAll()).map((c) => ({
            name: c.name ?? '',
            description: c.description ?? '',
            shortcut: c.shortcut ?? '',
          }))
        : [],
    saveFile,
  };
  render(<Options bridge={bridge} />, document.getElementById('app')!);
}

main();
