import { z } from 'zod';
import { describeCertificate, type CertificateFacts } from './certificate';
import { pemBlocks } from './pem';
import { readSignedData } from './pkcs7';

// A HarmonyOS profile (.p7b): a CMS SignedData whose content is JSON; its bundle-info names the app (bundle-name)
// and carries the app's certificate (distribution-certificate, or development-certificate in a debug profile).

const profileSchema = z.object({
  type: z.string().optional(),
  'bundle-info': z.object({
    'bundle-name': z.string().optional(),
    'distribution-certificate': z.string().optional(),
    'development-certificate': z.string().optional(),
  }),
});

export type HarmonyProfile = { bundleName: string; type: string; certificate: CertificateFacts | undefined };

/** The profile, or undefined when the SignedData's content is no HarmonyOS profile. */
export function readHarmonyProfile(p7b: Uint8Array): HarmonyProfile | undefined {
  const { content } = readSignedData(p7b);
  if (!content) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(content));
  } catch {
    return undefined;
  }
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const info = parsed.data['bundle-info'];
  const pem = info['distribution-certificate'] ?? info['development-certificate'] ?? '';
  const der = pemBlocks(pem).find((b) => b.label === 'CERTIFICATE')?.der;
  return { bundleName: info['bundle-name'] ?? '', type: parsed.data.type ?? '', certificate: der ? describeCertificate(der) : undefined };
}
