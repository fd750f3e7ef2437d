import { browser } from 'wxt/browser';
import type { VaultControl } from '../profile/store';
import type { Sealed } from './crypto';

// Extension storage for values that hold profile data (the editor's draft, the undo buffer): sealed with the vault's
// key while the vault is on, plain JSON otherwise.

export const DRAFT_KEY = 'editor:draft';
/** The bytes of the draft's materials, written apart from its keystrokes: only when a file comes or goes. */
export const DRAFT_FILES_KEY = 'editor:draftFiles';
export const DELETED_KEY = 'editor:lastDeleted';
/** The profiles of the last bulk delete ("check all"), kept for undo. */
export const BULK_DELETED_KEY = 'editor:lastBulkDeleted';
/** Every storage.local key that can hold profile data: resealed when the vault is turned on. */
export const SEALED_KEYS = [DRAFT_KEY, DRAFT_FILES_KEY, DELETED_KEY, BULK_DELETED_KEY] as const;

const isSealedValue = (raw: unknown): raw is { sealed: Sealed } => typeof raw === 'object' && raw !== null && 'sealed' in raw;

export function sealedStorage(vault: VaultControl) {
  return {
    async get(key: string): Promise<unknown> {
      const raw: unknown = (await browser.storage.local.get(key))[key];
      return isSealedValue(raw) ? vault.unseal(raw.sealed) : raw;
    },
    async set(key: string, value: unknown): Promise<void> {
      const { encrypted } = await vault.status();
      await browser.storage.local.set({ [key]: encrypted ? { sealed: await vault.seal(value) } : value });
    },
    remove: (key: string | string[]) => browser.storage.local.remove(key),
    /** Seals what was stored in clear before the vault was turned on. */
    async resealAll(): Promise<void> {
      for (const key of SEALED_KEYS) {
        const raw: unknown = (await browser.storage.local.get(key))[key];
        if (raw !== undefined && !isSealedValue(raw)) await browser.storage.local.set({ [key]: { sealed: await vault.seal(raw) } });
      }
    },
  };
}
