import type { Page } from '@playwright/test';
import { todayInChina } from '../../src/rules/run-rules';
import { addDays } from '../../src/timeline/days';
import { expect, fixtureProfile, send, test } from './fixtures';
import { seriousViolations } from './axe';

// The 公安联网备案 section of a website's card (issue 18): filled, saved and read back; the 30-day error on 网站开通日期
// and its jump; the "same as the website head" box; the opening day taken from the filing log's approval.

const SITE = 'websites[0].security';
const HEAD = `${SITE}.securityHead`;
const at = (path: string) => `[name="${path}"]`;

async function openEnterprise(options: Page) {
  await send(options, { type: 'icp:profiles:import', document: fixtureProfile('valid-enterprise.json') });
  await options.reload();
  await options.click('#profile-list .row');
  await expect(options.locator('#website-0-security-toggle')).toBeVisible();
}

test('the 公安 section fills, saves, marks the 30 days and jumps to them, and takes the approval day', async ({ api: options }) => {
  const opened = addDays(todayInChina(), -35);
  await openEnterprise(options);

  // Both people are the website head until a box is unticked: no fields of their own.
  await expect(options.locator(at(`${HEAD}SameAsHead`))).toBeChecked();
  await expect(options.locator(at(`${SITE}.emergencyContactSameAsHead`))).toBeChecked();
  await expect(options.locator(at(`${HEAD}.name`))).toHaveCount(0);

  await options.fill(at(`${SITE}.openedOn`), opened);
  await options.fill(at(`${SITE}.registrar`), '阿里云计算有限公司');
  await expect(options.locator(at(`${SITE}.interactiveServices`))).toHaveCount(0);
  await options.check(`${at(`${SITE}.interactive`)}[value="yes"]`);
  const items = options.locator(`.field[data-path="${SITE}.interactiveServices"]`);
  await expect(items.locator('.findings li.error[data-rule="security/interactive-services-required"]')).toBeVisible();
  await options.check(`${at(`${SITE}.interactiveServices`)}[value="论坛/社区"]`);
  await options.check(`${at(`${SITE}.interactiveServices`)}[value="网络直播"]`);
  await expect(items.locator('.findings li.error')).toHaveCount(0);
  await expect(options.locator(`.field[data-path="${SITE}.interactive"] .findings li.warning[data-rule="security/assessment-due"]`)).toBeVisible();

  // Unticking "same as" gives the security head fields of their own, marked until filled.
  await options.uncheck(at(`${HEAD}SameAsHead`));
  await expect(options.locator(at(`${HEAD}.name`))).toBeVisible();
  await expect(options.locator(`.field[data-path="${HEAD}.name"] .findings li.error`)).toBeVisible();
  await options.fill(at(`${HEAD}.name`), '李安全');
  await options.selectOption(at(`${HEAD}.certificate.type`), '居民身份证');
  await options.fill(at(`${HEAD}.certificate.number`), '33010619900101123X');
  await options.fill(at(`${HEAD}.officePhone`), '0571-88886666');
  await options.fill(at(`${HEAD}.mobiles`), '13905712222');
  await options.fill(at(`${HEAD}.emails`), 'li@example.com');
  await expect(options.locator(`.field[data-path="${HEAD}.name"] .findings li.error`)).toHaveCount(0);
  await expect(options.locator('section.security fieldset.security-person').first().locator('.findings li.error')).toHaveCount(0);

  await options.click('#save');
  await expect(options.locator('#dirty')).toHaveCount(0);
  await options.reload();
  await options.click('#profile-list .row');
  await expect(options.locator(at(`${SITE}.openedOn`))).toHaveValue(opened);
  await expect(options.locator(at(`${SITE}.registrar`))).toHaveValue('阿里云计算有限公司');
  await expect(options.locator(`${at(`${SITE}.interactive`)}[value="yes"]`)).toBeChecked();
  await expect(options.locator(`${at(`${SITE}.interactiveServices`)}:checked`)).toHaveCount(2);
  await expect(options.locator(`${at(`${SITE}.interactiveServices`)}[value="网络直播"]`)).toBeChecked();
  await expect(options.locator(at(`${HEAD}SameAsHead`))).not.toBeChecked();
  await expect(options.locator(at(`${HEAD}.name`))).toHaveValue('李安全');
  await expect(options.locator(at(`${HEAD}.mobiles`))).toHaveValue('13905712222');
  await expect(options.locator(at(`${SITE}.emergencyContactSameAsHead`))).toBeChecked();

  // 35 days after opening the filing is 5 days late: an error on 网站开通日期, and the summary jumps to it.
  const deadline = options.locator(`.field[data-path="${SITE}.openedOn"] .findings li.error[data-rule="security/filing-deadline"]`);
  await expect(deadline).toContainText(addDays(opened, 30));
  await options.click('#website-0-security-toggle');
  await expect(options.locator(at(`${SITE}.openedOn`))).toBeHidden();
  await expect(options.locator('#website-0-security-toggle .count-error')).toContainText('1');
  await options.locator(`#summary-list .jump[data-path="${SITE}.openedOn"]`).click();
  await expect(options.locator('#website-0-security-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(options.locator(at(`${SITE}.openedOn`))).toBeFocused();

  // Ticking "same as" again drops the person's own fields.
  await options.check(at(`${HEAD}SameAsHead`));
  await expect(options.locator(at(`${HEAD}.name`))).toHaveCount(0);

  // The filing log's 通过 day is one click away as the opening day.
  const approved = addDays(opened, -2);
  await expect(options.locator('.use-approval-date')).toHaveCount(0);
  await options.fill('input[name="log.portal"]', '阿里云');
  await options.selectOption('select[name="log.status"]', 'approved');
  await options.fill('input[name="log.date"]', approved);
  await options.click('#add-log');
  await options.locator('section.security .use-approval-date').first().click();
  await expect(options.locator(at(`${SITE}.openedOn`))).toHaveValue(approved);
  await expect(options.locator(`.field[data-path="${SITE}.openedOn"] ~ .field-extra .use-approval-date`)).toHaveCount(0);

  // Every kind of control of the section on the page at once for axe: an emergency contact of their own too.
  await options.uncheck(at(`${SITE}.emergencyContactSameAsHead`));
  expect(await seriousViolations(options, { include: 'section.security' })).toEqual([]);
});
