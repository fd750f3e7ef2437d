import { defineRule, heads, isPersonalSubject, isSamePerson, HEAD_NOUNS, type Rule } from './define-rule';

// Rules that come only from a province's data (src/rules/data/provinces.ts), with the 管局 named in the message.

// Agents retype the set text; half- or full-width punctuation and spaces must not make it count as missing.
const bare = (text: string) => text.replace(/[\s\p{P}]/gu, '');
const containsText = (remark: string, text: string) => bare(remark).includes(bare(text));

export const provinceRules: Rule[] = [
  defineRule({
    id: 'province/personal-remark',
    severity: 'error',
    field: 'websites[].remark',
    title: { zh: '本省管局要求个人网站备注中写明规定的文字', en: 'This province requires a set text in a personal website’s remark' },
    source: 'rules-corpus §4.8 (天津 since 2011-09-08 [Q]; 广西 same text [T])',
    *check(ctx) {
      const text = ctx.province.personalRemark;
      if (!text || !isPersonalSubject(ctx.profile)) return;
      const inSubject = containsText(ctx.profile.subject.remark, text);
      for (const [i, site] of ctx.profile.websites.entries()) {
        if (containsText(site.remark, text)) continue;
        // The 管局 asks for it on the 个人网站; only in the 主体备注 it may be missed, so that is a warning.
        yield inSubject
          ? { path: `websites[${i}].remark`, severity: 'warning', message: { zh: `本省管局要求的声明只写在主体备注中，请也写入网站备注：「${text}」`, en: `the province’s required statement is only in the subject remark; put it in the website remark too: "${text}"` } }
          : { path: `websites[${i}].remark`, message: { zh: `本省管局要求个人网站备注包含：「${text}」`, en: `the province requires the website remark to contain: "${text}"` } };
      }
    },
  }),
  defineRule({
    id: 'province/personal-remark-content',
    severity: 'warning',
    field: 'websites[].remark',
    title: { zh: '个人网站请在备注中说明网站的实际内容（多地管局要求）', en: 'Describe a personal website’s actual content in its remark (many provinces require it)' },
    source: 'rules-corpus §4.1, §4.8 (remark describing site content required in many provinces [QC limit.md, TC FAQ §11]; 山东/广东/青海/甘肃)',
    *check(ctx) {
      // Without a known province there is no 管局 to speak for; address/region-valid reports the province.
      if (!ctx.province.province || !isPersonalSubject(ctx.profile)) return;
      for (const [i, site] of ctx.profile.websites.entries()) {
        if (!site.remark.trim()) yield { path: `websites[${i}].remark` };
      }
    },
  }),
  defineRule({
    id: 'province/simplified-chinese',
    severity: 'error',
    field: 'websites[].languages',
    title: { zh: '本省管局要求网站语言包含中文简体', en: 'This province requires Simplified Chinese among the languages' },
    source: 'rules-corpus §1.3, §4.8 (上海 [Q])',
    *check(ctx) {
      if (!ctx.province.requireSimplifiedChinese) return;
      for (const [i, site] of ctx.profile.websites.entries()) {
        if (!site.languages.includes('中文简体')) yield { path: `websites[${i}].languages`, message: { zh: '本省管局要求网站语言包含中文简体', en: 'the province requires 中文简体 among the languages' } };
      }
    },
  }),
  defineRule({
    id: 'province/website-head-differs',
    severity: 'error',
    field: '{websites[],apps[],miniPrograms[]}.head.name',
    title: { zh: '本省管局要求网站（APP、小程序）负责人与主体负责人不是同一人', en: 'This province requires a website (APP, mini-program) head other than the subject head' },
    source: 'rules-corpus §4.8, §3.5 (天津 [QC]); APP and mini-program heads are the same 互联网信息服务负责人 (rules-corpus §1.2, §1.6)',
    *check(ctx) {
      // An enterprise-column rule of the corpus; a person filing for themselves is both heads.
      if (!ctx.province.websiteHeadDiffersFromSubjectHead || isPersonalSubject(ctx.profile)) return;
      for (const slot of heads(ctx.profile)) {
        if (slot.role === 'subject' || !slot.person.name.trim() || !isSamePerson(slot.person, ctx.profile.subject.head)) continue;
        const head = HEAD_NOUNS[slot.role];
        yield { path: `${slot.path}.name`, message: { zh: `本省管局要求${head.zh}与主体负责人不同（需授权书）`, en: `the province requires a different ${head.en} (with an authorisation letter)` } };
      }
    },
  }),
];
