import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf, personal, twoWebsites } from '../../test/support/sample';
import { enterpriseWithApp } from './samples-v2.test-support';

const rules = (p: ReturnType<typeof enterprise>) => findingsOf(p, 'province').map((f) => `${f.rule}:${f.severity}@${f.path}`);

describe('province rules from data', () => {
  it('天津 personal sites carry the mandatory remark', () => {
    const p = personal();
    p.subject.region = { province: '天津市', city: '天津市', county: '和平区' };
    expect(rules(p)).toContain('province/personal-remark:error@websites[0].remark');
    p.websites[0]!.remark = '本网站是个人网站，不含有企业、单位等非个人网站的信息，若在核实中发现有企业、单位等信息，愿接受注销备案并加入黑名单的处罚';
    expect(rules(p)).toEqual([]);
  });

  it('天津 wants a website head other than the subject head', () => {
    const p = enterprise();
    p.subject.region = { province: '天津市', city: '天津市', county: '和平区' };
    expect(rules(p)).toContain('province/website-head-differs:error@websites[0].head.name');
  });

  it('上海 requires 中文简体 among the languages', () => {
    const p = personal();
    p.websites[0]!.languages = ['英语'];
    expect(rules(p)).toContain('province/simplified-chinese:error@websites[0].languages');
  });

  it('a personal website without a remark gets a warning; an enterprise one does not', () => {
    const p = personal();
    p.websites[0]!.remark = '';
    expect(rules(p)).toContain('province/personal-remark-content:warning@websites[0].remark');
    expect(rules(enterprise())).toEqual([]);
  });
});

describe('province rules: data-driven table', () => {
  const TIANJIN = { province: '天津市', city: '天津市', county: '和平区' };
  const GUANGXI = { province: '广西壮族自治区', city: '南宁市', county: '青秀区' };
  const STATEMENT = '本网站是个人网站，不含有企业、单位等非个人网站的信息，若在核实中发现网站中含有企业、单位等信息，本人愿接受以虚假信息进行备案，注销网站，并将主体和域名加入黑名单的处罚';

  it.each([
    ['天津, no statement', TIANJIN, '个人读书笔记', '', ['province/personal-remark:error@websites[0].remark']],
    ['广西, no statement', GUANGXI, '个人读书笔记', '', ['province/personal-remark:error@websites[0].remark']],
    ['天津, statement in the website remark', TIANJIN, `个人读书笔记。${STATEMENT}`, '', []],
    ['天津, statement with half-width punctuation and spaces', TIANJIN, '本网站是个人网站, 不含有企业,单位等非个人网站的信息', '', []],
    ['天津, statement only in the subject remark', TIANJIN, '个人读书笔记', STATEMENT, ['province/personal-remark:warning@websites[0].remark']],
    ['上海 has no set text', { province: '上海市', city: '上海市', county: '浦东新区' }, '个人读书笔记', '', []],
  ])('%s', (_, region, websiteRemark, subjectRemark, expected) => {
    const p = personal();
    p.subject.region = region;
    p.websites[0]!.remark = websiteRemark;
    p.subject.remark = subjectRemark;
    expect(rules(p)).toEqual(expected);
  });

  it('天津: each personal website needs the statement', () => {
    const p = personal();
    p.subject.region = TIANJIN;
    p.websites.push({ ...structuredClone(p.websites[0]!), remark: STATEMENT });
    expect(rules(p)).toEqual(['province/personal-remark:error@websites[0].remark']);
  });

  it.each([
    ['天津 enterprise, second site has its own head', '天津市', ['province/website-head-differs:error@websites[0].head.name']],
    ['浙江 enterprise', '浙江省', []],
  ])('%s', (_, province, expected) => {
    const p = twoWebsites();
    p.subject.region = { province, city: province === '天津市' ? '天津市' : '杭州市', county: province === '天津市' ? '和平区' : '西湖区' };
    expect(rules(p)).toEqual(expected);
  });

  it('天津 personal: the person is both heads, no head finding', () => {
    const p = personal();
    p.subject.region = TIANJIN;
    p.websites[0]!.remark = STATEMENT;
    expect(rules(p)).toEqual([]);
  });

  it.each([
    ['上海市', ['英语'], ['province/simplified-chinese:error@websites[0].languages']],
    ['上海市', ['中文繁体', '英语'], ['province/simplified-chinese:error@websites[0].languages']],
    ['上海市', ['英语', '中文简体'], []],
    ['浙江省', ['英语'], []],
  ])('%s with languages %j', (province, languages, expected) => {
    const p = enterprise();
    p.subject.region = province === '上海市' ? { province, city: '上海市', county: '浦东新区' } : { province, city: '杭州市', county: '西湖区' };
    p.websites[0]!.languages = languages;
    expect(rules(p)).toEqual(expected);
  });

  it.each([
    ['an empty province', ''],
    ['an unknown province', '火星省'],
  ])('%s gives no province findings, even for a personal site without a remark', (_, province) => {
    const p = personal();
    p.subject.region = { province, city: '', county: '' };
    p.websites[0]!.remark = '';
    expect(rules(p)).toEqual([]);
  });
});

describe('province rules for APP and mini-program heads', () => {
  it('天津 wants each service head other than the subject head', () => {
    const p = enterpriseWithApp();
    p.subject.region = { province: '天津市', city: '天津市', county: '和平区' };
    expect(rules(p)).toEqual([
      'province/website-head-differs:error@websites[0].head.name',
      'province/website-head-differs:error@apps[0].head.name',
      'province/website-head-differs:error@miniPrograms[0].head.name',
    ]);
    p.apps[0]!.head.name = '李娜';
    expect(rules(p)).not.toContain('province/website-head-differs:error@apps[0].head.name');
  });
});
