import type { Page } from '@playwright/test';
import { expect, fixtureProfile, replicaState, send, tabIdOf, test } from './fixtures';

// The statuses a FillReport gives must be true: not-found for a field the page lacks, failed when the page refuses
// the value, skipped (and untouched) when the profile has nothing, and website N fills on request.

type FieldResult = { path: string; status: string; detail?: string };
type FillAnswer = { ok: boolean; adapter?: string; step?: string; fields: FieldResult[]; error?: string };
const SUBJECT = 'https://icp.cloud.21vianet.com/subject';

async function fill(api: Page, page: Page, url: string, profile: unknown, website = 0) {
  await page.goto(url);
  const tabId = await tabIdOf(api, url.split('?')[0]!);
  return send<FillAnswer>(api, { type: 'icp:fill', tabId, profile, website });
}
const statusOf = (answer: FillAnswer, path: string) => answer.fields.find((f) => f.path === path);

test('a field removed from the page is not-found, and the rest is filled', async ({ context, api }) => {
  const page = await context.newPage();
  const answer = await fill(api, page, `${SUBJECT}?remove=unitInvestor`, fixtureProfile('valid-enterprise.json'));
  expect(statusOf(answer, 'subject.investor')).toMatchObject({ status: 'not-found' });
  expect(statusOf(answer, 'subject.name')).toMatchObject({ status: 'filled' });
  expect(answer.fields.filter((f) => f.status === 'not-found')).toHaveLength(1);
});

test('a value the page refuses on write is failed, with what the page holds', async ({ context, api }) => {
  const page = await context.newPage();
  const answer = await fill(api, page, `${SUBJECT}?reject=unitCertAddress`, fixtureProfile('valid-enterprise.json'));
  expect(statusOf(answer, 'subject.certificate.address')).toMatchObject({ status: 'failed', detail: expect.stringContaining('浙江') });
  expect((await replicaState(page)).unitCertAddress).toBe('浙江');
});

test('an empty profile value is skipped and the page value left as it was', async ({ context, api }) => {
  const page = await context.newPage();
  await page.goto(SUBJECT);
  await page.fill('#principalRemark', '代理人手写的备注');
  const tabId = await tabIdOf(api, SUBJECT);
  const answer = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile: fixtureProfile('valid-enterprise.json') });
  expect(statusOf(answer, 'subject.remark')).toMatchObject({ status: 'skipped' });
  expect((await replicaState(page)).principalRemark).toBe('代理人手写的备注');
});

test('filling twice reports unchanged the second time', async ({ context, api }) => {
  const page = await context.newPage();
  const profile = fixtureProfile('valid-enterprise.json');
  await fill(api, page, SUBJECT, profile);
  const tabId = await tabIdOf(api, SUBJECT);
  const again = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile });
  expect(new Set(again.fields.map((f) => f.status))).toEqual(new Set(['unchanged', 'skipped']));
});

test('website 2 of a multi-website profile fills on request', async ({ context, api }) => {
  const page = await context.newPage();
  const answer = await fill(api, page, 'https://icp.cloud.21vianet.com/website', fixtureProfile('valid-enterprise-two-websites.json'), 1);
  expect(answer.fields.every((f) => f.path.startsWith('websites[1].'))).toBe(true);
  const state = await replicaState(page);
  expect(state.websiteName).toBe('云栖示例开发者文档');
  expect(state.webPrincipalName).toBe('李晓红');
});

test('a website index the profile lacks, a bad profile, and an unknown tab get clear errors', async ({ context, api }) => {
  const page = await context.newPage();
  await page.goto(SUBJECT);
  const tabId = await tabIdOf(api, SUBJECT);
  expect(await send(api, { type: 'icp:fill', tabId, profile: fixtureProfile('valid-enterprise.json'), website: 3 })).toMatchObject({ ok: false, error: expect.stringContaining('the profile has no website 4') });
  expect(await send(api, { type: 'icp:fill', tabId, profile: fixtureProfile('unknown-key.json') })).toMatchObject({ ok: false, error: expect.stringContaining('favouriteColour') });
  expect(await send(api, { type: 'icp:fill', tabId: 999999, profile: fixtureProfile('valid-enterprise.json') })).toMatchObject({ ok: false, error: expect.stringContaining('no tab') });
  expect((await replicaState(page)).unitName).toBe('');
});

test('look-alike fields are never written (English-name twins, a referrer block with the same labels)', async ({ context, api }) => {
  const page = await context.newPage();
  await fill(api, page, SUBJECT, fixtureProfile('valid-enterprise.json'));
  expect((await replicaState(page)).unitNameEn).toBe('');
  await page.goto('https://beian.modern-portal.test/');
  await page.waitForSelector('.el-form-item');
  const tabId = await tabIdOf(api, 'https://beian.modern-portal.test/');
  await send(api, { type: 'icp:fill', tabId, profile: fixtureProfile('valid-enterprise.json') });
  const state = await replicaState(page);
  expect([state.unitNameEn, state.siteNameEn, state.referrerName, state.referrerMobile]).toEqual(['', '', '', '']);
  expect(state.headName).toBe('王小明');
});

test('a 长期 certificate sets the MIIT 长期 switch and leaves the end date empty; a date clears it', async ({ context, api }) => {
  const page = await context.newPage();
  const profile = fixtureProfile('valid-enterprise.json') as { subject: { head: { certificate: { validUntil: string } } } };
  profile.subject.head.certificate.validUntil = '长期';
  let answer = await fill(api, page, 'https://beian.isp-replica.test/', profile);
  expect(statusOf(answer, 'subject.head.certificate.validUntil')).toMatchObject({ status: 'filled' });
  expect(await replicaState(page)).toMatchObject({ isLongTerm: ['1'], endDateFind: '' });
  profile.subject.head.certificate.validUntil = '2040-03-07';
  const tabId = await tabIdOf(api, 'https://beian.isp-replica.test/');
  answer = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile });
  expect(statusOf(answer, 'subject.head.certificate.validUntil')).toMatchObject({ status: 'filled' });
  expect(await replicaState(page)).toMatchObject({ isLongTerm: ['0'], endDateFind: '2040-03-07' });
});
