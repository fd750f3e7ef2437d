declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
import { expect, fixtureProfile, replicaState, send, tabIdOf, test } from './fixtures';
import { openReplica } from './replica-pages';

// The popup's own buttons: recognise the portal step, pick a stored profile and website, Fill, read the report.

test('popup: pick a stored profile and website, fill, and see the per-field report', async ({ context, api, extensionId }) => {
  const imported = await send(api, { type: 'icp:profiles:import', document: fixtureProfile('valid-enterprise-two-websites.json') });
  expect(imported).toEqual({ ok: true, imported: 1 });
  const listed = await send<{ ok: boolean; profiles: { id: string; label: string }[] }>(api, { type: 'icp:profiles:list' });
  expect(listed.profiles).toHaveLength(1);

  const portal = await context.newPage();
  await portal.goto('https://icp.cloud.21vianet.com/website');
  const tabId = await tabIdOf(api, 'https://icp.cloud.21vianet.com/website');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('#adapter')).toHaveAttribute('data-adapter', '21vianet');
  await expect(popup.locator('#step')).toHaveAttribute('data-step', 'website');
  // Named as the agent knows them, in the popup's language: the portal's name and the part of the filing.
  await expect(popup.locator('#adapter')).toHaveText('世纪互联 蓝云备案管理系统');
  await expect(popup.locator('#step')).toHaveText('网站');
  await popup.selectOption('#website', 'websites[1]');
  await popup.click('#fill');
  await expect(popup.locator('#report li[data-path="websites[1].name"]')).toHaveAttribute('data-status', 'filled');
  expect(await popup.locator('#report li[data-status="failed"], #report li[data-status="not-found"]').count()).toBe(0);
  await expect(popup.locator('#fill-summary')).toContainText(/(已填写|filled) \d+/);
  await popup.screenshot({ path: 'test-results/popup-fill-report.png' });

  const state = await replicaState(portal);
  expect(state.websiteName).toBe('云栖示例开发者文档');

  await popup.click('#check');
  await expect(popup.locator('#report li').first()).toBeVisible();

  // Capture reads the filled page back; saving it makes a second stored profile.
  await popup.click('#capture');
  await expect(popup.locator('#captured')).toContainText('云栖示例开发者文档');
  await popup.click('#save-captured');
  await expect(popup.locator('#saved-as')).toContainText(/已保存为新资料|Saved as a new profile/);
  const after = await send<{ profiles: unknown[] }>(api, { type: 'icp:profiles:list' });
  expect(after.profiles).toHaveLength(2);
});

test('popup: on a known portal page that is not a filing step it says so and offers nothing to click', async ({ context, extensionId, api }) => {
  const portal = await context.newPage();
  await portal.goto('https://icp.cloud.21vianet.com/nothing-here');
  const tabId = await tabIdOf(api, 'https://icp.cloud.21vianet.com/nothing-here');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  // The zh-CN popup says it in Chinese only.
  await expect(popup.locator('#page-error')).toContainText('没有找到备案表单的字段');
  await expect(popup.locator('#page-error')).not.toContainText('no filing field');
  await expect(popup.locator('#fill')).toBeDisabled();
});

test('popup and API: on a site the user has not enabled, nothing runs and the way to enable it is named', async ({ context, extensionId, api }) => {
  const portal = await context.newPage();
  await portal.goto('https://beian.other-isp.example/').catch(() => undefined); // resolves nowhere: only the URL matters
  // The browser hides the URL of a tab on a site the extension may not see: that tab is the one without one.
  const tabId = await api.evaluate(async () => (await chrome.tabs.query({})).find((t) => !t.url)?.id);
  if (tabId === undefined) throw new Error('no hidden tab');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('#page-error')).toContainText('尚未在');
  await expect(popup.locator('#page-error')).toContainText('在此网站启用');
  // The API answers scripts in both languages.
  expect(await send(api, { type: 'icp:fill', tabId, profile: fixtureProfile('valid-enterprise.json') })).toMatchObject({ ok: false, error: expect.stringContaining('Enable on this site') });
});

test('popup: a profile with errors asks before Fill; cancel writes nothing, confirm fills', async ({ context, api, extensionId }) => {
  await send(api, { type: 'icp:profiles:import', document: fixtureProfile('invalid-uscc-checksum.json') });
  const portal = await context.newPage();
  await portal.goto('https://icp.cloud.21vianet.com/subject');
  const tabId = await tabIdOf(api, 'https://icp.cloud.21vianet.com/subject');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('#profile-findings')).not.toHaveAttribute('data-errors', '0');
  await popup.click('#fill');
  await expect(popup.locator('#fill-gate')).toBeVisible();
  await expect(popup.locator('#fill-gate li').first()).toContainText('主办单位证件号码');
  await popup.click('#fill-cancel');
  await expect(popup.locator('#fill-gate')).toHaveCount(0);
  expect((await replicaState(portal)).unitName).toBe('');
  await popup.click('#fill');
  await popup.click('#fill-anyway');
  await expect(popup.locator('#report li[data-path="subject.name"]')).toHaveAttribute('data-status', 'filled');
  expect((await replicaState(portal)).unitName).not.toBe('');
});

test('popup: a fill that waits on the page’s own option lists shows its progress, then the report', async ({ context, api, extensionId }) => {
  await send(api, { type: 'icp:profiles:import', document: fixtureProfile('valid-enterprise.json') });
  const url = 'https://console.huaweicloud.com/beian/#/subject';
  const portal = await context.newPage();
  await openReplica(portal, url, undefined);
  const tabId = await tabIdOf(api, 'https://console.huaweicloud.com/beian/');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('#step')).toHaveAttribute('data-step', 'subject');
  await popup.click('#fill');
  // The 备案省市 cascader and the certificate lists load late on this page: the bar is there while they do.
  const bar = popup.locator('#fill-progress');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText(/(已填写|Filled) \d+/);
  expect(Number(await bar.locator('progress').getAttribute('max'))).toBeGreaterThan(10);
  await expect(popup.locator('#fill-summary')).toBeVisible({ timeout: 30_000 });
  await expect(bar).toBeHidden();
});

test('popup: while the vault is locked it lists nothing and asks for the passphrase; unlocked, the profile is there', async ({ context, api, extensionId }) => {
  await send(api, { type: 'icp:profiles:import', document: fixtureProfile('valid-enterprise.json') });
  expect(await send(api, { type: 'icp:vault:enable', passphrase: 'popup passphrase' })).toMatchObject({ ok: true });
  expect(await send(api, { type: 'icp:vault:lock' })).toMatchObject({ ok: true });
  const portal = await context.newPage();
  await portal.goto('https://icp.cloud.21vianet.com/subject');
  const tabId = await tabIdOf(api, 'https://icp.cloud.21vianet.com/subject');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('#vault-unlock-passphrase')).toBeVisible();
  await expect(popup.locator('#adapter')).toHaveAttribute('data-adapter', '21vianet');
  await expect(popup.locator('#profile option')).toHaveCount(0);
  await expect(popup.locator('#fill')).toBeDisabled();
  await popup.fill('#vault-unlock-passphrase', 'popup passphrase');
  await popup.click('#vault-unlock');
  await expect(popup.locator('#profile option')).toHaveCount(1);
  await expect(popup.locator('#profile-findings')).toHaveAttribute('data-errors', '0');
  await expect(popup.locator('#fill')).toBeEnabled();
});
