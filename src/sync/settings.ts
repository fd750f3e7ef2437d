import { z } from 'zod';

// Where this browser remembers its team: the URL and user name in clear (no secret), the CouchDB password and the
// team key sealed by the vault. Without the vault on, nothing is remembered and joining is refused.

export type SettingsStorage = { get(): Promise<unknown>; set(value: unknown): Promise<void>; clear(): Promise<void> };

export const teamSettingsSchema = z.object({
  v: z.literal(1),
  team: z.string().min(1),
  url: z.url(),
  username: z.string().min(1),
  sealed: z.object({ iv: z.string(), data: z.string() }),
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

/** What the vault seals: the agent's own CouchDB password and the team key (so the passphrase is asked once). */
export const teamSecretsSchema = z.object({ password: z.string(), teamKey: z.string() });

export function memorySettings(): SettingsStorage {
  let value: unknown;
  return {
    get: async () => value,
    set: async (next) => void (value = next),
    clear: async () => void (value = undefined),
  };
}
