import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inLanguage } from './in-language';

// The editor laid out like the filing, in sections that fold away; a sticky summary names each error and warning as
// the filing names its field (the path only in the tooltip) and jumps to it, opening a folded section first.

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SAMPLE = readFileSync('public/samples/sample-mistakes.json', 'utf8');
const HEAD_ID = 'websites[1].head.certificate.number';

async function openSample(options: Page) {
  await options.evaluate((doc) => chrome.runtime.sendMessage({ type: 'icp:profiles:import', document: doc }), SAMPLE);
  await options.reload();
  await options.click('#profile-list .row');
  await expect(options.locator('#summary-list .jump').first()).toBeVisible();
}

const NAMES = {
  'zh-CN': { head: '网站「云栖示例开发者文档」 · 网站负责人 · 负责人证件号码', phone: '主办单位负责人 · 应急联系电话', mobile: '网站「云栖示例开发者文档」 · 网站负责人 · 手机号码 · 第 1 项' },
  'en-US': { head: 'website “云栖示例开发者文档” · Website head · Document number', phone: 'Host entity head · Emergency phone', mobile: 'website “云栖示例开发者文档” · Website head · Mobile numbers · item 1' },
};

for (const lang of ['zh-CN', 'en-US'] as const) {
  test(`the summary names fields as the filing does and jumps to them, opening folded sections (${lang})`, async () => {
    await inLanguage(lang, async (_context, options) => {
      await openSample(options);
      const entries = options.locator('#summary-list .jump');
      await expect(entries).toHaveCount(13);
      // Errors first, each named, none showing a path in its text; the path is the tooltip.
      const head = options.locator(`#summary-list .jump[data-path="${HEAD_ID}"]`);
      await expect(head.locator('.summary-field')).toHaveText(NAMES[lang].head);
      await expect(head).toHaveAttribute('title', HEAD_ID);
      await expect(options.locator('#summary-list .jump[data-path="subject.head.emergencyPhone"] .summary-field')).toHaveText(NAMES[lang].phone);
      await expect(options.locator('#summary-list .jump[data-path="websites[1].head.mobiles[0]"] .summary-field')).toHaveText(NAMES[lang].mobile);
      for (const text of await entries.allTextContents()) expect(text).not.toMatch(/websites\[|subject\.|\.head/);
      const severities = await options.locator('#summary-list li').evaluateAll((items) => items.map((li) => li.className));
      expect(severities).toEqual([...severities].sort()); // 'error' sorts before 'warning'

      // Fold website 2 and its head: the field is out of sight, the heading still counts its errors.
      const website = options.locator('#website-1-toggle');
      await website.click();
      await expect(website).toHaveAttribute('aria-expanded', 'false');
      await expect(options.locator(`[name="${HEAD_ID}"]`)).toBeHidden();
      await expect(website.locator('.count-error')).toContainText('6');

      await head.click();
      await expect(website).toHaveAttribute('aria-expanded', 'true');
      await expect(options.locator('#website-1-head-toggle')).toHaveAttribute('aria-expanded', 'true');
      await expect(options.locator(`[name="${HEAD_ID}"]`)).toBeFocused();

      // A list item's finding focuses its list field; a website-level one, the field of that website.
      await options.locator('#summary-list .jump[data-path="websites[1].access.ips[1]"]').click();
      await expect(options.locator('[name="websites[1].access.ips"]')).toBeFocused();
      await options.locator('#subject-toggle').click();
      await options.locator('#summary-list .jump[data-path="subject.mailingAddress"]').first().click();
      await expect(options.locator('[name="subject.mailingAddress"]')).toBeFocused();
    });
  });
}

test('keyboard only: import a profile file, open it, edit a field, save', async ({ api: options }) => {
  /** Presses Tab (or Shift+Tab) until `selector` has the focus: the way a keyboard user gets there. */
  async function tabTo(selector: string, key = 'Tab') {
    for (let i = 0; i < 300; i++) {
      if (await options.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await options.keyboard.press(key);
    }
    throw new Error(`${selector} not reached by ${key}`);
  }
  await tabTo('#import');
  const chosen = options.waitForEvent('filechooser');
  // Playwright starts catching the chooser with a message of its own; a round trip makes sure it landed first.
  await options.evaluate(() => undefined);
  await options.keyboard.press('Enter');
  const chooser = await chosen;
  await chooser.setFiles('test/fixtures/profiles/valid-enterprise.json');
  await expect(options.locator('#import-confirm')).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);

  await tabTo('#profile-list .row-open');
  await options.keyboard.press('Enter');
  await expect(options.locator('.editor')).toBeVisible();
  await tabTo('[name="subject.investor"]');
  await options.keyboard.press('Control+A');
  await options.keyboard.type('杭州云栖控股有限公司');
  await expect(options.locator('#dirty')).toBeVisible();
  // Sections fold and unfold from the keyboard too.
  await tabTo('#subject-head-toggle', 'Shift+Tab');
  await options.keyboard.press('Space');
  await expect(options.locator('#subject-head-toggle')).toHaveAttribute('aria-expanded', 'false');
  await options.keyboard.press('Enter');
  await expect(options.locator('#subject-head-toggle')).toHaveAttribute('aria-expanded', 'true');
  await tabTo('#save', 'Shift+Tab');
  await options.keyboard.press('Enter');
  await expect(options.locator('#dirty')).toHaveCount(0);

  await options.reload();
  await options.locator('#profile-list .row').click();
  await expect(options.locator('[name="subject.investor"]')).toHaveValue('杭州云栖控股有限公司');
});
