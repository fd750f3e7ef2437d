import { describe, expect, it } from 'vitest';
import { detailText } from './fill-detail';

describe('detailText', () => {
  it('says the common details in Chinese, keeping the data', () => {
    expect(detailText('wrote 「2020-03-07」, the page now holds 「」', 'zh')).toBe('已写入「2020-03-07」，页面现在为「」');
    expect(detailText('the profile has no value for this field', 'zh')).toBe('资料中此项为空');
    expect(detailText('ambiguous: 2 fields labelled 「证件类型」', 'zh')).toBe('页面上有 2 个标为「证件类型」的字段，无法确定是哪一个');
    expect(detailText('no option 「世纪互联」 in the dropdown', 'zh')).toBe('选项中没有「世纪互联」');
  });

  it('never shows the API’s English in the Chinese UI, and leaves it as is in the English one', () => {
    const odd = 'the "add row" button did not add a row';
    expect(detailText(odd, 'zh')).not.toMatch(/[a-z]{3}/i);
    expect(detailText(odd, 'en')).toBe(odd);
  });
});
