import { ACCESS_METHODS, APPROVALS, CERTIFICATES_BY_NATURE, LANGUAGES, NATURES, SERVER_LOCATIONS, SERVICES, type Nature } from '../../../src/profile/options';
import { loadedAfter } from './twin';

// Option lists as the Baidu AI Cloud filing console offers them: values are the MIIT codes (as strings), labels what
// a person reads. The 证件类型 of the subject loads after the 单位性质 is chosen; the region tree loads each level when
// it is expanded; provinces are listed by their short names (浙江, 上海, 内蒙古), cities and counties by full names.

export type Option = { value: string; label: string };

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([label, code]) => ({ value: String(code), label }));

export const NATURE_OPTIONS = toOptions(NATURES);
export const PERSON_CERTIFICATE_OPTIONS = toOptions(CERTIFICATES_BY_NATURE.个人);
export const LANGUAGE_OPTIONS = toOptions(LANGUAGES);
export const SERVICE_OPTIONS = toOptions(SERVICES);
export const APPROVAL_OPTIONS = toOptions(APPROVALS);
export const ACCESS_METHOD_OPTIONS = toOptions(ACCESS_METHODS);

/** 服务器放置地点 grouped by 大区, each group a tri-state checkbox over its provinces (short names). */
export const SERVER_LOCATION_GROUPS: { name: string; options: Option[] }[] = [
  { name: '华北', names: ['北京', '天津', '河北', '山西', '内蒙古'] },
  { name: '东北', names: ['辽宁', '吉林', '黑龙江'] },
  { name: '华东', names: ['上海', '江苏', '浙江', '安徽', '福建', '江西', '山东'] },
  { name: '华中', names: ['河南', '湖北', '湖南'] },
  { name: '华南', names: ['广东', '广西', '海南'] },
  { name: '西南', names: ['重庆', '四川', '贵州', '云南', '西藏'] },
  { name: '西北', names: ['陕西', '甘肃', '青海', '宁夏', '新疆'] },
].map(({ name, names }) => ({ name, options: names.map((label) => ({ value: String(SERVER_LOCATIONS[label as keyof typeof SERVER_LOCATIONS]), label })) }));

const isNature = (label: string | undefined): label is Nature => label !== undefined && Object.hasOwn(NATURES, label);

/** The subject's certificate types a 性质 allows, after the console's lookup. */
export function certificateTypesOf(natureCode: string): Promise<Option[]> {
  const nature = NATURE_OPTIONS.find((o) => o.value === natureCode)?.label;
  return loadedAfter(300, () => (isNature(nature) ? toOptions(CERTIFICATES_BY_NATURE[nature]) : []));
}

/** `内蒙古自治区` → `内蒙古`, `上海市` → `上海`: how the region tree lists provinces. */
export const shortProvinceName = (name: string): string => name.replace(/(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$/, '');

export type Division = { code: string; name: string; leaf: boolean };

/** GB/T 2260 children of a division (`86`: provinces), from the replica server, after the console's delay. */
export function divisionsOf(parent: string, delayMs: number): Promise<Division[]> {
  return loadedAfter(delayMs, async () => {
    const list: { code: string; name: string }[] = await (await fetch(`/api/divisions?parent=${encodeURIComponent(parent)}`)).json();
    const level = parent === '86' ? 0 : parent.endsWith('0000') ? 1 : 2;
    return list.map((d) => ({ code: d.code, name: level === 0 ? shortProvinceName(d.name) : d.name, leaf: level === 2 }));
  });
}

const PROVINCES_FOR_BRANCHES = ['北京', '天津', '河北', '山西', '辽宁', '吉林', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '四川', '陕西', '重庆'];

/** The 接入服务商 list (about 80 names): exactly one of them holds 世纪互联. */
export const PROVIDERS: string[] = [
  '北京百度网讯科技有限公司',
  '阿里云计算有限公司',
  '深圳市腾讯计算机系统有限公司',
  '华为云计算技术有限公司',
  '北京世纪互联宽带数据中心有限公司',
  '上海蓝云网络科技有限公司',
  '北京金山云网络技术有限公司',
  '北京火山引擎科技有限公司',
  '优刻得科技股份有限公司',
  '京东科技信息技术有限公司',
  '天翼云科技有限公司',
  '中国移动通信集团有限公司',
  '北京光环新网科技股份有限公司',
  '网宿科技股份有限公司',
  '厦门三五互联科技股份有限公司',
  '成都西维数码科技有限公司',
  '杭州数梦工场科技有限公司',
  '北京新网数码信息技术有限公司',
  '广东睿江云计算股份有限公司',
  '浪潮云信息技术股份公司',
  ...PROVINCES_FOR_BRANCHES.map((p) => `中国电信股份有限公司${p}分公司`),
  ...PROVINCES_FOR_BRANCHES.map((p) => `中国联合网络通信有限公司${p}分公司`),
  ...PROVINCES_FOR_BRANCHES.map((p) => `中国移动通信集团${p}有限公司`),
];
