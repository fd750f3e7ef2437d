import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/schema';
import { enterprise, findingsOf, personal, twoWebsites } from '../../test/support/sample';
import { usccCheckChar } from './algorithms/uscc';

/** A USCC from its first 17 characters and the computed check character. */
const uscc = (first17: string): string => first17 + (usccCheckChar(first17) ?? '?');

const hits = (profile: Profile) => findingsOf(profile, 'organisation').map((f) => [f.rule, f.path, f.severity]);
const errors = (profile: Profile) => findingsOf(profile, 'organisation').filter((f) => f.severity === 'error');

/** An enterprise profile whose subject has the given nature, certificate type and number. */
function subject(nature: string, type: string, number: string): Profile {
  const profile = enterprise();
  profile.subject.nature = nature;
  profile.subject.certificate.type = type;
  profile.subject.certificate.number = number;
  return profile;
}

describe('organisation', () => {
  it.each([
    ['valid-enterprise', enterprise],
    ['valid-personal', personal],
    ['valid-enterprise-two-websites', twoWebsites],
  ])('%s has no organisation errors', (_name, load) => {
    expect(errors(load())).toEqual([]);
  });

  it('a real USCC in its own province and nature gives no finding at all', () => {
    expect(hits(subject('企业', '营业执照（个人或企业）', uscc('91330106802100433')))).toEqual([]);
  });

  it('rejects an unknown nature', () => {
    const profile = enterprise();
    profile.subject.nature = '公司';
    expect(hits(profile)).toContainEqual(['organisation/nature-known', 'subject.nature', 'error']);
  });

  describe('性质 ↔ 证件类型', () => {
    it.each([
      ['个人', '营业执照（个人或企业）', 'error'],
      ['企业', '居民身份证', 'error'],
      ['企业', '统一社会信用代码证书', 'error'],
      ['事业单位', '营业执照（个人或企业）', 'error'],
      ['医疗机构', '身份证', 'error'],
      ['医疗机构', '组织机构代码证', 'warning'],
      ['宗教团体', '统一社会信用代码证书', 'warning'],
    ])('%s with %s → %s', (nature, type, severity) => {
      const found = findingsOf(subject(nature, type, '91330106MA2KX7Q1D5'), 'organisation').filter((f) => f.rule === 'organisation/nature-certificate-type');
      expect(found).toEqual([expect.objectContaining({ path: 'subject.certificate.type', severity })]);
    });

    it.each([
      ['企业', '组织机构代码证'],
      ['事业单位', '事业单位法人证书'],
      ['政府机关', '统一社会信用代码证书'],
      ['个人', '港澳居民居住证'],
    ])('%s with %s is allowed', (nature, type) => {
      const rules = findingsOf(subject(nature, type, '91330106MA2KX7Q1D5'), 'organisation').map((f) => f.rule);
      expect(rules).not.toContain('organisation/nature-certificate-type');
    });
  });

  describe('numbers', () => {
    it.each([
      ['91330106MA2KX7Q1D6', 'organisation/uscc-checksum', '校验码应为 5'],
      ['91330106ma2kx7q1d5', 'organisation/uscc-checksum', '统一社会信用代码中的字母请大写'],
      ['I1330106MA2KX7Q1D5', 'organisation/uscc-checksum', '统一社会信用代码应为 18 位：不含 I、O、S、V、Z，第 3–8 位为数字'],
      ['330106000012345', 'organisation/uscc-required', '15 位工商注册号已停用：三证合一后请填写 18 位统一社会信用代码'],
      ['3301060000123', 'organisation/uscc-required', '营业执照号码应填写 18 位统一社会信用代码'],
    ])('营业执照 %s → %s', (number, rule, zh) => {
      const found = findingsOf(subject('企业', '营业执照（个人或企业）', number), 'organisation').filter((f) => f.severity === 'error');
      expect(found).toEqual([expect.objectContaining({ rule, path: 'subject.certificate.number', message: expect.objectContaining({ zh }) })]);
    });

    it.each([
      ['事业单位', '事业单位法人证书', '12330106802100433Y'],
      ['社会团体', '社会团体法人登记证书', '51330106MA2KX7Q1D5'],
    ])('checks an 18-character %s number as a USCC', (nature, type, number) => {
      expect(hits(subject(nature, type, number))).toContainEqual(['organisation/uscc-checksum', 'subject.certificate.number', 'error']);
    });

    it('leaves numbers of other lengths on other documents alone', () => {
      expect(errors(subject('医疗机构', '医疗机构执业许可证', 'PDY00001-X11010517A1001'))).toEqual([]);
    });

    it.each([
      ['80210043-3', []],
      ['802100433', []],
      [uscc('91330106802100433'), []],
      ['80210043-4', [['organisation/org-code-checksum', 'subject.certificate.number', 'error']]],
      ['m000100y-4', [['organisation/org-code-checksum', 'subject.certificate.number', 'error']]],
      ['8021004', [['organisation/org-code-checksum', 'subject.certificate.number', 'error']]],
      ['91330106802100433A', [['organisation/uscc-checksum', 'subject.certificate.number', 'error']]],
    ])('组织机构代码证 %s', (number, expected) => {
      expect(errors(subject('企业', '组织机构代码证', number)).map((f) => [f.rule, f.path, f.severity])).toEqual(expected);
    });

    it('asks for upper case in an organisation code', () => {
      const [finding] = errors(subject('企业', '组织机构代码证', 'm000100y-4'));
      expect(finding?.message.zh).toBe('组织机构代码中的字母请大写');
    });

    it('does not read a personal subject number as a USCC', () => {
      const profile = personal();
      profile.subject.certificate.number = '91330106MA2KX7Q1D6';
      expect(errors(profile)).toEqual([]);
    });
  });

  describe('USCC cross-checks (warnings)', () => {
    it('warns when characters 9–17 fail GB 11714', () => {
      expect(hits(enterprise())).toEqual([['organisation/uscc-org-code', 'subject.certificate.number', 'warning']]);
    });

    it.each([
      ['企业', '营业执照（个人或企业）', uscc('92330106802100433'), []],
      ['企业', '营业执照（个人或企业）', uscc('93330106802100433'), []],
      ['事业单位', '事业单位法人证书', uscc('12330106802100433'), []],
      ['集体经济', '农村集体经济组织登记证', uscc('N2330106802100433'), []],
      ['事业单位', '事业单位法人证书', uscc('91330106802100433'), [['organisation/uscc-nature', 'subject.nature', 'warning']]],
      ['企业', '营业执照（个人或企业）', uscc('52330106802100433'), [['organisation/uscc-nature', 'subject.nature', 'warning']]],
      ['医疗机构', '医疗机构执业许可证', uscc('52330106802100433'), []],
    ])('%s %s %s', (nature, type, number, expected) => {
      expect(hits(subject(nature, type, number))).toEqual(expected);
    });

    it.each([
      [uscc('91110000802100433'), [['organisation/uscc-region', 'subject.certificate.number', 'warning']]],
      [uscc('91100000802100433'), []],
      [uscc('91330000802100433'), []],
    ])('region of %s vs 浙江省', (number, expected) => {
      expect(hits(subject('企业', '营业执照（个人或企业）', number))).toEqual(expected);
    });

    it('names both provinces', () => {
      const [finding] = findingsOf(subject('企业', '营业执照（个人或企业）', '91110000802100433B'), 'organisation');
      expect(finding?.message.zh).toBe('代码第 3–8 位「110000」属于北京市，主办单位所在省为浙江省');
    });
  });

  describe('personal subject', () => {
    it.each([
      ['赵磊', '居民身份证', []],
      ['赵磊2', '居民身份证', [['organisation/personal-name-characters', 'subject.name', 'warning']]],
      ['Zhao磊', '居民身份证', [['organisation/personal-name-characters', 'subject.name', 'warning']]],
      ['JOHN SMITH', '护照', []],
    ])('name %s with %s', (name, type, expected) => {
      const profile = personal();
      profile.subject.name = name;
      profile.subject.investor = name;
      profile.subject.certificate.type = type;
      expect(hits(profile)).toEqual(expected);
    });

    it('warns when the investor is not the person', () => {
      const profile = personal();
      profile.subject.investor = '上海某某科技有限公司';
      expect(hits(profile)).toEqual([['organisation/personal-investor', 'subject.investor', 'warning']]);
    });

    it('lets an enterprise name another investor', () => {
      const profile = enterprise();
      profile.subject.investor = '王小明';
      expect(findingsOf(profile, 'organisation').map((f) => f.rule)).not.toContain('organisation/personal-investor');
    });
  });
});
