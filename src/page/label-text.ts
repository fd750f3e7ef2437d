// Label text as a person reads it, reduced to what identifies the field: no spaces, no required markers (* ＊ ★),
// no colons, half-width brackets, no trailing 选填 / 必填 notes. Anything else stays, so a look-alike label such as
// 网站名称（英文） never equals 网站名称.

export function normaliseLabel(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\s\u00a0*＊★:：]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\((选填|必填|可选|非必填)\)$/, '');
}

/**
 * Wording variants portals use for the same field (portals.md §2.8 "Terminology drift", seeds 000/001): each group
 * lists interchangeable terms; a label containing one term also stands for the label with each other term.
 */
const WORDING: readonly (readonly string[])[] = [
  // Longer terms first: a label is rewritten by the first term it contains.
  ['网站主办者', '主办单位', '主办者', '主体单位', '主体'],
  ['通讯地址', '通信地址', '联系地址'],
  ['互联网信息服务负责人', '网站负责人', 'ICP负责人', '服务负责人'],
  ['互联网信息服务名称', '网站名称', '服务名称'],
  ['互联网信息服务备注', '网站备注', '服务备注'],
  ['证件住所', '证件住址', '证件地址'],
  ['电子邮件地址', '电子邮箱', '电子邮件', '邮箱地址'],
  ['办公室电话', '办公电话', '固定电话'],
  ['应急联系电话', '应急电话', '应急联系方式'],
  ['所在县(地区)', '所在县', '所在区县', '所在区'],
];

/** A label and its wording variants, normalised. */
export function labelVariants(labels: readonly string[]): Set<string> {
  const out = new Set(labels.map(normaliseLabel));
  for (const group of WORDING) {
    const terms = group.map(normaliseLabel);
    for (const label of [...out]) {
      const term = terms.find((t) => label.includes(t));
      if (term) for (const other of terms) out.add(label.replace(term, other));
    }
  }
  return out;
}
