import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inLanguage } from './in-language';

// Work across many clients: "check all" lists every profile's errors and warnings by field and jumps to one; the
// list's search finds a profile by a 负责人's name or phone; the filtered profiles export and delete (with undo) at
// once; the keyboard saves, searches and steps through profiles; axe finds nothing serious on the view.

const SAMPLES = ['public/samples/sample-mistakes.json', 'public/samples/sample-valid.json'];
const MISTAKES = '示例 · 常见错误 (typical mistakes)';
const VALID = '示例 · 云栖示例科技（两个网站）';
/** The mobile of the valid sample's second website head: on no other profile. */
const SECOND_HEAD_MOBILE = '13705712222';

async function importSamples(options: Page) {
  await options.setInputFiles('#import-file', SAMPLES);
  await expect(options.locator('#import-preview .import-add li')).toHaveCount(2);
  await options.click('#import-confirm');
  await expect(options.locator('#profile-list .row')).toHaveCount(2);
}

async function openCheckAll(options: Page) {
  await options.click('#check-all-open');
  await expect(options.locator('#check-all-list .check-all-profile')).toHaveCount(2);
}

const entry = (options: Page, label: string) => options.locator('.check-all-profile', { has: options.locator('.check-all-open', { hasText: label }) });

test('check all lists every sample profile’s errors by field, filters them, and jumps to one in the editor', async ({ api: options }) => {
  await importSamples(options);
  await openCheckAll(options);

  // The profile with mistakes comes first, its errors named as the filing names the field.
  await expect(options.locator('.check-all-profile').first()).toContainText(MISTAKES);
  const mistakes = entry(options, MISTAKES);
  await expect(mistakes.locator('li.error .jump[data-rule="identity/resident-id-uppercase-x"]')).toContainText('网站负责人');
  await expect(mistakes.locator('li.error .jump[data-rule="domains/bare-domain"]')).toHaveAttribute('data-path', 'websites[0].domains[0]');
  expect(await mistakes.locator('li.error').count()).toBeGreaterThan(5);
  await expect(entry(options, VALID).locator('li.error')).toHaveCount(0);
  await expect(entry(options, VALID).locator('li.warning')).not.toHaveCount(0);

  // Filters: only errors leaves the profile that has some; the valid one is a 新增网站 filing in 浙江省 with 世纪互联.
  await options.selectOption('#check-all-severity', 'error');
  await expect(options.locator('.check-all-profile')).toHaveCount(1);
  await expect(options.locator('.check-all-profile li.warning')).toHaveCount(0);
  await options.selectOption('#check-all-severity', '');
  await options.selectOption('#check-all-province', '浙江省');
  await options.selectOption('#check-all-provider', '世纪互联');
  await options.selectOption('#check-all-type', '新增网站');
  await expect(options.locator('.check-all-profile')).toHaveCount(2);
  await options.selectOption('#check-all-status', 'approved');
  await expect(options.locator('.check-all-profile')).toHaveCount(0);
  await options.selectOption('#check-all-status', 'unlogged');
  await expect(options.locator('.check-all-profile')).toHaveCount(2);
  await options.fill('#check-all-search', '137 0571 2222');
  await expect(options.locator('.check-all-profile')).toHaveCount(1);
  await expect(options.locator('.check-all-profile')).toContainText(VALID);
  await options.fill('#check-all-search', '');

  // A click on a finding opens the profile at its field, the website's 负责人 section unfolded.
  await mistakes.locator('.jump[data-rule="identity/resident-id-uppercase-x"]').click();
  await expect(options.locator('#check-all')).toHaveCount(0);
  await expect(options.locator('input[name="label"]')).toHaveValue(MISTAKES);
  await expect(options.locator('[name="websites[1].head.certificate.number"]')).toBeFocused();
});

test('search finds a profile by its 负责人’s mobile, name or ID number, typed with spaces too', async ({ api: options }) => {
  await importSamples(options);
  await options.fill('#search', SECOND_HEAD_MOBILE);
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  await expect(options.locator('#profile-list .row .row-label')).toHaveText(VALID);
  await options.fill('#search', '137 0571 2222');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  await options.fill('#search', '13905710000'); // the subject's head, on both samples
  await expect(options.locator('#profile-list .row')).toHaveCount(2);
  await options.fill('#search', '没有这个人');
  await expect(options.locator('#profile-list .row')).toHaveCount(0);
});

test('the filtered profiles export and delete at once, and the delete can be undone', async ({ api: options }) => {
  await importSamples(options);
  await openCheckAll(options);
  await options.selectOption('#check-all-severity', 'error');
  await expect(options.locator('.check-all-profile')).toHaveCount(1);

  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#check-all-export')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { profiles: { label: string }[] };
  expect(exported.profiles.map((p) => p.label)).toEqual([MISTAKES]);

  await options.click('#check-all-delete');
  await expect(options.locator('#check-all-confirm')).toBeVisible();
  await options.click('#check-all-delete-confirm');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  await expect(options.locator('.check-all-profile')).toHaveCount(0);

  // The undo survives a reload, as a single delete's does.
  await options.reload();
  await options.click('#check-all-open');
  await expect(options.locator('#check-all-list .check-all-profile')).toHaveCount(1);
  await options.click('#undo-bulk-delete');
  await expect(options.locator('#profile-list .row')).toHaveCount(2);
  await expect(options.locator('#check-all-list .check-all-profile')).toHaveCount(2);
  await expect(options.locator('#undo-bulk-delete')).toHaveCount(0);
});

test('keyboard: / and Ctrl+K search, Alt+↓ / Alt+↑ step through the profiles, Ctrl+S saves', async ({ api: options }) => {
  await importSamples(options);
  await options.locator('h1').click();
  await options.keyboard.press('/');
  await expect(options.locator('#search')).toBeFocused();
  await options.locator('h1').click();
  await options.keyboard.press('Control+k');
  await expect(options.locator('#search')).toBeFocused();

  const labels = await options.locator('#profile-list .row .row-label').allTextContents();
  await options.locator('h1').click();
  await options.keyboard.press('Alt+ArrowDown');
  await expect(options.locator('input[name="label"]')).toHaveValue(labels[0]!);
  await options.keyboard.press('Alt+ArrowDown');
  await expect(options.locator('input[name="label"]')).toHaveValue(labels[1]!);
  await options.keyboard.press('Alt+ArrowUp');
  await expect(options.locator('input[name="label"]')).toHaveValue(labels[0]!);

  await options.fill('[name="subject.remark"]', '键盘保存');
  await expect(options.locator('#dirty')).toBeVisible();
  // With unsaved edits, stepping away keeps them and says to save first.
  await options.keyboard.press('Alt+ArrowDown');
  await expect(options.locator('input[name="label"]')).toHaveValue(labels[0]!);
  await expect(options.locator('#notice')).toBeVisible();
  await options.keyboard.press('Control+s');
  await expect(options.locator('#dirty')).toHaveCount(0);
  await options.reload();
  await options.locator('#profile-list .row', { hasText: labels[0]! }).click();
  await expect(options.locator('[name="subject.remark"]')).toHaveValue('键盘保存');
});

/** Serious and critical violations on the check-all view, light and dark. */
async function seriousOnCheckAll(options: Page): Promise<string[]> {
  await importSamples(options);
  await openCheckAll(options);
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    await options.screenshot({ path: test.info().outputPath(`check-all-${colorScheme}.png`), fullPage: true });
    const { violations } = await new AxeBuilder({ page: options }).include('#check-all').analyze();
    found.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${colorScheme} ${v.id}: ${n.target.join(' ')}`)));
  }
  return found;
}

test('axe: the check-all view has no serious or critical violations (zh-CN)', async ({ api: options }) => {
  expect(await seriousOnCheckAll(options)).toEqual([]);
});

test('axe: the check-all view has no serious or critical violations, and speaks English only (en-US)', async () => {
  await inLanguage('en-US', async (_context, options) => {
    expect(await seriousOnCheckAll(options)).toEqual([]);
    await expect(options.locator('#check-all-title')).toHaveText("Check all: every profile's errors and warnings");
    await expect(options.locator('#check-all-type option[value="新增网站"]')).toHaveText('New website');
  });
});
