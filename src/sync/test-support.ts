import http from 'node:http';
import type { AddressInfo } from 'node:net';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import expressPouchDB from 'express-pouchdb';
import { openStore, profileStore, type KeyHolder, type ProfileStore } from '../profile/store';
import { createSync, type Sync } from './index';
import { memorySettings, type SettingsStorage } from './settings';

// Test support: a CouchDB-protocol server (express-pouchdb, the core of PouchDB Server, in memory) on 127.0.0.1 at a
// random port, with an admin, two agents and per-database `_security` members as CouchDB 3 has them; and "browsers":
// a profile store (fake-indexeddb) with its vault on, and a sync engine whose local PouchDB is in memory.

export const NodePouch = PouchDB.plugin(memory).plugin(httpAdapter).plugin(replication);
export const ADMIN = 'admin:admin-secret';
export const AGENTS = { alice: 'alice-pw', bob: 'bob-pw' } as const;
/** A valid account that no team database lists as a member. */
export const OUTSIDER = { name: 'carol', password: 'carol-pw' } as const;
/** Only ever given explicitly by tests: the production default is 600,000. */
export const TEST_ITERATIONS = 1000;

export type Couch = {
  base: string;
  request(method: string, path: string, body?: unknown, auth?: string): Promise<{ status: number; json: unknown; text: string }>;
  createTeam(name: string): Promise<string>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
  /** `onRequest` is called for each request before the server handles it; `'drop'` hangs up on it instead. */
  hooks: { onRequest?: (method: string, url: string) => 'drop' | void };
};

export async function startCouch(): Promise<Couch> {
  const app = expressPouchDB(NodePouch.defaults({ adapter: 'memory' }), { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const hooks: Couch['hooks'] = {};
  const server = http.createServer((req, res) => {
    if (hooks.onRequest?.(req.method ?? '', req.url ?? '') === 'drop') req.socket.destroy();
    else app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // listening on a TCP port: always an AddressInfo
  const base = `http://127.0.0.1:${port}`;
  const request: Couch['request'] = async (method, path, body, auth = ADMIN) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(auth).toString('base64')}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, json: text ? JSON.parse(text) : undefined };
  };
  const [name, password] = ADMIN.split(':');
  await fetch(`${base}/_config/admins/${name}`, { method: 'PUT', body: JSON.stringify(password) });
  for (const [agent, pw] of [...Object.entries(AGENTS), [OUTSIDER.name, OUTSIDER.password]]) {
    await request('PUT', `/_users/org.couchdb.user:${agent}`, { _id: `org.couchdb.user:${agent}`, name: agent, password: pw, roles: [], type: 'user' });
  }
  const couch: Couch = {
    base,
    hooks,
    request,
    async createTeam(db) {
      await request('PUT', `/${db}`);
      await request('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: Object.keys(AGENTS), roles: [] } });
      return `${base}/${db}`;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    async restart() {
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      if (server.listening) await couch.stop();
    },
  };
  return couch;
}

const memoryKeys = (): KeyHolder => {
  let key: CryptoKey | undefined;
  return { get: async () => key, set: async (k) => void (key = k), clear: async () => void (key = undefined) };
};

export type Browser = { name: string; store: ProfileStore; sync: Sync; settings: SettingsStorage; clock: { now: Date }; /** The profiles each pull wrote to the store, as the pages are told. */ pulled: string[][] };

let browsers = 0;
export async function browser(name: string, options: { live?: boolean; vault?: boolean } = {}): Promise<Browser> {
  const id = `${name}-${++browsers}`;
  const clock = { now: new Date('2026-12-07T08:00:00Z') };
  // Each write a second later: updatedAt tells edits apart as it does in use.
  const tick = () => (clock.now = new Date(clock.now.getTime() + 1000));
  const store = profileStore(openStore(`store-${id}`), tick, memoryKeys());
  if (options.vault !== false) await store.vault.enable(`vault passphrase of ${name}`);
  const settings = memorySettings();
  const pulled: string[][] = [];
  const sync = createSync({ store, PouchDB: NodePouch, settings, clock: tick, live: options.live ?? false, kdfIterations: TEST_ITERATIONS, retryMs: 100, localName: (team) => `local-${id}-${team}`, onPulled: (ids) => pulled.push(ids) });
  return { name, store, sync, settings, clock, pulled };
}
