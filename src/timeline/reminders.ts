import { chinaInstant, daysFrom, inChina } from './days';
import { DEADLINE_TITLES, type Deadline, type DeadlineKind, type DeadlineSeverity, type Text } from './deadline';

// Which reminders should fire now: pure, so the background can call it from `browser.alarms` with the clock it
// read, the deadlines it computed and the ids it has already shown. Each deadline has lead times (minutes before its
// due instant); at any moment only the nearest lead that has passed may fire, so a browser that was closed for a
// week shows one reminder per deadline, not a backlog.

const HOUR = 60;
const DAY = 24 * HOUR;

export type LeadTimes = Partial<Record<DeadlineKind, readonly number[]>>;

export const DEFAULT_LEAD_TIMES: Readonly<Record<DeadlineKind, readonly number[]>> = {
  'provider-review': [0],
  'sms-verification': [12 * HOUR, 2 * HOUR, 0],
  'bureau-review': [0],
  'public-security': [7 * DAY, DAY, 0],
  'certificate-expiry': [90 * DAY, 30 * DAY, 0],
  'domain-certificate-expiry': [90 * DAY, 30 * DAY, 0],
  'material-expiry': [90 * DAY, 30 * DAY, 0],
};

/** A date-only deadline is reminded of at the start of the office day in China; a timed one at its hour. */
const OFFICE_OPENS = '09:00';

export const dueInstant = (d: Deadline): Date => chinaInstant(d.due, d.time ?? OFFICE_OPENS);

export type Reminder = {
  /** Stable per deadline, due date and lead: the notification id, and what the caller records as shown. */
  id: string;
  deadline: Deadline;
  leadMinutes: number;
  firesAt: Date;
  title: Text;
  body: Text;
};

const leadsOf = (d: Deadline, leadTimes: LeadTimes) => [...(leadTimes[d.kind] ?? DEFAULT_LEAD_TIMES[d.kind])].sort((a, b) => b - a);
const reminderId = (d: Deadline, lead: number) => `${d.id}@${d.due}${d.time ? `T${d.time}` : ''}-${lead}`;

function when(d: Deadline, now: Date): Text {
  const at = d.time ? `${d.due} ${d.time}` : d.due;
  const left = daysFrom(inChina(now).day, d.due);
  const overdue = d.time ? dueInstant(d) < now : left < 0;
  if (overdue) return { zh: `已过期（${at}）`, en: `overdue (${at})` };
  if (left === 0) return d.time ? { zh: `今天 ${d.time} 前`, en: `today before ${d.time}` } : { zh: '今天到期', en: 'due today' };
  if (left === 1) return d.time ? { zh: `明天 ${d.time} 前`, en: `tomorrow before ${d.time}` } : { zh: '明天到期', en: 'due tomorrow' };
  return d.expected ? { zh: `预计 ${at} 前`, en: `expected by ${at}` } : { zh: `${left} 天后到期（${at}）`, en: `due in ${left} days (${at})` };
}

function reminderOf(d: Deadline, lead: number, now: Date): Reminder {
  const title = DEADLINE_TITLES[d.kind];
  const whenText = when(d, now);
  const who = d.profileLabel ? `${d.profileLabel} · ` : '';
  return {
    id: reminderId(d, lead),
    deadline: d,
    leadMinutes: lead,
    firesAt: new Date(dueInstant(d).getTime() - lead * 60_000),
    title: { zh: `${who}${title.zh}：${whenText.zh}`, en: `${who}${title.en}: ${whenText.en}` },
    body: d.text,
  };
}

/** The reminders to show now: per deadline, the nearest lead time already reached, unless it was shown before. */
export function remindersDue(deadlines: readonly Deadline[], now: Date, leadTimes: LeadTimes = DEFAULT_LEAD_TIMES, shown: ReadonlySet<string> = new Set()): Reminder[] {
  const due: Reminder[] = [];
  for (const d of deadlines) {
    const reached = leadsOf(d, leadTimes).filter((lead) => dueInstant(d).getTime() - lead * 60_000 <= now.getTime()).at(-1);
    if (reached === undefined || shown.has(reminderId(d, reached))) continue;
    due.push(reminderOf(d, reached, now));
  }
  return due;
}

/** When the next reminder falls due after `now`: what the background sets its alarm to. */
export function nextReminderAt(deadlines: readonly Deadline[], now: Date, leadTimes: LeadTimes = DEFAULT_LEAD_TIMES): Date | undefined {
  let next: number | undefined;
  for (const d of deadlines) {
    for (const lead of leadsOf(d, leadTimes)) {
      const at = dueInstant(d).getTime() - lead * 60_000;
      if (at > now.getTime() && (next === undefined || at < next)) next = at;
    }
  }
  return next === undefined ? undefined : new Date(next);
}

/** The toolbar badge: how many deadlines need attention, coloured by the gravest. */
export function badgeOf(deadlines: readonly Deadline[]): { count: number; severity?: Exclude<DeadlineSeverity, 'info'> } {
  const pressing = deadlines.filter((d) => d.severity !== 'info');
  if (pressing.length === 0) return { count: 0 };
  return { count: pressing.length, severity: pressing.some((d) => d.severity === 'error') ? 'error' : 'warning' };
}
