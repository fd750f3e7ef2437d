import { z } from 'zod';
import bundledJson from 'chinese-days/dist/chinese-days.json';
import { dayFrom, dayNumber, dayNumberOf, yearOf } from './days';

// China's official calendar of 放假 and 调休: the data of the maintained package `chinese-days` (its published
// `chinese-days.json`, one entry per day the State Council's yearly notice moves). The package's own functions read
// only the copy bundled in it, so we read its data and count ourselves: a newer copy of that JSON, imported by the
// agent in the options page, then replaces the bundled one without a release of this extension.

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
/** Day → "English name,中文名,n" as the package writes it. */
const dayTable = z.record(z.string().regex(DAY_KEY), z.string());

export const calendarDataSchema = z
  .object({ holidays: dayTable, workdays: dayTable, inLieuDays: dayTable.optional() })
  .check((ctx) => {
    const { holidays, workdays } = ctx.value;
    for (const [table, days] of [['holidays', holidays], ['workdays', workdays]] as const) {
      for (const day of Object.keys(days)) {
        if (dayNumber(day) === undefined) ctx.issues.push({ code: 'custom', path: [table, day], input: day, message: `not a calendar date: ${day}` });
      }
    }
    for (const day of Object.keys(workdays)) {
      if (day in holidays) ctx.issues.push({ code: 'custom', path: ['workdays', day], input: day, message: `${day} is both a holiday and a working day` });
    }
    if (Object.keys(holidays).length === 0) ctx.issues.push({ code: 'custom', path: ['holidays'], input: holidays, message: 'no holidays: not a calendar' });
  });

export type CalendarData = z.infer<typeof calendarDataSchema>;
type Text = { zh: string; en: string };

export type WorkCalendar = {
  /** Where the data came from: the package bundled in this build, or a copy the agent imported. */
  origin: 'bundled' | 'imported';
  /** The years the data covers, ascending; outside them a day counts as Mon–Fri. */
  years: readonly number[];
  covers(day: string): boolean;
  /** 调休 included: a make-up Saturday works, a weekday inside a holiday does not. */
  isWorkingDay(day: string): boolean;
  /** The `n`-th working day after `day` (n ≥ 0). */
  nthWorkingDayAfter(day: string, n: number): string;
  /** Working days after `after` up to and including `upTo` (both `YYYY-MM-DD`, `after` ≤ `upTo`). */
  countWorkingDays(after: string, upTo: string): number;
  /** The holiday or 调休 a day belongs to, if the notice names it. */
  dayName(day: string): Text | undefined;
};

const isWeekend = (dayNo: number) => {
  const dow = (((dayNo + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return dow === 0 || dow === 6;
};

/** Mon–Fri days in (after, upTo]: whole weeks at once, then the remainder. */
function weekdaysIn(after: number, upTo: number): number {
  const span = upTo - after;
  let count = Math.floor(span / 7) * 5;
  for (let d = after + Math.floor(span / 7) * 7 + 1; d <= upTo; d++) if (!isWeekend(d)) count++;
  return count;
}

/** The first index whose value is greater than `n` in an ascending list. */
function upperBound(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nameOf(value: string | undefined): Text | undefined {
  if (value === undefined) return undefined;
  const [en = '', zh = ''] = value.split(',');
  return { zh, en };
}

export function calendarFrom(data: CalendarData, origin: WorkCalendar['origin'] = 'imported'): WorkCalendar {
  const years = [...new Set([...Object.keys(data.holidays), ...Object.keys(data.workdays)].map(yearOf))].sort((a, b) => a - b);
  const covered = new Set(years);
  const covers = (day: string) => covered.has(yearOf(day));
  // Only covered years have entries, so outside them a day is simply Mon–Fri.
  const working = new Set(Object.keys(data.workdays).map(dayNumberOf));
  const resting = new Set(Object.keys(data.holidays).map(dayNumberOf));
  const isWorkingNo = (n: number) => working.has(n) || (!resting.has(n) && !isWeekend(n));
  // Where the notice departs from Mon–Fri: a working weekend (+1) or a resting weekday (−1), with running totals so
  // that a count over years costs two binary searches, not a walk day by day.
  const departures = [
    ...Object.keys(data.workdays).map(dayNumberOf).filter(isWeekend).map((n) => [n, 1] as const),
    ...Object.keys(data.holidays).map(dayNumberOf).filter((n) => !isWeekend(n)).map((n) => [n, -1] as const),
  ].sort((a, b) => a[0] - b[0]);
  const departureDays = departures.map(([n]) => n);
  const runningTotal: number[] = [];
  for (const [, delta] of departures) runningTotal.push((runningTotal.at(-1) ?? 0) + delta);
  const totalUpTo = (n: number) => {
    const i = upperBound(departureDays, n);
    return i === 0 ? 0 : runningTotal[i - 1] ?? 0;
  };
  return {
    origin,
    years,
    covers,
    isWorkingDay: (day) => isWorkingNo(dayNumberOf(day)),
    nthWorkingDayAfter(day, n) {
      let at = dayNumberOf(day);
      for (let left = n; left > 0; ) if (isWorkingNo(++at)) left--;
      return dayFrom(at);
    },
    countWorkingDays(after, upTo) {
      const [a, b] = [dayNumberOf(after), dayNumberOf(upTo)];
      return weekdaysIn(a, b) + totalUpTo(b) - totalUpTo(a);
    },
    dayName: (day) => nameOf(data.holidays[day] ?? data.workdays[day]),
  };
}

export type ParsedCalendar = { ok: true; data: CalendarData; years: { first: number; last: number } } | { ok: false; error: Text };

/** An imported `chinese-days.json`: its data and the years it covers, or why it is not one. */
export function parseCalendar(json: string): ParsedCalendar {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { zh: `不是 JSON 文件：${why}`, en: `Not a JSON file: ${why}` } };
  }
  const parsed = calendarDataSchema.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ok: false, error: { zh: `不是 chinese-days 节假日数据：${why}`, en: `Not chinese-days holiday data: ${why}` } };
  }
  const { years } = calendarFrom(parsed.data);
  return { ok: true, data: parsed.data, years: { first: years[0] ?? 0, last: years.at(-1) ?? 0 } };
}

let bundled: WorkCalendar | undefined;

/** The calendar this build ships (chinese-days' data); parsed once, on first use. */
export function bundledCalendar(): WorkCalendar {
  bundled ??= calendarFrom(calendarDataSchema.parse(bundledJson), 'bundled');
  return bundled;
}

/**
 * The calendar to count with: an imported copy unless the bundled data reaches a later year (an extension update
 * can bring newer data than an old import); a tie goes to the import, which may carry a correction.
 */
export function preferredCalendar(imported?: CalendarData): WorkCalendar {
  const shipped = bundledCalendar();
  if (!imported) return shipped;
  const copy = calendarFrom(imported, 'imported');
  return (copy.years.at(-1) ?? 0) >= (shipped.years.at(-1) ?? 0) ? copy : shipped;
}
