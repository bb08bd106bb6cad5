import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // SLANTWISE_OUT lets parallel builds (e.g. one per developer task) use their own folder.
  outDir: process.env.SLANTWISE_OUT ?? '.output',
  // makes `browser` from 'wxt/browser' the webextension-polyfill object
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The first stage (entrypoints/first-stage) is an unlisted script, so it carries neither WXT's
    // content-script runtime nor the polyfill; declared here as the only content script, on every
    // page from document_start (its key listener must come before any page script).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        { matches: ['<all_urls>'], js: ['first-stage.js'], run_at: 'document_start' },
        ...(manifest.content_scripts ?? []),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Slantwise',
    description:
      'See where a news article leans: opinion, loaded words, who claims what, and how the outlet’s related stories lean. Runs entirely on your device.',
    // "scripting" (Chrome MV3): the background injects the full content script into a page the
    // first stage found to be an article (Firefox MV2 uses tabs.executeScript, no permission).
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['scripting'])],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'slantwise@slantwise.dev',
          strict_min_version: '140.0', // first version with data_collection_permissions
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
