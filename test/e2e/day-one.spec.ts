import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fixtureProfile, send, tabIdOf, test } from './fixtures';
import { inLanguage } from './in-language';

// What an agent meets on the first day: a capture of an empty page offers nothing to save; several files imported
// at once make one preview; a file of another kind says what Import takes, in the UI's language; a new profile with
// nothing typed is not stored.

const SUBJECT = 'https://icp.cloud.21vianet.com/subject';

function tempFiles(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'beian-day-one-'));
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

const TWO = () =>
  tempFiles({
    'enterprise.json': JSON.stringify(fixtureProfile('valid-enterprise.json')),
    'personal.json': JSON.stringify(fixtureProfile('valid-personal.json')),
  });

/** Drops files on the workspace as a file manager would: one drop event carrying every file. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    document.querySelector('.workspace')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

test('capture on an empty page offers no save', async ({ context, api, extensionId }) => {
  const portal = await context.newPage();
  await portal.goto(SUBJECT);
  const tabId = await tabIdOf(api, SUBJECT);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('#capture')).toBeEnabled();
  await popup.click('#capture');
  await expect(popup.locator('#capture-nothing')).toHaveText('本页没有读到任何内容，没有可保存的资料。');
  await expect(popup.locator('#save-captured')).toHaveCount(0);
  expect(await send<{ profiles: unknown[] }>(api, { type: 'icp:profiles:list' })).toMatchObject({ profiles: [] });
});

test('新建资料 → 保存 with nothing typed stores nothing and says why, at the label field', async ({ api: options }) => {
  await options.click('#new');
  await options.click('#save');
  await expect(options.locator('#notice')).toHaveText('资料名称：请填写资料名称或主办单位名称，本次没有保存');
  await expect(options.locator('input[name="label"]')).toBeFocused();
  await expect(options.locator('#profile-list .row')).toHaveCount(0);
  // The subject's name is label enough.
  await options.fill('input[name="subject.name"]', '杭州云栖示例科技有限公司');
  await options.click('#save');
  await expect(options.locator('#notice')).toHaveText('已保存');
  await expect(options.locator('input[name="label"]')).toHaveValue('杭州云栖示例科技有限公司');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
});

test('a mobile typed in groups is one number', async ({ api: options }) => {
  await options.click('#new');
  await options.fill('textarea[name="subject.head.mobiles"]', '139 0571 0000');
  await expect(options.locator('.field[data-path="subject.head.mobiles"] .findings li')).toHaveCount(0);
  await options.fill('input[name="label"]', '分组输入的手机号');
  await options.click('#save');
  await expect(options.locator('#notice')).toHaveText('已保存');
  await options.reload();
  await options.click('#profile-list .row');
  await expect(options.locator('textarea[name="subject.head.mobiles"]')).toHaveValue('13905710000');
});

test('two files chosen at once, or dropped at once, show one preview of both', async ({ api: options }) => {
  await options.setInputFiles('#import-file', TWO());
  await expect(options.locator('#import-preview')).toHaveCount(1);
  await expect(options.locator('#import-preview .import-add li')).toHaveText(['云栖示例 · 官网首次备案', '赵磊 · 个人博客']);
  await options.click('#import-confirm');
  await expect(options.locator('#profile-list .row')).toHaveCount(2);

  await send(options, { type: 'icp:profiles:import', document: fixtureProfile('valid-enterprise-two-websites.json') });
  await dropFiles(options, [
    { name: 'a.json', text: JSON.stringify(fixtureProfile('valid-enterprise.json')) },
    { name: 'b.json', text: JSON.stringify({ format: 'icp-filing-profile-set', version: 1, profiles: [fixtureProfile('valid-personal.json')] }) },
  ]);
  await expect(options.locator('#import-preview')).toHaveCount(1);
  await expect(options.locator('#import-preview .import-replace li')).toHaveCount(2);
});

test('two files where one is broken: nothing is previewed, and the broken one is named with its line and column', async ({ api: options }) => {
  const [good, bad] = tempFiles({ 'good.json': JSON.stringify(fixtureProfile('valid-enterprise.json')), 'bad.json': '{\n  "format": "icp-filing-profile",,\n}' });
  await options.setInputFiles('#import-file', [good ?? '', bad ?? '']);
  await expect(options.locator('#import-preview')).toHaveCount(0);
  await expect(options.locator('#import-errors li')).toHaveCount(1);
  await expect(options.locator('#import-errors li')).toContainText('bad.json');
  await expect(options.locator('#import-errors li')).toContainText('第 2 行第 34 列');
});

for (const [lang, accepted, position] of [
  ['zh-CN', '可导入的是备案资料 JSON 文件', '第 1 行第 2 列'],
  ['en-US', 'Import takes filing-profile JSON files', 'line 1, column 2'],
] as const) {
  test(`a CSV says what Import accepts, and broken JSON where it breaks (${lang})`, async () => {
    await inLanguage(lang, async (_context, options) => {
      const [csv, broken] = tempFiles({ 'clients.csv': 'name,mobile\n王小明,13905710000\n', 'broken.json': '{]' });
      await options.setInputFiles('#import-file', csv ?? '');
      await expect(options.locator('#import-errors li')).toContainText(accepted);
      if (lang === 'en-US') await expect(options.locator('#import-errors li')).not.toContainText('可导入');
      await options.locator('#import-errors button').click();
      await options.setInputFiles('#import-file', broken ?? '');
      await expect(options.locator('#import-errors li')).toContainText(position);
    });
  });
}
