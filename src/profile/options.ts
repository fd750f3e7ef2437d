// Canonical option labels (rules-corpus §1.7, §2) with the MIIT 企业侧 codes (MIITX).
// Profiles store labels; adapters translate labels into each portal's own codes.

/** 主办单位性质 → MIIT 企业侧 code. */
export const NATURES = {
  国防机构: 1,
  政府机关: 2,
  事业单位: 3,
  企业: 4,
  个人: 5,
  社会团体: 6,
  民办非企业单位: 9,
  基金会: 10,
  律师执业机构: 11,
  外国在华文化中心: 12,
  群众性团体组织: 13,
  司法鉴定机构: 14,
  宗教团体: 15,
  境外机构: 16,
  医疗机构: 17,
  公证机构: 18,
  集体经济: 19,
  仲裁机构: 20,
} as const;
export type Nature = keyof typeof NATURES;

/** 证件类型 allowed per 性质 (rules-corpus §2.2), as { label: MIIT code }. */
export const CERTIFICATES_BY_NATURE: Record<Nature, Readonly<Record<string, number>>> = {
  企业: { '营业执照（个人或企业）': 1, 组织机构代码证: 12, 外国企业常驻代表机构登记证: 27 },
  律师执业机构: { 组织机构代码证: 20, 律师事务所执业许可证: 21 },
  外国在华文化中心: { 外国在华文化中心登记证: 22 },
  群众性团体组织: { 外国政府旅游部门常驻代表机构批准登记证: 34, 北京市外国驻华使馆人员子女学校办学许可证: 40, 统一社会信用代码证书: 24 },
  司法鉴定机构: { 司法鉴定许可证: 28 },
  宗教团体: { 宗教活动场所登记证: 25 },
  境外机构: {
    境外机构证件: 35,
    境外非政府组织代表机构登记证书: 46,
    外国驻华新闻机构证: 47,
    港澳台地区旅游部门常驻代表机构批准登记证: 48,
  },
  医疗机构: { 医疗机构执业许可证: 38 },
  公证机构: { 公证机构执业证: 39 },
  集体经济: { 农村集体经济组织登记证: 43 },
  国防机构: { 部队代号: 5, 军队单位对外有偿服务许可证: 23 },
  政府机关: { 组织机构代码证: 9, 统一社会信用代码证书: 13 },
  事业单位: { 组织机构代码证: 3, 事业单位法人证书: 4, 统一社会信用代码证书: 15 },
  个人: {
    居民身份证: 2,
    护照: 7,
    台湾居民来往大陆通行证: 11,
    港澳居民来往内地通行证: 14,
    外国人永久居留身份证: 30,
    港澳居民居住证: 41,
    台湾居民居住证: 42,
  },
  社会团体: { 社会团体法人登记证书: 6, 组织机构代码证: 10 },
  民办非企业单位: { 组织机构代码证: 16, 民办非企业单位登记证书: 17, 社会服务机构登记证书: 36, 民办学校办学许可证: 37 },
  仲裁机构: { 仲裁委员会登记证: 44 },
  基金会: { 组织机构代码证: 18, 基金会法人登记证书: 19 },
};

/** Document types a person (负责人, or a 个人 主办者) may hold (rules-corpus §2.3). */
export const PERSON_CERTIFICATES = Object.keys(CERTIFICATES_BY_NATURE.个人);

/** Every organisation document label, for option lists. */
export const ALL_CERTIFICATES = [...new Set(Object.values(CERTIFICATES_BY_NATURE).flatMap((m) => Object.keys(m)))];

/** 网站服务内容 → MIIT bitmask code. */
export const SERVICES = {
  即时通信: 1,
  搜索引擎: 2,
  综合门户: 4,
  网上邮局: 8,
  网络新闻: 16,
  '博客/个人空间': 32,
  '网络广告/信息': 64,
  单位门户网站: 128,
  网络购物: 256,
  网上支付: 512,
  网上银行: 1024,
  '网上炒股/股票基金': 2048,
  网络游戏: 4096,
  网络音乐: 8192,
  网络影视: 16384,
  网络图片: 32768,
  '网络软件/下载': 65536,
  网上求职: 131072,
  '网上交友/婚介': 262144,
  网上房产: 524288,
  网络教育: 1048576,
  网站建设: 2097152,
  WAP: 4194304,
  其他: 8388608,
  APP: 134217728,
  网络借贷信息中介: 268435456,
  互联网股权融资: 536870912,
  互联网保险: 1073741824,
  互联网跨界金融及资产管理: 2147483648,
  网上非银支付: 4294967296,
} as const;

/** 网站语言类别 → MIIT code. */
export const LANGUAGES = {
  中文简体: 1,
  中文繁体: 2,
  维吾尔语: 3,
  哈萨克语: 4,
  柯尔克孜语: 5,
  蒙古语: 6,
  藏语: 7,
  壮语: 8,
  朝鲜语: 9,
  彝文: 10,
  苗语: 11,
  英语: 12,
  日语: 13,
  法语: 14,
  俄罗斯语: 15,
  西班牙语: 16,
  阿拉伯语: 17,
} as const;

/** 前置审批 type → MIIT bitmask code. */
export const APPROVALS = {
  新闻: 1,
  出版: 2,
  教育: 4,
  医疗保健: 8,
  药品和医疗器械: 16,
  电子公告服务: 32,
  文化: 256,
  广播电影电视节目: 512,
  网络预约车: 2048,
  互联网金融: 4096,
  '校外培训（高中及以下阶段）': 8192,
  宗教: 16384,
} as const;

/** 网站接入方式 → MIIT bitmask code. */
export const ACCESS_METHODS = { 专线: 1, 主机托管: 2, 虚拟主机: 4, 其他方式: 8, 云接入: 16 } as const;

/** 服务器放置地点 (short province names) → MIIT bitmask code; values pass 2^31, so they are plain numbers, never bitwise-combined. */
export const SERVER_LOCATIONS = {
  安徽: 1,
  北京: 2,
  重庆: 4,
  福建: 8,
  广东: 16,
  甘肃: 32,
  广西: 64,
  贵州: 128,
  河南: 256,
  湖北: 512,
  河北: 1024,
  海南: 2048,
  黑龙江: 8192,
  湖南: 16384,
  吉林: 32768,
  江苏: 65536,
  江西: 131072,
  辽宁: 262144,
  内蒙古: 1048576,
  宁夏: 2097152,
  青海: 4194304,
  四川: 8388608,
  山东: 16777216,
  上海: 33554432,
  陕西: 67108864,
  山西: 134217728,
  天津: 268435456,
  新疆: 1073741824,
  西藏: 2147483648,
  云南: 4294967296,
  浙江: 8589934592,
} as const;

/** Synonyms portals show for canonical labels; import normalises them (profile-format.md). */
export const LABEL_SYNONYMS: Readonly<Record<string, string>> = {
  其它方式: '其他方式',
  港澳居民来往内陆通行证: '港澳居民来往内地通行证',
  简体中文: '中文简体',
  繁体中文: '中文繁体',
  彝语: '彝文',
  // APP platforms as the consoles name them (apps-security-materials.md §1; profile-format.md: Android | iOS | HarmonyOS).
  安卓: 'Android',
  苹果: 'iOS',
  IOS: 'iOS',
  ios: 'iOS',
  鸿蒙: 'HarmonyOS',
  Harmony: 'HarmonyOS',
  'HarmonyOS NEXT': 'HarmonyOS',
};

export function canonicalLabel(label: string): string {
  const trimmed = label.trim();
  // Own keys only: a label such as 'constructor' would otherwise read the object's prototype.
  return Object.hasOwn(LABEL_SYNONYMS, trimmed) ? (LABEL_SYNONYMS[trimmed] ?? trimmed) : trimmed;
}

/** The platforms an APP is published on (profile-format.md "Version 2"). */
export const APP_PLATFORMS = ['Android', 'iOS', 'HarmonyOS', '其他'] as const;

/** A material's kind (profile-format.md "Version 2" Material); here, not in schema.ts, so adapters name kinds without zod. */
export const MATERIAL_KINDS = ['主办单位证件', '负责人证件人像面', '负责人证件国徽面', '手持证件照', '域名证书', '前置审批文件', '授权书', '承诺书', '核验单', 'APP图标', '其他'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** The hosts a mini program runs in (profile-format.md "Version 2"). */
export const MINI_PROGRAM_HOSTS = ['微信', '支付宝', '抖音', '百度', '快手', 'QQ', '快应用', '其他'] as const;
