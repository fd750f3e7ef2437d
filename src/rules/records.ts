import { provinceOfAbbreviation } from './data/provinces';
import { defineRule, type Rule } from './define-rule';

// 备案号 formats (rules-corpus §5): 主体 `京ICP备16020626号`, 网站 = 主体号 + `-n`.
const SUBJECT_RECORD = /^(京|津|冀|晋|蒙|辽|吉|黑|沪|苏|浙|皖|闽|赣|鲁|豫|鄂|湘|粤|桂|琼|渝|蜀|川|黔|滇|云|藏|陕|甘|陇|青|宁|新)ICP备(\d{6,10})号$/;
const WEBSITE_RECORD = /^(.+号)-(\d+)$/;

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
  defineRule({
    id: 'records/website-record-format',
    severity: 'error',
    field: 'websites[].recordNumber',
    title: { zh: '网站备案号应为主体备案号加「-序号」', en: 'Website record number must be the subject record number plus "-n"' },
    source: 'rules-corpus §5 (TC: 京ICP备11018762号-11)',
    *check({ profile }) {
      const subjectRecord = profile.subject.recordNumber.trim();
      for (const [i, site] of profile.websites.entries()) {
        const value = site.recordNumber.trim();
        if (!value) continue;
        const match = WEBSITE_RECORD.exec(value);
        if (!match || !SUBJECT_RECORD.test(match[1] ?? '')) {
          yield { path: `websites[${i}].recordNumber` };
        } else if (!subjectRecord) {
          yield {
            path: `websites[${i}].recordNumber`,
            message: { zh: '网站已有备案号时，主体备案号不能为空', en: 'a filed website needs the subject record number too' },
          };
        } else if (match[1] !== subjectRecord) {
          yield {
            path: `websites[${i}].recordNumber`,
            message: {
              zh: '网站备案号应以主体备案号开头',
              en: 'the website record number must start with the subject record number',
            },
          };
        }
      }
    },
  }),
];
