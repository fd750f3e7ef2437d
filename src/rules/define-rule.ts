import { perObject } from './memoise';
import type { Person, Profile } from '../profile/schema';
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

export type PersonSlot = { path: string; person: Person; role: 'subject' | 'website'; websiteIndex?: number };

/** Every 负责人 of a profile with its path: `subject.head`, `websites[i].head`. */
function peopleOnce(profile: Profile): PersonSlot[] {
  return [
    { path: 'subject.head', person: profile.subject.head, role: 'subject' },
    ...profile.websites.map((site, i) => ({ path: `websites[${i}].head`, person: site.head, role: 'website' as const, websiteIndex: i })),
  ];
}

export const people = perObject(peopleOnce);

/** A 个人 filing: the person is the subject, and personal-site rules apply. */
export const isPersonalSubject = (profile: Profile): boolean => profile.subject.nature.trim() === '个人';

/** Two Person objects are the same person when name and certificate number match (profile-format.md). */
export function isSamePerson(a: Person, b: Person): boolean {
  return a.name.trim() === b.name.trim() && a.certificate.number.trim().toUpperCase() === b.certificate.number.trim().toUpperCase();
}
