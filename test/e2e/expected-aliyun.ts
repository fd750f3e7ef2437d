import { APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { regionCodes, type Expected } from './expected-state';
import { PLATFORM_CODES } from '../portals/aliyun/app-codes';

// What the Aliyun replica's antd forms must hold after a fill (test/portals/aliyun): option values are MIIT codes,
// the region is [province, city, county] codes, dates YYYY-MM-DD, the address the part after the 省市区 prefix.
// The SMS code (`phoneVfCode`) and the extension number are no profile field: they must stay as they were.

type Codes = Readonly<Record<string, string | number>>;
const code = (table: Codes, label: string) => (label ? String(table[label] ?? `missing:${label}`) : '');
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();

function person(prefix: string, p: Person): Expected[] {
  const { certificate } = p;
  const longTerm = certificate.validUntil === '长期';
  return [
    { path: `${prefix}.name`, key: 'fzrName', value: p.name },
    { path: `${prefix}.certificate.type`, key: 'fzrIdType', value: code(CERTIFICATES_BY_NATURE.个人, certificate.type) },
    { path: `${prefix}.certificate.number`, key: 'fzrIdNum', value: certificate.number },
    { path: `${prefix}.certificate.validFrom`, key: 'fzrIdStart', value: certificate.validFrom ?? '' },
    { path: `${prefix}.certificate.validUntil`, key: 'fzrIdEnd', value: longTerm ? '' : (certificate.validUntil ?? '') },
    { path: `${prefix}.certificate.validUntil`, key: 'fzrIdLongTerm', value: longTerm ? '1' : '0' },
    { path: `${prefix}.mobiles[0]`, key: 'fzrMobile', value: p.mobiles[0] ?? '' },
    { path: `${prefix}.officePhone`, key: 'fzrTel', value: p.officePhone },
    { path: `${prefix}.emergencyPhone`, key: 'fzrEmergencyMobile', value: p.emergencyPhone },
    { path: `${prefix}.emails[0]`, key: 'fzrEmail', value: p.emails[0] ?? '' },
  ];
}

/** The address as the input behind the read-only 省市区 prefix holds it. */
function afterRegion(p: Profile): string {
  const { province, city, county } = p.subject.region;
  return [province, city, county].reduce((rest, part) => (rest.startsWith(part) ? rest.slice(part.length) : rest), p.subject.mailingAddress);
}

export const aliyun = {
  entity: (p: Profile): Expected[] => {
    const s = p.subject;
    const certificates = Object.entries(CERTIFICATES_BY_NATURE).find(([nature]) => nature === s.nature)?.[1] ?? {};
    const area = regionCodes(p);
    return [
      { path: 'subject.region.province', key: 'comArea', value: area },
      { path: 'subject.region.city', key: 'comArea', value: area },
      { path: 'subject.region.county', key: 'comArea', value: area },
      { path: 'subject.nature', key: 'comType', value: code(NATURES, s.nature) },
      { path: 'subject.certificate.type', key: 'comIdType', value: code(certificates, s.certificate.type) },
      { path: 'subject.certificate.number', key: 'comIdNum', value: s.certificate.number },
      { path: 'subject.name', key: 'comName', value: s.name },
      { path: 'subject.certificate.address', key: 'comIdAddress', value: s.certificate.address },
      { path: 'subject.mailingAddress', key: 'comMailingAddress', value: afterRegion(p) },
      { path: 'subject.remark', key: 'remark', value: s.remark },
      ...person('subject.head', s.head),
    ];
  },
  site: (p: Profile, i: number): Expected[] => {
    const site = p.websites[i]!;
    const w = `websites[${i}]`;
    return [
      { path: `${w}.name`, key: 'siteName', value: site.name },
      { path: `${w}.domains[0]`, key: 'domain', value: site.domains[0] ?? '' },
      { path: `${w}.languages`, key: 'language', value: site.languages.map((l) => code(LANGUAGES, l)).sort() },
      { path: `${w}.approvals`, key: 'preApprovalType', value: codes(APPROVALS, site.approvals.map((a) => a.type)) },
      { path: `${w}.remark`, key: 'remark', value: site.remark },
      ...person(`${w}.head`, site.head),
    ];
  },
  /**
   * Step APP信息 (`/order/app`, test/portals/aliyun/mobile-app.tsx): codes for 内容类别, 前置审批 and 语言, the platform
   * as the page's own code, a platform row's fields as `platform<k>.<field>` (row k holds the profile's k-th platform;
   * the fingerprint is the profile's, an iOS or HarmonyOS row's a SHA-1), 是否对外提供SDK服务 '1'/'0'. Not profile
   * fields, to stay as they were: `appIcon` ([]), `phoneVfCode`, `fzrTel_extension`.
   */
  app: (p: Profile, i: number): Expected[] => {
    const app = p.apps[i]!;
    const w = `apps[${i}]`;
    const platformCode = (label: string) => (Object.hasOwn(PLATFORM_CODES, label) ? PLATFORM_CODES[label as keyof typeof PLATFORM_CODES] : `missing:${label}`);
    return [
      { path: `${w}.name`, key: 'appName', value: app.name },
      { path: `${w}.access.ips`, key: 'serverIp', value: app.access.ips },
      { path: `${w}.services`, key: 'serviceContent', value: codes(SERVICES, app.services) },
      { path: `${w}.approvals`, key: 'preApprovalType', value: codes(APPROVALS, app.approvals.map((a) => a.type)) },
      { path: `${w}.languages`, key: 'appLanguage', value: codes(LANGUAGES, app.languages) },
      { path: `${w}.remark`, key: 'remark', value: app.remark },
      { path: `${w}.providesSdk`, key: 'provideSdk', value: app.providesSdk ? '1' : '0' },
      { path: `${w}.thirdPartySdks`, key: 'thirdSdk', value: app.thirdPartySdks },
      { path: `${w}.domains`, key: 'appDomains', value: app.domains },
      ...app.platforms.flatMap((platform, k): Expected[] => [
        { path: `${w}.platforms[${k}].platform`, key: `platform${k}.platform`, value: platformCode(platform.platform) },
        { path: `${w}.platforms[${k}].domains`, key: `platform${k}.domains`, value: platform.domains },
        { path: `${w}.platforms[${k}].packageName`, key: `platform${k}.packageName`, value: platform.packageName },
        { path: `${w}.platforms[${k}].publicKey`, key: `platform${k}.publicKey`, value: platform.publicKey },
        { path: `${w}.platforms[${k}].fingerprint`, key: `platform${k}.fingerprint`, value: platform.fingerprint },
      ]),
      ...person(`${w}.head`, app.head),
    ];
  },
};
