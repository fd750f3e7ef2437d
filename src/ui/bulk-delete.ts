import type { ProfileStore, StoredProfile } from '../profile/store';
import { BULK_DELETED_KEY, sealedStorage } from '../vault/sealed-storage';
import { UNDO_MS } from './drafts';
import { mapInSlices, type SliceOptions } from './map-in-slices';

// Deleting a filtered selection of profiles, with undo as a single delete has: the records are kept (sealed while the
// vault is on) in extension storage for a while, and written back in one transaction on undo.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function bulkDeletes(store: Pick<ProfileStore, 'get' | 'remove' | 'apply' | 'vault'>) {
  const storage = sealedStorage(store.vault);
  return {
    /**
     * Keeps the records for undo first, then deletes them: if they cannot be kept (storage full), nothing is deleted.
     * Returns the records deleted.
     */
    async remove(ids: readonly string[], options: SliceOptions = {}): Promise<StoredProfile[]> {
      const records = await mapInSlices(ids, (id) => store.get(id), options);
      await storage.set(BULK_DELETED_KEY, { records, at: Date.now() });
      await mapInSlices(ids, (id) => store.remove(id), { ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      return records;
    },
    /** The records of the last bulk delete, while they can still be brought back. */
    async load(now = Date.now()): Promise<StoredProfile[]> {
      const value = await storage.get(BULK_DELETED_KEY);
      if (!isObject(value) || typeof value.at !== 'number' || !Array.isArray(value.records)) return [];
      if (now - value.at > UNDO_MS) {
        await storage.remove(BULK_DELETED_KEY);
        return [];
      }
      return value.records as StoredProfile[]; // written by remove() above
    },
    /** Writes the last bulk delete back; returns how many profiles came back. */
    async undo(): Promise<number> {
      const records = await this.load();
      if (records.length > 0) await store.apply(records);
      await storage.remove(BULK_DELETED_KEY);
      return records.length;
    },
  };
}
