import { z } from 'zod';
import type { ProfileStore, StoredProfile } from '../profile/store';
import { toBase64 } from '../vault/crypto';
import {
  ATTACHMENT_TYPE,
  docId,
  fingerprint,
  openFile,
  openPayload,
  profileIdOf,
  randomHex,
  sealFile,
  sealPayload,
  sha256Hex,
  toSynced,
  type FileRef,
  type Payload,
  type SyncedRecord,
} from './envelope';
import type { Attachment, PouchDatabase, PouchDoc } from './pouch';

// The mirror between the profile store (what the extension reads) and this browser's PouchDB copy of the team's
// database (what replication moves). Out: records that changed since they were last mirrored become encrypted
// revisions. In: winning revisions that arrived are decrypted and written to the store. Each side remembers, per
// profile, the revision its store record stands on; a change the mirror itself made is therefore never sent back.

/** A profile with one of these tags never leaves this browser, and nothing from the team overwrites it. */
export const PRIVATE_TAGS: readonly string[] = ['private', '私有'];
export const isPrivate = (tags: readonly string[]) => tags.some((t) => PRIVATE_TAGS.includes(t));

const entrySchema = z.object({
  /** The revision the store's record stands on (written from it, or applied to it). */
  rev: z.string(),
  /** The store record's updatedAt at that moment: a different one means it was edited since. */
  updatedAt: z.string(),
  fp: z.string(),
  deleted: z.boolean().optional(),
  private: z.boolean().optional(),
});
type Entry = z.infer<typeof entrySchema>;

const quarantinedSchema = z.object({ id: z.string(), rev: z.string(), reason: z.string(), at: z.string() });
export type SyncQuarantined = z.infer<typeof quarantinedSchema>;

const seqSchema = z.union([z.number(), z.string()]);
const stateSchema = z.object({
  since: seqSchema.default(0),
  entries: z.record(z.string(), entrySchema).default({}),
  conflicts: z.array(z.string()).default([]),
  quarantine: z.array(quarantinedSchema).default([]),
  /** The local sequence every change up to which is on the server. */
  pushedSeq: seqSchema.default(0),
  lastSync: z.string().optional(),
});
type State = z.infer<typeof stateSchema>;

/** Kept in a `_local` document: PouchDB never replicates those. */
const STATE_ID = '_local/beian-mirror';
const BATCH = 250;
/** How often a long pull saves where it is (each save writes every entry). */
const SAVE_EVERY_MS = 3000;
/** Who wrote the last revisions, carried inside each payload so history survives compaction and replication. */
const TRAIL = 50;

export type MirrorOptions = { store: ProfileStore; db: PouchDatabase; key: CryptoKey; agent: string; clock: () => Date };

export type Mirror = {
  /** Store → PouchDB: the given profiles, or (none given) every one changed or deleted since it was last mirrored. */
  push(ids?: readonly string[]): Promise<number>;
  /** PouchDB → store: every change since the last one taken. Answers the profiles it wrote or removed. */
  pull(): Promise<string[]>;
  /** Writes `record` as the child of `winner` and ends each losing revision, then stores it. */
  commit(record: SyncedRecord, files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>, winner: string, losers: readonly string[]): Promise<string>;
  conflicts(): string[];
  /** The team's profiles this browser holds as the server has them (not deleted, not private). */
  mirrored(): number;
  quarantined(): SyncQuarantined[];
  state(): Pick<State, 'pushedSeq' | 'lastSync'>;
  synced(pushedSeq: number | string, at: string): Promise<void>;
  /** The push's progress: kept in memory and written with the next save (a lost one only overstates what is pending). */
  pushedTo(seq: number | string): void;
};

type Content = { kind: 'record'; record: SyncedRecord; files: ReadonlyMap<string, Uint8Array<ArrayBuffer>> } | { kind: 'deleted' };

const statusOf = (error: unknown) => (typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined);

export async function createMirror({ store, db, key, agent, clock }: MirrorOptions): Promise<Mirror> {
  const loaded = await db.get(STATE_ID).catch((error: unknown) => {
    if (statusOf(error) === 404) return undefined;
    throw error;
  });
  const state: State = stateSchema.parse(loaded ?? {});
  let stateRev = loaded?._rev;
  const conflicted = new Set(state.conflicts);
  const quarantine = new Map(state.quarantine.map((q) => [q.id, q]));

  let queue: Promise<unknown> = Promise.resolve();
  /** The full comparison waiting its turn, which a later request joins. */
  let fullPush: Promise<number> | undefined;
  /** One mirror step at a time: a push and a pull interleaved could each act on what the other is changing. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function saveState(): Promise<void> {
    const doc: PouchDoc = { _id: STATE_ID, ...state, conflicts: [...conflicted], quarantine: [...quarantine.values()], ...(stateRev ? { _rev: stateRev } : {}) };
    stateRev = (await db.put(doc)).rev;
  }

  const shasOf = async (files: ReadonlyMap<string, Uint8Array<ArrayBuffer>>) =>
    Object.fromEntries(await Promise.all([...files].map(async ([id, bytes]) => [id, await sha256Hex(bytes)] as const)));

  /** The material files a record holds (a file of a material no longer in it is not the team's business). */
  async function filesOf(record: StoredProfile): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
    if (record.profile.materials.length === 0) return new Map();
    const all = await store.files(record.id);
    return new Map(record.profile.materials.flatMap((m) => (all.has(m.id) ? [[m.id, all.get(m.id)!] as const] : [])));
  }

  /**
   * A new revision as a child of `base` (or a new root), built by hand and written with `new_edits: false`: that
   * keeps it on the branch the store's record came from, so an edit made on top of an older revision becomes a
   * conflict beside the newer one instead of silently replacing it.
   */
  async function revision(pid: string, content: Content, base: string | undefined): Promise<{ doc: PouchDoc; rev: string }> {
    const previous = base ? await db.get(docId(pid), { rev: base, revs: true }).catch(() => undefined) : undefined;
    const opened = previous && !previous._deleted ? await openPayload(key, previous) : undefined;
    const before = opened?.ok ? opened.payload : undefined;
    const hash = randomHex();
    const start = (previous?._revisions?.start ?? 0) + 1;
    const rev = `${start}-${hash}`;
    const at = clock().toISOString();
    const trail = [...(before?.trail ?? []), { rev, agent, at, ...(content.kind === 'deleted' ? { deleted: true } : {}) }].slice(-TRAIL);
    const head = { _id: docId(pid), _rev: rev, _revisions: { start, ids: [hash, ...(previous?._revisions?.ids ?? [])] } };
    if (content.kind === 'deleted') return { rev, doc: { ...head, _deleted: true, ...(await sealPayload(key, { kind: 'deleted', agent, at, trail })) } };

    const refs: Record<string, FileRef> = {};
    const attachments: Record<string, Attachment> = {};
    for (const [materialId, bytes] of content.files) {
      const sha256 = await sha256Hex(bytes);
      const kept = before?.kind === 'record' ? before.files[materialId] : undefined;
      const stub = kept && kept.sha256 === sha256 ? previous?._attachments?.[kept.name] : undefined;
      if (kept && stub?.digest) {
        // Unchanged bytes stay in the attachment already on the server: not encrypted or sent again.
        refs[materialId] = kept;
        attachments[kept.name] = { content_type: ATTACHMENT_TYPE, stub: true, digest: stub.digest, ...(stub.length === undefined ? {} : { length: stub.length }) };
      } else {
        const name = randomHex(8);
        const sealed = await sealFile(key, bytes);
        refs[materialId] = { name, iv: sealed.iv, sha256 };
        attachments[name] = { content_type: ATTACHMENT_TYPE, data: sealed.data };
      }
    }
    const payload: Payload = { kind: 'record', agent, at, trail, record: content.record, files: refs };
    return { rev, doc: { ...head, ...(await sealPayload(key, payload)), ...(Object.keys(attachments).length ? { _attachments: attachments } : {}) } };
  }

  async function write(docs: PouchDoc[]): Promise<void> {
    if (docs.length === 0) return;
    const results = await db.bulkDocs(docs, { new_edits: false });
    const failed = results.find((r) => r.error);
    if (failed) throw new Error(`local sync database refused a revision: ${failed.reason ?? failed.message ?? String(failed.error)}`);
  }

  /** Profiles changed or deleted in the store since they were last mirrored, by their updatedAt (nothing decrypted). */
  async function changedIds(): Promise<string[]> {
    const stamps = await store.stamps();
    const changed: string[] = [];
    for (const [pid, updatedAt] of stamps) {
      const entry = state.entries[pid];
      if (!entry || entry.deleted || entry.updatedAt !== updatedAt) changed.push(pid);
    }
    for (const [pid, entry] of Object.entries(state.entries)) if (!stamps.has(pid) && !entry.deleted && !entry.private) changed.push(pid);
    return changed;
  }

  async function prepare(pid: string, record: StoredProfile | undefined, staged: Record<string, Entry>): Promise<PouchDoc | undefined> {
    const entry = state.entries[pid];
    if (!record) {
      if (!entry || entry.deleted || entry.private) return undefined;
      const { doc, rev } = await revision(pid, { kind: 'deleted' }, entry.rev);
      staged[pid] = { rev, updatedAt: '', fp: '', deleted: true };
      return doc;
    }
    if (isPrivate(record.tags)) {
      // Remembered with its time, so that the next comparison passes over it until it is edited.
      staged[pid] = { ...(entry ?? { rev: '', fp: '' }), updatedAt: record.updatedAt, private: true };
      return undefined;
    }
    const { fp, files } = await fingerprintHere(record);
    const synced = toSynced(record);
    if (entry && !entry.deleted && entry.fp === fp) {
      staged[pid] = { ...entry, updatedAt: record.updatedAt, private: false };
      return undefined;
    }
    const { doc, rev } = await revision(pid, { kind: 'record', record: synced, files }, entry?.rev);
    staged[pid] = { rev, updatedAt: record.updatedAt, fp };
    return doc;
  }

  async function pushNow(ids?: readonly string[]): Promise<number> {
    const targets = ids ?? (await changedIds());
    let written = 0;
    for (let i = 0; i < targets.length; i += BATCH) {
      const slice = targets.slice(i, i + BATCH);
      const records = await store.getMany(slice);
      const staged: Record<string, Entry> = {};
      const docs: PouchDoc[] = [];
      for (const [n, pid] of slice.entries()) {
        const doc = await prepare(pid, records[n], staged);
        if (doc) docs.push(doc);
      }
      await write(docs);
      Object.assign(state.entries, staged);
      written += docs.length;
    }
    if (targets.length > 0) await saveState();
    return written;
  }

  function quarantineDoc(pid: string, rev: string, reason: string) {
    quarantine.set(pid, { id: pid, rev, reason, at: clock().toISOString() });
  }

  /** The materials' bytes the store does not hold yet, decrypted from the revision's attachments. */
  async function fetchFiles(doc: PouchDoc, files: Record<string, FileRef>, local: ReadonlyMap<string, Uint8Array<ArrayBuffer>>): Promise<Map<string, string>> {
    const wanted: [string, FileRef][] = [];
    for (const [materialId, ref] of Object.entries(files)) {
      const have = local.get(materialId);
      if (!have || (await sha256Hex(have)) !== ref.sha256) wanted.push([materialId, ref]);
    }
    const data = new Map<string, string>();
    if (wanted.length === 0) return data;
    const full = await db.get(doc._id, { rev: doc._rev, attachments: true });
    for (const [materialId, ref] of wanted) {
      const attachment = full._attachments?.[ref.name]?.data;
      if (attachment === undefined) throw new Error(`attachment of material ${materialId} is missing`);
      const bytes = await openFile(key, ref.iv, attachment);
      if ((await sha256Hex(bytes)) !== ref.sha256) throw new Error(`attachment of material ${materialId} does not match its hash`);
      data.set(materialId, toBase64(bytes));
    }
    return data;
  }

  /** What the store holds of a profile, as a fingerprint (the same one an arriving revision gets). */
  async function fingerprintHere(local: StoredProfile): Promise<{ fp: string; files: Map<string, Uint8Array<ArrayBuffer>> }> {
    const files = await filesOf(local);
    return { fp: await fingerprint(toSynced(local), await shasOf(files)), files };
  }

  async function pullNow(): Promise<string[]> {
    const written: string[] = [];
    let savedAt = Date.now();
    let unsaved = false;
    for (;;) {
      const batch = await db.changes({ since: state.since, include_docs: true, conflicts: true, limit: BATCH });
      if (batch.results.length === 0) break;
      const staged: Record<string, Entry> = {};
      const apply: StoredProfile[] = [];
      const remove: string[] = [];
      const mine: string[] = [];
      const rows = batch.results.flatMap((row) => {
        const pid = profileIdOf(row.id);
        if (!pid || !row.doc?._rev) return [];
        if (row.doc._conflicts?.length) conflicted.add(pid);
        else conflicted.delete(pid);
        // What the store stands on already (most often this browser's own pushes, which the feed lists too): no read.
        return state.entries[pid]?.rev === row.doc._rev ? [] : [{ pid, doc: row.doc, rev: row.doc._rev }];
      });
      // One read for the batch: thousands of single reads are most of a first sync's time.
      const locals = await store.getMany(rows.map((r) => r.pid));
      for (const [n, { pid, doc, rev }] of rows.entries()) {
        const entry = state.entries[pid];
        // A tombstone written by something other than the mirror has no sealed payload: still a deletion.
        const opened = doc._deleted && !('ct' in doc) ? { ok: true as const, payload: { kind: 'deleted' as const, agent: '', at: '', trail: [] } } : await openPayload(key, doc);
        if (!opened.ok) {
          quarantineDoc(pid, rev, opened.reason);
          continue;
        }
        const local = locals[n];
        if (entry?.private || (local && isPrivate(local.tags))) continue;
        const { payload } = opened;
        const deleted = payload.kind === 'deleted' || doc._deleted === true;
        const fp = payload.kind === 'record' ? await fingerprint(payload.record, Object.fromEntries(Object.entries(payload.files).map(([m, f]) => [m, f.sha256]))) : '';
        // Only where what arrived is compared with what is here (not for a plain update).
        const sameHere = async () => local !== undefined && (await fingerprintHere(local)).fp === fp;
        if (entry && !entry.deleted && (!local || local.updatedAt !== entry.updatedAt)) {
          // Edited or deleted here since it was last mirrored: both stay, as a conflict once pushed — unless what
          // arrived is what is here (a pull cut short before its state was saved already wrote it).
          if (deleted && !local) staged[pid] = { rev, updatedAt: '', fp: '', deleted: true };
          else if (!deleted && local && (await sameHere())) staged[pid] = { rev, updatedAt: local.updatedAt, fp };
          else mine.push(pid);
          continue;
        }
        if (deleted) {
          if (local) remove.push(pid);
          staged[pid] = { rev, updatedAt: '', fp: '', deleted: true };
          quarantine.delete(pid);
          continue;
        }
        if (payload.kind !== 'record') continue;
        if (local && !entry) {
          // Never mirrored here (a first join with profiles already stored): equal ones are taken as the same.
          if (await sameHere()) staged[pid] = { rev, updatedAt: local.updatedAt, fp };
          else mine.push(pid);
          continue;
        }
        let data: Map<string, string>;
        try {
          data = await fetchFiles(doc, payload.files, local ? await filesOf(local) : new Map());
        } catch (error) {
          quarantineDoc(pid, rev, error instanceof Error ? error.message : String(error));
          continue;
        }
        const record = payload.record;
        const materials = record.profile.materials.map((m) => (data.has(m.id) ? { ...m, data: data.get(m.id) } : m));
        apply.push({ ...record, ...(local?.usedAt ? { usedAt: local.usedAt } : {}), profile: { ...record.profile, materials } });
        staged[pid] = { rev, updatedAt: record.updatedAt, fp };
        quarantine.delete(pid);
      }
      if (apply.length > 0) await store.apply(apply);
      for (const pid of remove) await store.remove(pid);
      Object.assign(state.entries, staged);
      state.since = batch.last_seq;
      written.push(...apply.map((r) => r.id), ...remove);
      unsaved = true;
      // pushNow saves the state itself. Otherwise every few seconds: saving thousands of entries after each batch took
      // longer than the batch, and a pull cut short before a save takes the same revisions again harmlessly (above).
      if (mine.length > 0) await pushNow(mine);
      else if (Date.now() - savedAt < SAVE_EVERY_MS) continue;
      else await saveState();
      savedAt = Date.now();
      unsaved = false;
    }
    if (unsaved) await saveState();
    return written;
  }

  return {
    mirrored: () => Object.values(state.entries).filter((e) => !e.deleted && !e.private).length,
    push: (ids) => {
      if (ids) return serial(() => pushNow(ids));
      // A burst of "the store changed" (an import's slices, each list reload) needs one comparison after it, not one each.
      fullPush ??= serial(() => {
        fullPush = undefined;
        return pushNow();
      });
      return fullPush;
    },
    pull: () => serial(pullNow),
    commit: (record, files, winner, losers) =>
      serial(async () => {
        const pid = record.id;
        const fp = await fingerprint(record, await shasOf(files));
        const made = await revision(pid, { kind: 'record', record, files }, winner);
        const ended = await Promise.all(losers.map((rev) => revision(pid, { kind: 'deleted' }, rev)));
        await write([made.doc, ...ended.map((e) => e.doc)]);
        const local = await store.get(pid);
        const materials = record.profile.materials.map((m) => (files.has(m.id) ? { ...m, data: toBase64(files.get(m.id)!) } : m));
        await store.apply([{ ...record, ...(local?.usedAt ? { usedAt: local.usedAt } : {}), profile: { ...record.profile, materials } }]);
        state.entries[pid] = { rev: made.rev, updatedAt: record.updatedAt, fp };
        conflicted.delete(pid);
        await saveState();
        return made.rev;
      }),
    conflicts: () => [...conflicted],
    quarantined: () => [...quarantine.values()],
    state: () => ({ pushedSeq: state.pushedSeq, ...(state.lastSync ? { lastSync: state.lastSync } : {}) }),
    pushedTo: (seq) => {
      state.pushedSeq = seq;
    },
    synced: (pushedSeq, at) =>
      serial(async () => {
        state.pushedSeq = pushedSeq;
        state.lastSync = at;
        await saveState();
      }),
  };
}
