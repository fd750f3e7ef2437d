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
