import { z } from 'zod';

// The codes the filing APIs tell callers to query, not to hard-code (WeChat: 「该接口返回的结果会不定期更新，切勿对某一次
// 调用的返回结果长期保存或硬编码」). So the export never guesses one: it looks each label up in a table, the default
// below (only values a published page shows) overlaid with the agent's own table. A label the table lacks is an
// answer naming the field and the label, not a made-up number.

const codeMap = z.record(z.string(), z.number().int());

/** One target's table, keyed by the profile's canonical labels (profile-format.md). */
export const codeTableSchema = z.strictObject({
  /** 主办单位性质 (WeChat query_icp_subject_types; Douyin query_corp_type_list). */
  subjectTypes: codeMap.default({}),
  /** 主办单位证件类型 by 性质: the same label has a different code under another 性质 (query_icp_certificate_types' subject_type). */
  certificateTypes: z.record(z.string(), codeMap).default({}),
  /** 负责人证件类型 (WeChat: the types whose 性质 is 个人; Douyin query_incharge_people_credentials_type_list). */
  personCertificateTypes: codeMap.default({}),
  /** 服务内容, second-level types only (query_icp_service_content_types; query_service_content_type_list). */
  serviceContentTypes: codeMap.default({}),
  /** 前置审批 (query_icp_nrlx_types; query_pre_approval_item_type_list); WeChat also takes 以上都不涉及. */
  approvalTypes: codeMap.default({}),
});
export type CodeTable = z.infer<typeof codeTableSchema>;

export const EXPORT_TARGETS = ['wechat', 'douyin'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

/** The agent's tables, one per target; each entry wins over the default's. */
export const codeOverridesSchema = z.strictObject({ wechat: codeTableSchema.partial().optional(), douyin: codeTableSchema.partial().optional() });
export type CodeOverrides = z.input<typeof codeOverridesSchema>;

/** The label WeChat's nrlx list uses when a mini program needs no 前置审批. */
export const NO_APPROVAL = '以上都不涉及';

const WX_DOC = 'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/';
const DY_DOC = 'https://developer.open-douyin.com/docs/resource/zh-CN/thirdparty/API/smallprogram/auth-app-manage/icp-record/';

/** Where each default entry comes from: the example answers printed on the APIs' own pages. */
export const CODE_SOURCES: Record<ExportTarget, Partial<Record<keyof CodeTable, string>>> = {
  wechat: {
    subjectTypes: `${WX_DOC}api_queryicpsubjecttypes (example: 1 国防机构, 2 政府机关, 3 事业单位); ${WX_DOC}api_queryicpcertificatetypes (example: 营业执照（个人或企业） under subject_type 4, 居民身份证 under subject_type 5) and ${WX_DOC}api_applyicpfiling (example: type 5 for the person 张三 with a 居民身份证)`,
    certificateTypes: `${WX_DOC}api_queryicpcertificatetypes (example: type 1 营业执照（个人或企业）, subject_type 4; type 2 居民身份证, subject_type 5)`,
    personCertificateTypes: `${WX_DOC}api_queryicpcertificatetypes (居民身份证 = 2, a type of 性质 个人, the only ones principal_info takes)`,
    serviceContentTypes: `${WX_DOC}api_queryicpservicecontenttypes (example: 1 生活缴费, 2 招聘, both under 500 生活服务)`,
    approvalTypes: 'https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpNrlxTypes.html (example list 1–14; 15 宗教 and 24 以上都不涉及 as the SDK SKIT.FlurlHttpClient.Wechat copied the same example in 2023; its 校外培训 is our 校外培训（高中及以下阶段）)',
  },
  douyin: {
    subjectTypes: `${DY_DOC}query-corp-type-list (example: corp_type_id 4 企业)`,
    certificateTypes: `${DY_DOC}query-corp-type-list (example: under 企业, 1 营业执照（个人或企业）, 12 组织机构代码证, 27 外国企业常驻代表机构登记证)`,
    personCertificateTypes: `${DY_DOC}query-incharge-people-credentials-type-list (example: 2 居民身份证)`,
    serviceContentTypes: `${DY_DOC}query-service-content-type-list (example: 1 生活缴费 under 500 生活服务)`,
    approvalTypes: `${DY_DOC}query-pre-approval-item-type-list (example: 2 出版)`,
  },
};

/**
 * The default tables: every value printed on a published page (CODE_SOURCES), nothing else. Most labels an agent
 * files (餐饮服务, 事业单位's certificates, Douyin's 个人…) are not here: the agent queries the API once and adds them.
 */
export const DEFAULT_CODES: Record<ExportTarget, CodeTable> = {
  wechat: {
    subjectTypes: { 国防机构: 1, 政府机关: 2, 事业单位: 3, 企业: 4, 个人: 5 },
    certificateTypes: { 企业: { '营业执照（个人或企业）': 1 }, 个人: { 居民身份证: 2 } },
    personCertificateTypes: { 居民身份证: 2 },
    serviceContentTypes: { 生活缴费: 1, 招聘: 2 },
    approvalTypes: {
      新闻: 1,
      出版: 2,
      教育: 3,
      医疗保健: 4,
      药品和医疗器械: 5,
      电子公告服务: 6,
      文化: 9,
      广播电影电视节目: 10,
      网络预约车: 11,
      互联网金融: 13,
      '校外培训（高中及以下阶段）': 14,
      宗教: 15,
      [NO_APPROVAL]: 24,
    },
  },
  douyin: {
    subjectTypes: { 企业: 4 },
    certificateTypes: { 企业: { '营业执照（个人或企业）': 1, 组织机构代码证: 12, 外国企业常驻代表机构登记证: 27 } },
    personCertificateTypes: { 居民身份证: 2 },
    serviceContentTypes: { 生活缴费: 1 },
    approvalTypes: { 出版: 2 },
  },
};

/** The query each table comes from, named in the answer when a label is missing from it. */
export const CODE_QUERIES: Record<ExportTarget, Record<keyof CodeTable, string>> = {
  wechat: {
    subjectTypes: 'query_icp_subject_types',
    certificateTypes: 'query_icp_certificate_types',
    personCertificateTypes: 'query_icp_certificate_types',
    serviceContentTypes: 'query_icp_service_content_types',
    approvalTypes: 'query_icp_nrlx_types',
  },
  douyin: {
    subjectTypes: 'query_corp_type_list',
    certificateTypes: 'query_corp_type_list',
    personCertificateTypes: 'query_incharge_people_credentials_type_list',
    serviceContentTypes: 'query_service_content_type_list',
    approvalTypes: 'query_pre_approval_item_type_list',
  },
};

/** The default table of a target with the agent's entries laid over it, category by category. */
export function codesFor(target: ExportTarget, overrides: CodeOverrides | undefined): CodeTable {
  const base = DEFAULT_CODES[target];
  const own = overrides?.[target] ?? {};
  const certificateTypes: Record<string, Record<string, number>> = { ...base.certificateTypes };
  for (const [nature, map] of Object.entries(own.certificateTypes ?? {})) certificateTypes[nature] = { ...certificateTypes[nature], ...map };
  return {
    subjectTypes: { ...base.subjectTypes, ...own.subjectTypes },
    certificateTypes,
    personCertificateTypes: { ...base.personCertificateTypes, ...own.personCertificateTypes },
    serviceContentTypes: { ...base.serviceContentTypes, ...own.serviceContentTypes },
    approvalTypes: { ...base.approvalTypes, ...own.approvalTypes },
  };
}
