import { importDocument } from '../../src/profile/import';
import { expect, fixtureProfile, replicaState, send, tabIdOf, test } from './fixtures';

// The generic adapter on a real element-plus (Vue 3) form: popper selects, a lazy cascader, checkbox groups,
// and look-alike fields that must never be written.

const URL = 'https://beian.modern-portal.test/';
type FieldResult = { path: string; status: string; detail?: string };

test('generic adapter fills an element-plus form by its labels, into Vue state, and nothing else', async ({ context, api }) => {
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForSelector('.el-form-item');
  const raw = fixtureProfile('valid-enterprise-two-websites.json');
  const imported = importDocument(raw);
  if (!imported.ok) throw new Error('fixture');
  const profile = imported.profiles[0]!;
  const tabId = await tabIdOf(api, URL);
  const report = await send<{ ok: boolean; adapter: string; step: string; fields: FieldResult[] }>(api, { type: 'icp:fill', tabId, profile: raw });
  expect(report).toMatchObject({ ok: true, adapter: 'generic', step: 'form' });
  const status = Object.fromEntries(report.fields.map((f) => [f.path, f.status]));

  const state = await replicaState(page);
  expect(state).toEqual({
    unitName: profile.subject.name,
    unitNameEn: '',
    nature: '企业',
    certType: '营业执照（个人或企业）',
    certNumber: profile.subject.certificate.number,
    region: ['浙江省', '杭州市', '西湖区'],
    certAddress: profile.subject.certificate.address,
    address: profile.subject.mailingAddress,
    investor: profile.subject.investor,
    headName: profile.subject.head.name,
    headCertType: '居民身份证',
    headCertNumber: profile.subject.head.certificate.number,
    headTel: profile.subject.head.officePhone,
    headMobile: profile.subject.head.mobiles.join('/'),
    headEmail: profile.subject.head.emails.join('/'),
    siteName: profile.websites[0]!.name,
    siteNameEn: '',
    domains: profile.websites[0]!.domains.join('/'),
    homepage: profile.websites[0]!.homepage,
    services: profile.websites[0]!.services,
    siteHeadName: profile.websites[0]!.head.name,
    siteHeadCertNumber: profile.websites[0]!.head.certificate.number,
    siteHeadMobile: profile.websites[0]!.head.mobiles.join('/'),
    siteHeadEmail: profile.websites[0]!.head.emails.join('/'),
    referrerName: '',
    referrerMobile: '',
    provider: '世纪互联',
    serverLocations: profile.websites[0]!.access.serverLocations,
  });
  // Fields the form has are filled; fields it lacks are reported, never guessed.
  const absent = [
    'subject.region.province', 'subject.region.city', 'subject.region.county', 'subject.head.emergencyPhone',
    'websites[0].languages', 'websites[0].head.certificate.type', 'websites[0].head.officePhone',
    'websites[0].head.emergencyPhone', 'websites[0].access.ips', 'websites[0].access.methods',
  ];
  for (const [path, s] of Object.entries(status)) expect(s, path).toBe(absent.includes(path) ? 'not-found' : 'filled');
  expect(status['subject.region']).toBe('filled');
});
