import { browser } from 'wxt/browser';
import type { PageRequest } from '../messaging/protocol';
import { openStore, profileStore } from '../profile/store';
import { sealedStorage } from '../vault/sealed-storage';
import { sessionKeys } from '../vault/session';
import { todayInChina } from '../rules/run-rules';
import type { BackgroundDeps } from './handle-api';

export const LAST_FILL = 'fill:last';

export async function lastFill(): Promise<{ id: string; website: number } | undefined> {
  return (await browser.storage.local.get(LAST_FILL))[LAST_FILL] as { id: string; website: number } | undefined;
}

/** The real browser behind the background handlers. */
export function browserDeps(): BackgroundDeps {
  const store = profileStore(openStore(), undefined, sessionKeys());
  return {
    store,
    afterVaultEnabled: () => sealedStorage(store.vault).resealAll(),
    today: () => todayInChina(),
    async tab(tabId) {
      try {
        return { url: (await browser.tabs.get(tabId)).url };
      } catch {
        return undefined;
      }
    },
    canAccess: (url) => browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }),
    async inject(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/portal.js'] });
    },
    sendToTab: (tabId, request: PageRequest) => browser.tabs.sendMessage(tabId, request, { frameId: 0 }),
    rememberLastFill: (last) => browser.storage.local.set({ [LAST_FILL]: last }),
  };
}
