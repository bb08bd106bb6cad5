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
  manifest: ({ browser }) => ({
    name: 'Slantwise',
    description:
      'See where a news article leans: opinion, loaded words, who claims what, and how the outlet’s related stories lean. Runs entirely on your device.',
    permissions: ['storage', 'activeTab', 'contextMenus'],
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
