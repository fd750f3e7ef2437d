import { browser } from 'wxt/browser';
import type { Failure, RecogniseAnswer } from '../../src/messaging/protocol';
import { VaultLockedError, type ProfileStore, type ProfileSummary } from '../../src/profile/store';
import { callApi } from '../../src/ui/call-api';

// What the popup shows first, asked for all at once as soon as its script runs — before the first render, not after
// it — so the round trips to the tab, the background and the store overlap instead of queueing behind each other.

export type Tab = { id: number; url: string };
export type RecentProfiles = { locked: true } | { locked: false; recent: ProfileSummary[] };

// ?tabId= lets a test (or a pinned popup window) point the popup at a tab other than the active one.
const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));

async function targetTab(): Promise<Tab | undefined> {
  const tab = fromQuery ? await browser.tabs.get(fromQuery) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : undefined;
}

/** Recent first, straight from the index; the vault's state is asked for beside it rather than before it. */
export async function recentProfiles(store: ProfileStore, limit: number): Promise<RecentProfiles> {
  const [status, recent] = await Promise.all([
    store.vault.status(),
    store.recent(limit).catch((error: unknown) => {
      if (error instanceof VaultLockedError) return undefined;
      throw error;
    }),
  ]);
  return status.locked || !recent ? { locked: true } : { locked: false, recent };
}

/** activeTab lets this one visit work; the popup offers to remember the site when it is not granted for good. */
async function remembered(tab: Tab | undefined): Promise<boolean> {
  if (!tab?.url || !/^https:/.test(tab.url)) return true;
  return browser.permissions.contains({ origins: [`${new URL(tab.url).origin}/*`] });
}

export type Start = {
  tab: Promise<Tab | undefined>;
  page: Promise<RecogniseAnswer | Failure | undefined>;
  remembered: Promise<boolean>;
  profiles: Promise<RecentProfiles>;
};

export function start(store: ProfileStore, limit: number): Start {
  const tab = targetTab();
  return {
    tab,
    // A tab named in the URL is asked about at once, beside looking it up.
    page: fromQuery ? callApi({ type: 'icp:recognise', tabId: fromQuery }) : tab.then((t) => (t ? callApi({ type: 'icp:recognise', tabId: t.id }) : undefined)),
    remembered: tab.then(remembered),
    profiles: recentProfiles(store, limit),
  };
}
