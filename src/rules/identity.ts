import { PERSON_CERTIFICATES } from '../profile/options';
import { birthDateOf, isLegacyResidentId, residentIdCheckChar, residentIdProblem, type ResidentIdProblem } from './algorithms/resident-id';
import {
  hkMacaoPermitFormat,
  passportFormat,
  permanentResidentFormat,
  RESIDENCE_PERMIT_REGIONS,
  residencePermitProblem,
  taiwanPermitFormat,
  type FormatVerdict,
} from './algorithms/travel-documents';
import { provinceOfIdPrefix } from './data/divisions';
import { ageOn, monthsAfter, parseIsoDate } from './dates';
import { perObject } from './memoise';
import { isPersonalSubject, defineRule, people, type Hit, type Rule, type RuleContext, type Text } from './define-rule';

// Person documents (rules-corpus §2.3, §3.1, §3.4, §4.6, §4.7): every 负责人, and a 个人 主办者's own certificate.

const ID_CARD = '居民身份证';
const HK_MACAO_RESIDENCE = '港澳居民居住证';
const TAIWAN_RESIDENCE = '台湾居民居住证';
const LONG_TERM = '长期';

/** A person's document at its path (`subject.head.certificate`, `subject.certificate`). */
type Document = { path: string; type: string; number: string; validFrom: string; validUntil: string };

/** Every person's document, read once per check for the rules below. */
const headDocuments = perObject(({ profile }: RuleContext): Document[] =>
  people(profile).map(({ path, person: { certificate } }) => ({
    path: `${path}.certificate`,
    type: certificate.type.trim(),
    number: certificate.number.trim(),
    validFrom: certificate.validFrom?.trim() ?? '',
    validUntil: certificate.validUntil?.trim() ?? '',
  })),
);

/** The heads' documents, and the subject's own when the subject is a person (it has no validity dates). */
const documents = perObject((ctx: RuleContext): Document[] => {
  const { profile } = ctx;
  if (!isPersonalSubject(profile)) return headDocuments(ctx);
  const { type, number } = profile.subject.certificate;
  return [{ path: 'subject.certificate', type: type.trim(), number: number.trim(), validFrom: '', validUntil: '' }, ...headDocuments(ctx)];
});

// ---------------------------------------------------------------------------------------------------------------
// GB 11643 numbers: 居民身份证 and 港澳/台湾居民居住证.

/** The GB 11643 problems, plus the two that depend on the chosen document type. */
type IdProblem = ResidentIdProblem | 'legacy' | 'wrong-region';

const GB11643_TYPES: ReadonlySet<string> = new Set([ID_CARD, HK_MACAO_RESIDENCE, TAIWAN_RESIDENCE]);

function idProblem(doc: Document, today: string): IdProblem | undefined {
  if (doc.type === HK_MACAO_RESIDENCE || doc.type === TAIWAN_RESIDENCE) {
    const problem = residencePermitProblem(doc.type === TAIWAN_RESIDENCE ? 'taiwan' : 'hk-macao', doc.number, today);
    return problem === 'region' ? 'wrong-region' : problem;
  }
  if (isLegacyResidentId(doc.number)) return 'legacy';
  const problem = residentIdProblem(doc.number, today);
  // 81/82/83 pass GB 11643 but only 居住证 carry them; the 公安 check of a 居民身份证 fails.
  return problem === undefined && /^8[123]/.test(doc.number) ? 'wrong-region' : problem;
}

function wrongRegionMessage(doc: Document): Text {
  if (doc.type === ID_CARD) {
    return {
      zh: '以 81/82/83 开头的号码是港澳台居民居住证号码，请把证件类型改为港澳居民居住证或台湾居民居住证',
      en: 'numbers starting 81/82/83 belong to HK/Macao/Taiwan residence permits; change the document type',
    };
  }
  const regions = RESIDENCE_PERMIT_REGIONS[doc.type === TAIWAN_RESIDENCE ? 'taiwan' : 'hk-macao'].join(' / ');
  return { zh: `${doc.type}号码应以 ${regions} 开头`, en: `a ${doc.type} number starts with ${regions}` };
}

function idMessage(doc: Document, problem: IdProblem, today: string): Text | undefined {
  const upper = doc.number.toUpperCase();
  switch (problem) {
    case 'checksum': {
      const check = residentIdCheckChar(upper.slice(0, 17));
      return check ? { zh: `校验位应为 ${check}`, en: `check character should be ${check}` } : undefined;
    }
    case 'province':
      return { zh: `前两位「${upper.slice(0, 2)}」不是省级行政区划代码`, en: `"${upper.slice(0, 2)}" is not a province code` };
    case 'wrong-region':
      return wrongRegionMessage(doc);
    case 'birth-date':
      return { zh: `第 7–14 位「${upper.slice(6, 14)}」不是有效的出生日期`, en: `digits 7–14 "${upper.slice(6, 14)}" are not a real birth date` };
    case 'future-birth':
      return { zh: `出生日期 ${upper.slice(6, 14)} 晚于今天（${today}）`, en: `birth date ${upper.slice(6, 14)} is after today (${today})` };
    default:
      return undefined;
  }
}

/** Each GB 11643 document with its problem, worked out once per check for the six rules that report them. */
const idProblems = perObject((ctx: RuleContext): { doc: Document; problem: IdProblem | undefined }[] =>
  documents(ctx).flatMap((doc) => (GB11643_TYPES.has(doc.type) && doc.number ? [{ doc, problem: idProblem(doc, ctx.today) }] : [])),
);

type IdRuleSpec = Pick<Rule, 'id' | 'title' | 'source'> & { problems: readonly IdProblem[] };

/** One rule per kind of GB 11643 problem, so the report names the fix. */
const idRule = ({ id, title, source, problems }: IdRuleSpec): Rule =>
  defineRule({
    id,
    severity: 'error',
    field: '{person}.certificate.number',
    title,
    source,
    *check(ctx) {
      for (const { doc, problem } of idProblems(ctx)) {
        if (problem && problems.includes(problem)) {
          const message = idMessage(doc, problem, ctx.today);
          yield { path: `${doc.path}.number`, ...(message && { message }) };
        }
      }
    },
  });

const residentIdRules: Rule[] = [
  idRule({
    id: 'identity/resident-id-format',
    title: { zh: '证件号码应为 18 位：17 位数字加 1 位数字或 X', en: 'ID number must be 17 digits plus a digit or X' },
    source: 'rules-corpus §3.1 GB 11643 (structure)',
    problems: ['format'],
  }),
  idRule({
    id: 'identity/resident-id-legacy',
    title: { zh: '15 位旧身份证号码已停止使用，请填写 18 位号码', en: '15-digit first-generation ID numbers are no longer valid; use the 18-digit number' },
    source: 'rules-corpus §2.3 (15-digit legacy numbers rejected; unverified)',
    problems: ['legacy'],
  }),
  idRule({
    id: 'identity/resident-id-uppercase-x',
    title: { zh: '证件号码最后一位若为 X，请大写', en: 'A final X of the ID number must be upper case' },
    source: 'seed 002 (最后一位若为X，请大写); rules-corpus §3.1',
    problems: ['lowercase-x'],
  }),
  idRule({
    id: 'identity/resident-id-province',
    title: { zh: '证件号码的地址码不是有效的省份代码', en: 'The address code of the ID number is not a valid province' },
    source: 'rules-corpus §3.1 (address code), §2.3 (居住证 810000/820000/830000)',
    problems: ['province', 'wrong-region'],
  }),
  idRule({
    id: 'identity/resident-id-birth-date',
    title: { zh: '证件号码中的出生日期无效', en: 'The birth date in the ID number is not valid' },
    source: 'rules-corpus §3.1 (real date, not in the future)',
    problems: ['birth-date', 'future-birth'],
  }),
  idRule({
    id: 'identity/resident-id-checksum',
    title: { zh: '证件号码校验位错误', en: 'ID number check character is wrong' },
    source: 'rules-corpus §3.1 GB 11643 (MOD 11-2)',
    problems: ['checksum'],
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Other person documents: format only, no public checksum except the 2023 永居证.

type TravelFormat = { verdict: (number: string) => FormatVerdict; expected: Text };

const TRAVEL_FORMATS: Readonly<Record<string, TravelFormat>> = {
  护照: {
    verdict: passportFormat,
    expected: { zh: '中国护照如 E12345678 / EA1234567 / G12345678，外国护照 5–17 位大写字母或数字', en: 'Chinese passport like E12345678, or 5–17 upper-case letters/digits' },
  },
  港澳居民来往内地通行证: {
    verdict: hkMacaoPermitFormat,
    expected: { zh: 'H 或 M 加 8 位（新版 10 位）数字', en: 'H or M followed by 8 (or 10) digits' },
  },
  台湾居民来往大陆通行证: {
    verdict: taiwanPermitFormat,
    expected: { zh: '8 位数字', en: '8 digits' },
  },
  外国人永久居留身份证: {
    verdict: permanentResidentFormat,
    expected: { zh: '3 位大写字母加 12 位数字（旧版），或以 9 开头的 18 位号码（2023 版）', en: '3 letters + 12 digits (old), or 18 digits starting with 9 (2023)' },
  },
};

function travelFormatMessage(verdict: FormatVerdict, format: TravelFormat): Text {
  if (verdict === 'lowercase') return { zh: '证件号码中的字母请大写', en: 'letters of the number must be upper case' };
  if (verdict === 'checksum') return { zh: '2023 版永居证号码校验位错误', en: 'check digit of the 2023 permanent-residence number is wrong' };
  return { zh: `号码格式应为：${format.expected.zh}`, en: `expected ${format.expected.en}` };
}

function* travelHits(ctx: RuleContext, wanted: (verdict: FormatVerdict) => boolean): Iterable<Hit & { verdict: FormatVerdict; format: TravelFormat }> {
  for (const doc of documents(ctx)) {
    const format = TRAVEL_FORMATS[doc.type];
    if (!format || !doc.number) continue;
    const verdict = format.verdict(doc.number);
    if (wanted(verdict)) yield { path: `${doc.path}.number`, verdict, format };
  }
}

const travelDocumentRules: Rule[] = [
  defineRule({
    id: 'identity/travel-document-format',
    severity: 'error',
    field: '{person}.certificate.number',
    title: { zh: '证件号码不符合该证件类型的格式', en: 'The number does not fit the document type' },
    source: 'rules-corpus §2.3, §3.4 (validator.js, public validators), §3.1 (2023 永居证 MOD 11-2)',
    *check(ctx) {
      const failed = (verdict: FormatVerdict) => verdict === 'invalid' || verdict === 'lowercase' || verdict === 'checksum';
      for (const { path, verdict, format } of travelHits(ctx, failed)) yield { path, message: travelFormatMessage(verdict, format) };
    },
  }),
  defineRule({
    id: 'identity/travel-document-legacy',
    severity: 'warning',
    field: '{person}.certificate.number',
    title: { zh: '旧版证件号码格式，请确认证件仍有效，或改填新版证件号码', en: 'Old-style document number; check the document is still valid or use the new card' },
    source: 'rules-corpus §3.4 (legacy 回乡证 / 台胞证 forms → warn)',
    *check(ctx) {
      for (const { path } of travelHits(ctx, (verdict) => verdict === 'legacy')) yield { path };
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Document type, validity and age of each 负责人.

const personRules: Rule[] = [
  defineRule({
    id: 'identity/person-certificate-type',
    severity: 'error',
    field: '{person}.certificate.type',
    title: { zh: '负责人证件类型必须是个人证件', en: 'A person in charge needs a personal document type' },
    source: 'rules-corpus §1.2, §2.3 (person types only: 2, 7, 11, 14, 30, 41, 42)',
    *check(ctx) {
      for (const doc of headDocuments(ctx)) {
        if (doc.type && !PERSON_CERTIFICATES.includes(doc.type)) {
          yield {
            path: `${doc.path}.type`,
            message: { zh: `「${doc.type}」不是个人证件类型，可选：${PERSON_CERTIFICATES.join('、')}`, en: `"${doc.type}" is not a personal document type` },
          };
        }
      }
    },
  }),
  defineRule({
    id: 'identity/validity-date-format',
    severity: 'error',
    field: '{person}.certificate.{validFrom,validUntil}',
    title: { zh: '证件有效期应为 YYYY-MM-DD 格式的真实日期（截止日期可为「长期」）', en: 'Validity dates must be real YYYY-MM-DD dates (end may be 长期)' },
    source: 'rules-corpus §1.2, §4.7 (WX certificate_validity_date, 长期 allowed); profile-format.md (dates)',
    *check(ctx) {
      for (const doc of headDocuments(ctx)) {
        if (doc.validFrom && !parseIsoDate(doc.validFrom)) yield { path: `${doc.path}.validFrom` };
        if (doc.validUntil && doc.validUntil !== LONG_TERM && !parseIsoDate(doc.validUntil)) yield { path: `${doc.path}.validUntil` };
      }
    },
  }),
  defineRule({
    id: 'identity/valid-from-future',
    severity: 'error',
    field: '{person}.certificate.validFrom',
    title: { zh: '证件有效期起始日期不能晚于今天', en: 'A document cannot start being valid after today' },
    source: 'rules-corpus §4.7 (certificate validity)',
    *check(ctx) {
      const { today } = ctx;
      for (const doc of headDocuments(ctx)) {
        if (parseIsoDate(doc.validFrom) && doc.validFrom > today) yield { path: `${doc.path}.validFrom` };
      }
    },
  }),
  defineRule({
    id: 'identity/validity-order',
    severity: 'error',
    field: '{person}.certificate.validUntil',
    title: { zh: '证件有效期截止日期应晚于起始日期', en: 'The validity end must be after its start' },
    source: 'rules-corpus §4.7 (certificate validity)',
    *check(ctx) {
      for (const doc of headDocuments(ctx)) {
        if (parseIsoDate(doc.validFrom) && parseIsoDate(doc.validUntil) && doc.validUntil <= doc.validFrom) yield { path: `${doc.path}.validUntil` };
      }
    },
  }),
  defineRule({
    id: 'identity/certificate-expired',
    severity: 'error',
    field: '{person}.certificate.validUntil',
    title: { zh: '证件已过期', en: 'The document has expired' },
    source: 'rules-corpus §4.7 (certificates not expired; HW 驳回)',
    *check(ctx) {
      const { today } = ctx;
      for (const doc of headDocuments(ctx)) {
        if (parseIsoDate(doc.validUntil) && doc.validUntil < today) {
          yield { path: `${doc.path}.validUntil`, message: { zh: `证件已于 ${doc.validUntil} 过期`, en: `expired on ${doc.validUntil}` } };
        }
      }
    },
  }),
  defineRule({
    id: 'identity/certificate-months-left',
    severity: 'error',
    field: '{person}.certificate.validUntil',
    title: { zh: '证件剩余有效期不足', en: 'Too little validity left on the document' },
    source: 'rules-corpus §4.7 (HW 驳回 "有效期需大于三个月"; seed 002 "身份证需在3个月内有效"; QC shanghai 居住证 ≥ 1 month)',
    *check(ctx) {
      const { today, province } = ctx;
      if (!parseIsoDate(today)) return;
      for (const doc of headDocuments(ctx)) {
        if (!parseIsoDate(doc.validUntil) || doc.validUntil < today) continue;
        const months = minMonthsLeft(doc.type, province);
        const needed = monthsAfter(today, months);
        if (needed && doc.validUntil < needed) {
          yield {
            path: `${doc.path}.validUntil`,
            message: { zh: `证件有效期需至少还剩 ${months} 个月（至 ${needed}）`, en: `the document must stay valid at least ${months} months (until ${needed})` },
          };
        }
      }
    },
  }),
  defineRule({
    id: 'identity/minimum-age',
    severity: 'error',
    field: '{person}.certificate.number',
    title: { zh: '负责人未达到本省管局要求的最低年龄', en: 'The person in charge is younger than the province allows' },
    source: 'rules-corpus §4.6 (default ≥18 [QC, HW]; 广东/江苏 16–18 with proof; 山东 ≥17)',
    *check(ctx) {
      const { today, province } = ctx;
      const day = parseIsoDate(today);
      if (!day) return;
      for (const doc of headDocuments(ctx)) {
        const hit = ageHit(doc, day, province);
        if (hit) yield hit;
      }
    },
  }),
];

type ProvinceLimits = RuleContext['province'];

/** 居住证 may have their own, shorter, minimum (上海: 1 month); everything else uses the ID minimum. */
function minMonthsLeft(type: string, province: ProvinceLimits): number {
  const isResidencePermit = type === HK_MACAO_RESIDENCE || type === TAIWAN_RESIDENCE;
  return isResidencePermit ? (province.residencePermitMinMonthsLeft ?? province.idMinMonthsLeft) : province.idMinMonthsLeft;
}

/** Age is read from GB 11643 numbers only: other documents carry no birth date we can trust. */
function ageHit(doc: Document, day: Date, province: ProvinceLimits): Hit | undefined {
  if (!GB11643_TYPES.has(doc.type)) return undefined;
  const birth = birthDateOf(doc.number);
  if (!birth || birth > day) return undefined;
  const age = ageOn(birth, day);
  const floor = province.minAgeWithProof ?? province.minAge;
  const path = `${doc.path}.number`;
  if (age < floor) {
    return { path, message: { zh: `负责人 ${age} 岁，本省要求年满 ${floor} 周岁`, en: `the person is ${age}; the province requires at least ${floor}` } };
  }
  if (age < province.minAge) {
    return {
      path,
      severity: 'warning',
      message: {
        zh: `负责人 ${age} 岁，${floor}–${province.minAge} 周岁需提供劳动就业或收入证明`,
        en: `the person is ${age}; ages ${floor}–${province.minAge} need proof of employment or income`,
      },
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// A 个人 主办者.

const sameNumber = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();

const personalSubjectRules: Rule[] = [
  defineRule({
    id: 'identity/personal-local-id',
    severity: 'warning',
    field: 'subject.certificate.{type,number}',
    title: { zh: '本省管局只接受本省居民身份证的个人备案，外省证件需居住证或不予受理', en: 'This province files individuals with a local ID card only' },
    source: 'rules-corpus §4.8 (Q: local ID only in 山西, 黑龙江, 河南, 重庆, 云南, 甘肃, 青海, 宁夏, 新疆)',
    *check({ profile, province }) {
      if (!isPersonalSubject(profile) || !province.personalLocalIdOnly) return;
      const { type, number } = profile.subject.certificate;
      if (type.trim() && type.trim() !== ID_CARD) {
        yield { path: 'subject.certificate.type', message: { zh: `${province.province}个人备案只接受本省居民身份证`, en: `${province.province} accepts only a local ID card` } };
        return;
      }
      const issuer = provinceOfIdPrefix(number.trim());
      if (type.trim() === ID_CARD && issuer && issuer.name !== province.province) {
        yield {
          path: 'subject.certificate.number',
          message: { zh: `身份证签发地为${issuer.name}，${province.province}个人备案只接受本省身份证`, en: `ID issued in ${issuer.name}; ${province.province} accepts only local IDs` },
        };
      }
    },
  }),
  defineRule({
    id: 'identity/personal-subject-is-head',
    severity: 'warning',
    field: 'subject.{name,certificate.number}',
    title: { zh: '个人备案的主办者应与主体负责人为同一人（姓名、证件号码一致）', en: 'A personal subject should be its own person in charge (same name and number)' },
    source: 'rules-corpus §1.1 (personal: name = 证件 name; investor = own name), §4.1 [TC-2015 ADVICE]',
    *check({ profile }) {
      if (!isPersonalSubject(profile)) return;
      const { subject } = profile;
      const head = subject.head;
      if (subject.certificate.number.trim() && head.certificate.number.trim() && !sameNumber(subject.certificate.number, head.certificate.number)) {
        yield { path: 'subject.certificate.number', message: { zh: '主办者证件号码与主体负责人证件号码不一致', en: 'the subject number differs from the head number' } };
      }
      if (subject.name.trim() && head.name.trim() && subject.name.trim() !== head.name.trim()) {
        yield { path: 'subject.name', message: { zh: '主办者姓名与主体负责人姓名不一致', en: 'the subject name differs from the head name' } };
      }
    },
  }),
];

export const identityRules: Rule[] = [...residentIdRules, ...travelDocumentRules, ...personRules, ...personalSubjectRules];
