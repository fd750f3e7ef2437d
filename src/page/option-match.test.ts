import { describe, expect, it } from 'vitest';
import { bestOption, optionMatches, optionScore } from './option-match';

describe('option matching', () => {
  it.each([
    ['广东省', '广东省', 2],
    ['其它方式', '其他方式', 2],
    ['广东', '广东省', 1],
    ['内蒙古', '内蒙古自治区', 1],
    ['新疆', '新疆维吾尔自治区', 1],
    ['440000 广东省', '广东省', 1],
    ['330106-西湖区', '西湖区', 1],
    ['北京世纪互联宽带数据中心有限公司', '世纪互联', 1],
  ] as const)('「%s」 names 「%s」 (score %i)', (shown, wanted, score) => {
    expect(optionScore(shown, wanted)).toBe(score);
  });

  it.each([
    ['事业单位', '企业'], // two characters are never matched inside a longer option
    ['上海蓝云网络科技有限公司', '世纪互联'],
    ['世纪互联（上海）数据服务', '世纪互联'], // a look-alike that is no known name of the provider
    ['广州', '广东省'],
    ['中文繁体', '中文简体'],
  ])('「%s」 does not name 「%s」', (shown, wanted) => {
    expect(optionMatches(shown, wanted)).toBe(false);
  });

  it('prefers the exact option over a partial one', () => {
    expect(bestOption(['广东', '广东省'], (o) => o, '广东省')).toBe('广东省');
    expect(bestOption(['北京市', '北京'], (o) => o, '北京')).toBe('北京');
  });
});
