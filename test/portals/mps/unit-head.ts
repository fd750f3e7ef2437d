import { z } from 'zod';

// What the portal knows of the 主体负责人 when a later step offers "同主体负责人": the 开办主体 step's values, kept
// for the tab (the real portal reads its saved record; the replica keeps the step's last values in sessionStorage).

const STORE_KEY = 'mps-replica:unit-head';

export const headSchema = z.object({
  name: z.string().default(''),
  certType: z.string().default(''),
  certNo: z.string().default(''),
  mobile: z.string().default(''),
  tel: z.string().default(''),
  mail: z.string().default(''),
});

export type UnitHead = z.infer<typeof headSchema>;

export function saveUnitHead(head: UnitHead): void {
  sessionStorage.setItem(STORE_KEY, JSON.stringify(head));
}

/** The saved 主体负责人; every field '' when the 开办主体 step has not been filled in this tab. */
export function savedUnitHead(): UnitHead {
  let stored: unknown = {};
  try {
    stored = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? '{}');
  } catch {
    stored = {};
  }
  const parsed = headSchema.safeParse(stored);
  return parsed.success ? parsed.data : headSchema.parse({});
}
