import { defineAdapter, NO, YES, type Codec, type Documented, type FieldSpec, type SectionId } from './define-adapter';
import { CERTIFICATES_BY_NATURE } from '../profile/options';
import { APP_LABELS } from './app-step';
import { LABELS } from './labels';
import { personUploads, uploadStepFields } from './upload-step';

// 全国互联网安全管理服务平台 (beian.mps.gov.cn), 公安联网备案: Ant Design for Vue forms whose ids are the library's own
// `form_item_<field>` (portals.md §2.5, after dataAided's PoliceDataTool), used as fast paths; every field is also
// found by the words a person reads, which are what holds where ids drift. Steps: 开办主体 (unit: the subject and its
// 负责人), 网站 (the site, its 接入商 and 域名注册商, 交互服务, 前置审批, and its 安全负责人 and 应急联络人), APP.
// The evidence gives the portal's codes (ProMap, CertMap, UserMap) but not the words of its options: options are
// matched by label, with qualifiers the portal may drop (营业执照 for 营业执照（个人或企业）) matched by the engine.
// Where two dataAided names are swapped in the evidence (uitadrstr / uitregadrstr, portals.md §2.5 vs §2.8), the
// address fields go by their labels only.

const doc = (field: string): Documented => ({ css: `#form_item_${field}`, source: 'portals.md §2.5' });

/** 开办主体: 单位 for every 性质 but 个人 (portals.md §2.5: `form_item_unitpty` 单位/个人, then `unitpty_sub`). */
const unitOrPerson: Codec = {
  toPortal: (value) => (value === '个人' ? '个人' : '单位'),
  // 单位 says less than the profile's 性质 (the select beside it says the rest): it reads back as nothing.
  fromPortal: (value) => (value === '个人' ? '个人' : ''),
  coarse: true,
};

/** Every certificate name the profile format knows, by 性质 (rules-corpus §2.2–2.3). */
const CERTIFICATE_NAMES = [...new Set(Object.values(CERTIFICATES_BY_NATURE).flatMap((table) => Object.keys(table)))];

/**
 * The portal may name a certificate without the qualifier the format keeps (营业执照 for 营业执照（个人或企业）, after
 * CertMap's MIIT → 公安 table, portals.md §2.5): read back, the one format name it stands for.
 */
const certificateName: Codec = {
  toPortal: (value) => value,
  fromPortal: (value) => {
    if (typeof value !== 'string' || CERTIFICATE_NAMES.includes(value)) return value;
    const qualified = CERTIFICATE_NAMES.filter((name) => name.replace(/（[^（）]*）$/, '') === value);
    return qualified.length === 1 ? qualified[0]! : value;
  },
};

const subject: FieldSpec[] = [
  { path: 'subject.nature', section: 'subject', labels: ['开办主体', '开办主体类型', '主体类型', '单位/个人'], fast: doc('unitpty'), codec: unitOrPerson },
  { path: 'subject.nature', section: 'subject', labels: ['开办主体性质', '单位性质', '主体性质', ...LABELS.nature], fast: doc('unitpty_sub') },
  { path: 'subject.name', section: 'subject', labels: ['开办主体名称', '单位名称', '开办者名称', ...LABELS.subjectName], fast: doc('unitnm') },
  { path: 'subject.certificate.type', section: 'subject', labels: ['开办主体证件类型', '单位证件类型', ...LABELS.subjectCertificateType], fast: doc('uitcfttype'), codec: certificateName },
  { path: 'subject.certificate.number', section: 'subject', labels: ['开办主体证件号码', '单位证件号码', ...LABELS.subjectCertificateNumber], fast: doc('uitcftnum') },
  { path: 'subject.certificate.address', section: 'subject', labels: ['证件住所', '证件住址', '证件地址', '注册地址', '单位注册地址', ...LABELS.certificateAddress] },
  { path: 'subject.region', section: 'subject', labels: ['通讯地址', '通信地址', '单位通讯地址', '所在地区', '所属区域'], fast: doc('uitadrpvs') },
  // The street beside the 通讯地址 cascader (`form_item_uitadrpvs`, portals.md §2.5): the region is the cascader's.
  { path: 'subject.mailingAddress', section: 'subject', labels: ['详细地址', '通讯详细地址', '通讯地址详细地址', '街道地址'], placeholders: ['请输入详细地址', '详细地址'], regionless: true },
];

/** A person block of the portal: the 主体负责人's ids are documented (portals.md §2.5); the others are found by label. */
function person(prefix: string, section: SectionId, ids?: { name: string; type: string; number: string; mobile: string; tel: string; mail: string }, orPrefix?: string): FieldSpec[] {
  const or = (field: string) => (orPrefix ? { orPath: `${orPrefix}.${field}` } : {});
  const fast = (id: string | undefined) => (id ? { fast: doc(id) } : {});
  return [
    { path: `${prefix}.name`, section, labels: ['负责人姓名', '姓名', '联络人姓名', '联系人姓名', '安全负责人姓名', '应急联络人姓名', ...LABELS.personName], ...fast(ids?.name), ...or('name') },
    { path: `${prefix}.certificate.type`, section, labels: ['证件类型', '负责人证件类型', '有效证件类型'], ...fast(ids?.type), ...or('certificate.type') },
    { path: `${prefix}.certificate.number`, section, labels: ['证件号码', '负责人证件号码', '有效证件号码'], ...fast(ids?.number), ...or('certificate.number') },
    { path: `${prefix}.mobiles`, section, labels: ['手机号码', '手机号', '移动电话', '联系手机', ...LABELS.mobile], ...fast(ids?.mobile), ...or('mobiles') },
    { path: `${prefix}.officePhone`, section, labels: ['办公电话', '办公室电话', '固定电话', '座机', ...LABELS.officePhone], ...fast(ids?.tel), ...or('officePhone') },
    { path: `${prefix}.emails`, section, labels: ['电子邮箱', '电子邮件', '邮箱', ...LABELS.email], ...fast(ids?.mail), ...or('emails') },
  ];
}

const subjectHead: FieldSpec[] = [
  ...person('subject.head', 'subject-head', { name: 'rpbnm', type: 'rpbcfttype', number: 'rpbcftnum', mobile: 'rpbmobile', tel: 'offtel', mail: 'rpbmail' }),
  // 证件有效期 (`form_item_idecardvalid`, a range) with 长期 (`form_item_isLongValid`): the range's two ends.
  { path: 'subject.head.certificate.validFrom', section: 'subject-head', labels: ['证件有效期', ...LABELS.validFromOwn], part: 0 },
  { path: 'subject.head.certificate.validUntil', section: 'subject-head', labels: ['证件有效期', ...LABELS.validUntilOwn], part: 1, widget: 'valid-until' },
];

/** The 接入商 and 前置审批 of a website or an APP, worded alike on both steps. */
const PROVIDER_LABELS = ['接入服务商名称', '网络接入服务商名称', '接入商名称', ...LABELS.provider];
const APPROVAL_LABELS = ['前置审批/专项审批', '专项审批', '前置审批类型', ...LABELS.approvals];

/** The Tree of 交互服务 and the 是/否 before it (portals.md §2.5 `form_item_interactive`; issue 18's field list). */
const interactive = (w: 'websites[]' | 'apps[]', section: SectionId): FieldSpec[] => [
  { path: `${w}.security.interactive`, section, labels: ['是否提供互联网交互服务', '是否提供交互服务', '提供互联网交互服务', '互联网交互服务'], codec: yesNo },
  // The items appear once 是 is chosen (the Tencent guide: 服务类型, 是否提供互联网交互服务 → items); their label is not in
  // the evidence, so the wordings a person would read there.
  { path: `${w}.security.interactiveServices`, section, revealedBy: `${w}.security.interactive`, labels: ['交互服务项', '交互服务项目', '交互服务类型', '互联网交互服务项', '互联网交互服务类型', '提供的交互服务', '交互服务'] },
];

/** A yes/no of the profile as the portal's radios say it. */
const yesNo: Codec = {
  toPortal: (value) => value,
  fromPortal: (value) => (value === YES || value === NO ? value : ''),
};

const website: FieldSpec[] = [
  { path: 'websites[].name', section: 'website', labels: ['网站名称', '服务名称'], fast: doc('webnm') },
  { path: 'websites[].security.openedOn', section: 'website', labels: ['网站开通日期', '开通日期', '网站开通时间'], fast: doc('webopentime') },
  { path: 'websites[].recordNumber', section: 'website', labels: ['ICP备案号', '网站ICP备案号', 'ICP备案/许可证号', '备案号'], fast: doc('moinum') },
  { path: 'websites[].domains', section: 'website', labels: ['网站主域名', '主域名', '网站首页域名'], fast: doc('maindmn') },
  { path: 'websites[].domains', section: 'website', labels: ['网站所有域名', '全部域名', '网站域名', '域名列表', '其他域名'] },
  { path: 'websites[].access.ips', section: 'website', labels: ['服务器IP', '服务器IP地址', '网站IP地址', 'IP地址', ...LABELS.ips] },
  { path: 'websites[].languages', section: 'website', labels: ['网站语种', '网站语言', '语种', ...LABELS.languages], fast: doc('language') },
  { path: 'websites[].security.domainCertificateValidUntil', section: 'website', labels: ['域名证书有效期', '域名证书截止日期'], part: 1 },
  { path: 'websites[].access.provider', section: 'access', labels: PROVIDER_LABELS, fast: doc('aspname') },
  { path: 'websites[].access.methods', section: 'access', labels: ['接入方式', '网站接入方式', ...LABELS.methods], fast: doc('acctype') },
  { path: 'websites[].security.registrar', section: 'website', labels: ['域名注册服务商', '域名注册服务商名称', '注册服务商名称', '域名注册商'], fast: doc('dspname') },
  ...interactive('websites[]', 'website'),
  { path: 'websites[].approvals', section: 'website', labels: APPROVAL_LABELS, widget: 'approvals' },
  ...person('websites[].security.securityHead', 'security-head', undefined, 'websites[].head'),
  ...person('websites[].security.emergencyContact', 'emergency-contact', undefined, 'websites[].head'),
];

const app: FieldSpec[] = [
  { path: 'apps[].name', section: 'app', labels: ['APP名称', 'App名称', '应用名称'], fast: doc('appname') },
  { path: 'apps[].security.openedOn', section: 'app', labels: ['APP开通日期', 'APP上线日期', 'APP上线时间', '开通日期', '上线日期', '上线时间'] },
  { path: 'apps[].recordNumber', section: 'app', labels: ['ICP备案号', 'APP备案号', '备案号'] },
  { path: 'apps[].languages', section: 'app', labels: ['APP语种', '语种', '服务语种', 'APP语言'] },
  // portals.md §2.5: `form_item_serverinfo` on the APP form; 接入 and 前置审批 as the website step asks them.
  { path: 'apps[].access.ips', section: 'app', labels: [...APP_LABELS.ips, ...LABELS.ips], fast: doc('serverinfo') },
  { path: 'apps[].access.provider', section: 'access', labels: PROVIDER_LABELS },
  { path: 'apps[].access.methods', section: 'access', labels: ['接入方式', 'APP接入方式', ...LABELS.methods] },
  ...interactive('apps[]', 'app'),
  { path: 'apps[].approvals', section: 'app', labels: APPROVAL_LABELS, widget: 'approvals' },
];

/** Uploads of each block: the subject's 证件, each person's three ID photos (portals.md §2.5 `form_item_idecard{front,back,group}id`), the 域名证书. */
const uploads: FieldSpec[] = [
  ...uploadStepFields(['subject', 'subject-head', 'website']).filter((f) => f.material?.kind !== '授权书' && f.material?.kind !== '核验单' && f.material?.kind !== '承诺书'),
  ...personUploads('security-head', 'websites[].security.securityHead', 'websites[].head'),
  ...personUploads('emergency-contact', 'websites[].security.emergencyContact', 'websites[].head'),
];

export default defineAdapter({
  id: 'mps',
  name: '公安联网备案 · Public security filing (beian.mps.gov.cn)',
  hosts: ['beian.mps.gov.cn'],
  steps: [
    { id: 'unit', sections: ['subject', 'subject-head'] },
    { id: 'website', sections: ['website', 'access', 'security-head', 'emergency-contact'] },
    { id: 'app', sections: ['app', 'access'] },
  ],
  fields: [...subject, ...subjectHead, ...website, ...app, ...uploads],
  manual: [
    { section: 'subject-head', labels: ['短信验证码', '验证码', '手机验证码'], what: '短信验证码由负责人本人获取并填写 · the SMS code is requested and typed by the person in charge' },
    // The Tencent guide's 网络接入服务商 (名称, 所属区域) and 域名注册服务商 (名称, 所属区域): no profile field holds where
    // the provider or the registrar is, so the agent chooses them.
    { section: 'access', labels: ['接入商所属区域', '接入服务商所属区域', '所属区域'], what: '接入服务商的所属区域请按服务商的注册地选择 · choose the access provider’s region (where it is registered)' },
    { section: 'website', labels: ['注册商所属区域', '域名注册服务商所属区域', '所属区域'], what: '域名注册服务商的所属区域请按注册商的注册地选择 · choose the registrar’s region (where it is registered)' },
  ],
});
