import { z } from 'zod';
import { describeCertificate, type CertificateFacts } from './certificate';
import { readSignedData } from './pkcs7';
import { parseXmlPlist, plistStrings } from './plist';
import { report, signerOf, type PackageReport, type Text } from './report';
import { readEntry, type Zip } from './zip';

// An iOS .ipa: the Bundle ID from Payload/<name>.app/Info.plist, and the certificates the embedded provisioning
// profile (a CMS SignedData around an XML plist) lists under DeveloperCertificates. iOS files the SHA-1.

const PLIST_LIMIT = 4 * 1024 * 1024;
const INFO_PLIST = /^Payload\/[^/]+\.app\/Info\.plist$/;
const PROVISION = /^Payload\/[^/]+\.app\/embedded\.mobileprovision$/;
const DISTRIBUTION = /^(Apple|iPhone) Distribution/;
const DEVELOPMENT = /^(Apple Development|iPhone Developer)/;

const provisionSchema = z.object({ DeveloperCertificates: z.array(z.instanceof(ArrayBuffer)).default([]) });

async function bundleId(zip: Zip): Promise<string> {
  const entry = zip.entries.find((e) => INFO_PLIST.test(e.name));
  if (!entry) return '';
  try {
    return plistStrings(await readEntry(zip, entry, PLIST_LIMIT)).CFBundleIdentifier ?? '';
  } catch {
    return '';
  }
}

async function profileCertificates(zip: Zip, warnings: Text[]): Promise<CertificateFacts[]> {
  const entry = zip.entries.find((e) => PROVISION.test(e.name));
  if (!entry) return [];
  try {
    const { content } = readSignedData(await readEntry(zip, entry, PLIST_LIMIT));
    const parsed = provisionSchema.safeParse(content ? parseXmlPlist(content) : undefined);
    return parsed.success ? parsed.data.DeveloperCertificates.map((c) => describeCertificate(new Uint8Array(c))) : [];
  } catch {
    warnings.push({ zh: 'embedded.mobileprovision 已损坏，已跳过', en: 'embedded.mobileprovision is damaged and was skipped' });
    return [];
  }
}

export async function readIpa(zip: Zip, now: Date): Promise<PackageReport> {
  const warnings: Text[] = [];
  const packageName = await bundleId(zip);
  if (!packageName) warnings.push({ zh: '未能从 Info.plist 读出 Bundle ID（CFBundleIdentifier），请手工填写', en: 'No Bundle ID (CFBundleIdentifier) could be read from Info.plist: fill it in by hand' });
  const certificates = await profileCertificates(zip, warnings);
  const signers = certificates.map((c) => signerOf('iOS', 'provisioning profile', c));
  const distribution = certificates.filter((c) => DISTRIBUTION.test(c.commonName));
  const filed = (distribution.length === 1 ? distribution[0] : undefined) ?? certificates[0];
  if (!filed) {
    warnings.push({
      zh: 'IPA 中没有可读的 embedded.mobileprovision，读不到证书：请改为拖入分发证书（.cer）',
      en: 'The IPA holds no readable embedded.mobileprovision, so no certificate was found: drop the distribution certificate (.cer) instead',
    });
    return report('iOS', packageName, undefined, [], warnings, now);
  }
  if (certificates.length > 1) {
    warnings.push({
      zh: `描述文件列出 ${certificates.length} 张证书：已填 ${filed.commonName || filed.subject}（SHA-1 ${filed.sha1}）${distribution.length === 1 ? '，它是其中唯一的分发证书' : '；请与开发者确认签名所用的那张'}`,
      en: `The provisioning profile lists ${certificates.length} certificates; ${filed.commonName || filed.subject} (SHA-1 ${filed.sha1}) is filled${distribution.length === 1 ? ', the only distribution certificate among them' : ': confirm with the developer which one signs the app'}`,
    });
  }
  if (DEVELOPMENT.test(filed.commonName)) {
    warnings.push({
      zh: `所填证书是开发证书（${filed.commonName}）：App Store 版本由分发证书（Apple Distribution）签名，请读取上架用的 IPA 或分发证书`,
      en: `The certificate filed is a development certificate (${filed.commonName}): App Store builds are signed with the distribution certificate (Apple Distribution), so read the store IPA or that certificate`,
    });
  }
  return report('iOS', packageName, filed, signers, warnings, now);
}
