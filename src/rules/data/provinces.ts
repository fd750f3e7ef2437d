// 管局 (province) rules as data, keyed by the subject's province (rules-corpus §4.5–§4.8).
// Q = QingCloud policy_requirement/<prov>.md, T = Tencent 2017 各省管局要求, H = Huawei 备案管局咨询, F = FinClip.

export type ProvinceRules = {
  /** Full GB/T 2260 name; '' for the national defaults. */
  province: string;
  /** 备案号 prefixes (京, 蜀/川 …). */
  abbreviations: readonly string[];
  /** Youngest age a 负责人 may be. */
  minAge: number;
  /** Ages from here up to minAge are accepted with 就业/收入 proof (warning). */
  minAgeWithProof?: number;
  /** 证件住所 and 通讯地址 in the same city. */
  sameCityAddresses: boolean;
  /** A personal 通讯地址 must reach the 门牌号 (error instead of warning). */
  personalHouseNumberRequired: boolean;
  /** Remark text a personal filing must contain. */
  personalRemark?: string;
  /** Remark text a multi-domain website must contain. */
  multiDomainRemark?: string;
  /** Months an ID must still be valid. */
  idMinMonthsLeft: number;
  /** 居住证 months left. */
  residencePermitMinMonthsLeft?: number;
  /** Months a filed domain must still be registered for (域名证书有效期). */
  domainMinMonthsLeft: number;
  /** The website languages must include 中文简体. */
  requireSimplifiedChinese: boolean;
  oneDomainPerWebsite: boolean;
  oneIpPerWebsite: boolean;
  /** 网站负责人 must be someone other than the 主体负责人. */
  websiteHeadDiffersFromSubjectHead: boolean;
  /** Two websites of one subject may not share a name. */
  distinctWebsiteNames: boolean;
  /** A personal 博客/个人空间 site needs a 前置/专项审批. */
  personalBlogNeedsApproval: boolean;
  /** Personal filings only with an ID issued in the province (else warn: 居住证 needed or not accepted). */
  personalLocalIdOnly: boolean;
  /** Extra words a website name may not hold. */
  bannedNameWords: readonly string[];
  /** TLDs personal sites may not use. */
  personalBannedTlds: readonly string[];
  /** Above this many domains a 网站建设方案书 is required. */
  maxDomainsWithoutProposal?: number;
  source: string;
};

export const NATIONAL_DEFAULTS: ProvinceRules = {
  province: '',
  abbreviations: [],
  minAge: 18,
  sameCityAddresses: false,
  personalHouseNumberRequired: false,
  idMinMonthsLeft: 3,
  domainMinMonthsLeft: 3,
  requireSimplifiedChinese: false,
  oneDomainPerWebsite: false,
  oneIpPerWebsite: false,
  websiteHeadDiffersFromSubjectHead: false,
  distinctWebsiteNames: false,
  personalBlogNeedsApproval: false,
  personalLocalIdOnly: false,
  bannedNameWords: [],
  personalBannedTlds: [],
  source: 'rules-corpus §4.6 (default ≥18), §4.7 (ID ≥3 months), §4.3 (domain > 3 months) [QC, HW]',
};

const TIANJIN_PERSONAL_REMARK = '本网站是个人网站，不含有企业、单位等非个人网站的信息';

type Overrides = Partial<ProvinceRules> & Pick<ProvinceRules, 'province' | 'abbreviations' | 'source'>;

const OVERRIDES: readonly Overrides[] = [
  { province: '北京市', abbreviations: ['京'], source: 'Q beijing; T' },
  {
    province: '天津市',
    abbreviations: ['津'],
    personalHouseNumberRequired: true,
    personalRemark: TIANJIN_PERSONAL_REMARK,
    oneIpPerWebsite: true,
    websiteHeadDiffersFromSubjectHead: true,
    source: 'Q tianjin (remark since 2011-09-08, one IP per site, 网站负责人 ≠ 主体负责人); T (门牌号)',
  },
  { province: '河北省', abbreviations: ['冀'], sameCityAddresses: true, source: 'H 河北 (same city); Q' },
  { province: '山西省', abbreviations: ['晋'], personalLocalIdOnly: true, source: 'Q shanxi (local ID only)' },
  { province: '内蒙古自治区', abbreviations: ['蒙'], source: 'Q neimenggu' },
  { province: '辽宁省', abbreviations: ['辽'], source: 'Q liaoning' },
  { province: '吉林省', abbreviations: ['吉'], source: 'Q jilin' },
  { province: '黑龙江省', abbreviations: ['黑'], personalLocalIdOnly: true, source: 'Q heilongjiang (身份证 only, local only)' },
  {
    province: '上海市',
    abbreviations: ['沪'],
    personalHouseNumberRequired: true,
    residencePermitMinMonthsLeft: 1,
    domainMinMonthsLeft: 6,
    requireSimplifiedChinese: true,
    bannedNameWords: ['反腐', '纪检', '监察', '信访', '维权', '投诉', '论坛'],
    maxDomainsWithoutProposal: 29,
    source: 'Q shanghai (简体中文, 居住证 ≥1 month, domain ≥ 6 months, name words, ≥30 sites → 建设方案书); T (门牌号)',
  },
  {
    province: '江苏省',
    abbreviations: ['苏'],
    minAge: 18,
    minAgeWithProof: 16,
    maxDomainsWithoutProposal: 10,
    source: 'Q jiangsu (16–18 with proof; ≤10 domains else 建设方案书); T',
  },
  { province: '浙江省', abbreviations: ['浙'], source: 'Q zhejiang; H' },
  { province: '安徽省', abbreviations: ['皖'], source: 'Q anhui; H' },
  { province: '福建省', abbreviations: ['闽'], maxDomainsWithoutProposal: 5, source: 'Q fujian (>5 sites → 建设方案书)' },
  { province: '江西省', abbreviations: ['赣'], personalBlogNeedsApproval: true, maxDomainsWithoutProposal: 5, source: 'Q jiangxi (博客 → 省外宣办审批; >5 domains)' },
  {
    province: '山东省',
    abbreviations: ['鲁'],
    minAge: 17,
    personalHouseNumberRequired: true,
    multiDomainRemark: '所有域名均指向同一个网站',
    source: 'T shandong (multi-domain remark, 门牌号); H (<17 rejected)',
  },
  { province: '河南省', abbreviations: ['豫'], sameCityAddresses: true, personalLocalIdOnly: true, source: 'H 河南 (same city); Q henan (local ID only)' },
  { province: '湖北省', abbreviations: ['鄂'], oneDomainPerWebsite: true, source: 'Q hubei (one domain per filing)' },
  { province: '湖南省', abbreviations: ['湘'], bannedNameWords: ['反腐', '纪检', '监察', '信访', '维权', '投诉'], source: 'Q hunan' },
  { province: '广东省', abbreviations: ['粤'], minAge: 18, minAgeWithProof: 16, maxDomainsWithoutProposal: 5, source: 'T, H (≥16 with 就业证明); Q guangdong (>5 domains personal)' },
  {
    province: '广西壮族自治区',
    abbreviations: ['桂'],
    personalHouseNumberRequired: true,
    personalRemark: TIANJIN_PERSONAL_REMARK,
    oneDomainPerWebsite: true,
    source: 'T guangxi (personal remark as Tianjin, 门牌号, distinct prefixes = different sites)',
  },
  { province: '海南省', abbreviations: ['琼'], source: 'Q hainan; H' },
  {
    province: '重庆市',
    abbreviations: ['渝'],
    oneDomainPerWebsite: true,
    personalLocalIdOnly: true,
    personalBannedTlds: ['org'],
    maxDomainsWithoutProposal: 5,
    source: 'T chongqing (one domain per site, personal no .org); Q (local ID only, >5 sites)',
  },
  { province: '四川省', abbreviations: ['蜀', '川'], oneDomainPerWebsite: true, maxDomainsWithoutProposal: 5, source: 'T sichuan (one domain per site); Q (>5 domains)' },
  { province: '贵州省', abbreviations: ['黔'], sameCityAddresses: true, source: 'H 贵州 (no cross-city); A-EN' },
  { province: '云南省', abbreviations: ['滇', '云'], personalLocalIdOnly: true, source: 'T yunnan (local ID only)' },
  { province: '西藏自治区', abbreviations: ['藏'], source: 'no provincial data (rules-corpus §4.8)' },
  { province: '陕西省', abbreviations: ['陕'], distinctWebsiteNames: true, personalBlogNeedsApproval: true, source: 'Q shaanxi (names must differ; 博客 → 网信办审批)' },
  { province: '甘肃省', abbreviations: ['甘', '陇'], personalLocalIdOnly: true, source: 'Q gansu (local ID only); F' },
  { province: '青海省', abbreviations: ['青'], personalLocalIdOnly: true, source: 'Q qinghai (local ID only)' },
  { province: '宁夏回族自治区', abbreviations: ['宁'], personalLocalIdOnly: true, source: 'Q ningxia (local ID only)' },
  { province: '新疆维吾尔自治区', abbreviations: ['新'], oneDomainPerWebsite: true, personalLocalIdOnly: true, source: 'H xinjiang (one domain per site); Q (local ID only)' },
];

export const PROVINCES: readonly ProvinceRules[] = OVERRIDES.map((o) => ({ ...NATIONAL_DEFAULTS, ...o }));

/** The rules of a province by its full name; national defaults for an unknown or empty province. */
export function rulesOfProvince(province: string): ProvinceRules {
  const wanted = province.trim();
  return PROVINCES.find((p) => p.province === wanted) ?? NATIONAL_DEFAULTS;
}

/** The province a 备案号 prefix (京, 蜀, 陇 …) belongs to. */
export function provinceOfAbbreviation(abbreviation: string): ProvinceRules | undefined {
  return PROVINCES.find((p) => p.abbreviations.includes(abbreviation));
}
