import type { BrowserContext, Page } from '@playwright/test';
import { expect, fixtureProfile, send, tabIdOf, test } from './fixtures';
import { inLanguage } from './in-language';
import { seriousViolations } from './axe';

// axe-core on every extension page, in each UI language and colour scheme: nothing serious or critical, with a
// profile open in the editor (where most controls are) and the popup and side panel pointed at a portal step.

const SUBJECT = 'https://icp.cloud.21vianet.com/subject';

/** Each scheme really drawn (contrast in dark would pass trivially if the dark tokens never applied), and kept as a picture. */
const audit = (page: Page, name: string) =>
  seriousViolations(page, {
    beforeEach: async (colorScheme) => {
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(colorScheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)');
      await page.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`), fullPage: true });
    },
  });

async function auditEveryPage(context: BrowserContext, api: Page, extensionId: string) {
  await send(api, { type: 'icp:profiles:import', document: fixtureProfile('valid-enterprise.json') });
  await api.reload();
  await api.click('#profile-list .row');
  await expect(api.locator('.editor')).toBeVisible();
  // One section folded, the rest open, the summary of findings open: both states of the collapsible editor.
  await api.click('#website-0-access-toggle');
  await expect(api.locator('#website-0-access-body')).toBeHidden();
  await expect(api.locator('#summary-list .jump').first()).toBeVisible();
  expect(await audit(api, 'options'), 'options').toEqual([]);

  const portal = await context.newPage();
  await portal.goto(SUBJECT);
  const tabId = await tabIdOf(api, SUBJECT);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('#step')).toHaveAttribute('data-step', 'subject');
  await expect(popup.locator('#profile-findings')).toBeVisible();
  expect(await audit(popup, 'popup'), 'popup').toEqual([]);
  await popup.click('#check');
  await expect(popup.locator('#report li').first()).toBeVisible();
  expect(await audit(popup, 'popup-check'), 'popup with a check report').toEqual([]);
  await popup.click('#fill');
  await expect(popup.locator('#report li[data-status]').first()).toBeVisible();
  expect(await audit(popup, 'popup-fill'), 'popup with a fill report').toEqual([]);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.click('#check-page');
  await expect(panel.locator('#findings li').first()).toBeVisible();
  expect(await audit(panel, 'sidepanel'), 'side panel').toEqual([]);
}

test('axe: options, popup and side panel have no serious or critical violations (zh-CN)', async ({ context, api, extensionId }) => {
  await auditEveryPage(context, api, extensionId);
});

test('axe: options, popup and side panel have no serious or critical violations (en-US)', async () => {
  await inLanguage('en-US', (context, api, id) => auditEveryPage(context, api, id));
});
