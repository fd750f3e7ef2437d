import { describeCertificate, leafOf, type CertificateFacts } from './certificate';
import { readHarmonyProfile } from './harmony-profile';
import { looksLikePem, pemBlocks } from './pem';
import { readSignedData } from './pkcs7';
import { report, signerOf, type PackageReport, type Text } from './report';

// A bare certificate: .cer/.crt/.pem (DER or PEM, one certificate or a chain → the leaf), a .p7b of certificates,
// or a HarmonyOS profile .p7b (its content names the bundle and carries the app's certificate).

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);

function certificatesOf(der: Uint8Array): Uint8Array[] {
  try {
    describeCertificate(der);
    return [der];
  } catch {
    return readSignedData(der).certificates;
  }
}

const unknownPlatform = (cert: CertificateFacts): Text => ({
  zh: `文件没有说明平台：指纹按 SHA-1 填写（iOS、HarmonyOS 用此值）；Android 请填证书 MD5：${cert.md5}`,
  en: `The file does not say which platform it is for: the fingerprint is the SHA-1 (iOS and HarmonyOS file it); for Android file the certificate MD5 ${cert.md5}`,
});

/** The report, or undefined when the bytes hold no certificate. */
export function readCertificateFile(bytes: Uint8Array, now: Date): PackageReport | undefined {
  const ders = looksLikePem(bytes)
    ? pemBlocks(new TextDecoder('latin1').decode(bytes)).flatMap((b) => (CERTIFICATE_LABELS.has(b.label) ? [b.der] : b.label === 'PKCS7' ? [b.der] : []))
    : [bytes];
  const [only] = ders;
  if (only && ders.length === 1) {
    try {
      const profile = readHarmonyProfile(only);
      if (profile?.certificate) {
        const warnings: Text[] =
          profile.type === 'debug' ? [{ zh: '这是调试 Profile，其中是调试证书：备案填发布证书', en: 'This is a debug profile holding a development certificate: the filing carries the release certificate' }] : [];
        return report('HarmonyOS', profile.bundleName, profile.certificate, [signerOf('HarmonyOS', 'HarmonyOS profile', profile.certificate)], warnings, now);
      }
    } catch {
      // not a SignedData, or one with no profile in it: read it as certificates below
    }
  }
  const certificates: CertificateFacts[] = [];
  for (const der of ders) {
    try {
      certificates.push(...certificatesOf(der).map(describeCertificate));
    } catch {
      // a block that is no certificate (a key in the same PEM file) is passed over
    }
  }
  const leaf = leafOf(certificates);
  if (!leaf) return undefined;
  const warnings = [unknownPlatform(leaf)];
  if (leaf.commonName === 'Android Debug') {
    warnings.push({ zh: '这是 Android 调试证书（CN=Android Debug）：备案填发布证书', en: 'This is the Android debug certificate (CN=Android Debug): the filing carries the release certificate' });
  }
  return report(null, '', leaf, [signerOf(null, 'certificate', leaf)], warnings, now);
}
