import { docId, openPayload } from './envelope';
import type { PouchDatabase } from './pouch';

// Who did what: each revision's payload carries the agent (their CouchDB user name) and the time, and the trail of
// the revisions before it, so the history survives PouchDB's compaction and replication (which moves leaves only).

export type HistoryEntry = { rev: string; agent: string; at: string; deleted: boolean; /** Its body is still in this browser's copy. */ available: boolean };

/** Newest first; empty when the profile was never shared. */
export async function history(db: PouchDatabase, key: CryptoKey, pid: string): Promise<HistoryEntry[]> {
  const id = docId(pid);
  // A deleted profile's document answers `get` only by revision.
  const [row] = (await db.allDocs({ keys: [id] })).rows;
  const rev = row?.value?.rev;
  if (!rev) return [];
  const doc = await db.get(id, { rev, revs_info: true });
  const opened = await openPayload(key, doc);
  if (!opened.ok) return [];
  const available = new Set((doc._revs_info ?? []).filter((r) => r.status === 'available').map((r) => r.rev));
  return opened.payload.trail.map((t) => ({ rev: t.rev, agent: t.agent, at: t.at, deleted: t.deleted ?? false, available: available.has(t.rev) })).reverse();
}
