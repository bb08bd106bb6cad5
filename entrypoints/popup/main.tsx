import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Replies, ToContent } from '../../lib/messages';
import { getProfile, summariseProfile } from '../../lib/profiles';
import { loadSettings, normaliseSite, saveSettings } from '../../lib/settings';
import { App, type PopupBridge } from './App';
import { copyText, saveFile } from './io';

async function targetTab(): Promise<{ id?: number; url?: string }> {
  // e2e (and anyone debugging) opens popup.html?tabId=N in a tab of its own: then the popup tab is
  // the active one, so the tab to show is named in the URL
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const id = Number(param);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

async function main() {
  const tab = await targetTab();
  const tabId = tab.id;
  const bridge: PopupBridge = {
    version: browser.runtime.getManifest().version,
    url: tab.url,
    getState: async () =>
      tabId === undefined
        ? { kind: 'unknown' }
        : ((await browser.runtime.sendMessage({ type: 'get-tab-state', tabId })) as Replies['get-tab-state']),
    analyze: async () =>
      tabId === undefined
        ? { kind: 'unknown' }
        : ((await browser.runtime.sendMessage({ type: 'analyze-tab', tabId })) as Replies['analyze-tab']),
    reveal: async (target) => {
      if (tabId === undefined) return false;
      const message: ToContent = { type: 'reveal', target };
      const reply = (await browser.tabs.sendMessage(tabId, message)) as Replies['reveal'] | undefined;
      return reply?.found ?? false;
    },
    copyText,
    saveFile,
    ignoreSite: async (site) => {
      const settings = await loadSettings();
      await saveSettings({ sites: { ...settings.sites, [site]: 'always-off' } });
    },
    openDiet: () => {
      browser.tabs.create({ url: browser.runtime.getURL('/diet.html') }).then(
        () => window.close(),
        () => undefined,
      );
    },
    getProfile: async (report) => {
      // the same key the background records under: the page's host, not the outlet's display name
      const site = normaliseSite(report.meta.url || '');
      const profile = site ? await getProfile(site) : null;
      return profile ? summariseProfile(profile) : null;
    },
  };
  render(<App bridge={bridge} />, document.getElementById('app')!);
}

main();
