import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { enterprise, personal, twoWebsites } from '../../test/support/sample';
import { deriveFilingType } from './filing-type';
import { openStore, planImport, profileStore, recentFirst, toStored } from './store';

let n = 0;
const fresh = () => `store-test-${++n}`;
const clock = () => new Date('2026-11-23T08:00:00Z');

describe('profile store', () => {
  it('migrations from v1 keep every record and add the v2 defaults', async () => {
    const name = fresh();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const s = db.createObjectStore('profiles', { keyPath: 'id' });
        for (const index of ['label', 'subjectName', 'certificateNumber', 'updatedAt']) s.createIndex(index, index);
        s.createIndex('domains', 'domains', { multiEntry: true });
        s.createIndex('recordNumbers', 'recordNumbers', { multiEntry: true });
      },
    });
    const records = [enterprise(), personal(), twoWebsites()].map((p, i) => {
      const { tags: _t, log: _l, ...v1Record } = toStored(p, `2026-01-0${i + 1}T00:00:00Z`, `id-${i}`);
      return v1Record;
    });
    for (const r of records) await v1.put('profiles', r);
    v1.close();

    const store = profileStore(openStore(name), clock);
    const after = await store.list();
    expect(after).toHaveLength(3);
    for (const r of records) {
      const migrated = after.find((a) => a.id === r.id);
      expect(migrated).toEqual({ ...r, tags: [], log: [] });
    }
    expect((await store.summaries()).map((s) => s.id).sort()).toEqual(['id-0', 'id-1', 'id-2']);
  });

  it('an import that fails half-way leaves the store unchanged', async () => {
    const store = profileStore(openStore(fresh()), clock);
    const [kept] = await store.putMany([enterprise()]);
    const plan = planImport([personal(), twoWebsites()], await store.list(), clock().toISOString());
    const broken = [...plan.add, { ...plan.add[1]!, profile: () => 'not cloneable' } as unknown as (typeof plan.add)[number]];
    await expect(store.apply(broken)).rejects.toThrow();
    expect((await store.list()).map((r) => r.id)).toEqual([kept!.id]);
  });

  it('previews an import: same label and certificate number replaces, the rest is added', async () => {
    const store = profileStore(openStore(fresh()), clock);
    const [existing] = await store.putMany([enterprise()]);
    const changed = enterprise();
    changed.subject.investor = '新的投资人';
    const plan = planImport([changed, personal()], await store.list(), clock().toISOString());
    expect(plan.replace.map((r) => r.existing.id)).toEqual([existing!.id]);
    expect(plan.add.map((r) => r.label)).toEqual(['赵磊 · 个人博客']);
    await store.apply([...plan.add, ...plan.replace.map((r) => r.incoming)]);
    expect((await store.get(existing!.id))?.profile.subject.investor).toBe('新的投资人');
    expect(await store.list()).toHaveLength(2);
  });

  it.each([
    ['云栖', ['云栖示例 · 官网首次备案']],
    ['赵磊', ['赵磊 · 个人博客']],
    ['91330106', ['云栖示例 · 官网首次备案']],
    ['zhaolei-notes', ['赵磊 · 个人博客']],
    ['沪ICP备2026', ['赵磊 · 个人博客']],
    ['nothing', []],
  ])('searches the indexes for %s', async (query, labels) => {
    const store = profileStore(openStore(fresh()), clock);
    const p = personal();
    p.subject.recordNumber = '沪ICP备2026000001号';
    await store.putMany([enterprise(), p]);
    expect((await store.search(query)).map((s) => s.label)).toEqual(labels);
  });

  it('remembers when a profile was last used, and lists the most recent first', async () => {
    let now = new Date('2026-11-23T08:00:00Z');
    const store = profileStore(openStore(fresh()), () => now);
    const [a, b] = await store.putMany([enterprise(), personal()]);
    now = new Date('2026-11-23T09:00:00Z');
    await store.markUsed(a!.id);
    expect((await store.get(a!.id))?.usedAt).toBe(now.toISOString());
    expect((await store.recent(1)).map((s) => s.id)).toEqual([a!.id]);
    expect((await store.recent(5)).map((s) => s.id)).toEqual([a!.id, b!.id]);
  });

  it('reads the newest few without the rest, in the same order as the whole list (ties in one import too)', async () => {
    let now = new Date('2026-11-23T08:00:00Z');
    const store = profileStore(openStore(fresh()), () => now);
    await store.putMany([enterprise(), personal(), twoWebsites(), enterprise(), personal()]); // one time for all five
    now = new Date('2026-11-23T09:00:00Z');
    await store.putMany([twoWebsites(), enterprise()]);
    const all = (await store.summaries()).map((s) => s.id);
    expect(all).toHaveLength(7);
    expect((await store.newest(4)).map((s) => s.id)).toEqual(all.slice(0, 4));
    expect((await store.newest(50)).map((s) => s.id)).toEqual(all);
    expect(await store.count()).toBe(7);
  });

  it('reads the most recently used few by jumping to them, ties and short stores included', async () => {
    let now = new Date('2026-11-23T08:00:00Z');
    const store = profileStore(openStore(fresh()), () => now);
    const first = await store.putMany([enterprise(), personal(), twoWebsites(), enterprise(), personal()]);
    now = new Date('2026-11-23T09:00:00Z');
    await store.markUsed(first[2]!.id);
    const all = await store.recent(50);
    expect(all.map((s) => s.id)).toHaveLength(5);
    expect(all[0]!.id).toBe(first[2]!.id);
    expect(all.map((s) => s.recent)).toEqual([...all.map((s) => s.recent)].sort().reverse());
    expect(all.map((s) => s.id)).toEqual((await store.summaries()).sort(recentFirst).map((s) => s.id));
    for (const k of [1, 2, 3, 4, 5]) expect((await store.recent(k)).map((s) => s.id)).toEqual(all.slice(0, k).map((s) => s.id));
  });
});

describe('filing type', () => {
  it.each([
    ['', '', '新增备案'],
    ['浙ICP备2026001234号', '', '新增网站'],
    ['浙ICP备2026001234号', '浙ICP备2026001234号-1', '新增接入'],
  ])('subject %s, website %s → %s', (subject, website, type) => {
    const p = enterprise();
    p.subject.recordNumber = subject;
    p.websites[0]!.recordNumber = website;
    expect(deriveFilingType(p, 0)).toBe(type);
  });
});
