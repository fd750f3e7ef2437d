import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importDocument } from '../../src/profile/import';
import { toStored, type FilingLogEntry, type StoredProfile } from '../../src/profile/store';
import { todayInChina } from '../../src/rules/run-rules';
import type { Deadline } from '../../src/timeline';
import { expect, send, test } from './fixtures';
import { inLanguage } from './in-language';
import { seriousViolations } from './axe';

// The timeline in the workspace: stages logged on the sample profiles show up in the agenda (日程) in due order with
// the dates the timeline counts (computed here with the same functions), a row opens its profile, the .ics export
// parses, axe finds nothing serious; and a reminder whose moment is a minute away fires as a notification, with the
// toolbar badge counting what is pressing.

type Timeline = typeof import('../../src/timeline') &
  Pick<typeof import('../../src/timeline/days'), 'addDays' | 'inChina'> &
  Pick<typeof import('../../src/ui/agenda-model'), 'groupOf' | 'icsFileName'>;

/**
 * The timeline's own functions, to compute what the page should show. Bundled first: they read chinese-days' JSON
 * through a bare import, which the bundlers take and Node's ESM loader refuses without an import attribute.
 */
async function loadTimeline(): Promise<Timeline> {
  const built = await build({
    stdin: {
      contents: "export * from './src/timeline'; export { addDays, inChina } from './src/timeline/days'; export { groupOf, icsFileName } from './src/ui/agenda-model';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'timeline-')), 'timeline.mjs');
  writeFileSync(file, built.outputFiles[0]?.text ?? '');
  return (await import(pathToFileURL(file).href)) as Timeline;
}
const timeline = loadTimeline();

declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(details: object): Promise<string> };
};

const SAMPLES = [
  'test/fixtures/v2/valid-enterprise-app-mini.json',
  'test/fixtures/v2/valid-personal-harmony-app.json',
  'test/fixtures/profiles/valid-enterprise.json',
  'test/fixtures/profiles/valid-personal.json',
  'test/fixtures/profiles/valid-enterprise-two-websites.json',
  'test/fixtures/profiles/valid-profile-set.json',
];
const HARMONY = '赵磊 · 鸿蒙 APP';
const APP_AND_MINI = '云栖示例 · 官网首次备案 · APP 与小程序';
const TWO_WEBSITES = '云栖示例 · 新增网站';

/** Imports each sample through the API and returns every stored profile as the timeline reads it (log still empty). */
async function importSamples(api: Page, files: readonly string[]): Promise<StoredProfile[]> {
  const records: StoredProfile[] = [];
  for (const file of files) {
    const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const imported = importDocument(document);
    if (!imported.ok) throw new Error(`${file} does not import`);
    expect(await send(api, { type: 'icp:profiles:import', document })).toMatchObject({ ok: true, imported: imported.profiles.length });
    const { profiles } = await send<{ profiles: { id: string; label: string }[] }>(api, { type: 'icp:profiles:list' });
    for (const { id, label } of profiles.filter((p) => !records.some((r) => r.id === p.id))) {
      const profile = imported.profiles.find((p) => p.label === label);
      if (!profile) throw new Error(`no ${label} in ${file}`);
      records.push(toStored(profile, new Date().toISOString(), id));
    }
  }
  await api.reload();
  await expect(api.locator('#profile-list .row')).toHaveCount(records.length);
  return records;
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function openProfile(api: Page, label: string) {
  await api.locator('#profile-list .row', { has: api.locator('.row-label', { hasText: exactly(label) }) }).click();
  await expect(api.locator('input[name="label"]')).toHaveValue(label);
}

/** Logs a stage in the open profile's filing log, as the agent does; the SMS stage takes its date and time. */
async function logStage(api: Page, record: StoredProfile, entry: FilingLogEntry) {
  const rows = api.locator('.record-meta table.log tbody tr.data');
  const before = await rows.count();
  await api.fill('[name="log.portal"]', entry.portal);
  await api.selectOption('[name="log.status"]', entry.status);
  await expect(api.locator('[name="log.date"]')).toHaveAttribute('type', entry.status === 'sms-verification' ? 'datetime-local' : 'date');
  await api.fill('[name="log.date"]', entry.date);
  await api.click('#add-log');
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.last()).toContainText(entry.date.replace('T', ' '));
  record.log.push(entry);
}

const entry = (status: string, date: string): FilingLogEntry => ({ portal: '阿里云', type: '新增备案', status, date });

test('the agenda lists every profile’s deadlines in due order, opens a profile, exports an .ics and passes axe', async ({ api }) => {
  const { addDays, agenda, groupOf, icsFileName, inChina } = await timeline;
  const records = await importSamples(api, SAMPLES);
  const byLabel = (label: string) => records.filter((r) => r.label === label);
  const today = todayInChina();
  const yesterday = addDays(today, -1);
  const smsAt = inChina(new Date(Date.now() - 3_600_000)); // the SMS came an hour ago

  // 提交 yesterday: 初审 expected within 2 working days.
  await openProfile(api, HARMONY);
  await logStage(api, byLabel(HARMONY)[0]!, entry('submitted', yesterday));
  // 提交 yesterday, 初审通过 with the SMS an hour ago: verify within 24 hours of it.
  await openProfile(api, APP_AND_MINI);
  await logStage(api, byLabel(APP_AND_MINI)[0]!, entry('submitted', yesterday));
  await logStage(api, byLabel(APP_AND_MINI)[0]!, entry('sms-verification', `${smsAt.day}T${smsAt.time}`));
  // Approved 40 days ago and no 公安 filing since: each website's 30 days are over.
  await openProfile(api, TWO_WEBSITES);
  await logStage(api, byLabel(TWO_WEBSITES)[0]!, entry('approved', addDays(today, -40)));
  // A profile whose label another shares, opened by its link (as a reminder's notification opens it): 管局 today.
  const [duplicate] = records.filter((r) => records.filter((o) => o.label === r.label).length > 1);
  await api.goto(api.url().replace(/#.*$/, '') + `#profile=${encodeURIComponent(duplicate!.id)}`);
  await expect(api.locator('input[name="label"]')).toHaveValue(duplicate!.label);
  await expect(api).toHaveURL(/options\.html$/); // the link is followed once, then dropped
  await logStage(api, duplicate!, entry('bureau-review', today));

  const expected = agenda(records, today);
  expect(expected.map((d) => d.kind).sort()).toEqual(['bureau-review', 'provider-review', 'public-security', 'public-security', 'sms-verification']);

  await api.click('#agenda-open');
  await expect(api.locator('#agenda-open')).toHaveAttribute('aria-pressed', 'true');
  await expect(api.locator('.editor')).toHaveCount(0);
  const rows = api.locator('#agenda .agenda-row');
  await expect(rows).toHaveCount(expected.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-id'), tr.getAttribute('data-due')]))).toEqual(expected.map((d) => [d.id, d.due]));
  const now = new Date();
  for (const [i, d] of expected.entries()) {
    const row = rows.nth(i);
    await expect(row).toContainText(d.time ? `${d.due} ${d.time}` : d.due);
    await expect(row).toContainText(d.profileLabel ?? '');
    await expect(row).toHaveClass(new RegExp(`\\b${d.severity}\\b`));
    await expect(row.locator('.agenda-outside')).toHaveCount(d.outsideCalendar ? 1 : 0);
    await expect(api.locator(`#agenda [data-group="${groupOf(d, today, now)}"] .agenda-row[data-id="${d.id}"]`)).toHaveCount(1);
  }
  // Overdue first, marked by an icon that names it, not by colour alone.
  await expect(api.locator('#agenda .agenda-group').first()).toHaveAttribute('data-group', 'overdue');
  await expect(api.locator('#agenda [data-group="overdue"] .agenda-row').first().locator('svg[role="img"]')).toHaveAttribute('aria-label', '错误');
  await expect(api.locator('#calendar-in-use')).toHaveAttribute('data-origin', 'bundled');

  expect(await seriousViolations(api, { include: '#agenda' }), 'axe on the agenda').toEqual([]);

  // Holiday data: a file that is not chinese-days' is refused with the reason; the published JSON is taken and used.
  await api.setInputFiles('#calendar-file', { name: 'holidays.json', mimeType: 'application/json', buffer: Buffer.from('{"holidays":{}}') });
  await expect(api.locator('#calendar-message[role="alert"]')).toContainText('holidays.json');
  await expect(api.locator('#calendar-message')).toContainText('不是 chinese-days 节假日数据');
  await expect(api.locator('#calendar-in-use')).toHaveAttribute('data-origin', 'bundled');
  await api.setInputFiles('#calendar-file', 'node_modules/chinese-days/dist/chinese-days.json');
  await expect(api.locator('#calendar-message[role="status"]')).toContainText('已导入节假日数据');
  await expect(api.locator('#calendar-in-use')).toHaveAttribute('data-origin', 'imported'); // the same years: the import wins
  await expect(rows).toHaveCount(expected.length);

  // .ics: one event per deadline, with the deadlines' ids and days.
  const [download] = await Promise.all([api.waitForEvent('download'), api.click('#agenda-export')]);
  expect(download.suggestedFilename()).toBe(icsFileName(new Date(), 'zh'));
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.map((e) => e.uid)).toEqual(expected.map((d) => `${d.id}@beian-assistant`));
  expect(events.map((e) => e.startDate.toJSDate().getTime())).toEqual(expected.map((d) => (d.time ? icsInstant(d) : icsDay(d))));

  // A click opens the profile of the SMS window.
  const sms = expected.find((d) => d.kind === 'sms-verification')!;
  await api.locator(`#agenda .agenda-row[data-id="${sms.id}"] .agenda-open`).click();
  await expect(api.locator('#agenda')).toHaveCount(0);
  await expect(api.locator('input[name="label"]')).toHaveValue(APP_AND_MINI);
});

/** A timed event's start as an instant; an all-day one's as ical.js reads a floating date (local midnight). */
const icsInstant = (d: Deadline) => new Date(`${d.due}T${d.time}:00+08:00`).getTime();
const icsDay = (d: Deadline) => new Date(`${d.due}T00:00:00`).getTime();

test('a reminder set a minute ahead fires as a notification, and the badge counts what is pressing', async ({ api }) => {
  test.setTimeout(180_000);
  const { agenda, badgeOf, inChina, remindersDue } = await timeline;
  const [record] = await importSamples(api, ['test/fixtures/v2/valid-personal-harmony-app.json']);
  await openProfile(api, HARMONY);
  // The 12-hour reminder of an SMS window falls due at the next whole minute at least 35 s away (alarms fire ≥ 30 s
  // on): so the SMS came 12 hours before that minute.
  const firesAt = Math.ceil((Date.now() + 35_000) / 60_000) * 60_000;
  const sms = inChina(new Date(firesAt - 12 * 3_600_000));
  await logStage(api, record!, entry('sms-verification', `${sms.day}T${sms.time}`));

  const deadlines = agenda([record!], todayInChina(new Date(firesAt)));
  const [reminder, ...others] = remindersDue(deadlines, new Date(firesAt));
  expect(others).toEqual([]);
  expect(reminder?.leadMinutes).toBe(720);
  const notifications = () => api.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all)));
  const badge = () => api.evaluate(() => chrome.action.getBadgeText({}));

  // The badge counts the pressing deadline as soon as the log changes; the reminder waits for its minute.
  await expect.poll(badge).toBe(String(badgeOf(deadlines).count));
  expect(Date.now()).toBeLessThan(firesAt);
  expect(await notifications()).toEqual([]);
  await expect.poll(notifications, { timeout: 120_000, intervals: [1_000] }).toEqual([reminder!.id]);
  expect(Date.now()).toBeGreaterThanOrEqual(firesAt);
});

test('in English the agenda speaks English: titles, groups, headings and the calendar line', async () => {
  const { addDays } = await timeline;
  await inLanguage('en-US', async (_context, options) => {
    const [record] = await importSamples(options, ['test/fixtures/v2/valid-personal-harmony-app.json']);
    await openProfile(options, HARMONY);
    await logStage(options, record!, entry('submitted', addDays(todayInChina(), -1)));
    await options.click('#agenda-open');
    await expect(options.locator('#agenda-open')).toHaveText('Agenda');
    const row = options.locator('#agenda .agenda-row');
    await expect(row).toHaveCount(1);
    await expect(row.locator('.agenda-what b')).toHaveText("Provider's first review");
    await expect(options.locator('#agenda-title')).toHaveText("Agenda: every profile's next steps and deadlines");
    await expect(options.locator('#calendar-in-use')).toContainText('bundled Chinese holiday data');
    await expect(options.locator('#agenda-export')).toHaveText('Export .ics');
    // The page's own words only: data (the label) aside, and the step's explanation, whose English names the
    // Chinese terms the portals use.
    const own = await options.locator('#agenda h2, #agenda h3, #agenda th, #agenda button:not(.agenda-open), #agenda .agenda-what b, #agenda time, #calendar-in-use').allTextContents();
    expect(own.filter((text) => /[\u3400-\u9fff\uff00-\uffef]/.test(text))).toEqual([]);
  });
});
