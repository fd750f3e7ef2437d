import { memoise } from '../memoise';

// 统一社会信用代码 (USCC), GB 32100-2015 (rules-corpus §3.2).
// Written by hand: no maintained npm package implements GB 32100 (rules-corpus §6).

export type UsccProblem = 'format' | 'lowercase' | 'checksum';

/** The 31 characters a USCC may use (no I, O, S, V, Z). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** [登记管理部门][机构类别][行政区划码 6 digits][主体标识码 9][校验码]. */
const STRUCTURE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character of the first 17 characters; undefined if any is outside the charset. */
export function usccCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (const [i, weight] of WEIGHTS.entries()) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * weight;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** The problem of a USCC, or undefined when it is valid. Lower case is reported only when nothing else is wrong. */
function usccProblemOnce(code: string): UsccProblem | undefined {
  const value = code.trim();
  const upper = value.toUpperCase();
  if (!STRUCTURE.test(upper)) return 'format';
  if (usccCheckChar(upper.slice(0, 17)) !== upper[17]) return 'checksum';
  if (value !== upper) return 'lowercase';
  return undefined;
}

/** Asked of the subject's number by the checksum rule and again by the cross-checks that need a valid code. */
export const usccProblem = memoise(usccProblemOnce);

/** 登记管理部门 + 机构类别, e.g. `91` (工商 · 企业). */
export const usccCategory = (code: string): string => code.trim().toUpperCase().slice(0, 2);

/** 登记管理机关行政区划码 (digits 3–8). */
export const usccRegionCode = (code: string): string => code.trim().slice(2, 8);

/** 主体标识码 (characters 9–17): the GB 11714 organisation code. */
export const usccOrgCode = (code: string): string => code.trim().toUpperCase().slice(8, 17);
