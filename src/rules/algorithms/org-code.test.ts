import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgCodeCheckChar, orgCodeProblem } from './org-code';

const BODY_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

describe('GB 11714 organisation code', () => {
  // The first three are characters 9–17 of the USCC test vectors of rules-corpus §3.2.
  it.each(['80210043-3', '802100433', 'M000100Y-4', 'MAD4CX6A-X', '10000018-X', '10000004-0'])('%s is valid', (code) => {
    expect(orgCodeProblem(code)).toBeUndefined();
  });

  it.each([
    ['80210043-4', 'checksum'],
    ['10000018-0', 'checksum'],
    ['mad4cx6a-X', 'lowercase'],
    ['8021004-3', 'format'],
    ['80210043--3', 'format'],
    ['80210043-A', 'format'],
    ['8021004!-3', 'format'],
  ] as const)('%s has problem %s', (code, problem) => {
    expect(orgCodeProblem(code)).toBe(problem);
  });

  it('maps 10 to X and 11 to 0', () => {
    expect(orgCodeCheckChar('10000018')).toBe('X');
    expect(orgCodeCheckChar('10000004')).toBe('0');
    expect(orgCodeCheckChar('1000000')).toBeUndefined();
  });

  it('cannot see letters whose values differ by a multiple of 11 (a limit of GB 11714, not of this code)', () => {
    expect(orgCodeCheckChar('0000000B')).toBe(orgCodeCheckChar('00000000'));
  });

  const validCode = fc.array(fc.constantFrom(...BODY_CHARS), { minLength: 8, maxLength: 8 }).map((chars) => {
    const body = chars.join('');
    return `${body}-${orgCodeCheckChar(body) ?? '?'}`;
  });

  it('accepts every body with its computed check character', () => {
    fc.assert(fc.property(validCode, (code) => orgCodeProblem(code) === undefined));
  });

  it('rejects any digit-for-digit substitution in the body and any other check character', () => {
    // A digit replacing a letter can differ from it by 11, 22 or 33, which the MOD 11 sum cannot see.
    const mutated = validCode.chain((code) => {
      const positions = [...code].flatMap((c, i) => (i === 9 || (i < 8 && DIGITS.includes(c)) ? [i] : []));
      return fc.constantFrom(...positions).chain((position) => {
        const pool = position === 9 ? `${DIGITS}X` : DIGITS;
        const allowed = [...pool].filter((c) => c !== code[position]);
        return fc.constantFrom(...allowed).map((c) => code.slice(0, position) + c + code.slice(position + 1));
      });
    });
    fc.assert(fc.property(mutated, (code) => orgCodeProblem(code) !== undefined));
  });
});
