import { uploadStepFields } from './upload-step';
import { defineAdapter, type FieldSpec, type ManualSpec } from './define-adapter';
import { appStepFields, APP_STEP_MANUAL } from './app-step';
import { LABELS } from './labels';

// Huawei Cloud's filing console (console.huaweicloud.com/beian, also beian.huaweicloud.com), an OpenTiny Vue
// single-page app with hash routes (#/subject, #/website). No source documents an id or class of its pages
// (portals.md §2.3: the guide's field list only), so every field is found by the label a person reads, in the
// section its heading names; the widgets are OpenTiny's (selects whose dropdowns move under <body>, a lazy 备案省市
// cascader, date pickers), driven by what the element found is. Huawei's wording (portals.md §2.3, §2.8): 单位名称,
// 证件住址, 通讯地址, 手机号, 应急电话, 服务名称, 互联网信息服务负责人; 证件是否长期有效 (是/否) beside the end date.
// Steps are recognised by the sections on the page, whatever the route: `subject` (主办单位 + 负责人) and `website`
// (网站 + 互联网信息服务负责人).

function person(prefix: 'subject.head' | 'websites[].head' | 'apps[].head', section: 'subject-head' | 'website-head' | 'app-head'): FieldSpec[] {
  return [
    { path: `${prefix}.name`, section, labels: LABELS.personName },
    { path: `${prefix}.certificate.type`, section, labels: LABELS.personCertificateType },
    { path: `${prefix}.certificate.number`, section, labels: LABELS.personCertificateNumber },
    { path: `${prefix}.certificate.validFrom`, section, labels: LABELS.validFrom },
    // 证件是否长期有效 = 是 takes the end date off the form: the question stands for the field then.
    { path: `${prefix}.certificate.validUntil`, section, labels: [...LABELS.validUntil, '证件是否长期有效', '是否长期有效'], widget: 'valid-until' },
    { path: `${prefix}.mobiles`, section, labels: LABELS.mobile },
    { path: `${prefix}.emergencyPhone`, section, labels: LABELS.emergencyPhone },
    { path: `${prefix}.emails`, section, labels: LABELS.email },
  ];
}

/** What stays with the person on each 负责人 block: the SMS code sent to the 手机号, and (in Huawei's app) face verification. */
function personManual(section: 'subject-head' | 'website-head' | 'app-head'): ManualSpec[] {
  return [
    { section, labels: ['验证码', '短信验证码', '手机验证码'], what: '短信验证码由负责人本人获取并填写 · the SMS code is requested and typed by the person in charge' },
    { section, labels: ['人脸核验', '真实性核验'], what: '人脸核验由负责人本人在华为云 App 完成 · face verification is done by the person in the Huawei Cloud app' },
    { section, labels: ['证件照片', '上传证件'], what: '证件照片由本人上传 · the certificate photos are uploaded by the person' },
  ];
}

export default defineAdapter({
  id: 'huawei',
  name: '华为云备案 · Huawei Cloud ICP filing',
  hosts: ['console.huaweicloud.com', 'beian.huaweicloud.com'],
  steps: [
    { id: 'subject', sections: ['subject', 'subject-head'] },
    { id: 'website', sections: ['website', 'website-head'] },
    { id: 'app', sections: ['app', 'app-platform', 'app-head'] },
  ],
  fields: [
    // 备案省市、主办单位性质、证件类型 cannot be changed once the account has filings (portals.md §2.3): the page
    // then shows them read-only, and the fill reports them failed with what the page holds.
    { path: 'subject.region', section: 'subject', labels: ['备案省市', ...LABELS.region] },
    { path: 'subject.nature', section: 'subject', labels: LABELS.nature },
    { path: 'subject.certificate.type', section: 'subject', labels: LABELS.subjectCertificateType },
    { path: 'subject.certificate.number', section: 'subject', labels: LABELS.subjectCertificateNumber },
    { path: 'subject.name', section: 'subject', labels: LABELS.subjectName },
    { path: 'subject.certificate.address', section: 'subject', labels: LABELS.certificateAddress },
    { path: 'subject.mailingAddress', section: 'subject', labels: LABELS.mailingAddress },
    ...person('subject.head', 'subject-head'),

    { path: 'websites[].name', section: 'website', labels: ['服务名称', ...LABELS.websiteName] },
    // One row per domain, more added with "+ 添加".
    { path: 'websites[].domains', section: 'website', labels: LABELS.domains, widget: 'rows', rows: { pairs: false } },
    { path: 'websites[].homepage', section: 'website', labels: LABELS.homepage },
    { path: 'websites[].services', section: 'website', labels: LABELS.services },
    { path: 'websites[].languages', section: 'website', labels: LABELS.languages },
    { path: 'websites[].remark', section: 'website', labels: LABELS.remark },
    ...person('websites[].head', 'website-head'),
    ...appStepFields(),
    ...person('apps[].head', 'app-head'),
    ...uploadStepFields(['subject', 'subject-head', 'website', 'website-head', 'app', 'app-platform', 'app-head']),
  ],
  manual: [...personManual('subject-head'), ...personManual('website-head'), ...personManual('app-head'), ...APP_STEP_MANUAL],
});
