import { z } from 'zod';
import { describeCertificate, leafOf, type CertificateFacts } from './certificate';
import { readHarmonyProfile, type HarmonyProfile } from './harmony-profile';
import { HAP_PROFILE, HAP_SIGNATURE, readHapSigningBlock } from './hap-signing-block';
import { readSignedData } from './pkcs7';
import { report, signerOf, type PackageReport, type PackageSigner, type Text } from './report';
import { bytesSource, sliceSource } from './source';
import { entryDataOffset, openZip, readEntry, type Zip } from './zip';

// HarmonyOS: a .hap (module.json, or config.json before API 9, names the bundle; the signing block before the
// central directory carries the signature and the profile) or an .app (pack.info and the .hap files it bundles).

const JSON_LIMIT = 4 * 1024 * 1024;
/** A compressed .hap inside an .app must be inflated to be read; past this size it is not. */
const INNER_HAP_LIMIT = 64 * 1024 * 1024;

const bundleSchema = z.object({ app: z.object({ bundleName: z.string() }) });
const packInfoSchema = z.object({ summary: z.object({ app: z.object({ bundleName: z.string() }) }) });

async function jsonEntry<T>(zip: Zip, name: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const entry = zip.entries.find((e) => e.name === name);
  if (!entry) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(new TextDecoder('utf-8').decode(await readEntry(zip, entry, JSON_LIMIT))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const DROP_CER: Text = {
  zh: '未能从包中读到签名证书：请改为拖入 AppGallery Connect 下载的发布证书（.cer），它的 SHA-1 即备案所填的值',
  en: 'No signing certificate could be read from the package: drop the release certificate (.cer) downloaded from AppGallery Connect instead; its SHA-1 is the value to file',
};

type HapSignature = { signer: CertificateFacts | undefined; profile: HarmonyProfile | undefined };

async function hapSignature(zip: Zip, warnings: Text[]): Promise<HapSignature> {
  let block: Map<number, Uint8Array> | undefined;
  try {
    block = await readHapSigningBlock(zip);
  } catch {
    warnings.push({ zh: 'HAP 签名块已损坏，已跳过', en: 'The HAP signing block is damaged and was skipped' });
  }
  let signer: CertificateFacts | undefined;
  let profile: HarmonyProfile | undefined;
  const signature = block?.get(HAP_SIGNATURE);
  if (signature) {
    try {
      const parts = readSignedData(signature);
      signer = parts.signers[0] ? describeCertificate(parts.signers[0]) : leafOf(parts.certificates.map(describeCertificate));
    } catch {
      warnings.push({ zh: 'HAP 签名已损坏，已跳过', en: 'The HAP signature is damaged and was skipped' });
    }
  }
  const profileBytes = block?.get(HAP_PROFILE);
  if (profileBytes) {
    try {
      profile = readHarmonyProfile(profileBytes);
    } catch {
      profile = undefined;
    }
  }
  return { signer, profile };
}

function harmonyReport(bundleName: string, { signer, profile }: HapSignature, warnings: Text[], now: Date): PackageReport {
  const signers: PackageSigner[] = [];
  if (signer) signers.push(signerOf('HarmonyOS', 'HAP signature', signer));
  if (profile?.certificate) signers.push(signerOf('HarmonyOS', 'HarmonyOS profile', profile.certificate));
  const filed = signer ?? profile?.certificate;
  if (!filed) warnings.push(DROP_CER);
  if (signer && profile?.certificate && signer.sha1 !== profile.certificate.sha1) {
    warnings.push({
      zh: `HAP 的签名证书（SHA-1 ${signer.sha1}）与 Profile 中的证书（SHA-1 ${profile.certificate.sha1}）不同：已填签名证书；请与开发者确认`,
      en: `The HAP's signing certificate (SHA-1 ${signer.sha1}) differs from the profile's (SHA-1 ${profile.certificate.sha1}); the signing certificate is filled: confirm with the developer`,
    });
  }
  if (profile?.type === 'debug') {
    warnings.push({
      zh: '该包用调试 Profile 和调试证书签名：备案填 AppGallery Connect 的发布证书，请读取发布版本的包或发布证书（.cer）',
      en: 'This package is signed with a debug profile and certificate: the filing carries the AppGallery Connect release certificate, so read the release package or its .cer',
    });
  }
  if (profile?.bundleName && bundleName && profile.bundleName !== bundleName) {
    warnings.push({
      zh: `Profile 的 bundle-name（${profile.bundleName}）与包的 bundleName（${bundleName}）不同`,
      en: `The profile's bundle-name (${profile.bundleName}) differs from the package's bundleName (${bundleName})`,
    });
  }
  return report('HarmonyOS', bundleName || profile?.bundleName || '', filed, signers, warnings, now);
}

async function hapBundleName(zip: Zip): Promise<string> {
  return ((await jsonEntry(zip, 'module.json', bundleSchema)) ?? (await jsonEntry(zip, 'config.json', bundleSchema)))?.app.bundleName ?? '';
}

export async function readHap(zip: Zip, now: Date): Promise<PackageReport> {
  const warnings: Text[] = [];
  const bundleName = await hapBundleName(zip);
  if (!bundleName) warnings.push({ zh: '未能从 module.json 或 config.json 读出 bundleName，请手工填写', en: 'No bundleName could be read from module.json or config.json: fill it in by hand' });
  return harmonyReport(bundleName, await hapSignature(zip, warnings), warnings, now);
}

/** An .app: pack.info names the bundle; the .app's own signing block, else the first .hap's, gives the certificate. */
export async function readApp(zip: Zip, now: Date): Promise<PackageReport> {
  const warnings: Text[] = [];
  let bundleName = (await jsonEntry(zip, 'pack.info', packInfoSchema))?.summary.app.bundleName ?? '';
  let signature = await hapSignature(zip, warnings);
  const hap = zip.entries.find((e) => /^[^/]+\.hap$/i.test(e.name));
  if (hap && (!signature.signer || !bundleName)) {
    try {
      const inner = await openZip(
        hap.method === 0 ? sliceSource(zip.source, await entryDataOffset(zip, hap), hap.compressedSize) : bytesSource(await readEntry(zip, hap, INNER_HAP_LIMIT)),
      );
      bundleName ||= await hapBundleName(inner);
      if (!signature.signer) signature = await hapSignature(inner, warnings);
    } catch {
      warnings.push({ zh: `无法读取包内的 ${hap.name}`, en: `${hap.name} inside the .app could not be read` });
    }
  }
  if (!bundleName) warnings.push({ zh: '未能从 pack.info 读出 bundleName，请手工填写', en: 'No bundleName could be read from pack.info: fill it in by hand' });
  return harmonyReport(bundleName, signature, warnings, now);
}
