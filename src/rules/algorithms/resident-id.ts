import { memoise } from '../memoise';
import { calendarDate } from '../dates';

// 公民身份号码, GB 11643-1999 (rules-corpus §3.1). Also the algorithm of 港澳台居民居住证 and the new 永居证.

export type ResidentIdProblem = 'format' | 'lowercase-x' | 'province' | 'birth-date' | 'future-birth' | 'checksum';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const STRUCTURE = /^\d{17}[\dX]$/;

/** First two digits of the address code: the provinces of GB/T 2260 plus 81/82/83 (港澳台居民居住证). */
export const RESIDENT_ID_PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15', '21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65', '81', '82', '83'],
]);

/** The check character (MOD 11-2) of the first 17 digits; undefined unless given exactly 17 digits. */
export function residentIdCheckChar(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (const [i, weight] of WEIGHTS.entries()) sum += Number(first17[i]) * weight;
  return CHECK_CHARS[sum % 11];
}

/** The birth date of digits 7–14, if they form a real calendar date in 1800–2099. */
function birthDateOfOnce(number: string): Date | undefined {
  const match = /^\d{6}((?:18|19|20)\d{2})(\d{2})(\d{2})/.exec(number.trim());
  if (!match) return undefined;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Read by the ID check and again by the age rule. Shared Date objects: callers must not mutate them. */
export const birthDateOf = memoise(birthDateOfOnce);

/** A 15-digit first-generation number; those cards lost validity in 2013 (rules-corpus §2.3). */
export const isLegacyResidentId = (number: string): boolean => /^\d{15}$/.test(number.trim());

/**
 * The first problem of an 18-character ID number, or undefined when it is valid.
 * `today` is `YYYY-MM-DD`. A lower-case x is reported only when the number is otherwise valid,
 * because upper-casing would not fix any other problem.
 */
function residentIdProblemOnce(number: string, today: string): ResidentIdProblem | undefined {
  const value = number.trim();
  const upper = value.toUpperCase();
  if (!STRUCTURE.test(upper)) return 'format';
  if (!RESIDENT_ID_PROVINCE_PREFIXES.has(upper.slice(0, 2))) return 'province';
  const birth = birthDateOf(upper);
  if (!birth) return 'birth-date';
  if (birth.toISOString().slice(0, 10) > today) return 'future-birth';
  if (residentIdCheckChar(upper.slice(0, 17)) !== upper[17]) return 'checksum';
  if (value !== upper) return 'lowercase-x';
  return undefined;
}

export const residentIdProblem = memoise(residentIdProblemOnce);
