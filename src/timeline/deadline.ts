import type { Stage } from '../profile/log-stages';
import { daysFrom } from './days';
import type { WorkCalendar } from './calendar';

// What the timeline computes: one next step or deadline of a filing, with where it comes from and how near it is.

export type Text = { zh: string; en: string };

export const DEADLINE_KINDS = [
  'provider-review',
  'sms-verification',
  'bureau-review',
  'public-security',
  'certificate-expiry',
  'domain-certificate-expiry',
  'material-expiry',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** error: past (or a document expired); warning: inside the kind's warning window; info: further off. */
export type DeadlineSeverity = 'error' | 'warning' | 'info';

export type Deadline = {
  /** Stable per (profile, kind, service, field): the .ics UID and the reminders' key. */
  id: string;
  profileId?: string;
  profileLabel?: string;
  /** The service it concerns, by path (`websites[0]`, `apps[1]`); absent for the filing as a whole. */
  service?: string;
  kind: DeadlineKind;
  /** `YYYY-MM-DD` in China. */
  due: string;
  /** `HH:mm` in China where the hour matters (the 24-hour SMS window when the SMS time is logged). */
  time?: string;
  /** For a step someone else takes (初审, 管局): the first day its result may come. */
  earliest?: string;
  /** True for someone else's step we expect (初审, 管局 review); false for the agent's own deadline. */
  expected: boolean;
  /** The working-day count ran past the years the calendar covers, so there it assumed Mon–Fri. */
  outsideCalendar?: boolean;
  /** What it is counted from: a logged stage, or a date field of the profile (by its path). */
  from: { stage: Stage; date: string } | { path: string; date: string };
  text: Text;
  source: string;
  severity: DeadlineSeverity;
};

export type TimelineOptions = {
  calendar?: WorkCalendar;
  /** How far ahead a document expiry is listed while it is still only `info` (days; default 180). */
  horizonDays?: number;
};

/** Who the deadline belongs to, as the caller knows it. */
export type Owner = { profileId?: string; profileLabel?: string };

export const deadlineId = (owner: Owner, kind: DeadlineKind, service?: string, path?: string): string =>
  [owner.profileId ?? 'unsaved', kind, service ?? '-', ...(path ? [path] : [])].join('/');

/** How near a due day is, as `today` sees it: past is an error for the agent's own deadline, a warning for another's. */
export function severityOf(due: string, today: string, warnWithinDays: number, expected = false): DeadlineSeverity {
  const left = daysFrom(today, due);
  if (left < 0) return expected ? 'warning' : 'error';
  return left <= warnWithinDays ? 'warning' : 'info';
}

const SEVERITY_RANK: Record<DeadlineSeverity, number> = { error: 0, warning: 1, info: 2 };

// Code-unit order: dates and ids are ASCII, and an agenda of 10,000 profiles sorts without a collator.
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Earliest first; on the same day and hour, the graver first. */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  return (
    order(a.due, b.due) ||
    order(a.time ?? '24:00', b.time ?? '24:00') ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    order(a.profileLabel ?? '', b.profileLabel ?? '') ||
    order(a.id, b.id)
  );
}

/** What each kind is called in a list, a notification title or a calendar event. */
export const DEADLINE_TITLES: Readonly<Record<DeadlineKind, Text>> = {
  'provider-review': { zh: '接入商初审结果', en: "Provider's first review" },
  'sms-verification': { zh: '工信部短信核验', en: 'MIIT SMS verification' },
  'bureau-review': { zh: '管局审核结果', en: 'Bureau review result' },
  'public-security': { zh: '公安联网备案', en: 'Public-security filing' },
  'certificate-expiry': { zh: '负责人证件到期', en: 'Certificate expires' },
  'domain-certificate-expiry': { zh: '域名证书到期', en: 'Domain certificate expires' },
  'material-expiry': { zh: '材料到期', en: 'Material expires' },
};
