// Word lists for 网站名称 (rules-corpus §4.2, §4.10; Inspur hint in trylang/opration-beian-angular
// prompt-message.service.ts). Reviewers change them; keep them here, not in the rules.

/** Only national units (国家级单位) may use these, as prefix or inside the name [QC site_name.md; TC; Inspur]. */
export const NATIONAL_WORDS: readonly string[] = ['中国', '中华', '中央', '全国', '国家', '人民', '人大'];

/**
 * Everyday compounds that hold a national word without claiming national status; reviewers judge them case by
 * case, so they give a warning, not an error (unverified).
 */
export const NATIONAL_WORD_COMPOUNDS: readonly string[] = ['中央空调', '中央厨房'];

/** Sensitive words no website name may hold [QC site_name.md; Inspur: 反腐、赌博、廉政、色情等]. */
export const SENSITIVE_WORDS: readonly string[] = ['反腐', '赌博', '廉政', '色情'];

/** Banned in personal site names nationwide [QC site_name.md, xinnet]. */
export const PERSONAL_BANNED_WORDS: readonly string[] = [
  '导航', '工作室', '论坛', '平台', '热线', '社区', '社团', '网络', '网站', '网址', '主页', '资讯', '个人空间', '爱好者',
  '博客', '作品展示', '在线', '交流',
];

/** The longer list reported for Aliyun reviews of personal sites; secondary source, so advice [bkzhishi.com/sh/1644.html]. */
export const PERSONAL_DISCOURAGED_WORDS: readonly string[] = [
  '合伙', '框架', '大众', '维修', '设计', '沙龙', '艺术', '评论', '官网', '服务', '转让', '品牌', '排行榜', '行业', '宣传',
  '电商', '报价', '企业', '管理', '工坊', '传播', '中心', '咨询', '投资', '售后', '学院', '贸易', '旗舰', '产业', '农业',
  '传媒', '系统', '媒体', '股票', '证券', '彩票', '体彩', '刮刮乐', '营销', '商城', '交易', '折扣', '定做', '定制', '购',
  '返现', '购物',
  // Aliyun-era pattern list (rules-corpus §4.2 ADVICE row), not already banned above.
  '技术', '信息', '家园', '搜索',
];

/**
 * Words that imply a regulated service, with the 前置审批 types (options.ts APPROVALS labels) that cover them
 * [rules-corpus §4.2, §4.10; Inspur]. 在线 and 博客 from the corpus list are left out: they do not name a regulated
 * service by themselves, and personal names holding them are already rejected by PERSONAL_BANNED_WORDS.
 */
export const APPROVAL_KEYWORDS: readonly { word: string; approvals: readonly string[] }[] = [
  { word: '新闻', approvals: ['新闻'] },
  { word: '出版', approvals: ['出版'] },
  { word: '教育', approvals: ['教育', '校外培训（高中及以下阶段）'] },
  { word: '医疗', approvals: ['医疗保健', '药品和医疗器械'] },
  { word: '药', approvals: ['药品和医疗器械'] },
  { word: '文化', approvals: ['文化'] },
  { word: '游戏', approvals: ['文化'] },
  { word: '广电', approvals: ['广播电影电视节目'] },
  { word: '影视', approvals: ['广播电影电视节目'] },
  { word: '论坛', approvals: ['电子公告服务'] },
  { word: '社区', approvals: ['电子公告服务'] },
  { word: '交流', approvals: ['电子公告服务'] },
  { word: '电子公告', approvals: ['电子公告服务'] },
  { word: '金融', approvals: ['互联网金融'] },
  { word: '理财', approvals: ['互联网金融'] },
  { word: '宗教', approvals: ['宗教'] },
];

/** 服务内容 a personal site may choose [rules-corpus §1.7 practical advice; Inspur 网站服务内容 hint]. */
export const PERSONAL_SERVICES: readonly string[] = ['博客/个人空间', '其他'];

/** The 服务内容 that 陕西/江西 tie to a 专项审批 for personal sites [rules-corpus §1.7]. */
export const BLOG_SERVICE = '博客/个人空间';

/**
 * Symbols a name may hold besides letters and digits [QC site_name.md, en.3z0.cn: "() -"]. The full-width brackets
 * and · are what Chinese input methods type for the same marks (unverified that every portal accepts them).
 */
export const NAME_ALLOWED_SYMBOLS: readonly string[] = ['(', ')', '（', '）', '-', '·'];

/** Huawei's advice for personal names [HW 驳回 "建议3-10个字符"]. */
export const PERSONAL_NAME_MAX_ADVISED = 10;

/** Fewer characters are rejected [TC FAQ §5 三个字以上; VE 68750]. */
export const NAME_MIN_CHARACTERS = 3;

/**
 * Words of an organisation's legal name that say what kind of body it is, not which one: a website name sharing only
 * these with the 主办单位名称 is not related to it (names/related-to-subject). Inferred from the legal-name forms.
 */
export const ORGANISATION_FORM_WORDS: readonly string[] = [
  '股份有限公司', '有限责任公司', '有限公司', '分公司', '公司', '集团', '股份', '控股', '科技', '技术', '网络', '信息', '发展',
  '实业', '贸易', '国际', '中心', '工作室', '个体工商户', '事务所', '研究院', '协会',
];

// APP名称 (rules-corpus §1.6 [HW]; HW App备案咨询 doc_0123: 不得使用广义归纳、热门应用名称、行业名词等不具辨识性的词汇；
// 不得含有占位符、表情符号；不得包含定价或营销属性词汇). Huawei names the kinds of word, not the words: the lists below are
// ours, built from the examples Huawei's AppGallery review rules give (手机定位、手电筒、日历、视频剪辑去水印修图), so the
// rules that use them warn.

/**
 * Category, function and industry words: a name made of nothing else does not tell one APP from another. The
 * industry nouns are the website 前置审批 keywords' fields plus the everyday ones.
 */
export const APP_GENERIC_WORDS: readonly string[] = [
  '手机定位', '手电筒', '日历', '视频剪辑', '去水印', '修图', '计算器', '闹钟', '天气预报', '天气', '相机', '相册', '浏览器', '壁纸',
  '桌面', '电话', '短信', '通讯录', '定位', '录屏', '清理大师', '清理', '加速', '杀毒', '安全助手', '记账', '记事本', '笔记', '翻译',
  '扫一扫', '扫描', '地图', '导航', '音乐', '视频', '直播', '小说', '阅读', '游戏', '商城', '购物', '外卖', '打车', '贷款', '借款', '网赚',
  'WiFi', 'wifi', '助手', '大全', '工具箱', '工具', '管家', '神器', '手机', 'APP', 'App', 'app',
  '新闻', '出版', '教育', '医疗', '健康', '金融', '理财', '文化', '影视', '社区', '论坛', '物流', '餐饮', '旅游', '房产', '汽车',
  '招聘', '健身', '美食', '社交', '电商', '政务', '办公', '生活', '服务', '平台', '在线', '官方',
];

/**
 * Price and marketing words, and the absolute terms of 《广告法》 §9 (国家级, 最高级, 最佳) that app-store rules quote. 折扣 and
 * 返现 are the personal-site list's words (PERSONAL_DISCOURAGED_WORDS) reused.
 */
export const APP_MARKETING_WORDS: readonly string[] = [
  ...PERSONAL_DISCOURAGED_WORDS.filter((w) => ['折扣', '返现'].includes(w)),
  '免费', '限免', '限时', '特价', '打折', '促销', '优惠', '秒杀', '低价', '最低价', '包邮', '红包', '赚钱', '最便宜', '国家级', '最高级', '最佳',
  '第一品牌', '全网最',
];

/** Names that are placeholders, not names (the templates' defaults, 测试, XXX). */
export const APP_PLACEHOLDER_NAMES: readonly string[] = [
  '测试', '测试应用', '测试APP', '未命名', '新建应用', '我的应用', '应用名称', 'APP名称', 'test', 'demo', 'app', 'myapp',
  'my application', 'myapplication', 'untitled', 'xxx', 'hello world', 'helloworld',
];
