import { residentIdCheckChar, residentIdProblem, type ResidentIdProblem } from './resident-id';

// Number formats of the person documents other than the 居民身份证 (rules-corpus §2.3, §3.1, §3.4).
// Only the 永居证 and the 居住证 carry a public checksum; the others are format checks.

/** valid; legacy = an older form still seen (warn); lowercase = valid once upper-cased; invalid otherwise. */
export type FormatVerdict = 'valid' | 'legacy' | 'lowercase' | 'checksum' | 'invalid';

type Forms = { current: readonly RegExp[]; legacy?: readonly RegExp[] };

const HK_MACAO_PERMIT: Forms = { current: [/^[HM](\d{8}|\d{10})$/], legacy: [/^[HM][A-Z]\d{6,7}$/] };
const TAIWAN_PERMIT: Forms = { current: [/^\d{8}$/], legacy: [/^\d{10}[A-Z]?$/] };
const CHINESE_PASSPORT = /^(E[0-9A-HJ-NP-Z]\d{7}|E\d{8}|G\d{8}|[DSP]E?\d{7,8}|1[45]\d{7})$/;
// Foreign passports follow no common rule; ICAO 9303 only fixes the character set and the length.
const FOREIGN_PASSPORT = /^[A-Z0-9<]{5,17}$/;
const PASSPORT: Forms = { current: [CHINESE_PASSPORT, FOREIGN_PASSPORT] };
// The 2017 card (3-letter nationality + 12 digits) stays valid until it expires, so it is current, not legacy.
const PERMANENT_RESIDENT_OLD = /^[A-Z]{3}\d{12}$/;
const PERMANENT_RESIDENT_NEW = /^9\d{16}[\dX]$/;

function formsVerdict(forms: Forms, upper: string): 'valid' | 'legacy' | 'invalid' {
  if (forms.current.some((form) => form.test(upper))) return 'valid';
  if (forms.legacy?.some((form) => form.test(upper))) return 'legacy';
  return 'invalid';
}

function withCase(number: string, verdictOf: (upper: string) => FormatVerdict): FormatVerdict {
  const value = number.trim();
  const upper = value.toUpperCase();
  const verdict = verdictOf(upper);
  return verdict !== 'invalid' && verdict !== 'checksum' && value !== upper ? 'lowercase' : verdict;
}

export const passportFormat = (number: string): FormatVerdict => withCase(number, (upper) => formsVerdict(PASSPORT, upper));

export const isChinesePassport = (number: string): boolean => CHINESE_PASSPORT.test(number.trim().toUpperCase());

export const hkMacaoPermitFormat = (number: string): FormatVerdict =>
  withCase(number, (upper) => formsVerdict(HK_MACAO_PERMIT, upper));

export const taiwanPermitFormat = (number: string): FormatVerdict =>
  withCase(number, (upper) => formsVerdict(TAIWAN_PERMIT, upper));

/** 外国人永久居留身份证: the 2017 form, or the 2023-12-01 form (18 digits from 9, MOD 11-2 like GB 11643). */
export const permanentResidentFormat = (number: string): FormatVerdict =>
  withCase(number, (upper) => {
    if (PERMANENT_RESIDENT_OLD.test(upper)) return 'valid';
    if (!PERMANENT_RESIDENT_NEW.test(upper)) return 'invalid';
    return residentIdCheckChar(upper.slice(0, 17)) === upper[17] ? 'valid' : 'checksum';
  });

export type ResidencePermitKind = 'hk-macao' | 'taiwan';

/** Address codes a 居住证 number starts with: 810000 香港, 820000 澳门, 830000 台湾. */
export const RESIDENCE_PERMIT_REGIONS: Readonly<Record<ResidencePermitKind, readonly string[]>> = {
  'hk-macao': ['810000', '820000'],
  taiwan: ['830000'],
};

/** The problem of a 港澳/台湾居民居住证 number: its region code, then GB 11643 as for an ID. */
export function residencePermitProblem(kind: ResidencePermitKind, number: string, today: string): ResidentIdProblem | 'region' | undefined {
  const upper = number.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(upper)) return 'format';
  if (!RESIDENCE_PERMIT_REGIONS[kind].includes(upper.slice(0, 6))) return 'region';
  return residentIdProblem(number, today);
}
