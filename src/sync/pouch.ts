// The part of PouchDB's API the sync layer uses, typed here: DefinitelyTyped's @types/pouchdb-* redeclare the global
// Buffer and Blob, which breaks Node's own types elsewhere in the project. Results the code relies on are parsed.

export type Attachment = { content_type: string; data?: string; stub?: boolean; digest?: string; length?: number };

export type PouchDoc = {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _revisions?: { start: number; ids: string[] };
  _attachments?: Record<string, Attachment>;
  _conflicts?: string[];
  _revs_info?: { rev: string; status: string }[];
  [field: string]: unknown;
};

export type GetOptions = { rev?: string; revs?: boolean; revs_info?: boolean; conflicts?: boolean; attachments?: boolean };
export type BulkResult = { ok?: boolean; id?: string; rev?: string; error?: string | boolean; status?: number; name?: string; reason?: string; message?: string };
export type ChangeRow = { id: string; seq: number | string; changes: { rev: string }[]; doc?: PouchDoc; deleted?: boolean };
export type Changes = { results: ChangeRow[]; last_seq: number | string };
export type ReplicationResult = { ok: boolean; docs_read: number; docs_written: number; doc_write_failures: number; errors: unknown[] };

export type OneShot = Promise<ReplicationResult> & { cancel(): void };

/** One live replication, one direction: unlike `db.sync`, it passes the error with 'paused' (offline vs caught up). */
export type LiveReplication = {
  on(event: 'change', listener: (info: { docs_written: number }) => void): LiveReplication;
  /** PouchDB's progress events; `{ checkpoint: seq }` once a batch is done and its checkpoint written. */
  on(event: 'checkpoint', listener: (info: Record<string, unknown>) => void): LiveReplication;
  on(event: 'paused', listener: (error?: unknown) => void): LiveReplication;
  on(event: 'active', listener: () => void): LiveReplication;
  on(event: 'denied' | 'error', listener: (error: unknown) => void): LiveReplication;
  cancel(): void;
};

export type ReplicateOptions = { batch_size?: number };
export type LiveOptions = ReplicateOptions & { live: true; retry: true; back_off_function?: (delay: number) => number };

export type PouchDatabase = {
  /** Over HTTP an error comes back as `{ error, reason }` rather than a rejection (PouchDB's quirk). */
  info(): Promise<Record<string, unknown>>;
  get(id: string, options?: GetOptions): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
  changes(options: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<Changes>;
  allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; attachments?: boolean; startkey?: string; endkey?: string }): Promise<{ rows: { id: string; value: { rev: string; deleted?: boolean }; doc?: PouchDoc }[] }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
  replicate: {
    to(remote: PouchDatabase, options: LiveOptions): LiveReplication;
    to(remote: PouchDatabase, options?: ReplicateOptions): OneShot;
    from(remote: PouchDatabase, options: LiveOptions): LiveReplication;
    from(remote: PouchDatabase, options?: ReplicateOptions): OneShot;
  };
};

export type PouchOptions = { adapter?: string; skip_setup?: boolean; auth?: { username: string; password: string }; auto_compaction?: boolean };

/** A plugin module (an adapter, replication): opaque, handed to `plugin`. */
export type PouchPlugin = { readonly __pouchPlugin?: never };

export type PouchStatic = {
  new (name: string, options?: PouchOptions): PouchDatabase;
  plugin(plugin: PouchPlugin): PouchStatic;
  defaults(options: PouchOptions): PouchStatic;
};
