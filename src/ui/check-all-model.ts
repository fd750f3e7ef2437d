import { deriveFilingType } from '../profile/filing-type';
import { stageOf, type Stage } from '../profile/log-stages';
import type { Profile } from '../profile/schema';
import type { StoredProfile } from '../profile/store';
import type { Finding, Severity } from '../rules/define-rule';
import { runRules } from '../rules/run-rules';
import { normaliseTerm, peopleTerms, termsMatch } from './people-search';

// The "check all" view's model: every stored profile checked by the rules, then filtered the way an agent with
// hundreds of clients asks — only errors, only 新增网站 filings, only 浙江省, only one provider's clients, one name.

/** Where the filing stands: the stage of the filing log's last entry, or nothing logged yet. */
export type FilingStatus = Stage | 'unlogged';
export type FilingKind = ReturnType<typeof deriveFilingType>;

export type CheckedProfile = {
  id: string;
  label: string;
  profile: Profile;
  findings: readonly Finding[];
  /** Undefined when the last entry is free text an agent typed, which no stage filter matches. */
  status: FilingStatus | undefined;
  /** The filing each website needs; a profile is of a kind when any of its websites is. */
  filingTypes: readonly FilingKind[];
  province: string;
  providers: readonly string[];
  /** What the search box matches: label, subject, domains, record numbers, and the people's names, phones and IDs. */
  terms: readonly string[];
};

export type CheckFilter = { severity: Severity | ''; filingType: FilingKind | ''; status: FilingStatus | ''; province: string; provider: string; query: string };
export const NO_FILTER: CheckFilter = { severity: '', filingType: '', status: '', province: '', provider: '', query: '' };

function statusOf(record: StoredProfile): FilingStatus | undefined {
  const last = record.log.at(-1);
  return last ? stageOf(last.status) : 'unlogged';
}

const errorsFirst = (a: Finding, b: Finding) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);

export function checkProfile(record: StoredProfile, today: string): CheckedProfile {
  const { profile } = record;
  const findings = runRules(profile, { today }).sort(errorsFirst);
  const own = [record.label, profile.subject.name, profile.subject.certificate.number, profile.subject.recordNumber, ...profile.websites.flatMap((w) => [w.name, w.recordNumber, ...w.domains])];
  return {
    id: record.id,
    label: record.label,
    profile,
    findings,
    status: statusOf(record),
    filingTypes: [...new Set(profile.websites.map((_, i) => deriveFilingType(profile, i)))],
    province: profile.subject.region.province,
    providers: [...new Set(profile.websites.map((w) => w.access.provider).filter(Boolean))],
    terms: [...own.map(normaliseTerm).filter(Boolean), ...peopleTerms(profile)],
  };
}

/** A profile the filter lets through, with the findings of the severity asked for. */
export type CheckedEntry = { checked: CheckedProfile; findings: readonly Finding[] };

const errorCount = (e: CheckedEntry) => e.findings.filter((f) => f.severity === 'error').length;
/** Most errors first, then most warnings; otherwise the order given (the list's, newest first). */
const worstFirst = (a: CheckedEntry, b: CheckedEntry) => errorCount(b) - errorCount(a) || b.findings.length - a.findings.length;

export function applyFilter(all: readonly CheckedProfile[], filter: CheckFilter): CheckedEntry[] {
  const entries = all.flatMap((checked) => {
    if (filter.status && checked.status !== filter.status) return [];
    if (filter.filingType && !checked.filingTypes.includes(filter.filingType)) return [];
    if (filter.province && checked.province !== filter.province) return [];
    if (filter.provider && !checked.providers.includes(filter.provider)) return [];
    if (filter.query.trim() && !termsMatch(checked.terms, filter.query)) return [];
    const findings = filter.severity ? checked.findings.filter((f) => f.severity === filter.severity) : checked.findings;
    // Asking for errors (or warnings) means the profiles that have some.
    if (filter.severity && findings.length === 0) return [];
    return [{ checked, findings }];
  });
  return entries.sort(worstFirst);
}

const collator = new Intl.Collator('zh-CN');
const distinct = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort(collator.compare);

/** The values the province and provider filters offer: those the stored profiles hold. */
export function filterChoices(all: readonly CheckedProfile[]): { provinces: string[]; providers: string[] } {
  return { provinces: distinct(all.map((c) => c.province)), providers: distinct(all.flatMap((c) => c.providers)) };
}

export function totals(entries: readonly CheckedEntry[]): { profiles: number; errors: number; warnings: number } {
  const all = entries.flatMap((e) => e.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  return { profiles: entries.length, errors, warnings: all.length - errors };
}
