import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { deriveFilingType } from './filing-type';
import { fromBase64, newVault, openVault, seal, sealBytes, toBase64, unseal, unsealBytes, type Sealed, type SealedBytes, type VaultParams } from '../vault/crypto';
import type { Profile } from './schema';
import { SLICE, yieldToEvents } from './yield';

// The profile store: IndexedDB in the extension's own origin (background and extension pages only; a content
// script would open the *portal's* database). The only importer of idb.

export type FilingType = '新增备案' | '新增网站' | '新增接入' | '变更' | '注销';
/** `agent`: the team member (CouchDB user name) who wrote the entry, when this browser is in a team. */
export type FilingLogEntry = { portal: string; type: FilingType; status: string; date: string; recordNumber?: string; agent?: string };

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

/** A record as the vault keeps it: only its id and times in clear (for ordering), everything else sealed. */
export type SealedRecord = { id: string; updatedAt: string; sealed: Sealed };
export type SealedSummary = { id: string; recent: string; sealed: Sealed };

interface ProfileDb extends DBSchema {
  profiles: { key: string; value: StoredProfile | SealedRecord; indexes: Indexes };
  /** Small copies for lists: the options list and the popup open without reading 10,000 whole profiles. */
  summaries: { key: string; value: ProfileSummary | SealedSummary; indexes: { recent: string } };
  meta: { key: string; value: { key: string; value: unknown } };
  quarantine: { key: string; value: Quarantined };
  /** Materials' bytes, apart from the profiles so that reading a profile or a list never loads a scan. */
  files: { key: string; value: FileRecord; indexes: { profileId: string } };
}

/** One material's bytes: `profileId:materialId`, plain or sealed by the vault. */
export type FileRecord = { key: string; profileId: string; materialId: string } & ({ bytes: Uint8Array<ArrayBuffer> } | { sealed: SealedBytes });
const fileKey = (profileId: string, materialId: string) => `${profileId}:${materialId}`;

export const DB_NAME = 'beian-assistant';
export const DB_VERSION = 6;

type Db = IDBPDatabase<ProfileDb>;
const isSealed = <T extends object>(value: T | { sealed: Sealed }): value is { sealed: Sealed } & T => 'sealed' in value;
type UpgradeTx = IDBPTransaction<ProfileDb, StoreNames<ProfileDb>[], 'versionchange'>;
/** One version step: what version N adds to version N − 1. */
export type Migration = (db: Db, tx: UpgradeTx) => Promise<void>;
export const SEARCH_INDEXES = ['label', 'subjectName', 'certificateNumber', 'domains', 'recordNumbers'] as const;

/**
 * The version steps, each keeping every record: v1 profiles + search indexes; v2 tags/log defaults on v1 records, a
 * tags index and a meta store; v3 the summaries store, built from every existing profile; v4 summaries indexed by
 * last activity; v5 a quarantine for records that no longer parse; v6 the materials' files.
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
      const record = cursor.value as Partial<StoredProfile> & StoredProfile; // a v1 record: no tags, no log yet
      await cursor.update({ ...record, tags: record.tags ?? [], log: record.log ?? [] });
    }
  },
  async (db, tx) => {
    db.createObjectStore('summaries', { keyPath: 'id' });
    const summaries = tx.objectStore('summaries');
    for (let cursor = await tx.objectStore('profiles').openCursor(); cursor; cursor = await cursor.continue()) {
      if (!isSealed(cursor.value)) await summaries.put(summarise(cursor.value)); // no vault before v5
    }
  },
  async (_db, tx) => {
    const summaries = tx.objectStore('summaries');
    for (let cursor = await summaries.openCursor(); cursor; cursor = await cursor.continue()) {
      const summary = cursor.value;
      if (!isSealed(summary)) await cursor.update({ ...summary, recent: summary.usedAt ?? summary.updatedAt });
    }
    summaries.createIndex('recent', 'recent');
  },
  async (db) => {
    db.createObjectStore('quarantine', { keyPath: 'id' });
  },
  async (db) => {
    db.createObjectStore('files', { keyPath: 'key' }).createIndex('profileId', 'profileId');
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

export type ApplyOptions = { signal?: AbortSignal; onProgress?: (done: number, total: number) => void };

export type ProfileStore = {
  list(): Promise<StoredProfile[]>;
  summaries(): Promise<ProfileSummary[]>;
  /** These profiles' summaries, in the order asked (undefined where none is stored): a list's rows read again after a write. */
  summariesOf(ids: readonly string[]): Promise<(ProfileSummary | undefined)[]>;
  /** The most recently used or edited, newest first, read through the index without loading the rest. */
  recent(limit: number): Promise<ProfileSummary[]>;
  /** The most recently edited, newest first (the options list's default order), without loading the rest. */
  newest(limit: number): Promise<ProfileSummary[]>;
  count(): Promise<number>;
  /** Each stored profile's updatedAt by id, from the index (nothing decrypted): which changed since last compared. */
  stamps(): Promise<Map<string, string>>;
  get(id: string): Promise<StoredProfile | undefined>;
  /** Several records read in one transaction, in the order asked (undefined where none is stored). */
  getMany(ids: readonly string[]): Promise<(StoredProfile | undefined)[]>;
  put(profile: Profile, id?: string): Promise<StoredProfile>;
  /** All or nothing: one transaction; if any write fails, nothing stored changes. */
  putMany(profiles: readonly Profile[]): Promise<StoredProfile[]>;
  /**
   * Writes a previewed import plan (or restores deleted records) in one transaction. Records are prepared a slice at
   * a time (reported to `onProgress`); an abort before the transaction commits rejects with an AbortError and stores
   * nothing.
   */
  apply(records: readonly StoredProfile[], options?: ApplyOptions): Promise<void>;
  remove(id: string): Promise<StoredProfile | undefined>;
  markUsed(id: string): Promise<void>;
  /** Tags and the filing log belong to the stored record, not to the interchange profile. */
  updateMeta(id: string, meta: Partial<Pick<StoredProfile, 'tags' | 'log'>>): Promise<StoredProfile | undefined>;
  /** Prefix search over the label, subject name, certificate number, domain and record-number indexes. */
  search(query: string, limit?: number): Promise<ProfileSummary[]>;
  /** A profile's material files by material id, unsealed (the vault must be unlocked when it is on). */
  files(profileId: string): Promise<Map<string, Uint8Array<ArrayBuffer>>>;
  /** The record with each material's bytes back in `data`, for an export or backup with materials. */
  withFiles(record: StoredProfile): Promise<StoredProfile>;
  /** Records set aside because they no longer parse as profiles. */
  quarantined(): Promise<Quarantined[]>;
  vault: VaultControl;
};

/** The unlocked key, held where every extension page of this session finds it (src/vault/session.ts). */
export type KeyHolder = { get(): Promise<CryptoKey | undefined>; set(key: CryptoKey): Promise<void>; clear(): Promise<void> };

export type VaultControl = {
  status(): Promise<{ encrypted: boolean; locked: boolean }>;
  /** Encrypts every stored record with a key from the passphrase, in one transaction; then it is unlocked. */
  enable(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<boolean>;
  lock(): Promise<void>;
  /** Re-encrypts every record with the new passphrase in one transaction; a wrong old one changes nothing. */
  change(oldPassphrase: string, newPassphrase: string): Promise<boolean>;
  /** Seals a value with the unlocked key (drafts and the undo buffer in extension storage). */
  seal(value: unknown): Promise<Sealed>;
  unseal(sealed: Sealed): Promise<unknown>;
};

export class VaultLockedError extends Error {
  constructor() {
    super('资料库已加密并锁定：请先输入口令解锁 · the profile store is encrypted and locked: unlock it with its passphrase first');
    this.name = 'VaultLockedError';
  }
}

const QUOTA = 'QuotaExceededError';

/** The browser's storage is full: say so, and that nothing changed (the transaction was aborted). */
function explain(error: unknown): unknown {
  if (error instanceof DOMException && error.name === QUOTA) {
    return new Error('浏览器存储空间已满，本次没有保存任何内容，原有资料保持不变 · the browser’s storage is full: nothing was saved and what was stored is unchanged');
  }
  return error;
}

/** A record ready to write: its files taken out of its materials, and the material ids whose files it keeps. */
type Encoded = { record: StoredProfile | SealedRecord; summary: ProfileSummary | SealedSummary; files: FileRecord[]; materialIds: ReadonlySet<string> };
type WriteTx = IDBPTransaction<ProfileDb, ('profiles' | 'summaries' | 'meta' | 'files')[], 'readwrite'>;

/** A record's files written beside it, and the files of materials it no longer holds deleted, in the caller's transaction. */
async function writeFiles(tx: WriteTx, id: string, { files, materialIds }: Encoded): Promise<void> {
  const store = tx.objectStore('files');
  const stale = (await store.index('profileId').getAll(id)).filter((f) => !materialIds.has(f.materialId));
  await Promise.all([...files.map((f) => store.put(f)), ...stale.map((f) => store.delete(f.key))]);
}

/** Writes encoded records in one transaction; any failure, even a synchronous one, aborts it so nothing is half-written. */
async function writeAll(
  db: Db,
  encoded: readonly Encoded[],
  mode: 'add' | 'put',
  extra?: (tx: WriteTx) => Promise<unknown>,
  signal?: AbortSignal,
): Promise<void> {
  const tx = db.transaction(['profiles', 'summaries', 'meta', 'files'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  const summaries = tx.objectStore('summaries');
  const pending: Promise<unknown>[] = [tx.done];
  // A cancel that lands while the transaction is still open aborts it: then nothing of it is stored.
  const cancel = () => {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
  };
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (const entry of encoded) {
      pending.push(mode === 'add' ? profiles.add(entry.record) : profiles.put(entry.record));
      pending.push(summaries.put(entry.summary));
      pending.push(writeFiles(tx, entry.record.id, entry));
    }
    if (extra) pending.push(extra(tx));
    await Promise.all(pending);
  } catch (error) {
    for (const request of pending) request.catch(() => undefined); // the aborted rest reject too; they are expected
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    throw signal?.aborted ? cancelled() : explain(error);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

const cancelled = () => new DOMException('cancelled; nothing was stored', 'AbortError');

const VAULT = 'vault';

/** The options list's order: the updatedAt index read backwards (ties by id, descending), so newest() is its head. */
export const newestFirst = (a: ProfileSummary, b: ProfileSummary) => (a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
/** The popup's order: last activity first, ties by id ascending, so recent() is the head of every summary sorted so. */
export const recentFirst = (a: ProfileSummary | SealedSummary, b: ProfileSummary | SealedSummary) =>
  a.recent !== b.recent ? (a.recent < b.recent ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

type KeyIndex = { openKeyCursor(query: null, direction: 'prev'): Promise<{ key: IDBValidKey; advance(count: number): Promise<{ key: IDBValidKey } | null> } | null> };

/**
 * The index key of the `limit`-th entry from the end, found with one cursor jump (stepping back `limit` times costs
 * a round trip to the database each); undefined when the index holds fewer entries.
 */
async function edgeKey(index: KeyIndex, limit: number): Promise<IDBValidKey | undefined> {
  const last = await index.openKeyCursor(null, 'prev');
  const edge = last && limit > 1 ? await last.advance(limit - 1) : last;
  return edge?.key;
}

export function profileStore(dbPromise: Promise<Db> = openStore(), clock: () => Date = () => new Date(), keys?: KeyHolder): ProfileStore {
  const params = async (): Promise<VaultParams | undefined> => (await (await dbPromise).get('meta', VAULT))?.value as VaultParams | undefined;

  /** The key records are sealed with: none while the vault is off; an error while it is locked. */
  async function sealingKey(): Promise<CryptoKey | undefined> {
    if (!(await params())) return undefined;
    const key = await keys?.get();
    if (!key) throw new VaultLockedError();
    return key;
  }

  async function encode(withData: StoredProfile, key: CryptoKey | undefined): Promise<Encoded> {
    // A material that arrives with its bytes (an import, an added file) leaves them in the files store.
    const materials = withData.profile.materials;
    const record = materials.some((m) => m.data !== undefined) ? { ...withData, profile: { ...withData.profile, materials: materials.map(({ data: _data, ...m }) => m) } } : withData;
    const files = await Promise.all(
      materials.flatMap((m) => (m.data === undefined ? [] : [{ materialId: m.id, bytes: fromBase64(m.data) }])).map(async ({ materialId, bytes }): Promise<FileRecord> => {
        const base = { key: fileKey(record.id, materialId), profileId: record.id, materialId };
        return key ? { ...base, sealed: await sealBytes(key, bytes) } : { ...base, bytes };
      }),
    );
    const materialIds = new Set(materials.map((m) => m.id));
    const summary = summarise(record);
    if (!key) return { record, summary, files, materialIds };
    return {
      record: { id: record.id, updatedAt: record.updatedAt, sealed: await seal(key, record) },
      summary: { id: record.id, recent: summary.recent, sealed: await seal(key, summary) },
      files,
      materialIds,
    };
  }

  const openFile = async (file: FileRecord, key: CryptoKey | undefined): Promise<Uint8Array<ArrayBuffer>> => {
    if ('bytes' in file) return file.bytes;
    if (!key) throw new VaultLockedError();
    return unsealBytes(key, file.sealed);
  };

  const openRecord = async (stored: StoredProfile | SealedRecord, key: CryptoKey | undefined): Promise<StoredProfile> => {
    if (!isSealed(stored)) return stored;
    if (!key) throw new VaultLockedError();
    return (await unseal(key, stored.sealed)) as StoredProfile; // sealed by encode() from a StoredProfile; parsed by sound()
  };
  const openSummary = async (stored: ProfileSummary | SealedSummary, key: CryptoKey | undefined): Promise<ProfileSummary> => {
    if (!isSealed(stored)) return stored;
    if (!key) throw new VaultLockedError();
    return (await unseal(key, stored.sealed)) as ProfileSummary; // sealed by encode() from summarise()
  };

  /** Records whose profile no longer parses are moved to the quarantine, in one transaction; the rest are answered. */
  async function sound(records: readonly StoredProfile[]): Promise<StoredProfile[]> {
    if (records.length === 0) return [];
    // zod is loaded only when a whole profile is read: the popup and the options list open on summaries without it.
    const [{ profileSchema }, { migrateToCurrent }] = await Promise.all([import('./schema'), import('./migrate')]);
    const now = clock().toISOString();
    const good: StoredProfile[] = [];
    const bad: Quarantined[] = [];
    const check = (r: StoredProfile) => {
      // A record stored by an older version is read in today's format and written so at its next save.
      const migrated = migrateToCurrent({ ...r.profile });
      const parsed = migrated.ok ? profileSchema.safeParse(migrated.doc) : undefined;
      if (parsed?.success) {
        good.push(parsed.data.version === r.profile.version ? r : { ...r, profile: parsed.data });
        return;
      }
      const reason = parsed ? parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : migrated.ok ? '' : migrated.message;
      bad.push({ id: r.id, record: r, reason, at: now });
    };
    // Parsing thousands takes seconds: a slice at a time, so the background answers an unlock or a popup meanwhile.
    for (let start = 0; start < records.length; start += SLICE) {
      if (start > 0) await yieldToEvents();
      records.slice(start, start + SLICE).forEach(check);
    }
    if (bad.length === 0) return good;
    const db = await dbPromise;
    const tx = db.transaction(['profiles', 'summaries', 'quarantine'], 'readwrite');
    await Promise.all([...bad.flatMap((q) => [tx.objectStore('quarantine').put(q), tx.objectStore('profiles').delete(q.id), tx.objectStore('summaries').delete(q.id)]), tx.done]);
    return good;
  }

  async function readAll(): Promise<StoredProfile[]> {
    const db = await dbPromise;
    const key = await sealingKey();
    const stored = await db.getAllFromIndex('profiles', 'updatedAt');
    return sound(await Promise.all(stored.map((r) => openRecord(r, key))));
  }

  async function allSummaries(): Promise<ProfileSummary[]> {
    const key = await sealingKey();
    return Promise.all((await (await dbPromise).getAll('summaries')).map((s) => openSummary(s, key)));
  }

  /**
   * Reads, changes and writes one record without losing a write that lands in between: the write checks, in its
   * own transaction, that the record is still the one read (encryption cannot run inside an IndexedDB transaction),
   * and starts over otherwise.
   */
  async function update(id: string, change: (existing: StoredProfile) => StoredProfile): Promise<StoredProfile | undefined> {
    const db = await dbPromise;
    for (let attempt = 0; attempt < 5; attempt++) {
      const key = await sealingKey();
      const read = await db.get('profiles', id);
      if (!read) return undefined;
      const token = JSON.stringify(read);
      const next = change(await openRecord(read, key));
      const encoded = await encode(next, key);
      let raced = false;
      const tx = db.transaction(['profiles', 'summaries', 'meta', 'files'], 'readwrite');
      try {
        const current = await tx.objectStore('profiles').get(id);
        if (JSON.stringify(current) !== token) {
          raced = true;
          tx.abort();
        } else {
          await Promise.all([tx.objectStore('profiles').put(encoded.record), tx.objectStore('summaries').put(encoded.summary), writeFiles(tx, id, encoded), tx.done]);
          return next;
        }
      } catch (error) {
        if (!raced) throw explain(error);
      }
      await tx.done.catch(() => undefined);
    }
    throw new Error('资料正在被同时修改，请重试 · the profile is being changed elsewhere at the same time: try again');
  }

  async function writeRecords(records: readonly StoredProfile[], mode: 'add' | 'put', options: ApplyOptions = {}): Promise<void> {
    const { signal, onProgress } = options;
    const key = await sealingKey();
    if (!signal && !onProgress) {
      await writeAll(await dbPromise, await Promise.all(records.map((r) => encode(r, key))), mode);
      return;
    }
    const encoded: Encoded[] = [];
    onProgress?.(0, records.length);
    for (let start = 0; start < records.length; start += SLICE) {
      if (signal?.aborted) throw cancelled();
      encoded.push(...(await Promise.all(records.slice(start, start + SLICE).map((r) => encode(r, key)))));
      onProgress?.(encoded.length, records.length);
      await yieldToEvents();
    }
    if (signal?.aborted) throw cancelled();
    await writeAll(await dbPromise, encoded, mode, undefined, signal);
  }

  /** Every record re-encoded with `key` and the vault parameters written, in one transaction. */
  async function reseal(records: readonly StoredProfile[], key: CryptoKey, next: VaultParams): Promise<void> {
    const db = await dbPromise;
    const current = await sealingKey();
    const files = await Promise.all(
      (await db.getAll('files')).map(async (f): Promise<FileRecord> => ({ key: f.key, profileId: f.profileId, materialId: f.materialId, sealed: await sealBytes(key, await openFile(f, current)) })),
    );
    const encoded = await Promise.all(records.map((r) => encode(r, key)));
    await writeAll(db, encoded, 'put', (tx) => Promise.all([tx.objectStore('meta').put({ key: VAULT, value: next }), ...files.map((f) => tx.objectStore('files').put(f))]));
  }

  const vault: VaultControl = {
    async status() {
      const encrypted = Boolean(await params());
      return { encrypted, locked: encrypted && !(await keys?.get()) };
    },
    async enable(passphrase) {
      if (!keys) throw new Error('no place to hold the key in this context');
      if (await params()) throw new Error('资料库已经加密 · the store is encrypted already');
      const records = await readAll();
      const { key, params: next } = await newVault(passphrase);
      await reseal(records, key, next);
      await keys.set(key);
      // Quarantined records are kept as they were found: sealed too, so nothing readable stays.
      const db = await dbPromise;
      const quarantined = await db.getAll('quarantine');
      const sealed = await Promise.all(quarantined.map(async (q) => ({ ...q, record: { sealed: await seal(key, q.record) } })));
      const tx = db.transaction('quarantine', 'readwrite');
      await Promise.all([...sealed.map((q) => tx.store.put(q)), tx.done]);
    },
    async unlock(passphrase) {
      const current = await params();
      if (!current || !keys) return false;
      const key = await openVault(passphrase, current);
      if (!key) return false;
      await keys.set(key);
      return true;
    },
    async lock() {
      await keys?.clear();
    },
    async change(oldPassphrase, newPassphrase) {
      const current = await params();
      if (!current || !keys) return false;
      const oldKey = await openVault(oldPassphrase, current);
      if (!oldKey) return false;
      await keys.set(oldKey);
      const records = await readAll();
      const { key, params: next } = await newVault(newPassphrase);
      await reseal(records, key, next);
      await keys.set(key);
      return true;
    },
    async seal(value) {
      const key = await sealingKey();
      if (!key) throw new Error('the vault is off');
      return seal(key, value);
    },
    async unseal(sealed) {
      const key = await sealingKey();
      if (!key) throw new Error('the vault is off');
      return unseal(key, sealed);
    },
  };

  return {
    async list() {
      return (await readAll()).reverse();
    },
    async summaries() {
      return (await allSummaries()).sort(newestFirst);
    },
    async summariesOf(ids) {
      const key = sealingKey();
      key.catch(() => undefined); // answered below; a read that fails first must not leave it unhandled
      const tx = (await dbPromise).transaction('summaries');
      const found = await Promise.all(ids.map((id) => tx.store.get(id)));
      const unlocked = await key;
      return Promise.all(found.map((s) => (s ? openSummary(s, unlocked) : undefined)));
    },
    async recent(limit) {
      // The key comes from extension storage: awaiting it inside the read would let the transaction close under it.
      const key = sealingKey();
      key.catch(() => undefined); // answered below; a read that fails first must not leave it unhandled
      const index = (await dbPromise).transaction('summaries').store.index('recent');
      const edge = await edgeKey(index, limit);
      // Everything newer than the edge (fewer than `limit`), then the edge's ties, as many as are still wanted: an
      // import of thousands shares one time, and reading all of them would be the cost this avoids.
      const newer = await index.getAll(edge === undefined ? null : IDBKeyRange.lowerBound(edge, true));
      const ties = edge === undefined ? [] : await index.getAll(IDBKeyRange.only(edge), limit - newer.length);
      const unlocked = await key;
      return Promise.all([...newer.sort(recentFirst), ...ties].map((s) => openSummary(s, unlocked)));
    },
    async newest(limit) {
      const key = sealingKey();
      key.catch(() => undefined);
      const tx = (await dbPromise).transaction(['profiles', 'summaries']);
      const index = tx.objectStore('profiles').index('updatedAt');
      const edge = await edgeKey(index, limit);
      // Keys only, so reading all of the edge's ties (an import of thousands shares one time) stays cheap.
      const newer = await index.getAllKeys(edge === undefined ? null : IDBKeyRange.lowerBound(edge, true));
      const ties = edge === undefined ? [] : await index.getAllKeys(IDBKeyRange.only(edge));
      const ids = [...newer.reverse(), ...ties.reverse().slice(0, limit - newer.length)];
      const found = await Promise.all(ids.map((id) => tx.objectStore('summaries').get(id)));
      const unlocked = await key;
      return Promise.all(found.flatMap((s) => (s ? [openSummary(s, unlocked)] : [])));
    },
    async count() {
      return (await dbPromise).count('summaries');
    },
    async stamps() {
      const stamps = new Map<string, string>();
      let cursor = await (await dbPromise).transaction('profiles').store.index('updatedAt').openKeyCursor();
      while (cursor) {
        stamps.set(cursor.primaryKey, cursor.key);
        cursor = await cursor.continue();
      }
      return stamps;
    },
    async get(id) {
      return (await this.getMany([id]))[0];
    },
    async getMany(ids) {
      const db = await dbPromise;
      const key = await sealingKey();
      const tx = db.transaction('profiles');
      const stored = await Promise.all(ids.map((id) => tx.store.get(id)));
      const found = await sound(await Promise.all(stored.flatMap((r) => (r ? [openRecord(r, key)] : []))));
      const byId = new Map(found.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id));
    },
    async put(profile, id) {
      const now = clock().toISOString();
      const updated = id ? await update(id, (previous) => toStored(profile, now, id, previous)) : undefined;
      if (updated) return updated;
      const record = toStored(profile, now, id);
      await writeRecords([record], 'put');
      return record;
    },
    async putMany(profiles) {
      const now = clock().toISOString();
      const records = profiles.map((p) => toStored(p, now));
      await writeRecords(records, 'add');
      return records;
    },
    async apply(records, options) {
      await writeRecords(records, 'put', options);
    },
    async remove(id) {
      // With its files: the record answered is what an undo restores.
      const found = await this.get(id);
      const existing = found && (await this.withFiles(found));
      const db = await dbPromise;
      const tx = db.transaction(['profiles', 'summaries', 'files'], 'readwrite');
      const files = await tx.objectStore('files').index('profileId').getAllKeys(id);
      await Promise.all([tx.objectStore('profiles').delete(id), tx.objectStore('summaries').delete(id), ...files.map((k) => tx.objectStore('files').delete(k)), tx.done]);
      return existing;
    },
    async markUsed(id) {
      await update(id, (existing) => ({ ...existing, usedAt: clock().toISOString() }));
    },
    async updateMeta(id, meta) {
      return update(id, (existing) => ({ ...existing, ...meta, updatedAt: clock().toISOString() }));
    },
    async files(profileId) {
      const db = await dbPromise;
      const key = await sealingKey();
      const stored = await db.getAllFromIndex('files', 'profileId', profileId);
      return new Map(await Promise.all(stored.map(async (f) => [f.materialId, await openFile(f, key)] as const)));
    },
    async withFiles(record) {
      const files = await this.files(record.id);
      const materials = record.profile.materials.map((m) => {
        const bytes = files.get(m.id);
        return bytes ? { ...m, data: toBase64(bytes) } : m;
      });
      return { ...record, profile: { ...record.profile, materials } };
    },
    async quarantined() {
      return (await dbPromise).getAll('quarantine');
    },
    async search(query, limit = 200) {
      const q = query.trim();
      if (!q) return (await this.summaries()).slice(0, limit);
      if (await params()) {
        // Sealed records have no readable index: the unlocked summaries are searched in memory.
        const upper = q.toUpperCase();
        return (await allSummaries())
          .filter((s) => [s.label, s.subjectName, ...s.domains, ...s.recordNumbers].some((v) => v.startsWith(q)) || s.certificateNumber.startsWith(upper))
          .slice(0, limit);
      }
      const db = await dbPromise;
      const range = IDBKeyRange.bound(q, `${q}\uffff`);
      const upper = IDBKeyRange.bound(q.toUpperCase(), `${q.toUpperCase()}\uffff`);
      const tx = db.transaction('profiles');
      const found = new Map<string, StoredProfile>();
      for (const index of SEARCH_INDEXES) {
        const keyRange = index === 'certificateNumber' ? upper : range;
        for (const record of await tx.store.index(index).getAll(keyRange, limit)) if (!isSealed(record)) found.set(record.id, record);
      }
      return [...found.values()].slice(0, limit).map(summarise);
    },
    vault,
  };
}
