import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Thousands of profiles: reading, storing and exporting them shows a bar with counts; Cancel during the import
// stores nothing.

const COUNT = 6000;

function bigSet(): string {
  const one = JSON.parse(readFileSync('test/fixtures/profiles/valid-enterprise.json', 'utf8')) as Record<string, unknown> & { label: string };
  const profiles = Array.from({ length: COUNT }, (_, i) => ({ ...one, label: `${one.label} ${i}` }));
  const file = join(mkdtempSync(join(tmpdir(), 'beian-progress-')), 'many.json');
  writeFileSync(file, JSON.stringify({ format: 'icp-filing-profile-set', version: 1, profiles }));
  return file;
}

/** Every text the progress counter showed, recorded as the page renders it (a screenshot-free way to see it move). */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('#progress-count')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
const midway = (texts: readonly string[]) => texts.some((t) => /^\d+ \/ \d+$/.test(t) && Number(t.split(' / ')[0]) > 0 && Number(t.split(' / ')[0]) < COUNT);

test('a long import shows its progress, Cancel stores nothing, and the import done again stores every profile', async ({ api: options }) => {
  test.setTimeout(180_000);
  const file = bigSet();
  await recordProgress(options);

  await options.setInputFiles('#import-file', file);
  const bar = options.getByRole('progressbar', { name: '正在读取资料' });
  await expect(bar).toBeVisible();
  await expect(options.locator('#progress-count')).toHaveText(new RegExp(`^\\d+ / ${COUNT}$`));
  // Cancel has the focus as soon as the bar shows: Enter stops the import without waiting for the button to settle.
  await expect(options.locator('#cancel-import')).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.locator('#notice')).toHaveText('已取消导入，没有保存任何内容。');
  await expect(options.locator('#progress')).toHaveCount(0);
  await expect(options.locator('#import-preview')).toHaveCount(0);
  await expect(options.locator('#import')).toBeFocused();
  await options.reload();
  await expect(options.locator('.count')).toHaveText('0 / 0');

  await recordProgress(options);
  await options.setInputFiles('#import-file', file);
  await expect(options.locator('#import-preview')).toBeVisible({ timeout: 60_000 });
  expect(midway(await progressSeen(options)), 'the reading bar moved').toBe(true);
  await expect(options.locator('#import-preview .import-add li')).toHaveCount(100);
  await expect(options.locator('#import-preview .import-more')).toContainText(String(COUNT - 100));
  await options.click('#import-confirm');
  await expect(options.locator('.count')).toHaveText(`${COUNT} / ${COUNT}`, { timeout: 60_000 });
  expect(await progressSeen(options)).toContain(`${COUNT} / ${COUNT}`);

  await recordProgress(options);
  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export-all')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { profiles: unknown[] };
  expect(exported.profiles).toHaveLength(COUNT);
  expect(midway(await progressSeen(options)), 'the export bar moved').toBe(true);

  // The full backup (tags and filing log with every profile) reads the store the same way.
  await recordProgress(options);
  const [backup] = await Promise.all([options.waitForEvent('download'), options.click('#backup')]);
  const backedUp = JSON.parse(readFileSync(await backup.path(), 'utf8')) as { format: string; records: unknown[] };
  expect(backedUp.format).toBe('beian-assistant-backup');
  expect(backedUp.records).toHaveLength(COUNT);
  expect(midway(await progressSeen(options)), 'the backup bar moved').toBe(true);
});
