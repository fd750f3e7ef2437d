import type { Person, Profile } from '../profile/schema';
import { memoise } from './memoise';
import { AREA_CODE_PROVINCES, DISTINCT_EMERGENCY_PHONE_PROVINCES } from './data/area-codes';
import { isPersonalSubject, defineRule, heads, isSamePerson, people, whoIs, HEAD_NOUNS, type Hit, type PersonSlot, type Rule, type Text } from './define-rule';

// 负责人 phones and e-mails (rules-corpus §1.2, §3.5): syntax of each value, then distinctness inside a person,
// between 主体负责人 and each service's (网站, APP, 小程序) 负责人, and of the 应急联系电话.

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * `区号-号码[-分机]`, optionally behind the country code portals prepend (`086-010-8456212` in seed 000,
 * `86-10-12345678` in rules-corpus §3.5). After a country code the area code may drop its leading 0.
 */
const LANDLINE = /^(?:(?<country>\+86|0086|086|86)-)?(?<area>0?\d{2,3})-(?<local>[2-9]\d{6,7})(?:-(?<extension>\d{1,6}))?$/;

/** Mainland area codes are 010, 02x, or four digits 03xx–09xx; no 01xx/02xx four-digit code exists. */
const AREA_CODE = /^0(?:10|2\d|[3-9]\d{2})$/;

/** Local part per RFC 5322 dot-atom; the domain may be an IDN (例子.中国) or its punycode. */
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

type Landline = { areaCode: string; local: string; extension?: string };

function parseLandlineOnce(value: string): Landline | undefined {
  const groups = LANDLINE.exec(value.trim())?.groups;
  if (!groups?.area || !groups.local) return undefined;
  const areaCode = groups.area.startsWith('0') ? groups.area : `0${groups.area}`;
  // Without a country code the 0 is how the filer marks the area code; "571-…" is a typo, not a short form.
  if (!groups.country && !groups.area.startsWith('0')) return undefined;
  if (!AREA_CODE.test(areaCode)) return undefined;
  return { areaCode, local: groups.local, ...(groups.extension && { extension: groups.extension }) };
}

/** Read by the format rules and again by the area-code rule. Shared answers: callers must not mutate them. */
export const parseLandline = memoise(parseLandlineOnce);

export const isMobile = (value: string): boolean => MOBILE.test(value.trim());
export const isEmail = (value: string): boolean => EMAIL.test(value.trim());

const normalisedEmail = (value: string): string => value.trim().toLowerCase();
const normalisedPhone = (value: string): string => value.trim();
const filled = (values: readonly string[]): boolean => values.some((v) => v.trim() !== '');

// ---------------------------------------------------------------------------------------------------------------
// Per-value syntax.

function mobileMessage(value: string): Text {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 11) {
    return { zh: `手机号码应为 11 位数字，「${value}」有 ${digits.length} 位`, en: `a mobile number has 11 digits; "${value}" has ${digits.length}` };
  }
  return { zh: `「${value}」不是有效的手机号码（1 开头，第二位 3–9，共 11 位数字）`, en: `"${value}" is not a mainland mobile number (1, then 3–9, 11 digits)` };
}

function emailMessage(value: string): Text {
  if (/[＠．]/.test(value)) return { zh: '电子邮件中含有全角符号（＠ 或 ．），请改为半角', en: 'the address contains full-width ＠ or ．; use ASCII @ and .' };
  if (/\s/.test(value)) return { zh: '电子邮件中不能有空格', en: 'an e-mail address may not contain spaces' };
  if (!value.includes('@')) return { zh: `「${value}」缺少 @`, en: `"${value}" has no @` };
  return { zh: `「${value}」不是有效的电子邮件地址`, en: `"${value}" is not a valid e-mail address` };
}

/** Each non-empty item of a person's list that fails `valid`, at `{person}.{key}[j]`. */
function* invalidItems(slot: PersonSlot, key: 'mobiles' | 'emails', valid: (v: string) => boolean, message: (v: string) => Text): Iterable<Hit> {
  for (const [j, value] of slot.person[key].entries()) {
    if (value.trim() !== '' && !valid(value)) yield { path: `${slot.path}.${key}[${j}]`, message: message(value.trim()) };
  }
}

/** Items equal (after `normalise`) to an earlier item of the same list. */
function* repeatedItems(slot: PersonSlot, key: 'mobiles' | 'emails', normalise: (v: string) => string): Iterable<Hit> {
  const seen = new Set<string>();
  for (const [j, value] of slot.person[key].entries()) {
    const n = normalise(value);
    if (n === '') continue;
    if (seen.has(n)) yield { path: `${slot.path}.${key}[${j}]`, message: { zh: `「${value.trim()}」重复填写`, en: `"${value.trim()}" is listed twice` } };
    seen.add(n);
  }
}

const syntaxRules: Rule[] = [
  defineRule({
    id: 'contacts/mobile-format',
    severity: 'error',
    field: '{person}.mobiles[]',
    title: { zh: '手机号码格式错误', en: 'Mobile number is not valid' },
    source: 'rules-corpus §3.5 (^1[3-9]\\d{9}$), §1.2 (SMS-verified, HARD-SYS)',
    *check({ profile }) {
      for (const slot of people(profile)) yield* invalidItems(slot, 'mobiles', isMobile, mobileMessage);
    },
  }),
  defineRule({
    id: 'contacts/mobile-required',
    severity: 'error',
    field: '{person}.mobiles',
    title: { zh: '请至少填写一个手机号码', en: 'At least one mobile number is required' },
    source: 'rules-corpus §1.2 (手机号码, 工信部短信核验); seeds 000/001 (field marked *)',
    *check({ profile }) {
      for (const slot of people(profile)) if (!filled(slot.person.mobiles)) yield { path: `${slot.path}.mobiles` };
    },
  }),
  defineRule({
    id: 'contacts/office-phone-format',
    severity: 'error',
    field: '{person}.officePhone',
    title: {
      zh: '办公室电话应为「区号-号码」或「区号-号码-分机」，如 0571-88886666、010-84562120-123',
      en: 'Office phone must be area code-number[-extension], e.g. 0571-88886666 or 010-84562120-123',
    },
    source: 'rules-corpus §3.5 (0\\d{2,3} + [2-9]\\d{6,7}; 086- form from Inspur hint); seed 000 (086-010-8456212); profile-format.md',
    *check({ profile }) {
      for (const slot of people(profile)) {
        const value = slot.person.officePhone.trim();
        if (value !== '' && !parseLandline(value)) yield { path: `${slot.path}.officePhone` };
      }
    },
  }),
  defineRule({
    id: 'contacts/office-phone-required',
    severity: 'warning',
    field: '{person}.officePhone',
    title: { zh: '单位备案需填写负责人的办公室固定电话', en: 'An organisation filing needs the office landline of each person in charge' },
    source: 'rules-corpus §1.2 (办公室电话 单位必填 TC); §4.8 吉林 (real office phone)',
    *check({ profile }) {
      if (isPersonalSubject(profile)) return;
      for (const slot of people(profile)) if (slot.person.officePhone.trim() === '') yield { path: `${slot.path}.officePhone` };
    },
  }),
  defineRule({
    id: 'contacts/email-format',
    severity: 'error',
    field: '{person}.emails[]',
    title: { zh: '电子邮件地址格式错误', en: 'E-mail address is not valid' },
    source: 'rules-corpus §3.5, §7 (e-mail syntax)',
    *check({ profile }) {
      for (const slot of people(profile)) yield* invalidItems(slot, 'emails', isEmail, emailMessage);
    },
  }),
  defineRule({
    id: 'contacts/email-required',
    severity: 'error',
    field: '{person}.emails',
    title: { zh: '请至少填写一个电子邮件地址', en: 'At least one e-mail address is required' },
    source: 'rules-corpus §1.2 (电子邮件); seeds 000/001 (field marked *)',
    *check({ profile }) {
      for (const slot of people(profile)) if (!filled(slot.person.emails)) yield { path: `${slot.path}.emails` };
    },
  }),
  defineRule({
    id: 'contacts/emergency-phone-format',
    severity: 'error',
    field: '{person}.emergencyPhone',
    title: { zh: '应急联系电话应为手机号码或「区号-号码」固定电话', en: 'Emergency phone must be a mobile number or an area code-number landline' },
    source: 'rules-corpus §1.2, §3.5',
    *check({ profile }) {
      for (const slot of people(profile)) {
        const value = slot.person.emergencyPhone.trim();
        if (value !== '' && !isMobile(value) && !parseLandline(value)) yield { path: `${slot.path}.emergencyPhone` };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Distinctness.

const repeatRules: Rule[] = [
  defineRule({
    id: 'contacts/duplicate-within-person',
    severity: 'warning',
    field: '{person}.{mobiles[],emails[]}',
    title: { zh: '同一负责人的手机号码或电子邮件重复填写', en: 'A mobile number or e-mail is listed twice for the same person' },
    source: 'rules-corpus §3.5 (distinct contacts)',
    *check({ profile }) {
      for (const slot of people(profile)) {
        yield* repeatedItems(slot, 'mobiles', normalisedPhone);
        yield* repeatedItems(slot, 'emails', normalisedEmail);
      }
    },
  }),
  defineRule({
    id: 'contacts/emergency-differs-from-mobile',
    severity: 'error',
    field: '{person}.emergencyPhone',
    title: { zh: '应急联系电话不能与本人的手机号码相同', en: 'The emergency phone must differ from the person’s own mobile numbers' },
    source: 'rules-corpus §1.2, §3.5 (应急电话 ≠ 负责人 mobiles, HARD-DOC QC/VE); Inspur hint (不能与联系方式1相同)',
    *check({ profile }) {
      for (const slot of people(profile)) {
        const emergency = normalisedPhone(slot.person.emergencyPhone);
        if (emergency !== '' && slot.person.mobiles.some((m) => normalisedPhone(m) === emergency)) yield { path: `${slot.path}.emergencyPhone` };
      }
    },
  }),
];

const CONTACT_WORD: Record<'mobiles' | 'emails', Text> = { mobiles: { zh: '手机号码', en: 'mobile number' }, emails: { zh: '电子邮件', en: 'e-mail' } };

/** Service-head items (网站, APP, 小程序负责人) that repeat an item of a different 主体负责人. */
function* sharedWithSubjectHead(subjectHead: Person, slot: PersonSlot, key: 'mobiles' | 'emails', normalise: (v: string) => string): Iterable<Hit> {
  const taken = new Set(subjectHead[key].map(normalise).filter((v) => v !== ''));
  for (const [j, value] of slot.person[key].entries()) {
    if (taken.has(normalise(value))) {
      yield {
        path: `${slot.path}.${key}[${j}]`,
        // The other field is named, never its value: a mark on a service page must not show the subject head's data.
        message: {
          zh: `与主体负责人的${CONTACT_WORD[key].zh}相同；${HEAD_NOUNS[slot.role].zh}与主体负责人不是同一人时，手机号码和电子邮件不能相同`,
          en: `same as the subject head’s ${CONTACT_WORD[key].en}; a different ${HEAD_NOUNS[slot.role].en} needs their own mobile and e-mail`,
        },
      };
    }
  }
}

// How people relate is MIIT's concern between the ICP heads (`heads()`): the 公安 people never appear on its form.

/** Slots holding different people, each pair once, the later slot second. */
function* pairsOfDifferentPeople(profile: Profile): Iterable<[PersonSlot, PersonSlot]> {
  const slots = heads(profile);
  for (const [i, a] of slots.entries()) {
    for (const b of slots.slice(i + 1)) if (!isSamePerson(a.person, b.person)) yield [a, b];
  }
}

const crossPersonRules: Rule[] = [
  defineRule({
    id: 'contacts/heads-distinct-contacts',
    severity: 'error',
    field: '{websites[],apps[],miniPrograms[]}.head.{mobiles[],emails[]}',
    title: {
      zh: '网站、APP 或小程序负责人与主体负责人不是同一人时，二者的手机号码和电子邮件不能相同',
      en: 'When a website, APP or mini-program head is not the subject head, their mobiles and e-mails must differ',
    },
    source: 'seed 002 §2.3 (若网站负责人与主办单位负责人非同一人…二者信息不可相同); rules-corpus §3.5 [HW 备案材料咨询]; HW 备案驳回咨询 doc_0023 (主体负责人和互联网信息服务负责人不一致时，手机号码和邮箱也需要保持不一致)',
    *check({ profile }) {
      const subjectHead = profile.subject.head;
      for (const slot of heads(profile)) {
        if (slot.role === 'subject' || isSamePerson(subjectHead, slot.person)) continue;
        yield* sharedWithSubjectHead(subjectHead, slot, 'mobiles', normalisedPhone);
        yield* sharedWithSubjectHead(subjectHead, slot, 'emails', normalisedEmail);
      }
    },
  }),
  defineRule({
    id: 'contacts/emergency-phones-distinct',
    severity: 'warning',
    field: '{person}.emergencyPhone',
    title: { zh: '不同负责人的应急联系电话应各不相同', en: 'Different people in charge should have different emergency phones' },
    source: 'Inspur hint (河南 重庆 天津 甘肃 主体负责人、网站负责人的应急联系电话不能相同) [trylang/opration-beian-angular]; rules-corpus §3.5',
    *check({ profile }) {
      const strict = DISTINCT_EMERGENCY_PHONE_PROVINCES.includes(profile.subject.region.province.trim());
      const reported = new Set<string>();
      for (const [first, second] of pairsOfDifferentPeople(profile)) {
        const phone = normalisedPhone(second.person.emergencyPhone);
        if (phone === '' || phone !== normalisedPhone(first.person.emergencyPhone) || reported.has(second.path)) continue;
        reported.add(second.path);
        const other = whoIs(first);
        yield {
          path: `${second.path}.emergencyPhone`,
          ...(strict && { severity: 'error' as const }),
          message: {
            zh: `与${other.zh}的应急联系电话相同${strict ? '（本省管局要求不同）' : ''}`,
            en: `same emergency phone as ${other.en}${strict ? ' (this province requires them to differ)' : ''}`,
          },
        };
      }
    },
  }),
  defineRule({
    id: 'contacts/emergency-not-another-mobile',
    severity: 'error',
    field: '{person}.emergencyPhone',
    title: {
      zh: '应急联系电话不能是另一位负责人的手机号码',
      en: 'The emergency phone may not be another person in charge’s mobile number',
    },
    source: 'HW 备案驳回咨询 doc_0023 驳回原因三 (主体负责人/互联网信息服务负责人的手机号码和应急号码不能重复); rules-corpus §3.5',
    *check({ profile }) {
      const slots = heads(profile);
      for (const slot of slots) {
        const emergency = normalisedPhone(slot.person.emergencyPhone);
        // Equal to the person's own mobile is contacts/emergency-differs-from-mobile's finding: one typo, one finding.
        if (emergency === '' || slot.person.mobiles.some((m) => normalisedPhone(m) === emergency)) continue;
        const owner = slots.find((other) => !isSamePerson(other.person, slot.person) && other.person.mobiles.some((m) => normalisedPhone(m) === emergency));
        if (!owner) continue;
        const other = whoIs(owner);
        yield {
          path: `${slot.path}.emergencyPhone`,
          message: { zh: `与${other.zh}的手机号码相同；应急联系电话须是另一个号码`, en: `same as the mobile of ${other.en}; use a different emergency number` },
        };
      }
    },
  }),
  defineRule({
    id: 'contacts/office-phone-area-code',
    severity: 'warning',
    field: '{person}.officePhone',
    title: { zh: '办公室电话需为备案所在地号段', en: 'The office phone should have an area code of the filing province' },
    source: 'rules-corpus §3.5 [TC/QC 联系电话需为备案所在地号段]; seed 002 §2.2 (归属地需与主办单位所在地对应一致)',
    *check({ profile }) {
      const province = profile.subject.region.province.trim();
      if (province === '') return;
      for (const slot of people(profile)) {
        const areaCode = parseLandline(slot.person.officePhone)?.areaCode;
        const owner = areaCode === undefined ? undefined : AREA_CODE_PROVINCES[areaCode];
        if (owner === undefined || owner === province) continue;
        yield {
          path: `${slot.path}.officePhone`,
          message: { zh: `区号 ${areaCode} 属于${owner}，不在主办单位所在省`, en: `area code ${areaCode} is in ${owner}, not in the subject’s province` },
        };
      }
    },
  }),
];

export const contactsRules: Rule[] = [...syntaxRules, ...repeatRules, ...crossPersonRules];
