import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES, type Nature } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { PROVIDERS, shortProvinceName } from '../portals/baidu/options';
import { regionCodes, type Expected } from './expected-state';

// What the Baidu AI Cloud replica (test/portals/baidu, ARIA widgets of no known library) must hold in its React state
// after a fill: option values are the MIIT codes as strings, the region is the names its tree shows joined as
// `省/市/区` with the province by its short name (`浙江/杭州市/西湖区`), 长期 is a boolean beside the end date (then ''),
// 前置审批 is '1' (是) or '0' (否) with the first approval's type and 文号 when 是, domains and IPs are lists, the
// provider is the one listed name that holds the profile's words.
// Keys that are no profile field and must stay as they were: `captcha` (subject step, ''); on the website step
// `approvalType` and `approvalNumber` while the profile has no approval (hidden, '').

type Codes = Readonly<Record<string, string | number>>;
const code = (table: Codes, label: string) => (label ? String(table[label] ?? `missing:${label}`) : '');
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();

function person(prefix: string, key: string, p: Person): Expected[] {
  const until = p.certificate.validUntil ?? '';
  return [
    { path: `${prefix}.name`, key: `${key}Name`, value: p.name },
    { path: `${prefix}.certificate.type`, key: `${key}CertType`, value: code(CERTIFICATES_BY_NATURE.个人, p.certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${key}CertNumber`, value: p.certificate.number },
    { path: `${prefix}.certificate.validFrom`, key: `${key}ValidFrom`, value: p.certificate.validFrom ?? '' },
    { path: `${prefix}.certificate.validUntil`, key: `${key}ValidUntil`, value: until === '长期' ? '' : until },
    { path: `${prefix}.certificate.validUntil`, key: `${key}LongTerm`, value: until === '长期' },
    { path: `${prefix}.mobiles[0]`, key: `${key}Mobile`, value: p.mobiles[0] ?? '' },
    { path: `${prefix}.emergencyPhone`, key: `${key}Emergency`, value: p.emergencyPhone },
    { path: `${prefix}.officePhone`, key: `${key}Tel`, value: p.officePhone },
    { path: `${prefix}.emails[0]`, key: `${key}Email`, value: p.emails[0] ?? '' },
  ];
}

/** The region as the tree's choice holds it: `浙江/杭州市/西湖区` (names of the divisions found, '' if any is not). */
function region(p: Profile): string {
  const { province, city, county } = p.subject.region;
  return regionCodes(p).every((c) => c !== '') ? `${shortProvinceName(province)}/${city}/${county}` : '';
}

/** The one listed provider whose name holds the profile's words. */
function provider(words: string): string {
  const found = words ? PROVIDERS.filter((name) => name.includes(words)) : [];
  return found.length === 1 ? found[0]! : '';
}

const isNature = (label: string): label is Nature => Object.hasOwn(NATURES, label);

export const baidu = {
  subject: (p: Profile): Expected[] => {
    const s = p.subject;
    const certificates = isNature(s.nature) ? CERTIFICATES_BY_NATURE[s.nature] : {};
    const area = region(p);
    return [
      { path: 'subject.region', key: 'region', value: area },
      { path: 'subject.region.province', key: 'region', value: area },
      { path: 'subject.region.city', key: 'region', value: area },
      { path: 'subject.region.county', key: 'region', value: area },
      { path: 'subject.nature', key: 'nature', value: code(NATURES, s.nature) },
      { path: 'subject.certificate.type', key: 'certType', value: code(certificates, s.certificate.type) },
      { path: 'subject.certificate.number', key: 'certNumber', value: s.certificate.number },
      { path: 'subject.name', key: 'unitName', value: s.name },
      { path: 'subject.certificate.address', key: 'certAddress', value: s.certificate.address },
      { path: 'subject.mailingAddress', key: 'mailingAddress', value: s.mailingAddress },
      { path: 'subject.investor', key: 'investor', value: s.investor },
      ...person('subject.head', 'head', s.head),
    ];
  },
  website: (p: Profile, i: number): Expected[] => {
    const site = p.websites[i]!;
    const w = `websites[${i}]`;
    const first = site.approvals[0];
    return [
      { path: `${w}.name`, key: 'siteName', value: site.name },
      { path: `${w}.domains`, key: 'domains', value: site.domains },
      { path: `${w}.homepage`, key: 'homepage', value: site.homepage },
      { path: `${w}.services`, key: 'services', value: codes(SERVICES, site.services) },
      { path: `${w}.languages`, key: 'languages', value: codes(LANGUAGES, site.languages) },
      { path: `${w}.approvals`, key: 'preApproval', value: first ? '1' : '0' },
      ...(first
        ? [
            { path: `${w}.approvals`, key: 'approvalType', value: code(APPROVALS, first.type) },
            { path: `${w}.approvals`, key: 'approvalNumber', value: first.number },
            { path: `${w}.approvals[0].type`, key: 'approvalType', value: code(APPROVALS, first.type) },
            { path: `${w}.approvals[0].number`, key: 'approvalNumber', value: first.number },
          ]
        : []),
      { path: `${w}.remark`, key: 'siteRemark', value: site.remark },
      ...person(`${w}.head`, 'siteHead', site.head),
      { path: `${w}.access.provider`, key: 'provider', value: provider(site.access.provider) },
      { path: `${w}.access.methods`, key: 'accessMethods', value: codes(ACCESS_METHODS, site.access.methods) },
      { path: `${w}.access.serverLocations`, key: 'serverLocations', value: codes(SERVER_LOCATIONS, site.access.serverLocations) },
      { path: `${w}.access.ips`, key: 'ips', value: site.access.ips.length ? site.access.ips : [''] },
    ];
  },
};
