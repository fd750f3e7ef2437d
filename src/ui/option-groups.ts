import { LANGUAGES, SERVICES } from '../profile/options';
import type { Text } from '../rules/define-rule';
import type { OptionGroup } from './editor-model';

// Long checkbox lists laid out in headed groups instead of one flat run of thirty boxes. The portals list 服务内容
// and 语言 in the MIIT code order (rules-corpus.md §1.7); the groups keep that order inside each group. The 语言 codes
// fall in three runs (1–2 Chinese, 3–11 minority languages, 12–17 foreign languages); the five 服务内容 codes from
// 268435456 up are the internet-finance ones that need a 互联网金融 前置审批.

const t = (zh: string, en: string): Text => ({ zh, en });
type Service = keyof typeof SERVICES;
type Language = keyof typeof LANGUAGES;

const SERVICE_GROUPS: readonly { label: Text; items: readonly Service[] }[] = [
  { label: t('门户与资讯', 'Portals and information'), items: ['搜索引擎', '综合门户', '网络新闻', '博客/个人空间', '网络广告/信息', '单位门户网站', 'WAP', 'APP'] },
  { label: t('通信与交往', 'Communication'), items: ['即时通信', '网上邮局', '网上求职', '网上交友/婚介'] },
  { label: t('商务与支付', 'Commerce and payment'), items: ['网络购物', '网上支付', '网上银行', '网上炒股/股票基金', '网上房产'] },
  { label: t('文化与娱乐', 'Culture and entertainment'), items: ['网络游戏', '网络音乐', '网络影视', '网络图片', '网络软件/下载'] },
  { label: t('教育、建站与其他', 'Education, web building and other'), items: ['网络教育', '网站建设', '其他'] },
  { label: t('互联网金融（须前置审批）', 'Internet finance (needs a prior approval)'), items: ['网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付'] },
];

const LANGUAGE_GROUPS: readonly { label: Text; items: readonly Language[] }[] = [
  { label: t('中文', 'Chinese'), items: ['中文简体', '中文繁体'] },
  { label: t('少数民族语言', 'Minority languages'), items: ['维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语'] },
  { label: t('外语', 'Foreign languages'), items: ['英语', '日语', '法语', '俄罗斯语', '西班牙语', '阿拉伯语'] },
];

export const GROUPED_SERVICES: readonly OptionGroup[] = SERVICE_GROUPS;
export const GROUPED_LANGUAGES: readonly OptionGroup[] = LANGUAGE_GROUPS;

/**
 * The groups to draw, with every ticked value the options do not know (imported, captured: "其它") added to the last
 * group, so nothing the profile holds is hidden. A field without groups is one group with no heading.
 */
export function groupsToDraw(groups: readonly OptionGroup[] | undefined, options: readonly string[], ticked: readonly string[]): { label?: Text; items: readonly string[] }[] {
  const drawn: { label?: Text; items: readonly string[] }[] = groups ? [...groups] : [{ items: options }];
  const known = new Set(drawn.flatMap((g) => g.items));
  const others = ticked.filter((item) => item.trim() !== '' && !known.has(item));
  if (others.length === 0) return drawn;
  return drawn.map((group, i) => (i === drawn.length - 1 ? { ...group, items: [...group.items, ...others] } : group));
}
