import { APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES, type Nature } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { regionCodes, type Expected } from './expected-state';
import { PANEL_KEYS, PLATFORM_CODES } from '../portals/huawei/app-codes';

// What the Huawei Cloud replica (test/portals/huawei) must hold after a fill, in its own keys and codes (the MIIT
// codes: test/portals/huawei/options.ts). Lists that take one item report their first (`mobiles[0]`); 证件是否长期有效
// and the end date both answer `validUntil` (长期 = 是 and no end date).

type Codes = Readonly<Record<string, string | number>>;
const code = (table: Codes, label: string) => (label ? String(table[label] ?? `missing:${label}`) : '');
const codes = (table: Codes, labels: readonly string[]) => labels.map((l) => code(table, l)).sort();

function person(prefix: string, id: string, p: Person): Expected[] {
  const longTerm = p.certificate.validUntil === '长期';
  return [
    { path: `${prefix}.name`, key: `${id}Name`, value: p.name },
    { path: `${prefix}.certificate.type`, key: `${id}CertType`, value: code(CERTIFICATES_BY_NATURE.个人, p.certificate.type) },
    { path: `${prefix}.certificate.number`, key: `${id}CertNumber`, value: p.certificate.number },
    { path: `${prefix}.certificate.validFrom`, key: `${id}ValidFrom`, value: p.certificate.validFrom ?? '' },
    { path: `${prefix}.certificate.validUntil`, key: `${id}LongTerm`, value: longTerm ? 'Y' : 'N' },
    { path: `${prefix}.certificate.validUntil`, key: `${id}ValidUntil`, value: longTerm ? '' : (p.certificate.validUntil ?? '') },
    { path: `${prefix}.mobiles[0]`, key: `${id}Mobile`, value: p.mobiles[0] ?? '' },
    { path: `${prefix}.emergencyPhone`, key: `${id}Emergency`, value: p.emergencyPhone },
    { path: `${prefix}.emails[0]`, key: `${id}Email`, value: p.emails[0] ?? '' },
  ];
}

const isNature = (label: string): label is Nature => Object.hasOwn(NATURES, label);

export const huawei = {
  subject: (p: Profile): Expected[] => {
    const s = p.subject;
    const certificates = isNature(s.nature) ? CERTIFICATES_BY_NATURE[s.nature] : {};
    return [
      { path: 'subject.region', key: 'region', value: regionCodes(p) },
      { path: 'subject.nature', key: 'nature', value: code(NATURES, s.nature) },
      { path: 'subject.certificate.type', key: 'certType', value: code(certificates, s.certificate.type) },
      { path: 'subject.certificate.number', key: 'certNumber', value: s.certificate.number },
      { path: 'subject.name', key: 'unitName', value: s.name },
      { path: 'subject.certificate.address', key: 'certAddress', value: s.certificate.address },
      { path: 'subject.mailingAddress', key: 'mailAddress', value: s.mailingAddress },
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
      { path: `${w}.remark`, key: 'remark', value: site.remark },
      ...person(`${w}.head`, 'siteHead', site.head),
    ];
  },
  /**
   * 填写APP信息 (`#/app`, test/portals/huawei/mobile-app.ts): 选择平台 holds the ticked platforms' codes, and each
   * platform's panel its fields as `<android|ios|harmony>.<field>` whatever the profile's order (its fingerprint under
   * the label MD5签名值 is the profile's: an iOS or 鸿蒙 panel's a SHA-1). 前置审批 is 是/否 ('Y'/'N') with the types for
   * 是 only; 是否对外提供SDK服务 'Y'/'N'. Not profile fields, to stay as they were: `appIcon` ([]), `appHeadSmsCode` ('').
   * The profile's `approvals[k].number` and `thirdPartySdks` have no box on this page.
   */
  app: (p: Profile, i: number): Expected[] => {
    const app = p.apps[i]!;
    const w = `apps[${i}]`;
    const known = (label: string): label is keyof typeof PLATFORM_CODES => Object.hasOwn(PLATFORM_CODES, label);
    return [
      { path: `${w}.name`, key: 'appName', value: app.name },
      { path: `${w}.services`, key: 'services', value: codes(SERVICES, app.services) },
      { path: `${w}.languages`, key: 'languages', value: codes(LANGUAGES, app.languages) },
      { path: `${w}.approvals`, key: 'approvalNeeded', value: app.approvals.length ? 'Y' : 'N' },
      { path: `${w}.approvals`, key: 'approvalTypes', value: codes(APPROVALS, app.approvals.map((a) => a.type)) },
      { path: `${w}.providesSdk`, key: 'providesSdk', value: app.providesSdk ? 'Y' : 'N' },
      { path: `${w}.remark`, key: 'remark', value: app.remark },
      { path: `${w}.domains`, key: 'domains', value: app.domains },
      { path: `${w}.access.ips`, key: 'ips', value: app.access.ips },
      { path: `${w}.platforms`, key: 'platformTypes', value: app.platforms.map((pl) => (known(pl.platform) ? PLATFORM_CODES[pl.platform] : `missing:${pl.platform}`)).sort() },
      ...app.platforms.flatMap((platform, k): Expected[] => {
        const panel = known(platform.platform) ? PANEL_KEYS[platform.platform] : `missing:${platform.platform}`;
        const at = `${w}.platforms[${k}]`;
        return [
          { path: `${at}.domains`, key: `${panel}.domains`, value: platform.domains },
          { path: `${at}.packageName`, key: `${panel}.packageName`, value: platform.packageName },
          { path: `${at}.publicKey`, key: `${panel}.publicKey`, value: platform.publicKey },
          { path: `${at}.fingerprint`, key: `${panel}.fingerprint`, value: platform.fingerprint },
        ];
      }),
      ...person(`${w}.head`, 'appHead', app.head),
    ];
  },
};
