import { parseIsoDate } from '../rules/dates';

// Calendar days as `YYYY-MM-DD` strings in China's time zone, counted as whole days since 1970-01-01 so that
// arithmetic never meets a clock, a DST change or the machine's own zone. China keeps UTC+8 all year (no DST since 1991).

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a strict `YYYY-MM-DD`; undefined if it is not a calendar date. */
export function dayNumber(day: string): number | undefined {
  const date = parseIsoDate(day);
  return date ? Math.round(date.getTime() / DAY_MS) : undefined;
}

/** Like `dayNumber`, for dates the caller vouches for: a malformed one is a programming error. */
export function dayNumberOf(day: string): number {
  const n = dayNumber(day);
  if (n === undefined) throw new RangeError(`not a YYYY-MM-DD date: ${day}`);
  return n;
}

export const dayFrom = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string => dayFrom(dayNumberOf(day) + n);

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export const daysFrom = (a: string, b: string): number => dayNumberOf(b) - dayNumberOf(a);

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (day: string): number => (((dayNumberOf(day) + 4) % 7) + 7) % 7;

export const yearOf = (day: string): number => Number(day.slice(0, 4));

/** A day and time in China as an instant. */
export function chinaInstant(day: string, time = '00:00'): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(dayNumberOf(day) * DAY_MS + (hours * 60 + minutes) * 60_000 - CHINA_OFFSET_MS);
}

/** The day and `HH:mm` an instant falls on in China. */
export function inChina(instant: Date): { day: string; time: string } {
  const iso = new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** A filing-log date: `YYYY-MM-DD`, optionally with the time (`T` or a space, then `HH:mm`) where it matters. */
export function parseLogDate(value: string): { day: string; time?: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d))?$/.exec(value.trim());
  if (!match?.[1] || dayNumber(match[1]) === undefined) return undefined;
  return match[2] && match[3] ? { day: match[1], time: `${match[2]}:${match[3]}` } : { day: match[1] };
}
