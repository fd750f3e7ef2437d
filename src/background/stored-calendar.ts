import { browser } from 'wxt/browser';
import { calendarDataSchema, type CalendarData } from '../timeline';

// The holiday data the agent imported (chinese-days' published `chinese-days.json`), kept under one key of
// `browser.storage.local` where the options page's agenda and the background's reminders both read it.

export const CALENDAR_KEY = 'timeline:calendar';

/** The imported data; undefined when none was imported or what is stored no longer parses. */
export async function readImportedCalendar(): Promise<CalendarData | undefined> {
  const parsed = calendarDataSchema.safeParse((await browser.storage.local.get(CALENDAR_KEY))[CALENDAR_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export const saveImportedCalendar = (data: CalendarData) => browser.storage.local.set({ [CALENDAR_KEY]: data });

export const forgetImportedCalendar = () => browser.storage.local.remove(CALENDAR_KEY);
