import type { Text } from '../rules/define-rule';

// What a 管局 asks for in files, beyond the national list (rules-corpus §4.8; Q = QingCloud policy_requirement,
// T = Tencent 2017, H = Huawei KB). The other province rules (ages, domains, names) live in rules/data/provinces.ts;
// these only decide which materials a checklist lists.

export type ProvinceMaterials = {
  /** Full GB/T 2260 name, as the profile stores it. */
  province: string;
  /** A service 负责人 who is not the 法定代表人 files an 授权书 (网站负责人 ≠ 法人 → 授权书). */
  headAuthorisation?: boolean;
  /** 域名证书 asked for: by which subjects, and from how many domains in the filing. */
  domainCertificate?: { natures: 'all' | 'personal' | 'organisation'; fromDomains: number };
  /** The signed 网站备案信息真实性核验单: one per website or one per domain. */
  verificationSheet?: 'website' | 'domain';
  /** A 承诺书 every filing of an organisation (or of anyone) adds. */
  commitment?: { natures: 'all' | 'organisation'; name: Text };
  /** With the 网站建设方案书 (above `maxDomainsWithoutProposal`), a 承诺书 too. */
  commitmentWithProposal?: boolean;
  /** Every new website needs this document, filed as 其他. */
  websiteDocument?: { name: Text; match: readonly string[] };
  /** A personal 博客/个人空间 site needs this authority's approval. */
  blogApprovalAuthority?: Text;
  /** A person whose ID is from another province adds a 居住证/暂住证. */
  residencePermitWhenNonLocal?: boolean;
  /** An organisation's 法人 who does not live in the province adds a 手持证件照. */
  handheldWhenLegalRepNonResident?: boolean;
  source: string;
};

const RESIDENCE_PROVINCES = ['河北省', '内蒙古自治区', '辽宁省', '吉林省', '上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '湖北省', '广东省', '海南省', '四川省', '贵州省'];

const TABLE: readonly ProvinceMaterials[] = [
  { province: '天津市', headAuthorisation: true, source: 'rules-corpus §4.8 天津 (Q: 网站负责人 ≠ 主体负责人, 授权书)' },
  { province: '内蒙古自治区', handheldWhenLegalRepNonResident: true, source: 'rules-corpus §4.8 内蒙古 (Q: 法人 not resident → 手持身份证)' },
  {
    province: '上海市',
    headAuthorisation: true,
    verificationSheet: 'website',
    commitment: { natures: 'organisation', name: { zh: '上海市互联网信息服务备案承诺书（加盖公章）', en: 'Shanghai internet information service filing commitment (stamped)' } },
    source: 'rules-corpus §4.7, §4.8 上海 (Q: 授权书, 承诺书, 核验单 dated ≤ 3 months)',
  },
  { province: '江苏省', domainCertificate: { natures: 'all', fromDomains: 1 }, source: 'rules-corpus §4.8 江苏 (Q: 域名证书)' },
  { province: '浙江省', verificationSheet: 'domain', source: 'rules-corpus §4.8 浙江 (Q: one 核验单 per domain)' },
  { province: '福建省', headAuthorisation: true, source: 'rules-corpus §4.8 福建 (T: 网站负责人 ≠ 法人 → 授权委托书)' },
  {
    province: '江西省',
    domainCertificate: { natures: 'personal', fromDomains: 6 },
    blogApprovalAuthority: { zh: '省外宣办', en: 'the provincial publicity office' },
    source: 'rules-corpus §4.8 江西 (Q: 博客/个人空间 → 省外宣办; > 5 domains → 域名证书)',
  },
  { province: '河南省', domainCertificate: { natures: 'organisation', fromDomains: 4 }, source: 'rules-corpus §4.8 河南 (Q: ≥ 4 domains → 域名证书)' },
  { province: '湖北省', headAuthorisation: true, source: 'rules-corpus §4.8 湖北 (Q: 网站负责人 ≠ 法人 → 授权书)' },
  {
    province: '广东省',
    commitment: { natures: 'all', name: { zh: '互联网信息服务备案承诺书', en: 'internet information service filing commitment' } },
    source: 'apps-security-materials.md §4 (Huawei: Guangdong also 《互联网信息服务备案承诺书》 since 2021-06-21)',
  },
  { province: '重庆市', commitmentWithProposal: true, source: 'rules-corpus §4.8 重庆 (Q: above the site limit → 建设方案书 + 承诺书)' },
  { province: '贵州省', headAuthorisation: true, source: 'rules-corpus §4.8 贵州 (Q: 网站负责人 ≠ 法人 → 授权书)' },
  { province: '云南省', domainCertificate: { natures: 'personal', fromDomains: 1 }, source: 'rules-corpus §4.8 云南 (T: 域名证书)' },
  {
    province: '陕西省',
    domainCertificate: { natures: 'all', fromDomains: 5 },
    blogApprovalAuthority: { zh: '网信办', en: 'the cyberspace administration' },
    source: 'rules-corpus §4.8 陕西 (Q: ≥ 5 domains → 域名证书 by post; 博客/个人空间 → 网信办)',
  },
  { province: '甘肃省', headAuthorisation: true, source: 'rules-corpus §4.8 甘肃 (Q: 网站负责人 ≠ 法人 → 授权书)' },
  {
    province: '新疆维吾尔自治区',
    websiteDocument: { name: { zh: '网信办党建确认函', en: 'party-building confirmation letter of the cyberspace office' }, match: ['党建'] },
    source: 'rules-corpus §1.5, §4.8 新疆 (Q: every new website)',
  },
];

/** Where 居住证 for a non-local person is documented, for the need's source. */
export const RESIDENCE_SOURCE = 'rules-corpus §4.8 (Q/H: non-local → 居住证)';

/** What the province's 管局 asks for in files; `{ province, source: '' }` when it asks for nothing extra. */
export function materialsOfProvince(province: string): ProvinceMaterials {
  const name = province.trim();
  const found = TABLE.find((p) => p.province === name) ?? { province: name, source: '' };
  return RESIDENCE_PROVINCES.includes(name) ? { ...found, residencePermitWhenNonLocal: true } : found;
}
