import { APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES, type Nature } from '../../../src/profile/options';
import { loadedAfter } from '../common/spa-twin';

// Option lists as the UCloud filing console (console.ucloud.cn/icp) offers them. No public source gives UCloud's own
// codes, so the values are the MIIT codes the filing ends up with (portals.md §2.6); labels are what a person reads.
// Lists load late, as a console's do: the 主办单位 certificate types after the 单位性质 (reset with it), each level of
// 所属区域 after its parent is chosen, the provider search after 搜索. Every wait goes to `window.replicaOptionLoadMs`.

export type Option = { value: string; label: string };

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([label, code]) => ({ value: String(code), label }));

export const NATURE_OPTIONS = toOptions(NATURES);
export const PERSON_CERTIFICATE_OPTIONS = toOptions(CERTIFICATES_BY_NATURE.个人);
export const SERVICE_OPTIONS = toOptions(SERVICES);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);

/** 前置审批 types this console lists (a checkbox each, with its own 文号), and 以上都不涉及 (value '0'). */
export const APPROVAL_TYPES = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '文化', '广播电影电视节目'] as const;
export const NO_APPROVAL = '0';
export const APPROVAL_OPTIONS: Option[] = [
  ...APPROVAL_TYPES.map((label) => ({ value: String(APPROVALS[label]), label })),
  { value: NO_APPROVAL, label: '以上都不涉及' },
];

/** The 接入服务商 the search popup knows (one holds 世纪互联, as the fixtures' provider). */
export const PROVIDERS: readonly { name: string; area: string; license: string }[] = [
  { name: '优刻得科技股份有限公司', area: '上海', license: 'B1-20120122' },
  { name: '北京世纪互联宽带数据中心有限公司', area: '北京', license: 'A2.B1.B2-20150255' },
  { name: '上海蓝云网络科技有限公司', area: '上海', license: 'B1-20140153' },
  { name: '阿里云计算有限公司', area: '浙江', license: 'B1-20090013' },
  { name: '深圳市腾讯计算机系统有限公司', area: '广东', license: 'B2-20090059' },
  { name: '华为云计算技术有限公司', area: '贵州', license: 'B1-20200348' },
  { name: '北京金山云网络技术有限公司', area: '北京', license: 'B1-20150017' },
  { name: '中国电信股份有限公司上海分公司', area: '上海', license: 'A2.B1-20090003' },
];

/** The provider rows a search for `keyword` returns (every word must appear), after the console's lookup. */
export function searchProviders(keyword: string): Promise<typeof PROVIDERS> {
  const words = keyword.trim().split(/\s+/).filter(Boolean);
  return loadedAfter(250, () => PROVIDERS.filter((p) => words.every((w) => p.name.includes(w))));
}

const isNature = (label: string | undefined): label is Nature => label !== undefined && Object.hasOwn(NATURES, label);

/** The 主办单位 certificate types a 性质 allows, after the console's lookup. */
export function certificateTypesOf(natureCode: string): Promise<Option[]> {
  const nature = NATURE_OPTIONS.find((o) => o.value === natureCode)?.label;
  return loadedAfter(300, () => (isNature(nature) ? toOptions(CERTIFICATES_BY_NATURE[nature]) : []));
}

const isDivision = (d: unknown): d is { code: string; name: string } =>
  typeof d === 'object' && d !== null && 'code' in d && 'name' in d && typeof d.code === 'string' && typeof d.name === 'string';

/** GB/T 2260 children of a division (`86`: provinces), full names, from the replica server after the console's delay. */
export function divisionsOf(parent: string, delayMs: number): Promise<Option[]> {
  return loadedAfter(delayMs, async () => {
    const response = await fetch(`/api/divisions?parent=${encodeURIComponent(parent)}`);
    const list: unknown = await response.json();
    return Array.isArray(list) ? list.filter(isDivision).map((d) => ({ value: d.code, label: d.name })) : [];
  });
}
