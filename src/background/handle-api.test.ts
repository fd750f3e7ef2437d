import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { exportProfileSet } from '../profile/export';
import { openStore, profileStore } from '../profile/store';
import type { PageRequest } from '../messaging/protocol';
import { handleApi, type BackgroundDeps } from './handle-api';

let dbCount = 0;
const head = { ok: true, adapter: '21vianet', step: 'subject', doc: 'doc-1' };
/** What a content script on a 21Vianet subject page answers. */
function pageAnswer(request: PageRequest) {
  if (request.type === 'beian:recognise') return { ...head, adapterName: '21Vianet', paths: ['subject.name', 'subject.head.mobiles'] };
  return { ...head, fields: [], values: [] };
}
function deps(overrides: Partial<BackgroundDeps> = {}): BackgroundDeps {
  return {
    store: profileStore(openStore(`test-${++dbCount}`)),
    today: () => '2026-11-23',
    tab: async (id) => (id === 1 ? { url: 'https://icp.cloud.21vianet.com/subject' } : undefined),
    canAccess: async () => true,
    inject: async () => undefined,
    sendToTab: async (_id, request) => (request.type === 'beian:ping' ? { ok: true } : pageAnswer(request)),
    ...overrides,
  };
}

describe('automation API handlers', () => {
  it('validates a profile, and refuses a non-profile with paths', async () => {
    expect(await handleApi({ type: 'icp:validate', profile: enterprise() }, deps())).toMatchObject({ ok: true, findings: expect.any(Array) });
    expect(await handleApi({ type: 'icp:validate', profile: { format: 'x' } }, deps())).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'format' })] });
  });

  it('imports a profile set and lists it', async () => {
    const d = deps();
    expect(await handleApi({ type: 'icp:profiles:import', document: JSON.stringify(exportProfileSet([enterprise(), enterprise()])) }, d)).toEqual({ ok: true, imported: 2 });
    const listed = await handleApi({ type: 'icp:profiles:list' }, d);
    expect(listed).toMatchObject({ ok: true, profiles: [{ label: '云栖示例 · 官网首次备案' }, { label: '云栖示例 · 官网首次备案' }] });
  });

  it('an import that fails half-way stores nothing', async () => {
    const d = deps();
    await handleApi({ type: 'icp:profiles:import', document: enterprise() }, d);
    const store = d.store;
    const putMany = store.putMany.bind(store);
    // The second record of the batch collides with an existing key: the whole transaction must roll back.
    const [existing] = await store.list();
    vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValueOnce('00000000-0000-4000-8000-000000000001').mockReturnValueOnce(existing!.id as `${string}-${string}-${string}-${string}-${string}`);
    const answer = await handleApi({ type: 'icp:profiles:import', document: exportProfileSet([enterprise(), enterprise()]) }, { ...d, store: { ...store, putMany } });
    expect(answer).toMatchObject({ ok: false, errors: [expect.objectContaining({ message: expect.stringContaining('nothing was stored') })] });
    expect(await store.list()).toHaveLength(1);
  });

  it('fills through the page, resolving a stored profile by id', async () => {
    const d = deps();
    await handleApi({ type: 'icp:profiles:import', document: enterprise() }, d);
    const [stored] = await d.store.list();
    const sent: PageRequest[] = [];
    const answer = await handleApi({ type: 'icp:fill', tabId: 1, profile: { id: stored!.id } }, { ...d, sendToTab: async (_t, r) => (sent.push(r), r.type === 'beian:ping' ? undefined : pageAnswer(r)) });
    expect(answer).toMatchObject({ ok: true, adapter: '21vianet' });
    expect(sent.map((r) => r.type)).toEqual(['beian:ping', 'beian:recognise', 'beian:fill']);
    // The page is sent the values of the fields it shows, and nothing else of the profile.
    const fill = sent.find((r) => r.type === 'beian:fill');
    const given = JSON.stringify(fill);
    expect(given).toContain('杭州云栖示例科技有限公司');
    expect(given).toContain('13905710000');
    for (const secret of ['330106199003071236', 'wangxm@yunqi-example.com', '文三路90号']) expect(given).not.toContain(secret);
  });

  it.each([
    [{ type: 'icp:fill' as const, tabId: 1, profile: { id: 'nope' } }, 'no stored profile'],
    [{ type: 'icp:fill' as const, tabId: 1, profile: enterprise(), website: 2 }, 'the profile has no website 3'],
    [{ type: 'icp:fill' as const, tabId: 1, profile: enterprise(), service: 'apps[0]' }, 'the profile has no APP 1'],
    [{ type: 'icp:fill' as const, tabId: 7, profile: enterprise() }, 'there is no tab 7'],
    [{ type: 'icp:capture' as const, tabId: 1 }, 'not enabled'],
  ])('answers %j with an error a person can act on', async (request, text) => {
    const d = deps({ inject: async () => Promise.reject(new Error('Cannot access contents of the page')), canAccess: async () => false, sendToTab: async () => Promise.reject(new Error('no listener')) });
    const answer = await handleApi(request, d);
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining(text) });
  });

  it('answers within the time limit even when the page never does', async () => {
    const d = deps({ sendToTab: () => new Promise(() => undefined) });
    const answer = await handleApi({ type: 'icp:capture', tabId: 1 }, d, 50);
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('timed out') });
  });
});

describe('operations on a tab', () => {
  it('refuses a second operation on a tab while one runs, and takes the next one after', async () => {
    let release: ((answer: unknown) => void) | undefined;
    const d = deps({ sendToTab: (_t, r) => (r.type === 'beian:read' ? new Promise((resolve) => (release = resolve)) : Promise.resolve(r.type === 'beian:ping' ? { ok: true } : pageAnswer(r))) });
    const first = handleApi({ type: 'icp:capture', tabId: 1 }, d);
    await vi.waitFor(() => expect(release).toBeDefined());
    expect(await handleApi({ type: 'icp:check', tabId: 1 }, d)).toMatchObject({ ok: false, error: expect.stringContaining('another operation') });
    release?.({ ...head, values: [] });
    expect(await first).toMatchObject({ ok: true });
    expect(await handleApi({ type: 'icp:capture', tabId: 1 }, deps())).toMatchObject({ ok: true });
  });

  it('a timed-out operation is cancelled in the page', async () => {
    const sent: string[] = [];
    const d = deps({ sendToTab: (_t, r) => (sent.push(r.type), r.type === 'beian:ping' ? Promise.resolve({ ok: true }) : new Promise(() => undefined)) });
    const answer = await handleApi({ type: 'icp:capture', tabId: 1 }, d, 30);
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: false, error: expect.stringContaining('stopped in the page') });
    expect(sent).toContain('beian:cancel');
  });

  it('recognise asks a page that already listens at once, and goes through the checks and injection otherwise', async () => {
    const sent: string[] = [];
    let listening = true;
    const inject = vi.fn(async () => void (listening = true));
    const d = deps({
      inject,
      sendToTab: async (_id, request) => {
        sent.push(request.type);
        if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
        return request.type === 'beian:ping' ? { ok: true } : pageAnswer(request);
      },
    });
    expect(await handleApi({ type: 'icp:recognise', tabId: 1 }, d)).toMatchObject({ ok: true, adapter: '21vianet' });
    expect(sent).toEqual(['beian:recognise']);
    listening = false;
    sent.length = 0;
    expect(await handleApi({ type: 'icp:recognise', tabId: 1 }, d)).toMatchObject({ ok: true, adapter: '21vianet' });
    expect(inject).toHaveBeenCalledOnce();
    expect(sent).toEqual(['beian:recognise', 'beian:ping', 'beian:recognise']);
    // A page that was never let in is still refused by the checks, not asked.
    const refused = deps({ canAccess: async () => false, inject: async () => Promise.reject(new Error('no permission')), sendToTab: async () => Promise.reject(new Error('no receiver')) });
    expect(await handleApi({ type: 'icp:recognise', tabId: 1 }, refused)).toMatchObject({ ok: false, error: expect.stringContaining('not enabled') });
  });

  it('a request that is not well formed is answered with what is wrong', async () => {
    expect(await handleApi({ type: 'icp:fill', tabId: '3', profile: {} }, deps())).toMatchObject({ ok: false, error: expect.stringContaining('tabId') });
  });
});

describe('icp:export', () => {
  const miniFixture = () => JSON.parse(readFileSync(join(import.meta.dirname, '../../test/fixtures/v2/valid-enterprise-app-mini.json'), 'utf8')) as Record<string, unknown>;
  /** The agent's own code for 餐饮服务 (no real code: it stands for one they looked up). */
  const codes = { wechat: { serviceContentTypes: { 餐饮服务: 9001 } } };

  it('exports a whole profile, and a stored one by id, with the agent\'s codes', async () => {
    const d = deps();
    const whole = await handleApi({ type: 'icp:export', profile: miniFixture(), service: 'miniPrograms[0]', to: 'wechat', codes }, d);
    expect(whole).toMatchObject({ ok: true, body: { icp_applets: { base_info: { service_content_types: [9001] } } }, uploads: expect.any(Array) });
    await handleApi({ type: 'icp:profiles:import', document: miniFixture() }, d);
    const [stored] = await d.store.list();
    expect(await handleApi({ type: 'icp:export', profile: { id: stored!.id }, service: 'miniPrograms[0]', to: 'wechat', codes }, d)).toEqual(whole);
  });

  it.each([
    [{ service: 'miniPrograms[0]', to: 'wechat' }, 'the code table has no code for "餐饮服务"'],
    [{ service: 'websites[0]', to: 'douyin', codes }, 'files mini programs only'],
    [{ service: 'miniPrograms[0]', to: 'alipay' }, 'malformed icp:export request: to'],
  ])('answers %j with an error a person can act on', async (request, text) => {
    expect(await handleApi({ type: 'icp:export', profile: miniFixture(), ...request }, deps())).toMatchObject({ ok: false, error: expect.stringContaining(text) });
  });

  it('a stored profile that does not exist is named', async () => {
    expect(await handleApi({ type: 'icp:export', profile: { id: 'nope' }, service: 'miniPrograms[0]', to: 'wechat' }, deps())).toMatchObject({ ok: false, error: expect.stringContaining('no stored profile with id nope') });
  });
});
