import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES, type Nature } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { providerValue } from '../portals/jdcloud/options';
import { regionCodes, type Expected } from './expected-state';

// What the JD Cloud replica (test/portals/jdcloud, ant-design-vue 4) must hold after a fill, in its own keys and
// codes: option values are the MIIT codes, 所在地 is [province, city, county] codes, dates YYYY-MM-DD, 通讯地址 the
// part after the read-only 省市区 addon, 证件有效期 a start, an end ('' when 长期) and a 长期 boolean, 网站域名 and IP地址
// whole lists (tag selects), 接入服务商 the record id of the operator whose name contains the profile's provider.
// Keys that are no profile field and must stay as they were: `headSmsCode` (subject step) and `icpSmsCode`
// (website step), both ''.

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

/** The address as the input behind the read-only 省市区 addon holds it. */
function afterRegion(p: Profile): string {
  const { province, city, county } = p.subject.region;
  return [province, city, county].reduce((rest, part) => (part && rest.startsWith(part) ? rest.slice(part.length) : rest), p.subject.mailingAddress);
}

export const jdcloud = {
  /** `/beian/subject`: 主办者信息 + 主办者负责人. */
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
      { path: 'subject.name', key: 'name', value: s.name },
      { path: 'subject.certificate.address', key: 'certAddress', value: s.certificate.address },
      { path: 'subject.mailingAddress', key: 'address', value: afterRegion(p) },
      { path: 'subject.investor', key: 'investor', value: s.investor },
      ...person('subject.head', 'head', s.head, true),
    ];
  },
  /** `/beian/website`: 网站基本信息 + ICP负责人信息 + 接入信息. */
  website: (p: Profile, i: number): Expected[] => {
    const site = p.websites[i]!;
    const w = `websites[${i}]`;
    const approval = site.approvals[0];
    return [
      { path: `${w}.name`, key: 'siteName', value: site.name },
      { path: `${w}.domains`, key: 'domains', value: site.domains },
      { path: `${w}.homepage`, key: 'homepage', value: site.homepage },
      { path: `${w}.services`, key: 'services', value: codes(SERVICES, site.services) },
      { path: `${w}.languages`, key: 'languages', value: codes(LANGUAGES, site.languages) },
      // 前置审批 shape (a): 是/否, then one type and its 文号 (shown only when 是).
      { path: `${w}.approvals`, key: 'approvalInvolved', value: approval ? '1' : '0' },
      { path: `${w}.approvals[0].type`, key: 'approvalType', value: approval ? code(APPROVALS, approval.type) : '' },
      { path: `${w}.approvals[0].number`, key: 'approvalNumber', value: approval?.number ?? '' },
      { path: `${w}.remark`, key: 'remark', value: site.remark },
      ...person(`${w}.head`, 'icp', site.head, false),
      { path: `${w}.access.provider`, key: 'provider', value: providerValue(site.access.provider) },
      { path: `${w}.access.methods`, key: 'accessMethods', value: codes(ACCESS_METHODS, site.access.methods) },
      { path: `${w}.access.serverLocations`, key: 'serverLocations', value: codes(SERVER_LOCATIONS, site.access.serverLocations) },
      { path: `${w}.access.ips`, key: 'ips', value: site.access.ips },
    ];
  },
};
