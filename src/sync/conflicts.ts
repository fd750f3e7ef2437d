import { formatPath } from '../profile/paths';
import type { StoredProfile } from '../profile/store';
import { fromBase64 } from '../vault/crypto';
import { docId, openFile, openPayload, syncedRecordSchema, toSynced, type FileRef, type SyncedRecord } from './envelope';
import type { Mirror } from './mirror';
import type { PouchDatabase, PouchDoc } from './pouch';

// Conflicts are the agent's: two agents who edited one profile offline both keep their revision (CouchDB picks a
// winner only to have something to show). The agent sees both, field by field, and writes the merged record, which
// ends the losing revisions on every side once it replicates.

export type Version = { rev: string; agent: string; at: string; record: SyncedRecord; files: Record<string, FileRef> };
/** One difference: a path as profile-format.md writes it (`subject.head.mobiles`; `tags` and `log` for the record's own). */
export type FieldDiff = { path: string; mine: unknown; theirs: unknown; list?: true };
export type ConflictDetail = { id: string; mine: Version; theirs: Version; others: Version[]; diff: FieldDiff[]; unreadable: string[] };

type Ctx = { db: PouchDatabase; key: CryptoKey; agent: string };

async function versionOf(doc: PouchDoc, key: CryptoKey): Promise<Version | undefined> {
  const opened = await openPayload(key, doc);
  if (!opened.ok || opened.payload.kind !== 'record' || !doc._rev) return undefined;
  const { agent, at, record, files } = opened.payload;
  return { rev: doc._rev, agent, at, record, files };
}

/** Every live revision of a conflicted profile, the winner first; undefined when it is not in conflict. */
async function leaves({ db, key }: Ctx, pid: string): Promise<{ winner: PouchDoc; versions: Version[]; unreadable: string[] } | undefined> {
  const winner = await db.get(docId(pid), { conflicts: true }).catch(() => undefined);
  if (!winner?._conflicts?.length) return undefined;
  const docs = [winner, ...(await Promise.all(winner._conflicts.map((rev) => db.get(docId(pid), { rev }))))];
  const versions: Version[] = [];
  const unreadable: string[] = [];
  for (const doc of docs) {
    const version = await versionOf(doc, key);
    if (version) versions.push(version);
    else unreadable.push(doc._rev ?? '');
  }
  return { winner, versions, unreadable };
}

/** Both sides of a conflict: `mine` is this agent's latest revision (else the winner), `theirs` the first other. */
export async function conflictDetail(ctx: Ctx, pid: string): Promise<ConflictDetail | undefined> {
  const found = await leaves(ctx, pid);
  if (!found || found.versions.length < 2) return undefined;
  const own = found.versions.filter((v) => v.agent === ctx.agent).sort((a, b) => (a.at < b.at ? 1 : -1));
  const mine = own[0] ?? found.versions[0]!;
  const rest = found.versions.filter((v) => v !== mine);
  const theirs = rest[0]!;
  return { id: pid, mine, theirs, others: rest.slice(1), diff: diffRecords(mine.record, theirs.record), unreadable: found.unreadable };
}

/** The record's shared content as one tree: the profile's fields at their own paths, beside `tags` and `log`. */
const comparable = (r: SyncedRecord) => ({ ...r.profile, materials: r.profile.materials, tags: r.tags, log: r.log });

const isPlainObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Field by field. Lists of objects of one length (websites, approvals) are compared item by item; any other list
 * that differs (mobiles, domains, tags, lists of different lengths) is given whole on both sides, so nothing in
 * either is lost by picking one.
 */
export function diffRecords(mine: SyncedRecord, theirs: SyncedRecord): FieldDiff[] {
  const out: FieldDiff[] = [];
  const walk = (a: unknown, b: unknown, path: PropertyKey[]) => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length === b.length && a.every(isPlainObject) && b.every(isPlainObject)) a.forEach((item, i) => walk(item, b[i], [...path, i]));
      else out.push({ path: formatPath(path), mine: a, theirs: b, list: true });
      return;
    }
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) walk(Reflect.get(a, k), Reflect.get(b, k), [...path, k]);
      return;
    }
    out.push({ path: formatPath(path), mine: a, theirs: b, ...(Array.isArray(a) || Array.isArray(b) ? { list: true as const } : {}) });
  };
  walk(comparable(mine), comparable(theirs), []);
  return out;
}

/**
 * Writes `merged` as the winner and ends every other revision. Its materials' bytes come from `data` where given,
 * else from whichever revision holds that material's file (the winner first).
 */
export async function resolveConflict(ctx: Ctx & { mirror: Mirror; now: string }, pid: string, merged: StoredProfile): Promise<string> {
  const record = syncedRecordSchema.parse({ ...toSynced(merged), id: pid, updatedAt: ctx.now });
  const winner = await ctx.db.get(docId(pid), { conflicts: true });
  const found = await leaves(ctx, pid);
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const material of merged.profile.materials) {
    if (material.data !== undefined) {
      files.set(material.id, fromBase64(material.data));
      continue;
    }
    for (const version of found?.versions ?? []) {
      const ref = version.files[material.id];
      if (!ref) continue;
      const full = await ctx.db.get(docId(pid), { rev: version.rev, attachments: true });
      const data = full._attachments?.[ref.name]?.data;
      if (data === undefined) continue;
      files.set(material.id, await openFile(ctx.key, ref.iv, data));
      break;
    }
  }
  return ctx.mirror.commit(record, files, winner._rev ?? '', winner._conflicts ?? []);
}
