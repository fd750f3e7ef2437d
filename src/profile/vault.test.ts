import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { enterprise, personal } from '../../test/support/sample';
import { openStore, profileStore, VaultLockedError, type KeyHolder } from './store';

// The vault (automation-api.md "Vault"): every record sealed, nothing readable at rest, a wrong passphrase harmless.

let n = 0;
const clock = () => new Date('2026-11-23T08:00:00Z');

function memoryKeys(): KeyHolder {
  let key: CryptoKey | undefined;
  return { get: async () => key, set: async (k) => void (key = k), clear: async () => void (key = undefined) };
}

async function rawText(name: string): Promise<string> {
  const db = await openDB(name);
  const out: unknown[] = [];
  for (const store of db.objectStoreNames) out.push(await db.getAll(store));
  db.close();
  return JSON.stringify(out);
}

const SECRETS = ['330106199003071236', '13905710000', '王小明', '杭州云栖示例科技有限公司', 'yunqi-example.com'];

describe('vault', () => {
  it('encrypts every record; locked, nothing readable remains and reads are refused; unlocked, all is as before', async () => {
    const name = `vault-${++n}`;
    const keys = memoryKeys();
    const store = profileStore(openStore(name), clock, keys);
    const [first] = await store.putMany([enterprise(), personal()]);
    await store.updateMeta(first!.id, { tags: ['客户甲'], log: [{ portal: 'aliyun', type: '新增备案', status: '已提交', date: '2026-11-20' }] });
    expect(await rawText(name)).toContain('330106199003071236');

    await store.vault.enable('correct horse battery staple');
    expect(await store.vault.status()).toEqual({ encrypted: true, locked: false });
    const raw = await rawText(name);
    for (const secret of [...SECRETS, '客户甲']) expect(raw).not.toContain(secret);
    expect((await store.get(first!.id))?.tags).toEqual(['客户甲']);

    await store.vault.lock();
    expect(await store.vault.status()).toEqual({ encrypted: true, locked: true });
    await expect(store.list()).rejects.toBeInstanceOf(VaultLockedError);
    await expect(store.putMany([enterprise()])).rejects.toBeInstanceOf(VaultLockedError);
    await expect(store.summariesOf([first!.id])).rejects.toBeInstanceOf(VaultLockedError);

    expect(await store.vault.unlock('wrong passphrase')).toBe(false);
    expect(await store.vault.status()).toMatchObject({ locked: true });
    expect(await store.vault.unlock('correct horse battery staple')).toBe(true);
    expect((await store.list()).map((r) => r.profile.subject.name).sort()).toEqual([enterprise().subject.name, personal().subject.name].sort());
    expect((await store.search('杭州')).map((s) => s.id)).toEqual([first!.id]);
    expect((await store.search('91330106')).map((s) => s.id)).toEqual([first!.id]);
    // A list's rows read again by id: in the order asked, nothing where none is stored.
    expect((await store.summariesOf(['missing', first!.id])).map((s) => s?.subjectName)).toEqual([undefined, enterprise().subject.name]);
  });

  it('a passphrase change re-encrypts everything; a wrong old passphrase changes nothing', async () => {
    const name = `vault-${++n}`;
    const keys = memoryKeys();
    const store = profileStore(openStore(name), clock, keys);
    await store.putMany([enterprise()]);
    await store.vault.enable('first passphrase');
    const before = await rawText(name);
    expect(await store.vault.change('not it', 'second passphrase')).toBe(false);
    expect(await rawText(name)).toBe(before);
    expect(await store.vault.change('first passphrase', 'second passphrase')).toBe(true);
    await store.vault.lock();
    expect(await store.vault.unlock('first passphrase')).toBe(false);
    expect(await store.vault.unlock('second passphrase')).toBe(true);
    expect(await store.list()).toHaveLength(1);
  });
});
