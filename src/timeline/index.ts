// The timeline's public API: what the options page (agenda, calendar import, .ics), the background (alarms, badge,
// notifications) and the filing-log editor use.

export { bundledCalendar, calendarDataSchema, calendarFrom, parseCalendar, preferredCalendar, type CalendarData, type ParsedCalendar, type WorkCalendar } from './calendar';
export { addWorkingDays, isWorkingDay, workingDaysBetween, type WorkingCount, type WorkingDate } from './working-days';
export { DEADLINE_KINDS, DEADLINE_TITLES, type Deadline, type DeadlineKind, type DeadlineSeverity, type TimelineOptions } from './deadline';
export { agenda, deadlinesOf, type FilingOnRecord } from './deadlines';
export { badgeOf, DEFAULT_LEAD_TIMES, dueInstant, nextReminderAt, remindersDue, type LeadTimes, type Reminder } from './reminders';
export { toIcs, type IcsOptions } from './ics';
export { parseLogDate } from './days';
