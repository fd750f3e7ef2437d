// Encryption at rest (automation-api.md "Vault"): AES-GCM-256 with a key derived from the passphrase by
// PBKDF2-SHA-256, WebCrypto only. The parameters travel with the data, so a later version can raise the cost.

export const PBKDF2_ITERATIONS = 600_000;

export type Sealed = { iv: string; data: string };
export type VaultParams = { kdf: 'PBKDF2-SHA-256'; iterations: number; salt: string; /** A known text sealed with the key. */ check: Sealed };

const CHECK = 'beian-assistant-vault';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  // In slices: spreading a large export into one call would exceed the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  // Extractable: the unlocked key is held in session storage, shared by the extension's own pages.
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(JSON.stringify(value)));
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The sealed value; throws when the key is not the one it was sealed with (AES-GCM authenticates). */
export async function unseal(key: CryptoKey, sealed: Sealed): Promise<unknown> {
  const data = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.data));
  return JSON.parse(decoder.decode(data)) as unknown;
}

export async function newVault(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ params: VaultParams; key: CryptoKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  return { key, params: { kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), check: await seal(key, CHECK) } };
}

/** The key, or undefined when the passphrase is wrong. */
export async function openVault(passphrase: string, params: VaultParams): Promise<CryptoKey | undefined> {
  const key = await deriveKey(passphrase, fromBase64(params.salt), params.iterations);
  try {
    return (await unseal(key, params.check)) === CHECK ? key : undefined;
  } catch {
    return undefined;
  }
}

export const exportKey = async (key: CryptoKey): Promise<string> => toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
export const importKey = (raw: string): Promise<CryptoKey> => crypto.subtle.importKey('raw', fromBase64(raw), { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);

/** Bytes sealed as bytes (a material's file): JSON and base64 would grow a 4 MB scan by a third. */
export type SealedBytes = { iv: string; bytes: Uint8Array<ArrayBuffer> };

export async function sealBytes(key: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<SealedBytes> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return { iv: toBase64(iv), bytes: new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes)) };
}

export async function unsealBytes(key: CryptoKey, sealed: SealedBytes): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, sealed.bytes));
}
