import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from './read-package';
import type { PackageReport } from './report';
import { bytesSource } from './source';
import { bytesOf, cmsSign, derOf, makeCertificate, opensslFacts, requireTools, run, workdir, writePlist, zipFiles } from './testing/build-packages';

// IPAs made with plistlib (binary and XML Info.plist) and a provisioning profile signed by `openssl cms -sign`; the
// expected values come from openssl and from plistlib reading the files back.

const BUNDLE_ID = 'com.yunqi.ledger.ios';
let dir = '';
let distribution: { certificate: string; privateKey: string };
let development: { certificate: string; privateKey: string };
let profileSigner: { certificate: string; privateKey: string };

function ok(report: PackageReport) {
  if (!report.ok) throw new Error(report.error);
  return report;
}

function makeIpa(name: string, options: { certificates: string[]; infoFormat: 'binary' | 'xml'; provision?: boolean }): string {
  const info = writePlist(join(dir, `${name}-Info.plist`), options.infoFormat, { CFBundleIdentifier: BUNDLE_ID, CFBundleName: 'Ledger', CFBundleShortVersionString: '1.0' });
  const widget = writePlist(join(dir, `${name}-widget.plist`), 'binary', { CFBundleIdentifier: `${BUNDLE_ID}.widget` });
  const files: [string, string][] = [
    ['Payload/Ledger.app/Info.plist', info],
    ['Payload/Ledger.app/PlugIns/Widget.appex/Info.plist', widget],
  ];
  if (options.provision !== false) {
    const profile = writePlist(join(dir, `${name}-profile.plist`), 'xml', {
      Name: 'Ledger App Store',
      TeamIdentifier: ['ABCDE12345'],
      Entitlements: { 'application-identifier': `ABCDE12345.${BUNDLE_ID}` },
      $certificates: options.certificates.map((c) => derOf(dir, c)),
    });
    files.push(['Payload/Ledger.app/embedded.mobileprovision', cmsSign(profile, join(dir, `${name}.mobileprovision`), profileSigner)]);
  }
  return zipFiles(join(dir, `${name}.ipa`), files);
}

/** What plistlib reads back from the IPA's Info.plist. */
function plistlibBundleId(ipa: string): string {
  const script = 'import plistlib,sys,zipfile; print(plistlib.loads(zipfile.ZipFile(sys.argv[1]).read("Payload/Ledger.app/Info.plist"))["CFBundleIdentifier"])';
  return run('python3', ['-c', script, ipa]).trim();
}

const read = (path: string) => readPackage(bytesSource(bytesOf(path)), path.split('/').pop() ?? '');

beforeAll(() => {
  requireTools('openssl', 'python3');
  dir = workdir();
  const ca = makeCertificate(dir, 'wwdr', '/CN=Test Worldwide Developer Relations CA/O=Test Apple/C=US', { ca: true });
  distribution = makeCertificate(dir, 'distribution', '/CN=Apple Distribution: Yunqi Example (ABCDE12345)/OU=ABCDE12345/O=Yunqi Example/C=CN', { issuer: ca });
  development = makeCertificate(dir, 'development', '/CN=Apple Development: Wang Xiaoming (XYZ9876543)/OU=ABCDE12345/O=Yunqi Example/C=CN', { issuer: ca });
  profileSigner = makeCertificate(dir, 'profile-signer', '/CN=Test Provisioning Profile Signing/O=Test Apple/C=US', { issuer: ca });
  writeFileSync(join(dir, 'ready'), '');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an IPA', () => {
  it('binary Info.plist and a CMS-signed profile: Bundle ID, SHA-1 and decimal modulus as plistlib and openssl give them', async () => {
    const ipa = makeIpa('store', { certificates: [distribution.certificate], infoFormat: 'binary' });
    const report = ok(await read(ipa));
    const cert = opensslFacts(distribution.certificate);
    expect(run('python3', ['-c', 'import sys; print(open(sys.argv[1],"rb").read(8))', join(dir, 'store-Info.plist')])).toContain('bplist00');
    expect(report).toMatchObject({ platform: 'iOS', packageName: plistlibBundleId(ipa), fingerprint: cert.sha1, publicKey: cert.publicKey, warnings: [] });
    expect(report.signers).toEqual([{ scheme: 'provisioning profile', fingerprint: cert.sha1, publicKey: cert.publicKey, subject: cert.subject, notAfter: cert.notAfter }]);
  }, 60_000);

  it('a profile listing a development and a distribution certificate: files the distribution one and says so', async () => {
    const ipa = makeIpa('two', { certificates: [development.certificate, distribution.certificate], infoFormat: 'xml' });
    const report = ok(await read(ipa));
    expect(report.packageName).toBe(plistlibBundleId(ipa));
    expect(report.fingerprint).toBe(opensslFacts(distribution.certificate).sha1);
    expect(report.signers.map((s) => s.fingerprint)).toEqual([opensslFacts(development.certificate).sha1, opensslFacts(distribution.certificate).sha1]);
    expect(report.warnings.map((w) => w.en)).toEqual([expect.stringContaining('the only distribution certificate')]);
  }, 60_000);

  it('a development certificate alone is named as such', async () => {
    const report = ok(await read(makeIpa('dev', { certificates: [development.certificate], infoFormat: 'binary' })));
    expect(report.fingerprint).toBe(opensslFacts(development.certificate).sha1);
    expect(report.warnings.map((w) => w.en)).toEqual([expect.stringContaining('development certificate')]);
  }, 60_000);

  it('no provisioning profile: the Bundle ID, no values, and "drop the .cer"', async () => {
    const report = ok(await read(makeIpa('bare', { certificates: [], infoFormat: 'binary', provision: false })));
    expect(report).toMatchObject({ packageName: BUNDLE_ID, fingerprint: '', publicKey: '', signers: [] });
    expect(report.warnings.map((w) => w.en)).toEqual([expect.stringContaining('.cer')]);
  }, 60_000);
});
