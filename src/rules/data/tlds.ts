// Top-level domains for filing (rules-corpus §4.3). MIIT's own list (domain.miit.gov.cn) changes and is not captured
// in the sources: these are snapshots, so "not listed" is a warning and only the never-approvable list is an error.

/**
 * TLDs the QingCloud docs list as approved (Beijing 管局, undated ≈2021–2023) [QC intro/limit.md].
 * Lower case, Unicode form; `.政务.cn`/`.公益.cn` are covered by `cn`.
 */
export const APPROVED_TLDS_SNAPSHOT: readonly string[] = [
  'cloud', 'pro', 'zone', 'yoga', 'world', 'wiki', 'video', 'team', 'today', 'show', 'social', 'run', 'plus', 'live',
  'life', 'info', 'ink', 'group',
  // The source says ".furu", which is no TLD; ".guru" is the likely intent (rules-corpus §4.3 notes the typo).
  'guru',
  'gold', 'fit', 'fashion', 'fund', 'email', 'design', 'cool', 'company', 'city', 'chat', 'center', 'beer', 'auto',
  'xin', 'top', 'mobi', 'wang', 'ren', 'com', 'cn', 'net', 'gov', 'shop', 'vip', 'ltd', 'biz', 'club', 'site', 'xyz',
  'fun', 'online', 'tech', 'store', 'citic', 'sohu', 'link', 'luxe', 'love', 'co', 'bee', 'law', 'work', 'art', 'cc',
  'tv', '中国', '公司', '网络', '政务', '公益', '网址', '商城', '网店', '中信', '商标', '信息', '广东', '佛山', '集团',
  '我爱你', '手机', '购物', '在线', '中文网', '游戏', '企业', '娱乐', '商店',
  // Not in the QC list; Tencent 2017 bans .org only for Chongqing personal sites, so other 管局 accepted it (inferred).
  'org',
];

/** ccTLDs without a Chinese registry: MIIT never approves them [TC FAQ §3]. */
export const NEVER_APPROVABLE_TLDS: readonly string[] = ['io', 'ai', 'me', 'hk', 'tw', 'jp', 'asia'];

/**
 * CNNIC second-level suffixes for 党政机关 and 公益 organisations that the Public Suffix List lacks, so that
 * `例子.公益.cn` is read as a registrable domain and not as a subdomain of `公益.cn`.
 */
export const EXTRA_PUBLIC_SUFFIXES: readonly string[] = ['政务.cn', '公益.cn'];

/** Domains a 事业单位 may file (《互联网政务应用安全管理规定》) [HW 内蒙古/上海/浙江]. */
export const PUBLIC_INSTITUTION_SUFFIXES: readonly string[] = ['cn', '公益'];

/** Domains a 政府机关 (党政机关) may file [HW]. */
export const GOVERNMENT_SUFFIXES: readonly string[] = ['gov.cn', '政务', '政务.cn'];
