import { browser } from 'wxt/browser';
import type { KeyHolder } from '../profile/store';
import { exportKey, importKey } from './crypto';

// The unlocked key lives in session storage: in memory only (never written to disk), gone when the browser closes,
// shared by the background and the extension's own pages, and out of reach of content scripts (the browser's
// default access level for storage.session is trusted contexts only).

const KEY = 'vault:key';
const ACTIVE = 'vault:lastActive';
const IDLE = 'vault:idleMinutes';
export const DEFAULT_IDLE_MINUTES = 15;

export function sessionKeys(): KeyHolder {
  return {
    async get() {
      const raw = (await browser.storage.session.get(KEY))[KEY];
      return typeof raw === 'string' ? importKey(raw) : undefined;
    },
    async set(key) {
      await browser.storage.session.set({ [KEY]: await exportKey(key), [ACTIVE]: Date.now() });
    },
    async clear() {
      await browser.storage.session.remove(KEY);
    },
  };
}

/**
 * Calls `listener` whenever the unlocked key comes or goes: a lock from any page, the idle alarm or the API reaches
 * every open page at once, so none keeps showing profiles after it. Returns the unsubscribe.
 */
export function watchKey(listener: () => void): () => void {
  const changed = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}

/** Any use of the extension counts as activity: the idle lock counts from the last one. */
export const touch = () => browser.storage.session.set({ [ACTIVE]: Date.now() });

export async function idleMinutes(): Promise<number> {
  const value = (await browser.storage.local.get(IDLE))[IDLE];
  return typeof value === 'number' && value > 0 ? value : DEFAULT_IDLE_MINUTES;
}
export const setIdleMinutes = (minutes: number) => browser.storage.local.set({ [IDLE]: minutes });

/** Locks when the agent has been idle longer than the time they set. */
export async function lockIfIdle(now = Date.now()): Promise<boolean> {
  const active = (await browser.storage.session.get(ACTIVE))[ACTIVE];
  const last = typeof active === 'number' ? active : 0;
  if (now - last < (await idleMinutes()) * 60_000) return false;
  await browser.storage.session.remove(KEY);
  return true;
}
