import { describe, expect, it } from 'vitest';
import { toStored, type FilingLogEntry, type StoredProfile } from '../profile/store';
import { enterpriseWithApp } from '../rules/samples-v2.test-support';
import { deadlineMemo, type DeadlineSource } from './deadline-memo';

const entry = (status: string, date: string): FilingLogEntry => ({ portal: '阿里云', type: '新增备案', status, date });

function stored(id: string, updatedAt: string, log: FilingLogEntry[]): StoredProfile {
  const record = toStored(enterpriseWithApp(), updatedAt, id);
  record.log = log;
  return record;
}

/** A store whose reads are counted: which ids each pass decrypted. */
function source(records: Map<string, StoredProfile>) {
  const read: string[][] = [];
  const src: DeadlineSource = {
    stamps: async () => new Map([...records.values()].map((r) => [r.id, r.updatedAt])),
    profiles: async (ids) => (read.push([...ids]), ids.map((id) => records.get(id))),
  };
  return { src, read };
}

const submitted = (day: string) => [entry('submitted', day)];

describe('deadlineMemo', () => {
  it('reads again only the profiles written since the last pass, and drops those removed', async () => {
    const records = new Map(['a', 'b', 'c'].map((id) => [id, stored(id, '2026-12-01T00:00:00Z', submitted('2026-12-01'))]));
    const { src, read } = source(records);
    const memo = deadlineMemo();
    const first = await memo.agenda(src, '2026-12-02', undefined);
    expect(read).toEqual([['a', 'b', 'c']]);
    expect(new Set(first.map((d) => d.profileId))).toEqual(new Set(['a', 'b', 'c']));

    records.set('b', stored('b', '2026-12-02T00:00:00Z', [...submitted('2026-12-01'), entry('approved', '2026-12-02')]));
    records.delete('c');
    const second = await memo.agenda(src, '2026-12-02', undefined);
    expect(read[1]).toEqual(['b']);
    expect(second.filter((d) => d.profileId === 'c')).toEqual([]);
    // What a full count of the same store gives.
    expect(second).toEqual(await deadlineMemo().agenda(src, '2026-12-02', undefined));
    expect(second.filter((d) => d.profileId === 'b')).not.toEqual(first.filter((d) => d.profileId === 'b'));
  });

  it('counts everything again on another day or with another holiday calendar', async () => {
    const records = new Map([['a', stored('a', '2026-12-01T00:00:00Z', submitted('2026-12-01'))]]);
    const { src, read } = source(records);
    const memo = deadlineMemo();
    await memo.agenda(src, '2026-12-02', undefined);
    await memo.agenda(src, '2026-12-02', undefined);
    expect(read).toEqual([['a']]);
    await memo.agenda(src, '2026-12-03', undefined);
    expect(read).toHaveLength(2);
    await memo.agenda(src, '2026-12-03', { holidays: {}, workdays: {} });
    expect(read).toHaveLength(3);
  });

  it('keeps nothing counted by a pass that a forget() (the vault locking) overtook', async () => {
    const records = new Map([['a', stored('a', '2026-12-01T00:00:00Z', submitted('2026-12-01'))]]);
    const { src, read } = source(records);
    const memo = deadlineMemo();
    const pass = memo.agenda({ ...src, profiles: async (ids) => (memo.forget(), src.profiles(ids)) }, '2026-12-02', undefined);
    expect((await pass).length).toBeGreaterThan(0);
    await memo.agenda(src, '2026-12-02', undefined);
    expect(read).toEqual([['a'], ['a']]);
  });
});
