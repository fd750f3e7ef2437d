import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/schema';
import { enterprise, findingsOf, personal, twoWebsites } from '../../test/support/sample';
import { personalHarmony } from './samples-v2.test-support';

/** [rule, path, severity] of the names findings, for compact assertions. */
const hits = (profile: Profile) => findingsOf(profile, 'names').map((f) => [f.rule, f.path, f.severity]);

/** [rule, severity] of the findings at the first website's name. */
const nameHits = (profile: Profile) =>
  findingsOf(profile, 'names')
    .filter((f) => f.path === 'websites[0].name')
    .map((f) => [f.rule, f.severity]);

const company = (name: string, edit: (p: Profile) => void = () => {}): Profile => {
  const profile = enterprise();
  profile.websites[0]!.name = name;
  edit(profile);
  return profile;
};

const individual = (name: string, edit: (p: Profile) => void = () => {}): Profile => {
  const profile = personal();
  profile.websites[0]!.name = name;
  edit(profile);
  return profile;
};

describe('names', () => {
  it.each([
    ['valid-enterprise', enterprise],
    ['valid-enterprise-two-websites', twoWebsites],
  ])('%s has no names findings', (_name, load) => {
    expect(findingsOf(load(), 'names')).toEqual([]);
  });

  it('valid-personal "赵磊的读书笔记" only gets the own-name warning', () => {
    expect(hits(personal())).toEqual([['names/personal-own-name', 'websites[0].name', 'warning']]);
  });

  it('requires a name', () => {
    expect(hits(company(' '))).toEqual([['names/name-required', 'websites[0].name', 'error']]);
  });

  describe('shape (enterprise)', () => {
    it.each([
      ['云栖示例官网', []],
      ['云栖（示例）官网', []],
      ['云栖(示例)官网', []],
      ['云栖-示例·官网', []],
      ['A1云', []],
      ['yunqi-example.com', [['names/not-domain', 'error']]],
      ['www.yunqi-example.com', [['names/not-domain', 'error']]],
      ['http://yunqi', [['names/not-domain', 'error']]],
      ['云栖yunqi-example.cn', [['names/not-domain', 'error']]],
      ['云栖示例.公司', [['names/not-domain', 'error']]],
      ['123456', [['names/not-digits-only', 'error']]],
      ['１２３４５', [['names/not-digits-only', 'error']]],
      ['YunqiExample', [['names/not-latin-only', 'error']]],
      ['Yunqi Example', [['names/not-latin-only', 'error'], ['names/special-symbols', 'warning']]],
      ['云栖示例#官网', [['names/special-symbols', 'error']]],
      ['云栖示例！官网', [['names/special-symbols', 'error']]],
      ['云栖2.0示例', [['names/special-symbols', 'error']]],
      ['云栖 示例', [['names/special-symbols', 'warning']]],
      ['云栖', [['names/min-length', 'error']]],
      ['云(栖)', [['names/min-length', 'error']]],
      ['中国云栖示例网', [['names/national-words', 'error']]],
      ['云栖人民服务网', [['names/national-words', 'error']]],
      ['全国云栖示例', [['names/national-words', 'error']]],
      ['云栖个人大数据', []],
      ['云栖中央空调', [['names/national-words', 'warning']]],
      ['中国云栖中央空调', [['names/national-words', 'error']]],
      ['云栖反腐网', [['names/sensitive-words', 'error']]],
      ['云栖色情网', [['names/sensitive-words', 'error']]],
      ['云栖新闻网', [['names/approval-keywords', 'warning']]],
      ['云栖金融理财', [['names/approval-keywords', 'warning']]],
      ['云栖医药网', [['names/approval-keywords', 'warning']]],
      ['云栖游戏中心', [['names/approval-keywords', 'warning']]],
    ])('%s → %j', (name, expected) => {
      expect(nameHits(company(name))).toEqual(expected);
    });

    it('names the national word it found', () => {
      const found = findingsOf(company('中国云栖示例网'), 'names');
      expect(found[0]?.message.zh).toContain('「中国」');
    });
  });

  describe('national words against the subject name', () => {
    it.each([
      ['中国银行股份有限公司', '中国银行官网', 'warning'],
      ['杭州市第一人民医院', '杭州市第一人民医院官网', 'warning'],
      ['中国银行股份有限公司', '中华银行官网', 'error'],
      ['杭州云栖示例科技有限公司', '中国云栖示例网', 'error'],
    ])('subject %s, site %s → %s', (subject, name, severity) => {
      const profile = company(name, (p) => {
        p.subject.name = subject;
      });
      expect(nameHits(profile)).toEqual([['names/national-words', severity]]);
    });
  });

  describe('pre-approvals', () => {
    it.each([
      [[{ type: '教育', number: '教审2026-001' }], []],
      [[{ type: '校外培训（高中及以下阶段）', number: '培2026-001' }], []],
      [[{ type: '新闻', number: '新2026-001' }], [['names/approval-keywords', 'warning']]],
      [[], [['names/approval-keywords', 'warning']]],
    ])('云栖教育官网 with %j → %j', (approvals, expected) => {
      const profile = company('云栖教育官网', (p) => {
        p.websites[0]!.approvals = approvals;
      });
      expect(nameHits(profile)).toEqual(expected);
    });

    it('names the approval that is missing', () => {
      expect(findingsOf(company('云栖新闻网'), 'names')[0]?.message.zh).toContain('需要前置审批（新闻）');
    });
  });

  describe('province words and names', () => {
    it.each([
      ['上海市', '云栖示例论坛', [['names/province-banned-words', 'error'], ['names/approval-keywords', 'warning']]],
      ['上海市', '云栖投诉中心', [['names/province-banned-words', 'error']]],
      ['湖南省', '云栖维权服务', [['names/province-banned-words', 'error']]],
      ['浙江省', '云栖维权服务', []],
      // 反腐 is in Shanghai's list and in the national one: reported once.
      ['上海市', '云栖反腐网', [['names/sensitive-words', 'error']]],
    ])('%s %s → %j', (province, name, expected) => {
      const profile = company(name, (p) => {
        p.subject.region.province = province;
      });
      expect(nameHits(profile)).toEqual(expected);
    });

    it.each([
      ['浙江省', []],
      ['陕西省', [['names/distinct-names', 'websites[1].name', 'error']]],
    ])('two websites named alike in %s → %j', (province, expected) => {
      const profile = twoWebsites();
      profile.subject.region.province = province;
      profile.websites[1]!.name = '云栖示例官网';
      expect(hits(profile)).toEqual(expected);
    });
  });

  describe('personal sites', () => {
    it.each([
      ['赵磊的读书笔记', [['names/personal-own-name', 'warning']]],
      ['读书笔记分享', []],
      ['读书笔记网站', [['names/personal-banned-words', 'error']]],
      ['赵磊工作室', [['names/personal-banned-words', 'error'], ['names/personal-own-name', 'warning']]],
      ['读书笔记博客', [['names/personal-banned-words', 'error']]],
      ['读书笔记商城', [['names/personal-discouraged-words', 'warning']]],
      ['读书笔记设计', [['names/personal-discouraged-words', 'warning']]],
      ['我的读书与写作笔记集锦', [['names/personal-max-length', 'warning']]],
      ['读书新闻笔记', [['names/approval-keywords', 'warning']]],
      ['中国读书笔记', [['names/national-words', 'error']]],
    ])('%s → %j', (name, expected) => {
      expect(nameHits(individual(name))).toEqual(expected);
    });

    it('rejects a name equal to the person’s name', () => {
      const profile = individual('赵磊磊', (p) => {
        p.subject.name = '赵磊磊';
        p.subject.head.name = '赵磊磊';
        p.websites[0]!.head.name = '赵磊磊';
      });
      expect(nameHits(profile)).toEqual([['names/personal-own-name', 'error']]);
    });

    it('tells an individual that no approval can cover the name', () => {
      expect(findingsOf(individual('读书新闻笔记'), 'names')[0]?.message.zh).toContain('个人无法取得前置审批');
    });

    it('rejects every approval of a personal site', () => {
      const profile = individual('赵磊的读书笔记', (p) => {
        p.websites[0]!.approvals = [
          { type: '教育', number: '教审2026-001' },
          { type: '文化', number: '文2026-001' },
        ];
      });
      expect(hits(profile).filter(([rule]) => rule === 'names/personal-no-approvals')).toEqual([
        ['names/personal-no-approvals', 'websites[0].approvals[0]', 'error'],
        ['names/personal-no-approvals', 'websites[0].approvals[1]', 'error'],
      ]);
    });

    it('leaves approvals of organisations alone', () => {
      const profile = company('云栖示例官网', (p) => {
        p.websites[0]!.approvals = [{ type: '教育', number: '教审2026-001' }];
      });
      expect(hits(profile)).toEqual([]);
    });

    it.each([
      [['博客/个人空间'], []],
      [['其他'], []],
      [['博客/个人空间', '网络购物'], [['names/personal-service-content', 'websites[0].services[1]', 'warning']]],
      [['单位门户网站'], [['names/personal-service-content', 'websites[0].services[0]', 'warning']]],
    ])('personal services %j → %j', (services, expected) => {
      const profile = individual('读书笔记分享', (p) => {
        p.websites[0]!.services = services;
      });
      expect(hits(profile)).toEqual(expected);
    });

    it('does not judge an organisation’s services', () => {
      const profile = company('云栖示例官网', (p) => {
        p.websites[0]!.services = ['网络购物'];
      });
      expect(hits(profile)).toEqual([]);
    });

    it.each([
      ['陕西省', [], [['names/personal-blog-approval', 'websites[0].services[0]', 'error']]],
      ['江西省', [], [['names/personal-blog-approval', 'websites[0].services[0]', 'error']]],
      ['上海市', [], []],
      // The 专项审批 a 陕西 blog needs is not the forbidden personal 前置审批.
      ['陕西省', [{ type: '新闻', number: '陕网信2026-001' }], []],
      ['上海市', [{ type: '新闻', number: '沪2026-001' }], [['names/personal-no-approvals', 'websites[0].approvals[0]', 'error']]],
    ])('personal blog in %s with approvals %j → %j', (province, approvals, expected) => {
      const profile = individual('读书笔记分享', (p) => {
        p.subject.region.province = province;
        p.websites[0]!.approvals = approvals;
      });
      expect(hits(profile)).toEqual(expected);
    });
  });
});

describe('names/related-to-subject', () => {
  it.each([
    ['云栖示例官网', []],
    ['云栖开发者文档', []],
    ['美食地图', [['names/related-to-subject', 'warning']]],
    ['杭州美食地图', [['names/related-to-subject', 'warning']]],
  ])('%s', (name, expected) => {
    expect(nameHits(company(name))).toEqual(expected);
  });

  it('a remark saying the site is the company’s project silences it', () => {
    expect(nameHits(company('美食地图', (p) => void (p.websites[0]!.remark = '美食地图为本公司的项目')))).toEqual([]);
  });

  it('leaves personal sites and misshapen names to their own rules', () => {
    expect(nameHits(individual('读书笔记分享')).map(([rule]) => rule)).not.toContain('names/related-to-subject');
    expect(nameHits(company('FoodMap'))).toEqual([['names/not-latin-only', 'error']]);
  });
});

describe('names of a personal filing with APP heads', () => {
  it('an APP head’s name counts as the person’s own name', () => {
    const profile = personal();
    const app = personalHarmony().apps[0]!;
    app.head.name = '钱多多';
    profile.apps = [app];
    profile.websites[0]!.name = '钱多多';
    expect(nameHits(profile)).toContainEqual(['names/personal-own-name', 'error']);
  });
});
