import { browser } from 'wxt/browser';
import type { Profile } from '../profile/schema';
import type { StoredProfile } from '../profile/store';

// Unsaved edits live in extension storage as they are typed, so closing the page (or the browser) loses nothing.

export type Draft = { id?: string; profile: Profile; at: string };
const DRAFT = 'editor:draft';
const DELETED = 'editor:lastDeleted';

export async function loadDraft(): Promise<Draft | undefined> {
  return (await browser.storage.local.get(DRAFT))[DRAFT] as Draft | undefined;
}
export const saveDraft = (draft: Draft) => browser.storage.local.set({ [DRAFT]: draft });
export const clearDraft = () => browser.storage.local.remove(DRAFT);

export async function loadDeleted(): Promise<StoredProfile | undefined> {
  return (await browser.storage.local.get(DELETED))[DELETED] as StoredProfile | undefined;
}
export const saveDeleted = (record: StoredProfile) => browser.storage.local.set({ [DELETED]: record });
export const clearDeleted = () => browser.storage.local.remove(DELETED);
