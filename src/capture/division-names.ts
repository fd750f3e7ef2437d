import { optionMatches } from '../page/option-match';
import { citiesOf, countiesOf, provinces, type Division } from '../rules/data/divisions';

// A region read off a page as the page names it (广东 / 深圳 / 南山, or 440000 广东省) back to the full GB/T 2260 names
// the profile holds; a part that names no division under its parent stays as the page wrote it.

const pick = (list: readonly Division[], shown: string) => list.find((d) => d.name === shown) ?? list.find((d) => optionMatches(shown, d.name));

export function fullDivisionNames([province = '', city = '', county = '']: readonly string[]): [string, string, string] {
  const p = province ? pick(provinces, province) : undefined;
  const c = p && city ? pick(citiesOf(p.code), city) : undefined;
  const k = c && county ? pick(countiesOf(c.code), county) : undefined;
  return [p?.name ?? province, c?.name ?? city, k?.name ?? county];
}
