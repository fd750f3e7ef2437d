import { importDocument } from '../../src/profile/import';
import { expect, fixtureProfile, send, tabIdOf, test } from './fixtures';

// Check in place reads what is on the page now (typed by hand here), runs the rules and marks the fields;
// capture reads a filled page back into a partial profile in canonical form.

const SUBJECT = 'https://icp.cloud.21vianet.com/subject';
type Finding = { path: string; rule: string; severity: string };

test('check reads hand-typed values, reports this page’s findings and marks them next to the fields', async ({ context, api }) => {
  const page = await context.newPage();
  await page.goto(SUBJECT);
  await page.fill('#unitName', '杭州云栖示例科技有限公司');
  await page.fill('#principalName', '王小明');
  await page.selectOption('#principalCertType', { label: '居民身份证' });
  await page.fill('#principalCertNum', '33010619900307123'); // one digit short
  const tabId = await tabIdOf(api, SUBJECT);
  const report = await send<{ ok: boolean; adapter: string; step: string; findings: Finding[] }>(api, { type: 'icp:check', tabId });
  expect(report).toMatchObject({ ok: true, adapter: '21vianet', step: 'subject' });
  const paths = report.findings.map((f) => f.path);
  expect(paths).toContain('subject.investor'); // on the page, left empty
  expect(report.findings).toContainEqual(expect.objectContaining({ path: 'subject.head.certificate.number', severity: 'error' }));
  expect(paths.every((p) => !p.startsWith('websites'))).toBe(true); // nothing about fields this page lacks
  await expect(page.locator('beian-assistant-marker[data-paths~="subject.investor"]')).toHaveCount(1);
});

test('check against a profile reports page values that differ from it', async ({ context, api }) => {
  const page = await context.newPage();
  await page.goto(SUBJECT);
  const tabId = await tabIdOf(api, SUBJECT);
  const profile = fixtureProfile('valid-enterprise.json');
  await send(api, { type: 'icp:fill', tabId, profile });
  await page.fill('#unitInvestor', '别的公司');
  const report = await send<{ findings: Finding[] }>(api, { type: 'icp:check', tabId, profile });
  expect(report.findings.filter((f) => f.rule === 'page/differs-from-profile').map((f) => f.path)).toEqual(['subject.investor']);
});

test('capture reads a filled page back into the profile’s canonical form', async ({ context, api }) => {
  const page = await context.newPage();
  await page.goto(SUBJECT);
  const tabId = await tabIdOf(api, SUBJECT);
  const raw = fixtureProfile('valid-enterprise.json');
  await send(api, { type: 'icp:fill', tabId, profile: raw });
  const report = await send<{ ok: boolean; profile: { subject: unknown } }>(api, { type: 'icp:capture', tabId });
  const imported = importDocument(raw);
  if (!imported.ok) throw new Error('fixture');
  const { remark: _remark, recordNumber: _record, head, ...subject } = imported.profiles[0]!.subject;
  const { emergencyPhone: _e, certificate, ...person } = head;
  expect(report.ok).toBe(true);
  // The 086- prefix the portal shows is gone, lists are lists, the region is joined back.
  expect(report.profile.subject).toEqual({ ...subject, head: { ...person, certificate: { type: certificate.type, number: certificate.number } } });
  // And it imports as a profile.
  expect(importDocument(report.profile).ok).toBe(true);
});
