import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { browserDeps, lastFill } from '../src/background/browser-deps';
import { fillFromGesture } from '../src/background/gesture-fill';
import { handleApi } from '../src/background/handle-api';
import { portalMatchPatterns } from '../src/background/portal-hosts';
import { isExtensionPage } from '../src/background/sender';
import { lockIfIdle, touch, watchKey } from '../src/vault/session';
import { browserReminderDeps, openReminder } from '../src/background/reminder-browser';
import { deadlinesChangedIds, REMINDER_ALARM, reminderRunner, writesProfiles } from '../src/background/reminders';

/** After a script's bulk write, the agenda waits this long for the rest of the burst. */
const BULK_DELAY_MS = 30_000;
import { isApiMessage } from '../src/messaging/protocol';
import { createSync } from '../src/sync/index';
import { extensionSettings } from '../src/sync/browser-settings';
import { browserPouch } from '../src/sync/browser-pouch';
import { handleSyncInternal, isSyncInternal } from '../src/background/sync-api';
import { STORE_CHANGED } from '../src/messaging/store-changed';

const MENU_ID = 'fill-last-profile';
const IDLE_ALARM = 'vault-idle-lock';
/** The team sync's safety net: a stopped worker's live replication resumes, and a write nobody announced is sent. */
const SYNC_ALARM = 'team-sync';

export default defineBackground(() => {
  const deps = browserDeps();
  // One team sync for the whole extension: resumed at each start of the worker (the browser's start among them) and
  // after an unlock, stopped on lock; the options page's writes reach it as they reach the reminders.
  // PouchDB built once here: its replication plugin cannot be added to the class twice (the engine's default does).
  const teamSync = createSync({
    store: deps.store,
    PouchDB: browserPouch(),
    onPulled: (ids) => {
      // Open pages read those rows again; the agenda counts the arrivals with the next pass, as after a bulk import.
      browser.runtime.sendMessage({ type: STORE_CHANGED, ids }).catch(() => undefined);
      void soonerReminders(BULK_DELAY_MS);
    },
  });
  const syncDeps = { sync: teamSync, settings: extensionSettings() };
  deps.sync = syncDeps;
  const resumeSync = () => void teamSync.start();
  resumeSync();
  watchKey(() => void deps.store.vault.status().then((v) => (v.locked ? teamSync.stop() : resumeSync())));
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: unknown) => void) => {
    if (!isSyncInternal(message)) return undefined;
    if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    void handleSyncInternal(message, syncDeps).then(sendResponse);
    return true;
  });
  // Reminders and the badge: counted again on their alarm, at the browser's start, when the vault locks or unlocks,
  // and after a write to the store (the options page says so: IndexedDB writes raise no event here).
  const reminders = reminderRunner(browserReminderDeps(deps.store), (error) => console.error('reminders:', error));
  /** Brings the reminders alarm forward to `delay` from now, unless it is due sooner already. */
  async function soonerReminders(delay: number) {
    const when = Date.now() + delay;
    const existing = await browser.alarms.get(REMINDER_ALARM);
    if (!existing || existing.scheduledTime > when) await browser.alarms.create(REMINDER_ALARM, { when });
  }
  browser.runtime.onStartup.addListener(() => void reminders.run());
  browser.runtime.onInstalled.addListener(() => void reminders.run());
  // A lock or unlock counts the agenda again, once the unlock’s own work (and the pages it wakes) is done; what the
  // reminders hold of the profiles goes at once.
  watchKey(() => {
    reminders.forget();
    void soonerReminders(BULK_DELAY_MS);
  });
  browser.notifications.onClicked.addListener((id) => void openReminder(id));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const ids = deadlinesChangedIds(message);
    if (ids !== null && isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      // The team's copy first: a save should reach the team before the agenda is counted again.
      void teamSync.changed(ids).finally(() => reminders.run());
    }
    return undefined;
  });
  // sendResponse + `return true`: the fake browser of unit tests and older Chromium cores ignore returned promises.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: unknown) => void) => {
    if (!isApiMessage(message)) return undefined;
    if (!isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      sendResponse({ ok: false, error: '只有扩展自己的页面可以调用 · only the extension’s own pages may call this API' });
      return true;
    }
    void touch();
    handleApi(message, deps).then((answer) => {
      sendResponse(answer);
      if (writesProfiles(message)) {
        // A script's writes come in bursts (an import of thousands, a slice at a time): the agenda is counted once,
        // half a minute after, not over every stored profile after each slice.
        void soonerReminders(BULK_DELAY_MS);
        void teamSync.changed();
      }
    });
    return true;
  });

  // The vault locks itself after the idle time the agent set (checked each minute; alarms survive a stopped worker).
  void browser.alarms.create(IDLE_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDLE_ALARM) void lockIfIdle();
    if (alarm.name === REMINDER_ALARM) void reminders.run();
    if (alarm.name === SYNC_ALARM) void teamSync.start().then(() => teamSync.changed());
  });

  const confirm = async (tabId: number, text: string) => {
    const answer: unknown = await deps.sendToTab(tabId, { type: 'beian:confirm', text }).catch(() => undefined);
    return typeof answer === 'object' && answer !== null && 'confirmed' in answer && answer.confirmed === true;
  };

  async function fillWithLast(tabId: number | undefined) {
    const last = await lastFill();
    if (tabId === undefined || !last) return;
    const answer = await fillFromGesture(tabId, last, { ...deps, confirm });
    if (answer === 'declined') return;
    const problems = answer.ok && 'fields' in answer ? answer.fields.filter((f) => f.status === 'failed' || f.status === 'not-found').length : 1;
    // MV2 (Firefox) calls the toolbar button browserAction.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: problems ? String(problems) : '✓' });
  }

  /** The menu shows only on the known portals and the sites the agent enabled. */
  const enabledPatterns = async () => [...new Set([...portalMatchPatterns(), ...((await browser.permissions.getAll()).origins ?? []).filter((o) => o.startsWith('https://'))])];
  browser.runtime.onInstalled.addListener(async () => {
    browser.contextMenus.create({ id: MENU_ID, title: i18n.t('fillLastProfile'), contexts: ['page', 'editable'], documentUrlPatterns: await enabledPatterns() });
  });
  const updateMenu = async () => browser.contextMenus.update(MENU_ID, { documentUrlPatterns: await enabledPatterns() });
  browser.permissions.onAdded.addListener(() => void updateMenu());
  browser.permissions.onRemoved.addListener(() => void updateMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void fillWithLast(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === MENU_ID) void fillWithLast(tab?.id);
  });
});
