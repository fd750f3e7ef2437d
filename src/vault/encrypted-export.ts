import { deriveKey, fromBase64, PBKDF2_ITERATIONS, seal, toBase64, unseal } from './crypto';

// Password-protected exports and backups, beside plain JSON (as Bitwarden's encrypted JSON export): the document is
// sealed with AES-GCM under a key from the password by PBKDF2-SHA-256, the parameters in the clear beside it.

export const ENCRYPTED_FORMAT = 'beian-assistant-encrypted';

export type EncryptedDocument = { format: typeof ENCRYPTED_FORMAT; version: 1; kdf: 'PBKDF2-SHA-256'; iterations: number; salt: string; iv: string; data: string };

export async function encryptDocument(document: unknown, password: string, iterations = PBKDF2_ITERATIONS): Promise<EncryptedDocument> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const sealed = await seal(await deriveKey(password, salt, iterations), document);
  return { format: ENCRYPTED_FORMAT, version: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), ...sealed };
}

export const isEncryptedDocument = (value: unknown): value is EncryptedDocument =>
  typeof value === 'object' && value !== null && 'format' in value && value.format === ENCRYPTED_FORMAT && 'data' in value && 'iv' in value && 'salt' in value;

/** The document, or undefined when the password is not the one it was exported with. */
export async function decryptDocument(encrypted: EncryptedDocument, password: string): Promise<unknown> {
  try {
    return await unseal(await deriveKey(password, fromBase64(encrypted.salt), encrypted.iterations), { iv: encrypted.iv, data: encrypted.data });
  } catch {
    return undefined;
  }
}
