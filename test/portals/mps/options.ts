// The 公安 portal's own option tables. Codes come from the only public evidence, Toni-Stark/dataAided
// `src/common/element.ts` (branch list-data-service) as portals.md §2.5 and apps-security-materials.md §3 record it:
// its author's mapping of MIIT codes to the portal's `dictorder` codes, not an official table. Where the evidence
// gives no code (开办主体 单位/个人, 网站语种, 交互服务, 域名注册服务商, 危险物品) the option's value is its label.
// Each table is keyed by the profile's canonical label (profile-format.md) and carries the text the page shows.

export type Choice = { value: string; label: string };

/** 开办主体 (`unitpty`): 单位 / 个人; the evidence names the choice but no codes. */
export const UNIT_KINDS: readonly Choice[] = [
  { value: '单位', label: '单位' },
  { value: '个人', label: '个人' },
];

/** 开办主体性质 (`unitpty_sub`): dataAided `ProMap`, canonical label → [code, the portal's wording]. */
export const UNIT_NATURES: Readonly<Record<string, readonly [string, string]>> = {
  企业: ['11', '企业'],
  政府机关: ['10', '政府机关'],
  社会团体: ['9', '社会团体'],
  事业单位: ['8', '事业单位'],
  司法鉴定机构: ['7', '司法鉴定机构'],
  民办非企业单位: ['6', '民办非企业'],
  律师执业机构: ['5', '律师执业机构'],
  境外机构: ['4', '境外机构'],
  基金会: ['3', '基金会'],
  国防机构: ['2', '国防机构'],
};

/** 单位证件类型 (`uitcfttype` for 单位): dataAided `CertMap`. */
export const UNIT_CERTIFICATES: Readonly<Record<string, readonly [string, string]>> = {
  统一社会信用代码证书: ['1', '统一社会信用代码证书'],
  '营业执照（个人或企业）': ['2', '营业执照'],
  组织机构代码证: ['3', '组织机构代码证'],
};

/** Which 单位证件 a 性质 offers: 营业执照 for 企业 only (our inference: the evidence lists three documents, no matrix). */
export const unitCertificatesFor = (natureCode: string): readonly string[] =>
  Object.entries(UNIT_CERTIFICATES)
    .filter(([label]) => natureCode === UNIT_NATURES.企业![0] || label !== '营业执照（个人或企业）')
    .map(([label]) => label);

/** 个人证件类型 (`uitcfttype` for 个人, `rpbcfttype` and the 安全负责人 / 应急联络人 blocks): dataAided `UserMap`. */
export const PERSON_CERTIFICATES: Readonly<Record<string, readonly [string, string]>> = {
  居民身份证: ['1', '居民身份证'],
  护照: ['10', '护照'],
  台湾居民来往大陆通行证: ['12', '台湾居民来往大陆通行证'],
  港澳居民来往内地通行证: ['13', '港澳居民来往内地通行证'],
  外国人永久居留身份证: ['14', '外国人永久居留身份证'],
};

/** 接入方式 (`acctype`): apps-security-materials §3 (1 专线, 2 主机托管, 4 虚拟主机, 8 其他, 16 云接入). */
export const ACCESS_METHODS: Readonly<Record<string, readonly [string, string]>> = {
  专线: ['1', '专线'],
  主机托管: ['2', '主机托管'],
  虚拟主机: ['4', '虚拟主机'],
  其他方式: ['8', '其他'],
  云接入: ['16', '云接入'],
};

/**
 * 前置审批 on the website form: the MIIT bitmask codes dataAided keys its `StudyMap` by, each with the upload it fills
 * (portals.md §2.5: 1 xwfile; 2, 32, 256, 512, 2048, 4096, 8192 cbfile; 4 jyfile; 8 and 16 ylbjfile; 16384 zjfile).
 */
export const WEBSITE_APPROVALS: Readonly<Record<string, readonly [string, string]>> = {
  新闻: ['1', 'xwfile'],
  出版: ['2', 'cbfile'],
  教育: ['4', 'jyfile'],
  医疗保健: ['8', 'ylbjfile'],
  药品和医疗器械: ['16', 'ylbjfile'],
  电子公告服务: ['32', 'cbfile'],
  文化: ['256', 'cbfile'],
  广播电影电视节目: ['512', 'cbfile'],
  网络预约车: ['2048', 'cbfile'],
  互联网金融: ['4096', 'cbfile'],
  '校外培训（高中及以下阶段）': ['8192', 'cbfile'],
  宗教: ['16384', 'zjfile'],
};

/** The upload fields of the website form's 前置审批, in the order the page shows them, with their headings. */
export const WEBSITE_APPROVAL_FILES: readonly Choice[] = [
  { value: 'xwfile', label: '新闻审批文件' },
  { value: 'cbfile', label: '出版及其他审批文件' },
  { value: 'jyfile', label: '教育审批文件' },
  { value: 'ylbjfile', label: '医疗保健审批文件' },
  { value: 'zjfile', label: '宗教审批文件' },
];

/** 前置审批 on the APP form: dataAided `MiniStudyMap` (1 proaudFile_xw, 2 _cb, 4 _jy, 8 _ylbj, 16384 _zj). */
export const APP_APPROVALS: Readonly<Record<string, readonly [string, string]>> = {
  新闻: ['1', 'proaudFile_xw'],
  出版: ['2', 'proaudFile_cb'],
  教育: ['4', 'proaudFile_jy'],
  医疗保健: ['8', 'proaudFile_ylbj'],
  宗教: ['16384', 'proaudFile_zj'],
};

/** 网站语种 (`language`): no 公安 codes are known, so the labels are the values (the profile's canonical labels). */
export const LANGUAGES: readonly string[] = [
  '中文简体', '中文繁体', '英语', '日语', '韩语', '俄罗斯语', '法语', '德语', '西班牙语', '阿拉伯语',
  '维吾尔语', '哈萨克语', '柯尔克孜语', '蒙古语', '藏语', '壮语', '朝鲜语', '彝文', '苗语', '其他',
];

export type TreeItem = { key: string; title: string; children?: readonly TreeItem[] };

/**
 * 交互服务 (the tree under 是否提供互联网交互服务 = 是). No public list of the portal's items is known: these groups and
 * items are ours, worded as the profile's `interactiveServices` example (论坛, 评论, 即时通信 …); leaves are keyed by label.
 */
export const INTERACTIVE_TREE: readonly TreeItem[] = [
  { key: 'g-publish', title: '信息发布类', children: ['论坛', '博客', '微博客', '评论', '留言板', '弹幕', '电子公告'].map(leaf) },
  { key: 'g-social', title: '社交通讯类', children: ['即时通信', '聊天室', '网络社区', '电子邮箱', '群组'].map(leaf) },
  { key: 'g-media', title: '音视频类', children: ['网络直播', '短视频', '网络音视频', '网络音乐'].map(leaf) },
  { key: 'g-trade', title: '交易支付类', children: ['网络购物', '网络支付', '网上银行', '网络借贷'].map(leaf) },
  { key: 'g-other', title: '其他类', children: ['搜索引擎', '问答', '网盘存储', '网络游戏', '其他'].map(leaf) },
];

function leaf(label: string): TreeItem {
  return { key: label, title: label };
}

/** Every leaf of the tree, in the order the page lists them. */
export const INTERACTIVE_LEAVES: readonly string[] = INTERACTIVE_TREE.flatMap((group) => (group.children ?? []).map((item) => item.key));

/** 域名注册服务商 (`dspname`): a directory of registrars, then 其他 with a text input; values are the names. */
export const REGISTRARS: readonly string[] = [
  '阿里云计算有限公司',
  '北京万网志成科技有限公司',
  '腾讯云计算（北京）有限责任公司',
  '北京新网数码信息技术有限公司',
  '厦门易名科技股份有限公司',
  '成都西维数码科技有限公司',
  '厦门三五互联科技股份有限公司',
  '北京百度网讯科技有限公司',
  '华为云计算技术有限公司',
  '广东时代互联科技有限公司',
  '上海美橙科技信息发展有限公司',
];

export const OTHER_REGISTRAR = '其他';

/**
 * 互联网危险物品信息发布 (no profile field): the seven 资质 uploads of portals.md §2.5 (`BookMap`, img_type 31–37); the
 * item names are read from the ids' pinyin (mvwp 民爆物品 …), our inference.
 */
export const DANGEROUS_GOODS: readonly Choice[] = [
  { value: 'mvwpfile', label: '民用爆炸物品' },
  { value: 'fsxwpfile', label: '放射性物品' },
  { value: 'gzqjfile', label: '管制器具' },
  { value: 'jdhxwfile', label: '剧毒化学品' },
  { value: 'jyzbfile', label: '警用装备' },
  { value: 'qzdyfile', label: '枪支弹药' },
  { value: 'yzbwxhxpfile', label: '易制爆危险化学品' },
];

/** 发布平台 of the APP form (`type`): the profile's platform labels. */
export const APP_PLATFORMS: readonly string[] = ['Android', 'iOS', 'HarmonyOS', '其他'];

/** A table's options as the page lists them. */
export const choicesOf = (table: Readonly<Record<string, readonly [string, string]>>, labels?: readonly string[]): Choice[] =>
  (labels ?? Object.keys(table)).flatMap((label) => {
    const entry = table[label];
    return entry ? [{ value: entry[0], label: entry[1] }] : [];
  });
