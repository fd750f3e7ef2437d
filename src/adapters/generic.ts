import { uploadStepFields } from './upload-step';
import { defineAdapter, type FieldSpec } from './define-adapter';
import { appStepFields, APP_STEP_MANUAL } from './app-step';
import { LABELS } from './labels';

// Any other filing form: fields are found by the label a person reads (label elements, table cells to the left or
// above, form-item labels, aria-label, placeholder), with the wording variants portals use, inside the section whose
// heading names them. A label must lead to exactly one control; anything less certain is reported not-found and left
// alone. Lists go into one field only where the field's own hint says how (可填多个，用“/”分隔); otherwise the first.
// Steps: `subject`, `website`, `access`, joined with `+` for what the page shows.

/** The block's own name in front of a person label (主办单位负责人证件号码, 网站负责人手机号码): such a label places the field. */
const BLOCK_NAMES = { 'subject-head': ['主办单位负责人', '法定代表人'], 'website-head': ['网站负责人'], 'app-head': ['APP负责人'] } as const;

function named(section: 'subject-head' | 'website-head' | 'app-head', labels: readonly string[]): string[] {
  const own = BLOCK_NAMES[section].flatMap((block) => labels.map((label) => (label.startsWith('负责人') ? block + label.slice(3) : block + label)));
  return [...new Set([...labels, ...own])];
}

function person(prefix: 'subject.head' | 'websites[].head' | 'apps[].head', section: 'subject-head' | 'website-head' | 'app-head'): FieldSpec[] {
  return [
    { path: `${prefix}.name`, section, labels: named(section, LABELS.personName) },
    { path: `${prefix}.certificate.type`, section, labels: named(section, LABELS.personCertificateType) },
    { path: `${prefix}.certificate.number`, section, labels: named(section, LABELS.personCertificateNumber) },
    // 证件有效期 may be one field of two dates (a date range, or 起始 + 长期有效 + 截止), or a field per date.
    { path: `${prefix}.certificate.validFrom`, section, labels: LABELS.validFromOwn, group: LABELS.validity, part: 0 },
    { path: `${prefix}.certificate.validUntil`, section, labels: LABELS.validUntilOwn, group: LABELS.validity, part: 1, widget: 'valid-until' },
    { path: `${prefix}.officePhone`, section, labels: named(section, LABELS.officePhone) },
    { path: `${prefix}.mobiles`, section, labels: named(section, LABELS.mobile) },
    { path: `${prefix}.emergencyPhone`, section, labels: named(section, LABELS.emergencyPhone) },
    { path: `${prefix}.emails`, section, labels: named(section, LABELS.email) },
  ];
}

export default defineAdapter({
  id: 'generic',
  name: '通用表单 · Generic filing form',
  hosts: [],
  steps: [
    { id: 'subject', sections: ['subject', 'subject-head'] },
    { id: 'website', sections: ['website', 'website-head'] },
    { id: 'access', sections: ['access'] },
    { id: 'app', sections: ['app', 'app-platform', 'app-head'] },
  ],
  fields: [
    { path: 'subject.name', section: 'subject', labels: LABELS.subjectName },
    { path: 'subject.nature', section: 'subject', labels: LABELS.nature },
    { path: 'subject.certificate.type', section: 'subject', labels: LABELS.subjectCertificateType },
    { path: 'subject.certificate.number', section: 'subject', labels: LABELS.subjectCertificateNumber },
    { path: 'subject.region', section: 'subject', labels: LABELS.region },
    { path: 'subject.region.province', section: 'subject', labels: LABELS.province },
    { path: 'subject.region.city', section: 'subject', labels: LABELS.city },
    { path: 'subject.region.county', section: 'subject', labels: LABELS.county },
    { path: 'subject.certificate.address', section: 'subject', labels: LABELS.certificateAddress },
    { path: 'subject.mailingAddress', section: 'subject', labels: LABELS.mailingAddress },
    { path: 'subject.investor', section: 'subject', labels: LABELS.investor },
    { path: 'subject.remark', section: 'subject', labels: [...LABELS.remark, '主办单位备注'] },
    ...person('subject.head', 'subject-head'),
    { path: 'websites[].name', section: 'website', labels: LABELS.websiteName },
    { path: 'websites[].domains', section: 'website', labels: LABELS.domains },
    { path: 'websites[].homepage', section: 'website', labels: LABELS.homepage },
    { path: 'websites[].services', section: 'website', labels: LABELS.services },
    { path: 'websites[].languages', section: 'website', labels: LABELS.languages },
    { path: 'websites[].approvals', section: 'website', labels: LABELS.approvals, widget: 'approvals' },
    { path: 'websites[].remark', section: 'website', labels: [...LABELS.remark, '网站备注'] },
    ...person('websites[].head', 'website-head'),
    { path: 'websites[].access.provider', section: 'access', labels: LABELS.provider },
    { path: 'websites[].access.ips', section: 'access', labels: LABELS.ips },
    { path: 'websites[].access.methods', section: 'access', labels: LABELS.methods },
    { path: 'websites[].access.serverLocations', section: 'access', labels: LABELS.serverLocations },
    ...appStepFields(),
    ...person('apps[].head', 'app-head'),
    ...uploadStepFields(['subject', 'subject-head', 'website', 'website-head', 'access', 'app', 'app-platform', 'app-head']),
  ],
  manual: APP_STEP_MANUAL,
});
