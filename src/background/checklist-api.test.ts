import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checklist } from '../checklist/checklist';
import { material } from '../checklist/fixtures.test-support';
import type { PageRequest } from '../messaging/protocol';
import { openStore, profileStore } from '../profile/store';
import { runRules } from '../rules/run-rules';
import { TODAY, enterprise } from '../../test/support/sample';
import { handleApi, type BackgroundDeps } from './handle-api';

// icp:checklist through the background's handler: the engine's items; the tab's portal as provider when the page
// answers or its host is a known portal, and its upload limits among the findings; nothing injected to learn it.

let dbCount = 0;
function deps(page: { adapter?: string; url?: string }, injected: number[] = []): BackgroundDeps {
  return {
    store: profileStore(openStore(`checklist-${++dbCount}`)),
    today: () => TODAY,
    tab: async () => (page.url ? { url: page.url } : {}),
    canAccess: async () => true,
    inject: async (tabId) => void injected.push(tabId),
    sendToTab: async (_id, request: PageRequest) => {
      if (!page.adapter) throw new Error('no listener');
      return request.type === 'beian:recognise' ? { ok: true, adapter: page.adapter, adapterName: page.adapter, step: 'website', doc: 'd', paths: [] } : undefined;
    },
  };
}

function onAliyun() {
  const p = enterprise();
  p.websites[0]!.access.provider = '阿里云';
  return p;
}

describe('icp:checklist', () => {
  it('answers the engine\'s items for an inline profile and for a stored one', async () => {
    const d = deps({});
    const p = enterprise();
    const expected = checklist(p, undefined, undefined, runRules(p, { today: TODAY }));
    expect(await handleApi({ type: 'icp:checklist', profile: p }, d)).toEqual({ ok: true, items: expected });
    await handleApi({ type: 'icp:profiles:import', document: p }, d);
    const [stored] = await d.store.list();
    expect(await handleApi({ type: 'icp:checklist', profile: { id: stored!.id }, service: 'websites[0]' }, d)).toEqual({ ok: true, items: checklist(p, { list: 'websites', index: 0 }, undefined, runRules(p, { today: TODAY })) });
  });

  it('a service the profile lacks, or a malformed one, is refused', async () => {
    expect(await handleApi({ type: 'icp:checklist', profile: enterprise(), service: 'apps[0]' }, deps({}))).toMatchObject({ ok: false, error: expect.stringContaining('no APP 1') });
    expect(await handleApi({ type: 'icp:checklist', profile: enterprise(), service: 'website 1' }, deps({}))).toMatchObject({ ok: false });
  });

  it('the tab\'s portal is the provider: from the page\'s answer, else from its host; injecting nothing', async () => {
    const p = onAliyun();
    const on21vianet = checklist(p, undefined, '21vianet', runRules(p, { today: TODAY }));
    const injected: number[] = [];
    expect(await handleApi({ type: 'icp:checklist', profile: p, tabId: 3 }, deps({ adapter: '21vianet' }, injected))).toEqual({ ok: true, items: on21vianet });
    expect(await handleApi({ type: 'icp:checklist', profile: p, tabId: 3 }, deps({ url: 'https://icp.cloud.21vianet.com/website' }, injected))).toEqual({ ok: true, items: on21vianet });
    expect(injected).toEqual([]);
  });

  it('a page no provider stands for (the generic adapter, an unknown host) leaves each service\'s own provider', async () => {
    const p = onAliyun();
    const own = checklist(p, undefined, undefined, runRules(p, { today: TODAY }));
    expect(await handleApi({ type: 'icp:checklist', profile: p, tabId: 3 }, deps({ adapter: 'generic' }))).toEqual({ ok: true, items: own });
    expect(await handleApi({ type: 'icp:checklist', profile: p, tabId: 3 }, deps({ url: 'https://example.org/' }))).toEqual({ ok: true, items: own });
  });

  it('the tab portal\'s upload limits count: a PNG 域名证书 fits Aliyun but fails on 21Vianet (JPG only)', async () => {
    const p = onAliyun();
    p.materials = [{ ...material('域名证书', 'websites[0].domains[0]', '域名证书.png'), type: 'image/png', validUntil: '2030-01-01' }];
    const status = async (d: BackgroundDeps) => {
      const answer = await handleApi({ type: 'icp:checklist', profile: p, tabId: 3 }, d);
      return answer.ok && 'items' in answer ? answer.items.find((i) => i.kind === '域名证书') : undefined;
    };
    expect((await status(deps({ url: 'https://example.org/' })))?.status).toBe('present');
    const failing = await status(deps({ adapter: '21vianet' }));
    expect(failing?.status).toBe('failing');
    expect(failing?.findings.map((f) => f.rule)).toContain('materials/portal-type');
  });
});
