import { z } from 'zod';
import type { ProfileStore, StoredProfile } from '../profile/store';
import { exportKey, importKey } from '../vault/crypto';
import { conflictDetail, resolveConflict, type ConflictDetail } from './conflicts';
import { profileIdOf } from './envelope';
import { explain, SyncError, type Text } from './errors';
import { history, type HistoryEntry } from './history';
import { createMirror, type Mirror, type SyncQuarantined } from './mirror';
import type { PouchDatabase, PouchStatic } from './pouch';
import { backOff, replicateLive, replicateOnce, withQuietInfo, type SyncState } from './replicate';
import { teamSecretsSchema, teamSettingsSchema, type SettingsStorage, type TeamSettings } from './settings';
import { openTeamKey } from './team-key';

// The team sync engine behind icp:sync:join / leave / status / now and the editor's conflicts and history. One team at
// a time; the profile store stays what the extension reads, this keeps it mirrored with the team's database.

export type { ConflictDetail, FieldDiff, Version } from './conflicts';
export type { HistoryEntry } from './history';
export type { SyncQuarantined } from './mirror';
export { PRIVATE_TAGS } from './mirror';
export type { Text } from './errors';

export type JoinInput = { url: string; username: string; password: string; passphrase: string };
export type SyncStatus = {
  team: string | null;
  state: SyncState;
  lastSync?: string;
  /** Revisions written here and not yet on the server. */
  pending: number;
  /** How far this browser has taken in the team's profiles (a first sync of thousands): held here of those on the server. */
  arrived?: { done: number; total: number };
  conflicts: number;
  quarantined: number;
  error?: Text;
};
export type Answer<T extends object = object> = ({ ok: true } & T) | { ok: false; error: Text };

export type SyncOptions = {
  store: ProfileStore;
  /** Default: the browser build (IndexedDB + HTTP). Tests give one with the memory adapter. */
  PouchDB?: PouchStatic;
  /** Default: extension storage. */
  settings?: SettingsStorage;
  clock?: () => Date;
  /** Start live replication on join and start(); tests turn it off to drive rounds with now(). */
  live?: boolean;
  /** PBKDF2 cost of a new team key and the least accepted. Lower ONLY in tests. */
  kdfIterations?: number;
  /** First retry delay of live replication after a failure (ms). */
  retryMs?: number;
  /** This browser's copy of the team database (default `beian-sync-<team>`); tests run two browsers in one process. */
  localName?: (team: string) => string;
  /** Profiles arrived from the team (written to the store, or found in or out of conflict): the pages showing them read again. */
  onPulled?: (ids: string[]) => void;
};

export type Sync = {
  join(input: JoinInput): Promise<Answer>;
  leave(): Promise<Answer>;
  status(): Promise<SyncStatus>;
  now(): Promise<Answer<{ pushed: number; pulled: number; conflicts: number }>>;
  /** Resumes the remembered team and catches up (call on browser start and after the vault is unlocked). */
  start(): Promise<Answer>;
  stop(): Promise<void>;
  /** The store changed (ids, or none: everything is compared); mirrored and, when live, replicated. Never throws. */
  changed(ids?: readonly string[]): Promise<number>;
  conflicts(): Promise<string[]>;
  conflict(id: string): Promise<ConflictDetail | undefined>;
  resolve(id: string, merged: StoredProfile): Promise<Answer>;
  history(id: string): Promise<HistoryEntry[]>;
  quarantined(): Promise<SyncQuarantined[]>;
  onStatus(listener: (status: SyncStatus) => void): () => void;
};

/** `remote`'s info() answers `{}` when the server does not (see `withQuietInfo`). */
type Session = { team: string; username: string; key: CryptoKey; local: PouchDatabase; remote: PouchDatabase; mirror: Mirror; live?: { cancel(): void } };

const fail = (error: unknown): { ok: false; error: Text } => ({ ok: false, error: explain(error).text });

/** The database URL without credentials, and the team's name (its database name). */
function parseUrl(raw: string): { url: string; team: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SyncError('bad-url');
  }
  const team = decodeURIComponent(url.pathname.replace(/\/+$/, '').split('/').pop() ?? '');
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || !team) throw new SyncError('bad-url');
  return { url: url.href.replace(/\/+$/, ''), team };
}

export function createSync(options: SyncOptions): Sync {
  const { store } = options;
  const clock = options.clock ?? (() => new Date());
  const live = options.live ?? true;
  const retry = backOff(options.retryMs ?? 1000, 60_000);
  let session: Session | undefined;
  let state: SyncState = 'idle';
  let lastError: SyncError | undefined;
  const listeners = new Set<(status: SyncStatus) => void>();

  const localName = options.localName ?? ((team: string) => `beian-sync-${team}`);
  const pouch = async (): Promise<PouchStatic> => options.PouchDB ?? (await import('./browser-pouch')).browserPouch();
  const settings = async (): Promise<SettingsStorage> => options.settings ?? (await import('./browser-settings')).extensionSettings();

  async function requireVault(): Promise<void> {
    const vault = await store.vault.status();
    if (!vault.encrypted) throw new SyncError('vault-off');
    if (vault.locked) throw new SyncError('vault-locked');
  }

  function remoteDb(PouchDB: PouchStatic, url: string, username: string, password: string): PouchDatabase {
    // Basic auth through PouchDB's own option: never in the URL, so never in a log line or an error message.
    return new PouchDB(url, { skip_setup: true, auth: { username, password } });
  }

  async function open(team: string, username: string, key: CryptoKey, remote: PouchDatabase): Promise<Session> {
    const PouchDB = await pouch();
    const local = new PouchDB(localName(team));
    const mirror = await createMirror({ store, db: local, key, agent: username, clock });
    const pull = async () => {
      const before = new Set(mirror.conflicts());
      const written = await mirror.pull();
      // A conflict found or ended changes what the editor shows even when no record was written.
      const after = mirror.conflicts();
      const changed = new Set([...written, ...after.filter((id) => !before.has(id)), ...[...before].filter((id) => !after.includes(id))]);
      if (changed.size > 0) options.onPulled?.([...changed]);
      return written;
    };
    return { team, username, key, local, remote: withQuietInfo(remote), mirror: { ...mirror, pull } };
  }

  function setState(next: SyncState, error?: SyncError) {
    state = next;
    lastError = error;
    // Each replication step changes the state: the full status (read from both databases) only for someone listening.
    // One that cannot be read (the team's database closed by a leave) is not sent; the next change sends its own.
    if (listeners.size > 0) void status().then((s) => listeners.forEach((l) => l(s)), () => undefined);
  }

  function goLive(s: Session) {
    if (!live || s.live) return;
    s.live = replicateLive(
      s.local,
      s.remote,
      {
        state: setState,
        arrived: () => void s.mirror.pull().catch((error: unknown) => setState('error', explain(error))),
        caughtUp: () =>
          void s.local
            .info()
            .then((info) => s.mirror.synced(seqOf(info), clock().toISOString()))
            .catch((error: unknown) => setState('error', explain(error))),
        pushedTo: (seq) => s.mirror.pushedTo(seq),
      },
      retry,
    );
  }

  const seqOf = (info: Record<string, unknown>): number | string => {
    const seq = info['update_seq'];
    return typeof seq === 'number' || typeof seq === 'string' ? seq : 0;
  };

  /** The remembered team, opened with the vault's key: on browser start and after an unlock. */
  async function resume(): Promise<Session> {
    if (session) return session;
    const stored = teamSettingsSchema.safeParse(await (await settings()).get());
    if (!stored.success) throw new SyncError('not-joined');
    await requireVault();
    const secrets = teamSecretsSchema.parse(await store.vault.unseal(stored.data.sealed));
    const remote = remoteDb(await pouch(), stored.data.url, stored.data.username, secrets.password);
    session = await open(stored.data.team, stored.data.username, await importKey(secrets.teamKey), remote);
    return session;
  }

  async function pending(s: Session): Promise<number> {
    const since = s.mirror.state().pushedSeq;
    const changes = await s.local.changes({ since });
    return changes.results.filter((r) => profileIdOf(r.id)).length;
  }

  /** The server's profile documents (all but the team's own) against those mirrored here; nothing when unreachable. */
  async function arrived(s: Session): Promise<{ arrived?: { done: number; total: number } }> {
    const count = z.object({ doc_count: z.number() }).safeParse(await s.remote.info());
    if (!count.success) return {};
    const total = Math.max(0, count.data.doc_count - 1);
    return { arrived: { done: Math.min(s.mirror.mirrored(), total), total } };
  }

  async function status(): Promise<SyncStatus> {
    const stored = teamSettingsSchema.safeParse(await (await settings()).get());
    const team = stored.success ? stored.data.team : null;
    const s = session;
    const lastSync = s?.mirror.state().lastSync;
    return {
      team,
      state,
      ...(lastSync ? { lastSync } : {}),
      pending: s ? await pending(s) : 0,
      ...(s ? await arrived(s) : {}),
      conflicts: s?.mirror.conflicts().length ?? 0,
      quarantined: s?.mirror.quarantined().length ?? 0,
      ...(lastError ? { error: lastError.text } : {}),
    };
  }

  async function stop(): Promise<void> {
    session?.live?.cancel();
    if (session) session.live = undefined;
  }

  return {
    async join(input) {
      try {
        if (teamSettingsSchema.safeParse(await (await settings()).get()).success) throw new SyncError('joined');
        const { url, team } = parseUrl(input.url);
        await requireVault();
        const remote = remoteDb(await pouch(), url, input.username, input.password);
        // Only now, with the server answering and the passphrase right, is anything written here.
        const { key } = await openTeamKey(remote, input.passphrase, { ...(options.kdfIterations ? { iterations: options.kdfIterations } : {}) });
        const sealed = await store.vault.seal({ password: input.password, teamKey: await exportKey(key) });
        const remembered: TeamSettings = { v: 1, team, url, username: input.username, sealed };
        session = await open(team, input.username, key, remote);
        await (await settings()).set(remembered);
        setState('idle');
        goLive(session);
        if (live) void session.mirror.push().catch((error: unknown) => setState('error', explain(error)));
        return { ok: true };
      } catch (error) {
        return fail(error);
      }
    },
    async leave() {
      await stop();
      // This browser's copy of the team database goes; the profiles stay in the store.
      const stored = teamSettingsSchema.safeParse(await (await settings()).get());
      if (session) await session.local.destroy();
      else if (stored.success) await new (await pouch())(localName(stored.data.team)).destroy();
      session = undefined;
      await (await settings()).clear();
      setState('idle');
      return { ok: true };
    },
    status,
    async now() {
      try {
        const s = await resume();
        setState('syncing');
        await s.mirror.push();
        const first = await replicateOnce(s.local, s.remote);
        await s.mirror.pull();
        // A pull that found edits made here on top of older revisions wrote them as conflicts: send those too.
        const again = (await pending(s)) > 0 ? await replicateOnce(s.local, s.remote) : { pushed: 0, pulled: 0 };
        if (again.pulled > 0) await s.mirror.pull();
        await s.mirror.synced(seqOf(await s.local.info()), clock().toISOString());
        setState('idle');
        return { ok: true, pushed: first.pushed + again.pushed, pulled: first.pulled + again.pulled, conflicts: s.mirror.conflicts().length };
      } catch (error) {
        const explained = explain(error);
        setState(explained.code === 'unreachable' ? 'offline' : 'error', explained);
        return fail(explained);
      }
    },
    async start() {
      try {
        const s = await resume();
        goLive(s);
        // What arrived or changed while the vault was locked or the browser closed.
        await s.mirror.pull();
        await s.mirror.push();
        return { ok: true };
      } catch (error) {
        return fail(error);
      }
    },
    stop,
    async changed(ids) {
      if (!session && !teamSettingsSchema.safeParse(await (await settings()).get()).success) return 0;
      try {
        return await (await resume()).mirror.push(ids);
      } catch (error) {
        // Told through the status (a locked vault, most often); the next start() or now() catches up.
        setState('error', explain(error));
        return 0;
      }
    },
    async conflicts() {
      return (await resume()).mirror.conflicts();
    },
    async conflict(id) {
      const s = await resume();
      return conflictDetail({ db: s.local, key: s.key, agent: s.username }, id);
    },
    async resolve(id, merged) {
      try {
        const s = await resume();
        await resolveConflict({ db: s.local, key: s.key, agent: s.username, mirror: s.mirror, now: clock().toISOString() }, id, merged);
        return { ok: true };
      } catch (error) {
        return fail(error);
      }
    },
    async history(id) {
      const s = await resume();
      return history(s.local, s.key, id);
    },
    async quarantined() {
      return (await resume()).mirror.quarantined();
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
