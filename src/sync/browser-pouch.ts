import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { PouchStatic } from './pouch';

// The extension's PouchDB: IndexedDB for the local copy, HTTP for the team's CouchDB, replication between them.
// pouchdb-core with only these plugins rather than pouchdb-browser, which also carries map/reduce.

let built: PouchStatic | undefined;
/** Built once: PouchDB's plugins patch its prototype, and the replication plugin refuses a second time. */
export const browserPouch = (): PouchStatic => (built ??= PouchDB.plugin(idb).plugin(http).plugin(replication));
