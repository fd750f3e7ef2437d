import { APPROVALS, LANGUAGES, SERVICES } from '../profile/options';
import { defineRule, people, type Hit, type Rule } from './define-rule';

// Fields every portal marks required (seeds 000/001: every field but 备注 carries *), and option labels portals know.
// Format checks of these fields live with their families; this file only says "missing" or "not an option".

const isBlank = (value: string) => value.trim() === '';

/** A required field at its dotted path, split here once rather than for every profile checked. */
const required = (path: string, zh: string, en: string) => ({ path, keys: path.split('.'), zh, en });

const SUBJECT_REQUIRED = [
  required('subject.name', '主办单位名称', 'host entity name'),
  required('subject.nature', '主办单位性质', 'host entity nature'),
  required('subject.certificate.type', '主办单位证件类型', 'host entity certificate type'),
  required('subject.certificate.number', '主办单位证件号码', 'host entity certificate number'),
  required('subject.investor', '投资人或主管单位', 'investor or supervising unit'),
];

const PERSON_REQUIRED = [
  required('name', '负责人姓名', 'name'),
  required('certificate.type', '负责人证件类型', 'certificate type'),
  required('certificate.number', '负责人证件号码', 'certificate number'),
];

function valueAt(root: object, keys: readonly string[]): string {
  let node: unknown = root;
  for (const key of keys) node = (node as Record<string, unknown>)[key];
  return typeof node === 'string' ? node : '';
}

const missing = (path: string, zh: string, en: string): Hit => ({
  path,
  message: { zh: `请填写${zh}`, en: `${en} is required` },
});

export const completenessRules: Rule[] = [
  defineRule({
    id: 'completeness/subject-field-required',
    severity: 'error',
    field: 'subject.{name,nature,certificate.type,certificate.number,investor}',
    title: { zh: '主办单位必填项不能为空', en: 'Required host entity fields must not be empty' },
    source: 'seeds 000/001 (fields marked *); rules-corpus §1.1',
    *check({ profile }) {
      for (const { path, keys, zh, en } of SUBJECT_REQUIRED) {
        if (isBlank(valueAt(profile, keys))) yield missing(path, zh, en);
      }
    },
  }),
  defineRule({
    id: 'completeness/person-field-required',
    severity: 'error',
    field: '{person}.{name,certificate.type,certificate.number}',
    title: { zh: '负责人必填项不能为空', en: 'Required fields of a person in charge must not be empty' },
    source: 'seeds 000/001 (fields marked *); rules-corpus §1.2',
    *check({ profile }) {
      for (const slot of people(profile)) {
        for (const { path, keys, zh, en } of PERSON_REQUIRED) {
          if (isBlank(valueAt(slot.person, keys))) yield missing(`${slot.path}.${path}`, zh, `${en} of the person in charge`);
        }
      }
    },
  }),
  defineRule({
    id: 'completeness/website-options-required',
    severity: 'error',
    field: 'websites[].{services,languages}',
    title: { zh: '请至少选择一项网站服务内容和语言', en: 'Choose at least one service type and one language' },
    source: 'seeds 000/001 (网站服务内容 *, 网站语言类别 *); rules-corpus §1.3',
    *check({ profile }) {
      for (const [i, site] of profile.websites.entries()) {
        if (site.services.length === 0) yield missing(`websites[${i}].services`, '网站服务内容', 'website service type');
        if (site.languages.length === 0) yield missing(`websites[${i}].languages`, '网站语言类别', 'website language');
      }
    },
  }),
  defineRule({
    id: 'completeness/known-option',
    severity: 'error',
    field: 'websites[].{services[],languages[],approvals[].type}',
    title: { zh: '选项不在门户的选项列表中', en: 'Value is not one of the options portals offer' },
    source: 'rules-corpus §1.7 (MIIT 企业侧 code tables)',
    *check({ profile }) {
      const lists = [
        ['services', SERVICES, '网站服务内容', 'service type'],
        ['languages', LANGUAGES, '网站语言类别', 'language'],
      ] as const;
      for (const [i, site] of profile.websites.entries()) {
        for (const [key, options, zh, en] of lists) {
          for (const [j, label] of site[key].entries()) {
            if (!Object.hasOwn(options, label)) {
              yield {
                path: `websites[${i}].${key}[${j}]`,
                message: { zh: `「${label}」不是有效的${zh}选项`, en: `"${label}" is not a ${en} option` },
              };
            }
          }
        }
        for (const [j, approval] of site.approvals.entries()) {
          if (!Object.hasOwn(APPROVALS, approval.type)) {
            yield {
              path: `websites[${i}].approvals[${j}].type`,
              message: { zh: `「${approval.type}」不是有效的前置审批类型`, en: `"${approval.type}" is not a pre-approval type` },
            };
          }
        }
      }
    },
  }),
  defineRule({
    id: 'completeness/approval-number-required',
    severity: 'error',
    field: '{websites[],apps[],miniPrograms[]}.approvals[].number',
    title: { zh: '前置审批需填写审批号', en: 'A pre-approval needs its approval number' },
    source: 'rules-corpus §1.3, §1.6 (WX nrlx_details.code required unless 以上都不涉及)',
    *check({ profile }) {
      const services = [
        ...profile.websites.map((s, i) => [`websites[${i}]`, s.approvals] as const),
        ...profile.apps.map((a, i) => [`apps[${i}]`, a.approvals] as const),
        ...profile.miniPrograms.map((m, i) => [`miniPrograms[${i}]`, m.approvals] as const),
      ];
      for (const [path, approvals] of services) {
        for (const [j, approval] of approvals.entries()) {
          if (isBlank(approval.number)) yield { path: `${path}.approvals[${j}].number` };
        }
      }
    },
  }),
];
