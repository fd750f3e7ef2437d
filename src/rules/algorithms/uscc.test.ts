import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_CHARSET, usccCategory, usccCheckChar, usccOrgCode, usccProblem, usccRegionCode } from './uscc';

const DIGITS = '0123456789';

describe('GB 32100 unified social credit code', () => {
  it.each(['91110000802100433B', '91350100M000100Y43', '92370102MAD4CX6AX6', '91330106MA2KX7Q1D5'])('%s is valid', (code) => {
    expect(usccProblem(code)).toBeUndefined();
  });

  it.each([
    ['91330106MA2KX7Q1D6', 'checksum'],
    ['91110000802100433C', 'checksum'],
    ['91330106ma2kx7q1d5', 'lowercase'],
    ['91330106MA2KX7Q1D', 'format'],
    ['91330106MA2KX7Q1D55', 'format'],
    ['I1330106MA2KX7Q1D5', 'format'],
    ['913301A6MA2KX7Q1D5', 'format'],
    ['91330106MA2KX7Q1O5', 'format'],
  ] as const)('%s has problem %s', (code, problem) => {
    expect(usccProblem(code)).toBe(problem);
  });

  it('computes the check character and splits the parts', () => {
    expect(usccCheckChar('91110000802100433')).toBe('B');
    expect(usccCheckChar('92370102MAD4CX6AX')).toBe('6');
    expect(usccCheckChar('9111000080210043')).toBeUndefined();
    expect(usccCheckChar('9111000080210043I')).toBeUndefined();
    expect(usccCategory('91110000802100433B')).toBe('91');
    expect(usccRegionCode('91110000802100433B')).toBe('110000');
    expect(usccOrgCode('91110000802100433B')).toBe('802100433');
  });

  const charsetChar = fc.constantFrom(...USCC_CHARSET);
  const digit = fc.constantFrom(...DIGITS);
  const validUscc = fc
    .tuple(
      fc.array(charsetChar, { minLength: 2, maxLength: 2 }),
      fc.array(digit, { minLength: 6, maxLength: 6 }),
      fc.array(charsetChar, { minLength: 9, maxLength: 9 }),
    )
    .map(([head, region, body]) => {
      const first17 = [...head, ...region, ...body].join('');
      return first17 + (usccCheckChar(first17) ?? '?');
    });

  it('accepts every well-formed code with its computed check character', () => {
    fc.assert(fc.property(validUscc, (code) => usccProblem(code) === undefined));
  });

  it('rejects every code with one character substituted by another allowed character', () => {
    const mutated = validUscc.chain((code) =>
      fc.integer({ min: 0, max: 17 }).chain((position) => {
        const pool = position >= 2 && position <= 7 ? DIGITS : USCC_CHARSET;
        const allowed = [...pool].filter((c) => c !== code[position]);
        return fc.constantFrom(...allowed).map((c) => code.slice(0, position) + c + code.slice(position + 1));
      }),
    );
    fc.assert(fc.property(mutated, (code) => usccProblem(code) !== undefined));
  });
});
