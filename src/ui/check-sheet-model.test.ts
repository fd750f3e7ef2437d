import { describe, expect, it } from 'vitest';
import { enterprise, personal, twoWebsites } from '../../test/support/sample';
import { checkSheetOf, sheetAddress, sheetDomain, sheetHref } from './check-sheet-model';

describe('checkSheetOf', () => {
  it('a company website: 主办者名称 and the domains as filed, nothing else printed', () => {
    const result = checkSheetOf(enterprise(), 'websites[0]');
    expect(result).toEqual({ ok: true, sheet: { subjectName: '杭州云栖示例科技有限公司', domains: ['yunqi-example.com'], personal: false, websiteName: '云栖示例官网', headName: expect.any(String) } });
  });

  it('the second website of a profile, its own domains', () => {
    const p = twoWebsites();
    const result = checkSheetOf(p, 'websites[1]');
    expect(result.ok && result.sheet.domains).toEqual(p.websites[1]!.domains);
  });

  it('domains without www., scheme or path, once each (seed 002: 不需加 www.)', () => {
    const p = enterprise();
    p.websites[0]!.domains = ['www.Yunqi-Example.com', 'https://yunqi-example.com/index.html', 'yunqi-example.cn', ' '];
    const result = checkSheetOf(p, 'websites[0]');
    expect(result.ok && result.sheet.domains).toEqual(['yunqi-example.com', 'yunqi-example.cn']);
  });

  it('a personal filing is marked (a fingerprint, not a stamp)', () => {
    const result = checkSheetOf(personal(), 'websites[0]');
    expect(result.ok && result.sheet.personal).toBe(true);
  });

  it('no sheet for an APP or a website the profile does not have, with why in both languages', () => {
    const app = checkSheetOf(enterprise(), 'apps[0]');
    expect(app.ok).toBe(false);
    expect(!app.ok && app.reason.en).toContain('apps[0]');
    const absent = checkSheetOf(enterprise(), 'websites[3]');
    expect(!absent.ok && absent.reason).toEqual({ zh: '资料中没有第 4 个网站', en: 'the profile has no website 4' });
  });
});

describe('the address', () => {
  it('reads profile and service, the first website by default', () => {
    expect(sheetAddress('?profile=abc&service=websites%5B1%5D')).toEqual({ profile: 'abc', service: 'websites[1]' });
    expect(sheetAddress('?profile=abc')).toEqual({ profile: 'abc', service: 'websites[0]' });
    expect(sheetAddress('')).toEqual({ profile: '', service: 'websites[0]' });
  });

  it('writes what it reads', () => {
    const href = sheetHref('id with space', 2);
    expect(href.startsWith('check-sheet.html?')).toBe(true);
    expect(sheetAddress(href.slice(href.indexOf('?')))).toEqual({ profile: 'id with space', service: 'websites[2]' });
  });

  it('sheetDomain keeps a plain domain as it is', () => {
    expect(sheetDomain('beian.example.com.cn')).toBe('beian.example.com.cn');
  });
});
