// 小程序 and 快应用 host data (rules-corpus §1.6, §1.7; apps-security-materials.md §2). WeChat says its code tables change
// and must not be hard-coded: only what its documentation states is kept here, the rest comes from RuleConfig.

/** WeChat AppID: `wx` + 16 hex digits (issue 16 item 3; every WeChat AppID in its documentation has this form). */
export const WECHAT_APPID = /^wx[0-9a-f]{16}$/;

/**
 * Douyin AppIDs in its own documentation's examples are `tt` + 16 hex digits (developer.open-douyin.com getAccessToken:
 * `tt411d37a0de37d565`; upload_sitemap: `tt5daf2b12c285xxxx`); no page states the form, so a mismatch only warns.
 */
export const DOUYIN_APPID = /^tt[0-9a-z]{16}$/;

/** WeChat's limit on 服务内容类型 (WX applyIcpFiling `service_content_types`: 二级 only, at most 5). */
export const WECHAT_MAX_SERVICE_TYPES = 5;

/** 实际经营内容 (WX `icp_applets.base_info.comment`): 20–200 characters. */
export const WECHAT_REMARK_LENGTH = { min: 20, max: 200 } as const;

/**
 * First-level (parent) 服务内容类型 names WeChat's documentation shows (queryIcpServiceContentTypes: 生活缴费 has
 * parent_type 500 = 生活服务). Only these can be told first-level without the agent's copy of the current table.
 */
export const WECHAT_FIRST_LEVEL_SERVICE_TYPES: readonly string[] = ['生活服务'];
