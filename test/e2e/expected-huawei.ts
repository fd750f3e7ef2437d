import { CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES, type Nature } from '../../src/profile/options';
import type { Person, Profile } from '../../src/profile/schema';
import { regionCodes, type Expected } from './expected-state';

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
};
