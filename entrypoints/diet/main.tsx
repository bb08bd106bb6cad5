import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Diet, type DietBridge } from '../../components/diet/Diet';
import { clearAllProfiles, listProfiles, watchProfiles } from '../../lib/profiles';
import { saveFile } from '../popup/io';

// The reading-diet page (an unlisted extension page, diet.html): reached from the popup and the options.
const bridge: DietBridge = {
  listProfiles,
  watchProfiles,
  clearAllProfiles,
  saveFile,
  version: browser.runtime.getManifest().version,
};
render(<Diet bridge={bridge} />, document.getElementById('app')!);
