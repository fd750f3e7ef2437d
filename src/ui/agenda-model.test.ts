import { describe, expect, it } from 'vitest';
import { toStored, type FilingLogEntry } from '../profile/store';
import { enterpriseWithApp } from '../rules/samples-v2.test-support';
import { agenda } from '../timeline';
import { groupAgenda, groupOf, icsFileName, serviceLabel } from './agenda-model';

const entry = (status: string, date: string): FilingLogEntry => ({ portal: '阿里云', type: '新增备案', status, date });

describe('the agenda’s groups', () => {
  const record = (id: string, log: FilingLogEntry[]) => Object.assign(toStored(enterpriseWithApp(), '2026-11-01T00:00:00Z', id), { log });
  const records = [
    record('late', [entry('approved', '2026-11-01')]), // 公安 due 12-01: overdue
    record('sms', [entry('sms-verification', '2026-12-07T09:00')]), // due 12-08 09:00
    record('bureau', [entry('bureau-review', '2026-12-07')]), // 20 working days on, into 2027
  ];

  it('puts overdue first, then the next seven days, then later, each in due order', () => {
    const now = new Date('2026-12-07T04:00:00Z'); // 12:00 in China
    const groups = groupAgenda(agenda(records, '2026-12-07'), '2026-12-07', now);
    expect(groups.map((g) => [g.group, g.deadlines.map((d) => `${d.profileId} ${d.kind} ${d.due}`)])).toEqual([
      ['overdue', ['late public-security 2026-12-01', 'late public-security 2026-12-01']],
      ['week', ['sms sms-verification 2026-12-08']],
      ['later', ['bureau bureau-review 2027-01-04']], // counted Mon–Fri past the bundled calendar's last year
    ]);
  });

  it('counts a timed SMS window overdue from its hour, not from the next day', () => {
    const [sms] = agenda([records[1]!], '2026-12-08');
    expect(groupOf(sms!, '2026-12-08', new Date('2026-12-08T00:59:00Z'))).toBe('week');
    expect(groupOf(sms!, '2026-12-08', new Date('2026-12-08T01:01:00Z'))).toBe('overdue');
  });
});

describe('names', () => {
  it('names a service by its own name, else by its place', () => {
    const profile = enterpriseWithApp();
    expect(serviceLabel('websites[0]', profile, 'en')).toEqual({ name: profile.websites[0]!.name, isData: true });
    profile.apps[0]!.name = '';
    expect(serviceLabel('apps[0]', profile, 'en')).toEqual({ name: 'APP 1', isData: false });
    expect(serviceLabel(undefined, profile, 'zh')).toBeUndefined();
  });

  it('dates the .ics file by China’s day, in the UI’s language', () => {
    const lateEvening = new Date('2026-12-07T17:00:00Z'); // 01:00 on 12-08 in China
    expect(icsFileName(lateEvening, 'zh')).toBe('备案日程-2026-12-08.ics');
    expect(icsFileName(lateEvening, 'en')).toBe('filing-deadlines-2026-12-08.ics');
  });
});
