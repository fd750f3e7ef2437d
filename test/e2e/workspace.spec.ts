import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { importDocument } from '../../src/profile/import';
import { expect, test } from './fixtures';
import { inLanguage, popupOverWebsite } from './in-language';
import { shootBothSchemes } from './screenshots';

// The agent's workspace in the built extension: type a profile, watch findings come and go, save, reload, search,
// export, delete, undo, import the export back; and screenshots of every page in both languages, light and dark.

const field = (page: Page, path: string) => page.locator(`.field[data-path="${path}"]`);

test('create a profile by typing, see findings come and go, save, search, export, delete, import back', async ({ api: options }) => {
  await options.click('#new');
  await options.fill('input[name="label"]', '测试客户 · 官网');
  await options.selectOption('select[name="subject.nature"]', '企业');
  await options.fill('input[name="subject.name"]', '杭州云栖示例科技有限公司');
  await options.selectOption('select[name="subject.certificate.type"]', '营业执照（个人或企业）');
  await options.fill('input[name="subject.certificate.number"]', '91330106MA2KX7Q1D6');
  await expect(field(options, 'subject.certificate.number').locator('.findings li.error')).toHaveCount(1);
  await options.fill('input[name="subject.certificate.number"]', '91330106MA2KX7Q1D5');
  await expect(field(options, 'subject.certificate.number').locator('.findings li.error')).toHaveCount(0);
  await options.selectOption('select[name="subject.region.province"]', '浙江省');
  await options.selectOption('select[name="subject.region.city"]', '杭州市');
  await options.selectOption('select[name="subject.region.county"]', '西湖区');
  await options.fill('input[name="subject.head.name"]', '王小明');
  await options.fill('input[name="subject.head.certificate.number"]', '330106199003071236');
  await options.fill('textarea[name="websites[0].domains"]', 'yunqi-example.com');
  await options.check('input[name="websites[0].sameAsSubjectHead"]');
  await expect(options.locator('input[name="websites[0].head.name"]')).toHaveValue('王小明');
  await expect(options.locator('#dirty')).toBeVisible();

  // Unsaved work survives closing the page.
  await options.reload();
  await expect(options.locator('#notice')).toBeVisible();
  await expect(options.locator('input[name="subject.name"]')).toHaveValue('杭州云栖示例科技有限公司');

  await options.click('#save');
  await expect(options.locator('#dirty')).toHaveCount(0);
  await options.reload();
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  await options.fill('#search', '91330106');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  await options.fill('#search', '没有这个客户');
  await expect(options.locator('#profile-list .row')).toHaveCount(0);
  await options.fill('#search', '');
  await options.click('#profile-list .row');
  await expect(options.locator('.filing-type').first()).toHaveText('新增备案');

  // Tags and a filing-log entry live on the stored record; a pre-approval on the website.
  await options.fill('input[name="tags"]', '客户A, 张代理');
  await options.fill('input[name="log.portal"]', '世纪互联');
  await options.click('#add-log');
  await expect(options.locator('table.log tbody tr')).toHaveCount(2);
  await options.fill('#search', '张代理');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  await options.fill('#search', '');
  await options.click('.website .add-approval');
  await expect(options.locator('.field[data-path="websites[0].approvals"] .findings li.error').first()).toBeVisible(); // no approval number yet
  await options.fill('input[name="websites[0].approvals[0].number"]', '教审2026-001');
  await options.click('#save');

  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export-one')]);
  const path = await download.path();
  const exported = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const before = importDocument(exported);
  expect(before.ok).toBe(true);

  await options.click('#delete');
  await expect(options.locator('#profile-list .row')).toHaveCount(0);
  await options.click('#undo-delete');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  await options.click('#delete');
  await expect(options.locator('#profile-list .row')).toHaveCount(0);

  await options.setInputFiles('#import-file', path);
  await expect(options.locator('#import-preview .import-add li')).toHaveText(['测试客户 · 官网']);
  await options.click('#import-confirm');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  await options.click('#profile-list .row');
  const [again] = await Promise.all([options.waitForEvent('download'), options.click('#export-one')]);
  expect(JSON.parse(readFileSync(await again.path(), 'utf8'))).toEqual(exported);

  // A full backup keeps what the interchange format does not: tags and the filing log.
  await options.fill('input[name="tags"]', '客户B');
  await options.locator('input[name="tags"]').blur();
  const [backup] = await Promise.all([options.waitForEvent('download'), options.click('#backup')]);
  await options.click('#delete');
  await expect(options.locator('#profile-list .row')).toHaveCount(0);
  await options.setInputFiles('#import-file', await backup.path());
  await expect(options.locator('#import-preview .import-add li')).toHaveText(['测试客户 · 官网']);
  await options.click('#import-confirm');
  await options.click('#profile-list .row');
  await expect(options.locator('input[name="tags"]')).toHaveValue('客户B');
});

test('a file that is not a profile is refused with its paths, and nothing is stored', async ({ api: options }) => {
  await options.setInputFiles('#import-file', 'test/fixtures/profiles/unknown-key.json');
  await expect(options.locator('#import-errors')).toContainText('favouriteColour');
  await expect(options.locator('#profile-list .row')).toHaveCount(0);
});

for (const lang of ['zh-CN', 'en-US']) {
  test(`screenshots of options, popup, fill gate and side panel, light and dark (${lang})`, async () => {
    await inLanguage(lang, async (context, options, id) => {
      await options.evaluate((doc) => chrome.runtime.sendMessage({ type: 'icp:profiles:import', document: doc }), readFileSync('public/samples/sample-mistakes.json', 'utf8'));
      await options.reload();
      await options.click('#profile-list .row');
      await expect(options.locator('.findings li.error').first()).toBeVisible();
      await expect(options.locator('#new')).toHaveText(lang.startsWith('zh') ? '新建资料' : 'New profile');
      await shootBothSchemes(options, `options-${lang}`, { fullPage: true });

      const { popup, portal, tabId } = await popupOverWebsite(context, options, id);
      await popup.selectOption('#website', 'websites[1]');
      // One language at a time: the popup's own words are in the browser's language (data and portal labels aside).
      const own = (await popup.locator('h1, #fill, #check, #capture, #profile-findings, #page-status').allTextContents()).join(' ');
      expect(/[\u4e00-\u9fff]/.test(own.replace(/[\u4e00-\u9fff]+ · /g, '')), own).toBe(lang.startsWith('zh'));
      await popup.click('#fill');
      // The sample carries the mistakes portals reject: the popup asks first, listing them.
      await expect(popup.locator('#fill-gate li').first()).toBeVisible();
      await shootBothSchemes(popup, `popup-gate-${lang}`, { fullPage: true });
      await popup.click('#fill-anyway');
      await expect(popup.locator('#report li').first()).toBeVisible();
      await shootBothSchemes(popup, `popup-${lang}`, { fullPage: true });

      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
      await panel.click('#check-page');
      await expect(panel.locator('#findings li[data-severity="error"]').first()).toBeVisible();
      // The panel checks against the profile and website just filled (named above the findings); the page shows website
      // 2's head, whose ID ends in a lowercase x.
      await expect(panel.locator('#check-against')).not.toHaveValue('');
      await panel.locator('#findings li[data-path="websites[1].head.certificate.number"]').first().click();
      await expect.poll(() => portal.evaluate(() => document.activeElement?.id)).toBe('webPrincipalCertNum');
      await shootBothSchemes(panel, `sidepanel-${lang}`);
    });
  });
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};
