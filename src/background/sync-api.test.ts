import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { apiRequestSchema, syncNowAnswerSchema, syncStatusAnswerSchema } from '../messaging/protocol';
import { AGENTS, browser, startCouch, type Browser, type Couch } from '../sync/test-support';
import { handleApi, type BackgroundDeps } from './handle-api';
import { conflictAnswerSchema, conflictsAnswerSchema, handleSyncInternal, historyAnswerSchema, isSyncInternal, type SyncApiDeps } from './sync-api';

// icp:sync:* through the background's API handler, and the options page's internal sync messages, against a
// CouchDB-protocol server on loopback.

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.close();
});

const PASSPHRASE = 'api team passphrase';
const depsOf = (b: Browser): BackgroundDeps & { sync: SyncApiDeps } => ({
  store: b.store,
  today: () => '2026-12-07',
  tab: async () => undefined,
  canAccess: async () => false,
  inject: async () => undefined,
  sendToTab: async () => undefined,
  sync: { sync: b.sync, settings: b.settings },
});

describe('icp:sync:* messages', () => {
  it('are part of the public protocol', () => {
    expect(apiRequestSchema.safeParse({ type: 'icp:sync:join', url: 'http://127.0.0.1:5984/t', username: 'alice', password: 'x', passphrase: 'y' }).success).toBe(true);
    expect(apiRequestSchema.safeParse({ type: 'icp:sync:join', url: 'http://127.0.0.1:5984/t' }).success).toBe(false);
    for (const type of ['icp:sync:leave', 'icp:sync:status', 'icp:sync:now']) expect(apiRequestSchema.safeParse({ type }).success).toBe(true);
  });

  it('status before joining, a wrong passphrase refused in both languages, join, now, status, leave', async () => {
    const url = await couch.createTeam('api-team-1');
    const [a, b] = await Promise.all([browser('a'), browser('b')]);
    const deps = depsOf(a);
    expect(syncStatusAnswerSchema.parse(await handleApi({ type: 'icp:sync:status' }, deps))).toMatchObject({ ok: true, team: null, lastSync: null, pending: 0, conflicts: 0 });
    expect(await handleApi({ type: 'icp:sync:now' }, deps)).toEqual({ ok: false, error: '尚未加入团队。 · not in a team' });
    expect(await handleApi({ type: 'icp:sync:join', url, username: 'alice', password: AGENTS.alice, passphrase: PASSPHRASE }, deps)).toEqual({ ok: true });
    const bob = depsOf(b);
    const wrong = await handleApi({ type: 'icp:sync:join', url, username: 'bob', password: AGENTS.bob, passphrase: 'not the passphrase' }, bob);
    expect(wrong).toMatchObject({ ok: false, error: expect.stringMatching(/团队口令不对.* · the team passphrase is wrong/) });
    expect(syncStatusAnswerSchema.parse(await handleApi({ type: 'icp:sync:status' }, bob)).team).toBeNull();
    const refused = await handleApi({ type: 'icp:sync:join', url, username: 'bob', password: 'bad', passphrase: PASSPHRASE }, bob);
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('refused the user name or password') });

    await a.store.put(enterprise());
    const round = syncNowAnswerSchema.parse(await handleApi({ type: 'icp:sync:now' }, deps));
    // The first round also brings the team's key document down.
    expect(round).toMatchObject({ ok: true, pushed: 1, conflicts: 0 });
    const status = syncStatusAnswerSchema.parse(await handleApi({ type: 'icp:sync:status' }, deps));
    expect(status).toMatchObject({ ok: true, team: 'api-team-1', pending: 0, conflicts: 0, state: 'idle', quarantined: 0, username: 'alice' });
    expect(status.lastSync).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await handleApi({ type: 'icp:sync:leave' }, deps)).toEqual({ ok: true });
    expect(syncStatusAnswerSchema.parse(await handleApi({ type: 'icp:sync:status' }, deps)).team).toBeNull();
    expect(await a.store.count()).toBe(1);
  });

  it('without a sync the requests are refused, not thrown', async () => {
    const a = await browser('a');
    const { sync: _sync, ...deps } = depsOf(a);
    expect(await handleApi({ type: 'icp:sync:status' }, deps)).toMatchObject({ ok: false, error: expect.stringContaining('not available') });
  });
});

describe('the options page’s sync messages', () => {
  it('list, show and resolve a conflict; a profile’s history names the agents', async () => {
    const url = await couch.createTeam('api-team-2');
    const [a, b] = await Promise.all([browser('a'), browser('b')]);
    const [da, db] = [depsOf(a), depsOf(b)];
    await handleApi({ type: 'icp:sync:join', url, username: 'alice', password: AGENTS.alice, passphrase: PASSPHRASE }, da);
    await handleApi({ type: 'icp:sync:join', url, username: 'bob', password: AGENTS.bob, passphrase: PASSPHRASE }, db);
    const p = await a.store.put(enterprise());
    await a.sync.now();
    await b.sync.now();
    const mine = enterprise();
    mine.subject.mailingAddress = 'A 改的地址';
    await a.store.put(mine, p.id);
    const theirs = enterprise();
    theirs.subject.mailingAddress = 'B 改的地址';
    await b.store.put(theirs, p.id);
    await b.sync.now();
    await a.sync.now();

    expect(isSyncInternal({ type: 'beian:sync:conflicts' })).toBe(true);
    expect(isSyncInternal({ type: 'beian:sync:resolve', id: p.id })).toBe(false);
    expect(conflictsAnswerSchema.parse(await handleSyncInternal({ type: 'beian:sync:conflicts' }, da.sync))).toEqual({ ok: true, ids: [p.id] });
    const { detail } = conflictAnswerSchema.parse(await handleSyncInternal({ type: 'beian:sync:conflict', id: p.id }, da.sync));
    expect(detail?.diff).toEqual([{ path: 'subject.mailingAddress', mine: 'A 改的地址', theirs: 'B 改的地址' }]);
    expect(detail?.theirs.agent).toBe('bob');

    // The page sends the merged record as JSON, as a message carries it.
    const merged = JSON.parse(JSON.stringify({ ...detail!.mine.record, profile: { ...detail!.mine.record.profile, subject: { ...detail!.mine.record.profile.subject, mailingAddress: 'B 改的地址' } } }));
    expect(await handleSyncInternal({ type: 'beian:sync:resolve', id: p.id, merged }, da.sync)).toEqual({ ok: true });
    expect(conflictAnswerSchema.parse(await handleSyncInternal({ type: 'beian:sync:conflict', id: p.id }, da.sync)).detail).toBeUndefined();
    expect((await a.store.get(p.id))?.profile.subject.mailingAddress).toBe('B 改的地址');
    const { entries } = historyAnswerSchema.parse(await handleSyncInternal({ type: 'beian:sync:history', id: p.id }, da.sync));
    // Newest first: alice's merge, the offline edit of whichever branch the server picked as winner, her first save.
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => e.agent)).toEqual(['alice', expect.stringMatching(/^(alice|bob)$/), 'alice']);
    expect(await handleSyncInternal({ type: 'beian:sync:resolve', id: p.id, merged: { nope: true } }, da.sync)).toMatchObject({ ok: false });
  });
});
