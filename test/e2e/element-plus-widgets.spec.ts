import { expect, fixtureProfile, replicaState, send, tabIdOf, test } from './fixtures';
import { ELEMENT, openReplica, VARIANTS } from './replica-pages';

// The element-plus widgets of post-2023 forms, each with the trap it sets, on the replica and its drifted twin:
// a select-v2 whose option sits far down a virtual list (searched for, or scrolled to when the select cannot search),
// a tag input with allow-create (one tag per domain, stale tags removed), a 长期有效 switch that takes the end date
// off the form, and a date range that has no 长期 (reported, never claimed).

type FieldResult = { path: string; status: string; detail?: string };
type FillAnswer = { ok: true; fields: FieldResult[] } | { ok: false; error: string };

const statusOf = (answer: FillAnswer, path: string) => (answer.ok ? answer.fields.find((f) => f.path === path) : undefined);

/** The labels the provider select's virtual list renders now (its listbox, named by the input's aria-controls). */
const renderedProviders = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const item = [...document.querySelectorAll('.el-form-item')].find((i) => i.textContent?.includes('接入服务商'));
    const id = item?.querySelector('[aria-controls]')?.getAttribute('aria-controls');
    const list = id ? document.getElementById(id) : null;
    return [...(list?.querySelectorAll('.el-select-dropdown__item') ?? [])].map((o) => o.textContent?.trim() ?? '');
  });

for (const variant of VARIANTS) {
  test.describe(`element-plus widgets · ${variant.name}`, () => {
    for (const query of ['', '?nosearch']) {
      test(`select-v2: an option far down the virtual list is chosen${query ? ' by scrolling' : ' by search'}`, async ({ context, api }) => {
        const page = await context.newPage();
        const url = `${ELEMENT}${variant.prefix}/${query}`;
        await openReplica(page, url, undefined);
        const rendered = await renderedProviders(page);
        expect(rendered.length, 'the virtual list renders a window of options').toBeGreaterThan(0);
        expect(rendered, 'the wanted option is not rendered before the fill').not.toContain('世纪互联');
        const answer = await send<FillAnswer>(api, { type: 'icp:fill', tabId: await tabIdOf(api, url.split('?')[0]!), profile: fixtureProfile('valid-enterprise.json'), website: 0 });
        expect(statusOf(answer, 'websites[0].access.provider'), JSON.stringify(answer)).toMatchObject({ status: 'filled' });
        expect((await replicaState(page)).provider).toBe('世纪互联');
      });
    }

    test('tags per domain, 长期有效 switch, and a date range that cannot say 长期', async ({ context, api }) => {
      const page = await context.newPage();
      const url = `${ELEMENT}${variant.prefix}/`;
      await openReplica(page, url, undefined);
      const tabId = await tabIdOf(api, url);
      const profile = structuredClone(fixtureProfile('valid-enterprise.json')) as {
        subject: { head: { certificate: { validUntil: string } } };
        websites: { domains: string[]; head: { certificate: { validUntil: string } } }[];
      };
      profile.websites[0]!.domains = ['yunqi-example.com', 'yunqi-docs.cn', 'yunqi.net.cn'];
      profile.websites[0]!.head.certificate.validUntil = '长期';
      profile.subject.head.certificate.validUntil = '长期';
      const first = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile, website: 0 });
      let state = await replicaState(page);
      expect(state.domains).toEqual(['yunqi-example.com', 'yunqi-docs.cn', 'yunqi.net.cn']);
      expect(statusOf(first, 'websites[0].domains'), JSON.stringify(first)).toMatchObject({ status: 'filled' });
      expect(state).toMatchObject({ siteHeadLongTerm: true, siteHeadValidUntil: '', siteHeadValidFrom: '2020-03-07' });
      expect(statusOf(first, 'websites[0].head.certificate.validUntil')).toMatchObject({ status: 'filled' });
      // The range holds both dates or none, and has no 长期: nothing is held, and nothing is claimed.
      expect(state).toMatchObject({ headValidFrom: '', headValidUntil: '' });
      for (const path of ['subject.head.certificate.validFrom', 'subject.head.certificate.validUntil']) {
        expect(statusOf(first, path)?.status, path).toBe('failed');
      }

      // A second fill with fewer domains removes the tags the profile no longer holds; 长期 off brings the end date back.
      profile.websites[0]!.domains = ['yunqi-docs.cn'];
      profile.websites[0]!.head.certificate.validUntil = '2040-03-07';
      const second = await send<FillAnswer>(api, { type: 'icp:fill', tabId, profile, website: 0 });
      state = await replicaState(page);
      expect(state.domains).toEqual(['yunqi-docs.cn']);
      expect(statusOf(second, 'websites[0].domains'), JSON.stringify(second)).toMatchObject({ status: 'filled' });
      expect(state).toMatchObject({ siteHeadLongTerm: false, siteHeadValidUntil: '2040-03-07' });
    });
  });
}
