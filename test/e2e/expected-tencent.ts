import { APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { regionCodes, type Expected } from './expected-state';
import { PLATFORM_CODES } from '../portals/tencent/app-codes';

// What the Tencent Cloud replica's React state must hold after a fill (test/portals/tencent): option values are the
// MIIT codes the replica uses, the region is GB/T 2260 codes, dates are `YYYY-MM-DD`, the office phone is split into
// 区号 and 号码, 长期 is a choice of its own, 前置审批 is its checked types and their 文号 (code 0: 以上都不涉及), the
// IPs are joined with `;`. The SMS code boxes (`headSmsCode`, `sitePersonSmsCode`) are in no list: they stay empty.

type Codes = Readonly<Record<string, string | number>>;
const code = (table: Codes, label: string) => (label ? String(table[label] ?? `missing:${label}`) : '');
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();

function person(prefix: string, key: string, p: Person): Expected[] {
  const until = p.certificate.validUntil ?? '';
  const [area = '', ...number] = p.officePhone.split('-');
  return [
    { path: `${prefix}.name`, key: `${key}Name`, value: p.name },
    { path: `${prefix}.certificate.type`, key: `${key}CerType`, value: code(CERTIFICATES_BY_NATURE.个人, p.certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${key}CerNum`, value: p.certificate.number },
    { path: `${prefix}.certificate.validFrom`, key: `${key}ValidFrom`, value: p.certificate.validFrom ?? '' },
    { path: `${prefix}.certificate.validUntil`, key: `${key}Term`, value: until === '长期' ? '长期' : '非长期' },
    { path: `${prefix}.certificate.validUntil`, key: `${key}ValidUntil`, value: until === '长期' ? '' : until },
    { path: `${prefix}.officePhone`, key: `${key}PhoneArea`, value: p.officePhone ? area : '' },
    { path: `${prefix}.officePhone`, key: `${key}PhoneNumber`, value: number.join('-') },
    { path: `${prefix}.mobiles[0]`, key: `${key}Mobile`, value: p.mobiles[0] ?? '' },
    { path: `${prefix}.emergencyPhone`, key: `${key}Emergency`, value: p.emergencyPhone },
    { path: `${prefix}.emails[0]`, key: `${key}Email`, value: p.emails[0] ?? '' },
  ];
}

/** 前置审批 as the replica holds it: checked types in the list's order, 以上都不涉及 (0) when there is none. */
function approvals(list: Profile['websites'][number]['approvals'] | Profile['apps'][number]['approvals']) {
  if (list.length === 0) return { types: ['0'], numbers: {} };
  const order = Object.keys(APPROVALS);
  const sorted = [...list].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  return { types: sorted.map((a) => code(APPROVALS, a.type)), numbers: Object.fromEntries(sorted.map((a) => [code(APPROVALS, a.type), a.number])) };
}

export const tencent = {
  subject: (p: Profile): Expected[] => {
    const s = p.subject;
    const nature = s.nature as keyof typeof CERTIFICATES_BY_NATURE;
    return [
      { path: 'subject.nature', key: 'nature', value: code(NATURES, s.nature) },
      { path: 'subject.region', key: 'region', value: regionCodes(p) },
      { path: 'subject.certificate.type', key: 'certType', value: code(CERTIFICATES_BY_NATURE[nature], s.certificate.type) },
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
    return [
      { path: `${w}.name`, key: 'siteName', value: site.name },
      { path: `${w}.domains`, key: 'domains', value: site.domains },
      { path: `${w}.homepage`, key: 'homepage', value: site.homepage },
      { path: `${w}.services`, key: 'services', value: codes(SERVICES, site.services) },
      { path: `${w}.languages`, key: 'languages', value: codes(LANGUAGES, site.languages) },
      { path: `${w}.approvals`, key: 'approvals', value: approvals(site.approvals) },
      { path: `${w}.access.ips`, key: 'ips', value: site.access.ips.join(';') },
      { path: `${w}.remark`, key: 'remark', value: site.remark },
      ...person(`${w}.head`, 'sitePerson', site.head),
    ];
  },
  /**
   * 填写APP信息 (`/beian/app`, test/portals/tencent/mobile-app.tsx): a platform card's fields as `platform<k>.<field>`
   * (card k holds the profile's k-th platform; the fingerprint is the profile's, an iOS or 鸿蒙 card's a SHA-1), the
   * platform as the page's code, 是否对外提供SDK服务 '是'/'否', the IPs joined with `;`. Not profile fields, to stay as
   * they were: `serviceType` ('APP'), `sameAsSubjectHead` (false), `appPersonSmsCode` ('').
   */
  app: (p: Profile, i: number): Expected[] => {
    const app = p.apps[i]!;
    const w = `apps[${i}]`;
    const platformCode = (label: string) => (Object.hasOwn(PLATFORM_CODES, label) ? PLATFORM_CODES[label as keyof typeof PLATFORM_CODES] : `missing:${label}`);
    return [
      { path: `${w}.name`, key: 'appName', value: app.name },
      { path: `${w}.services`, key: 'services', value: codes(SERVICES, app.services) },
      { path: `${w}.approvals`, key: 'approvals', value: approvals(app.approvals) },
      { path: `${w}.languages`, key: 'languages', value: codes(LANGUAGES, app.languages) },
      { path: `${w}.providesSdk`, key: 'providesSdk', value: app.providesSdk ? '是' : '否' },
      { path: `${w}.thirdPartySdks`, key: 'thirdPartySdks', value: app.thirdPartySdks },
      { path: `${w}.domains`, key: 'domains', value: app.domains },
      { path: `${w}.access.ips`, key: 'ips', value: app.access.ips.join(';') },
      { path: `${w}.remark`, key: 'remark', value: app.remark },
      ...app.platforms.flatMap((platform, k): Expected[] => [
        { path: `${w}.platforms[${k}].platform`, key: `platform${k}.platform`, value: platformCode(platform.platform) },
        { path: `${w}.platforms[${k}].packageName`, key: `platform${k}.packageName`, value: platform.packageName },
        { path: `${w}.platforms[${k}].publicKey`, key: `platform${k}.publicKey`, value: platform.publicKey },
        { path: `${w}.platforms[${k}].fingerprint`, key: `platform${k}.fingerprint`, value: platform.fingerprint },
        { path: `${w}.platforms[${k}].domains`, key: `platform${k}.domains`, value: platform.domains },
      ]),
      ...person(`${w}.head`, 'appPerson', app.head),
    ];
  },
};
