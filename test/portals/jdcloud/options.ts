import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES, type Nature } from '../../../src/profile/options';
import { loadedAfter } from '../common/spa-twin';

// Option lists as JD Cloud's filing console (console.jdcloud.com/beian) offers them. No public source gives JD's own
// codes, so the values are the MIIT codes the filing ends up with (src/profile/options.ts); labels are what a person
// reads. Lists load late, as a console's do: the 主办者 certificate types after the 单位性质 (and reset with it), each
// level of 所在地 when its parent is opened. Every wait is summed in `window.replicaOptionLoadMs` (loadedAfter).
// Nothing here touches `window` when imported, so test/e2e/expected-jdcloud.ts can read the tables in Node.

export type Option = { value: string; label: string };

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([label, code]) => ({ value: String(code), label }));

export const NATURE_OPTIONS = toOptions(NATURES);
export const PERSON_CERTIFICATE_OPTIONS = toOptions(CERTIFICATES_BY_NATURE.个人);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);
export const SERVICE_OPTIONS = toOptions(SERVICES);
export const APPROVAL_OPTIONS = toOptions(APPROVALS);
export const ACCESS_METHOD_OPTIONS = toOptions(ACCESS_METHODS);
export const SERVER_LOCATION_OPTIONS = toOptions(SERVER_LOCATIONS);
export const YES_NO: Option[] = [
  { value: '1', label: '是' },
  { value: '0', label: '否' },
];

const isNature = (label: string | undefined): label is Nature => label !== undefined && Object.hasOwn(NATURES, label);

/** The 主办者 certificate types a 单位性质 allows, after the console's lookup. */
export function certificateTypesOf(natureCode: string): Promise<Option[]> {
  const nature = NATURE_OPTIONS.find((o) => o.value === natureCode)?.label;
  return loadedAfter(280, () => (isNature(nature) ? toOptions(CERTIFICATES_BY_NATURE[nature]) : []));
}

const isDivision = (d: unknown): d is { code: string; name: string } =>
  typeof d === 'object' && d !== null && 'code' in d && 'name' in d && typeof d.code === 'string' && typeof d.name === 'string';

/** GB/T 2260 children of a division (`86`: provinces) from the replica server, full names, after the console's delay. */
export function divisionsOf(parent: string, delayMs: number): Promise<Option[]> {
  return loadedAfter(delayMs, async () => {
    const list: unknown = await (await fetch(`/api/divisions?parent=${encodeURIComponent(parent)}`)).json();
    return Array.isArray(list) ? list.filter(isDivision).map((d) => ({ value: d.code, label: d.name })) : [];
  });
}

// 接入服务商: the licensed IDC/ISP operators a console lists, a few hundred of them; an a-select with show-search over
// a virtual list (only the rows in view exist). The value is the operator's record id in the console.
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '重庆', '天津', '苏州', '郑州', '长沙', '济南', '青岛', '合肥', '福州', '厦门', '昆明'];
const TRADES = ['数据', '云计算', '网络科技', '信息技术', '通信技术', '数字科技', '互联网数据中心', '云服务'];
const KINDS = ['有限公司', '股份有限公司'];

export const PROVIDER_OPTIONS: Option[] = [
  { value: 'ISP-000101', label: '北京京东尚科信息技术有限公司' },
  { value: 'ISP-000102', label: '北京京东云计算有限公司' },
  { value: 'ISP-000103', label: '阿里云计算有限公司' },
  { value: 'ISP-000104', label: '深圳市腾讯计算机系统有限公司' },
  { value: 'ISP-000105', label: '华为云计算技术有限公司' },
  { value: 'ISP-000106', label: '北京世纪互联宽带数据中心有限公司' },
  { value: 'ISP-000107', label: '中国电信股份有限公司' },
  { value: 'ISP-000108', label: '中国联合网络通信集团有限公司' },
  { value: 'ISP-000109', label: '中国移动通信集团有限公司' },
  { value: 'ISP-000110', label: '北京百度网讯科技有限公司' },
  ...CITIES.flatMap((city, i) =>
    TRADES.map((trade, j) => ({ value: `ISP-${String(200 + i * TRADES.length + j).padStart(6, '0')}`, label: `${city}${['华信', '云联', '数港', '天网', '鸿图'][(i + j) % 5]}${trade}${KINDS[(i * 3 + j) % 2]}` })),
  ),
];

/** The option a profile's provider (often a short name, 世纪互联) names: the one whose label contains it. */
export const providerValue = (provider: string): string => (provider ? (PROVIDER_OPTIONS.find((o) => o.label.includes(provider))?.value ?? `missing:${provider}`) : '');
