import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES, type Nature } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { NO_APPROVAL, providerValue } from '../portals/ctyun/options';
import { regionCodes, type Expected } from './expected-state';

// What the 天翼云 replica (test/portals/ctyun, element-ui 2 on Vue 2) must hold after a fill, in its own keys and
// codes: option values are the MIIT codes, 主办单位所属区域 is [province, city, county] codes (the cascader shows
// short province names), dates YYYY-MM-DD, 证件有效期 a start, an end ('' when 长期) and a 长期 boolean, 通信地址 the
// whole address (no prefix here), 网站域名 the whole list (tag select), IP地址 one row per IP, 前置审批 the checked
// type codes (or ['none'] for 以上都不涉及) with a 文号 per type (`approvalNo<code>`), 接入服务商 the id of the operator
// whose name contains the profile's provider.
// Keys that are no profile field and must stay as they were: `referrer` (推荐人, subject step) ''; on the website step
// every `approvalNo<code>` of a type the profile does not name stays ''. The website step's read-only
// 主办单位负责人信息 card is text, not state.

type Codes = Readonly<Record<string, string | number>>;
const code = (table: Codes, label: string) => (label ? String(table[label] ?? `missing:${label}`) : '');
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();
const isNature = (label: string): label is Nature => Object.hasOwn(NATURES, label);

function person(prefix: string, id: string, p: Person, withTel: boolean): Expected[] {
  const longTerm = p.certificate.validUntil === '长期';
  return [
    { path: `${prefix}.name`, key: `${id}Name`, value: p.name },
    { path: `${prefix}.certificate.type`, key: `${id}CertType`, value: code(CERTIFICATES_BY_NATURE.个人, p.certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${id}CertNumber`, value: p.certificate.number },
    { path: `${prefix}.certificate.validFrom`, key: `${id}ValidFrom`, value: p.certificate.validFrom ?? '' },
    { path: `${prefix}.certificate.validUntil`, key: `${id}ValidUntil`, value: longTerm ? '' : (p.certificate.validUntil ?? '') },
    { path: `${prefix}.certificate.validUntil`, key: `${id}LongTerm`, value: longTerm },
    { path: `${prefix}.mobiles[0]`, key: `${id}Mobile`, value: p.mobiles[0] ?? '' },
    ...(withTel ? [{ path: `${prefix}.officePhone`, key: `${id}Tel`, value: p.officePhone }] : []),
    { path: `${prefix}.emergencyPhone`, key: `${id}Emergency`, value: p.emergencyPhone },
    { path: `${prefix}.emails[0]`, key: `${id}Email`, value: p.emails[0] ?? '' },
  ];
}

export const ctyun = {
  /** `/subject`: 主办单位信息 + 主办单位负责人信息. */
  subject: (p: Profile): Expected[] => {
    const s = p.subject;
    const certificates = isNature(s.nature) ? CERTIFICATES_BY_NATURE[s.nature] : {};
    const region = regionCodes(p);
    return [
      { path: 'subject.region.province', key: 'region', value: region },
      { path: 'subject.region.city', key: 'region', value: region },
      { path: 'subject.region.county', key: 'region', value: region },
      { path: 'subject.nature', key: 'nature', value: code(NATURES, s.nature) },
      { path: 'subject.certificate.type', key: 'certType', value: code(certificates, s.certificate.type) },
      { path: 'subject.certificate.number', key: 'certNumber', value: s.certificate.number },
      { path: 'subject.name', key: 'unitName', value: s.name },
      { path: 'subject.certificate.address', key: 'certAddress', value: s.certificate.address },
      { path: 'subject.mailingAddress', key: 'mailAddress', value: s.mailingAddress },
      { path: 'subject.investor', key: 'investor', value: s.investor },
      ...person('subject.head', 'head', s.head, true),
    ];
  },
  /** `/website`: 网站信息 + (read-only 主办单位负责人信息) + 网站负责人信息 + 接入信息. */
  website: (p: Profile, i: number): Expected[] => {
    const site = p.websites[i]!;
    const w = `websites[${i}]`;
    return [
      { path: `${w}.name`, key: 'siteName', value: site.name },
      { path: `${w}.domains`, key: 'domains', value: site.domains },
      { path: `${w}.homepage`, key: 'homepage', value: site.homepage },
      { path: `${w}.services`, key: 'services', value: codes(SERVICES, site.services) },
      { path: `${w}.languages`, key: 'languages', value: codes(LANGUAGES, site.languages) },
      // 前置审批 shape (b): the checked types, or 以上都不涉及 alone; each checked type's own 文号.
      { path: `${w}.approvals`, key: 'approvals', value: site.approvals.length ? codes(APPROVALS, site.approvals.map((a) => a.type)) : [NO_APPROVAL] },
      ...site.approvals.map((a, k) => ({ path: `${w}.approvals[${k}].number`, key: `approvalNo${code(APPROVALS, a.type)}`, value: a.number })),
      { path: `${w}.remark`, key: 'remark', value: site.remark },
      ...person(`${w}.head`, 'siteHead', site.head, false),
      { path: `${w}.access.provider`, key: 'provider', value: providerValue(site.access.provider) },
      { path: `${w}.access.methods`, key: 'accessMethods', value: codes(ACCESS_METHODS, site.access.methods) },
      // One row per IP (the form opens with one empty row).
      { path: `${w}.access.ips`, key: 'ips', value: site.access.ips.length ? site.access.ips : [''] },
    ];
  },
};
