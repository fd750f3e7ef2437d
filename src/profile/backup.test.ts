import { describe, expect, it } from 'vitest';
import { enterprise, personal } from '../../test/support/sample';
import { makeBackup, planBackupRestore } from './backup';
import { toStored } from './store';

describe('full backup', () => {
  const a = { ...toStored(enterprise(), '2026-11-01T00:00:00Z', 'a'), tags: ['客户A'], log: [{ portal: '世纪互联', type: '新增备案' as const, status: '已提交', date: '2026-11-01' }] };
  const b = toStored(personal(), '2026-11-02T00:00:00Z', 'b');

  it('keeps tags and the filing log through a round trip; known ids replace, the rest are added', () => {
    const backup = JSON.parse(JSON.stringify(makeBackup([a, b], '2026-11-23T00:00:00Z'))) as unknown;
    const result = planBackupRestore(backup, [a]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.replace.map((r) => r.incoming)).toEqual([a]);
    expect(result.plan.add).toEqual([b]);
  });

  it('refuses a backup holding a non-profile, naming the record', () => {
    const backup = makeBackup([a], 'now') as { records: { profile: unknown }[] };
    backup.records[0]!.profile = { format: 'nope' };
    const result = planBackupRestore(backup, []);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'records[0].profile.format' })] });
  });
});
