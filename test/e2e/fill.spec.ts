import type { Page } from '@playwright/test';
import { miit, sortedState, vianet } from './expected-state';
import { expect, replicaState, send, tabIdOf, test, validProfiles } from './fixtures';

// Every step of every server-rendered replica, filled through the automation API from each valid fixture profile;
// the replica's own form state must hold exactly the profile's values, and nothing else may be written.

type FieldResult = { path: string; status: string; detail?: string };
type FillAnswer = { ok: true; adapter: string; step: string; fields: FieldResult[] } | { ok: false; error: string };

/** Every listed field is filled, or skipped exactly when the profile has no value for it. */
function expectHonest(answer: FillAnswer, adapter: string, step: string) {
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true, adapter, step });
  if (!answer.ok) return;
  const paths = answer.fields.map((f) => f.path);
  expect(new Set(paths).size).toBe(paths.length);
  for (const field of answer.fields) expect(['filled', 'skipped'], `${field.path}: ${field.status} ${field.detail ?? ''}`).toContain(field.status);
}

async function fillAt(api: Page, page: Page, url: string, raw: unknown, website = 0): Promise<FillAnswer> {
  await page.goto(url);
  const tabId = await tabIdOf(api, url.split('?')[0]!);
  return send<FillAnswer>(api, { type: 'icp:fill', tabId, profile: raw, website });
}

const VIANET = 'https://icp.cloud.21vianet.com';
const MIIT = 'https://beian.isp-replica.test';

for (const { name, raw, profile } of validProfiles()) {
  test.describe(name, () => {
    test('21Vianet: start, subject and website steps', async ({ context, api }) => {
      const page = await context.newPage();
      expectHonest(await fillAt(api, page, `${VIANET}/start`, raw), '21vianet', 'start');
      expect(await replicaState(page)).toMatchObject(vianet.start(profile));

      expectHonest(await fillAt(api, page, `${VIANET}/subject`, raw), '21vianet', 'subject');
      expect(await replicaState(page)).toEqual(vianet.subject(profile));

      for (const [i] of profile.websites.entries()) {
        expectHonest(await fillAt(api, page, `${VIANET}/website`, raw, i), '21vianet', 'website');
        expect(sortedState(await replicaState(page))).toEqual(vianet.website(profile, i));
      }
    });

    test('MIIT 企业侧: subject, website and access steps in nested thickbox frames', async ({ context, api }) => {
      const page = await context.newPage();
      expectHonest(await fillAt(api, page, `${MIIT}/`, raw), 'miit-enterprise', 'subject');
      expect(await replicaState(page)).toMatchObject({ ...miit.subject(profile), instantmessageaccount: '' });

      for (const [i] of profile.websites.entries()) {
        await page.goto(`${MIIT}/?step=website`);
        await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.querySelector('iframe')?.contentDocument?.querySelector('iframe')?.contentDocument?.querySelector('#websitename'));
        expectHonest(await fillAt(api, page, `${MIIT}/?step=website`, raw, i), 'miit-enterprise', 'website');
        expect(sortedState(await replicaState(page, '/frame/website/form'))).toMatchObject({ ...miit.website(profile, i), webinstantmessageaccount: '' });

        const access = await fillAt(api, page, `${MIIT}/?step=access`, raw, i);
        expectHonest(access, 'miit-enterprise', 'access');
        const state = sortedState(await replicaState(page, '/frame/access/form'));
        expect(state).toMatchObject(miit.access(profile, i));
        expect(state.aspname).toBe('北京世纪互联宽带数据中心有限公司');
      }
    });
  });
}
