import { APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES, type Nature } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { APPROVAL_TYPES, NO_APPROVAL, PROVIDERS } from '../portals/ucloud/options';
import { regionCodes, type Expected } from './expected-state';

// What the UCloud replica (test/portals/ucloud, TDesign for Vue 3) must hold after a fill, in its own keys and codes
// (the MIIT codes: test/portals/ucloud/options.ts). 所属区域 is three selects holding GB/T 2260 codes; dates are
// `YYYY-MM-DD`; 长期有效 is a checkbox (boolean) that empties the end date; lists that take one value report their first
// (`mobiles[0]`); 网站域名 is a tag input taking the whole list, IP地址 rows one IP or range each; 前置审批 is the checked
// type codes ('0': 以上都不涉及, when the profile has none) and one 文号 per checked type; 接入服务商 is the full name of
// the row picked in the search dialog. Not profile fields, so they must stay as they were: `referralCode` ('', the
// 推荐码 on the subject step).

type Codes = Readonly<Record<string, string | number>>;
const code = (table: Codes, label: string) => (label ? String(table[label] ?? `missing:${label}`) : '');
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();
const isNature = (label: string): label is Nature => Object.hasOwn(NATURES, label);

function person(prefix: string, key: string, p: Person, tel: boolean): Expected[] {
  const longTerm = p.certificate.validUntil === '长期';
  return [
    { path: `${prefix}.name`, key: `${key}Name`, value: p.name },
    { path: `${prefix}.certificate.type`, key: `${key}CertType`, value: code(CERTIFICATES_BY_NATURE.个人, p.certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${key}CertNumber`, value: p.certificate.number },
    { path: `${prefix}.certificate.validFrom`, key: `${key}ValidFrom`, value: p.certificate.validFrom ?? '' },
    { path: `${prefix}.certificate.validUntil`, key: `${key}ValidUntil`, value: longTerm ? '' : (p.certificate.validUntil ?? '') },
    { path: `${prefix}.certificate.validUntil`, key: `${key}LongTerm`, value: longTerm },
    { path: `${prefix}.mobiles[0]`, key: `${key}Mobile`, value: p.mobiles[0] ?? '' },
    ...(tel ? [{ path: `${prefix}.officePhone`, key: `${key}Tel`, value: p.officePhone }] : []),
    { path: `${prefix}.emergencyPhone`, key: `${key}Emergency`, value: p.emergencyPhone },
    { path: `${prefix}.emails[0]`, key: `${key}Email`, value: p.emails[0] ?? '' },
  ];
}

/** 前置审批 as the checkbox list holds it: the checked codes ('0' alone when none applies) and a 文号 per type. */
function approvals(list: Profile['websites'][number]['approvals']): { types: string[]; numbers: Record<string, string> } {
  const listed = list.filter((a) => (APPROVAL_TYPES as readonly string[]).includes(a.type));
  if (list.length === 0) return { types: [NO_APPROVAL], numbers: {} };
  return { types: codes(APPROVALS, listed.map((a) => a.type)), numbers: Object.fromEntries(listed.map((a) => [code(APPROVALS, a.type), a.number])) };
}

/** The provider row whose name holds every word of the profile's provider ('' when none does). */
const providerName = (provider: string) => {
  const words = provider.trim().split(/\s+/).filter(Boolean);
  return (words.length ? PROVIDERS.find((p) => words.every((w) => p.name.includes(w)))?.name : undefined) ?? '';
};

export const ucloud = {
  subject: (p: Profile): Expected[] => {
    const s = p.subject;
    const [province, city, county] = regionCodes(p);
    const certificates = isNature(s.nature) ? CERTIFICATES_BY_NATURE[s.nature] : {};
    return [
      { path: 'subject.region.province', key: 'province', value: province },
      { path: 'subject.region.city', key: 'city', value: city },
      { path: 'subject.region.county', key: 'county', value: county },
      { path: 'subject.nature', key: 'nature', value: code(NATURES, s.nature) },
      { path: 'subject.certificate.type', key: 'certType', value: code(certificates, s.certificate.type) },
      { path: 'subject.certificate.number', key: 'certNumber', value: s.certificate.number },
      { path: 'subject.name', key: 'unitName', value: s.name },
      { path: 'subject.certificate.address', key: 'certAddress', value: s.certificate.address },
      { path: 'subject.mailingAddress', key: 'mailingAddress', value: s.mailingAddress },
      { path: 'subject.investor', key: 'investor', value: s.investor },
      ...person('subject.head', 'head', s.head, true),
    ];
  },
  website: (p: Profile, i: number): Expected[] => {
    const site = p.websites[i]!;
    const w = `websites[${i}]`;
    const approved = approvals(site.approvals);
    return [
      { path: `${w}.name`, key: 'siteName', value: site.name },
      { path: `${w}.domains`, key: 'domains', value: site.domains },
      { path: `${w}.homepage`, key: 'homepage', value: site.homepage },
      { path: `${w}.services`, key: 'services', value: codes(SERVICES, site.services) },
      { path: `${w}.languages`, key: 'languages', value: codes(LANGUAGES, site.languages) },
      { path: `${w}.approvals`, key: 'approvals', value: approved.types },
      { path: `${w}.approvals`, key: 'approvalNumbers', value: approved.numbers },
      { path: `${w}.remark`, key: 'remark', value: site.remark },
      ...person(`${w}.head`, 'siteHead', site.head, false),
      { path: `${w}.access.provider`, key: 'provider', value: providerName(site.access.provider) },
      { path: `${w}.access.ips`, key: 'ips', value: site.access.ips.length ? site.access.ips : [''] },
    ];
  },
};
