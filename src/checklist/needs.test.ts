import { describe, expect, it } from 'vitest';
import { getAtPath } from '../profile/paths';
import { MATERIAL_KINDS, type Profile } from '../profile/schema';
import { enterprise, personal, twoWebsites } from '../../test/support/sample';
import { enterpriseWithApp, personalHarmony } from '../rules/samples-v2.test-support';
import { keysOf, needOf, validFixtures } from './fixtures.test-support';
import { materialsNeeded } from './needs';

/** The enterprise fixture moved to another province and provider. */
function companyIn(province: string, provider: string): Profile {
  const p = enterprise();
  p.subject.region.province = province;
  p.websites[0]!.access.provider = provider;
  return p;
}

describe('materialsNeeded on the shared fixtures', () => {
  const fixtures = validFixtures();

  it('loads every valid fixture', () => {
    expect(fixtures.map((f) => f.name)).toEqual(expect.arrayContaining(['profiles/valid-enterprise.json#0', 'profiles/valid-profile-set.json#1', 'v2/valid-enterprise-app-mini.json#0', 'v2/valid-personal-harmony-app.json#0']));
  });

  it.each(fixtures)('$name: every need has a known kind, an owner in the profile, a reason and a source, once per kind and owner', ({ profile }) => {
    const needs = materialsNeeded(profile, undefined);
    expect(needs.length).toBeGreaterThan(0);
    for (const n of needs) {
      expect(MATERIAL_KINDS).toContain(n.kind);
      expect(getAtPath(profile, n.owner), n.owner).toBeDefined();
      expect(n.reason.zh && n.reason.en && n.source).toBeTruthy();
      expect(n.accepts[0]).toEqual({ owner: n.owner });
    }
    expect(new Set(keysOf(needs).map((k) => k.replace('?', ''))).size).toBe(needs.length);
  });

  it('a company in 浙江 filing through 世纪互联: its document, both heads\' ID sides, the 域名证书 and the 核验单', () => {
    const needs = materialsNeeded(enterprise(), undefined);
    expect(keysOf(needs)).toEqual([
      '主办单位证件 subject',
      '负责人证件人像面 subject.head',
      '负责人证件国徽面 subject.head',
      '?授权书 subject.head',
      '负责人证件人像面 websites[0].head',
      '负责人证件国徽面 websites[0].head',
      '域名证书 websites[0].domains[0]',
      '核验单 websites[0]',
    ]);
    // 21Vianet composes both sides into one upload (seed 002).
    expect(needOf(needs, '负责人证件人像面', 'subject.head').source).toContain('seed 002');
    expect(needOf(needs, '负责人证件人像面', 'subject.head').reason.zh).toContain('合成一张图片');
    expect(needOf(needs, '核验单', 'websites[0]').reason.zh).toContain('世纪互联');
  });

  it('the same person heading the subject and the website: both owners kept, the subject head\'s photos accepted for the website head', () => {
    const front = needOf(materialsNeeded(enterprise(), undefined), '负责人证件人像面', 'websites[0].head');
    expect(front.accepts).toEqual([{ owner: 'websites[0].head' }, { owner: 'subject.head' }]);
    expect(front.reason.zh).toContain('同一人');
    expect(front.reason.en).toContain('same person');
  });
});

describe('province and provider', () => {
  it('a company with a website in 上海 on Aliyun: 核验单 (≤ 3 months), the Shanghai 承诺书, no 电子营业执照, 域名证书 6 months but optional', () => {
    const needs = materialsNeeded(companyIn('上海市', '阿里云'), undefined);
    const sheet = needOf(needs, '核验单', 'websites[0]');
    expect(sheet.required).toBe(true);
    expect(sheet.reason.zh).toContain('3 个月');
    expect(sheet.source).toContain('上海');
    const commitment = needOf(needs, '承诺书', 'subject');
    expect(commitment.required).toBe(true);
    expect(commitment.reason.zh).toContain('上海市互联网信息服务备案承诺书');
    expect(needOf(needs, '主办单位证件', 'subject').reason.zh).toContain('电子营业执照');
    const certificate = needOf(needs, '域名证书', 'websites[0].domains[0]');
    expect(certificate.required).toBe(false);
    expect(certificate.reason.zh).toContain('6 个月');
    expect(certificate.reason.en).toContain('depends on the province and the provider');
    // Aliyun's console composes nothing: no seed-002 note.
    expect(needOf(needs, '负责人证件人像面', 'subject.head').reason.zh).not.toContain('合成');
  });

  it('a company in 北京 on Tencent: the 核验单 and 域名证书 are optional, with why', () => {
    const needs = materialsNeeded(companyIn('北京市', '腾讯云'), undefined);
    expect(keysOf(needs)).toContain('?核验单 websites[0]');
    expect(keysOf(needs)).toContain('?域名证书 websites[0].domains[0]');
    expect(needOf(needs, '核验单', 'websites[0]').reason.en).toContain('ISP 企业侧 systems');
    expect(keysOf(needs)).not.toContain('承诺书 subject');
  });

  it('江苏 asks for the 域名证书 whatever the provider', () => {
    const certificate = needOf(materialsNeeded(companyIn('江苏省', '阿里云'), undefined), '域名证书', 'websites[0].domains[0]');
    expect(certificate.required).toBe(true);
    expect(certificate.source).toContain('江苏');
  });

  it('浙江 wants one 核验单 per domain; a provider given by adapter id overrides the service\'s own', () => {
    const p = enterprise();
    p.websites[0]!.domains = ['yunqi-example.com', 'yunqi-example.cn'];
    const needs = materialsNeeded(p, undefined, 'aliyun');
    expect(keysOf(needs).filter((k) => /核验单|域名证书/.test(k))).toEqual([
      '?域名证书 websites[0].domains[0]',
      '?域名证书 websites[0].domains[1]',
      '核验单 websites[0].domains[0]',
      '核验单 websites[0].domains[1]',
    ]);
    expect(needOf(needs, '核验单', 'websites[0].domains[1]').accepts).toEqual([{ owner: 'websites[0].domains[1]' }, { owner: 'websites[0]', nth: 1 }]);
  });

  it('the ISP 企业侧 system asks for the 核验单 and offers a 手持证件照 slot', () => {
    const needs = materialsNeeded(companyIn('北京市', '阿里云'), undefined, 'miit-enterprise');
    expect(keysOf(needs)).toContain('核验单 websites[0]');
    expect(keysOf(needs)).toContain('?手持证件照 subject.head');
  });

  it('Huawei: the 真实性承诺书 for the subject and the APP icon', () => {
    const needs = materialsNeeded(personalHarmony(), undefined, '华为云');
    expect(keysOf(needs)).toContain('承诺书 subject');
    expect(needOf(needs, 'APP图标', 'apps[0]').reason.zh).toContain('100 KB');
    expect(needOf(needs, 'APP图标', 'apps[0]').required).toBe(true);
  });

  it('新疆: every new website adds the 党建确认函 (filed as 其他, told by its name)', () => {
    const letter = needOf(materialsNeeded(companyIn('新疆维吾尔自治区', '阿里云'), undefined), '其他', 'websites[0]');
    expect(letter.required).toBe(true);
    expect(letter.accepts).toEqual([{ owner: 'websites[0]', names: ['党建'] }]);
  });

  it('above the province\'s domain count: the 网站建设方案书; in 重庆 with a 承诺书', () => {
    const p = companyIn('重庆市', '阿里云');
    p.websites[0]!.domains = ['a1.cn', 'a2.cn', 'a3.cn', 'a4.cn', 'a5.cn', 'a6.cn'];
    const needs = materialsNeeded(p, undefined);
    expect(needOf(needs, '其他', 'subject').reason.zh).toContain('网站建设方案书');
    expect(needOf(needs, '承诺书', 'subject').reason.zh).toContain('6 个域名');
  });
});

describe('services and people', () => {
  it('a person (个人) with an APP: no 主办单位证件, no 授权书; the APP head\'s ID sides, the icon and 承诺书 optional', () => {
    expect(keysOf(materialsNeeded(personalHarmony(), undefined))).toEqual([
      '负责人证件人像面 subject.head',
      '负责人证件国徽面 subject.head',
      '负责人证件人像面 apps[0].head',
      '负责人证件国徽面 apps[0].head',
      '?APP图标 apps[0]',
      '?承诺书 apps[0]',
    ]);
  });

  it('a person filing outside the province of their ID adds a 居住证 (其他, told by its name)', () => {
    const p = personal();
    p.subject.certificate.number = '330106199003071236';
    p.subject.head.certificate.number = '330106199003071236';
    const permit = needOf(materialsNeeded(p, undefined), '其他', 'subject');
    expect(permit.required).toBe(true);
    expect(permit.reason.zh).toContain('浙江省');
    expect(permit.accepts.map((a) => a.owner)).toEqual(['subject', 'subject.head']);
    p.subject.region.province = '重庆市';
    expect(keysOf(materialsNeeded(p, undefined))).not.toContain('其他 subject');
  });

  it('a website with 前置审批: one file per approval, numbered as the exports number them', () => {
    const p = enterprise();
    p.websites[0]!.approvals = [
      { type: '教育', number: '教审2026-001' },
      { type: '文化', number: '文审2026-002' },
    ];
    const needs = materialsNeeded(p, undefined);
    const education = needOf(needs, '前置审批文件', 'websites[0].approvals[0]');
    expect(education.required).toBe(true);
    expect(education.reason.zh).toContain('教审2026-001');
    expect(education.reason.zh).toContain('教育部门');
    expect(education.source).toContain('§4.10');
    expect(needOf(needs, '前置审批文件', 'websites[0].approvals[1]').accepts).toEqual([{ owner: 'websites[0].approvals[1]' }, { owner: 'websites[0]', nth: 1 }]);
  });

  it('a personal 博客 in 江西 without an approval needs the 省外宣办\'s', () => {
    const p = personal();
    p.subject.region.province = '江西省';
    p.websites[0]!.services = ['博客/个人空间'];
    expect(needOf(materialsNeeded(p, undefined), '前置审批文件', 'websites[0]').reason.zh).toContain('省外宣办');
  });

  it('a website head who is not the subject head: presumed not the legal representative; the 授权书 is required where the province says so', () => {
    const zhejiang = materialsNeeded(twoWebsites(), undefined);
    expect(keysOf(zhejiang)).toContain('?授权书 websites[1].head');
    expect(keysOf(zhejiang)).not.toContain('?授权书 websites[0].head');
    const p = twoWebsites();
    p.subject.region.province = '上海市';
    const letter = needOf(materialsNeeded(p, undefined), '授权书', 'websites[1].head');
    expect(letter.required).toBe(true);
    expect(letter.reason.zh).toContain('李晓红');
    expect(letter.reason.zh).toContain('上海市');
    expect(letter.source).toContain('seed 004');
    expect(letter.accepts).toEqual([{ owner: 'websites[1].head' }, { owner: 'websites[1]' }]);
  });

  it('the subject head\'s 授权书 is optional for an organisation: the profile does not record the legal representative', () => {
    const letter = needOf(materialsNeeded(enterprise(), undefined), '授权书', 'subject.head');
    expect(letter.required).toBe(false);
    expect(letter.reason.en).toContain('does not record the legal representative');
  });

  it('a passport has no back side of its own', () => {
    const p = enterprise();
    p.subject.head.certificate.type = '护照';
    const needs = materialsNeeded(p, undefined);
    expect(needOf(needs, '负责人证件人像面', 'subject.head').required).toBe(true);
    expect(needOf(needs, '负责人证件国徽面', 'subject.head').required).toBe(false);
  });

  it('one service: the subject\'s needs and that service\'s only', () => {
    const owners = materialsNeeded(enterpriseWithApp(), { list: 'miniPrograms', index: 0 }).map((n) => n.owner);
    expect(owners.some((o) => o.startsWith('websites') || o.startsWith('apps'))).toBe(false);
    expect(keysOf(materialsNeeded(enterpriseWithApp(), { list: 'miniPrograms', index: 0 }))).toEqual(
      expect.arrayContaining(['主办单位证件 subject', '负责人证件人像面 miniPrograms[0].head', '承诺书 miniPrograms[0]', '?手持证件照 miniPrograms[0].head']),
    );
  });

  it('a WeChat mini program whose head is another person: their 授权书 is required (WX)', () => {
    const p = enterpriseWithApp();
    p.miniPrograms[0]!.head.name = '李晓红';
    p.miniPrograms[0]!.head.certificate.number = '33010619850612004X';
    const letter = needOf(materialsNeeded(p, { list: 'miniPrograms', index: 0 }), '授权书', 'miniPrograms[0].head');
    expect(letter.required).toBe(true);
    expect(letter.source).toContain('WX');
  });
});
