import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from './resident-id';
import {
  hkMacaoPermitFormat,
  isChinesePassport,
  passportFormat,
  permanentResidentFormat,
  residencePermitProblem,
  taiwanPermitFormat,
  type FormatVerdict,
} from './travel-documents';

const TODAY = '2026-11-23';
const withCheck = (first17: string) => first17 + (residentIdCheckChar(first17) ?? '?');

describe('travel document formats', () => {
  it.each<[string, FormatVerdict]>([
    ['E12345678', 'valid'],
    ['EA1234567', 'valid'],
    ['G12345678', 'valid'],
    ['X1234567', 'valid'], // foreign passports: no reliable rule beyond ICAO characters
    ['e12345678', 'lowercase'],
    ['E-1234567', 'invalid'],
    ['E123', 'invalid'],
    ['护照12345', 'invalid'],
  ])('passport %s is %s', (number, verdict) => {
    expect(passportFormat(number)).toBe(verdict);
  });

  it('tells Chinese passports apart', () => {
    expect(isChinesePassport('E12345678')).toBe(true);
    expect(isChinesePassport('EI1234567')).toBe(false);
  });

  it.each<[string, FormatVerdict]>([
    ['H12345678', 'valid'],
    ['M1234567890', 'valid'],
    ['HA123456', 'legacy'],
    ['HA1234567', 'legacy'],
    ['h12345678', 'lowercase'],
    ['H1234567', 'invalid'],
    ['K12345678', 'invalid'],
  ])('港澳居民来往内地通行证 %s is %s', (number, verdict) => {
    expect(hkMacaoPermitFormat(number)).toBe(verdict);
  });

  it.each<[string, FormatVerdict]>([
    ['12345678', 'valid'],
    ['1234567890', 'legacy'],
    ['1234567890B', 'legacy'],
    ['1234567890b', 'lowercase'],
    ['1234567', 'invalid'],
    ['T1234567', 'invalid'],
  ])('台湾居民来往大陆通行证 %s is %s', (number, verdict) => {
    expect(taiwanPermitFormat(number)).toBe(verdict);
  });

  const newPermanent = withCheck('93315620000101001');
  const wrongCheck = newPermanent.slice(0, 17) + (newPermanent.endsWith('1') ? '2' : '1');
  it.each<[string, FormatVerdict]>([
    ['USA123456789012', 'valid'],
    [newPermanent, 'valid'],
    [wrongCheck, 'checksum'],
    ['usa123456789012', 'lowercase'],
    ['US1234567890123', 'invalid'],
    ['812345678901234567', 'invalid'],
  ])('外国人永久居留身份证 %s is %s', (number, verdict) => {
    expect(permanentResidentFormat(number)).toBe(verdict);
  });

  it.each([
    ['hk-macao', '810000199408230021', undefined],
    ['hk-macao', withCheck('82000019940823002'), undefined],
    ['taiwan', '830000199201300022', undefined],
    ['taiwan', '810000199408230021', 'region'],
    ['hk-macao', '330106199003071236', 'region'],
    ['hk-macao', '810000199408230022', 'checksum'],
    ['taiwan', '83000019920130002', 'format'],
  ] as const)('%s residence permit %s → %s', (kind, number, problem) => {
    expect(residencePermitProblem(kind, number, TODAY)).toBe(problem);
  });
});
