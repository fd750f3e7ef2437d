import type { Profile } from '../profile/schema';
import type { StoredProfile, VaultControl } from '../profile/store';
import { DELETED_KEY, DRAFT_KEY, sealedStorage } from '../vault/sealed-storage';

// Unsaved edits live in extension storage as they are typed, so closing the page (or the browser) loses nothing;
// the last deleted record is kept for undo, for a while. Both are sealed while the vault is on.

export type Draft = { id?: string; profile: Profile; at: string };
/** How long a deleted record can be brought back. */
export const UNDO_MS = 10 * 60_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function drafts(vault: VaultControl) {
  const storage = sealedStorage(vault);
  return {
    async loadDraft(): Promise<Draft | undefined> {
      const value = await storage.get(DRAFT_KEY);
      return isObject(value) && isObject(value.profile) ? (value as Draft) : undefined; // written by saveDraft below
    },
    saveDraft: (draft: Draft) => storage.set(DRAFT_KEY, draft),
    clearDraft: () => storage.remove(DRAFT_KEY),
    async loadDeleted(now = Date.now()): Promise<StoredProfile | undefined> {
      const value = await storage.get(DELETED_KEY);
      if (!isObject(value) || typeof value.at !== 'number' || !isObject(value.record)) return undefined;
      if (now - value.at > UNDO_MS) {
        await storage.remove(DELETED_KEY);
        return undefined;
      }
      return value.record as StoredProfile; // written by saveDeleted below
    },
    saveDeleted: (record: StoredProfile) => storage.set(DELETED_KEY, { record, at: Date.now() }),
    clearDeleted: () => storage.remove(DELETED_KEY),
  };
}
