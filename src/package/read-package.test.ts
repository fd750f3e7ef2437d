import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleApi, type BackgroundDeps } from '../background/handle-api';
import { openStore, profileStore } from '../profile/store';
import { readPackage } from './read-package';
import { bytesSource } from './source';
import { apksignerVerify, bytesOf, makeKey, makeUnsignedApk, requireTools, signApk, workdir } from './testing/build-packages';

// What the reader answers for what is no package, a damaged one, and the automation API's base64 path.

let apk = '';
let dir = '';
beforeAll(() => {
  requireTools('apksigner', 'aapt', 'keytool', 'openssl');
  dir = workdir();
  apk = signApk(makeUnsignedApk(dir, 'com.yunqi.ledger'), join(dir, 'signed.apk'), [makeKey(dir, 'k', 'CN=Yunqi, C=CN')], { v1: true, v2: true, v3: true });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (s: string) => bytesSource(new TextEncoder().encode(s));

describe('readPackage', () => {
  it.each([
    ['notes.txt', text('hello')],
    ['empty.cer', bytesSource(new Uint8Array())],
    ['random.bin', bytesSource(Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251))],
    ['archive.zip', bytesSource(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]))],
  ])('%s is no package, in both languages', async (name, source) => {
    expect(await readPackage(source, name)).toEqual({ ok: false, error: '不是 APK、IPA、HAP 或证书文件 · not an APK, IPA, HAP or certificate file' });
  });

  it('a truncated APK is damaged, not unknown', async () => {
    const bytes = bytesOf(apk);
    for (const cut of [bytes.length - 10, Math.floor(bytes.length / 2), 100]) {
      const report = await readPackage(bytesSource(bytes.subarray(0, cut)), 'app.apk');
      expect(report.ok).toBe(false);
      if (!report.ok) expect(report.error).toMatch(/不完整|damaged|incomplete/);
    }
  });

  it('a read that fails is answered, not thrown', async () => {
    const broken = { size: 1000, read: async () => Promise.reject(new Error('disk went away')) };
    expect(await readPackage(broken, 'app.apk')).toEqual({ ok: false, error: expect.stringContaining('disk went away') });
  });
});

describe('icp:package:read', () => {
  const deps = (): BackgroundDeps => ({
    store: profileStore(openStore('package-read')),
    today: () => '2026-12-07',
    tab: async () => undefined,
    canAccess: async () => false,
    inject: async () => undefined,
    sendToTab: async () => undefined,
  });

  it('reads the base64 of an APK', async () => {
    const answer = await handleApi({ type: 'icp:package:read', name: 'signed.apk', data: Buffer.from(bytesOf(apk)).toString('base64') }, deps());
    expect(answer).toMatchObject({ ok: true, platform: 'Android', packageName: 'com.yunqi.ledger', fingerprint: apksignerVerify(apk)[0]!.md5 });
  }, 60_000);

  it('refuses data that is not base64, and a request without data', async () => {
    expect(await handleApi({ type: 'icp:package:read', name: 'x.apk', data: '%%%' }, deps())).toEqual({ ok: false, error: expect.stringContaining('base64') });
    expect(await handleApi({ type: 'icp:package:read', name: 'x.apk' }, deps())).toMatchObject({ ok: false, error: expect.stringContaining('data') });
  });
});
