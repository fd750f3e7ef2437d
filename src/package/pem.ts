// PEM text: the base64 between BEGIN and END lines, by label. atob is in browsers, service workers and Node.

export type PemBlock = { label: string; der: Uint8Array };

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/[^A-Za-z0-9+/=]/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The blocks whose base64 decodes; a damaged one is left out. */
export function pemBlocks(text: string): PemBlock[] {
  return [...text.matchAll(BLOCK)].flatMap((m) => {
    try {
      return [{ label: m[1] ?? '', der: fromBase64(m[2] ?? '') }];
    } catch {
      return [];
    }
  });
}

/** DER always starts with a SEQUENCE (0x30); PEM is text, perhaps with lines before its first block. */
export const looksLikePem = (bytes: Uint8Array): boolean => bytes[0] !== 0x30 && new TextDecoder('latin1').decode(bytes).includes('-----BEGIN ');
