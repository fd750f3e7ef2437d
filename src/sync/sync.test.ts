import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterprise, personal } from '../../test/support/sample';
import type { Profile } from '../profile/schema';
import { toBase64 } from '../vault/crypto';
import { AGENTS, browser, startCouch, type Browser, type Couch } from './test-support';

// Two browsers against one CouchDB-protocol server on loopback: offline edits converge, a conflict is the agents',
// a deletion and a material's bytes travel, and the server sees ciphertext only.

let couch: Couch;
let teams = 0;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.close();
});

const PASSPHRASE = 'our team passphrase';

async function team(): Promise<{ url: string; a: Browser; b: Browser }> {
  const url = await couch.createTeam(`team-${++teams}`);
  const [a, b] = await Promise.all([browser('a'), browser('b')]);
  expect(await a.sync.join({ url, username: 'alice', password: AGENTS.alice, passphrase: PASSPHRASE })).toEqual({ ok: true });
  expect(await b.sync.join({ url, username: 'bob', password: AGENTS.bob, passphrase: PASSPHRASE })).toEqual({ ok: true });
  return { url, a, b };
}

const ok = async (b: Browser) => {
  const result = await b.sync.now();
  if (!result.ok) throw new Error(`${b.name}: ${result.error.en}`);
  return result;
};

const named = (name: string, mobile = '13800138000'): Profile => {
  const p = enterprise();
  return { ...p, label: name, subject: { ...p.subject, name, head: { ...p.subject.head, mobiles: [mobile] } } };
};

describe('team sync', () => {
  it('both edit offline, both sync, both converge', async () => {
    const { a, b } = await team();
    const pa = await a.store.put(named('甲公司'));
    const pb = await b.store.put(named('乙公司'));
    await ok(a);
    // What is on the server and not yet here is counted as arriving until the sync brings it.
    expect((await b.sync.status()).arrived).toEqual({ done: 0, total: 1 });
    await ok(b);
    await ok(a);
    for (const side of [a, b]) {
      expect((await side.sync.status()).arrived).toEqual({ done: 2, total: 2 });
      expect((await side.store.summaries()).map((s) => s.label).sort()).toEqual(['乙公司', '甲公司']);
      expect((await side.store.get(pa.id))?.subjectName).toBe('甲公司');
      expect((await side.store.get(pb.id))?.subjectName).toBe('乙公司');
    }
    // One edit after that reaches the other; nothing comes back as new.
    await a.store.put({ ...named('甲公司'), subject: { ...named('甲公司').subject, mailingAddress: '杭州市西湖区新地址 1 号' } }, pa.id);
    expect((await ok(a)).pushed).toBe(1);
    const told = b.pulled.length;
    expect((await ok(b)).pulled).toBe(1);
    expect((await b.store.get(pa.id))?.profile.subject.mailingAddress).toBe('杭州市西湖区新地址 1 号');
    // The pages showing b's store are told once, of the one profile written.
    expect(b.pulled.slice(told)).toEqual([[pa.id]]);
    expect((await ok(b)).pushed).toBe(0);
    const quiet = a.pulled.length;
    expect((await ok(a)).pulled).toBe(0);
    expect(a.pulled.length, 'nothing written, nobody told').toBe(quiet);
    expect(await a.sync.history(pa.id)).toMatchObject([{ agent: 'alice' }, { agent: 'alice' }]);
  });

  it('a conflict keeps both revisions, shows both and the diff; resolving removes the loser on both sides', async () => {
    const { url, a, b } = await team();
    const p = await a.store.put(named('丙公司'));
    await ok(a);
    await ok(b);
    // Offline, each changes the same profile.
    await a.store.put(named('丙公司', '13900000001'), p.id);
    await b.store.put({ ...named('丙公司'), subject: { ...named('丙公司').subject, mailingAddress: '乙改的地址' } }, p.id);
    const told = [a.pulled.length, b.pulled.length];
    await ok(a);
    await ok(b);
    await ok(a);
    for (const side of [a, b]) expect(await side.sync.conflicts()).toEqual([p.id]);
    // Whichever revision won, each side's open pages are told of the conflict, written record or not.
    expect([a.pulled.length, b.pulled.length].map((n, i) => n > told[i]!)).toEqual([true, true]);
    const detail = await a.sync.conflict(p.id);
    expect(detail?.mine.agent).toBe('alice');
    expect(detail?.theirs.agent).toBe('bob');
    expect(detail?.diff).toEqual(
      expect.arrayContaining([
        { path: 'subject.head.mobiles', mine: ['13900000001'], theirs: ['13800138000'], list: true },
        { path: 'subject.mailingAddress', mine: expect.any(String), theirs: '乙改的地址' },
      ]),
    );
    // The agent merges: alice's phone, bob's address.
    const merged = { ...(await a.store.get(p.id))!, profile: { ...detail!.mine.record.profile, subject: { ...detail!.mine.record.profile.subject, mailingAddress: '乙改的地址' } } };
    expect(await a.sync.resolve(p.id, merged)).toEqual({ ok: true });
    await ok(a);
    await ok(b);
    for (const side of [a, b]) {
      expect(await side.sync.conflicts()).toEqual([]);
      const got = await side.store.get(p.id);
      expect(got?.profile.subject.head.mobiles).toEqual(['13900000001']);
      expect(got?.profile.subject.mailingAddress).toBe('乙改的地址');
    }
    expect((await b.sync.status()).conflicts).toBe(0);
    const onServer = await couch.request('GET', `${new URL(url).pathname}/${encodeURIComponent(`p:${p.id}`)}?conflicts=true`);
    expect(onServer.text).not.toContain('_conflicts');
  });

  it('a deletion reaches the other; a material’s bytes arrive intact', async () => {
    const { url, a, b } = await team();
    const bytes = crypto.getRandomValues(new Uint8Array(50_000));
    const material = { id: 'm1', kind: '负责人证件人像面', owner: 'subject.head', name: 'id.jpg', type: 'image/jpeg', size: bytes.length, sha256: '', data: toBase64(bytes) };
    const withFile = await a.store.put({ ...named('丁公司'), materials: [material] });
    const doomed = await a.store.put(named('戊公司'));
    await ok(a);
    await ok(b);
    expect([...((await b.store.files(withFile.id)).get('m1') ?? [])]).toEqual([...bytes]);
    await a.store.remove(doomed.id);
    await ok(a);
    expect((await ok(b)).pulled).toBe(1);
    expect(await b.store.get(doomed.id)).toBeUndefined();
    expect(await b.store.get(withFile.id)).toBeDefined();
    // An edit that keeps the file does not send its bytes again.
    const before = await attachmentDigests(couch, url, withFile.id);
    expect(before).toHaveLength(1);
    await b.store.put({ ...named('丁公司', '13700000000'), materials: [{ ...material, data: undefined }] }, withFile.id);
    await ok(b);
    await ok(a);
    expect((await a.store.get(withFile.id))?.profile.subject.head.mobiles).toEqual(['13700000000']);
    expect([...((await a.store.files(withFile.id)).get('m1') ?? [])]).toEqual([...bytes]);
    expect(await attachmentDigests(couch, url, withFile.id)).toEqual(before);
  });

  it('the server’s documents read over HTTP hold no ID number, phone or name of any profile', async () => {
    const { url, a, b } = await team();
    const profiles = [enterprise(), personal()];
    const secretBytes = new TextEncoder().encode('MATERIAL-SECRET-42 a scanned ID');
    await a.store.put({ ...profiles[0]!, materials: [{ id: 'scan', kind: '主体证件', owner: 'subject', name: 'licence.jpg', type: 'image/jpeg', size: secretBytes.length, sha256: '', data: toBase64(secretBytes) }] });
    await b.store.put(profiles[1]!);
    await ok(a);
    await ok(b);
    const db = new URL(url).pathname;
    const all = await couch.request('GET', `${db}/_all_docs?include_docs=true&attachments=true&conflicts=true`);
    const changes = await couch.request('GET', `${db}/_changes?include_docs=true&style=all_docs`);
    const attachments = [...all.text.matchAll(/"data":"([^"]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('latin1'));
    const raw = [all.text, changes.text, ...attachments].join('\n');
    expect(attachments.length).toBeGreaterThan(0);
    const secrets = profiles.flatMap((p) => [p.subject.name, p.subject.head.name, p.subject.certificate.number, p.subject.head.certificate.number, ...p.subject.head.mobiles, p.subject.head.officePhone, ...p.websites.flatMap((w) => [w.name, ...w.domains])]).filter((s) => s.length > 2);
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of [...secrets, 'MATERIAL-SECRET-42', '"label"', '"profile"', 'image/jpeg', 'licence']) expect(raw).not.toContain(secret);
  });
});

/** The digests of a profile document's attachments on the server (the same digest: the same bytes, not sent again). */
async function attachmentDigests(c: Couch, url: string, pid: string): Promise<string[]> {
  const doc = await c.request('GET', `${new URL(url).pathname}/${encodeURIComponent(`p:${pid}`)}`);
  return [...doc.text.matchAll(/"digest":"([^"]+)"/g)].map((m) => m[1]!);
}
