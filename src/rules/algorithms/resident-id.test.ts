import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateOf, isLegacyResidentId, RESIDENT_ID_PROVINCE_PREFIXES, residentIdCheckChar, residentIdProblem } from './resident-id';

const TODAY = '2026-11-23';
const DIGITS = '0123456789';

describe('GB 11643 resident ID', () => {
  it.each([
    '11010519491231002X',
    '11010119900307803X',
    '810000199408230021',
    '830000199201300022',
    '330106199003071236',
    '33010619850612004X',
    '310115199208152331',
  ])('%s is valid', (id) => {
    expect(residentIdProblem(id, TODAY)).toBeUndefined();
  });

  it.each([
    ['330106199003071235', 'checksum'],
    ['33010619850612004x', 'lowercase-x'],
    ['3301061990030712', 'format'],
    ['33010619900307123A', 'format'],
    ['330106900307123', 'format'],
    ['990106199003071236', 'province'],
    ['710106199003071236', 'province'],
    ['330106199002301236', 'birth-date'],
    ['330106170003071236', 'birth-date'],
    ['330106202701011236', 'future-birth'],
  ] as const)('%s has problem %s', (id, problem) => {
    expect(residentIdProblem(id, TODAY)).toBe(problem);
  });

  it('reports a wrong check character before a lower-case x, since upper-casing would not fix it', () => {
    expect(residentIdProblem('33010619850612003x', TODAY)).toBe('checksum');
  });

  it('accepts a birth date equal to today and rejects the day after', () => {
    const first17 = (date: string) => `330106${date}123`;
    const born = (date: string) => first17(date) + (residentIdCheckChar(first17(date)) ?? '');
    expect(residentIdProblem(born('20261123'), TODAY)).toBeUndefined();
    expect(residentIdProblem(born('20261124'), TODAY)).toBe('future-birth');
  });

  it('computes the check character and the birth date', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('33010619900307123')).toBe('6');
    expect(residentIdCheckChar('3301061990030712')).toBeUndefined();
    expect(birthDateOf('330106199003071236')?.toISOString().slice(0, 10)).toBe('1990-03-07');
    expect(birthDateOf('330106199002301236')).toBeUndefined();
  });

  it('recognises 15-digit first-generation numbers', () => {
    expect(isLegacyResidentId('330106900307123')).toBe(true);
    expect(isLegacyResidentId('330106199003071236')).toBe(false);
  });

  const validId = fc
    .record({
      prefix: fc.constantFrom(...RESIDENT_ID_PROVINCE_PREFIXES),
      area: fc.array(fc.constantFrom(...DIGITS), { minLength: 4, maxLength: 4 }),
      birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }),
      sequence: fc.array(fc.constantFrom(...DIGITS), { minLength: 3, maxLength: 3 }),
    })
    .map(({ prefix, area, birth, sequence }) => {
      const first17 = prefix + area.join('') + birth.toISOString().slice(0, 10).replaceAll('-', '') + sequence.join('');
      return first17 + (residentIdCheckChar(first17) ?? '?');
    });

  it('accepts every well-formed number with its computed check character', () => {
    fc.assert(fc.property(validId, (id) => residentIdProblem(id, TODAY) === undefined));
  });

  it('rejects every number with one character substituted by another allowed character', () => {
    const mutated = validId.chain((id) =>
      fc.integer({ min: 0, max: 17 }).chain((position) => {
        const allowed = [...DIGITS, ...(position === 17 ? ['X'] : [])].filter((c) => c !== id[position]);
        return fc.constantFrom(...allowed).map((c) => id.slice(0, position) + c + id.slice(position + 1));
      }),
    );
    fc.assert(fc.property(mutated, (id) => residentIdProblem(id, TODAY) !== undefined));
  });
});
