import { ALL_CERTIFICATES, CERTIFICATES_BY_NATURE, NATURES, PERSON_CERTIFICATES, type Nature } from '../profile/options';
import type { Profile } from '../profile/schema';
import { orgCodeProblem } from './algorithms/org-code';
import { usccCategory, usccCheckChar, usccOrgCode, usccProblem, usccRegionCode } from './algorithms/uscc';
import { provinceOfIdPrefix } from './data/divisions';
import { isPersonalSubject, defineRule, type Hit, type Rule, type RuleContext, type Text } from './define-rule';
import { perObject } from './memoise';

// The 主办单位 as an organisation (rules-corpus §2.1–§2.2, §3.2–§3.3, §4.1), plus the few rules on a 个人 主办者's
// name and investor; the personal document itself is checked by the identity family.

const isNature = (value: string): value is Nature => Object.hasOwn(NATURES, value);

const natureOf = (profile: Profile): Nature | undefined => {
  const nature = profile.subject.nature.trim();
  return isNature(nature) ? nature : undefined;
};


/** Natures whose row of the §2.2 matrix a source confirms (WX sample and example, Tencent 单位备案 table); the rest is inferred. */
const CONFIRMED_NATURES: ReadonlySet<Nature> = new Set<Nature>(['个人', '企业', '政府机关', '事业单位', '社会团体', '民办非企业单位', '基金会', '律师执业机构']);

/** Documents whose number is the USCC since 三证合一 (2015); anything else is a filing error. */
const USCC_ONLY_TYPES: ReadonlySet<string> = new Set(['营业执照（个人或企业）', '统一社会信用代码证书']);
const ORG_CODE_TYPE = '组织机构代码证';

/** Foreigners' names are written in Latin letters on these documents, so letters in the name are expected. */
const LATIN_NAME_TYPES: ReadonlySet<string> = new Set(['护照', '外国人永久居留身份证']);

const subjectNumber = (profile: Profile): string => profile.subject.certificate.number.trim();
const subjectType = (profile: Profile): string => profile.subject.certificate.type.trim();

/** An 18-character alphanumeric number is read as a USCC, whatever organisation document carries it. */
const looksLikeUscc = (number: string): boolean => /^[0-9A-Za-z]{18}$/.test(number);

/** The subject's number when it is an organisation's valid USCC, for the cross-checks that only make sense then. */
const validUscc = perObject(({ profile }: RuleContext): string | undefined => {
  const number = subjectNumber(profile);
  if (isPersonalSubject(profile) || !looksLikeUscc(number) || usccProblem(number)) return undefined;
  return number.toUpperCase();
});

// ---------------------------------------------------------------------------------------------------------------
// 性质 ↔ 证件类型.

function certificateTypeHit(nature: Nature, type: string): Hit | undefined {
  const path = 'subject.certificate.type';
  const allowed = Object.keys(CERTIFICATES_BY_NATURE[nature]);
  if (allowed.includes(type)) return undefined;
  const message: Text = {
    zh: `主办单位性质为「${nature}」时证件类型应为：${allowed.join('、')}`,
    en: `for nature "${nature}" the document type must be one of: ${allowed.join(', ')}`,
  };
  const known = PERSON_CERTIFICATES.includes(type) || ALL_CERTIFICATES.includes(type);
  const crossesPersonLine = (nature === '个人') !== PERSON_CERTIFICATES.includes(type);
  if (!known || crossesPersonLine || CONFIRMED_NATURES.has(nature)) return { path, message };
  return {
    path,
    severity: 'warning',
    message: { zh: `${message.zh}（该性质的证件对应关系尚未核实）`, en: `${message.en} (this row of the matrix is unverified)` },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// USCC 登记管理部门 + 机构类别 ↔ 性质 (rules-corpus §3.2 hints; warn, the tables grow).

const USCC_CATEGORIES_BY_NATURE: Partial<Record<Nature, readonly string[]>> = {
  企业: ['91', '92', '93'],
  事业单位: ['12'],
  政府机关: ['11'],
  社会团体: ['51'],
  民办非企业单位: ['52'],
  基金会: ['53'],
  律师执业机构: ['31'],
  公证机构: ['32'],
  司法鉴定机构: ['34'],
  仲裁机构: ['35'],
  宗教团体: ['71'],
  集体经济: ['N'],
  外国在华文化中心: ['41'],
};

/** Names of the 登记管理部门 + 机构类别 codes the hints use, for the message. */
const USCC_CATEGORY_NAMES: Readonly<Record<string, string>> = {
  '11': '机构编制 · 机关',
  '12': '机构编制 · 事业单位',
  '13': '机构编制 · 群众团体',
  '31': '司法行政 · 律师执业机构',
  '32': '司法行政 · 公证处',
  '34': '司法行政 · 司法鉴定机构',
  '35': '司法行政 · 仲裁委员会',
  '41': '文化 · 外国在华文化中心',
  '51': '民政 · 社会团体',
  '52': '民政 · 民办非企业单位',
  '53': '民政 · 基金会',
  '71': '宗教 · 宗教活动场所',
  '91': '工商 · 企业',
  '92': '工商 · 个体工商户',
  '93': '工商 · 农民专业合作社',
};

const categoryName = (category: string): string =>
  USCC_CATEGORY_NAMES[category] ?? (category.startsWith('N') ? '农业农村 · 集体经济组织' : `代码 ${category}`);

// ---------------------------------------------------------------------------------------------------------------

const natureRules: Rule[] = [
  defineRule({
    id: 'organisation/nature-known',
    severity: 'error',
    field: 'subject.nature',
    title: { zh: '主办单位性质不是门户提供的选项', en: 'The host entity nature is not one of the portal options' },
    source: 'rules-corpus §2.1 (主办单位性质 code table)',
    *check({ profile }) {
      const nature = profile.subject.nature.trim();
      if (nature && !isNature(nature)) {
        yield { path: 'subject.nature', message: { zh: `「${nature}」不是有效的主办单位性质`, en: `"${nature}" is not a host entity nature` } };
      }
    },
  }),
  defineRule({
    id: 'organisation/nature-certificate-type',
    severity: 'error',
    field: 'subject.certificate.type',
    title: { zh: '主办单位证件类型与主办单位性质不匹配', en: 'The certificate type is not allowed for the host entity nature' },
    source: 'rules-corpus §2.2 (HARD-SYS; matrix confirmed by WX sample for 个人/企业/政府机关 and TC 单位备案, rest unverified → warning)',
    *check({ profile }) {
      const nature = natureOf(profile);
      const type = subjectType(profile);
      if (!nature || !type) return;
      const hit = certificateTypeHit(nature, type);
      if (hit) yield hit;
    },
  }),
];

const numberRules: Rule[] = [
  defineRule({
    id: 'organisation/uscc-required',
    severity: 'error',
    field: 'subject.certificate.number',
    title: { zh: '营业执照号码应填写 18 位统一社会信用代码', en: 'The licence number must be the 18-character unified social credit code' },
    source: 'seed 002 (三证合一后填写统一社会信用代码); rules-corpus §2.2 notes (TC17 三证合一), §3.2',
    *check({ profile }) {
      const number = subjectNumber(profile);
      if (isPersonalSubject(profile) || !USCC_ONLY_TYPES.has(subjectType(profile)) || !number || looksLikeUscc(number)) return;
      if (/^\d{15}$/.test(number)) {
        yield {
          path: 'subject.certificate.number',
          message: { zh: '15 位工商注册号已停用：三证合一后请填写 18 位统一社会信用代码', en: 'the 15-digit registration number is obsolete since 三证合一; use the 18-character USCC' },
        };
      } else {
        yield { path: 'subject.certificate.number' };
      }
    },
  }),
  defineRule({
    id: 'organisation/uscc-checksum',
    severity: 'error',
    field: 'subject.certificate.number',
    title: { zh: '统一社会信用代码无效', en: 'The unified social credit code is not valid' },
    source: 'rules-corpus §3.2 GB 32100-2015 (charset, MOD 31 check character)',
    *check({ profile }) {
      const number = subjectNumber(profile);
      if (isPersonalSubject(profile) || !looksLikeUscc(number)) return;
      const message = usccMessage(number);
      if (message) yield { path: 'subject.certificate.number', message };
    },
  }),
  defineRule({
    id: 'organisation/org-code-checksum',
    severity: 'error',
    field: 'subject.certificate.number',
    title: { zh: '组织机构代码无效（应为 8 位本体代码加校验码，如 12345678-9）', en: 'The organisation code is not valid (8 characters plus a check character, e.g. 12345678-9)' },
    source: 'rules-corpus §3.3 GB 11714-1997',
    *check({ profile }) {
      const number = subjectNumber(profile);
      if (isPersonalSubject(profile) || subjectType(profile) !== ORG_CODE_TYPE || !number || looksLikeUscc(number)) return;
      const problem = orgCodeProblem(number);
      if (problem === 'lowercase') {
        yield { path: 'subject.certificate.number', message: { zh: '组织机构代码中的字母请大写', en: 'letters of the organisation code must be upper case' } };
      } else if (problem) {
        yield { path: 'subject.certificate.number' };
      }
    },
  }),
];

function usccMessage(number: string): Text | undefined {
  switch (usccProblem(number)) {
    case 'format':
      return {
        zh: '统一社会信用代码应为 18 位：不含 I、O、S、V、Z，第 3–8 位为数字',
        en: 'a USCC is 18 characters without I, O, S, V, Z, with digits in positions 3–8',
      };
    case 'checksum': {
      const check = usccCheckChar(number.toUpperCase().slice(0, 17));
      return { zh: `校验码应为 ${check ?? '?'}`, en: `check character should be ${check ?? '?'}` };
    }
    case 'lowercase':
      return { zh: '统一社会信用代码中的字母请大写', en: 'letters of the USCC must be upper case' };
    default:
      return undefined;
  }
}

const usccHintRules: Rule[] = [
  defineRule({
    id: 'organisation/uscc-org-code',
    severity: 'warning',
    field: 'subject.certificate.number',
    title: { zh: '统一社会信用代码第 9–17 位（组织机构代码）校验不通过，请核对', en: 'Characters 9–17 of the USCC fail the organisation-code check; please verify' },
    source: 'rules-corpus §3.2 (optional second check, warn only), §3.3',
    *check(ctx) {
      const uscc = validUscc(ctx);
      if (uscc && orgCodeProblem(usccOrgCode(uscc))) yield { path: 'subject.certificate.number' };
    },
  }),
  defineRule({
    id: 'organisation/uscc-nature',
    severity: 'warning',
    field: 'subject.nature',
    title: { zh: '统一社会信用代码的登记机关类别与主办单位性质不一致', en: 'The USCC registration category does not fit the host entity nature' },
    source: 'rules-corpus §3.2 (登记管理部门 + 机构类别 hints; CredentialKit OrgCategory)',
    *check(ctx) {
      const uscc = validUscc(ctx);
      const nature = natureOf(ctx.profile);
      const expected = nature && USCC_CATEGORIES_BY_NATURE[nature];
      if (!uscc || !nature || !expected) return;
      const category = usccCategory(uscc);
      if (expected.some((prefix) => category.startsWith(prefix))) return;
      yield {
        path: 'subject.nature',
        message: {
          zh: `统一社会信用代码前两位「${category}」为${categoryName(category)}，性质「${nature}」通常对应 ${expected.join('/')}`,
          en: `USCC category "${category}" does not usually belong to nature "${nature}" (expected ${expected.join('/')})`,
        },
      };
    },
  }),
  defineRule({
    id: 'organisation/uscc-region',
    severity: 'warning',
    field: 'subject.certificate.number',
    title: { zh: '统一社会信用代码的登记机关所在省与主办单位所在省不一致', en: 'The USCC registration province differs from the subject province' },
    source: 'rules-corpus §3.2 (行政区划码), §4.1 (organisations cannot file cross-province [AL])',
    *check(ctx) {
      const { profile } = ctx;
      const uscc = validUscc(ctx);
      const province = profile.subject.region.province.trim();
      if (!uscc || !province) return;
      const region = usccRegionCode(uscc);
      // 10xxxx: registered by a national authority, which says nothing about the province.
      const issuer = region.startsWith('10') ? undefined : provinceOfIdPrefix(region);
      if (issuer && issuer.name !== province) {
        yield {
          path: 'subject.certificate.number',
          message: { zh: `代码第 3–8 位「${region}」属于${issuer.name}，主办单位所在省为${province}`, en: `region code ${region} is in ${issuer.name}, the subject is in ${province}` },
        };
      }
    },
  }),
];

const personalSubjectRules: Rule[] = [
  defineRule({
    id: 'organisation/personal-name-characters',
    severity: 'warning',
    field: 'subject.name',
    title: { zh: '个人主办者姓名不应含字母或数字', en: 'A personal subject name should hold no letters or digits' },
    source: 'rules-corpus §1.1 (TC-2015 guide: no letters/digits for personal names)',
    *check({ profile }) {
      if (!isPersonalSubject(profile) || LATIN_NAME_TYPES.has(subjectType(profile))) return;
      if (/[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/.test(profile.subject.name)) yield { path: 'subject.name' };
    },
  }),
  defineRule({
    id: 'organisation/personal-investor',
    severity: 'warning',
    field: 'subject.investor',
    title: { zh: '个人备案的投资人应填写主办者本人姓名', en: 'For a personal subject the investor should be the person themself' },
    source: 'rules-corpus §1.1, §4.1 (投资人: personal = own name [TC-2015 ADVICE])',
    *check({ profile }) {
      const { name, investor } = profile.subject;
      if (isPersonalSubject(profile) && name.trim() && investor.trim() && investor.trim() !== name.trim()) {
        yield { path: 'subject.investor', message: { zh: '投资人应与主办单位名称（主办者本人姓名）相同', en: 'the investor should be the host entity name (the person themself)' } };
      }
    },
  }),
];

export const organisationRules: Rule[] = [...natureRules, ...numberRules, ...usccHintRules, ...personalSubjectRules];
