// 接入服务商 rules as data (rules-corpus §4.1, §4.3; seed 002). A provider is matched by any of its names.

export type ProviderRules = {
  id: string;
  /** Names filers type for the provider: brand, legal entity, English. */
  names: readonly string[];
  /** 网站接入方式 the provider offers; anything else is rejected. */
  methods?: readonly string[];
  /** 服务器放置地点 (short names) where the provider has filing-eligible servers. */
  serverLocations?: readonly string[];
  maxDomainsPerWebsite?: number;
  maxWebsitesPerOrder?: number;
  maxIpsPerWebsite?: number;
  /** Websites and APPs one server (one single IP) may be filed for. */
  maxServicesPerServer?: number;
  source: string;
};

export const PROVIDERS: readonly ProviderRules[] = [
  {
    id: '21vianet',
    names: ['世纪互联', '蓝云', '上海蓝云网络科技有限公司', '北京世纪互联宽带数据中心有限公司', '21Vianet', 'Azure China'],
    methods: ['云接入'],
    serverLocations: ['北京', '上海', '河北'],
    source: 'seed 002 (21Vianet 备案系统操作指导 §2.4)',
  },
  {
    id: 'aliyun',
    names: ['阿里云', '阿里云计算有限公司', 'Aliyun', 'Alibaba Cloud'],
    maxDomainsPerWebsite: 1,
    source: 'AL dws FAQ (one domain per website since 2019-04-22)',
  },
  {
    id: 'tencent',
    names: ['腾讯云', '腾讯云计算（北京）有限责任公司', 'Tencent Cloud'],
    maxWebsitesPerOrder: 10,
    maxDomainsPerWebsite: 10,
    source: 'TC intl 1022/31665; TC FAQ §1 (≤10 websites per order, ≤10 domains per website)',
  },
  {
    id: 'huawei',
    names: ['华为云', '华为云计算技术有限公司', '华为软件技术有限公司', 'Huawei Cloud'],
    maxServicesPerServer: 5,
    source: 'HW filing-rules.yml (one account ↔ one 主体; not checkable on a profile); HW 错误提示FAQ §6.1 (ECS已备案5个网站/APP)',
  },
  {
    id: 'qingcloud',
    names: ['青云', '青云QingCloud', '北京优帆科技有限公司', 'QingCloud'],
    maxIpsPerWebsite: 1,
    source: 'QC intro/limit.md (1 IP per website)',
  },
];

export function findProvider(name: string): ProviderRules | undefined {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return undefined;
  return PROVIDERS.find((p) => p.names.some((n) => n.toLowerCase() === wanted || wanted.includes(n.toLowerCase())));
}
