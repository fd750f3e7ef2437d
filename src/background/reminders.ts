import { z } from 'zod';
import { VaultLockedError } from '../profile/store';
import { todayInChina } from '../rules/run-rules';
import { badgeOf, DEFAULT_LEAD_TIMES, nextReminderAt, remindersDue, type CalendarData, type Deadline, type LeadTimes } from '../timeline';
import { addDays, chinaInstant, inChina } from '../timeline/days';
import type { ProfileTarget } from '../ui/profile-link';
import { deadlineMemo, type DeadlineMemo, type DeadlineSource } from './deadline-memo';

// The reminders the background shows: on its alarm, at the browser's start and whenever the deadlines may have
// changed, it counts every profile's deadlines (reading again only those written since: `deadline-memo.ts`; only
// while the vault is unlocked), fires the reminders that fell due as notifications, sets the toolbar badge, and sets
// its one alarm to the next moment something changes. Browser APIs come in as `deps`, so this runs the same in the
// service worker and in unit tests.

export const REMINDER_ALARM = 'beian-reminders';
/** What the options page sends after it wrote to the store: IndexedDB writes raise no event the background hears. */
export const DEADLINES_CHANGED = 'beian:deadlines-changed';
/** `ids`: the profiles written, when the page knows them (a save): the team's copy takes those without comparing all. */
const deadlinesChangedSchema = z.object({ type: z.literal(DEADLINES_CHANGED), ids: z.array(z.string()).optional() });
/** The profiles a deadlines-changed message names (undefined: any may have changed); null when it is no such message. */
export function deadlinesChangedIds(message: unknown): readonly string[] | undefined | null {
  const parsed = deadlinesChangedSchema.safeParse(message);
  return parsed.success ? parsed.data.ids : null;
}

/** API requests that write profiles (the API's other writes are the vault's, which the key's change announces). */
const profileWrites = z.object({ type: z.enum(['icp:profiles:import']) });
export const writesProfiles = (message: unknown): boolean => profileWrites.safeParse(message).success;

/** Reminders already shown, by reminder id, with where a click on each leads (kept in `browser.storage.local`). */
export const shownSchema = z.record(z.string(), z.object({ profileId: z.string(), path: z.string().optional() }));
export type Shown = z.infer<typeof shownSchema>;

export type Badge = { text: string; color?: string };

export type ReminderDeps = DeadlineSource & {
  now(): Date;
  language: 'zh' | 'en';
  vaultLocked(): Promise<boolean>;
  /** The holiday data the agent imported, if any (`preferredCalendar` decides whether it is used). */
  importedCalendar(): Promise<CalendarData | undefined>;
  shown(): Promise<Shown>;
  setShown(shown: Shown): Promise<void>;
  notify(id: string, note: { title: string; message: string }): Promise<void>;
  setBadge(badge: Badge): Promise<void>;
  /** Sets the one reminder alarm to fire at `when` (ms since the epoch), replacing the one set before. */
  schedule(when: number): Promise<void>;
  leadTimes?: LeadTimes;
};

export type ReminderOutcome = { locked: true; next: number } | { locked: false; fired: string[]; badge: Badge; next: number };

/** Red for a missed deadline, amber for a near one: the count says how many, the colour how grave. */
export const BADGE_COLORS = { error: '#c5221f', warning: '#b05a00' } as const;

/** Badge text holds about four characters. */
const badgeText = (count: number) => (count === 0 ? '' : count > 99 ? '99+' : String(count));

/** Severities move at midnight in China even when no reminder falls due: the alarm never sleeps past it. */
export const nextChinaMidnight = (now: Date): number => chinaInstant(addDays(inChina(now).day, 1)).getTime();

/** Where a click on a reminder leads: the profile, at the field the deadline is counted from where it has one. */
export function targetOf(d: Deadline): ProfileTarget | undefined {
  if (!d.profileId) return undefined;
  return 'path' in d.from ? { profileId: d.profileId, path: d.from.path } : { profileId: d.profileId };
}

/** The vault may lock between asking and reading: that read is refused, and counts as locked. */
function lockedAsUndefined(error: unknown): undefined {
  if (error instanceof VaultLockedError) return undefined;
  throw error;
}

/** One pass: what is due now is shown once, the badge set, the next alarm set. */
export async function checkReminders(deps: ReminderDeps, memo: DeadlineMemo = deadlineMemo()): Promise<ReminderOutcome> {
  const now = deps.now();
  const midnight = nextChinaMidnight(now);
  const deadlines = (await deps.vaultLocked()) ? undefined : await memo.agenda(deps, todayInChina(now), await deps.importedCalendar()).catch(lockedAsUndefined);
  if (!deadlines) {
    // A locked vault shows nothing (no count, no text); the alarm stays, and the unlock runs a pass of its own.
    memo.forget();
    await deps.setBadge({ text: '' });
    await deps.schedule(midnight);
    return { locked: true, next: midnight };
  }
  const shown = await deps.shown();
  const leadTimes = deps.leadTimes ?? DEFAULT_LEAD_TIMES;
  const due = remindersDue(deadlines, now, leadTimes, new Set(Object.keys(shown)));

  // Kept: what was shown for deadlines that still stand (so it is not shown again); the rest is forgotten.
  const standing = deadlines.map((d) => `${d.id}@`);
  const kept: Shown = Object.fromEntries(Object.entries(shown).filter(([id]) => standing.some((prefix) => id.startsWith(prefix))));
  for (const reminder of due) {
    const target = targetOf(reminder.deadline);
    if (target) kept[reminder.id] = target;
  }
  // Recorded before the notifications, so a worker stopped half-way never shows one twice.
  await deps.setShown(kept);
  for (const reminder of due) {
    await deps.notify(reminder.id, { title: reminder.title[deps.language], message: reminder.body[deps.language] });
  }

  const { count, severity } = badgeOf(deadlines);
  const badge: Badge = severity ? { text: badgeText(count), color: BADGE_COLORS[severity] } : { text: '' };
  await deps.setBadge(badge);
  const reminder = nextReminderAt(deadlines, now, leadTimes)?.getTime();
  const next = reminder === undefined ? midnight : Math.min(reminder, midnight);
  await deps.schedule(next);
  return { locked: false, fired: due.map((r) => r.id), badge, next };
}

/**
 * Passes one at a time: a request while one runs asks for one more after it (the store may have changed meanwhile),
 * and any number of requests meanwhile make just that one.
 */
export function reminderRunner(deps: ReminderDeps, onError: (error: unknown) => void = () => undefined): { run(): Promise<void>; forget(): void } {
  let running: Promise<void> | undefined;
  let again = false;
  const memo = deadlineMemo();
  async function loop() {
    do {
      again = false;
      try {
        await checkReminders(deps, memo);
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = undefined;
  }
  return {
    run() {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
    forget: memo.forget,
  };
}
