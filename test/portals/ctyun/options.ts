import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVICES, type Nature } from '../../../src/profile/options';
import { loadedAfter } from '../common/spa-twin';

// Option lists as 天翼云's filing system (beian.ctyun.cn) offers them. No public source gives its own codes, so the
// values are the MIIT codes the filing ends up with (src/profile/options.ts); labels are what a person reads. The
// 主办单位 certificate types load after the 性质 (and reset with it); each level of 主办单位所属区域 loads when its
// parent is chosen, provinces under their SHORT names (广东, 北京, 内蒙古), cities and counties under full names.
// Every wait is summed in `window.replicaOptionLoadMs` (loadedAfter). Nothing here touches `window` when imported,
// so test/e2e/expected-ctyun.ts can read the tables in Node.

export type Option = { value: string; label: string };

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([label, code]) => ({ value: String(code), label }));

export const NATURE_OPTIONS = toOptions(NATURES);
export const PERSON_CERTIFICATE_OPTIONS = toOptions(CERTIFICATES_BY_NATURE.个人);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);
export const SERVICE_OPTIONS = toOptions(SERVICES);
export const APPROVAL_OPTIONS = toOptions(APPROVALS);
export const ACCESS_METHOD_OPTIONS = toOptions(ACCESS_METHODS);

/** 以上都不涉及: the 前置审批 box that excludes every type. */
export const NO_APPROVAL = 'none';

const isNature = (label: string | undefined): label is Nature => label !== undefined && Object.hasOwn(NATURES, label);

/** The 主办单位 certificate types a 性质 allows, after the system's lookup. */
export function certificateTypesOf(natureCode: string): Promise<Option[]> {
  const nature = NATURE_OPTIONS.find((o) => o.value === natureCode)?.label;
  return loadedAfter(320, () => (isNature(nature) ? toOptions(CERTIFICATES_BY_NATURE[nature]) : []));
}

/** A province's short name: 广东省 → 广东, 内蒙古自治区 → 内蒙古, 北京市 → 北京, 香港特别行政区 → 香港. */
export const shortProvince = (name: string): string => name.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/, '');

const isDivision = (d: unknown): d is { code: string; name: string } =>
  typeof d === 'object' && d !== null && 'code' in d && 'name' in d && typeof d.code === 'string' && typeof d.name === 'string';

/** GB/T 2260 children of a division (`86`: provinces, short names) from the replica server, after the delay. */
export function divisionsOf(parent: string, delayMs: number): Promise<Option[]> {
  return loadedAfter(delayMs, async () => {
    const list: unknown = await (await fetch(`/api/divisions?parent=${encodeURIComponent(parent)}`)).json();
    const divisions = Array.isArray(list) ? list.filter(isDivision) : [];
    return divisions.map((d) => ({ value: d.code, label: parent === '86' ? shortProvince(d.name) : d.name }));
  });
}

// 接入服务商: the licensed operators a filing system lists; an el-select with `filterable` (no virtual list in
// element-ui: every option is in the body-level dropdown). The value is the operator's id in the system.
const PLACES = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '重庆', '天津', '福州', '南昌', '贵阳', '兰州', '太原', '石家庄', '沈阳'];
const TRADES = ['云网科技', '数据服务', '信息港', '通信网络', '互联网技术', '数据中心', '云计算服务', '宽带网络', '智算科技'];

export const PROVIDER_OPTIONS: Option[] = [
  { value: '1001', label: '天翼云科技有限公司' },
  { value: '1002', label: '中国电信股份有限公司云计算分公司' },
  { value: '1003', label: '北京世纪互联宽带数据中心有限公司' },
  { value: '1004', label: '阿里云计算有限公司' },
  { value: '1005', label: '深圳市腾讯计算机系统有限公司' },
  { value: '1006', label: '华为云计算技术有限公司' },
  { value: '1007', label: '北京京东云计算有限公司' },
  { value: '1008', label: '中国联合网络通信有限公司' },
  { value: '1009', label: '中国移动通信集团有限公司' },
  ...PLACES.flatMap((place, i) => TRADES.map((trade, j) => ({ value: String(2000 + i * TRADES.length + j), label: `${place}${['博远', '星河', '中科', '联信'][(i + j) % 4]}${trade}有限公司` }))),
];

/** The option a profile's provider (often a short name, 世纪互联) names: the one whose label contains it. */
export const providerValue = (provider: string): string => (provider ? (PROVIDER_OPTIONS.find((o) => o.label.includes(provider))?.value ?? `missing:${provider}`) : '');
