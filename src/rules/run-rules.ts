import type { Profile } from '../profile/schema';
import { findProvider } from './data/providers';
import { rulesOfProvince } from './data/provinces';
import type { Finding, Rule, RuleConfig, RuleContext } from './define-rule';
import { rules as allRules } from './index';
import { perObject } from './memoise';

export type RunOptions = { today: string; config?: RuleConfig; rules?: readonly Rule[] };

export function buildContext(profile: Profile, today: string, config: RuleConfig = {}): RuleContext {
  return {
    profile,
    today,
    config,
    province: rulesOfProvince(profile.subject.region.province),
    providers: profile.websites.map((site) => findProvider(site.access.provider)),
    appProviders: profile.apps.map((app) => findProvider(app.access.provider)),
  };
}

type List = 'websites' | 'apps' | 'miniPrograms' | 'materials';
const LIST_FIELD = /^(websites|apps|miniPrograms|materials)\[/;

/** The list of the profile a rule's field lies in (`apps[].name` → apps), if it is about one list only. */
function listOf(rule: Rule): List | null {
  const name = LIST_FIELD.exec(rule.field)?.[1];
  return name === 'websites' || name === 'apps' || name === 'miniPrograms' || name === 'materials' ? name : null;
}

/** Each rule with its list, worked out once per set of rules rather than once per rule and profile. */
const planOf = perObject((rules: readonly Rule[]) => rules.map((rule) => ({ rule, list: listOf(rule) })));

/** Runs every rule over a profile. Pure: the same profile, day and config give the same findings. */
export function runRules(profile: Profile, { today, config = {}, rules = allRules }: RunOptions): Finding[] {
  const ctx = buildContext(profile, today, config);
  const findings: Finding[] = [];
  for (const { rule, list } of planOf(rules)) {
    // A rule about APPs has nothing to say of a profile with none (10,000 profiles are checked at once).
    if (list && profile[list].length === 0) continue;
    try {
      for (const hit of rule.check(ctx)) {
        findings.push({
          path: hit.path,
          rule: rule.id,
          severity: hit.severity ?? rule.severity,
          message: hit.message ?? rule.title,
          source: rule.source,
        });
      }
    } catch (error) {
      // A rule bug must not hide the other findings; report it where the agent sees it.
      findings.push({
        path: '',
        rule: 'engine/rule-crashed',
        severity: 'warning',
        message: { zh: `规则 ${rule.id} 运行出错：${String(error)}`, en: `rule ${rule.id} failed: ${String(error)}` },
      });
    }
  }
  return findings;
}

/** Today's date as `YYYY-MM-DD` in China time, for callers (never rules) that need "now". */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
