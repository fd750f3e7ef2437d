import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { deriveFilingType } from './filing-type';
import { profileSchema, type Profile } from './schema';

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

/** A stored record that no longer parses as a profile: kept aside, untouched, and reported. */
export type Quarantined = { id: string; record: unknown; reason: string; at: string };

interface ProfileDb extends DBSchema {
  profiles: { key: string; value: StoredProfile; indexes: Indexes };
  /** Small copies for lists: the options list and the popup open without reading 10,000 whole profiles. */
  summaries: { key: string; value: ProfileSummary; indexes: { recent: string } };
  meta: { key: string; value: { key: string; value: unknown } };
  quarantine: { key: string; value: Quarantined };
}

export const DB_NAME = 'beian-assistant';
export const DB_VERSION = 5;

type Db = IDBPDatabase<ProfileDb>;
type UpgradeTx = IDBPTransaction<ProfileDb, StoreNames<ProfileDb>[], 'versionchange'>;
/** One version step: what version N adds to version N − 1. */
export type Migration = (db: Db, tx: UpgradeTx) => Promise<void>;
export const SEARCH_INDEXES = ['label', 'subjectName', 'certificateNumber', 'domains', 'recordNumbers'] as const;

/**
 * The version steps, each keeping every record: v1 profiles + search indexes; v2 tags/log defaults on v1 records, a
 * tags index and a meta store; v3 the summaries store, built from every existing profile; v4 summaries indexed by
 * last activity; v5 a quarantine for records that no longer parse.
 */
export const MIGRATIONS: readonly Migration[] = [
  async (db) => {
    const profiles = db.createObjectStore('profiles', { keyPath: 'id' });
    profiles.createIndex('label', 'label');
    profiles.createIndex('subjectName', 'subjectName');
    profiles.createIndex('certificateNumber', 'certificateNumber');
    profiles.createIndex('domains', 'domains', { multiEntry: true });
    profiles.createIndex('recordNumbers', 'recordNumbers', { multiEntry: true });
    profiles.createIndex('updatedAt', 'updatedAt');
  },
  async (db, tx) => {
    const profiles = tx.objectStore('profiles');
    profiles.createIndex('tags', 'tags', { multiEntry: true });
    db.createObjectStore('meta', { keyPath: 'key' });
    for (let cursor = await profiles.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = cursor.value as Partial<StoredProfile> & StoredProfile;
      await cursor.update({ ...record, tags: record.tags ?? [], log: record.log ?? [] });
    }
  },
  async (db, tx) => {
    db.createObjectStore('summaries', { keyPath: 'id' });
    const summaries = tx.objectStore('summaries');
    for (let cursor = await tx.objectStore('profiles').openCursor(); cursor; cursor = await cursor.continue()) {
      await summaries.put(summarise(cursor.value));
    }
  },
  async (_db, tx) => {
    const summaries = tx.objectStore('summaries');
    for (let cursor = await summaries.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update({ ...cursor.value, recent: cursor.value.usedAt ?? cursor.value.updatedAt });
    }
    summaries.createIndex('recent', 'recent');
  },
  async (db) => {
    db.createObjectStore('quarantine', { keyPath: 'id' });
  },
];

/**
 * Opens the store, upgrading one version step at a time inside the browser's upgrade transaction. A step that fails
 * aborts that transaction, so the database stays whole at its previous version (idb does not wait on an async
 * upgrade callback, so a rejected promise alone would leave it half-migrated). A newer version opened elsewhere (an
 * updated extension) makes this connection close rather than stall it.
 */
export function openStore(name = DB_NAME, migrations: readonly Migration[] = MIGRATIONS): Promise<Db> {
  let opened: Db | undefined;
  const db = openDB<ProfileDb>(name, migrations.length, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      tx.done.catch(() => undefined); // an aborted upgrade is answered by openDB's rejection
      void (async () => {
        for (const [i, step] of migrations.entries()) if (oldVersion < i + 1) await step(upgrading, tx);
      })().catch(() => {
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
      });
    },
    blocking() {
      opened?.close();
    },
  });
  return db.then((d) => (opened = d));
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
  /** Records set aside because they no longer parse as profiles. */
  quarantined(): Promise<Quarantined[]>;
};

const QUOTA = 'QuotaExceededError';

/** The browser's storage is full: say so, and that nothing changed (the transaction was aborted). */
function explain(error: unknown): unknown {
  if (error instanceof DOMException && error.name === QUOTA) {
    return new Error('浏览器存储空间已满，本次没有保存任何内容，原有资料保持不变 · the browser’s storage is full: nothing was saved and what was stored is unchanged');
  }
  return error;
}

/** Writes records in one transaction; any failure, even a synchronous one, aborts it so nothing is half-written. */
async function writeAll(db: Db, records: readonly StoredProfile[], mode: 'add' | 'put'): Promise<void> {
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
    throw explain(error);
  }
}

/** Reads, changes and writes one record in a single transaction, so no other write lands in between. */
async function update(db: Db, id: string, change: (existing: StoredProfile) => StoredProfile): Promise<StoredProfile | undefined> {
  const tx = db.transaction(['profiles', 'summaries'], 'readwrite');
  const existing = await tx.objectStore('profiles').get(id);
  if (!existing) {
    await tx.done;
    return undefined;
  }
  const next = change(existing);
  try {
    await Promise.all([tx.objectStore('profiles').put(next), tx.objectStore('summaries').put(summarise(next)), tx.done]);
  } catch (error) {
    throw explain(error);
  }
  return next;
}

/** Records whose profile no longer parses are moved to the quarantine, in one transaction; the rest are answered. */
async function sound(db: Db, records: readonly StoredProfile[], now: string): Promise<StoredProfile[]> {
  const bad = records.flatMap((r) => {
    const parsed = profileSchema.safeParse(r.profile);
    return parsed.success ? [] : [{ id: r.id, record: r, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), at: now }];
  });
  if (bad.length === 0) return [...records];
  const tx = db.transaction(['profiles', 'summaries', 'quarantine'], 'readwrite');
  await Promise.all([...bad.flatMap((q) => [tx.objectStore('quarantine').put(q), tx.objectStore('profiles').delete(q.id), tx.objectStore('summaries').delete(q.id)]), tx.done]);
  const ids = new Set(bad.map((q) => q.id));
  return records.filter((r) => !ids.has(r.id));
}

export function profileStore(dbPromise: Promise<Db> = openStore(), clock: () => Date = () => new Date()): ProfileStore {
  return {
    async list() {
      const db = await dbPromise;
      return (await sound(db, await db.getAllFromIndex('profiles', 'updatedAt'), clock().toISOString())).reverse();
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
      const db = await dbPromise;
      const record = await db.get('profiles', id);
      return record ? (await sound(db, [record], clock().toISOString()))[0] : undefined;
    },
    async put(profile, id) {
      const db = await dbPromise;
      const now = clock().toISOString();
      const updated = id ? await update(db, id, (previous) => toStored(profile, now, id, previous)) : undefined;
      if (updated) return updated;
      const record = toStored(profile, now, id);
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
      await update(await dbPromise, id, (existing) => ({ ...existing, usedAt: clock().toISOString() }));
    },
    async updateMeta(id, meta) {
      return update(await dbPromise, id, (existing) => ({ ...existing, ...meta, updatedAt: clock().toISOString() }));
    },
    async quarantined() {
      return (await dbPromise).getAll('quarantine');
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
