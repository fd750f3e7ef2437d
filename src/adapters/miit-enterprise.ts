import { ACCESS_METHODS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES } from '../profile/options';
import { findProvider } from '../rules/data/providers';
import { uploadStepFields } from './upload-step';
import { defineAdapter, type Codec, type Documented, type FieldSpec } from './define-adapter';
import { LABELS } from './labels';

// The MIIT-supplied 企业侧 filing system many ISPs host under their own domains, recognised by what is on the page.
// Ids are fast paths only where portals.md §2.6 documents them (after dataAided); every field is also found by its
// label. Native selects whose city and county lists load after the province, bitmask checkbox groups whose values
// are MIIT codes, IP rows, a provider search popup (seed 003), and forms in thickbox iframes nested three deep.
// Steps: `subject` (主体信息), `website` (添加网站), `access` (添加接入); a website form that carries its access
// fields is `website+access`.

const doc26 = (css: string): Documented => ({ css, source: 'portals.md §2.6' });

/** dataAided: the language checkboxes carry 2^(code−1), not the code itself (portals.md §2.6). */
const LANGUAGE_BITS = Object.fromEntries(Object.entries(LANGUAGES).map(([label, code]) => [label, 2 ** (code - 1)]));

/** Person document codes are the same for every 性质 (rules-corpus §2.3). */
const PERSON_CERTIFICATE_CODES = CERTIFICATES_BY_NATURE.个人;

/**
 * The search lists legal names (北京世纪互联宽带数据中心有限公司) where profiles hold a brand (世纪互联): take the exact
 * name, else the only result containing it, else the only result that is a known legal name of the same provider.
 */
function pickProvider(value: string, names: readonly string[]): string | undefined {
  if (names.includes(value)) return value;
  const containing = names.filter((n) => n.includes(value));
  if (containing.length === 1) return containing[0];
  const provider = findProvider(value);
  const known = names.filter((n) => provider?.names.includes(n));
  return known.length === 1 ? known[0] : undefined;
}

/** Capture gives back the brand the profile uses when the legal name belongs to a known provider. */
const providerName: Codec = {
  toPortal: (value) => value,
  fromPortal: (value) => {
    const text = typeof value === 'string' ? value : value.join('');
    const provider = findProvider(text);
    return provider?.names.includes(text) ? (provider.names[0] ?? text) : text;
  },
};

function principal(prefix: 'subject.head' | 'websites[].head', id: 'unitprincipal' | 'websiteprincipal'): FieldSpec[] {
  const section = prefix === 'subject.head' ? 'subject-head' : 'website-head';
  return [
    { path: `${prefix}.name`, section, labels: LABELS.personName, fast: doc26(`#${id}name`) },
    { path: `${prefix}.certificate.type`, section, labels: LABELS.personCertificateType, fast: doc26(`#${id}certificatetypeId`), options: PERSON_CERTIFICATE_CODES },
    { path: `${prefix}.certificate.number`, section, labels: LABELS.personCertificateNumber, fast: doc26(`#${id}certificatenum`) },
    { path: `${prefix}.officePhone`, section, labels: LABELS.officePhone, fast: doc26(`#${id}tel`) },
    { path: `${prefix}.mobiles`, section, labels: LABELS.mobile, fast: doc26(`#${id}mobilephone`) },
    { path: `${prefix}.emergencyPhone`, section, labels: LABELS.emergencyPhone, fast: doc26(`#${id}emergencytel`) },
    { path: `${prefix}.emails`, section, labels: LABELS.email, fast: doc26(`#${id}email`) },
  ];
}

/**
 * The website head's 证件有效期: §2.6 gives the website principal's ids as "the same set as the subject principal" but names no
 * id of its dates, so they are found by their labels (起始 + 长期 + 截止 in one cell, as the subject head's).
 */
const websiteHeadValidity: FieldSpec[] = [
  { path: 'websites[].head.certificate.validFrom', section: 'website-head', labels: LABELS.validFrom, part: 0 },
  { path: 'websites[].head.certificate.validUntil', section: 'website-head', labels: LABELS.validUntil, part: 1, widget: 'valid-until' },
];

export default defineAdapter({
  id: 'miit-enterprise',
  name: 'MIIT 企业侧备案系统 · MIIT enterprise-side filing system',
  hosts: [],
  signature: doc26('#unitProperty, #websitename, #ipScopeDiv'),
  steps: [
    { id: 'subject', sections: ['subject', 'subject-head'] },
    { id: 'website', sections: ['website', 'website-head'] },
    { id: 'access', sections: ['access'] },
  ],
  fields: [
    { path: 'subject.nature', section: 'subject', labels: LABELS.nature, fast: doc26('#unitProperty'), options: NATURES },
    { path: 'subject.region.province', section: 'subject', labels: LABELS.province, fast: doc26('#mainProvince') },
    { path: 'subject.region.city', section: 'subject', labels: LABELS.city, fast: doc26('#mainCity') },
    { path: 'subject.region.county', section: 'subject', labels: LABELS.county, fast: doc26('#mainCountry') },
    { path: 'subject.name', section: 'subject', labels: LABELS.subjectName, fast: doc26('#unitname') },
    // Certificate codes differ per 性质 (rules-corpus §2.2); the list reloads for the chosen 性质, so match by label.
    { path: 'subject.certificate.type', section: 'subject', labels: LABELS.subjectCertificateType, fast: doc26('#unitcertificatetypeId') },
    { path: 'subject.certificate.number', section: 'subject', labels: LABELS.subjectCertificateNumber, fast: doc26('#unitcertificatenum') },
    { path: 'subject.certificate.address', section: 'subject', labels: LABELS.certificateAddress, fast: doc26('#certificateaddress') },
    { path: 'subject.mailingAddress', section: 'subject', labels: LABELS.mailingAddress, fast: doc26('#unitaddress') },
    { path: 'subject.investor', section: 'subject', labels: LABELS.investor, fast: doc26('#unitsuperior') },
    ...principal('subject.head', 'unitprincipal'),
    { path: 'subject.head.certificate.validFrom', section: 'subject-head', labels: LABELS.validFrom, fast: doc26('#beginDateFind'), part: 0 },
    { path: 'subject.head.certificate.validUntil', section: 'subject-head', labels: LABELS.validUntil, fast: doc26('#endDateFind'), part: 1, widget: 'valid-until' },
    { path: 'subject.remark', section: 'subject-head', labels: LABELS.remark, fast: doc26('#remark') },

    { path: 'websites[].name', section: 'website', labels: LABELS.websiteName, fast: doc26('#websitename') },
    { path: 'websites[].domains', section: 'website', labels: LABELS.domains, fast: doc26('#domainDivVisit'), widget: 'rows', rows: { pairs: false } },
    { path: 'websites[].homepage', section: 'website', labels: LABELS.homepage, fast: doc26('#websitefirstpageurl') },
    { path: 'websites[].services', section: 'website', labels: LABELS.services, fast: doc26('#websiteservicecontentDiv'), options: SERVICES },
    { path: 'websites[].languages', section: 'website', labels: LABELS.languages, fast: doc26('#languageDiv'), options: LANGUAGE_BITS },
    { path: 'websites[].remark', section: 'website', labels: ['网站备注', ...LABELS.remark] },
    ...principal('websites[].head', 'websiteprincipal'),
    ...websiteHeadValidity,

    { path: 'websites[].access.provider', section: 'access', labels: LABELS.provider, widget: 'picker', codec: providerName, picker: { pick: pickProvider } },
    {
      path: 'websites[].access.ips',
      section: 'access',
      labels: LABELS.ips,
      fast: doc26('#ipScopeDiv'),
      widget: 'rows',
      rows: { pairs: true, add: doc26('#addIpButton') },
    },
    { path: 'websites[].access.methods', section: 'access', labels: LABELS.methods, fast: doc26('#websiteconnenctmodeVODiv'), options: ACCESS_METHODS },
    { path: 'websites[].access.serverLocations', section: 'access', labels: LABELS.serverLocations, fast: doc26('#serveraddressDiv'), options: SERVER_LOCATIONS },
    ...uploadStepFields(['subject', 'subject-head', 'website', 'website-head', 'access']),
  ],
});
