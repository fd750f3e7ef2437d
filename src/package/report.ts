import type { CertificateFacts } from './certificate';

// What `icp:package:read` answers (automation-api.md, "APP packages"), and the helpers every platform reader shares.

export type Text = { zh: string; en: string };
export type Platform = 'Android' | 'iOS' | 'HarmonyOS';
export type PackageSigner = { scheme: string; fingerprint: string; publicKey: string; subject: string; notAfter: string };
export type PackageReport =
  | { ok: true; platform: Platform | null; packageName: string; publicKey: string; fingerprint: string; signers: PackageSigner[]; warnings: Text[] }
  | { ok: false; error: string };
export type ReadOptions = { now?: Date };

/** Android files the certificate's MD5; iOS and HarmonyOS (and a certificate of no known platform) its SHA-1. */
export const fingerprintOf = (platform: Platform | null, cert: CertificateFacts): string => (platform === 'Android' ? cert.md5 : cert.sha1);

export const signerOf = (platform: Platform | null, scheme: string, cert: CertificateFacts): PackageSigner => ({
  scheme,
  fingerprint: fingerprintOf(platform, cert),
  publicKey: cert.publicKey,
  subject: cert.subject,
  notAfter: cert.notAfter.toISOString(),
});

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Expired or not yet valid, for the certificate the filing carries. */
export function validityWarnings(cert: CertificateFacts, now: Date): Text[] {
  if (cert.notAfter < now) {
    return [{ zh: `所填证书已于 ${day(cert.notAfter)} 过期：请确认应用现在仍用这张证书签名。`, en: `The certificate filed expired on ${day(cert.notAfter)}: make sure the app is still signed with it.` }];
  }
  if (cert.notBefore > now) {
    return [{ zh: `所填证书 ${day(cert.notBefore)} 才生效：请检查证书或电脑日期。`, en: `The certificate filed is not valid until ${day(cert.notBefore)}: check the certificate or the computer's date.` }];
  }
  return [];
}

export function report(platform: Platform | null, packageName: string, filed: CertificateFacts | undefined, signers: PackageSigner[], warnings: Text[], now: Date): PackageReport {
  return {
    ok: true,
    platform,
    packageName,
    publicKey: filed?.publicKey ?? '',
    fingerprint: filed ? fingerprintOf(platform, filed) : '',
    signers,
    warnings: filed ? [...warnings, ...validityWarnings(filed, now)] : warnings,
  };
}

export const failure = (zh: string, en: string): PackageReport => ({ ok: false, error: `${zh} · ${en}` });
