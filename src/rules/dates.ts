import { memoise } from './memoise';
/** Parses a strict `YYYY-MM-DD` calendar date (rejects 2023-02-30); undefined if it is not one. */
function parseIsoDateOnce(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Shared Date objects: callers must not mutate them. */
export const parseIsoDate = memoise(parseIsoDateOnce);

export function calendarDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** The `YYYY-MM-DD` day `months` after a `YYYY-MM-DD` day, undefined if that is no date; rules ask it of today for every document. */
export const monthsAfter = memoise((day: string, months: number): string | undefined => {
  const date = parseIsoDate(day);
  return date ? addMonths(date, months).toISOString().slice(0, 10) : undefined;
});

/** Whole years between birth and the given day. */
export function ageOn(birth: Date, day: Date): number {
  let age = day.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    day.getUTCMonth() < birth.getUTCMonth() || (day.getUTCMonth() === birth.getUTCMonth() && day.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}
