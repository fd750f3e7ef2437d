// The words portals put beside each filing field, shared by the adapters that locate fields by label: the "label
// variants seen" column of portals.md §2.8, the seeds' own labels (000/001: 21Vianet; 003/004: MIIT 部级 guides), and
// the terminology drift of §2.8 (网站 → 互联网信息服务). The engine adds the generic variants (主办单位 / 主办者,
// 通讯 / 通信…) itself; these lists hold what differs field by field.

export const LABELS = {
  subjectName: ['主办单位名称', '主办单位或主办人名称', '单位名称', '主体名称', '单位名称/姓名'],
  nature: ['主办单位性质', '单位性质', '主体性质'],
  subjectCertificateType: ['主办单位证件类型', '主体证件类型', '证件类型'],
  subjectCertificateNumber: ['主办单位证件号码', '主体证件号码', '证件号码'],
  region: ['主办单位所属区域', '主办单位所在省市区', '备案区域', '备案地域', '所在地区', '所在省市县', '省市区', '所属区域', '所属地区', '所在地', '所在区域'],
  province: ['主办单位所在省', '所在省', '所在省份', '省份'],
  city: ['主办单位所在市', '所在市', '所在城市', '城市'],
  county: ['主办单位所在县(地区)', '所在县(地区)', '县(地区)', '区县'],
  certificateAddress: ['主办单位证件住所', '证件住所', '注册地址', '证件地址'],
  mailingAddress: ['主办单位通讯地址', '通讯地址', '详细地址', '通讯详细地址'],
  investor: ['投资人或主管单位', '投资者或上级主管单位', '投资者或上级单位主管名称', '投资人'],
  personName: ['负责人姓名', '姓名'],
  personCertificateType: ['负责人证件类型', '有效证件类型', '证件类型'],
  personCertificateNumber: ['负责人证件号码', '有效证件号码', '证件号码'],
  validFrom: ['证件有效期起始日期', '有效期起始日期', '证件有效期开始日期', '证件有效期'],
  validUntil: ['证件有效期截止日期', '有效期截止日期', '证件有效期结束日期', '证件有效期'],
  /** The label of one field holding both dates; the two lists below name one date each. */
  validity: ['证件有效期'],
  validFromOwn: ['证件有效期起始日期', '有效期起始日期', '证件有效期开始日期'],
  validUntilOwn: ['证件有效期截止日期', '有效期截止日期', '证件有效期结束日期'],
  officePhone: ['办公室电话', '联系方式2(座机)', '座机'],
  mobile: ['手机号码', '手机号', '移动电话', '联系方式1(手机号)', '联系手机', '手机'],
  emergencyPhone: ['应急联系电话', '应急联系方式(手机号)'],
  email: ['电子邮件地址', '电子邮件', '邮箱'],
  remark: ['备注', '备注信息'],
  /** 前置审批 as a checkbox list, or as a 是/否 question (portals.md §2.8 and the consoles' help pages). */
  approvals: ['前置审批', '前置审批项', '前置或专项审批内容', '前置审批信息', '是否涉及前置审批', '涉及前置审批', '是否有前置审批', '是否需要前置审批'],
  websiteName: ['网站名称'],
  domains: ['网站域名', '已验视域名', '域名', '域名列表'],
  homepage: ['网站首页URL', '网站首页地址', '网站首页网址', '首页URL', '首页地址'],
  services: ['网站服务内容', '服务内容', '内容类型'],
  languages: ['网站语言类别', '网站语言', '语言类别'],
  provider: ['网站接入服务提供者名称', '接入服务提供者名称', '接入服务商', '接入商名称', '接入商', '接入服务商名称'],
  ips: ['网站IP地址', 'IP地址', '服务器IP地址', 'IP', '网站IP'],
  methods: ['网站接入方式', '接入方式'],
  serverLocations: ['服务器放置地点', '服务器放置地', '服务器所在地', '服务器地址'],
} as const satisfies Record<string, readonly string[]>;
