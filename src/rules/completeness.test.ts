import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf } from '../../test/support/sample';
import { enterpriseWithApp } from './samples-v2.test-support';

describe('completeness', () => {
  it('a valid profile misses nothing', () => {
    expect(findingsOf(enterprise(), 'completeness')).toEqual([]);
  });

  it.each([
    ['subject.name', (p: ReturnType<typeof enterprise>) => void (p.subject.name = ' ')],
    ['subject.investor', (p: ReturnType<typeof enterprise>) => void (p.subject.investor = '')],
    ['websites[0].head.certificate.number', (p: ReturnType<typeof enterprise>) => void (p.websites[0]!.head.certificate.number = '')],
    ['websites[0].services', (p: ReturnType<typeof enterprise>) => void (p.websites[0]!.services = [])],
  ])('reports an empty %s', (path, change) => {
    const profile = enterprise();
    change(profile);
    expect(findingsOf(profile, 'completeness')).toContainEqual(expect.objectContaining({ path, severity: 'error' }));
  });

  it('reports options portals do not offer, and approvals without a number', () => {
    const profile = enterprise();
    profile.websites[0]!.services = ['单位门户网站', '门户'];
    profile.websites[0]!.approvals = [{ type: '新闻', number: '' }, { type: '小说', number: '1' }];
    const paths = findingsOf(profile, 'completeness').map((f) => f.path);
    expect(paths).toEqual(['websites[0].services[1]', 'websites[0].approvals[1].type', 'websites[0].approvals[0].number']);
  });
});

describe('completeness of APP and mini-program heads and approvals', () => {
  it('an APP head and a mini-program head need name and document', () => {
    const profile = enterpriseWithApp();
    profile.apps[0]!.head.name = '';
    profile.miniPrograms[0]!.head.certificate.number = '';
    expect(findingsOf(profile, 'completeness').map((f) => f.path)).toEqual(['apps[0].head.name', 'miniPrograms[0].head.certificate.number']);
  });

  it('an APP or mini-program approval needs its number', () => {
    const profile = enterpriseWithApp();
    profile.apps[0]!.approvals = [{ type: '教育', number: '' }];
    profile.miniPrograms[0]!.approvals = [{ type: '文化', number: '' }, { type: '新闻', number: '京新闻2026-1' }];
    expect(findingsOf(profile, 'completeness').map((f) => `${f.rule}@${f.path}`)).toEqual([
      'completeness/approval-number-required@apps[0].approvals[0].number',
      'completeness/approval-number-required@miniPrograms[0].approvals[0].number',
    ]);
  });
});
