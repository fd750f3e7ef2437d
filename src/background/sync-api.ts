import { z } from 'zod';
import type { RequestOf, SyncNowAnswer, SyncStatusAnswer } from '../messaging/protocol';
import type { StoredProfile } from '../profile/store';
import { syncedRecordSchema } from '../sync/envelope';
import type { ConflictDetail, HistoryEntry, Sync, Text } from '../sync/index';
import { teamSettingsSchema, type SettingsStorage } from '../sync/settings';

// The team sync behind the automation API (icp:sync:join / leave / status / now) and behind the options page's team
// panel, conflict view and history (internal `beian:sync:*` messages: they carry decrypted profiles, so only the
// extension's own pages may send them, as the API).

export type SyncApiDeps = { sync: Sync; settings: SettingsStorage };

/** The API's errors are one string, "中文 · English", as every other icp:* answer's. */
export const bilingual = (text: Text): string => `${text.zh} · ${text.en}`;

type SyncRequest = RequestOf<'icp:sync:join' | 'icp:sync:leave' | 'icp:sync:status' | 'icp:sync:now'>;
type Done = { ok: true } | { ok: false; error: string };

export async function syncStatus(deps: SyncApiDeps): Promise<SyncStatusAnswer> {
  const [status, stored] = await Promise.all([deps.sync.status(), deps.settings.get()]);
  const team = teamSettingsSchema.safeParse(stored);
  return {
    ok: true,
    team: status.team,
    lastSync: status.lastSync ?? null,
    pending: status.pending,
    ...(status.arrived ? { arrived: status.arrived } : {}),
    conflicts: status.conflicts,
    ...(status.error ? { error: bilingual(status.error) } : {}),
    state: status.state,
    quarantined: status.quarantined,
    ...(team.success ? { username: team.data.username } : {}),
  };
}

export async function handleSyncRequest(request: SyncRequest, deps: SyncApiDeps): Promise<Done | SyncStatusAnswer | SyncNowAnswer> {
  switch (request.type) {
    case 'icp:sync:join': {
      const { url, username, password, passphrase } = request;
      const answer = await deps.sync.join({ url, username, password, passphrase });
      return answer.ok ? { ok: true } : { ok: false, error: bilingual(answer.error) };
    }
    case 'icp:sync:leave': {
      const answer = await deps.sync.leave();
      return answer.ok ? { ok: true } : { ok: false, error: bilingual(answer.error) };
    }
    case 'icp:sync:status':
      return syncStatus(deps);
    case 'icp:sync:now': {
      const answer = await deps.sync.now();
      return answer.ok ? { ok: true, pushed: answer.pushed, pulled: answer.pulled, conflicts: answer.conflicts } : { ok: false, error: bilingual(answer.error) };
    }
  }
}

/** A stored record as the options page sends it back merged: the team's record shape, `usedAt` kept if given. */
const mergedSchema = syncedRecordSchema.extend({ usedAt: z.string().optional() });

export const syncInternalSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('beian:sync:conflicts') }),
  z.object({ type: z.literal('beian:sync:conflict'), id: z.string().min(1) }),
  z.object({ type: z.literal('beian:sync:resolve'), id: z.string().min(1), merged: mergedSchema }),
  z.object({ type: z.literal('beian:sync:history'), id: z.string().min(1) }),
]);
export type SyncInternal = z.infer<typeof syncInternalSchema>;
export const isSyncInternal = (message: unknown): boolean => syncInternalSchema.safeParse(message).success;

// What the options page parses the answers with (the background is another context: its answers are data).
const versionSchema = z.object({ rev: z.string(), agent: z.string(), at: z.string(), record: syncedRecordSchema, files: z.record(z.string(), z.object({ name: z.string(), iv: z.string(), sha256: z.string() })) });
export const conflictAnswerSchema = z.object({
  ok: z.literal(true),
  detail: z
    .object({
      id: z.string(),
      mine: versionSchema,
      theirs: versionSchema,
      others: z.array(versionSchema),
      diff: z.array(z.object({ path: z.string(), mine: z.unknown(), theirs: z.unknown(), list: z.literal(true).optional() })),
      unreadable: z.array(z.string()),
    })
    .optional(),
});
export const conflictsAnswerSchema = z.object({ ok: z.literal(true), ids: z.array(z.string()) });
export const historyAnswerSchema = z.object({ ok: z.literal(true), entries: z.array(z.object({ rev: z.string(), agent: z.string(), at: z.string(), deleted: z.boolean(), available: z.boolean() })) });

type InternalAnswer = Done | { ok: true; ids: string[] } | { ok: true; detail?: ConflictDetail } | { ok: true; entries: HistoryEntry[] };

export async function handleSyncInternal(message: unknown, deps: SyncApiDeps): Promise<InternalAnswer> {
  const parsed = syncInternalSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: '请求格式不正确 · malformed sync request' };
  const request = parsed.data;
  try {
    switch (request.type) {
      case 'beian:sync:conflicts':
        return { ok: true, ids: await deps.sync.conflicts() };
      case 'beian:sync:conflict': {
        const detail = await deps.sync.conflict(request.id);
        return detail ? { ok: true, detail } : { ok: true };
      }
      case 'beian:sync:resolve': {
        const merged: StoredProfile = request.merged;
        const answer = await deps.sync.resolve(request.id, merged);
        return answer.ok ? { ok: true } : { ok: false, error: bilingual(answer.error) };
      }
      case 'beian:sync:history':
        return { ok: true, entries: await deps.sync.history(request.id) };
    }
  } catch (error) {
    // Not joined, or the vault locked: the page shows no conflict and no history rather than an error.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
