import type { Lang } from './field-names';

// A fill report's `detail` is written for the automation API, in English with the data in 「」. The popup speaks one
// language: in Chinese it says the common cases in Chinese and the rest as one Chinese sentence, the API's own words
// kept for the tooltip.

const ZH: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^wrote (「.*」), the page now holds (「.*」)$/s, (wrote, holds) => `已写入${wrote}，页面现在为${holds}`],
  [/^the profile has no value for this field$/, () => '资料中此项为空'],
  [/^the portal field takes one value; /, () => '门户此处只能填一个值，其余请在门户允许处自行添加'],
  [/^the fill was cancelled /, () => '填写超时已取消，此项未填'],
  [/^no field labelled (「.*」)/, (label) => `页面上没有标为${label}的字段`],
  [/^ambiguous: (\d+) fields labelled (「.*」)$/, (count, label) => `页面上有 ${count} 个标为${label}的字段，无法确定是哪一个`],
  [/^the field labelled (「.*」) is hidden$/, (label) => `标为${label}的字段当前隐藏`],
  [/^no (?:option|choice|前置审批 type) (「.*」) in the (?:list|dropdown|group)$/, (label) => `选项中没有${label}`],
  [/^no (「.*」) at level (\d+) of the cascader$/, (label, level) => `第 ${level} 级中没有${label}`],
  [/^option (「.*」) is disabled$/, (label) => `选项${label}不可选`],
  [/disabled$|read-only$/, () => '该字段不可编辑'],
  [/did not open/, () => '该控件没有打开'],
  [/^no 长期 switch beside the end date$/, () => '截止日期旁没有「长期」选项'],
];

/** The detail in the UI's language; the API's English stays available as the tooltip. */
export function detailText(detail: string, lang: Lang): string {
  if (lang === 'en') return detail;
  for (const [pattern, say] of ZH) {
    const match = pattern.exec(detail);
    if (match) return say(...match.slice(1));
  }
  return '未能完成，原因见提示';
}
