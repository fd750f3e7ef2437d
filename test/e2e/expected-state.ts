import { personTypes, orgTypes } from '../portals/21vianet/pages';
import { ACCESS_METHODS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES } from '../../src/profile/options';
import { citiesOf, countiesOf, findProvince } from '../../src/rules/data/divisions';
import type { Person, Profile } from '../../src/profile/schema';

// What each replica's framework must hold after a fill from a profile, in the replica's own codes.

type Codes = Readonly<Record<string, string | number>>;
const code = (table: Codes, label: string) => String(table[label] ?? `missing:${label}`);
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();

export function regionCodes(profile: Profile): [string, string, string] {
  const province = findProvince(profile.subject.region.province);
  const city = province && citiesOf(province.code).find((c) => c.name === profile.subject.region.city);
  const county = city && countiesOf(city.code).find((c) => c.name === profile.subject.region.county);
  return [province?.code ?? '', city?.code ?? '', county?.code ?? ''];
}

const CERT_CODES = { ...orgTypes, ...personTypes };

function vianetPerson(id: string, person: Person) {
  return {
    [`${id}Name`]: person.name,
    [`${id}CertType`]: code(CERT_CODES, person.certificate.type),
    [`${id}CertNum`]: person.certificate.number,
    [`${id}Tel`]: person.officePhone ? `086-${person.officePhone}` : '',
    [`${id}Mobile`]: person.mobiles.join('/'),
    [`${id}Email`]: person.emails.join('/'),
  };
}

export const vianet = {
  start: (p: Profile) => ({
    checkUnitProperty: code(NATURES, p.subject.nature),
    checkCertType: code(CERT_CODES, p.subject.certificate.type),
    checkCertNum: p.subject.certificate.number,
    checkDomain: p.websites[0]?.domains[0] ?? '',
  }),
  subject: (p: Profile) => {
    const [province, city, county] = regionCodes(p);
    return {
      unitName: p.subject.name,
      unitNameEn: '',
      unitProperty: code(NATURES, p.subject.nature),
      unitCertType: code(CERT_CODES, p.subject.certificate.type),
      unitCertNum: p.subject.certificate.number,
      unitProvince: province,
      unitCity: city,
      unitCounty: county,
      unitCertAddress: p.subject.certificate.address,
      unitAddress: p.subject.mailingAddress,
      unitInvestor: p.subject.investor,
      ...vianetPerson('principal', p.subject.head),
      principalRemark: p.subject.remark,
    };
  },
  website: (p: Profile, i: number) => {
    const site = p.websites[i]!;
    return {
      websiteName: site.name,
      websiteDomain: site.domains.join('/'),
      websiteUrl: site.homepage,
      services: codes(SERVICES, site.services),
      languages: codes(LANGUAGES, site.languages),
      websiteIps: site.access.ips.join('\n'),
      accessModes: codes(ACCESS_METHODS, site.access.methods),
      serverLocations: codes(SERVER_LOCATIONS, site.access.serverLocations),
      websiteRemark: site.remark,
      ...vianetPerson('webPrincipal', site.head),
    };
  },
};

function miitPerson(id: string, person: Person) {
  return {
    [`${id}name`]: person.name,
    [`${id}certificatetypeId`]: code(CERTIFICATES_BY_NATURE.个人, person.certificate.type),
    [`${id}certificatenum`]: person.certificate.number,
    [`${id}tel`]: person.officePhone,
    [`${id}mobilephone`]: person.mobiles[0] ?? '',
    [`${id}emergencytel`]: person.emergencyPhone,
    [`${id}email`]: person.emails[0] ?? '',
  };
}

const LANGUAGE_BITS = Object.fromEntries(Object.entries(LANGUAGES).map(([l, c]) => [l, 2 ** (c - 1)]));

export const miit = {
  subject: (p: Profile) => {
    const [province, city, county] = regionCodes(p);
    const nature = p.subject.nature as keyof typeof CERTIFICATES_BY_NATURE;
    return {
      unitProperty: code(NATURES, p.subject.nature),
      mainProvince: province,
      mainCity: city,
      mainCountry: county,
      unitname: p.subject.name,
      unitcertificatetypeId: code(CERTIFICATES_BY_NATURE[nature], p.subject.certificate.type),
      unitcertificatenum: p.subject.certificate.number,
      certificateaddress: p.subject.certificate.address,
      unitaddress: p.subject.mailingAddress,
      unitsuperior: p.subject.investor,
      ...miitPerson('unitprincipal', p.subject.head),
      beginDateFind: p.subject.head.certificate.validFrom ?? '',
      endDateFind: p.subject.head.certificate.validUntil === '长期' ? '' : (p.subject.head.certificate.validUntil ?? ''),
      isLongTerm: [p.subject.head.certificate.validUntil === '长期' ? '1' : '0'],
      remark: p.subject.remark,
    };
  },
  website: (p: Profile, i: number) => {
    const site = p.websites[i]!;
    return {
      websitename: site.name,
      websitenameen: '',
      domainName: site.domains.length === 1 ? site.domains[0] : site.domains,
      websitefirstpageurl: site.homepage,
      websiteservicecontent: codes(SERVICES, site.services),
      language: codes(LANGUAGE_BITS, site.languages),
      webremark: site.remark,
      ...miitPerson('websiteprincipal', site.head),
    };
  },
  access: (p: Profile, i: number) => {
    const site = p.websites[i]!;
    const ranges = site.access.ips.map((ip) => (ip.includes('-') ? ip.split('-') : [ip, ip]));
    const one = <T,>(list: T[]) => (list.length === 1 ? list[0] : list);
    return {
      webIpBegin: one(ranges.map((r) => r[0])),
      webIpEnd: one(ranges.map((r) => r[1])),
      connectmode: codes(ACCESS_METHODS, site.access.methods),
      serveraddress: codes(SERVER_LOCATIONS, site.access.serverLocations),
    };
  },
};

/** Sorts list values so checkbox order does not matter. */
export function sortedState(state: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [k, Array.isArray(v) && v.every((x) => /^\d+$/.test(String(x))) ? [...v].sort() : v]));
}
