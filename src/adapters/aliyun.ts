import { uploadStepFields } from './upload-step';
import { defineAdapter, type FieldSpec, type ManualSpec, type SectionId } from './define-adapter';
import { appStepFields, APP_STEP_MANUAL } from './app-step';
import { LABELS } from './labels';

// Aliyun's ICP filing console (beian.aliyun.com), a React single-page app on Ant Design (portals.md §2.1). Its order
// form has two steps: 主办者信息 (antd Form "entity") and 网站信息 (Form "site"), each a module of fields and a 负责人
// module. portals.md §2.1 documents three selectors of the site step: the site name's id, the domain input inside its
// wrapper, and the listbox of the 负责人 certificate type, which rc-select names after its input's id; those are fast
// paths (doc21 below), and every field is also found by its label, in the section its module title names. The other
// entity_* / site_* ids are unverified there, so they are not used. What the widgets are (antd virtual Selects for
// 省 / 市 / 区, 性质 and 证件类型, DatePickers, a Checkbox.Group) is read from the element found. Aliyun says 主办者 where
// others say 主办单位 (the engine's wording variants); 省 / 市 / 区 are three selects in the row of 主办者所属区域, the
// certificate's validity a 长期 / 非长期 choice before its 起始 and 截止 dates, the office phone a number and an
// extension; the communication address sits behind a read-only prefix showing the region. The SMS code
// (entity_phoneVfCode / site_phoneVfCode) stays with the person, as do the photos and face verification Aliyun takes
// in its app (portals.md §2.1, §6).
// Steps: `subject` (主办者信息 + 主办者负责人信息) and `website` (网站信息 + 网站负责人信息).

const doc21 = (css: string) => ({ css, source: 'portals.md §2.1' });

function person(prefix: 'subject.head' | 'websites[].head' | 'apps[].head', section: 'subject-head' | 'website-head' | 'app-head'): FieldSpec[] {
  const site = prefix === 'websites[].head';
  return [
    { path: `${prefix}.name`, section, labels: LABELS.personName },
    { path: `${prefix}.certificate.type`, section, labels: LABELS.personCertificateType, ...(site ? { fast: doc21('#site_fzrIdType') } : {}) },
    { path: `${prefix}.certificate.number`, section, labels: LABELS.personCertificateNumber },
    // 证件有效期: ○非长期 ○长期 [起始日期] 至 [截止日期] — the dates are the row's first and second inputs.
    { path: `${prefix}.certificate.validFrom`, section, labels: LABELS.validFrom, part: 0 },
    { path: `${prefix}.certificate.validUntil`, section, labels: LABELS.validUntil, part: 1, widget: 'valid-until' },
    { path: `${prefix}.mobiles`, section, labels: LABELS.mobile },
    // 办公室电话: the number, then an optional 分机号 input.
    { path: `${prefix}.officePhone`, section, labels: LABELS.officePhone, part: 0 },
    { path: `${prefix}.emergencyPhone`, section, labels: LABELS.emergencyPhone },
    { path: `${prefix}.emails`, section, labels: LABELS.email },
  ];
}

const manual = (section: SectionId): ManualSpec[] => [
  { section, labels: ['验证码', '短信验证码', '手机验证码'], what: '短信验证码由负责人本人点“获取验证码”后填写 · the SMS code is requested and typed by the person in charge' },
];

export default defineAdapter({
  id: 'aliyun',
  name: '阿里云备案 · Aliyun ICP filing',
  hosts: ['beian.aliyun.com'],
  steps: [
    { id: 'subject', sections: ['subject', 'subject-head'] },
    { id: 'website', sections: ['website', 'website-head'] },
    { id: 'app', sections: ['app', 'app-platform', 'app-head'] },
  ],
  fields: [
    // 主办者所属区域: three selects in one row; the city and county lists load after their parent is chosen.
    { path: 'subject.region.province', section: 'subject', labels: LABELS.region, part: 0 },
    { path: 'subject.region.city', section: 'subject', labels: LABELS.region, part: 1 },
    { path: 'subject.region.county', section: 'subject', labels: LABELS.region, part: 2 },
    // The certificate types load for the chosen 性质 (and are emptied when it changes): 性质 first.
    { path: 'subject.nature', section: 'subject', labels: LABELS.nature },
    { path: 'subject.certificate.type', section: 'subject', labels: LABELS.subjectCertificateType },
    { path: 'subject.certificate.number', section: 'subject', labels: LABELS.subjectCertificateNumber },
    { path: 'subject.name', section: 'subject', labels: LABELS.subjectName },
    { path: 'subject.certificate.address', section: 'subject', labels: LABELS.certificateAddress },
    // Behind the read-only prefix showing the region (portals.md §2.1): filled after the region, it takes the rest.
    { path: 'subject.mailingAddress', section: 'subject', labels: LABELS.mailingAddress },
    { path: 'subject.remark', section: 'subject', labels: LABELS.remark },
    ...person('subject.head', 'subject-head'),

    { path: 'websites[].name', section: 'website', labels: LABELS.websiteName, fast: doc21('#site_siteName') },
    { path: 'websites[].domains', section: 'website', labels: LABELS.domains, fast: doc21('.input-domain-content .ant-input-affix-wrapper .ant-input') },
    { path: 'websites[].languages', section: 'website', labels: LABELS.languages },
    { path: 'websites[].approvals', section: 'website', labels: LABELS.approvals, widget: 'approvals' },
    { path: 'websites[].remark', section: 'website', labels: LABELS.remark },
    ...person('websites[].head', 'website-head'),
    ...appStepFields(),
    ...person('apps[].head', 'app-head'),
    ...uploadStepFields(['subject', 'subject-head', 'website', 'website-head', 'app', 'app-platform', 'app-head']),
  ],
  manual: [...manual('subject-head'), ...manual('website-head'), ...manual('app-head'), ...APP_STEP_MANUAL],
});
