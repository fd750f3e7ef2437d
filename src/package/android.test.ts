import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from './read-package';
import type { PackageReport } from './report';
import { blobSource, bytesSource } from './source';
import {
  aaptPackageName, addV1, apksignerLineage, apksignerVerify, bytesOf, makeKey, makeUnsignedApk, opensslFacts, requireTools, rotate, signApk,
  utf8Manifest, workdir, type Key,
} from './testing/build-packages';

// Every value is checked against what apksigner, aapt and openssl say about the same file.

const PACKAGE = 'com.yunqi.ledger';
let dir = '';
let unsigned = '';
let release: Key;
let other: Key;
let ec: Key;
let debug: Key;

const read = (path: string, now?: Date) => readPackage(bytesSource(bytesOf(path)), path.split('/').pop() ?? '', { now });
function ok(report: PackageReport) {
  if (!report.ok) throw new Error(report.error);
  return report;
}

beforeAll(() => {
  requireTools('apksigner', 'aapt', 'keytool', 'openssl', 'python3');
  dir = workdir();
  unsigned = makeUnsignedApk(dir, PACKAGE);
  release = makeKey(dir, 'release', 'CN=Yunqi Release, O=Yunqi Example, C=CN');
  other = makeKey(dir, 'other', 'CN=Yunqi Other, O=Yunqi Example, C=CN');
  ec = makeKey(dir, 'ec', 'CN=Yunqi EC, O=Yunqi Example, C=CN', { ec: true });
  debug = makeKey(dir, 'debug', 'CN=Android Debug, O=Android, C=US');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an APK signed by apksigner', () => {
  it.each([
    ['v1 only', { v1: true, v2: false, v3: false }, ['v1']],
    ['v2 only', { v1: false, v2: true, v3: false }, ['v2']],
    ['v1 + v2 + v3', { v1: true, v2: true, v3: true }, ['v1', 'v2', 'v3']],
  ])('%s: package name, 签名MD5 and decimal modulus as aapt, apksigner and openssl give them', async (label, options, schemes) => {
    const apk = signApk(unsigned, join(dir, `${label.replace(/\W+/g, '-')}.apk`), [release], options);
    const report = ok(await read(apk));
    const cert = opensslFacts(release.certificate);
    const [printed] = apksignerVerify(apk);
    expect(report.platform).toBe('Android');
    expect(report.packageName).toBe(aaptPackageName(apk));
    expect(report.fingerprint).toBe(printed!.md5);
    expect(report.fingerprint).toBe(cert.md5);
    expect(report.publicKey).toBe(cert.publicKey);
    expect(report.signers.map((s) => s.scheme)).toEqual(schemes);
    expect(report.signers.every((s) => s.fingerprint === cert.md5 && s.publicKey === cert.publicKey && s.notAfter === cert.notAfter)).toBe(true);
    expect(report.signers[0]!.subject).toBe(printed!.dn);
    expect(report.warnings).toEqual([]);
  }, 60_000);

  it('an EC key: the public key as the hex of its SubjectPublicKeyInfo', async () => {
    const apk = signApk(unsigned, join(dir, 'ec.apk'), [ec], { v1: false, v2: true, v3: true, minSdk: 24 });
    const report = ok(await read(apk));
    const cert = opensslFacts(ec.certificate);
    expect(report.fingerprint).toBe(apksignerVerify(apk)[0]!.md5);
    expect(report.publicKey).toBe(cert.publicKey);
    expect(report.publicKey).toMatch(/^3059301306072A8648CE3D0201/);
    expect(report.signers.map((s) => s.scheme)).toEqual(['v2', 'v3']);
  }, 60_000);

  it('a key rotation: files the original certificate, lists both, and says why', async () => {
    const lineage = rotate(dir, release, other);
    const apk = signApk(unsigned, join(dir, 'rotated.apk'), [release, other], { v1: true, v2: true, v3: true, lineage });
    const report = ok(await read(apk));
    const [original, current] = apksignerLineage(apk);
    // apksigner shows the old signer to devices before Android 9 and the new one from Android 9 on.
    expect(apksignerVerify(apk, '--max-sdk-version', '27')[0]!.md5).toBe(original!.md5);
    expect(apksignerVerify(apk)[0]!.md5).toBe(current!.md5);
    expect(report.fingerprint).toBe(original!.md5);
    expect(report.publicKey).toBe(opensslFacts(release.certificate).publicKey);
    expect(report.signers.map((s) => [s.scheme, s.fingerprint])).toEqual([
      ['v1', original!.md5],
      ['v2', original!.md5],
      ['v3', current!.md5],
      ['v3 lineage 1/2', original!.md5],
      ['v3 lineage 2/2', current!.md5],
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]!.en).toContain('PackageInfo.signatures');
    expect(report.warnings[0]!.en).toContain(current!.md5);
    expect(report.warnings[0]!.zh).toContain('轮换');
  }, 60_000);

  it('several signers: files the first as apksigner lists it, and says to confirm', async () => {
    const apk = signApk(unsigned, join(dir, 'two-signers.apk'), [release, other], { v1: true, v2: true, v3: false });
    const report = ok(await read(apk));
    const printed = apksignerVerify(apk);
    expect(printed).toHaveLength(2);
    expect(report.fingerprint).toBe(printed[0]!.md5);
    expect(new Set(report.signers.map((s) => s.fingerprint))).toEqual(new Set(printed.map((p) => p.md5)));
    expect(report.warnings.map((w) => w.en).join()).toContain('signed by 2 certificates');
  }, 60_000);

  it('v1 and v2 signed with different keys: files the v2 certificate and warns', async () => {
    const v1 = signApk(unsigned, join(dir, 'only-v1-other.apk'), [other], { v1: true, v2: false, v3: false });
    const v2 = signApk(unsigned, join(dir, 'only-v2-release.apk'), [release], { v1: false, v2: true, v3: false });
    const mixed = addV1(join(dir, 'mixed.apk'), v2, v1);
    const report = ok(await read(mixed));
    const v1Md5 = apksignerVerify(v1)[0]!.md5;
    const v2Md5 = apksignerVerify(v2)[0]!.md5;
    expect(report.fingerprint).toBe(v2Md5);
    expect(report.signers.map((s) => [s.scheme, s.fingerprint])).toEqual([
      ['v1', v1Md5],
      ['v2', v2Md5],
    ]);
    expect(report.warnings.map((w) => w.en).join()).toContain(`v1 MD5 ${v1Md5}, v2/v3 MD5 ${v2Md5}`);
  }, 60_000);

  it('the debug certificate is named as such', async () => {
    const apk = signApk(unsigned, join(dir, 'debug.apk'), [debug], { v1: true, v2: true, v3: false });
    const report = ok(await read(apk));
    expect(report.fingerprint).toBe(apksignerVerify(apk)[0]!.md5);
    expect(report.warnings.map((w) => w.en)).toEqual([expect.stringContaining('Android debug certificate')]);
  }, 60_000);

  it('a manifest whose string pool is UTF-8 (as aapt2 writes it): the package name aapt reads from it', async () => {
    const longName = `${PACKAGE}.${'segment'.repeat(20)}`; // over 127 bytes: two-byte lengths
    const apk = signApk(utf8Manifest(join(dir, 'utf8-unsigned.apk'), makeUnsignedApk(dir, longName, 'long')), join(dir, 'utf8.apk'), [release], { v1: false, v2: true, v3: false });
    expect(aaptPackageName(apk)).toBe(longName);
    expect(ok(await read(apk)).packageName).toBe(longName);
  }, 60_000);

  it('an unsigned APK: the package name, no values, and "re-sign before reading"', async () => {
    const report = ok(await read(unsigned));
    expect(report).toMatchObject({ platform: 'Android', packageName: aaptPackageName(unsigned), publicKey: '', fingerprint: '', signers: [] });
    expect(report.warnings.map((w) => w.en)).toEqual([expect.stringContaining('re-sign')]);
  });

  it('an expired or not yet valid certificate is warned about, with the date openssl gives', async () => {
    const apk = signApk(unsigned, join(dir, 'dated.apk'), [release], { v1: false, v2: true, v3: false });
    const { notAfter } = opensslFacts(release.certificate);
    const later = ok(await read(apk, new Date(Date.parse(notAfter) + 86_400_000)));
    expect(later.warnings.map((w) => w.en)).toEqual([`The certificate filed expired on ${notAfter.slice(0, 10)}: make sure the app is still signed with it.`]);
    const earlier = ok(await read(apk, new Date('2000-01-01')));
    expect(earlier.warnings.map((w) => w.en)).toEqual([expect.stringContaining('not valid until')]);
  }, 60_000);

  it('reads a File the same as bytes, slice by slice', async () => {
    const large = makeUnsignedApk(dir, PACKAGE, 'large', 2_000_000);
    const apk = signApk(large, join(dir, 'blob.apk'), [release], { v1: true, v2: true, v3: true });
    const bytes = bytesOf(apk);
    const slices: number[] = [];
    const blob = new Blob([bytes]);
    const source = blobSource(blob);
    const counted = { size: source.size, read: (offset: number, length: number) => (slices.push(length), source.read(offset, length)) };
    expect(await readPackage(counted, 'blob.apk')).toEqual(await readPackage(bytesSource(bytes), 'blob.apk'));
    // The zip's end, its directory, the signing block and the entries read: a small part of the file.
    expect(bytes.length).toBeGreaterThan(2_000_000);
    expect(slices.reduce((a, b) => a + b, 0)).toBeLessThan(200_000);
  }, 60_000);
});
