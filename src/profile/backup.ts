import { z } from 'zod';
import { importDocument, type ImportError } from './import';
import { formatPath } from './paths';
import { toStored, type ImportPlan, type StoredProfile } from './store';

// A full backup: every stored record with its tags and filing log, not only the interchange profiles.

export const BACKUP_FORMAT = 'beian-assistant-backup';

const logEntrySchema = z.strictObject({
  portal: z.string(),
  type: z.enum(['新增备案', '新增网站', '新增接入', '变更', '注销']),
  status: z.string(),
  date: z.string(),
  recordNumber: z.string().optional(),
  /** Who logged it: the team member's CouchDB user name (issue 19). */
  agent: z.string().optional(),
});

const recordSchema = z.strictObject({
  id: z.string().min(1),
  profile: z.unknown(),
  tags: z.array(z.string()).default([]),
  log: z.array(logEntrySchema).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
  usedAt: z.string().optional(),
});

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  records: z.array(recordSchema),
});

export type Backup = z.infer<typeof backupSchema>;

export function makeBackup(records: readonly StoredProfile[], now: string): Backup {
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now,
    records: records.map(({ id, profile, tags, log, createdAt, updatedAt, usedAt }) => ({ id, profile, tags, log, createdAt, updatedAt, ...(usedAt ? { usedAt } : {}) })),
  };
}

export const isBackup = (doc: unknown): boolean => typeof doc === 'object' && doc !== null && (doc as { format?: unknown }).format === BACKUP_FORMAT;

/** Reads a backup into what restoring it would do: records with a stored id replace it, the rest are added. */
export function planBackupRestore(doc: unknown, stored: readonly StoredProfile[]): { ok: true; plan: ImportPlan } | { ok: false; errors: ImportError[] } {
  const parsed = backupSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  const plan: ImportPlan = { add: [], replace: [] };
  const errors: ImportError[] = [];
  for (const [index, record] of parsed.data.records.entries()) {
    const profile = importDocument(record.profile);
    if (!profile.ok || profile.kind !== 'profile') {
      const problems = profile.ok ? [{ path: '', message: 'a record holds one profile, not a set' }] : profile.errors;
      errors.push(...problems.map((e) => ({ path: formatPath(['records', index, 'profile']) + (e.path ? `.${e.path}` : ''), message: e.message })));
      continue;
    }
    const existing = stored.find((s) => s.id === record.id);
    const base = { tags: record.tags, log: record.log, createdAt: record.createdAt, ...(record.usedAt ? { usedAt: record.usedAt } : {}) } as StoredProfile;
    const restored = toStored(profile.profiles[0]!, record.updatedAt, record.id, base);
    if (existing) plan.replace.push({ existing, incoming: restored });
    else plan.add.push(restored);
  }
  return errors.length ? { ok: false, errors } : { ok: true, plan };
}
