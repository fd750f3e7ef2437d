import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { deriveFilingType } from './filing-type';
import type { Profile } from './schema';

// The profile store: IndexedDB in the extension's own origin (background and extension pages only; a content
// script would open the *portal's* database). The only importer of idb.

export type FilingType = '新增备案' | '新增网站' | '新增接入' | '变更' | '注销';
export type FilingLogEntry = { portal: string; type: FilingType; status: string; date: string; recordNumber?: string };

export type StoredProfile = {
  id: string;
  label: string;
  profile: Profile;
  /** Free tags: client, agent, batch… */
  tags: string[];
  log: FilingLogEntry[];
  createdAt: string;
  updatedAt: string;
  /** Last time it was used to fill a portal; the popup lists recent first. */
  usedAt?: string;
  /** Denormalised for the indexes: search by subject name, certificate number, domain and record number. */
  subjectName: string;
  certificateNumber: string;
  domains: string[];
  recordNumbers: string[];
};

type Indexes = { label: string; subjectName: string; certificateNumber: string; domains: string; recordNumbers: string; updatedAt: string; tags: string };

interface ProfileDb extends DBSchema {
  profiles: { key: string; value: StoredProfile; indexes: Indexes };
  /** Small copies for lists: the options list and the popup open without reading 10,000 whole profiles. */
  summaries: { key: string; value: ProfileSummary; indexes: { recent: string } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export const DB_NAME = 'beian-assistant';
export const DB_VERSION = 4;
export const SEARCH_INDEXES = ['label', 'subjectName', 'certificateNumber', 'domains', 'recordNumbers'] as const;

/**
 * Upgrades one version step at a time and keeps every record:
 * v1 profiles + search indexes; v2 adds tags/log defaults to v1 records, a tags index and a meta store;
 * v3 adds the summaries store, built from every existing profile; v4 indexes summaries by last activity.
 */
export function openStore(name = DB_NAME): Promise<IDBPDatabase<ProfileDb>> {
  return openDB<ProfileDb>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const profiles = db.createObjectStore('profiles', { keyPath: 'id' });
        profiles.createIndex('label', 'label');
        profiles.createIndex('subjectName', 'subjectName');
        profiles.createIndex('certificateNumber', 'certificateNumber');
        profiles.createIndex('domains', 'domains', { multiEntry: true });
        profiles.createIndex('recordNumbers', 'recordNumbers', { multiEntry: true });
        profiles.createIndex('updatedAt', 'updatedAt');
      }
      if (oldVersion < 2) {
        const profiles = tx.objectStore('profiles');
        profiles.createIndex('tags', 'tags', { multiEntry: true });
        db.createObjectStore('meta', { keyPath: 'key' });
        for (let cursor = await profiles.openCursor(); cursor; cursor = await cursor.continue()) {
          const record = cursor.value as Partial<StoredProfile> & StoredProfile;
          await cursor.update({ ...record, tags: record.tags ?? [], log: record.log ?? [] });
        }
      }
      if (oldVersion < 3) {
        db.createObjectStore('summaries', { keyPath: 'id' });
        const summaries = tx.objectStore('summaries');
        for (let cursor = await tx.objectStore('profiles').openCursor(); cursor; cursor = await cursor.continue()) {
          await summaries.put(summarise(cursor.value));
        }
      }
      if (oldVersion < 4) {
        const summaries = tx.objectStore('summaries');
        for (let cursor = await summaries.openCursor(); cursor; cursor = await cursor.continue()) {
          await cursor.update({ ...cursor.value, recent: cursor.value.usedAt ?? cursor.value.updatedAt });
        }
        summaries.createIndex('recent', 'recent');
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
    ...(previous?.usedAt ? { usedAt: previous.usedAt } : {}),
    subjectName: profile.subject.name,
    certificateNumber: profile.subject.certificate.number.toUpperCase(),
    domains: [...new Set(profile.websites.flatMap((w) => w.domains))],
    recordNumbers: [profile.subject.recordNumber, ...profile.websites.map((w) => w.recordNumber)].filter(Boolean),
  };
}

/** What an import will do, shown before anything is written. */
export type ImportPlan = { add: StoredProfile[]; replace: { existing: StoredProfile; incoming: StoredProfile }[] };

/** A profile replaces a stored one with the same subject certificate number and label; anything else is added. */
export function planImport(incoming: readonly Profile[], stored: readonly StoredProfile[], now: string): ImportPlan {
  const plan: ImportPlan = { add: [], replace: [] };
  for (const profile of incoming) {
    const label = profile.label || profile.subject.name;
    const cert = profile.subject.certificate.number.toUpperCase();
    const existing = stored.find((s) => s.label === label && s.certificateNumber === cert && cert !== '');
    if (existing) plan.replace.push({ existing, incoming: toStored(profile, now, existing.id, existing) });
    else plan.add.push(toStored(profile, now));
  }
  return plan;
}

export type ProfileSummary = Pick<StoredProfile, 'id' | 'label' | 'subjectName' | 'certificateNumber' | 'domains' | 'recordNumbers' | 'updatedAt' | 'usedAt' | 'tags'> & {
  filingType: string;
  websiteCount: number;
  /** Last use or edit, whichever is later: the popup lists recent first. */
  recent: string;
};

export const summarise = (r: StoredProfile): ProfileSummary => ({
  id: r.id,
  label: r.label,
  subjectName: r.subjectName,
  certificateNumber: r.certificateNumber,
  domains: r.domains,
  recordNumbers: r.recordNumbers,
  updatedAt: r.updatedAt,
  ...(r.usedAt ? { usedAt: r.usedAt } : {}),
  tags: r.tags,
  filingType: deriveFilingType(r.profile, 0),
  websiteCount: r.profile.websites.length,
  recent: r.usedAt && r.usedAt > r.updatedAt ? r.usedAt : r.updatedAt,
});

export type ProfileStore = {
  list(): Promise<StoredProfile[]>;
  summaries(): Promise<ProfileSummary[]>;
  /** The most recently used or edited, newest first, read through the index without loading the rest. */
  recent(limit: number): Promise<ProfileSummary[]>;
  get(id: string): Promise<StoredProfile | undefined>;
  put(profile: Profile, id?: string): Promise<StoredProfile>;
  /** All or nothing: one transaction; if any write fails, nothing stored changes. */
  putMany(profiles: readonly Profile[]): Promise<StoredProfile[]>;
  /** Writes a previewed import plan (or restores deleted records) in one transaction. */
  apply(records: readonly StoredProfile[]): Promise<void>;
  remove(id: string): Promise<StoredProfile | undefined>;
  markUsed(id: string): Promise<void>;
  /** Tags and the filing log belong to the stored record, not to the interchange profile. */
  updateMeta(id: string, meta: Partial<Pick<StoredProfile, 'tags' | 'log'>>): Promise<StoredProfile | undefined>;
  /** Prefix search over the label, subject name, certificate number, domain and record-number indexes. */
  search(query: string, limit?: number): Promise<ProfileSummary[]>;
};

/** Writes records in one transaction; any failure, even a synchronous one, aborts it so nothing is half-written. */
async function writeAll(db: IDBPDatabase<ProfileDb>, records: readonly StoredProfile[], mode: 'add' | 'put'): Promise<void> {
  const tx = db.transaction(['profiles', 'summaries'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  const summaries = tx.objectStore('summaries');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    for (const r of records) {
      pending.push(mode === 'add' ? profiles.add(r) : profiles.put(r));
      pending.push(summaries.put(summarise(r)));
    }
    await Promise.all(pending);
  } catch (error) {
    for (const request of pending) request.catch(() => undefined); // the aborted rest reject too; they are expected
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    throw error;
  }
}

export function profileStore(dbPromise: Promise<IDBPDatabase<ProfileDb>> = openStore(), clock: () => Date = () => new Date()): ProfileStore {
  return {
    async list() {
      const db = await dbPromise;
      return (await db.getAllFromIndex('profiles', 'updatedAt')).reverse();
    },
    async summaries() {
      const all = await (await dbPromise).getAll('summaries');
      return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async recent(limit) {
      const db = await dbPromise;
      const out: ProfileSummary[] = [];
      for (let cursor = await db.transaction('summaries').store.index('recent').openCursor(null, 'prev'); cursor && out.length < limit; cursor = await cursor.continue()) {
        out.push(cursor.value);
      }
      return out;
    },
    async get(id) {
      return (await dbPromise).get('profiles', id);
    },
    async put(profile, id) {
      const db = await dbPromise;
      const previous = id ? await db.get('profiles', id) : undefined;
      const record = toStored(profile, clock().toISOString(), id, previous);
      await writeAll(db, [record], 'put');
      return record;
    },
    async putMany(profiles) {
      const db = await dbPromise;
      const now = clock().toISOString();
      const records = profiles.map((p) => toStored(p, now));
      await writeAll(db, records, 'add');
      return records;
    },
    async apply(records) {
      await writeAll(await dbPromise, records, 'put');
    },
    async remove(id) {
      const db = await dbPromise;
      const existing = await db.get('profiles', id);
      const tx = db.transaction(['profiles', 'summaries'], 'readwrite');
      await Promise.all([tx.objectStore('profiles').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
      return existing;
    },
    async markUsed(id) {
      const db = await dbPromise;
      const existing = await db.get('profiles', id);
      if (existing) await writeAll(db, [{ ...existing, usedAt: clock().toISOString() }], 'put');
    },
    async updateMeta(id, meta) {
      const db = await dbPromise;
      const existing = await db.get('profiles', id);
      if (!existing) return undefined;
      const record = { ...existing, ...meta, updatedAt: clock().toISOString() };
      await writeAll(db, [record], 'put');
      return record;
    },
    async search(query, limit = 200) {
      const db = await dbPromise;
      const q = query.trim();
      if (!q) return (await this.summaries()).slice(0, limit);
      const range = IDBKeyRange.bound(q, `${q}\uffff`);
      const upper = IDBKeyRange.bound(q.toUpperCase(), `${q.toUpperCase()}\uffff`);
      const tx = db.transaction('profiles');
      const found = new Map<string, StoredProfile>();
      for (const index of SEARCH_INDEXES) {
        const keyRange = index === 'certificateNumber' ? upper : range;
        for (const record of await tx.store.index(index).getAll(keyRange, limit)) found.set(record.id, record);
      }
      return [...found.values()].slice(0, limit).map(summarise);
    },
  };
}
