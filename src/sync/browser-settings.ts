import { browser } from 'wxt/browser';
import type { SettingsStorage } from './settings';

// The team settings in extension storage (local: kept across restarts; the secrets in it are sealed by the vault).

const KEY = 'sync:team';

export const extensionSettings = (): SettingsStorage => ({
  get: async () => (await browser.storage.local.get(KEY))[KEY],
  set: (value) => browser.storage.local.set({ [KEY]: value }),
  clear: () => browser.storage.local.remove(KEY),
});
