import { ACCESS_METHODS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES } from '../profile/options';
import { findProvider } from '../rules/data/providers';
import { defineAdapter, type Codec, type FieldSpec } from './define-adapter';

// The MIIT-supplied 企业侧 filing system many ISPs host under their own domains (portals.md §2.6, rules-corpus §1.1–§1.4
// ids after dataAided): recognised by what is on the page, not by host. Native selects whose city and county lists
// load after the province, bitmask checkbox groups whose values are MIIT codes, `#addIpButton` IP rows, and the
// website/access steps inside thickbox iframes nested up to three deep.
// Steps (seeds 003/004): `subject` (主体信息), `website` (添加网站), `access` (添加接入).

/** dataAided: the language checkboxes carry 2^(code−1), not the code itself. */
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
  return [
    { path: `${prefix}.name`, selector: `#${id}name` },
    { path: `${prefix}.certificate.type`, selector: `#${id}certificatetypeId`, widget: 'select', options: PERSON_CERTIFICATE_CODES },
    { path: `${prefix}.certificate.number`, selector: `#${id}certificatenum` },
    { path: `${prefix}.officePhone`, selector: `#${id}tel` },
    { path: `${prefix}.mobiles[0]`, selector: `#${id}mobilephone` },
    { path: `${prefix}.emergencyPhone`, selector: `#${id}emergencytel` },
    { path: `${prefix}.emails[0]`, selector: `#${id}email` },
  ];
}

export default defineAdapter({
  id: 'miit-enterprise',
  name: 'MIIT 企业侧备案系统 · MIIT enterprise-side filing system',
  hosts: [],
  signature: '#unitProperty, #websitename, #ipScopeDiv',
  steps: [
    {
      id: 'access',
      detect: '#ipScopeDiv',
      fields: [
        {
          path: 'websites[].access.provider',
          selector: '#aspname',
          widget: 'picker',
          codec: providerName,
          picker: { keyword: '#aspKeyword', search: '#aspQuery', row: '#aspResult tr', rowLabel: '.aspName', choose: 'input[type="radio"]', confirm: '#aspConfirm', pick: pickProvider },
        },
        {
          path: 'websites[].access.ips',
          selector: '#ipScopeDiv',
          widget: 'rows',
          rows: { add: '#addIpButton', row: '.ipRow', begin: 'input[name="webIpBegin"]', end: 'input[name="webIpEnd"]' },
        },
        { path: 'websites[].access.methods', selector: '#websiteconnenctmodeVODiv', widget: 'checkboxes', options: ACCESS_METHODS },
        { path: 'websites[].access.serverLocations', selector: '#serveraddressDiv', widget: 'checkboxes', options: SERVER_LOCATIONS },
      ],
    },
    {
      id: 'website',
      detect: '#websitename',
      fields: [
        { path: 'websites[].name', selector: '#websitename' },
        {
          path: 'websites[].domains',
          selector: '#domainDivVisit',
          widget: 'rows',
          rows: { add: '#addDomainButton', row: '.domainRow', begin: 'input[name="domainName"]' },
        },
        { path: 'websites[].homepage', selector: '#websitefirstpageurl' },
        { path: 'websites[].services', selector: '#websiteservicecontentDiv', widget: 'checkboxes', options: SERVICES },
        { path: 'websites[].languages', selector: '#languageDiv', widget: 'checkboxes', options: LANGUAGE_BITS },
        { path: 'websites[].remark', selector: '#webremark' },
        ...principal('websites[].head', 'websiteprincipal'),
      ],
    },
    {
      id: 'subject',
      detect: '#unitProperty',
      fields: [
        { path: 'subject.nature', selector: '#unitProperty', widget: 'select', options: NATURES },
        { path: 'subject.region.province', selector: '#mainProvince', widget: 'select' },
        { path: 'subject.region.city', selector: '#mainCity', widget: 'select' },
        { path: 'subject.region.county', selector: '#mainCountry', widget: 'select' },
        { path: 'subject.name', selector: '#unitname' },
        // Certificate codes differ per 性质 (rules-corpus §2.2); the list reloads for the chosen 性质, so match by label.
        { path: 'subject.certificate.type', selector: '#unitcertificatetypeId', widget: 'select' },
        { path: 'subject.certificate.number', selector: '#unitcertificatenum' },
        { path: 'subject.certificate.address', selector: '#certificateaddress' },
        { path: 'subject.mailingAddress', selector: '#unitaddress' },
        { path: 'subject.investor', selector: '#unitsuperior' },
        ...principal('subject.head', 'unitprincipal'),
        { path: 'subject.head.certificate.validFrom', selector: '#beginDateFind' },
        {
          path: 'subject.head.certificate.validUntil',
          selector: '#endDateFind',
          widget: 'valid-until',
          validUntil: { longTerm: '#isLongTermUl input[value="1"]', dated: '#isLongTermUl input[value="0"]' },
        },
        { path: 'subject.remark', selector: '#remark' },
      ],
    },
  ],
});
