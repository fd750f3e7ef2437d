import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { toBase64 } from '../vault/crypto';
import type { Material, Profile } from './schema';
import { openStore, profileStore, VaultLockedError, type KeyHolder } from './store';

// Materials' bytes live in their own store beside the profile: written and deleted with it in one transaction,
// sealed by the vault like the rest, never loaded by reading a profile or a list.

let n = 0;
const clock = () => new Date('2026-12-07T08:00:00Z');
const memoryKeys = (): KeyHolder => {
  let key: CryptoKey | undefined;
  return { get: async () => key, set: async (k) => void (key = k), clear: async () => void (key = undefined) };
};
/** Bytes no other record holds: a marker to look for in the raw database. */
const MARK = 'MATERIAL-BYTES-7f3a';
const bytes = new TextEncoder().encode(`${MARK} a scanned ID`);
const material = (id: string, data?: string): Material => ({
  id, kind: '负责人证件人像面', owner: 'subject.head', name: `${id}.jpg`, type: 'image/jpeg', size: bytes.length, sha256: 'ab', ...(data ? { data } : {}),
});
const withMaterials = (...materials: Material[]): Profile => ({ ...enterprise(), materials });

async function rawText(name: string): Promise<string> {
  const db = await openDB(name);
  const out: string[] = [];
  for (const store of db.objectStoreNames) {
    for (const value of await db.getAll(store)) out.push(JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v)));
  }
  db.close();
  return out.join('\n');
}

describe('material files', () => {
  it('an import with bytes stores them apart; the profile read back holds none; withFiles puts them back', async () => {
    const store = profileStore(openStore(`files-${++n}`), clock);
    const [record] = await store.putMany([withMaterials(material('m1', toBase64(bytes)))]);
    const read = await store.get(record!.id);
    expect(read?.profile.materials).toEqual([material('m1')]);
    expect([...(await store.files(record!.id)).get('m1')!]).toEqual([...bytes]);
    expect((await store.withFiles(read!)).profile.materials[0]?.data).toBe(toBase64(bytes));
  });

  it('a save that drops a material deletes its file; a save without bytes keeps it; delete removes all and answers them for undo', async () => {
    const name = `files-${++n}`;
    const store = profileStore(openStore(name), clock);
    const [record] = await store.putMany([withMaterials(material('m1', toBase64(bytes)), material('m2', toBase64(bytes)))]);
    const id = record!.id;
    await store.put(withMaterials(material('m1'), material('m2')), id);
    expect([...(await store.files(id)).keys()].sort()).toEqual(['m1', 'm2']);
    await store.put(withMaterials(material('m2')), id);
    expect([...(await store.files(id)).keys()]).toEqual(['m2']);
    const removed = await store.remove(id);
    expect(removed?.profile.materials[0]?.data).toBe(toBase64(bytes));
    expect((await store.files(id)).size).toBe(0);
    expect(await rawText(name)).not.toContain(MARK);
    await store.apply([removed!]);
    expect([...(await store.files(id)).keys()]).toEqual(['m2']);
  });

  it('the vault seals the files with everything else; locked, they are refused; unlocked, they read as before', async () => {
    const name = `files-${++n}`;
    const keys = memoryKeys();
    const store = profileStore(openStore(name), clock, keys);
    const [record] = await store.putMany([withMaterials(material('m1', toBase64(bytes)))]);
    expect(await rawText(name)).toContain(MARK);
    await store.vault.enable('a long enough passphrase');
    expect(await rawText(name)).not.toContain(MARK);
    await store.vault.lock();
    await expect(store.files(record!.id)).rejects.toBeInstanceOf(VaultLockedError);
    await store.vault.unlock('a long enough passphrase');
    expect([...(await store.files(record!.id)).get('m1')!]).toEqual([...bytes]);
  });
});
