import { z } from 'zod';
import { newVault, openVault, PBKDF2_ITERATIONS } from '../vault/crypto';
import { explain, SyncError } from './errors';
import type { PouchDatabase } from './pouch';

// The team key: AES-GCM-256 from the team passphrase by PBKDF2-SHA-256 (WebCrypto, the vault's own helpers). The salt,
// the cost and a known text sealed with the key live in one clear document of the team's database; nothing in it
// opens anything without the passphrase.

export const TEAM_DOC_ID = 'beian-team';

const teamDocSchema = z.object({
  _id: z.literal(TEAM_DOC_ID),
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().positive(),
  salt: z.string().min(1),
  check: z.object({ iv: z.string(), data: z.string() }),
});

const infoSchema = z.object({ doc_count: z.number() });

export type TeamKeyOptions = {
  /** The cost of a new team key, and the least accepted from an existing one. Lower only in tests. */
  iterations?: number;
};

const isMissing = (error: unknown) => typeof error === 'object' && error !== null && Reflect.get(error, 'status') === 404;

/** Asks the database itself first, so that a refused account or a missing database is told as such. */
export async function probe(remote: PouchDatabase): Promise<{ docCount: number }> {
  const info = await remote.info().catch((error: unknown) => {
    throw explain(error);
  });
  const parsed = infoSchema.safeParse(info);
  if (!parsed.success) throw explain(info); // over HTTP, PouchDB answers an error as `{ error, reason }`
  return { docCount: parsed.data.doc_count };
}

/**
 * The team key. An empty database gets a new team document; an existing one is opened with the passphrase, and a
 * wrong passphrase throws before anything is written anywhere.
 */
export async function openTeamKey(remote: PouchDatabase, passphrase: string, options: TeamKeyOptions = {}): Promise<{ key: CryptoKey; created: boolean }> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const { docCount } = await probe(remote);
  const found = await remote.get(TEAM_DOC_ID).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw explain(error);
  });
  if (found) return { key: await openExisting(found, passphrase, iterations), created: false };
  if (docCount > 0) throw new SyncError('not-a-team');
  const { key, params } = await newVault(passphrase, iterations);
  try {
    await remote.put({ _id: TEAM_DOC_ID, v: 1, ...params });
    return { key, created: true };
  } catch (error) {
    // Two agents joined the empty database at once: the other one's document stands; open it.
    if (Reflect.get(Object(error), 'status') !== 409) throw explain(error);
    return { key: await openExisting(await remote.get(TEAM_DOC_ID), passphrase, iterations), created: false };
  }
}

async function openExisting(doc: unknown, passphrase: string, leastIterations: number): Promise<CryptoKey> {
  const parsed = teamDocSchema.safeParse(doc);
  if (!parsed.success) throw new SyncError('team-damaged');
  if (parsed.data.iterations < leastIterations) throw new SyncError('weak-team-key');
  const key = await openVault(passphrase, parsed.data);
  if (!key) throw new SyncError('passphrase');
  return key;
}
