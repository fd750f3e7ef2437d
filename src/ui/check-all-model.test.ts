import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TODAY, enterprise, personal } from '../../test/support/sample';
import { importDocument } from '../profile/import';
import type { Profile } from '../profile/schema';
import { toStored, type StoredProfile } from '../profile/store';
import { applyFilter, checkProfile, filterChoices, NO_FILTER, totals, type CheckFilter } from './check-all-model';

const NOW = '2026-11-23T08:00:00.000Z';

function sample(name: string): Profile {
  const result = importDocument(readFileSync(join(import.meta.dirname, '../../public/samples', name), 'utf8'));
  if (!result.ok) throw new Error(name);
  return result.profiles[0]!;
}

/** The two samples, a clean enterprise filed in another province with another provider, and a personal filing. */
function stored(): StoredProfile[] {
  const beijing = enterprise();
  beijing.label = '北京客户';
  beijing.subject.recordNumber = '京ICP备12345678号';
  beijing.subject.region = { province: '北京市', city: '北京市', county: '朝阳区' };
  beijing.websites[0]!.access.provider = '阿里云';
  const mistakes = toStored(sample('sample-mistakes.json'), NOW, 'mistakes');
  mistakes.log = [{ portal: '世纪互联', type: '新增备案', status: 'rejected', date: '2026-11-20' }];
  const valid = toStored(sample('sample-valid.json'), NOW, 'valid');
  valid.log = [{ portal: '世纪互联', type: '新增备案', status: 'submitted', date: '2026-11-20' }];
  return [valid, mistakes, toStored(beijing, NOW, 'beijing'), toStored(personal(), NOW, 'personal')];
}

const checkedAll = () => stored().map((r) => checkProfile(r, TODAY));
const ids = (filter: Partial<CheckFilter>) => applyFilter(checkedAll(), { ...NO_FILTER, ...filter }).map((e) => e.checked.id);

describe('check all', () => {
  it('checks every profile with the rules, errors first, and lists the worst profile first', () => {
    const entries = applyFilter(checkedAll(), NO_FILTER);
    expect(entries[0]?.checked.id).toBe('mistakes');
    const mistakes = entries[0]!.findings;
    expect(mistakes.length).toBeGreaterThan(5);
    expect(mistakes.map((f) => f.severity)).toEqual([...mistakes.map((f) => f.severity)].sort());
    expect(mistakes.some((f) => f.path === 'websites[1].head.certificate.number' && f.rule === 'identity/resident-id-uppercase-x')).toBe(true);
    expect(entries).toHaveLength(4);
  });

  it('filters by severity: only the findings of that severity, only the profiles that have some', () => {
    const errors = applyFilter(checkedAll(), { ...NO_FILTER, severity: 'error' });
    expect(errors.map((e) => e.checked.id)).toEqual(['mistakes', 'beijing']);
    expect(errors[0]!.findings.every((f) => f.severity === 'error')).toBe(true);
    const warnings = applyFilter(checkedAll(), { ...NO_FILTER, severity: 'warning' });
    expect(warnings.every((e) => e.findings.length > 0 && e.findings.every((f) => f.severity === 'warning'))).toBe(true);
    const sum = totals(applyFilter(checkedAll(), NO_FILTER));
    expect(sum.errors).toBe(totals(errors).errors);
    expect(sum.warnings).toBe(totals(warnings).warnings);
    expect(sum.profiles).toBe(4);
  });

  it('filters by filing type (any website of that kind), status (the last log stage), province and provider', () => {
    expect(ids({ filingType: '新增网站' }).sort()).toEqual(['beijing', 'mistakes', 'valid']);
    expect(ids({ filingType: '新增备案' })).toEqual(['personal']);
    expect(ids({ status: 'rejected' })).toEqual(['mistakes']);
    expect(ids({ status: 'submitted' })).toEqual(['valid']);
    expect(ids({ status: 'unlogged' }).sort()).toEqual(['beijing', 'personal']);
    expect(ids({ province: '北京市' })).toEqual(['beijing']);
    expect(ids({ province: '上海市' })).toEqual(['personal']);
    expect(ids({ provider: '阿里云' })).toEqual(['beijing']);
    expect(ids({ provider: '世纪互联', province: '浙江省', severity: 'error' })).toEqual(['mistakes']);
  });

  it('searches labels, subjects, domains and the people: names, phones and ID numbers', () => {
    expect(ids({ query: '13705712222' })).toEqual(['valid']);
    expect(ids({ query: '139 1666 8888' })).toEqual(['personal']);
    expect(ids({ query: '赵磊' })).toEqual(['personal']);
    expect(ids({ query: '北京客户' })).toEqual(['beijing']);
    expect(ids({ query: '310115199208152331' })).toEqual(['personal']);
    expect(ids({ query: '没有这个客户' })).toEqual([]);
  });

  it('offers the provinces and providers the profiles hold, each once', () => {
    expect(filterChoices(checkedAll())).toEqual({ provinces: ['北京市', '上海市', '浙江省'], providers: ['阿里云', '世纪互联'] });
  });
});
