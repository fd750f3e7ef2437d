import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf, personal } from '../../test/support/sample';

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
