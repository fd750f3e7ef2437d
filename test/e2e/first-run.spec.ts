import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// The first screen of an empty workspace starts with the agent's first client: import, the sample, or a new profile
// (issue 15 "a design agents choose"), with no serious accessibility violation.

test('an empty workspace offers import, the sample and a new profile; the sample opens in the editor', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#first-run')).toBeVisible();
  await expect(options.locator('#first-run button')).toHaveCount(3);
  const { violations } = await new AxeBuilder({ page: options }).include('#first-run').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await options.click('#first-sample');
  await expect(options.locator('#first-run')).toHaveCount(0);
  await expect(options.locator('#dirty')).toBeVisible();
  await expect(options.locator('input[data-path="subject.name"], [data-path="subject.name"] input').first()).toHaveValue('杭州云栖示例科技有限公司');
  await options.click('#save');
  await expect(options.locator('#dirty')).toHaveCount(0);
  // Saved, the workspace is no longer empty: the list holds the sample and the first screen does not come back.
  await options.reload();
  await expect(options.locator('#first-run')).toHaveCount(0);
  await expect(options.locator('.count')).toContainText('/ 1');
});
