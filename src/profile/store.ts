import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Profile } from './schema';

// The profile store: IndexedDB in the extension's own origin (background and extension pages only; a content
// script would open the *portal's* database). The only importer of idb.

export type FilingType = '新增备案' | '新增网站' | '新增接入' | '变更' | '注销';
export type FilingLogEntry = { portal: string; type: FilingType; status: string; date: string; recordNumber?: string };

export type StoredProfile = {
  id: string;
  label: string;
  profile: Profile;
  tags: string[];
  log: FilingLogEntry[];
  createdAt: string;
  updatedAt: string;
  /** Denormalised for the indexes: search by subject name, certificate number, domain and record number. */
  subjectName: string;
  certificateNumber: string;
  domains: string[];
  recordNumbers: string[];
};

interface ProfileDb extends DBSchema {
  profiles: {
    key: string;
    value: StoredProfile;
    indexes: { label: string; subjectName: string; certificateNumber: string; domains: string; recordNumbers: string; updatedAt: string };
  };
}

export const DB_NAME = 'beian-assistant';
export const DB_VERSION = 1;

/** Upgrades by version step; each step keeps every record (a later step adds stores or indexes, never drops data). */
export function openStore(name = DB_NAME): Promise<IDBPDatabase<ProfileDb>> {
  return openDB<ProfileDb>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const profiles = db.createObjectStore('profiles', { keyPath: 'id' });
        profiles.createIndex('label', 'label');
        profiles.createIndex('subjectName', 'subjectName');
        profiles.createIndex('certificateNumber', 'certificateNumber');
        profiles.createIndex('domains', 'domains', { multiEntry: true });
        profiles.createIndex('recordNumbers', 'recordNumbers', { multiEntry: true });
        profiles.createIndex('updatedAt', 'updatedAt');
      }
    },
  });
}

export function toStored(profile: Profile, now: string, id: string = crypto.randomUUID(), previous?: StoredProfile): StoredProfile {
  return {
    id,
    label: profile.label || profile.subject.name,
    profile,
    tags: previous?.tags ?? [],
    log: previous?.log ?? [],
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    subjectName: profile.subject.name,
    certificateNumber: profile.subject.certificate.number.toUpperCase(),
    domains: [...new Set(profile.websites.flatMap((w) => w.domains))],
    recordNumbers: [profile.subject.recordNumber, ...profile.websites.map((w) => w.recordNumber)].filter(Boolean),
  };
}

export type ProfileStore = {
  list(): Promise<StoredProfile[]>;
  get(id: string): Promise<StoredProfile | undefined>;
  put(profile: Profile, id?: string): Promise<StoredProfile>;
  /** All or nothing: one transaction; if any write fails, nothing stored changes. */
  putMany(profiles: readonly Profile[]): Promise<StoredProfile[]>;
  remove(id: string): Promise<void>;
};

export function profileStore(dbPromise: Promise<IDBPDatabase<ProfileDb>> = openStore(), clock: () => Date = () => new Date()): ProfileStore {
  return {
    async list() {
      const db = await dbPromise;
      return (await db.getAllFromIndex('profiles', 'updatedAt')).reverse();
    },
    async get(id) {
      return (await dbPromise).get('profiles', id);
    },
    async put(profile, id) {
      const db = await dbPromise;
      const previous = id ? await db.get('profiles', id) : undefined;
      const record = toStored(profile, clock().toISOString(), id, previous);
      await db.put('profiles', record);
      return record;
    },
    async putMany(profiles) {
      const db = await dbPromise;
      const now = clock().toISOString();
      const records = profiles.map((p) => toStored(p, now));
      const tx = db.transaction('profiles', 'readwrite');
      await Promise.all([...records.map((r) => tx.store.add(r)), tx.done]);
      return records;
    },
    async remove(id) {
      await (await dbPromise).delete('profiles', id);
    },
  };
}
