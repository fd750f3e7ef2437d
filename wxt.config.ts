import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { E2E_EXTRA_HOSTS, portalMatchPatterns } from './src/background/portal-hosts';
import { noCodeEval } from './src/build/no-code-eval';
import { noHtmlSink } from './src/build/no-html-sink';

export default defineConfig({
  // A separate output folder lets two builds (two engineers, or a benchmark beside the tests) run at once.
  outDir: process.env.BEIAN_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  vite: () => ({ plugins: [noHtmlSink(), noCodeEval(), preact()] }),
  manifest: ({ mode, manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // `sidePanel` is added by WXT with Chrome's side_panel; Firefox gets the same page as its sidebar_action instead.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'contextMenus', 'alarms', 'notifications'],
    commands: {
      'fill-last-profile': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_fillLastProfile__' },
    },
    // Known portals work at once; any other site only after the user enables it from the popup.
    host_permissions: [
      ...portalMatchPatterns(),
      // The e2e build pre-grants its replica hosts: Chrome's permission prompt cannot be answered by Playwright.
      ...(mode === 'e2e' ? E2E_EXTRA_HOSTS.map((h) => `https://${h}/*`) : []),
    ],
    // Only https sites can be enabled: a filing form over plain http would send ID numbers in the clear.
    // MV2 (Firefox) names optional hosts among optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // The extension sends nothing anywhere: addons.mozilla.org asks every new add-on to say so, a key Firefox reads
    // from 140 (the current ESR) and Firefox for Android from 142.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'beian-assistant@beian-assistant.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
