import { z } from 'zod';
import { profileSchema } from '../profile/schema';
import type { FilingType, StoredProfile } from '../profile/store';
import { fromBase64, seal, toBase64, unseal } from '../vault/crypto';
import type { PouchDoc } from './pouch';

// What the server holds of a profile: `{ _id, _rev, v: 1, iv, ct }` and encrypted attachments. The `_id` is the
// profile's random id; the payload (the record, who wrote it and when, which attachment holds which material's
// bytes) is sealed with the team key. A tombstone carries a sealed payload too (who deleted it).

export const ENVELOPE_VERSION = 1;
const PREFIX = 'p:';
export const docId = (profileId: string) => `${PREFIX}${profileId}`;
export const profileIdOf = (id: string): string | undefined => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined);

const FILING_TYPES = ['新增备案', '新增网站', '新增接入', '变更', '注销'] as const satisfies readonly FilingType[];

const logEntrySchema = z.object({ portal: z.string(), type: z.enum(FILING_TYPES), status: z.string(), date: z.string(), recordNumber: z.string().optional(), agent: z.string().optional() });

/** The stored record as the team shares it: everything but `usedAt` (this browser's own use) and the bytes. */
export const syncedRecordSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  profile: profileSchema,
  tags: z.array(z.string()),
  log: z.array(logEntrySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  subjectName: z.string(),
  certificateNumber: z.string(),
  domains: z.array(z.string()),
  recordNumbers: z.array(z.string()),
});
export type SyncedRecord = z.infer<typeof syncedRecordSchema>;

const trailEntrySchema = z.object({ rev: z.string(), agent: z.string(), at: z.string(), deleted: z.boolean().optional() });
export type TrailEntry = z.infer<typeof trailEntrySchema>;
/** A material's bytes: the attachment that holds them (a random name), its IV and the plain bytes' SHA-256. */
const fileRefSchema = z.object({ name: z.string(), iv: z.string(), sha256: z.string() });
export type FileRef = z.infer<typeof fileRefSchema>;

const common = { agent: z.string(), at: z.string(), trail: z.array(trailEntrySchema) };
export const payloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('record'), ...common, record: syncedRecordSchema, files: z.record(z.string(), fileRefSchema) }),
  z.object({ kind: z.literal('deleted'), ...common }),
]);
export type Payload = z.infer<typeof payloadSchema>;

const envelopeSchema = z.object({ v: z.literal(ENVELOPE_VERSION), iv: z.string(), ct: z.string() });

export const ATTACHMENT_TYPE = 'application/octet-stream';

export async function sealPayload(key: CryptoKey, payload: Payload): Promise<{ v: typeof ENVELOPE_VERSION; iv: string; ct: string }> {
  const { iv, data } = await seal(key, payload);
  return { v: ENVELOPE_VERSION, iv, ct: data };
}

export type Opened = { ok: true; payload: Payload } | { ok: false; reason: string };

/** The document's payload, or why it cannot be used (not ours, tampered, another key, or a shape we do not know). */
export async function openPayload(key: CryptoKey, doc: PouchDoc): Promise<Opened> {
  const envelope = envelopeSchema.safeParse(doc);
  if (!envelope.success) return { ok: false, reason: `not an encrypted document: ${envelope.error.issues.map((i) => i.path.join('.')).join(', ')}` };
  let clear: unknown;
  try {
    clear = await unseal(key, { iv: envelope.data.iv, data: envelope.data.ct });
  } catch {
    return { ok: false, reason: 'does not decrypt with the team key' };
  }
  const parsed = payloadSchema.safeParse(clear);
  if (!parsed.success) return { ok: false, reason: `does not parse: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  return { ok: true, payload: parsed.data };
}

/** A material's bytes encrypted as they go into an attachment (base64, which every PouchDB adapter takes). */
export async function sealFile(key: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<{ iv: string; data: string }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes));
  return { iv: toBase64(iv), data: toBase64(data) };
}

export async function openFile(key: CryptoKey, iv: string, data: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(data)));
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const randomHex = (bytes = 16) => [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The record as it is shared: without this browser's `usedAt` and without the materials' bytes. */
export function toSynced(record: StoredProfile): SyncedRecord {
  const { usedAt: _usedAt, ...rest } = record;
  return { ...rest, profile: { ...record.profile, materials: record.profile.materials.map(({ data: _data, ...m }) => m) } };
}

// Keys sorted so that two equal records hash alike whatever order their fields were written in (JSON.stringify keeps
// insertion order); small enough not to need a library.
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a revision holds, as one hash: equal records with equal files are the same revision's content. */
export async function fingerprint(record: SyncedRecord, files: Readonly<Record<string, string>>): Promise<string> {
  return (await sha256Hex(new TextEncoder().encode(stable({ record, files })))).slice(0, 32);
}
