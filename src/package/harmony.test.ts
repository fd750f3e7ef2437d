import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from './read-package';
import type { PackageReport } from './report';
import { bytesSource } from './source';
import { bytesOf, cmsSign, hapBlock, makeCertificate, opensslFacts, requireTools, run, splice, workdir, zipFiles } from './testing/build-packages';

// HAPs zipped by Python with the signing block laid out as OpenHarmony's signer writes it (fixtures.py): a PKCS#7
// signature by `openssl cms -sign` and a profile signed the same way. Expected values from openssl.

const BUNDLE = 'com.yunqi.ledger.harmony';
let dir = '';
let leaf: { certificate: string; privateKey: string };
let intermediate: { certificate: string; privateKey: string };
let profile = '';

function ok(report: PackageReport) {
  if (!report.ok) throw new Error(report.error);
  return report;
}
const read = (path: string) => readPackage(bytesSource(bytesOf(path)), path.split('/').pop() ?? '');
const json = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

function signedHap(name: string, files: [string, string][]): string {
  const unsigned = zipFiles(join(dir, `${name}-unsigned.hap`), files);
  const digest = join(dir, `${name}-digest.bin`);
  run('openssl', ['rand', '-out', digest, '64']);
  const signature = cmsSign(digest, join(dir, `${name}-signature.p7`), leaf, intermediate.certificate);
  return splice(join(dir, `${name}.hap`), unsigned, hapBlock(join(dir, `${name}.block`), signature, profile));
}

beforeAll(() => {
  requireTools('openssl', 'python3');
  dir = workdir();
  const root = makeCertificate(dir, 'root', '/CN=Test Application Root CA/O=Test/C=CN', { ca: true, ec: true });
  intermediate = makeCertificate(dir, 'intermediate', '/CN=Test Application CA/O=Test/C=CN', { ca: true, ec: true, issuer: root });
  leaf = makeCertificate(dir, 'leaf', '/CN=Yunqi Ledger Release/O=Yunqi Example/C=CN', { ec: true, issuer: intermediate });
  const profileSigner = makeCertificate(dir, 'profile-signer', '/CN=Test Profile Release/O=Test/C=CN', { ec: true, issuer: intermediate });
  const content = json('profile.json', { type: 'release', 'bundle-info': { 'bundle-name': BUNDLE, 'distribution-certificate': run('openssl', ['x509', '-in', leaf.certificate]) } });
  profile = cmsSign(content, join(dir, 'profile.p7b'), profileSigner, root.certificate);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a HarmonyOS package', () => {
  it('a signed .hap: bundleName from module.json, SHA-1 and EC key of the signing certificate', async () => {
    const hap = signedHap('entry', [
      ['module.json', json('module.json', { app: { bundleName: BUNDLE, versionCode: 1 }, module: { name: 'entry' } })],
      ['resources.index', json('resources.index', {})],
    ]);
    const report = ok(await read(hap));
    const cert = opensslFacts(leaf.certificate);
    expect(report).toMatchObject({ platform: 'HarmonyOS', packageName: BUNDLE, fingerprint: cert.sha1, publicKey: cert.publicKey, warnings: [] });
    expect(report.signers.map((s) => [s.scheme, s.fingerprint])).toEqual([
      ['HAP signature', cert.sha1],
      ['HarmonyOS profile', cert.sha1],
    ]);
  }, 60_000);

  it('an .app: bundleName from pack.info, the certificate from the .hap it holds', async () => {
    const hap = signedHap('inner', [['module.json', json('inner-module.json', { app: { bundleName: BUNDLE } })]]);
    const app = zipFiles(join(dir, 'ledger.app'), [
      ['pack.info', json('pack.info', { summary: { app: { bundleName: BUNDLE, version: { code: 1 } } } })],
      ['entry-default-signed.hap', hap],
    ], ['entry-default-signed.hap']);
    const report = ok(await read(app));
    expect(report).toMatchObject({ platform: 'HarmonyOS', packageName: BUNDLE, fingerprint: opensslFacts(leaf.certificate).sha1 });
  }, 60_000);

  it('an unsigned FA-model .hap: bundleName from config.json and "drop the AGC .cer"', async () => {
    const hap = zipFiles(join(dir, 'fa.hap'), [['config.json', json('config.json', { app: { bundleName: BUNDLE }, module: {} })]]);
    const report = ok(await read(hap));
    expect(report).toMatchObject({ platform: 'HarmonyOS', packageName: BUNDLE, fingerprint: '', publicKey: '', signers: [] });
    expect(report.warnings.map((w) => w.en)).toEqual([expect.stringContaining('AppGallery Connect')]);
  });
});
