import { explain, SyncError } from './errors';
import type { LiveReplication, PouchDatabase } from './pouch';

// Replication with the team's database: PouchDB's own (CouchDB replication protocol, checkpoints on both sides), live
// with retry while the browser is open, or one round on demand.

export type SyncState = 'idle' | 'syncing' | 'offline' | 'error';

const BATCH_SIZE = 100;
/** Retries start after a second and wait at most a minute: an agent back online should not wait PouchDB's 10 minutes. */
export const backOff = (firstMs: number, mostMs: number) => (delay: number) => (delay === 0 ? firstMs : Math.min(delay * 2, mostMs));

/**
 * PouchDB 9's replication reads the source's info() after each batch for its activeTasks progress and attaches no
 * handler (pouchdb-replication `src.info().then`), so a server gone at that moment is an uncaught rejection in the
 * worker. That progress is not used here: the server's info() as the session holds it answers `{}` when it fails.
 */
export function withQuietInfo(remote: PouchDatabase): PouchDatabase {
  const info = remote.info.bind(remote);
  remote.info = () => info().catch(() => ({}));
  return remote;
}

export async function replicateOnce(local: PouchDatabase, remote: PouchDatabase): Promise<{ pushed: number; pulled: number }> {
  try {
    const push = await local.replicate.to(remote, { batch_size: BATCH_SIZE });
    const pull = await local.replicate.from(remote, { batch_size: BATCH_SIZE });
    const failures = push.doc_write_failures + pull.doc_write_failures;
    if (failures > 0) {
      throw new SyncError('server', { zh: `服务器拒收了 ${failures} 份文档`, en: `the server refused ${failures} document(s)` });
    }
    return { pushed: push.docs_written, pulled: pull.docs_written };
  } catch (error) {
    throw explain(error);
  }
}

export type LiveHandlers = {
  state(state: SyncState, error?: SyncError): void;
  /** Documents arrived from the server, or a round ended: time to bring them into the store. */
  arrived(): void;
  /** Everything written locally so far is on the server. */
  caughtUp(): void;
  /** Every local change up to this sequence is on the server (the push's progress between catch-ups). */
  pushedTo(seq: number | string): void;
};

type Side = { paused: boolean; error?: SyncError };

/** Push and pull as two live replications, so that each one's failure is seen (PouchDB's `sync` drops it). */
export function replicateLive(local: PouchDatabase, remote: PouchDatabase, handlers: LiveHandlers, retry: (delay: number) => number): { cancel(): void } {
  const options = { live: true, retry: true, batch_size: BATCH_SIZE, back_off_function: retry } as const;
  const push: Side = { paused: false };
  const pull: Side = { paused: false };
  const report = () => {
    const error = push.error ?? pull.error;
    if (error) handlers.state(error.code === 'unreachable' ? 'offline' : 'error', error);
    else if (push.paused && pull.paused) {
      handlers.state('idle');
      handlers.caughtUp();
      handlers.arrived();
    } else handlers.state('syncing');
  };
  const watch = (replication: LiveReplication, side: Side, onChange: (written: number) => void) =>
    replication
      .on('active', () => {
        side.paused = false;
        side.error = undefined;
        report();
      })
      .on('paused', (error?: unknown) => {
        side.paused = true;
        side.error = error ? explain(error) : undefined;
        report();
      })
      .on('change', (info) => onChange(info.docs_written))
      .on('denied', (error: unknown) => {
        side.error = explain(error);
        report();
      })
      .on('error', (error: unknown) => {
        side.error = explain(error);
        report();
      });
  const replications = [
    watch(local.replicate.to(remote, options), push, () => undefined).on('checkpoint', (info) => {
      // Every batch, whether it sent revisions or found them on the server already (those that came from it); 'change'
      // tells only batches that sent some.
      const seq = info['checkpoint'];
      if (typeof seq === 'number' || typeof seq === 'string') handlers.pushedTo(seq);
    }),
    watch(local.replicate.from(remote, options), pull, (written) => {
      if (written > 0) handlers.arrived();
    }),
  ];
  return { cancel: () => replications.forEach((r) => r.cancel()) };
}
