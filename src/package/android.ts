import { readApkSigningBlock, V2_ID, V31_ID, V3_ID } from './apk-signing-block';
import { readSchemeSigners, type SchemeName, type SchemeSigner } from './apk-schemes';
import { manifestPackage } from './axml';
import { describeCertificate, type CertificateFacts } from './certificate';
import { readSignedData } from './pkcs7';
import { report, signerOf, type PackageReport, type PackageSigner, type Text } from './report';
import { readEntry, type Zip } from './zip';

// An Android APK: the package name from the binary manifest, every signer of every signature scheme, and the one
// certificate a filing carries (签名MD5 and 公钥), with the warnings an agent needs to pick it knowingly.

const MANIFEST_LIMIT = 8 * 1024 * 1024;
const V1_LIMIT = 1024 * 1024;
const V1_SIGNATURE = /^META-INF\/[^/]+\.(RSA|DSA|EC)$/i;

const damaged = (what: string): Text => ({ zh: `${what} 已损坏，已跳过`, en: `The ${what} is damaged and was skipped` });

async function v1Signers(zip: Zip, warnings: Text[]): Promise<CertificateFacts[]> {
  const found: CertificateFacts[] = [];
  for (const entry of zip.entries.filter((e) => V1_SIGNATURE.test(e.name))) {
    try {
      const parts = readSignedData(await readEntry(zip, entry, V1_LIMIT));
      const signers = parts.signers.length > 0 ? parts.signers : parts.certificates.slice(0, 1);
      found.push(...signers.map(describeCertificate));
    } catch {
      warnings.push(damaged(`v1 signature ${entry.name}`));
    }
  }
  return found;
}

async function schemeSigners(zip: Zip, warnings: Text[]): Promise<Record<SchemeName, SchemeSigner[]>> {
  const none = { v2: [], v3: [], 'v3.1': [] };
  let block: Map<number, Uint8Array> | undefined;
  try {
    block = await readApkSigningBlock(zip);
  } catch {
    warnings.push(damaged('APK Signing Block'));
    return none;
  }
  const read = (id: number, scheme: SchemeName): SchemeSigner[] => {
    const value = block?.get(id);
    if (!value) return [];
    try {
      return readSchemeSigners(value, scheme).filter((s) => s.certificates.length > 0);
    } catch {
      warnings.push(damaged(`APK Signature Scheme ${scheme} block`));
      return [];
    }
  };
  return { v2: read(V2_ID, 'v2'), v3: read(V3_ID, 'v3'), 'v3.1': read(V31_ID, 'v3.1') };
}

const distinct = (certs: CertificateFacts[]): CertificateFacts[] => certs.filter((c, i) => certs.findIndex((d) => d.md5 === c.md5) === i);
const sameSet = (a: CertificateFacts[], b: CertificateFacts[]) => {
  const x = new Set(a.map((c) => c.md5));
  const y = new Set(b.map((c) => c.md5));
  return x.size === y.size && [...x].every((m) => y.has(m));
};
const md5s = (certs: CertificateFacts[]) => certs.map((c) => c.md5).join(', ');

export async function readApk(zip: Zip, now: Date): Promise<PackageReport> {
  const warnings: Text[] = [];
  const manifest = zip.entries.find((e) => e.name === 'AndroidManifest.xml');
  let packageName: string | undefined;
  try {
    packageName = manifest ? manifestPackage(await readEntry(zip, manifest, MANIFEST_LIMIT)) : undefined;
  } catch {
    packageName = undefined;
  }
  if (!packageName) warnings.push({ zh: '未能从 AndroidManifest.xml 读出包名，请手工填写', en: 'No package name could be read from AndroidManifest.xml: fill it in by hand' });

  const schemes = await schemeSigners(zip, warnings);
  const v1 = await v1Signers(zip, warnings);
  /** The certificates that parse; a damaged one is named in a warning and left out. */
  const described = (certificates: (Uint8Array | undefined)[], what: string): CertificateFacts[] =>
    certificates.flatMap((der) => {
      try {
        return der ? [describeCertificate(der)] : [];
      } catch {
        warnings.push(damaged(`${what} certificate`));
        return [];
      }
    });
  const first = (signers: SchemeSigner[]) => signers.map((s) => s.certificates[0]);
  const v2 = described(first(schemes.v2), 'v2');
  const v3 = described(first(schemes.v3), 'v3');
  const v31 = described(first(schemes['v3.1']), 'v3.1');
  const rotation = schemes['v3.1'].find((s) => s.lineage.length > 1) ?? schemes.v3.find((s) => s.lineage.length > 1);
  const lineage = described(rotation?.lineage ?? [], 'v3 lineage');

  const signers: PackageSigner[] = [
    ...v1.map((c) => signerOf('Android', 'v1', c)),
    ...v2.map((c) => signerOf('Android', 'v2', c)),
    ...v3.map((c) => signerOf('Android', 'v3', c)),
    ...v31.map((c) => signerOf('Android', 'v3.1', c)),
    ...lineage.map((c, i) => signerOf('Android', `v3 lineage ${i + 1}/${lineage.length}`, c)),
  ];
  const current = v31[0] ?? v3[0];
  // Under key rotation, Android's legacy PackageInfo.signatures (GET_SIGNATURES) reports only the oldest certificate of
  // the lineage "so that programmatic checks keep working even if unaware of key rotation" (AOSP frameworks/base,
  // services/core/java/com/android/server/pm/parsing/PackageInfoUtils.java, generate()): that one is filed.
  const filed = lineage[0] ?? current ?? v2[0] ?? v1[0];
  if (!filed) {
    warnings.push({
      zh: '该 APK 没有任何签名（加固后常见）：请先用发布密钥重新签名，再读取',
      en: 'This APK carries no signature at all (common after 加固 hardening): re-sign it with the release key, then read it again',
    });
    return report('Android', packageName ?? '', undefined, [], warnings, now);
  }
  const newest = lineage[lineage.length - 1];
  if (newest && lineage.length > 1) {
    warnings.push({
      zh: `该 APK 做过签名密钥轮换（v3 轮换证明）：最初证书 MD5 ${filed.md5}，现用证书 MD5 ${newest.md5}。已填最初的证书：轮换后 Android 旧接口 PackageInfo.signatures（多数签名校验仍读它）只报告最早的证书。若管局或应用市场要求现用证书，请改填现用证书的值（见签名者列表）`,
      en: `This APK rotated its signing key (v3 proof-of-rotation): original certificate MD5 ${filed.md5}, current certificate MD5 ${newest.md5}. The original is filled: after a rotation Android's legacy PackageInfo.signatures, which most signature checks still read, reports only the oldest certificate. If the authority or the store asks for the current one, file it instead (see the signers)`,
    });
  }

  const several = [v1, v2, lineage.length > 1 ? [] : [...v3, ...v31]].find((certs) => distinct(certs).length > 1);
  if (several) {
    warnings.push({
      zh: `该 APK 由 ${distinct(several).length} 个证书共同签名（${md5s(distinct(several))}）：已填第一个。Android 要求全部签名者都通过，PackageInfo.signatures 依次列出它们；请与开发者确认备案填哪一个`,
      en: `This APK is signed by ${distinct(several).length} certificates together (${md5s(distinct(several))}); the first is filled. Android requires every signer and PackageInfo.signatures lists them in order: confirm with the developer which one the filing carries`,
    });
  }

  const modern = v2.length > 0 ? v2 : lineage.length > 0 ? lineage.slice(0, 1) : current ? [current] : [];
  if (v1.length > 0 && modern.length > 0 && !sameSet(v1, modern)) {
    warnings.push({
      zh: `v1 签名（Android 7.0 以前的设备读取）与 v2/v3 签名的证书不同：v1 为 MD5 ${md5s(distinct(v1))}，v2/v3 为 MD5 ${md5s(distinct(modern))}。已填 v2/v3 的证书（Android 7.0 及以后读取的那张）；请让开发者用同一密钥重新签名`,
      en: `The v1 signature (read by Android before 7.0) and the v2/v3 signature carry different certificates: v1 MD5 ${md5s(distinct(v1))}, v2/v3 MD5 ${md5s(distinct(modern))}. The v2/v3 certificate (the one Android 7.0 and later read) is filled; ask the developer to sign with one key`,
    });
  }
  if (v2.length > 0 && current && !v2.some((c) => lineage.some((l) => l.md5 === c.md5)) && !sameSet(v2, [current])) {
    warnings.push({
      zh: `v2 与 v3 签名的证书不同且没有轮换证明：v2 为 MD5 ${md5s(distinct(v2))}，v3 为 MD5 ${current.md5}。已填 v3 的证书（Android 9 及以后读取的那张）；请与开发者确认`,
      en: `The v2 and v3 signatures carry different certificates with no proof of rotation: v2 MD5 ${md5s(distinct(v2))}, v3 MD5 ${current.md5}. The v3 certificate (the one Android 9 and later read) is filled; confirm with the developer`,
    });
  }
  if (filed.commonName === 'Android Debug') {
    warnings.push({
      zh: '签名证书是 Android 调试证书（CN=Android Debug）：上架和备案用发布证书，请读取用发布密钥签名的正式包',
      en: 'Signed with the Android debug certificate (CN=Android Debug): stores and filings use the release certificate, so read the APK signed with the release key',
    });
  }
  return report('Android', packageName ?? '', filed, signers, warnings, now);
}
