import { perObject } from './memoise';
import type { Person, Profile, Security } from '../profile/schema';
import type { ProviderRules } from './data/providers';
import type { ProvinceRules } from './data/provinces';

export type Severity = 'error' | 'warning';
export type Text = { zh: string; en: string };

/** The Finding of automation-api.md. */
export type Finding = { path: string; rule: string; severity: Severity; message: Text; source?: string };

/** Settings an agent may configure; rules read them, never storage. */
export type RuleConfig = {
  /** Provider name → the IPv4 ranges (`a.b.c.d-e.f.g.h` or CIDR) its filings must use. Empty = not checked. */
  providerIpRanges?: Readonly<Record<string, readonly string[]>>;
  /**
   * The items of WeChat's `query_icp_service_content_types` as the agent last fetched them (WX says the table changes
   * and must not be hard-coded). Given, a WeChat mini program's 服务内容 must be one of its second-level names.
   */
  wechatServiceContentTypes?: readonly { type: number; parentType: number; name: string }[];
};

export type RuleContext = {
  profile: Profile;
  /** `YYYY-MM-DD`, passed in so that a rule never reads the clock. */
  today: string;
  config: RuleConfig;
  /** Rules of the subject's province (管局), merged over the national defaults. */
  province: ProvinceRules;
  /** Rules of each website's 接入服务商, by website index; undefined when the provider is not one we know. */
  providers: readonly (ProviderRules | undefined)[];
  /** The same for each APP's 接入服务商, by APP index. */
  appProviders: readonly (ProviderRules | undefined)[];
};

/** One problem a rule found; message and severity default to the rule's own. */
export type Hit = { path: string; message?: Text; severity?: Severity };

export type Rule = {
  /** `family/kebab-name`; the family is the file name. */
  id: string;
  /** error: the portal or 管局 rejects (HARD-SYS/HARD-DOC); warning: reviewers often do, or the rule is unverified. */
  severity: Severity;
  /** The field the rule is about, as a pattern: `websites[].head.mobiles[]`, `{person}.certificate.number`. */
  field: string;
  /** What the rule demands; also the default message. */
  title: Text;
  /** Source keys of rules-corpus.md §9 (and section), or a seed. */
  source: string;
  check(ctx: RuleContext): Iterable<Hit>;
};

export const defineRule = (rule: Rule): Rule => rule;

/**
 * Whose person a slot holds: the subject's 负责人, one service's (网站, APP, 小程序/快应用), or a website's or APP's
 * 公安 安全负责人 / 应急联络人 (profile-format.md "Security").
 */
export type PersonRole = 'subject' | 'website' | 'app' | 'mini-program' | 'security-head' | 'emergency-contact';

export type PersonSlot = {
  path: string;
  person: Person;
  role: PersonRole;
  /** Index in `websites`, `apps` or `miniPrograms` for a service's person; undefined for the subject head. */
  serviceIndex?: number;
  /** For a 公安 person: whether the service is a website or an APP. */
  of?: 'website' | 'app';
};

/** The 公安 people a website or APP names; an absent one is the service's head, already in its own slot. */
function securityPeople(security: Security | undefined, service: string, of: 'website' | 'app', serviceIndex: number): PersonSlot[] {
  const slots: PersonSlot[] = [];
  if (security?.securityHead) slots.push({ path: `${service}.security.securityHead`, person: security.securityHead, role: 'security-head', serviceIndex, of });
  if (security?.emergencyContact) slots.push({ path: `${service}.security.emergencyContact`, person: security.emergencyContact, role: 'emergency-contact', serviceIndex, of });
  return slots;
}

/**
 * Every person of a profile with its path: `subject.head`, `websites[i].head`, `apps[i].head`, `miniPrograms[i].head`,
 * then the 公安 people a website or APP names (`websites[i].security.securityHead`, `….emergencyContact`): what the
 * rules say of one person's own data (documents, phones, e-mails, required fields) holds for them too.
 */
function peopleOnce(profile: Profile): PersonSlot[] {
  return [
    ...heads(profile),
    ...profile.websites.flatMap((site, i) => securityPeople(site.security, `websites[${i}]`, 'website', i)),
    ...profile.apps.flatMap((app, i) => securityPeople(app.security, `apps[${i}]`, 'app', i)),
  ];
}

/** The ICP filing's 负责人 only (主体, 网站, APP, 小程序): rules about how they relate to each other on MIIT's form. */
function headsOnce(profile: Profile): PersonSlot[] {
  return [
    { path: 'subject.head', person: profile.subject.head, role: 'subject' },
    ...profile.websites.map((site, i): PersonSlot => ({ path: `websites[${i}].head`, person: site.head, role: 'website', serviceIndex: i })),
    ...profile.apps.map((app, i): PersonSlot => ({ path: `apps[${i}].head`, person: app.head, role: 'app', serviceIndex: i })),
    ...profile.miniPrograms.map((mini, i): PersonSlot => ({ path: `miniPrograms[${i}].head`, person: mini.head, role: 'mini-program', serviceIndex: i })),
  ];
}

/** What each role's 负责人 is called on the forms. */
export const HEAD_NOUNS: Readonly<Record<PersonRole, Text>> = {
  subject: { zh: '主体负责人', en: 'subject head' },
  website: { zh: '网站负责人', en: 'website head' },
  app: { zh: 'APP负责人', en: 'APP head' },
  'mini-program': { zh: '小程序负责人', en: 'mini-program head' },
  'security-head': { zh: '安全负责人', en: 'security head' },
  'emergency-contact': { zh: '应急联络人', en: 'emergency contact' },
};

/** A service head as the marks name it ("网站 2 的负责人", "APP 1 的负责人"); the subject head as 主体负责人. */
export function whoIs(slot: PersonSlot): Text {
  const n = (slot.serviceIndex ?? 0) + 1;
  switch (slot.role) {
    case 'subject':
      return { zh: '主体负责人', en: 'the subject head' };
    case 'website':
      return { zh: `网站 ${n} 的负责人`, en: `the head of website ${n}` };
    case 'app':
      return { zh: `APP ${n} 的负责人`, en: `the head of APP ${n}` };
    case 'mini-program':
      return { zh: `小程序 ${n} 的负责人`, en: `the head of mini program ${n}` };
    case 'security-head':
    case 'emergency-contact': {
      const service = slot.of === 'app' ? { zh: 'APP', en: 'APP' } : { zh: '网站', en: 'website' };
      const noun = HEAD_NOUNS[slot.role];
      return { zh: `${service.zh} ${n} 的${noun.zh}`, en: `the ${noun.en} of ${service.en} ${n}` };
    }
  }
}

export const people = perObject(peopleOnce);
export const heads = perObject(headsOnce);

/** A 个人 filing: the person is the subject, and personal-site rules apply. */
export const isPersonalSubject = (profile: Profile): boolean => profile.subject.nature.trim() === '个人';

/** Two Person objects are the same person when name and certificate number match (profile-format.md). */
export function isSamePerson(a: Person, b: Person): boolean {
  return a.name.trim() === b.name.trim() && a.certificate.number.trim().toUpperCase() === b.certificate.number.trim().toUpperCase();
}
