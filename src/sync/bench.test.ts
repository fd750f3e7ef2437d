import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { AGENTS, browser, startCouch } from './test-support';

// Measured, not asserted (SYNC_BENCH=1 to run): the first sync of 10,000 small profiles from a loopback server into
// an empty browser. Node, fake-indexeddb and PouchDB's memory adapter: a browser's IndexedDB differs.

const COUNT = Number(process.env.SYNC_BENCH_COUNT ?? 10_000);

describe.runIf(process.env.SYNC_BENCH)('sync bench', () => {
  it(`first sync of ${COUNT} profiles`, async () => {
    const couch = await startCouch();
    try {
      const url = await couch.createTeam('bench');
      const [a, b] = await Promise.all([browser('a'), browser('b')]);
      for (const [side, username] of [[a, 'alice'], [b, 'bob']] as const) {
        expect(await side.sync.join({ url, username, password: AGENTS[username], passphrase: 'bench' })).toEqual({ ok: true });
      }
      const base = enterprise();
      await a.store.putMany(Array.from({ length: COUNT }, (_, i) => ({ ...base, label: `公司${i}`, subject: { ...base.subject, name: `公司${i}` } })));
      let t = performance.now();
      const pushed = await a.sync.now();
      const pushMs = performance.now() - t;
      t = performance.now();
      const pulled = await b.sync.now();
      const pullMs = performance.now() - t;
      expect(await b.store.count()).toBe(COUNT);
      console.log(`sync bench: ${COUNT} profiles — first push (mirror + upload) ${(pushMs / 1000).toFixed(1)} s, first sync into an empty browser (download + decrypt + store) ${(pullMs / 1000).toFixed(1)} s`, pushed, pulled);
    } finally {
      await couch.close();
    }
  }, 600_000);
});
