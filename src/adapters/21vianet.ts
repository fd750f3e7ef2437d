import { uploadStepFields } from './upload-step';
import { defineAdapter, type FieldSpec } from './define-adapter';
import { countryPrefixedPhone } from './formats';
import { LABELS } from './labels';

// 21Vianet (Azure China) 蓝云备案管理系统 at icp.cloud.21vianet.com. No source documents an id, class or code of its
// pages (portals.md §2.4), so every field is found by the labels and placeholders seeds 000/001 show; options are
// matched by their visible labels. Multi-valued fields are joined with "/" as the seed's placeholders say, office
// phones take the 086-区号-号码 form, IPs one entry per line.
// Steps: `start` (开始备案: the filing-type check), `subject` (主办单位 + 负责人), `website` (网站, 接入, 网站负责人).

const SLASH = { separator: '/' } as const; // seed 000: 可填多个, 用“/”分隔

function person(prefix: 'subject.head' | 'websites[].head', section: 'subject-head' | 'website-head'): FieldSpec[] {
  return [
    { path: `${prefix}.name`, section, labels: LABELS.personName, placeholders: ['负责人姓名,个人主办单位,单位主办单位'] },
    { path: `${prefix}.certificate.type`, section, labels: LABELS.personCertificateType },
    { path: `${prefix}.certificate.number`, section, labels: LABELS.personCertificateNumber, placeholders: ['负责人证件号码'] },
    { path: `${prefix}.officePhone`, section, labels: LABELS.officePhone, placeholders: ['填写标准格式: 国家代码-区号-号码'], codec: countryPrefixedPhone },
    { path: `${prefix}.mobiles`, section, labels: LABELS.mobile, placeholders: ['手机号码, 可填多个'], joined: SLASH },
    { path: `${prefix}.emails`, section, labels: LABELS.email, placeholders: ['电子邮件地址, 若有多个'], joined: SLASH },
  ];
}

export default defineAdapter({
  id: '21vianet',
  name: '世纪互联 蓝云备案管理系统 · 21Vianet',
  hosts: ['icp.cloud.21vianet.com'],
  steps: [
    { id: 'start', sections: ['start'] },
    { id: 'subject', sections: ['subject', 'subject-head'] },
    { id: 'website', sections: ['website', 'access', 'website-head'] },
  ],
  fields: [
    { path: 'subject.nature', section: 'start', labels: LABELS.nature },
    { path: 'subject.certificate.type', section: 'start', labels: LABELS.subjectCertificateType },
    { path: 'subject.certificate.number', section: 'start', labels: LABELS.subjectCertificateNumber, placeholders: ['证件号码'] },
    { path: 'websites[].domains[0]', section: 'start', labels: LABELS.domains, placeholders: ['域名不要加 www.'] },

    { path: 'subject.name', section: 'subject', labels: LABELS.subjectName, placeholders: ['主办单位或主办人名称'] },
    { path: 'subject.nature', section: 'subject', labels: LABELS.nature },
    { path: 'subject.certificate.type', section: 'subject', labels: LABELS.subjectCertificateType },
    { path: 'subject.certificate.number', section: 'subject', labels: LABELS.subjectCertificateNumber },
    { path: 'subject.region.province', section: 'subject', labels: LABELS.province },
    { path: 'subject.region.city', section: 'subject', labels: LABELS.city },
    { path: 'subject.region.county', section: 'subject', labels: LABELS.county },
    { path: 'subject.certificate.address', section: 'subject', labels: LABELS.certificateAddress, placeholders: ['证件住所'] },
    { path: 'subject.mailingAddress', section: 'subject', labels: LABELS.mailingAddress, placeholders: ['主办单位详细通信地址'] },
    { path: 'subject.investor', section: 'subject', labels: LABELS.investor, placeholders: ['投资人或主管单位'] },
    ...person('subject.head', 'subject-head'),
    { path: 'subject.remark', section: 'subject-head', labels: LABELS.remark, placeholders: ['备注信息'] },

    { path: 'websites[].name', section: 'website', labels: LABELS.websiteName, placeholders: ['网站名称, 可填多个'] },
    { path: 'websites[].domains', section: 'website', labels: LABELS.domains, placeholders: ['域名不要加“www.”'], joined: SLASH },
    { path: 'websites[].homepage', section: 'website', labels: LABELS.homepage, placeholders: ['网站首页网址不要加'] },
    { path: 'websites[].services', section: 'website', labels: LABELS.services },
    { path: 'websites[].languages', section: 'website', labels: LABELS.languages },
    // Seed 000: 每行填写一个IP信息, “/”分隔 — one entry a line in a textarea, "/" in a one-line input.
    { path: 'websites[].access.ips', section: 'access', labels: LABELS.ips, placeholders: ['每行填写一个IP信息'], joined: { separator: '/', lines: '\n' } },
    { path: 'websites[].access.methods', section: 'access', labels: LABELS.methods },
    { path: 'websites[].access.serverLocations', section: 'access', labels: LABELS.serverLocations },
    { path: 'websites[].remark', section: 'access', labels: LABELS.remark, placeholders: ['备注信息'] },
    ...person('websites[].head', 'website-head'),
    ...uploadStepFields(['start', 'subject', 'subject-head', 'website', 'access', 'website-head']),
  ],
});
