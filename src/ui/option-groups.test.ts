import { describe, expect, it } from 'vitest';
import { LANGUAGES, SERVICES } from '../profile/options';
import { GROUPED_LANGUAGES, GROUPED_SERVICES, groupsToDraw } from './option-groups';

describe('option groups', () => {
  it('hold every 服务内容 and 语言 option exactly once, in the MIIT code order inside each group', () => {
    for (const [groups, table] of [[GROUPED_SERVICES, SERVICES], [GROUPED_LANGUAGES, LANGUAGES]] as const) {
      const items = groups.flatMap((g) => g.items);
      expect([...items].sort()).toEqual(Object.keys(table).sort());
      const code = (item: string) => Object.entries(table).find(([key]) => key === item)?.[1] ?? -1;
      for (const group of groups) expect(group.items.map(code)).toEqual([...group.items.map(code)].sort((a, b) => a - b));
    }
  });

  it('puts the five internet-finance services, which need a 互联网金融 approval, in a group of their own', () => {
    expect(GROUPED_SERVICES.at(-1)?.items).toEqual(['网络借贷信息中介', '互联网股权融资', '互联网保险', '互联网跨界金融及资产管理', '网上非银支付']);
  });
});

describe('groupsToDraw', () => {
  it('draws a field without groups as one group with no heading', () => {
    expect(groupsToDraw(undefined, ['专线', '云接入'], ['云接入'])).toEqual([{ items: ['专线', '云接入'] }]);
  });

  it('adds a ticked value the options do not know to the last group, so it stays visible and can be unticked', () => {
    expect(groupsToDraw(undefined, ['专线'], ['其它方式', ''])).toEqual([{ items: ['专线', '其它方式'] }]);
    const drawn = groupsToDraw(GROUPED_LANGUAGES, Object.keys(LANGUAGES), ['英语', '粤语']);
    expect(drawn.at(-1)?.items.at(-1)).toBe('粤语');
    expect(drawn.slice(0, -1)).toEqual(GROUPED_LANGUAGES.slice(0, -1));
  });
});
