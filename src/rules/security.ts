import type { Person, Security } from '../profile/schema';
import { daysFrom } from '../timeline/days';
import { securityDeadlines } from '../timeline/security-deadlines';
import { parseIsoDate } from './dates';
import { provinceOfAbbreviation } from './data/provinces';
import { defineRule, type Hit, type Rule, type RuleContext, type Text } from './define-rule';
import { perObject } from './memoise';

// 公安联网备案 of each website and APP (issue 18; profile-format.md "Security"; apps-security-materials.md §3).
// What the rules say of one person (documents, phones, e-mails, required fields) reaches the 安全负责人 and
// 应急联络人 through `people()` in define-rule.ts. The 域名证书's validity is domains/domain-validity's finding (it
// reads `security.domainCertificateValidUntil`), so it is not reported here a second time.

type Block = { service: string; list: 'websites' | 'apps'; index: number; security: Security; head: Person; recordNumber: string };

/** Each website and APP that holds a `security` block, with its path and its own 负责人; listed once per check. */
const blocks = perObject(({ profile }: RuleContext): Block[] => [
  ...profile.websites.flatMap((w, index): Block[] => (w.security ? [{ service: `websites[${index}]`, list: 'websites', index, security: w.security, head: w.head, recordNumber: w.recordNumber }] : [])),
  ...profile.apps.flatMap((a, index): Block[] => (a.security ? [{ service: `apps[${index}]`, list: 'apps', index, security: a.security, head: a.head, recordNumber: a.recordNumber }] : [])),
]);

/** 网站 / APP, as the 公安 form calls the service. */
const noun = (block: Block): Text => (block.list === 'apps' ? { zh: 'APP', en: 'APP' } : { zh: '网站', en: 'website' });

const openedOn = (security: Security): string => security.openedOn?.trim() ?? '';

// ---------------------------------------------------------------------------------------------------------------
// 网站开通日期 and the 30 days.

/**
 * The year of the subject's first ICP approval that a 备案号 carries: 10 digits start with it (`陇ICP备2021003158号`),
 * 8 digits with its last two (`京ICP备16020626号`) (rules-corpus §5). Shorter, older numbers say nothing we use.
 */
function approvalYearOf(recordNumber: string, today: string): number | undefined {
  const digits = /ICP备(\d+)号/.exec(recordNumber.trim())?.[1];
  if (digits?.length === 10) return Number(digits.slice(0, 4));
  if (digits?.length !== 8) return undefined;
  const year = 2000 + Number(digits.slice(0, 2));
  return year <= Number(today.slice(0, 4)) ? year : undefined;
}

const dateRules: Rule[] = [
  defineRule({
    id: 'security/filing-deadline',
    severity: 'error',
    field: '{websites[],apps[]}.security.openedOn',
    title: { zh: '公安联网备案须在网站开通之日起 30 日内办理', en: 'The public-security filing is due within 30 days of the site opening' },
    source: '公安部令第33号 第十二条 (apps-security-materials.md §3 [F]); rules-corpus §4.9 [QC]; issue 18; the date as src/timeline/security-deadlines.ts counts it',
    *check({ profile, today }) {
      // The timeline's own deadline (no filing log here: the rule knows the opening day from the profile alone), so
      // the mark on the field and the agenda's entry name the same due day and the same severity.
      for (const deadline of securityDeadlines(profile, [], {}, today)) {
        if (!('path' in deadline.from) || deadline.severity === 'info') continue;
        const left = daysFrom(today, deadline.due);
        const opened = deadline.from.date;
        yield {
          path: deadline.from.path,
          severity: deadline.severity,
          message:
            left < 0
              ? {
                  zh: `${opened} 开通，公安联网备案应在 ${deadline.due} 前办理，已逾期 ${-left} 天；已备案的请填写公安备案号`,
                  en: `opened on ${opened}: the public-security filing was due by ${deadline.due}, ${-left} ${-left === 1 ? 'day' : 'days'} ago; if it is filed, enter its number`,
                }
              : {
                  zh: `${opened} 开通，公安联网备案须在 ${deadline.due} 前办理（还剩 ${left} 天）`,
                  en: `opened on ${opened}: the public-security filing is due by ${deadline.due} (${left} ${left === 1 ? 'day' : 'days'} left)`,
                },
        };
      }
    },
  }),
  defineRule({
    id: 'security/opened-on-valid',
    severity: 'error',
    field: '{websites[],apps[]}.security.openedOn',
    title: { zh: '网站开通日期应为已过去的日期（YYYY-MM-DD）', en: 'The opening date must be a past date (YYYY-MM-DD)' },
    source: 'apps-security-materials.md §3 (网站开通日期 = ICP approval date or later, Tencent 公安备案 guide [F]); 公安部令第33号 §12 (counted from the day the site went live)',
    *check(ctx) {
      const { today } = ctx;
      for (const block of blocks(ctx)) {
        const day = openedOn(block.security);
        const path = `${block.service}.security.openedOn`;
        if (day === '') continue;
        if (!parseIsoDate(day)) yield { path, message: { zh: `「${day}」不是有效日期（YYYY-MM-DD）`, en: `"${day}" is not a date (YYYY-MM-DD)` } };
        else if (day > today) {
          yield {
            path,
            message: {
              zh: `开通日期 ${day} 尚未到来；公安联网备案在${noun(block).zh}开通后办理`,
              en: `${day} is still to come; the public-security filing follows the ${noun(block).en} going live`,
            },
          };
        }
      }
    },
  }),
  defineRule({
    id: 'security/opened-before-approval',
    severity: 'warning',
    field: '{websites[],apps[]}.security.openedOn',
    title: { zh: '网站开通日期不能早于 ICP 备案通过之日', en: 'The opening date cannot be before the ICP filing was approved' },
    source:
      'apps-security-materials.md §3 (网站开通日期 = ICP approval date or later [F]); rules-corpus §5 (备案号 digits: year of first approval, TC 备案号相关) — the year is the subject’s first approval, so only an earlier year is certain',
    *check(ctx) {
      const { profile, today } = ctx;
      for (const block of blocks(ctx)) {
        const day = openedOn(block.security);
        if (!parseIsoDate(day)) continue;
        const number = block.recordNumber.trim() || profile.subject.recordNumber.trim();
        const year = approvalYearOf(number, today);
        if (year === undefined || Number(day.slice(0, 4)) >= year) continue;
        yield {
          path: `${block.service}.security.openedOn`,
          message: {
            zh: `备案号 ${number} 于 ${year} 年首次通过，开通日期 ${day} 早于 ICP 备案通过；请填写备案通过之日或之后的日期`,
            en: `the record number ${number} was first approved in ${year}; ${day} is before the ICP approval, enter the approval day or later`,
          },
        };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// 互联网交互服务.

const interactiveRules: Rule[] = [
  defineRule({
    id: 'security/assessment-due',
    severity: 'warning',
    field: '{websites[],apps[]}.security.interactive',
    title: {
      zh: '提供互联网交互服务的，需开展安全评估（未核实：规则库未载明出处）',
      en: 'An interactive service needs a security assessment (unverified: the rules corpus gives no source)',
    },
    source:
      'issue 18 item 3 (an interactive service gets a warning that a 安全评估 is due) — unverified: not in rules-corpus.md or apps-security-materials.md; the regulation usually cited is 《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》 (国家网信办、公安部, 2018)',
    *check(ctx) {
      for (const block of blocks(ctx)) {
        if (block.security.interactive !== true) continue;
        yield {
          path: `${block.service}.security.interactive`,
          message: {
            zh: `${noun(block).zh}提供互联网交互服务，需按规定开展安全评估并向网信和公安部门提交评估报告（未核实：规则库未载明出处）`,
            en: `the ${noun(block).en} offers interactive services: a security assessment is due, its report to the cyberspace and public-security authorities (unverified: the rules corpus gives no source)`,
          },
        };
      }
    },
  }),
  defineRule({
    id: 'security/interactive-services-required',
    severity: 'error',
    field: '{websites[],apps[]}.security.interactiveServices',
    title: { zh: '选择「提供互联网交互服务」后，请勾选提供的交互服务项目', en: 'With interactive services, tick which ones' },
    source: 'apps-security-materials.md §3 (服务类型: 是否提供互联网交互服务 → items, Tencent guide [F]; `form_item_interactive` radio + tree, dataAided [F])',
    *check(ctx) {
      for (const block of blocks(ctx)) {
        const items = block.security.interactiveServices ?? [];
        if (block.security.interactive === true && !items.some((s) => s.trim() !== '')) yield { path: `${block.service}.security.interactiveServices` };
      }
    },
  }),
  defineRule({
    id: 'security/interactive-services-unexpected',
    severity: 'warning',
    field: '{websites[],apps[]}.security.interactiveServices',
    title: {
      zh: '选择「不提供互联网交互服务」时不应勾选交互服务项目',
      en: 'Interactive services are ticked, yet the service is marked as not interactive',
    },
    source: 'apps-security-materials.md §3 (the items belong to 是否提供互联网交互服务 = 是, Tencent guide [F])',
    *check(ctx) {
      for (const block of blocks(ctx)) {
        const items = block.security.interactiveServices ?? [];
        if (block.security.interactive === false && items.some((s) => s.trim() !== '')) yield { path: `${block.service}.security.interactiveServices` };
      }
    },
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// The two people 公安 reaches, and the 公安备案号.

/** `京公网安备11010802000001号`; the space some sites print before the digits is accepted (rules-corpus §5). */
const RECORD = /^(\p{Script=Han})公网安备\s?(\d+)号$/u;

function recordHit(value: string, path: string): Hit | undefined {
  const match = RECORD.exec(value);
  if (!match || !provinceOfAbbreviation(match[1] ?? '')) return { path };
  const digits = match[2] ?? '';
  if (digits.length === 14) return undefined;
  return { path, message: { zh: `公安备案号应有 14 位数字，「${value}」有 ${digits.length} 位`, en: `a public-security record number has 14 digits; "${value}" has ${digits.length}` } };
}

type Named = { person: Person; name: Text };

/**
 * The person to mark and the one to compare with: the emergency contact against the security head, each as given
 * or, left out, the service's head. The mark goes on a person the profile names; undefined when it names neither.
 */
function contactPair(block: Block): { marked: Named & { path: string }; other: Named } | undefined {
  const { securityHead, emergencyContact } = block.security;
  const base = `${block.service}.security`;
  const head = (role: Text): Named => ({
    person: block.head,
    name: { zh: `${noun(block).zh}负责人（即${role.zh}）`, en: `the ${noun(block).en} head (the ${role.en})` },
  });
  const security: (Named & { path: string }) | undefined = securityHead && { path: `${base}.securityHead`, person: securityHead, name: { zh: '安全负责人', en: 'the security head' } };
  if (emergencyContact) {
    const marked = { path: `${base}.emergencyContact`, person: emergencyContact, name: { zh: '应急联络人', en: 'the emergency contact' } };
    return { marked, other: security ?? head({ zh: '安全负责人', en: 'security head' }) };
  }
  return security && { marked: security, other: head({ zh: '应急联络人', en: 'emergency contact' }) };
}

const peopleRules: Rule[] = [
  defineRule({
    id: 'security/contacts-distinct-mobiles',
    severity: 'warning',
    field: '{websites[],apps[]}.security.{securityHead,emergencyContact}.mobiles[]',
    title: {
      zh: '安全负责人与应急联络人的手机号码应不相同（公安需能联系到两个人）',
      en: 'The security head and the emergency contact should have different mobile numbers (public security wants two people to reach)',
    },
    source: 'issue 18 item 3 (the security head’s and emergency contact’s phones distinct) — unverified: no portal message in the sources; apps-security-materials.md §3 (网站安全负责人, 网站应急联络人 [?])',
    *check(ctx) {
      for (const block of blocks(ctx)) {
        // Both left out: both are the service's head, the default issue 18 asks for, and nothing to report.
        const pair = contactPair(block);
        if (!pair) continue;
        const taken = new Set(pair.other.person.mobiles.map((m) => m.trim()).filter((m) => m !== ''));
        for (const [j, mobile] of pair.marked.person.mobiles.entries()) {
          if (taken.has(mobile.trim())) yield { path: `${pair.marked.path}.mobiles[${j}]`, message: { zh: `与${pair.other.name.zh}的手机号码相同`, en: `same mobile number as ${pair.other.name.en}` } };
        }
      }
    },
  }),
  defineRule({
    id: 'security/record-number-format',
    severity: 'error',
    field: '{websites[],apps[]}.security.recordNumber',
    title: {
      zh: '公安备案号格式应为「省简称 + 公网安备 + 14 位数字 + 号」，如 京公网安备11010802000001号',
      en: 'A public-security record number is province abbreviation + 公网安备 + 14 digits + 号, e.g. 京公网安备11010802000001号',
    },
    source: 'rules-corpus §5 (公安备案号 {省简称}公网安备 {14 digits}号, public site configs); profile-format.md "Security" (京公网安备11010802000001号)',
    *check(ctx) {
      for (const block of blocks(ctx)) {
        const value = block.security.recordNumber?.trim() ?? '';
        const hit = value === '' ? undefined : recordHit(value, `${block.service}.security.recordNumber`);
        if (hit) yield hit;
      }
    },
  }),
];

export const securityRules: Rule[] = [...dateRules, ...interactiveRules, ...peopleRules];
