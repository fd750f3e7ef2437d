import type { Text } from '../rules/define-rule';
import type { EditorField } from './editor-model';

// The 公安联网备案 part of a website's or APP's card (profile-format.md "Security"), as tables: its fields named as
// the 公安 form names them, its two people, the 交互服务 items. Plain data: the field names read it in the page too.

const t = (zh: string, en: string): Text => ({ zh, en });

export type ServiceKind = 'website' | 'app';
export type SecurityPerson = 'securityHead' | 'emergencyContact';

const NOUN: Readonly<Record<ServiceKind, Text>> = { website: t('网站', 'website'), app: t('APP', 'APP') };

export type SecurityFields = Readonly<Record<'recordNumber' | 'openedOn' | 'registrar' | 'domainCertificateValidUntil' | 'interactive' | 'interactiveServices', EditorField>>;

/** The section's own fields, keyed relative to `websites[i]` / `apps[i]`, named as the 公安 form names them. */
export function securityFields(kind: ServiceKind): SecurityFields {
  const noun = NOUN[kind];
  return {
    recordNumber: { key: 'security.recordNumber', label: t('公安备案号', 'Public security record number'), kind: 'text', hint: t('已备案时填写，如', 'once filed, e.g.'), portalValue: '京公网安备11010802000001号' },
    openedOn: { key: 'security.openedOn', label: t(`${noun.zh}开通日期`, `Date the ${noun.en} opened`), kind: 'date' },
    registrar: { key: 'security.registrar', label: t('域名注册服务商', 'Domain registrar'), kind: 'text' },
    domainCertificateValidUntil: { key: 'security.domainCertificateValidUntil', label: t('域名证书有效期', 'Domain certificate valid until'), kind: 'date' },
    interactive: { key: 'security.interactive', label: t('是否提供互联网交互服务', 'Offers interactive internet services'), kind: 'flag' },
    interactiveServices: { key: 'security.interactiveServices', label: t('交互服务项目', 'Interactive services'), kind: 'multi' },
  };
}

/** What the two people are called on the 公安 form: 网站安全负责人, 网站应急联络人 (APP likewise). */
export function securityPersonTitle(kind: ServiceKind, who: SecurityPerson): Text {
  const noun = NOUN[kind];
  return who === 'securityHead' ? t(`${noun.zh}安全负责人`, `Security head of the ${noun.en}`) : t(`${noun.zh}应急联络人`, `Emergency contact of the ${noun.en}`);
}

/**
 * The 交互服务 items as groups of labels, stored as ticked (`interactiveServices`). Neither the rules corpus nor
 * portals.md lists the 公安 portal's tree (only `form_item_interactive`, a Tree, is known), so these are our own
 * labels after issue 18's list and profile-format.md's examples (论坛, 评论, 即时通信 …); an adapter maps them to
 * the portal's wording. A label the profile holds that is not here is still shown, under 其他.
 */
export const INTERACTIVE_SERVICE_GROUPS: readonly { label: Text; items: readonly string[] }[] = [
  { label: t('社区与评论', 'Communities and comments'), items: ['论坛/社区', '评论/跟帖', '留言板', '问答'] },
  { label: t('即时通信', 'Messaging'), items: ['即时通信', '聊天室', '通讯群组'] },
  { label: t('信息发布', 'Publishing'), items: ['博客/微博', '公众账号', '信息分享'] },
  { label: t('音视频', 'Audio and video'), items: ['网络直播', '短视频'] },
  { label: t('存储与其他', 'Storage and other'), items: ['网盘/云存储', '其他'] },
];

const KNOWN_ITEMS: ReadonlySet<string> = new Set(INTERACTIVE_SERVICE_GROUPS.flatMap((g) => g.items));

/** The groups with whatever else the profile holds (imported, captured) added to the last group, so nothing is hidden. */
export function interactiveGroups(ticked: readonly string[]): { label: Text; items: readonly string[] }[] {
  const others = ticked.filter((item) => item.trim() !== '' && !KNOWN_ITEMS.has(item));
  if (others.length === 0) return [...INTERACTIVE_SERVICE_GROUPS];
  return INTERACTIVE_SERVICE_GROUPS.map((group, i, all) => (i === all.length - 1 ? { ...group, items: [...group.items, ...others] } : group));
}

/** The list after ticking or unticking one item, in the order the groups show them. */
export function toggleItem(ticked: readonly string[], item: string, on: boolean): string[] {
  if (!on) return ticked.filter((x) => x !== item);
  if (ticked.includes(item)) return [...ticked];
  const order = [...KNOWN_ITEMS];
  const rank = (x: string) => (order.includes(x) ? order.indexOf(x) : order.length);
  return [...ticked, item].sort((a, b) => rank(a) - rank(b));
}

/** The two answers of 是否提供互联网交互服务. */
export const YES_NO: Readonly<Record<'yes' | 'no', Text>> = { yes: t('是', 'Yes'), no: t('否', 'No') };
