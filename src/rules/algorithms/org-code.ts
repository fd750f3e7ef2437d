// 组织机构代码, GB 11714-1997 (rules-corpus §3.3): 8 body characters, optional hyphen, check character.

export type OrgCodeProblem = 'format' | 'lowercase' | 'checksum';

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const STRUCTURE = /^([0-9A-Z]{8})-?([0-9X])$/;

/** Digits count as themselves, letters A..Z as 10..35. */
const valueOf = (char: string): number => (/\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55);

/** The check character of an 8-character body; undefined if the body is not 8 of [0-9A-Z]. */
export function orgCodeCheckChar(body: string): string | undefined {
  if (!/^[0-9A-Z]{8}$/.test(body)) return undefined;
  let sum = 0;
  for (const [i, weight] of WEIGHTS.entries()) sum += valueOf(body.charAt(i)) * weight;
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** The problem of an organisation code (`12345678-9` or `123456789`), or undefined when it is valid. */
export function orgCodeProblem(code: string): OrgCodeProblem | undefined {
  const value = code.trim();
  const match = STRUCTURE.exec(value.toUpperCase());
  if (!match) return 'format';
  if (orgCodeCheckChar(match[1] ?? '') !== match[2]) return 'checksum';
  if (value !== value.toUpperCase()) return 'lowercase';
  return undefined;
}
