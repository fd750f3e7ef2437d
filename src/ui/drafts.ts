import type { Profile } from '../profile/schema';
import type { StoredProfile, VaultControl } from '../profile/store';
import { DELETED_KEY, DRAFT_FILES_KEY, DRAFT_KEY, sealedStorage } from '../vault/sealed-storage';

// Unsaved edits live in extension storage as they are typed, so closing the page (or the browser) loses nothing;
// the last deleted record is kept for undo, for a while. Both are sealed while the vault is on. A draft's file bytes
// (megabytes of scans) are written apart, when a file comes or goes, so a keystroke writes the profile's text only.

export type Draft = { id?: string; profile: Profile; at: string };
/** How long a deleted record can be brought back. */
export const UNDO_MS = 10 * 60_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Which files a draft holds: a material by its id and the hash of its bytes. */
const filesKey = (profile: Profile) => profile.materials.filter((m) => m.data !== undefined).map((m) => `${m.id}:${m.sha256 ?? m.data?.length}`).join('|');

export function drafts(vault: VaultControl) {
  const storage = sealedStorage(vault);
  /** The files last written beside the draft; unknown (undefined) until this page has written or read them. */
  let written: string | undefined;
  return {
    async loadDraft(): Promise<Draft | undefined> {
      const value = await storage.get(DRAFT_KEY);
      if (!isObject(value) || !isObject(value.profile)) return undefined;
      const draft = value as Draft; // written by saveDraft below
      const files = await storage.get(DRAFT_FILES_KEY);
      const bytes = isObject(files) ? files : {};
      const materials = draft.profile.materials.map((m) => (typeof bytes[m.id] === 'string' ? { ...m, data: String(bytes[m.id]) } : m));
      const profile = { ...draft.profile, materials };
      written = filesKey(profile);
      return { ...draft, profile };
    },
    async saveDraft(draft: Draft): Promise<void> {
      const key = filesKey(draft.profile);
      if (key !== written) {
        await storage.set(DRAFT_FILES_KEY, Object.fromEntries(draft.profile.materials.flatMap((m) => (m.data === undefined ? [] : [[m.id, m.data]]))));
        written = key;
      }
      await storage.set(DRAFT_KEY, { ...draft, profile: { ...draft.profile, materials: draft.profile.materials.map(({ data: _data, ...m }) => m) } });
    },
    async clearDraft(): Promise<void> {
      written = undefined;
      await storage.remove([DRAFT_KEY, DRAFT_FILES_KEY]);
    },
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
