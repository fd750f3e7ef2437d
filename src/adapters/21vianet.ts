import { ACCESS_METHODS, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES } from '../profile/options';
import { defineAdapter, type FieldSpec } from './define-adapter';
import { countryPrefixedPhone, joined } from './formats';

// 21Vianet (Azure China) 蓝云备案管理系统 at icp.cloud.21vianet.com, as seeds 000/001/002 show it: server-rendered
// forms; multi-valued fields joined with "/", office phones in the 086-区号-号码 form, one IP entry per line.
// Steps: `start` (开始备案: the filing-type check), `subject` (主办单位 + 负责人), `website` (网站, 负责人, 接入).

const slash = joined('/');

function person(prefix: 'subject.head' | 'websites[].head', id: string): FieldSpec[] {
  return [
    { path: `${prefix}.name`, selector: `#${id}Name` },
    { path: `${prefix}.certificate.type`, selector: `#${id}CertType`, widget: 'select' },
    { path: `${prefix}.certificate.number`, selector: `#${id}CertNum` },
    { path: `${prefix}.officePhone`, selector: `#${id}Tel`, codec: countryPrefixedPhone },
    { path: `${prefix}.mobiles`, selector: `#${id}Mobile`, codec: slash },
    { path: `${prefix}.emails`, selector: `#${id}Email`, codec: slash },
  ];
}

export default defineAdapter({
  id: '21vianet',
  name: '世纪互联 蓝云备案管理系统 · 21Vianet',
  hosts: ['icp.cloud.21vianet.com'],
  steps: [
    {
      id: 'start',
      detect: '#checkForm',
      fields: [
        { path: 'subject.nature', selector: '#checkUnitProperty', widget: 'select', options: NATURES },
        { path: 'subject.certificate.type', selector: '#checkCertType', widget: 'select' },
        { path: 'subject.certificate.number', selector: '#checkCertNum' },
        { path: 'websites[].domains[0]', selector: '#checkDomain' },
      ],
    },
    {
      id: 'subject',
      detect: '#unitForm',
      fields: [
        { path: 'subject.name', selector: '#unitName' },
        { path: 'subject.nature', selector: '#unitProperty', widget: 'select', options: NATURES },
        { path: 'subject.certificate.type', selector: '#unitCertType', widget: 'select' },
        { path: 'subject.certificate.number', selector: '#unitCertNum' },
        { path: 'subject.region.province', selector: '#unitProvince', widget: 'select' },
        { path: 'subject.region.city', selector: '#unitCity', widget: 'select' },
        { path: 'subject.region.county', selector: '#unitCounty', widget: 'select' },
        { path: 'subject.certificate.address', selector: '#unitCertAddress' },
        { path: 'subject.mailingAddress', selector: '#unitAddress' },
        { path: 'subject.investor', selector: '#unitInvestor' },
        ...person('subject.head', 'principal'),
        { path: 'subject.remark', selector: '#principalRemark' },
      ],
    },
    {
      id: 'website',
      detect: '#websiteForm',
      fields: [
        { path: 'websites[].name', selector: '#websiteName' },
        { path: 'websites[].domains', selector: '#websiteDomain', codec: slash },
        { path: 'websites[].homepage', selector: '#websiteUrl' },
        { path: 'websites[].services', selector: '#websiteServices', widget: 'checkboxes', options: SERVICES },
        { path: 'websites[].languages', selector: '#websiteLanguages', widget: 'checkboxes', options: LANGUAGES },
        { path: 'websites[].access.ips', selector: '#websiteIps', codec: joined('\n') },
        { path: 'websites[].access.methods', selector: '#websiteAccessModes', widget: 'checkboxes', options: ACCESS_METHODS },
        { path: 'websites[].access.serverLocations', selector: '#websiteServerLocations', widget: 'checkboxes', options: SERVER_LOCATIONS },
        { path: 'websites[].remark', selector: '#websiteRemark' },
        ...person('websites[].head', 'webPrincipal'),
      ],
    },
  ],
});
