import { bundledCalendar, type WorkCalendar } from './calendar';
import { addDays, dayNumberOf, yearOf } from './days';

// Working days on China's official calendar (调休 included). Counting past the years the calendar covers assumes
// Mon–Fri there and says so in `outsideCalendar`, a flag the UI shows beside the date.

export type WorkingDate = { date: string; outsideCalendar: boolean };
export type WorkingCount = { days: number; outsideCalendar: boolean };

/** Throws a RangeError on a malformed date rather than answering for it. */
export function isWorkingDay(date: string, calendar: WorkCalendar = bundledCalendar()): boolean {
  return calendar.isWorkingDay(date);
}

/**
 * The `n`-th working day after `date` (n ≥ 0; 0 is `date` itself): what "within n working days of" reaches.
 * `workingDaysBetween(date, result).days === n`.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar = bundledCalendar()): WorkingDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days to add must be a whole number ≥ 0: ${n}`);
  const result = calendar.nthWorkingDayAfter(date, n);
  return { date: result, outsideCalendar: n > 0 && !coversAll(calendar, addDays(date, 1), result) };
}

/** Whether every year from `from` to `to` is in the calendar's data. */
function coversAll(calendar: WorkCalendar, from: string, to: string): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year++) if (!calendar.years.includes(year)) return false;
  return true;
}

/** Working days after `a` up to and including `b`; negative when `b` is before `a`. */
export function workingDaysBetween(a: string, b: string, calendar: WorkCalendar = bundledCalendar()): WorkingCount {
  const [from, to, sign] = dayNumberOf(a) <= dayNumberOf(b) ? [a, b, 1] : [b, a, -1];
  const days = calendar.countWorkingDays(from, to);
  const outsideCalendar = from !== to && !coversAll(calendar, addDays(from, 1), to);
  return { days: days === 0 ? 0 : sign * days, outsideCalendar }; // never -0
}
