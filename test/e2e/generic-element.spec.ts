import { expect, replicaState, send, tabIdOf, test, validProfiles } from './fixtures';

// The generic adapter on a real element-plus (Vue 3) form: popper selects, a lazy cascader, checkbox groups,
// and look-alike fields that must never be written — from every valid fixture profile.

const URL = 'https://beian.modern-portal.test/';
type FieldResult = { path: string; status: string; detail?: string };

/** Fields this form does not have: the generic adapter must say so, never guess. */
const ABSENT = [
  'subject.region.province', 'subject.region.city', 'subject.region.county', 'subject.head.emergencyPhone',
  'websites[0].languages', 'websites[0].head.certificate.type', 'websites[0].head.officePhone',
  'websites[0].head.emergencyPhone', 'websites[0].access.ips', 'websites[0].access.methods',
];

for (const { name, raw, profile } of validProfiles()) {
  test(`generic adapter fills an element-plus form by its labels, into Vue state, and nothing else (${name})`, async ({ context, api }) => {
    const page = await context.newPage();
    await page.goto(URL);
    await page.waitForSelector('.el-form-item');
    const tabId = await tabIdOf(api, URL);
    const report = await send<{ ok: boolean; adapter: string; step: string; fields: FieldResult[] }>(api, { type: 'icp:fill', tabId, profile: raw });
    expect(report).toMatchObject({ ok: true, adapter: 'generic', step: 'form' });
    const site = profile.websites[0]!;
    const { head } = profile.subject;
    expect(await replicaState(page)).toEqual({
      unitName: profile.subject.name,
      unitNameEn: '',
      nature: profile.subject.nature,
      certType: profile.subject.certificate.type,
      certNumber: profile.subject.certificate.number,
      region: [profile.subject.region.province, profile.subject.region.city, profile.subject.region.county],
      certAddress: profile.subject.certificate.address,
      address: profile.subject.mailingAddress,
      investor: profile.subject.investor,
      headName: head.name,
      headCertType: head.certificate.type,
      headCertNumber: head.certificate.number,
      headTel: head.officePhone,
      headMobile: head.mobiles.join('/'),
      headEmail: head.emails.join('/'),
      siteName: site.name,
      siteNameEn: '',
      domains: site.domains.join('/'),
      homepage: site.homepage,
      services: site.services,
      siteHeadName: site.head.name,
      siteHeadCertNumber: site.head.certificate.number,
      siteHeadMobile: site.head.mobiles.join('/'),
      siteHeadEmail: site.head.emails.join('/'),
      referrerName: '',
      referrerMobile: '',
      provider: site.access.provider,
      serverLocations: site.access.serverLocations,
    });
    for (const field of report.fields) expect(field.status, `${field.path}: ${field.detail ?? ''}`).toBe(ABSENT.includes(field.path) ? 'not-found' : 'filled');
  });
}
