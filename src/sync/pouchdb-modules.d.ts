// Module declarations for the PouchDB packages, typed by ./pouch.ts (see there why not @types/pouchdb-*).

declare module 'pouchdb-core' {
  const PouchDB: import('./pouch').PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: import('./pouch').PouchPlugin;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  const expressPouchDB: (PouchDB: import('./pouch').PouchStatic, options: { mode: 'fullCouchDB' | 'minimumForPouchDB'; inMemoryConfig?: boolean; logPath?: string }) => RequestListener;
  export default expressPouchDB;
}
