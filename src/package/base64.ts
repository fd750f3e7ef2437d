// The automation API carries a file as base64; anything outside the alphabet is refused rather than skipped.

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function bytesFromBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 === 1 || !BASE64.test(compact)) return undefined;
  try {
    const binary = atob(compact);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
