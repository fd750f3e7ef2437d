import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from './read-package';
import type { PackageReport } from './report';
import { bytesSource } from './source';
import { bytesOf, cmsSign, derOf, makeCertificate, opensslFacts, requireTools, run, workdir } from './testing/build-packages';

// Bare certificates as agents receive them, made by openssl: a chain in a PEM file (any order → the leaf), DER,
// PKCS#7 certificate bundles, and HarmonyOS profiles. Expected values from openssl.

let dir = '';
let leaf = '';
let chain = '';
let ecLeaf = '';
let profileSigner: { certificate: string; privateKey: string };

function ok(report: PackageReport) {
  if (!report.ok) throw new Error(report.error);
  return report;
}
const read = (path: string) => readPackage(bytesSource(bytesOf(path)), path.split('/').pop() ?? '');

function harmonyProfile(name: string, type: 'release' | 'debug', certificatePem: string): string {
  const key = type === 'release' ? 'distribution-certificate' : 'development-certificate';
  const json = join(dir, `${name}.json`);
  writeFileSync(json, JSON.stringify({ 'version-name': '1.0.0', type, 'bundle-info': { 'developer-id': 'yunqi', 'bundle-name': 'com.yunqi.ledger.harmony', [key]: run('openssl', ['x509', '-in', certificatePem]) } }));
  return cmsSign(json, join(dir, `${name}.p7b`), profileSigner);
}

beforeAll(() => {
  requireTools('openssl');
  dir = workdir();
  const root = makeCertificate(dir, 'root', '/CN=Yunqi Test Root CA/O=Yunqi Example/C=CN', { ca: true });
  const intermediate = makeCertificate(dir, 'intermediate', '/CN=Yunqi Test Issuing CA/O=Yunqi Example/C=CN', { ca: true, issuer: root });
  const signed = makeCertificate(dir, 'leaf', '/CN=Yunqi Ledger Release/O=Yunqi Example, Inc./C=CN', { issuer: intermediate });
  const ec = makeCertificate(dir, 'ec-leaf', '/CN=Yunqi Ledger HarmonyOS Release/O=Yunqi Example/C=CN', { issuer: intermediate, ec: true });
  profileSigner = makeCertificate(dir, 'profile-signer', '/CN=Test Profile Signing/O=Test/C=CN', { issuer: root });
  leaf = signed.certificate;
  ecLeaf = ec.certificate;
  chain = join(dir, 'chain.pem');
  // Out of order on purpose, with the text openssl writes before each block: the leaf is found, not assumed first.
  writeFileSync(chain, [intermediate.certificate, leaf, root.certificate].map((p) => run('openssl', ['x509', '-in', p, '-text'])).join('\n'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a certificate file', () => {
  it('a PEM chain → the leaf: SHA-1, decimal modulus, and the MD5 for Android in the warning', async () => {
    const report = ok(await read(chain));
    const cert = opensslFacts(leaf);
    expect(report).toMatchObject({ platform: null, packageName: '', fingerprint: cert.sha1, publicKey: cert.publicKey });
    expect(report.signers).toEqual([{ scheme: 'certificate', fingerprint: cert.sha1, publicKey: cert.publicKey, subject: cert.subject, notAfter: cert.notAfter }]);
    expect(report.warnings.map((w) => w.en)).toEqual([expect.stringContaining(`certificate MD5 ${cert.md5}`)]);
  }, 60_000);

  it('the same leaf as DER (.cer)', async () => {
    const report = ok(await read(derOf(dir, leaf)));
    expect(report.fingerprint).toBe(opensslFacts(leaf).sha1);
  });

  it.each(['DER', 'PEM'])('a PKCS#7 bundle of the chain (.p7b, %s) → the leaf', async (form) => {
    const p7b = join(dir, `chain-${form}.p7b`);
    run('openssl', ['crl2pkcs7', '-nocrl', '-certfile', chain, '-outform', form, '-out', p7b]);
    const report = ok(await read(p7b));
    expect(report.fingerprint).toBe(opensslFacts(leaf).sha1);
    expect(report.publicKey).toBe(opensslFacts(leaf).publicKey);
  });

  it('a HarmonyOS release profile (.p7b): HarmonyOS, its bundle-name, the distribution certificate with its EC key', async () => {
    const report = ok(await read(harmonyProfile('release-profile', 'release', ecLeaf)));
    const cert = opensslFacts(ecLeaf);
    expect(report).toMatchObject({ platform: 'HarmonyOS', packageName: 'com.yunqi.ledger.harmony', fingerprint: cert.sha1, publicKey: cert.publicKey, warnings: [] });
    expect(report.publicKey).toMatch(/^3059301306072A8648CE3D0201/);
  });

  it('a HarmonyOS debug profile is named as such', async () => {
    const report = ok(await read(harmonyProfile('debug-profile', 'debug', ecLeaf)));
    expect(report.fingerprint).toBe(opensslFacts(ecLeaf).sha1);
    expect(report.warnings.map((w) => w.en)).toEqual([expect.stringContaining('debug profile')]);
  });
});
