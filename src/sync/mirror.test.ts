import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { openStore, profileStore, type KeyHolder } from '../profile/store';
import { docId } from './envelope';
import { createMirror } from './mirror';
import type { PouchDoc } from './pouch';
import { NodePouch } from './test-support';

// The mirror alone, two browsers' stores over in-memory PouchDB copies, replicated by hand: a pull cut short before
// it saved its place is taken again without a conflict.

const noKeys = (): KeyHolder => ({ get: async () => undefined, set: async () => undefined, clear: async () => undefined });
let n = 0;
const clockFrom = (start: string) => {
  let now = new Date(start).getTime();
  return () => new Date((now += 1000));
};

describe('mirror', () => {
  it('a pull cut short before its place was saved takes the same revisions again: no conflict, nothing to send', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    const id = ++n;
    const clock = clockFrom('2026-12-07T08:00:00Z');
    const storeA = profileStore(openStore(`mirror-a-${id}`), clock, noKeys());
    const storeB = profileStore(openStore(`mirror-b-${id}`), clock, noKeys());
    const dbA = new NodePouch(`mirror-a-${id}`, { adapter: 'memory' });
    const dbB = new NodePouch(`mirror-b-${id}`, { adapter: 'memory' });
    const mirrorA = await createMirror({ store: storeA, db: dbA, key, agent: 'alice', clock });
    const mirrorB = await createMirror({ store: storeB, db: dbB, key, agent: 'bob', clock });

    const stored = await storeA.put(enterprise());
    await mirrorA.push();
    await dbA.replicate.to(dbB);
    expect(await mirrorB.pull()).toEqual([stored.id]);
    const place = await dbB.get('_local/beian-mirror');

    const profile = enterprise();
    await storeA.put({ ...profile, subject: { ...profile.subject, name: '改过的公司' } }, stored.id);
    await mirrorA.push();
    await dbA.replicate.to(dbB);
    expect(await mirrorB.pull()).toEqual([stored.id]);
    // The browser stopped before the pull saved where it was: the place it finds is the one before.
    const now = await dbB.get('_local/beian-mirror');
    await dbB.put({ ...place, _rev: now._rev } satisfies PouchDoc);

    const restarted = await createMirror({ store: storeB, db: dbB, key, agent: 'bob', clock });
    await restarted.pull();
    expect(restarted.conflicts()).toEqual([]);
    expect(await restarted.push()).toBe(0);
    const doc = await dbB.get(docId(stored.id), { conflicts: true });
    expect(doc._conflicts ?? []).toEqual([]);
    expect((await storeB.get(stored.id))?.profile.subject.name).toBe('改过的公司');
  });

  it('reads the records of a batch in one go, in the order asked, with nothing where none is stored', async () => {
    const store = profileStore(openStore(`mirror-many-${++n}`), clockFrom('2026-12-07T08:00:00Z'), noKeys());
    const [first, second] = await store.putMany([enterprise(), { ...enterprise(), label: '第二' }]);
    const found = await store.getMany([second!.id, 'missing', first!.id]);
    expect(found.map((r) => r?.label)).toEqual(['第二', undefined, first!.label]);
  });
});
