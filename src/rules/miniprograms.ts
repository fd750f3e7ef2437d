import type { MiniProgram } from '../profile/schema';
import { MINI_PROGRAM_HOSTS } from '../profile/options';
import {
  DOUYIN_APPID,
  WECHAT_APPID,
  WECHAT_FIRST_LEVEL_SERVICE_TYPES,
  WECHAT_MAX_SERVICE_TYPES,
  WECHAT_REMARK_LENGTH,
} from './data/mini-programs';
import { defineRule, type Hit, type Rule, type RuleConfig, type Text } from './define-rule';

// 小程序 and 快应用 (rules-corpus §1.6, §1.7; apps-security-materials.md §2): the host, the host's AppID, and what
// WeChat's applyIcpFiling asks of 服务内容 and 实际经营内容. Other hosts publish no such limits we could find, so
// their rules stop at "filled in". Heads and record numbers are checked with everyone else's (contacts, records).

const WECHAT = '微信';
const DOUYIN = '抖音';

const hostOf = (mini: MiniProgram): string => mini.platform.trim();

function* minis(list: readonly MiniProgram[], host?: string): Iterable<{ mini: MiniProgram; i: number; path: string }> {
  for (const [i, mini] of list.entries()) if (host === undefined || hostOf(mini) === host) yield { mini, i, path: `miniPrograms[${i}]` };
}

/** The characters a reviewer counts: every character of the trimmed text, a 汉字 or a letter alike. */
const characterCount = (text: string): number => [...text.trim()].length;

/** `一级-二级` as WeChat's documentation writes a full type ("生活服务-生活缴费"): the part after the first dash. */
const secondPart = (label: string): string | undefined => {
  const dash = label.search(/[-－—]/);
  return dash < 0 ? undefined : label.slice(dash + 1).trim();
};

/** Whether a 服务内容 label is a first-level WeChat type, by the agent's current table when there is one. */
function firstLevelProblem(label: string, table: RuleConfig['wechatServiceContentTypes']): Text | undefined {
  const name = label.trim();
  const second = secondPart(name);
  if (second === '') return { zh: `「${name}」缺少二级类型`, en: `"${name}" lacks its second-level type` };
  const leaf = second ?? name;
  if (table && table.length > 0) {
    const item = table.find((t) => t.name === leaf);
    if (!item) return { zh: `「${leaf}」不在微信当前的服务内容类型表中`, en: `"${leaf}" is not in WeChat's current service-type table` };
    if (item.parentType === 0) return { zh: `「${leaf}」是一级类型，请选择它下面的二级类型`, en: `"${leaf}" is a first-level type; choose one of its second-level types` };
    return undefined;
  }
  return WECHAT_FIRST_LEVEL_SERVICE_TYPES.includes(leaf) ? { zh: `「${leaf}」是一级类型，请选择它下面的二级类型`, en: `"${leaf}" is a first-level type; choose one of its second-level types` } : undefined;
}

const hostRules: Rule[] = [
  defineRule({
    id: 'miniprograms/host-known',
    severity: 'error',
    field: 'miniPrograms[].platform',
    title: { zh: '请选择小程序所在的平台（微信、支付宝、抖音、百度、快手、QQ、快应用或其他）', en: 'Choose the host (微信, 支付宝, 抖音, 百度, 快手, QQ, 快应用 or 其他)' },
    source: 'profile-format.md v2 (微信 | 支付宝 | 抖音 | 百度 | 快手 | QQ | 快应用 | 其他); rules-corpus §1.6',
    *check({ profile }) {
      for (const { mini, path } of minis(profile.miniPrograms)) {
        const host = hostOf(mini);
        if (!(MINI_PROGRAM_HOSTS as readonly string[]).includes(host)) {
          yield { path: `${path}.platform`, ...(host !== '' && { message: { zh: `「${host}」不是平台选项`, en: `"${host}" is not a host option` } }) };
        }
      }
    },
  }),
  defineRule({
    id: 'miniprograms/appid-required',
    severity: 'error',
    field: 'miniPrograms[].appId',
    title: { zh: '请填写小程序的 AppID', en: 'The mini program’s AppID is required' },
    source: 'rules-corpus §1.6 (icp_applets.base_info.appid [WX]); apps-security-materials.md §2',
    *check({ profile }) {
      for (const { mini, path } of minis(profile.miniPrograms)) if (mini.appId.trim() === '') yield { path: `${path}.appId` };
    },
  }),
  defineRule({
    id: 'miniprograms/appid-wechat-format',
    severity: 'error',
    field: 'miniPrograms[].appId',
    title: { zh: '微信小程序的 AppID 为「wx」加 16 位小写十六进制，如 wx0123456789abcdef', en: 'A WeChat AppID is "wx" and 16 lower-case hex digits, e.g. wx0123456789abcdef' },
    source: 'issue 16 item 3 (WeChat wx + 16 hex); apps-security-materials.md §2 (appid)',
    *check({ profile }) {
      for (const { mini, path } of minis(profile.miniPrograms, WECHAT)) {
        const id = mini.appId.trim();
        if (id === '' || WECHAT_APPID.test(id)) continue;
        const hint: Text | undefined = WECHAT_APPID.test(id.toLowerCase())
          ? { zh: `字母请小写：${id.toLowerCase()}`, en: `use lower case: ${id.toLowerCase()}` }
          : /^wx/i.test(id)
            ? { zh: `「wx」之后应为 16 位十六进制，此处为 ${id.length - 2} 位`, en: `16 hex digits follow "wx"; this has ${id.length - 2} characters` }
            : undefined;
        yield { path: `${path}.appId`, ...(hint && { message: hint }) };
      }
    },
  }),
  defineRule({
    id: 'miniprograms/appid-douyin-format',
    severity: 'warning',
    field: 'miniPrograms[].appId',
    title: { zh: '抖音小程序的 AppID 通常为「tt」加 16 位字符，请核对', en: 'A Douyin AppID is usually "tt" and 16 characters; check it' },
    source: 'DY developer.open-douyin.com examples (tt411d37a0de37d565, tt5daf2b12c285xxxx); no page states the form (unverified)',
    *check({ profile }) {
      for (const { mini, path } of minis(profile.miniPrograms, DOUYIN)) {
        const id = mini.appId.trim();
        if (id !== '' && !DOUYIN_APPID.test(id)) yield { path: `${path}.appId` };
      }
    },
  }),
  defineRule({
    id: 'miniprograms/appid-host-mismatch',
    severity: 'warning',
    field: 'miniPrograms[].{platform,appId}',
    title: { zh: 'AppID 看起来属于另一个平台，请核对所选平台', en: 'The AppID looks like another host’s; check the chosen host' },
    source: 'issue 16 item 3 (WeChat wx + 16 hex); DY documentation examples (tt + 16)',
    *check({ profile }) {
      for (const { mini, path } of minis(profile.miniPrograms)) {
        const id = mini.appId.trim();
        const host = hostOf(mini);
        const looksLike = WECHAT_APPID.test(id.toLowerCase()) ? WECHAT : DOUYIN_APPID.test(id) ? DOUYIN : undefined;
        if (looksLike && host !== looksLike && host !== '') {
          yield { path: `${path}.appId`, message: { zh: `「${id}」是${looksLike}小程序的 AppID 形式，但平台选的是${host}`, en: `"${id}" has the form of a ${looksLike} AppID, but the host is ${host}` } };
        }
      }
    },
  }),
  defineRule({
    id: 'miniprograms/appid-duplicate',
    severity: 'warning',
    field: 'miniPrograms[].appId',
    title: { zh: '同一个小程序只应填写一次', en: 'A mini program should be listed once' },
    source: 'rules-corpus §1.6 (WX icp_applets: one filing per appid) (inferred: the same AppID twice files one mini program twice)',
    *check({ profile }) {
      const first = new Map<string, number>();
      for (const { mini, i, path } of minis(profile.miniPrograms)) {
        const id = mini.appId.trim();
        if (id === '') continue;
        const key = `${hostOf(mini)}\u0000${id.toLowerCase()}`;
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, i);
        else yield { path: `${path}.appId`, message: { zh: `与小程序 ${earlier + 1} 的 AppID 相同`, en: `same AppID as mini program ${earlier + 1}` } };
      }
    },
  }),
  defineRule({
    id: 'miniprograms/name-required',
    severity: 'error',
    field: 'miniPrograms[].name',
    title: { zh: '请填写小程序名称', en: 'The mini program name is required' },
    source: 'rules-corpus §1.6 (icp_applets.base_info name [WX]); DY app_info',
    *check({ profile }) {
      for (const { mini, path } of minis(profile.miniPrograms)) if (mini.name.trim() === '') yield { path: `${path}.name` };
    },
  }),
];

const contentRules: Rule[] = [
  defineRule({
    id: 'miniprograms/services-required',
    severity: 'error',
    field: 'miniPrograms[].services',
    title: { zh: '请至少选择一项小程序服务内容', en: 'Choose at least one service type' },
    source: 'rules-corpus §1.6 (service_content_types [WX]; DY service_content_type_list)',
    *check({ profile }) {
      for (const { mini, path } of minis(profile.miniPrograms)) if (mini.services.every((s) => s.trim() === '')) yield { path: `${path}.services` };
    },
  }),
  defineRule({
    id: 'miniprograms/services-max',
    severity: 'error',
    field: 'miniPrograms[].services[]',
    title: { zh: '微信小程序的服务内容最多选择 5 项', en: 'A WeChat mini program takes at most 5 service types' },
    source: 'rules-corpus §1.6 (service_content_types: only 二级, max 5 [WX]); apps-security-materials.md §2',
    *check({ profile }) {
      for (const { mini, path } of minis(profile.miniPrograms, WECHAT)) {
        for (const j of mini.services.keys()) {
          if (j < WECHAT_MAX_SERVICE_TYPES) continue;
          yield { path: `${path}.services[${j}]`, message: { zh: `共 ${mini.services.length} 项，最多 ${WECHAT_MAX_SERVICE_TYPES} 项`, en: `${mini.services.length} types; at most ${WECHAT_MAX_SERVICE_TYPES}` } };
        }
      }
    },
  }),
  defineRule({
    id: 'miniprograms/services-second-level',
    severity: 'error',
    field: 'miniPrograms[].services[]',
    title: { zh: '微信小程序的服务内容只能选择二级类型', en: 'A WeChat mini program’s service types are second-level types only' },
    source:
      'WX queryIcpServiceContentTypes (一级类型 parent_type 0; 申请小程序备案接口只能填写二级类型; 生活服务 → 生活缴费); the current table from RuleConfig.wechatServiceContentTypes when the agent has fetched it',
    *check({ profile, config }): Generator<Hit> {
      for (const { mini, path } of minis(profile.miniPrograms, WECHAT)) {
        for (const [j, label] of mini.services.entries()) {
          if (label.trim() === '') continue;
          const message = firstLevelProblem(label, config.wechatServiceContentTypes);
          if (message) yield { path: `${path}.services[${j}]`, message };
        }
      }
    },
  }),
  defineRule({
    id: 'miniprograms/remark-length',
    severity: 'error',
    field: 'miniPrograms[].remark',
    title: { zh: '微信小程序的实际经营内容（备注）需 20–200 个字', en: 'A WeChat mini program’s 实际经营内容 (remark) has 20–200 characters' },
    source: 'rules-corpus §1.6 (comment 实际经营内容 20–200 字 [WX]); apps-security-materials.md §2 (comment 20–200 字)',
    *check({ profile }) {
      const { min, max } = WECHAT_REMARK_LENGTH;
      for (const { mini, path } of minis(profile.miniPrograms, WECHAT)) {
        const count = characterCount(mini.remark);
        if (count >= min && count <= max) continue;
        yield {
          path: `${path}.remark`,
          message: count === 0 ? { zh: `请填写实际经营内容（${min}–${max} 个字）`, en: `describe what it actually does (${min}–${max} characters)` } : { zh: `现有 ${count} 个字，应为 ${min}–${max} 个字`, en: `${count} characters; ${min}–${max} wanted` },
        };
      }
    },
  }),
];

export const miniprogramsRules: Rule[] = [...hostRules, ...contentRules];
