import { personTypes, orgTypes } from '../portals/21vianet/pages';
import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES } from '../../src/profile/options';
import { citiesOf, countiesOf, findProvince } from '../../src/rules/data/divisions';
import type { Person, Profile } from '../../src/profile/schema';

// What each replica's framework must hold after a fill from a profile, in the replica's own codes, field by field:
// the profile path the fill report names, the key of the replica's state, and the value.

export type Expected = { path: string; key: string; value: unknown };
type Codes = Readonly<Record<string, string | number>>;

const code = (table: Codes, label: string) => (label ? String(table[label] ?? `missing:${label}`) : '');
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();

export function regionCodes(profile: Profile): [string, string, string] {
  const province = findProvince(profile.subject.region.province);
  const city = province && citiesOf(province.code).find((c) => c.name === profile.subject.region.city);
  const county = city && countiesOf(city.code).find((c) => c.name === profile.subject.region.county);
  return [province?.code ?? '', city?.code ?? '', county?.code ?? ''];
}

const CERT_CODES = { ...orgTypes, ...personTypes };

function vianetPerson(prefix: string, id: string, person: Person): Expected[] {
  return [
    { path: `${prefix}.name`, key: `${id}Name`, value: person.name },
    { path: `${prefix}.certificate.type`, key: `${id}CertType`, value: code(CERT_CODES, person.certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${id}CertNum`, value: person.certificate.number },
    { path: `${prefix}.officePhone`, key: `${id}Tel`, value: person.officePhone ? `086-${person.officePhone}` : '' },
    { path: `${prefix}.mobiles`, key: `${id}Mobile`, value: person.mobiles.join('/') },
    { path: `${prefix}.emails`, key: `${id}Email`, value: person.emails.join('/') },
  ];
}

// 21Vianet (issue 14): `checkCertType` / `unitCertType` are disabled until their 性质 is chosen and offer only that
// 性质's documents, in the same codes as before; the expected values do not change.
export const vianet = {
  start: (p: Profile, i: number): Expected[] => [
    { path: 'subject.nature', key: 'checkUnitProperty', value: code(NATURES, p.subject.nature) },
    { path: 'subject.certificate.type', key: 'checkCertType', value: code(CERT_CODES, p.subject.certificate.type) },
    { path: 'subject.certificate.number', key: 'checkCertNum', value: p.subject.certificate.number },
    { path: `websites[${i}].domains[0]`, key: 'checkDomain', value: p.websites[i]?.domains[0] ?? '' },
  ],
  subject: (p: Profile): Expected[] => {
    const [province, city, county] = regionCodes(p);
    return [
      { path: 'subject.name', key: 'unitName', value: p.subject.name },
      { path: 'subject.nature', key: 'unitProperty', value: code(NATURES, p.subject.nature) },
      { path: 'subject.certificate.type', key: 'unitCertType', value: code(CERT_CODES, p.subject.certificate.type) },
      { path: 'subject.certificate.number', key: 'unitCertNum', value: p.subject.certificate.number },
      { path: 'subject.region.province', key: 'unitProvince', value: province },
      { path: 'subject.region.city', key: 'unitCity', value: city },
      { path: 'subject.region.county', key: 'unitCounty', value: county },
      { path: 'subject.certificate.address', key: 'unitCertAddress', value: p.subject.certificate.address },
      { path: 'subject.mailingAddress', key: 'unitAddress', value: p.subject.mailingAddress },
      { path: 'subject.investor', key: 'unitInvestor', value: p.subject.investor },
      ...vianetPerson('subject.head', 'principal', p.subject.head),
      { path: 'subject.remark', key: 'principalRemark', value: p.subject.remark },
    ];
  },
  website: (p: Profile, i: number): Expected[] => {
    const site = p.websites[i]!;
    const w = `websites[${i}]`;
    return [
      { path: `${w}.name`, key: 'websiteName', value: site.name },
      { path: `${w}.domains`, key: 'websiteDomain', value: site.domains.join('/') },
      { path: `${w}.homepage`, key: 'websiteUrl', value: site.homepage },
      { path: `${w}.services`, key: 'services', value: codes(SERVICES, site.services) },
      { path: `${w}.languages`, key: 'languages', value: codes(LANGUAGES, site.languages) },
      { path: `${w}.access.ips`, key: 'websiteIps', value: site.access.ips.join('\n') },
      { path: `${w}.access.methods`, key: 'accessModes', value: codes(ACCESS_METHODS, site.access.methods) },
      { path: `${w}.access.serverLocations`, key: 'serverLocations', value: codes(SERVER_LOCATIONS, site.access.serverLocations) },
      { path: `${w}.remark`, key: 'websiteRemark', value: site.remark },
      ...vianetPerson(`${w}.head`, 'webPrincipal', site.head),
    ];
  },
};

function miitPerson(prefix: string, id: string, person: Person): Expected[] {
  return [
    { path: `${prefix}.name`, key: `${id}name`, value: person.name },
    { path: `${prefix}.certificate.type`, key: `${id}certificatetypeId`, value: code(CERTIFICATES_BY_NATURE.个人, person.certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${id}certificatenum`, value: person.certificate.number },
    { path: `${prefix}.officePhone`, key: `${id}tel`, value: person.officePhone },
    { path: `${prefix}.mobiles[0]`, key: `${id}mobilephone`, value: person.mobiles[0] ?? '' },
    { path: `${prefix}.emergencyPhone`, key: `${id}emergencytel`, value: person.emergencyPhone },
    { path: `${prefix}.emails[0]`, key: `${id}email`, value: person.emails[0] ?? '' },
  ];
}

const LANGUAGE_BITS = Object.fromEntries(Object.entries(LANGUAGES).map(([l, c]) => [l, 2 ** (c - 1)]));
const one = <T,>(list: T[]) => (list.length === 1 ? list[0] : list);

function miitWebsite(p: Profile, i: number): Expected[] {
  const site = p.websites[i]!;
  const w = `websites[${i}]`;
  return [
    { path: `${w}.name`, key: 'websitename', value: site.name },
    { path: `${w}.domains`, key: 'domainName', value: one(site.domains) },
    { path: `${w}.homepage`, key: 'websitefirstpageurl', value: site.homepage },
    { path: `${w}.services`, key: 'websiteservicecontent', value: codes(SERVICES, site.services) },
    { path: `${w}.languages`, key: 'language', value: codes(LANGUAGE_BITS, site.languages) },
    // 前置审批: the checked types' bitmask codes, each with its 文号 (`approvalNo<code>`); none checked when none applies.
    // The 文号 inputs of unchecked types (`approvalNo<code>`) are no profile field here: they stay empty.
    { path: `${w}.approvals`, key: 'approval', value: codes(APPROVALS, site.approvals.map((a) => a.type)) },
    ...site.approvals.map((a, k) => ({ path: `${w}.approvals[${k}].number`, key: `approvalNo${code(APPROVALS, a.type)}`, value: a.number })),
    { path: `${w}.remark`, key: 'webremark', value: site.remark },
    ...miitPerson(`${w}.head`, 'websiteprincipal', site.head),
    // The 网站负责人's 证件有效期: 长期 radios, start, end (the same set as the 主办单位负责人's).
    { path: `${w}.head.certificate.validFrom`, key: 'websiteprincipalbeginDateFind', value: site.head.certificate.validFrom ?? '' },
    { path: `${w}.head.certificate.validUntil`, key: 'websiteprincipalendDateFind', value: site.head.certificate.validUntil === '长期' ? '' : (site.head.certificate.validUntil ?? '') },
    { path: `${w}.head.certificate.validUntil`, key: 'websiteprincipalIsLongTerm', value: [site.head.certificate.validUntil === '长期' ? '1' : '0'] },
  ];
}

function miitAccess(p: Profile, i: number): Expected[] {
  const site = p.websites[i]!;
  const w = `websites[${i}]`;
  const ranges = site.access.ips.map((ip) => (ip.includes('-') ? ip.split('-') : [ip, ip]));
  return [
    { path: `${w}.access.provider`, key: 'aspname', value: '北京世纪互联宽带数据中心有限公司' },
    // The words typed into the provider search (seed 003) are part of filling the provider.
    { path: `${w}.access.provider`, key: 'aspKeyword', value: site.access.provider },
    { path: `${w}.access.provider`, key: 'asp', value: ['on'] }, // the result row chosen in the popup
    { path: `${w}.access.ips`, key: 'webIpBegin', value: one(ranges.map((r) => r[0])) },
    { path: `${w}.access.ips`, key: 'webIpEnd', value: one(ranges.map((r) => r[1])) },
    { path: `${w}.access.methods`, key: 'connectmode', value: codes(ACCESS_METHODS, site.access.methods) },
    { path: `${w}.access.serverLocations`, key: 'serveraddress', value: codes(SERVER_LOCATIONS, site.access.serverLocations) },
  ];
}

// MIIT 企业侧 (issue 14): the province select lists short names (浙江) but holds GB/T 2260 codes, so `mainProvince` is
// still the code; the 证件类型 list is disabled until the 性质 is chosen (the value is unchanged by that). Not profile
// fields, to stay as they were: `instantmessageaccount`, `webinstantmessageaccount`, `websitenameen`, `aspKeyword`'s
// siblings, and the 文号 inputs (`approvalNo<code>`) of types the profile does not list.
export const miit = {
  subject: (p: Profile): Expected[] => {
    const [province, city, county] = regionCodes(p);
    const nature = p.subject.nature as keyof typeof CERTIFICATES_BY_NATURE;
    const { head } = p.subject;
    return [
      { path: 'subject.nature', key: 'unitProperty', value: code(NATURES, p.subject.nature) },
      { path: 'subject.region.province', key: 'mainProvince', value: province },
      { path: 'subject.region.city', key: 'mainCity', value: city },
      { path: 'subject.region.county', key: 'mainCountry', value: county },
      { path: 'subject.name', key: 'unitname', value: p.subject.name },
      { path: 'subject.certificate.type', key: 'unitcertificatetypeId', value: code(CERTIFICATES_BY_NATURE[nature], p.subject.certificate.type) },
      { path: 'subject.certificate.number', key: 'unitcertificatenum', value: p.subject.certificate.number },
      { path: 'subject.certificate.address', key: 'certificateaddress', value: p.subject.certificate.address },
      { path: 'subject.mailingAddress', key: 'unitaddress', value: p.subject.mailingAddress },
      { path: 'subject.investor', key: 'unitsuperior', value: p.subject.investor },
      ...miitPerson('subject.head', 'unitprincipal', head),
      { path: 'subject.head.certificate.validFrom', key: 'beginDateFind', value: head.certificate.validFrom ?? '' },
      { path: 'subject.head.certificate.validUntil', key: 'endDateFind', value: head.certificate.validUntil === '长期' ? '' : (head.certificate.validUntil ?? '') },
      { path: 'subject.head.certificate.validUntil', key: 'isLongTerm', value: [head.certificate.validUntil === '长期' ? '1' : '0'] },
      { path: 'subject.remark', key: 'remark', value: p.subject.remark },
    ];
  },
  website: miitWebsite,
  access: miitAccess,
  websiteAccess: (p: Profile, i: number): Expected[] => [...miitWebsite(p, i), ...miitAccess(p, i)],
};

/**
 * The element-plus form (generic adapter): lists go in whole only where the field says so, else the first item.
 * Issue 14: 主办单位证件类型 is disabled until the 性质 is chosen; 前置审批 is a 是/否 radio (否 when the profile lists
 * none), with `approvalType` / `approvalNumber` only for 是 (they stay '' otherwise). Not profile fields, to stay as
 * they were: `unitNameEn`, `siteNameEn`, `referrerName`, `referrerMobile`.
 */
export function element(p: Profile): Expected[] {
  const site = p.websites[0]!;
  const { head } = p.subject;
  const s = p.subject;
  return [
    { path: 'subject.name', key: 'unitName', value: s.name },
    { path: 'subject.nature', key: 'nature', value: s.nature },
    { path: 'subject.certificate.type', key: 'certType', value: s.certificate.type },
    { path: 'subject.certificate.number', key: 'certNumber', value: s.certificate.number },
    { path: 'subject.region', key: 'region', value: [s.region.province, s.region.city, s.region.county] },
    { path: 'subject.certificate.address', key: 'certAddress', value: s.certificate.address },
    // The address input sits behind a read-only 省市区 prefix: it holds the rest of the address only.
    { path: 'subject.mailingAddress', key: 'address', value: [s.region.province, s.region.city, s.region.county].reduce((rest, part) => (rest.startsWith(part) ? rest.slice(part.length) : rest), s.mailingAddress) },
    { path: 'subject.investor', key: 'investor', value: s.investor },
    { path: 'subject.head.name', key: 'headName', value: head.name },
    { path: 'subject.head.certificate.type', key: 'headCertType', value: head.certificate.type },
    { path: 'subject.head.certificate.number', key: 'headCertNumber', value: head.certificate.number },
    // A date range holds both ends or neither; it has no 长期.
    { path: 'subject.head.certificate.validFrom', key: 'headValidFrom', value: head.certificate.validFrom },
    { path: 'subject.head.certificate.validUntil', key: 'headValidUntil', value: head.certificate.validUntil },
    { path: 'subject.head.officePhone', key: 'headTel', value: head.officePhone },
    { path: 'subject.head.mobiles[0]', key: 'headMobile', value: head.mobiles[0] ?? '' },
    { path: 'subject.head.emails[0]', key: 'headEmail', value: head.emails[0] ?? '' },
    { path: 'websites[0].name', key: 'siteName', value: site.name },
    // A tag input with allow-create: one tag per domain.
    { path: 'websites[0].domains', key: 'domains', value: site.domains },
    { path: 'websites[0].homepage', key: 'homepage', value: site.homepage },
    { path: 'websites[0].services', key: 'services', value: site.services },
    // 前置审批 as 是/否, then the first approval's type and 文号 (shown for 是 only; they stay '' for 否).
    { path: 'websites[0].approvals', key: 'approvalNeeded', value: site.approvals.length ? '是' : '否' },
    ...(site.approvals[0]
      ? [
          { path: 'websites[0].approvals[0].type', key: 'approvalType', value: site.approvals[0].type },
          { path: 'websites[0].approvals[0].number', key: 'approvalNumber', value: site.approvals[0].number },
        ]
      : []),
    { path: 'websites[0].head.name', key: 'siteHeadName', value: site.head.name },
    { path: 'websites[0].head.certificate.number', key: 'siteHeadCertNumber', value: site.head.certificate.number },
    // A start date with a 长期有效 switch beside it that takes the end date off the form.
    { path: 'websites[0].head.certificate.validFrom', key: 'siteHeadValidFrom', value: site.head.certificate.validFrom },
    { path: 'websites[0].head.certificate.validUntil', key: 'siteHeadLongTerm', value: site.head.certificate.validUntil === '长期' },
    { path: 'websites[0].head.certificate.validUntil', key: 'siteHeadValidUntil', value: site.head.certificate.validUntil === '长期' ? '' : site.head.certificate.validUntil },
    { path: 'websites[0].head.mobiles[0]', key: 'siteHeadMobile', value: site.head.mobiles[0] ?? '' },
    { path: 'websites[0].head.emails[0]', key: 'siteHeadEmail', value: site.head.emails[0] ?? '' },
    { path: 'websites[0].access.provider', key: 'provider', value: site.access.provider },
    { path: 'websites[0].access.serverLocations', key: 'serverLocations', value: site.access.serverLocations },
  ];
}

/** Sorts list values so checkbox order does not matter. */
export function sortedState(state: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [k, Array.isArray(v) && v.every((x) => /^\d+$/.test(String(x))) ? [...v].sort() : v]));
}
