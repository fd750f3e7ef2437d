import { getAtPath } from '../profile/paths';
import type { Profile } from '../profile/schema';
import { parseService, serviceWords } from '../profile/service';
import { todayInChina } from '../rules/run-rules';
import { dueInstant, type Deadline } from '../timeline';
import { daysFrom } from '../timeline/days';

// The agenda's model: deadlines grouped by how near they are, a service named as the agent knows it, and the name of
// the calendar file it exports.

export const AGENDA_GROUPS = ['overdue', 'week', 'later'] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number];

/** "This week" is the next seven days, today included: a Friday's agenda still shows Monday's deadline in it. */
const WEEK_DAYS = 7;

/** Past its due moment (a timed SMS window by its hour, any other by its day); else within the week; else later. */
export function groupOf(d: Deadline, today: string, now: Date): AgendaGroup {
  const left = daysFrom(today, d.due);
  if (left < 0 || (d.time !== undefined && dueInstant(d) < now)) return 'overdue';
  return left < WEEK_DAYS ? 'week' : 'later';
}

/** The deadlines (already sorted by due date) in their groups, each group in that order, empty groups left out. */
export function groupAgenda(deadlines: readonly Deadline[], today: string, now: Date): { group: AgendaGroup; deadlines: Deadline[] }[] {
  return AGENDA_GROUPS.map((group) => ({ group, deadlines: deadlines.filter((d) => groupOf(d, today, now) === group) })).filter((g) => g.deadlines.length > 0);
}

/** A service by its own name where it has one (data), else by its place in the profile (UI words). */
export function serviceLabel(service: string | undefined, profile: Profile | undefined, lang: 'zh' | 'en'): { name: string; isData: boolean } | undefined {
  const ref = service ? parseService(service) : undefined;
  if (!service || !ref) return undefined;
  const held = getAtPath(profile, `${service}.name`);
  return typeof held === 'string' && held.trim() ? { name: held.trim(), isData: true } : { name: serviceWords(ref)[lang], isData: false };
}

/** The .ics file, dated as the agent's calendar shows the day (China's), named in the UI's language. */
export const icsFileName = (now: Date, lang: 'zh' | 'en'): string => `${lang === 'zh' ? '备案日程' : 'filing-deadlines'}-${todayInChina(now)}.ics`;
