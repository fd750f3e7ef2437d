import { browser } from 'wxt/browser';
import { DEADLINES_CHANGED } from '../background/reminders';

/** Tells the background to count the deadlines again (badge, reminders, alarm) after this page changed what they come from. */
export function announceDeadlinesChanged(ids?: readonly string[]): void {
  // No background listening (a test page, an update under way) only delays the badge until the next alarm.
  browser.runtime.sendMessage({ type: DEADLINES_CHANGED, ...(ids ? { ids } : {}) }).catch(() => undefined);
}
