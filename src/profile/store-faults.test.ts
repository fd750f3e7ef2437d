import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enterprise, personal } from '../../test/support/sample';
import { MIGRATIONS, openStore, profileStore, type Migration } from './store';

// What the store does when things go wrong: a failing migration, an old connection, a record that no longer
// parses, concurrent writes, a full disk.

let n = 0;
const fresh = () => `store-fault-${++n}`;
const clock = () => new Date('2026-11-23T08:00:00Z');

afterEach(() => vi.restoreAllMocks());

describe('store faults', () => {
  it('a migration that throws leaves the database whole at its previous version, still readable', async () => {
    const name = fresh();
    const current = profileStore(openStore(name), clock);
    const [kept] = await current.putMany([enterprise(), personal()]);
    const failing: Migration = async (_db, tx) => {
      const profiles = tx.objectStore('profiles');
      const first = await profiles.get(kept!.id);
      if (first) await profiles.put({ ...first, label: 'half-migrated' });
      throw new Error('migration bug');
    };
    await expect(openStore(name, [...MIGRATIONS, failing])).rejects.toBeTruthy();
    const raw = await openDB(name);
    expect(raw.version).toBe(MIGRATIONS.length);
    raw.close();
    const again = profileStore(openStore(name), clock);
    expect((await again.get(kept!.id))?.label).toBe(kept!.label);
    expect(await again.list()).toHaveLength(2);
  });

  it('an old connection (an options tab left open) gives way to a newer version instead of stalling it', async () => {
    const name = fresh();
    const old = await openStore(name, MIGRATIONS.slice(0, 4));
    const newer = await openStore(name);
    expect(newer.version).toBe(MIGRATIONS.length);
    expect(() => old.transaction('profiles')).toThrow(); // closed
    newer.close();
  });

  it('a record that no longer parses is quarantined and reported; the rest load', async () => {
    const name = fresh();
    const store = profileStore(openStore(name), clock);
    const [good, bad] = await store.putMany([enterprise(), personal()]);
    const db = await openDB(name);
    await db.put('profiles', { ...(await db.get('profiles', bad!.id)), profile: { format: 'icp-filing-profile', version: 1, websites: 'broken' } });
    db.close();
    const list = await store.list();
    expect(list.map((r) => r.id)).toEqual([good!.id]);
    expect(await store.quarantined()).toEqual([expect.objectContaining({ id: bad!.id, reason: expect.stringContaining('websites') })]);
    expect((await store.summaries()).map((s) => s.id)).toEqual([good!.id]);
  });

  it('a fill marking a profile used while it is being saved does not undo the edit', async () => {
    const store = profileStore(openStore(fresh()), clock);
    const [record] = await store.putMany([enterprise()]);
    const edited = enterprise();
    edited.subject.investor = '新的投资人';
    await Promise.all([store.put(edited, record!.id), store.markUsed(record!.id)]);
    const after = await store.get(record!.id);
    expect(after?.profile.subject.investor).toBe('新的投资人');
    expect(after?.usedAt).toBe(clock().toISOString());
  });

  it('a full disk is a clear message, and what was stored stays', async () => {
    const store = profileStore(openStore(fresh()), clock);
    const [record] = await store.putMany([enterprise()]);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const edited = enterprise();
    edited.subject.investor = '新的投资人';
    await expect(store.put(edited, record!.id)).rejects.toThrow('storage is full');
    vi.restoreAllMocks();
    expect((await store.get(record!.id))?.profile.subject.investor).toBe(enterprise().subject.investor);
  });
});
