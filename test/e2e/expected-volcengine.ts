import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { PROVIDER_OPTIONS } from '../portals/volcengine/options';
import { regionCodes, type Expected } from './expected-state';

// What the Volcengine replica's Arco forms must hold after a fill (test/portals/volcengine): option values are MIIT
// codes as strings, multiple values arrays (codes sorted; domains and IPs in the profile's order), the region the
// cascader's [province, city, county] codes, dates YYYY-MM-DD, the 通信地址 the whole address (no prefix on this
// console), the provider the console's id of the provider whose legal name contains the profile's name.
//
// Keys no profile field owns, which must stay as they were (''): `subjectHeadSmsCode`, `siteHeadSmsCode` (短信验证码).
// `approvalType` and `approvalNumber` are shown only when 前置审批 is 是; with no approval they stay ''.
// A 证件有效期 is one RangePicker (ValidFrom, ValidUntil) plus a 长期 checkbox (LongTerm): 长期 leaves the end ''.

type Codes = Readonly<Record<string, string | number>>;
const code = (table: Codes, label: string) => (label ? String(table[label] ?? `missing:${label}`) : '');
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();

/** The console's id of the provider a profile names (its short name is part of the legal name). */
export function providerId(name: string): string {
  if (!name) return '';
  const found = PROVIDER_OPTIONS.find((o) => o.label === name) ?? PROVIDER_OPTIONS.find((o) => o.label.includes(name));
  return found?.value ?? `missing:${name}`;
}

function person(prefix: string, key: 'subjectHead' | 'siteHead', p: Person): Expected[] {
  const { certificate } = p;
  const longTerm = certificate.validUntil === '长期';
  return [
    { path: `${prefix}.name`, key: `${key}Name`, value: p.name },
    { path: `${prefix}.certificate.type`, key: `${key}CertType`, value: code(CERTIFICATES_BY_NATURE.个人, certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${key}CertNo`, value: certificate.number },
    { path: `${prefix}.certificate.validFrom`, key: `${key}ValidFrom`, value: certificate.validFrom ?? '' },
    { path: `${prefix}.certificate.validUntil`, key: `${key}ValidUntil`, value: longTerm ? '' : (certificate.validUntil ?? '') },
    { path: `${prefix}.certificate.validUntil`, key: `${key}LongTerm`, value: longTerm },
    { path: `${prefix}.mobiles[0]`, key: `${key}Mobile`, value: p.mobiles[0] ?? '' },
    { path: `${prefix}.officePhone`, key: `${key}Tel`, value: p.officePhone },
    { path: `${prefix}.emergencyPhone`, key: `${key}Emergency`, value: p.emergencyPhone },
    { path: `${prefix}.emails[0]`, key: `${key}Email`, value: p.emails[0] ?? '' },
  ];
}

function subject(p: Profile): Expected[] {
  const s = p.subject;
  const certificates = Object.entries(CERTIFICATES_BY_NATURE).find(([nature]) => nature === s.nature)?.[1] ?? {};
  const region = regionCodes(p);
  return [
    { path: 'subject.region.province', key: 'region', value: region },
    { path: 'subject.region.city', key: 'region', value: region },
    { path: 'subject.region.county', key: 'region', value: region },
    { path: 'subject.nature', key: 'unitNature', value: code(NATURES, s.nature) },
    { path: 'subject.certificate.type', key: 'unitCertType', value: code(certificates, s.certificate.type) },
    { path: 'subject.certificate.number', key: 'unitCertNo', value: s.certificate.number },
    { path: 'subject.name', key: 'unitName', value: s.name },
    { path: 'subject.certificate.address', key: 'unitCertAddress', value: s.certificate.address },
    { path: 'subject.mailingAddress', key: 'unitMailingAddress', value: s.mailingAddress },
    { path: 'subject.investor', key: 'investor', value: s.investor },
    { path: 'subject.remark', key: 'subjectRemark', value: s.remark },
    ...person('subject.head', 'subjectHead', s.head),
  ];
}

function website(p: Profile, i: number): Expected[] {
  const site = p.websites[i]!;
  const w = `websites[${i}]`;
  const approval = site.approvals[0];
  return [
    { path: `${w}.name`, key: 'siteName', value: site.name },
    { path: `${w}.domains`, key: 'siteDomains', value: site.domains },
    { path: `${w}.homepage`, key: 'siteHomepage', value: site.homepage },
    { path: `${w}.services`, key: 'siteServices', value: codes(SERVICES, site.services) },
    { path: `${w}.languages`, key: 'siteLanguages', value: codes(LANGUAGES, site.languages) },
    // 是/否, then one type and one 文号: the first approval only.
    { path: `${w}.approvals`, key: 'approvalNeeded', value: approval ? '1' : '0' },
    ...(approval
      ? [
          { path: `${w}.approvals[0].type`, key: 'approvalType', value: code(APPROVALS, approval.type) },
          { path: `${w}.approvals[0].number`, key: 'approvalNumber', value: approval.number },
        ]
      : []),
    { path: `${w}.remark`, key: 'siteRemark', value: site.remark },
    ...person(`${w}.head`, 'siteHead', site.head),
    { path: `${w}.access.provider`, key: 'accessProvider', value: providerId(site.access.provider) },
    { path: `${w}.access.methods`, key: 'accessMethods', value: codes(ACCESS_METHODS, site.access.methods) },
    { path: `${w}.access.serverLocations`, key: 'serverLocations', value: codes(SERVER_LOCATIONS, site.access.serverLocations) },
    { path: `${w}.access.ips`, key: 'accessIps', value: site.access.ips },
  ];
}

export const volcengine = {
  /** `/beian/subject`: 主办者信息 + 主办者负责人信息. */
  subject: (p: Profile): Expected[] => subject(p),
  /** `/beian/website`: 网站信息 + 互联网信息服务负责人 + 接入信息. */
  website: (p: Profile, i: number): Expected[] => website(p, i),
  /** `/beian/all`: both steps on one page. */
  all: (p: Profile, i: number): Expected[] => [...subject(p), ...website(p, i)],
};
