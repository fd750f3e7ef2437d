import { canonicalLabel } from '../profile/options';
import { PROVIDERS } from '../rules/data/providers';

// Whether an option a portal shows stands for a profile label. Portals name the same choice in several ways: the
// label itself or its synonym (其它方式 / 其他方式), a short division name (广东 for 广东省, 内蒙古 for 内蒙古自治区,
// portals.md §2.8), a code in front of the name (440000 广东省), or a provider's legal name holding the brand the
// profile names. A list is matched in that order, so a full match always wins over a partial one.

/** Suffixes of division names, longest first (GB/T 2260 names: 新疆维吾尔自治区, 香港特别行政区, 延边朝鲜族自治州). */
const DIVISION_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|盟|县|区)$/;
const LEADING_CODE = /^\d{2,12}\s*[-–·.、:：]?\s*/;

/** A name without its closing parenthetical: 营业执照（个人或企业） → 营业执照. */
const unqualified = (text: string) => text.replace(/\s*[（(][^（()）]*[）)]$/, '');
const withoutCode = (text: string) => text.replace(LEADING_CODE, '').trim();
const short = (text: string) => {
  const stripped = text.replace(DIVISION_SUFFIX, '');
  return stripped.length >= 2 ? stripped : text;
};

/** How well a visible option names the wanted label: 2 exactly (or by synonym), 1 by code or short name, 0 not. */
export function optionScore(visible: string, wanted: string): 0 | 1 | 2 {
  const shown = canonicalLabel(visible.replace(/\s+/g, ' ').trim());
  const want = canonicalLabel(wanted.trim());
  if (shown === want) return 2;
  if (!want) return 0;
  const bare = canonicalLabel(withoutCode(shown));
  if (bare === want) return 1;
  if (short(bare) === short(want) && /[省市区县盟州]$|自治区|特别行政区/.test(`${bare}|${want}`)) return 1;
  // A portal that drops the qualifier the other keeps (营业执照 for 营业执照（个人或企业）): the same document.
  const [plainShown, plainWant] = [unqualified(bare), unqualified(want)];
  if (plainShown === plainWant && (plainShown === bare || plainWant === want)) return 1;
  // A provider's brand inside its legal name (世纪互联 in 北京世纪互联宽带数据中心有限公司), when both are that provider's
  // known names: a look-alike (世纪互联（上海）数据服务) or a sister company (上海蓝云) is never taken for it.
  return bare.includes(want) && PROVIDERS.some((p) => p.names.includes(want) && p.names.includes(bare)) ? 1 : 0;
}

export const optionMatches = (visible: string, wanted: string): boolean => optionScore(visible, wanted) > 0;

/** The best option for a label among several, by optionScore; undefined when none names it. */
export function bestOption<T>(options: readonly T[], labelOf: (option: T) => string, wanted: string): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const option of options) {
    const score = optionScore(labelOf(option), wanted);
    if (score > bestScore) [best, bestScore] = [option, score];
    if (score === 2) break;
  }
  return best;
}
