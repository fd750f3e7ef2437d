import { uploadStepFields } from './upload-step';
import { defineAdapter, type Documented, type FieldSpec, type SectionId } from './define-adapter';
import { appStepFields, APP_STEP_MANUAL } from './app-step';
import { LABELS } from './labels';

// Tencent Cloud 网站备案 console (console.cloud.tencent.com/beian): React with tea-component under
// `ConfigProvider classPrefix="app-beian"` (portals.md §2.2); its selects, cascader and date pickers are driven by
// the tea-component drivers, whatever the prefix. The steps are history routes of one page (填写主体信息,
// 填写网站信息), recognised by the sections on the page. Fields are found by their labels; the classes dataAided
// used (portals.md §2.2) are fast paths only. Quirks: the office phone is two inputs (区号 + 号码), the end date of a
// certificate sits behind a 长期 / 非长期 choice that hides it, 前置审批 is a checkbox list with 以上都不涉及 and a 文号
// input per checked type, and the server IPs go in one input separated by `;`. Options are matched by their labels
// (the console's codes are not public).
// Steps: `subject` (主办单位信息 + 主办单位负责人信息), `website` (网站信息 + 网站负责人信息).

const doc22 = (css: string): Documented => ({ css, source: 'portals.md §2.2' });

/** The console's own wording first (服务名称（网站）, 网站备注, portals.md §2.2), then the variants other portals use. */
const WEBSITE_NAME = ['服务名称（网站）', ...LABELS.websiteName];

function person(prefix: 'subject.head' | 'websites[].head' | 'apps[].head', section: SectionId, fast?: { name: Documented; number: Documented }): FieldSpec[] {
  return [
    { path: `${prefix}.name`, section, labels: LABELS.personName, ...(fast ? { fast: fast.name } : {}) },
    { path: `${prefix}.certificate.type`, section, labels: LABELS.personCertificateType },
    { path: `${prefix}.certificate.number`, section, labels: LABELS.personCertificateNumber, ...(fast ? { fast: fast.number } : {}) },
    { path: `${prefix}.certificate.validFrom`, section, labels: LABELS.validFrom },
    // 长期 / 非长期 radios with the end date beside them, shown for 非长期 only: the date is the field's first input.
    { path: `${prefix}.certificate.validUntil`, section, labels: LABELS.validUntil, widget: 'valid-until', part: 0 },
    { path: `${prefix}.officePhone`, section, labels: LABELS.officePhone, widget: 'split-phone' },
    { path: `${prefix}.mobiles`, section, labels: LABELS.mobile },
    { path: `${prefix}.emergencyPhone`, section, labels: LABELS.emergencyPhone },
    { path: `${prefix}.emails`, section, labels: LABELS.email },
  ];
}

export default defineAdapter({
  id: 'tencent',
  name: '腾讯云 网站备案 · Tencent Cloud ICP filing',
  hosts: ['console.cloud.tencent.com'],
  steps: [
    { id: 'subject', sections: ['subject', 'subject-head'] },
    { id: 'website', sections: ['website', 'website-head'] },
    { id: 'app', sections: ['app', 'app-platform', 'app-head'] },
  ],
  fields: [
    // The certificate types load for the chosen 性质 and reset when it changes: 性质 first.
    { path: 'subject.nature', section: 'subject', labels: LABELS.nature },
    { path: 'subject.region', section: 'subject', labels: LABELS.region },
    { path: 'subject.certificate.type', section: 'subject', labels: LABELS.subjectCertificateType },
    { path: 'subject.certificate.number', section: 'subject', labels: LABELS.subjectCertificateNumber, fast: doc22('.org-certificate-number') },
    { path: 'subject.name', section: 'subject', labels: LABELS.subjectName, fast: doc22('.org-name') },
    { path: 'subject.certificate.address', section: 'subject', labels: LABELS.certificateAddress },
    { path: 'subject.mailingAddress', section: 'subject', labels: LABELS.mailingAddress },
    { path: 'subject.investor', section: 'subject', labels: LABELS.investor },
    ...person('subject.head', 'subject-head', { name: doc22('.legalPerson'), number: doc22('.legalPersonCerNumber') }),

    { path: 'websites[].name', section: 'website', labels: WEBSITE_NAME },
    { path: 'websites[].domains', section: 'website', labels: LABELS.domains, widget: 'rows', rows: { pairs: false } },
    { path: 'websites[].homepage', section: 'website', labels: LABELS.homepage },
    { path: 'websites[].services', section: 'website', labels: LABELS.services },
    { path: 'websites[].languages', section: 'website', labels: LABELS.languages },
    { path: 'websites[].approvals', section: 'website', labels: ['前置审批', '前置审批项', '前置或专项审批内容'], widget: 'approvals' },
    { path: 'websites[].access.ips', section: 'website', labels: LABELS.ips, joined: { separator: ';' } },
    { path: 'websites[].remark', section: 'website', labels: ['网站备注', ...LABELS.remark] },
    ...person('websites[].head', 'website-head'),
    ...appStepFields({ 'apps[].access.ips': { joined: { separator: ';' } } }),
    ...person('apps[].head', 'app-head'),
    ...uploadStepFields(['subject', 'subject-head', 'website', 'website-head', 'app', 'app-platform', 'app-head']),
  ],
  manual: [
    ...(['subject-head', 'website-head', 'app-head'] as const).map((section) => ({
      section,
      labels: ['验证码', '短信验证码', '手机验证码'],
      what: '短信验证码：由负责人本人获取并填写 · the SMS code: the person in charge requests and types it',
    })),
    ...APP_STEP_MANUAL,
  ],
});
