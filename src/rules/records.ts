import { provinceOfAbbreviation } from './data/provinces';
import { perObject } from './memoise';
import { defineRule, type Hit, type Rule, type RuleContext, type Text } from './define-rule';

// 备案号 formats (rules-corpus §5): 主体 `京ICP备16020626号`; each service = 主体号 + `-n` and a letter for its kind:
// 网站 none, APP `A`, 小程序 `X`, 快应用 `K` (`-2A`, `-3X`, `-4K`); the n of all services are one sequence.
const SUBJECT_RECORD = /^(京|津|冀|晋|蒙|辽|吉|黑|沪|苏|浙|皖|闽|赣|鲁|豫|鄂|湘|粤|桂|琼|渝|蜀|川|黔|滇|云|藏|陕|甘|陇|青|宁|新)ICP备(\d{6,10})号$/;
/** 主体号, sequence number, kind letter (upper or lower case, so that a lower-case letter is reported as such). */
const SERVICE_RECORD = /^(.+号)-(\d+)([A-Za-z]?)$/;

type Suffix = '' | 'A' | 'X' | 'K';

const KIND: Readonly<Record<Suffix, Text>> = {
  '': { zh: '网站', en: 'website' },
  A: { zh: 'APP', en: 'APP' },
  X: { zh: '小程序', en: 'mini program' },
  K: { zh: '快应用', en: 'quick app' },
};

const example = (suffix: Suffix) => `浙ICP备2026001234号-2${suffix}`;

/** `label` names the service as the marks do (网站 2, APP 1), never by its stored name. */
type ServiceRecord = { path: string; value: string; suffix: Suffix; label: Text };

/** Every filed service's record number with the kind letter it must end in, listed once per check. */
const serviceRecords = perObject(({ profile }: RuleContext): ServiceRecord[] => {
  const filed = (list: string, i: number, value: string, suffix: Suffix, noun: Text): ServiceRecord[] =>
    value.trim() === '' ? [] : [{ path: `${list}[${i}].recordNumber`, value: value.trim(), suffix, label: { zh: `${noun.zh} ${i + 1}`, en: `${noun.en} ${i + 1}` } }];
  return [
    ...profile.websites.flatMap((site, i) => filed('websites', i, site.recordNumber, '', KIND[''])),
    ...profile.apps.flatMap((app, i) => filed('apps', i, app.recordNumber, 'A', KIND.A)),
    ...profile.miniPrograms.flatMap((mini, i) => {
      const suffix = mini.platform.trim() === '快应用' ? 'K' : 'X';
      return filed('miniPrograms', i, mini.recordNumber, suffix, KIND[suffix]);
    }),
  ];
});

/** The problem with one service record number, or undefined when it is the subject number + `-n` + its letter. */
function serviceRecordHit({ path, value, suffix }: ServiceRecord, subjectRecord: string): Hit | undefined {
  const match = SERVICE_RECORD.exec(value);
  const kind = KIND[suffix];
  if (!match || !SUBJECT_RECORD.test(match[1] ?? '')) return { path };
  const letter = match[3] ?? '';
  if (letter !== suffix) {
    const other = KIND[letter.toUpperCase() as Suffix] as Text | undefined;
    const wrong = letter === '' ? { zh: '没有类型字母', en: 'has no kind letter' } : other ? { zh: `以「${letter}」结尾（${other.zh}的备案号）`, en: `ends in "${letter}" (a ${other.en} number)` } : { zh: `以「${letter}」结尾`, en: `ends in "${letter}"` };
    const wanted = suffix === '' ? { zh: '以序号结尾，不带字母', en: 'ends in the number, with no letter' } : { zh: `以「${suffix}」结尾`, en: `ends in "${suffix}"` };
    return {
      path,
      message: {
        zh: `${kind.zh}备案号应${wanted.zh}（如 ${example(suffix)}），此号码${wrong.zh}`,
        en: `a ${kind.en} record number ${wanted.en} (e.g. ${example(suffix)}); this one ${wrong.en}`,
      },
    };
  }
  if (!subjectRecord) return { path, message: { zh: `${kind.zh}已有备案号时，主体备案号不能为空`, en: `a filed ${kind.en} needs the subject record number too` } };
  if (match[1] !== subjectRecord) {
    return { path, message: { zh: `${kind.zh}备案号应以主体备案号开头`, en: `the ${kind.en} record number must start with the subject record number` } };
  }
  return undefined;
}

/** A rule over the record numbers of one kind of service. */
const serviceRecordRule = (spec: Pick<Rule, 'id' | 'field' | 'title' | 'source'> & { kinds: readonly Suffix[] }): Rule =>
  defineRule({
    ...spec,
    severity: 'error',
    *check(ctx) {
      const { profile } = ctx;
      const subjectRecord = profile.subject.recordNumber.trim();
      for (const record of serviceRecords(ctx)) {
        if (!spec.kinds.includes(record.suffix)) continue;
        const hit = serviceRecordHit(record, subjectRecord);
        if (hit) yield hit;
      }
    },
  });

export const recordsRules: Rule[] = [
  defineRule({
    id: 'records/subject-record-format',
    severity: 'error',
    field: 'subject.recordNumber',
    title: { zh: '主体备案号格式应为「京ICP备16020626号」', en: 'Subject record number must look like 京ICP备16020626号' },
    source: 'rules-corpus §5 (TC 备案号相关; xiaosb.com)',
    *check({ profile }) {
      const value = profile.subject.recordNumber.trim();
      if (value && !SUBJECT_RECORD.test(value)) yield { path: 'subject.recordNumber' };
    },
  }),
  defineRule({
    id: 'records/subject-record-province',
    severity: 'warning',
    field: 'subject.recordNumber',
    title: { zh: '主体备案号的省份简称与主办单位所在省不一致', en: 'Record number prefix does not match the subject province' },
    source: 'rules-corpus §5 (province aliases)',
    *check({ profile }) {
      const match = SUBJECT_RECORD.exec(profile.subject.recordNumber.trim());
      const province = profile.subject.region.province.trim();
      if (!match?.[1] || !province) return;
      const owner = provinceOfAbbreviation(match[1]);
      if (owner && owner.province !== province) {
        yield {
          path: 'subject.recordNumber',
          message: {
            zh: `备案号前缀「${match[1]}」属于${owner.province}，主办单位所在省为${province}`,
            en: `prefix "${match[1]}" belongs to ${owner.province}, the subject is in ${province}`,
          },
        };
      }
    },
  }),
  serviceRecordRule({
    id: 'records/website-record-format',
    field: 'websites[].recordNumber',
    title: { zh: '网站备案号应为主体备案号加「-序号」', en: 'Website record number must be the subject record number plus "-n"' },
    source: 'rules-corpus §5 (TC: 京ICP备11018762号-11; HW App备案咨询 doc_0115: 网站 -1, App -2A, 小程序 -3X, 快应用 -4K)',
    kinds: [''],
  }),
  serviceRecordRule({
    id: 'records/app-record-format',
    field: 'apps[].recordNumber',
    title: { zh: 'APP 备案号应为主体备案号加「-序号A」，如 浙ICP备2026001234号-2A', en: 'An APP record number is the subject number plus "-nA", e.g. 浙ICP备2026001234号-2A' },
    source: 'rules-corpus §5 (APP -nA [HW App备案咨询]); HW App备案咨询 doc_0115; profile-format.md v2',
    kinds: ['A'],
  }),
  serviceRecordRule({
    id: 'records/mini-program-record-format',
    field: 'miniPrograms[].recordNumber',
    title: { zh: '小程序备案号应为主体备案号加「-序号X」（快应用为「-序号K」）', en: 'A mini program record number is the subject number plus "-nX" ("-nK" for a quick app)' },
    source: 'rules-corpus §5 (小程序 -nX, 快应用 -nK [HW App备案咨询; WX sample …-1626X]); HW App备案咨询 doc_0115',
    kinds: ['X', 'K'],
  }),
  defineRule({
    id: 'records/sequence-unique',
    severity: 'error',
    field: '{websites[],apps[],miniPrograms[]}.recordNumber',
    title: { zh: '网站、APP、小程序共用一个备案序号序列，序号不能重复', en: 'Websites, APPs and mini programs share one sequence; a number may not repeat' },
    source: 'rules-corpus §5 (shared sequence); HW App备案咨询 doc_0115 (网站、App、小程序、快应用共用服务信息备案序列)',
    *check(ctx) {
      const { profile } = ctx;
      const subjectRecord = profile.subject.recordNumber.trim();
      const first = new Map<string, Text>();
      for (const { path, value, label } of serviceRecords(ctx)) {
        const match = SERVICE_RECORD.exec(value);
        // Only numbers that sit under this subject can collide; a wrong prefix is the format rules' finding.
        if (!match?.[2] || match[1] !== subjectRecord) continue;
        const n = String(Number(match[2]));
        const earlier = first.get(n);
        if (earlier === undefined) first.set(n, label);
        else yield { path, message: { zh: `序号 -${n} 已用于${earlier.zh}`, en: `sequence number -${n} is already used by ${earlier.en}` } };
      }
    },
  }),
];
