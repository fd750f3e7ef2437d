import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES, type Nature } from '../../../src/profile/options';
import { loadedAfter } from './twin';

// Option lists as the Volcengine filing console offers them: values are the MIIT codes (as strings), labels what a
// person reads. Lists load late, as the console's do: provinces when the page opens, a region level's children when
// its parent is expanded in the cascader, the 主办者 certificate types after the 单位性质 (and reset with it).

export type Option = { value: string; label: string };

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([label, code]) => ({ value: String(code), label }));

export const NATURE_OPTIONS = toOptions(NATURES);
export const PERSON_CERTIFICATE_OPTIONS = toOptions(CERTIFICATES_BY_NATURE.个人);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);
export const SERVICE_OPTIONS = toOptions(SERVICES);
export const APPROVAL_OPTIONS = toOptions(APPROVALS);
export const ACCESS_METHOD_OPTIONS = toOptions(ACCESS_METHODS);
export const SERVER_LOCATION_OPTIONS = toOptions(SERVER_LOCATIONS);

const isNature = (label: string | undefined): label is Nature => label !== undefined && Object.hasOwn(NATURES, label);

/** The 主办者 certificate types a 单位性质 (by code) allows, after the console's lookup. */
export function certificateTypesOf(natureCode: string): Promise<Option[]> {
  const nature = NATURE_OPTIONS.find((o) => o.value === natureCode)?.label;
  return loadedAfter(280, () => (isNature(nature) ? toOptions(CERTIFICATES_BY_NATURE[nature]) : []));
}

// ---- 所在地: a lazy cascader whose provinces carry their short names (浙江, 广西, 内蒙古), cities and counties full.

export type RegionNode = { value: string; label: string; isLeaf?: boolean; children?: RegionNode[] };

/** `浙江省` → `浙江`, `内蒙古自治区` → `内蒙古`, `北京市` → `北京`, `香港特别行政区` → `香港`. */
export const shortProvince = (name: string): string => name.replace(/(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$/, '');

async function fetchDivisions(parent: string): Promise<{ code: string; name: string }[]> {
  return (await fetch(`/api/divisions?parent=${encodeURIComponent(parent)}`)).json();
}

/** The provinces, short-named, when the page opens. */
export const provinceNodes = (): Promise<RegionNode[]> =>
  loadedAfter(300, async () => (await fetchDivisions('86')).map((d) => ({ value: d.code, label: shortProvince(d.name) })));

/** The children of a province (level 1) or of a city (level 2), after the console's lookup; counties are leaves. */
export const childNodes = (parent: string, level: number): Promise<RegionNode[]> =>
  loadedAfter(level === 1 ? 350 : 250, async () => (await fetchDivisions(parent)).map((d) => ({ value: d.code, label: d.name, ...(level >= 2 ? { isLeaf: true } : {}) })));

// ---- 接入服务商: about 120 licensed access providers by their legal names (the MIIT 接入服务商 list's form), so the
// Select renders them in Arco's virtual list (its threshold is 100 options).

const PROVINCES = ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省', '重庆市', '四川省', '贵州省', '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区'];

const CLOUDS = [
  '北京火山引擎科技有限公司',
  '阿里云计算有限公司',
  '深圳市腾讯计算机系统有限公司',
  '华为云计算技术有限公司',
  '北京百度网讯科技有限公司',
  '北京京东尚科信息技术有限公司',
  '优刻得科技股份有限公司',
  '北京金山云网络技术有限公司',
  '天翼云科技有限公司',
  '中移（苏州）软件技术有限公司',
  '联通云数据有限公司',
  '浪潮云信息技术股份公司',
  '网宿科技股份有限公司',
  '北京光环新网科技股份有限公司',
  '上海帝联信息科技股份有限公司',
  '上海蓝云网络科技有限公司',
  '北京首都在线科技股份有限公司',
  '上海宝信软件股份有限公司',
  '广东奥飞数据科技股份有限公司',
  '贵州白山云科技股份有限公司',
  '北京优帆科技有限公司',
  '上海七牛信息技术有限公司',
  '杭州又拍云科技有限公司',
  '网易（杭州）网络有限公司',
  '北京蓝汛通信技术有限责任公司',
  '北京电信通电信工程有限公司',
  '北京世纪互联宽带数据中心有限公司',
  '厦门三五互联科技股份有限公司',
  '成都西维数码科技有限公司',
  '郑州市景安网络科技股份有限公司',
  '广东睿江云计算股份有限公司',
  '北京新网数码信息技术有限公司',
  '中企动力科技股份有限公司',
  '广东时代互联科技有限公司',
  '厦门市中资源网络服务有限公司',
];

const CARRIERS = [
  ...PROVINCES.map((p) => `中国电信股份有限公司${shortProvince(p)}分公司`),
  ...PROVINCES.map((p) => `中国联合网络通信有限公司${p}分公司`),
  ...PROVINCES.map((p) => `中国移动通信集团${shortProvince(p)}有限公司`),
];

/** The providers as the console lists them (the carriers' branches first), each with its console id. */
export const PROVIDER_OPTIONS: Option[] = [...CARRIERS, ...CLOUDS].map((label, i) => ({ value: String(11001 + i * 7), label }));
