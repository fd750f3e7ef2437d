import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { AGENTS, browser, startCouch } from '../src/sync/test-support';
import { enterprise } from '../test/support/sample';
import type { Row } from './bench';

// A team's first sync (issue 19): 10,000 small profiles pushed by one agent and pulled into another's empty browser
// from PouchDB Server on loopback, next to storing the same profiles in that browser's store without any sync.
// Node with fake-indexeddb and PouchDB's memory adapter: a browser's IndexedDB differs.

export async function syncRows(rows: Row[], count = 10_000): Promise<void> {
  const couch = await startCouch();
  try {
    const url = await couch.createTeam('bench');
    const [a, b, plain] = await Promise.all([browser('a'), browser('b'), browser('plain')]);
    for (const [side, username] of [[a, 'alice'], [b, 'bob']] as const) {
      const joined = await side.sync.join({ url, username, password: AGENTS[username], passphrase: 'bench' });
      if (!joined.ok) throw new Error(`join: ${JSON.stringify(joined)}`);
    }
    const base = enterprise();
    const profiles = Array.from({ length: count }, (_, i) => ({ ...base, label: `公司${i}`, subject: { ...base.subject, name: `公司${i}` } }));
    let t = performance.now();
    await plain.store.putMany(profiles);
    const storeMs = performance.now() - t;
    await a.store.putMany(profiles);
    t = performance.now();
    await a.sync.now();
    const pushMs = performance.now() - t;
    t = performance.now();
    await b.sync.now();
    const pullMs = performance.now() - t;
    if ((await b.store.count()) !== count) throw new Error('the first sync did not bring every profile');
    const baseline = `store the same ${count.toLocaleString('en')} profiles (vault on), no sync`;
    rows.push({ what: `team sync: first push of ${count.toLocaleString('en')} profiles (seal + upload, loopback PouchDB Server)`, ms: pushMs, baseline, baselineMs: storeMs, target: 'once per team, with progress' });
    rows.push({ what: `team sync: first sync of ${count.toLocaleString('en')} profiles into an empty browser (download + open + store)`, ms: pullMs, baseline, baselineMs: storeMs, target: 'once per browser, with progress' });
  } finally {
    await couch.close();
  }
}
