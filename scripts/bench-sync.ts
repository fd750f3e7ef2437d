import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { AGENTS, browser, type Couch } from '../src/sync/test-support';
import { enterprise } from '../test/support/sample';
import type { Row } from './bench';

// A team's first sync (issue 19): 10,000 small profiles pushed by one agent and pulled into another's empty browser
// from PouchDB Server on loopback, next to storing the same profiles in that browser's store without any sync.
// Node with fake-indexeddb and PouchDB's memory adapter: a browser's IndexedDB differs.

export async function syncRows(rows: Row[], couch: Couch, count = 10_000): Promise<void> {
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
  // Then one profile changed by one agent, brought to the other by a sync on each side (what live sync does on its own).
  const [newest] = await a.store.newest(1);
  const first = newest && (await a.store.get(newest.id));
  const other = (await plain.store.newest(1))[0];
  if (!first || !other) throw new Error('no profile to change');
  t = performance.now();
  await plain.store.put({ ...first.profile, label: '改过的公司' }, other.id);
  const putMs = performance.now() - t;
  await a.store.put({ ...first.profile, label: '改过的公司' }, first.id);
  t = performance.now();
  await a.sync.now();
  await b.sync.now();
  const oneMs = performance.now() - t;
  if ((await b.store.get(first.id))?.profile.label !== '改过的公司') throw new Error('the change did not arrive');
  const baseline = `store the same ${count.toLocaleString('en')} profiles (vault on), no sync`;
  rows.push({ what: `team sync: first push of ${count.toLocaleString('en')} profiles (seal + upload, loopback PouchDB Server)`, ms: pushMs, baseline, baselineMs: storeMs, target: 'once per team, with progress' });
  rows.push({ what: `team sync: first sync of ${count.toLocaleString('en')} profiles into an empty browser (download + open + store)`, ms: pullMs, baseline, baselineMs: storeMs, target: '≤ 30 s' });
  rows.push({ what: `team sync: one changed profile from one browser to the other, ${count.toLocaleString('en')} stored (sync now on each side)`, ms: oneMs, baseline: 'store the change, no sync', baselineMs: putMs, target: '≤ 2 s' });
}
