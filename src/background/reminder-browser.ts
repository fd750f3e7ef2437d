import { browser } from 'wxt/browser';
import type { ProfileStore } from '../profile/store';
import { lang } from '../ui/lang';
import { profileLink } from '../ui/profile-link';
import { REMINDER_ALARM, shownSchema, type ReminderDeps, type Shown } from './reminders';
import { readImportedCalendar } from './stored-calendar';

// The real browser behind the reminders: the store, extension storage, notifications, the toolbar badge, alarms.

export const SHOWN_KEY = 'reminders:shown';

async function readShown(): Promise<Shown> {
  const parsed = shownSchema.safeParse((await browser.storage.local.get(SHOWN_KEY))[SHOWN_KEY]);
  return parsed.success ? parsed.data : {};
}

/** MV2 (Firefox) calls the toolbar button browserAction. */
const action = () => browser.action ?? browser.browserAction;

export function browserReminderDeps(store: ProfileStore): ReminderDeps {
  return {
    now: () => new Date(),
    language: lang,
    vaultLocked: async () => (await store.vault.status()).locked,
    stamps: () => store.stamps(),
    profiles: (ids) => store.getMany(ids),
    importedCalendar: readImportedCalendar,
    shown: readShown,
    setShown: (shown) => browser.storage.local.set({ [SHOWN_KEY]: shown }),
    async notify(id, { title, message }) {
      await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
    },
    async setBadge({ text, color }) {
      await action().setBadgeText({ text });
      if (color) await action().setBadgeBackgroundColor({ color });
    },
    async schedule(when) {
      await browser.alarms.create(REMINDER_ALARM, { when });
    },
  };
}

/** A click on a reminder opens the options page at its profile (and field) in a new tab; the notification goes. */
export async function openReminder(notificationId: string): Promise<void> {
  const target = (await readShown())[notificationId];
  await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${target ? profileLink(target) : ''}` });
  await browser.notifications.clear(notificationId);
}
