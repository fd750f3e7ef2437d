import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enterprise } from '../../test/support/sample';
import type { Profile } from '../profile/schema';
import { PBKDF2_ITERATIONS } from '../vault/crypto';
import { createSync } from './index';
import { memorySettings } from './settings';
import { AGENTS, browser, NodePouch, OUTSIDER, startCouch, type Browser, type Couch } from './test-support';

// Faults: the server gone mid-sync, a document damaged on the server, wrong credentials and a wrong passphrase;
// private profiles; live replication.

let couch: Couch;
let teams = 0;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.close();
});

const PASSPHRASE = 'faults team passphrase';
const named = (name: string): Profile => {
  const p = enterprise();
  return { ...p, label: name, subject: { ...p.subject, name } };
};
const ok = async (b: Browser) => {
  const result = await b.sync.now();
  if (!result.ok) throw new Error(`${b.name}: ${result.error.en}`);
  return result;
};
async function team(options: { live?: boolean } = {}) {
  const url = await couch.createTeam(`faults-${++teams}`);
  const [a, b] = await Promise.all([browser('a', options), browser('b', options)]);
  expect(await a.sync.join({ url, username: 'alice', password: AGENTS.alice, passphrase: PASSPHRASE })).toEqual({ ok: true });
  expect(await b.sync.join({ url, username: 'bob', password: AGENTS.bob, passphrase: PASSPHRASE })).toEqual({ ok: true });
  return { url, db: new URL(url).pathname, a, b };
}

describe('sync faults', () => {
  it('the server stopped mid-sync and restarted: nothing lost, nothing twice', async () => {
    const { db, a, b } = await team();
    await a.store.putMany(Array.from({ length: 300 }, (_, i) => named(`公司${i}`)));
    let writes = 0;
    couch.hooks.onRequest = (method, url) => {
      if (method === 'POST' && url.includes('_bulk_docs') && ++writes === 2) void couch.stop();
    };
    const cut = await a.sync.now();
    couch.hooks.onRequest = undefined;
    expect(cut).toMatchObject({ ok: false, error: { en: expect.stringContaining('cannot be reached') } });
    expect((await a.sync.status()).state).toBe('offline');
    expect((await a.sync.status()).pending).toBeGreaterThan(0);
    await couch.restart();
    const partial = await couch.request('GET', db);
    expect(partial.json).toMatchObject({ doc_count: expect.any(Number) });
    const reached = Number(/"doc_count":(\d+)/.exec(partial.text)?.[1]);
    expect(reached).toBeGreaterThan(1);
    expect(reached).toBeLessThan(301);
    await ok(a);
    await ok(b);
    expect((await a.sync.status()).pending).toBe(0);
    expect(await b.store.count()).toBe(300);
    expect(new Set((await b.store.summaries()).map((s) => s.label)).size).toBe(300);
    const info = await couch.request('GET', db);
    expect(info.json).toMatchObject({ doc_count: 301 }); // and the team document
    expect(await a.sync.conflicts()).toEqual([]);
  }, 30_000);

  it('a document corrupted on the server is quarantined; the rest sync', async () => {
    const { db, a, b } = await team();
    const good = await a.store.put(named('好公司'));
    const bad = await a.store.put(named('坏公司'));
    await ok(a);
    await ok(b);
    await a.store.put(named('好公司改'), good.id);
    await ok(a);
    const path = `${db}/${encodeURIComponent(`p:${bad.id}`)}`;
    const current = await couch.request('GET', path);
    const rev = /"_rev":"([^"]+)"/.exec(current.text)?.[1];
    expect((await couch.request('PUT', path, { _id: `p:${bad.id}`, _rev: rev, v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: 'bm90IHJlYWxseSBjaXBoZXJ0ZXh0' })).status).toBe(201);
    await ok(b);
    expect((await b.store.get(good.id))?.label).toBe('好公司改');
    expect((await b.store.get(bad.id))?.label).toBe('坏公司');
    expect(await b.sync.quarantined()).toEqual([expect.objectContaining({ id: bad.id, reason: 'does not decrypt with the team key' })]);
    expect((await b.sync.status()).quarantined).toBe(1);
  });

  it('wrong credentials, a wrong passphrase, a missing database or no server change nothing', async () => {
    const { url, db, a } = await team();
    await a.store.put(named('已有公司'));
    await ok(a);
    const before = (await couch.request('GET', `${db}/_all_docs?include_docs=true`)).text;
    const c = await browser('c');
    const mine = await c.store.put(named('本地公司'));
    const attempts = [
      [{ url, username: 'bob', password: 'wrong', passphrase: PASSPHRASE }, 'refused the user name or password'],
      [{ url, username: 'bob', password: AGENTS.bob, passphrase: 'wrong passphrase' }, 'passphrase is wrong'],
      [{ url, username: OUTSIDER.name, password: OUTSIDER.password, passphrase: PASSPHRASE }, 'not a member'],
      [{ url: `${couch.base}/no-such-db`, username: 'bob', password: AGENTS.bob, passphrase: PASSPHRASE }, 'does not exist'],
      [{ url: 'http://127.0.0.1:1/team', username: 'bob', password: AGENTS.bob, passphrase: PASSPHRASE }, 'cannot be reached'],
      [{ url: url.replace('http://', 'http://bob:pw@'), username: 'bob', password: AGENTS.bob, passphrase: PASSPHRASE }, 'without a user name or password'],
    ] as const;
    for (const [input, said] of attempts) {
      const answer = await c.sync.join(input);
      expect(answer).toMatchObject({ ok: false, error: { en: expect.stringContaining(said) } });
      expect(JSON.stringify(answer)).not.toContain(AGENTS.bob);
    }
    expect(await c.settings.get()).toBeUndefined();
    expect((await c.store.list()).map((r) => r.id)).toEqual([mine.id]);
    expect((await c.sync.status()).team).toBeNull();
    expect((await couch.request('GET', `${db}/_all_docs?include_docs=true`)).text).toBe(before);
    expect(await c.sync.now()).toMatchObject({ ok: false, error: { en: 'not in a team' } });
  });

  it('joining needs the vault on; a database with other documents is not a team; a new team key costs ≥ 600,000', async () => {
    const url = await couch.createTeam(`faults-${++teams}`);
    const off = await browser('off', { vault: false });
    expect(await off.sync.join({ url, username: 'alice', password: AGENTS.alice, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { en: expect.stringContaining('turn on the vault') } });
    expect(await off.settings.get()).toBeUndefined();

    const other = await couch.createTeam(`faults-${++teams}`);
    await couch.request('PUT', `${new URL(other).pathname}/something-else`, { hello: 1 });
    const c = await browser('c');
    expect(await c.sync.join({ url: other, username: 'alice', password: AGENTS.alice, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { en: expect.stringContaining('not a Beian Assistant team') } });

    // Production cost: no kdfIterations given.
    const settings = memorySettings();
    const sync = createSync({ store: c.store, PouchDB: NodePouch, settings, live: false, localName: (t) => `prod-${t}` });
    expect(await sync.join({ url, username: 'alice', password: AGENTS.alice, passphrase: PASSPHRASE })).toEqual({ ok: true });
    const teamDoc = await couch.request('GET', `${new URL(url).pathname}/beian-team`);
    expect(teamDoc.json).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(teamDoc.text).not.toContain(PASSPHRASE);
    // The CouchDB password is remembered sealed only.
    expect(JSON.stringify(await settings.get())).not.toContain(AGENTS.alice);
    await sync.leave();
    expect(await settings.get()).toBeUndefined();
  });

  it('a locked vault pauses the mirror with a message that says so; unlocking and start() catch up', async () => {
    const { a, b } = await team();
    const p = await a.store.put(named('锁定时到达'));
    await ok(a);
    await b.store.vault.lock();
    expect(await b.sync.now()).toMatchObject({ ok: false, error: { en: expect.stringContaining('the vault is locked') } });
    expect(await b.store.vault.unlock('vault passphrase of b')).toBe(true);
    expect(await b.sync.start()).toEqual({ ok: true });
    await ok(b);
    expect((await b.store.get(p.id))?.label).toBe('锁定时到达');
  });

  it('a private profile never leaves, and nothing from the team overwrites it', async () => {
    const { db, a, b } = await team();
    const shared = await a.store.put(named('共享公司'));
    const secret = await a.store.put(named('私密公司'));
    await a.store.updateMeta(secret.id, { tags: ['私有'] });
    await ok(a);
    await ok(b);
    expect(await b.store.get(secret.id)).toBeUndefined();
    expect((await couch.request('GET', `${db}/_all_docs`)).text).not.toContain(secret.id);
    // Shared first, then made private here: the teammate's later edit does not come in.
    await ok(b);
    await a.store.updateMeta(shared.id, { tags: ['private'] });
    await b.store.put(named('共享公司（乙改）'), shared.id);
    await ok(b);
    await ok(a);
    expect((await a.store.get(shared.id))?.label).toBe('共享公司');
    expect((await couch.request('GET', `${db}/_all_docs`)).text).toContain(shared.id);
  });

  it("the server's info failing between replication batches is no uncaught error, and the pull completes", async () => {
    const { db, a, b } = await team();
    await a.store.putMany(Array.from({ length: 250 }, (_, i) => named(`公司${i}`)));
    await ok(a);
    const uncaught: unknown[] = [];
    const record = (reason: unknown) => uncaught.push(reason);
    process.on('unhandledRejection', record);
    // The first read of the database's info lets the replication start; every later one (PouchDB asks after each
    // batch) hangs up.
    let infos = 0;
    couch.hooks.onRequest = (method, url) => (method === 'GET' && url === `${db}/` && ++infos > 1 ? 'drop' : undefined);
    try {
      const result = await ok(b);
      expect(result.pulled).toBeGreaterThan(200);
      // One more hung-up info, answered after the batches' own: their failures have surfaced by then.
      expect((await b.sync.status()).arrived).toBeUndefined();
      await new Promise((resolve) => setImmediate(resolve));
      expect(infos).toBeGreaterThan(2);
      expect(uncaught).toEqual([]);
    } finally {
      couch.hooks.onRequest = undefined;
      process.off('unhandledRejection', record);
    }
    expect((await b.store.list()).length).toBe(250);
  });

  it('live: a change reaches the other browser by itself, and the sync catches up after the server was away', async () => {
    const { a, b } = await team({ live: true });
    await a.sync.start();
    await b.sync.start();
    const p = await a.store.put(named('实时公司'));
    const started = performance.now();
    await a.sync.changed([p.id]);
    await vi.waitFor(async () => expect((await b.store.get(p.id))?.label).toBe('实时公司'), { timeout: 10_000, interval: 20 });
    console.log(`live: one changed profile reached the other browser in ${Math.round(performance.now() - started)} ms`);

    await couch.stop();
    await a.store.put(named('离线时改的'), p.id);
    await a.sync.changed([p.id]);
    await vi.waitFor(async () => expect((await a.sync.status()).state).toBe('offline'), { timeout: 10_000, interval: 20 });
    expect((await a.sync.status()).pending).toBe(1);
    await couch.restart();
    await vi.waitFor(async () => expect((await b.store.get(p.id))?.label).toBe('离线时改的'), { timeout: 15_000, interval: 50 });
    await vi.waitFor(async () => expect(await a.sync.status()).toMatchObject({ state: 'idle', pending: 0 }), { timeout: 10_000, interval: 20 });
    await a.sync.stop();
    await b.sync.stop();
  }, 40_000);
});
