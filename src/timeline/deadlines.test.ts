import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/schema';
import { toStored, type FilingLogEntry } from '../profile/store';
import { enterpriseWithApp, personalHarmony } from '../rules/samples-v2.test-support';
import { agenda, deadlinesOf, type Deadline } from './deadlines';

// Working-day dates here follow 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04): 春节 2月15日至23日放假，
// 2月14日（周六）、2月28日（周六）上班 (see working-days.test.ts).

const entry = (status: string, date: string): FilingLogEntry => ({ portal: '阿里云', type: '新增备案', status, date });
const of = (profile: Profile, log: FilingLogEntry[], today: string) => deadlinesOf({ profile, log, profileId: 'p1', profileLabel: '云栖' }, today);
const kinds = (deadlines: Deadline[]) => deadlines.map((d) => d.kind);

describe('the next step of a filing under review', () => {
  const profile = enterpriseWithApp();

  it('expects 初审 1–2 working days after 提交, across a make-up Saturday and the Spring Festival', () => {
    const [review] = of(profile, [entry('submitted', '2026-02-13')], '2026-02-13');
    expect(review).toMatchObject({
      id: 'p1/provider-review/-',
      profileId: 'p1',
      profileLabel: '云栖',
      kind: 'provider-review',
      earliest: '2026-02-14',
      due: '2026-02-24',
      expected: true,
      from: { stage: 'submitted', date: '2026-02-13' },
      severity: 'info',
    });
    expect(review?.source).toMatch(/§4\.9/);
    expect(review?.text.zh).toMatch(/1–2 个工作日/);
  });

  it('counts from 提交 when 初审中 is logged a day later, and warns once the day comes or has passed', () => {
    const log = [entry('submitted', '2026-02-13'), entry('provider-review', '2026-02-14')];
    expect(of(profile, log, '2026-02-24')[0]).toMatchObject({ due: '2026-02-24', from: { stage: 'submitted' }, severity: 'warning' });
    // Someone else's step that is late is a warning (ask the provider), not an error of the agent's.
    expect(of(profile, log, '2026-03-02')[0]?.severity).toBe('warning');
  });

  it('gives the SMS 24 hours from the logged hour, or the day itself when no hour is logged', () => {
    const timed = of(profile, [entry('submitted', '2026-03-01'), entry('sms-verification', '2026-03-02T15:30')], '2026-03-02');
    expect(timed[0]).toMatchObject({ kind: 'sms-verification', due: '2026-03-03', time: '15:30', expected: false, severity: 'warning', from: { stage: 'sms-verification', date: '2026-03-02T15:30' } });
    expect(timed[0]?.text.zh).toMatch(/五次/);
    const untimed = of(profile, [entry('sms-verification', '2026-03-02')], '2026-03-02');
    expect(untimed[0]).toMatchObject({ due: '2026-03-02', severity: 'warning' });
    expect(untimed[0]?.time).toBeUndefined();
    expect(of(profile, [entry('sms-verification', '2026-03-02 15:30')], '2026-03-04')[0]?.severity).toBe('error');
  });

  it('expects the 管局 within 20 working days', () => {
    const [bureau] = of(profile, [entry('bureau-review', '2026-02-12')], '2026-02-20');
    expect(bureau).toMatchObject({ kind: 'bureau-review', earliest: '2026-02-13', due: '2026-03-18', expected: true, severity: 'info' });
    expect(bureau?.outsideCalendar).toBeUndefined();
  });

  it('flags a count that runs past the calendar’s last year', () => {
    const [bureau] = of(profile, [entry('bureau-review', '2026-12-07')], '2026-12-07');
    expect(bureau?.outsideCalendar).toBe(true);
  });

  it('has no review step once approved, rejected or withdrawn, and ignores free text and bad dates', () => {
    for (const stage of ['approved', 'rejected', 'withdrawn', 'public-security']) {
      expect(kinds(of(profile, [entry('submitted', '2026-02-01'), entry(stage, '2026-03-01')], '2026-03-02')).filter((k) => k.endsWith('review'))).toEqual([]);
    }
    expect(of(profile, [entry('等客户补材料', '2026-03-01'), entry('submitted', 'soon')], '2026-03-02')).toEqual([]);
  });

  it('reads the log in date order, whatever order it was written in', () => {
    const log = [entry('bureau-review', '2026-03-05'), entry('submitted', '2026-02-26')];
    expect(kinds(of(profile, log, '2026-03-05'))).toEqual(['bureau-review']);
  });
});

describe('the 公安 filing within 30 days of opening', () => {
  it('counts 30 calendar days from the 通过 date for each website and APP, none for a mini program', () => {
    const deadlines = of(enterpriseWithApp(), [entry('submitted', '2026-11-10'), entry('approved', '2026-11-20')], '2026-12-07');
    expect(deadlines.map((d) => [d.kind, d.service, d.due, d.severity])).toEqual([
      ['public-security', 'apps[0]', '2026-12-20', 'info'],
      ['public-security', 'websites[0]', '2026-12-20', 'info'],
    ]);
    expect(deadlines[1]).toMatchObject({ id: 'p1/public-security/websites[0]', from: { stage: 'approved', date: '2026-11-20' } });
    expect(deadlines[1]?.text.zh).toContain('云栖示例官网');
    expect(deadlines[1]?.source).toContain('公安部令第33号');
  });

  it('warns as it nears and is an error once past', () => {
    const log = [entry('approved', '2026-11-20')];
    expect(of(enterpriseWithApp(), log, '2026-12-12')[0]?.severity).toBe('warning');
    expect(of(enterpriseWithApp(), log, '2026-12-21')[0]?.severity).toBe('error');
  });

  it('takes 网站开通日期 from the profile, and drops a service with its 公安备案号 or a logged 公安 filing', () => {
    const profile = enterpriseWithApp();
    profile.websites[0]!.security = { openedOn: '2026-11-25' };
    profile.apps[0]!.security = { recordNumber: '浙公网安备33010602000001号' };
    const deadlines = of(profile, [entry('approved', '2026-11-20')], '2026-12-07');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ service: 'websites[0]', due: '2026-12-25', from: { path: 'websites[0].security.openedOn', date: '2026-11-25' } });
    expect(of(profile, [entry('approved', '2026-11-20'), entry('public-security', '2026-12-01')], '2026-12-07')).toEqual([]);
  });

  it('has no 公安 deadline before anything opened', () => {
    expect(of(enterpriseWithApp(), [entry('submitted', '2026-12-01')], '2026-12-01').map((d) => d.kind)).toEqual(['provider-review']);
  });
});

describe('documents about to expire', () => {
  it('reminds once per person, three months ahead, and not of a far-off or 长期 certificate', () => {
    const profile = enterpriseWithApp(); // 王小明 heads the subject, the website, the APP and the mini program
    for (const head of [profile.subject.head, profile.websites[0]!.head, profile.apps[0]!.head, profile.miniPrograms[0]!.head]) head.certificate.validUntil = '2027-02-01';
    profile.apps[0]!.security = { securityHead: { ...profile.apps[0]!.head, name: '李四', certificate: { type: '居民身份证', number: '110101199001011237', validUntil: '长期' } } };
    const deadlines = of(profile, [], '2026-12-07');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ kind: 'certificate-expiry', due: '2027-02-01', from: { path: 'subject.head.certificate.validUntil' }, severity: 'warning' });
    expect(deadlines[0]?.text.zh).toContain('王小明');
    expect(deadlines[0]?.service).toBeUndefined();
  });

  it('wants 6 months on a Shanghai 域名证书 and 3 elsewhere', () => {
    const shanghai = personalHarmony();
    shanghai.apps[0]!.security = { domainCertificateValidUntil: '2027-05-01' };
    expect(of(shanghai, [], '2026-12-07')[0]).toMatchObject({ kind: 'domain-certificate-expiry', service: 'apps[0]', severity: 'warning' });
    const zhejiang = enterpriseWithApp();
    zhejiang.websites[0]!.security = { domainCertificateValidUntil: '2027-05-01' };
    expect(of(zhejiang, [], '2026-12-07')[0]).toMatchObject({ kind: 'domain-certificate-expiry', id: 'p1/domain-certificate-expiry/websites[0]/websites[0].security.domainCertificateValidUntil', severity: 'info' });
  });

  it('lists an expired material as an error, under the service it belongs to', () => {
    const profile = enterpriseWithApp();
    profile.materials = [
      { id: 'm1', kind: '前置审批文件', owner: 'websites[0]', name: 'approval.pdf', type: 'application/pdf', size: 1, sha256: '', validUntil: '2026-12-01' },
      { id: 'm2', kind: '主办单位证件', owner: 'subject', name: 'licence.jpg', type: 'image/jpeg', size: 1, sha256: '' },
    ];
    const deadlines = of(profile, [], '2026-12-07');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({ kind: 'material-expiry', service: 'websites[0]', due: '2026-12-01', severity: 'error', from: { path: 'materials[0].validUntil' } });
  });
});

describe('agenda', () => {
  it('sorts every profile’s deadlines by date, each tagged with its profile', () => {
    const a = toStored(enterpriseWithApp(), '2026-11-01T00:00:00Z', 'id-a');
    const b = toStored(personalHarmony(), '2026-11-01T00:00:00Z', 'id-b');
    a.log = [entry('approved', '2026-11-20')];
    b.log = [entry('submitted', '2026-12-04')];
    const list = agenda([a, b], '2026-12-07');
    expect(list.map((d) => [d.profileId, d.kind, d.due])).toEqual([
      ['id-b', 'provider-review', '2026-12-08'],
      ['id-a', 'public-security', '2026-12-20'],
      ['id-a', 'public-security', '2026-12-20'],
    ]);
    expect(new Set(list.map((d) => d.id)).size).toBe(list.length);
    expect(list[0]?.profileLabel).toBe(b.label);
  });
});
