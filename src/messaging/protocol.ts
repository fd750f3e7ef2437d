import { z } from 'zod';
import type { ProfileValue } from '../adapters/define-adapter';
import type { FieldResult } from '../fill/report';
import type { PageValue } from '../page/read-page';
import type { PackageReport } from '../package';
import type { ImportError } from '../profile/import';
import type { Finding } from '../rules/define-rule';
import type { ChecklistItem } from '../checklist/checklist';
import { SERVICE_PATH } from '../profile/service';
import { codeOverridesSchema, EXPORT_TARGETS } from '../export/codes';
import type { ExportAnswer } from '../export/shared';
import { typeOf, type PageRequest } from './page-protocol';

// The one file that names messages. Public (automation-api.md): `icp:*`, one map from request to answer, and the
// schema every incoming request is parsed with. Internal, background → content script: `beian:*`.

const tabId = z.number().int().nonnegative();
const website = z.number().int().nonnegative().optional();
/** `websites[1]`, `apps[0]`, `miniPrograms[0]`: the service the operation is about; `website: n` is `websites[n]`. */
const service = z.string().regex(SERVICE_PATH, 'a service path such as "websites[0]", "apps[0]" or "miniPrograms[0]"').optional();
/** A whole profile in the interchange format, or `{ id }` of a stored one; the profile itself is parsed by import. */
const profileRef = z.union([z.strictObject({ id: z.string().min(1) }), z.record(z.string(), z.unknown())]);

export const apiRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('icp:fill'), tabId, profile: profileRef, website, service }),
  z.object({ type: z.literal('icp:check'), tabId, profile: profileRef.optional(), website, service }),
  z.object({ type: z.literal('icp:capture'), tabId, website, service }),
  z.object({ type: z.literal('icp:validate'), profile: z.unknown() }),
  z.object({ type: z.literal('icp:profiles:import'), document: z.unknown() }),
  z.object({ type: z.literal('icp:profiles:list') }),
  z.object({ type: z.literal('icp:recognise'), tabId }),
  z.object({ type: z.literal('icp:vault:status') }),
  z.object({ type: z.literal('icp:vault:enable'), passphrase: z.string().min(8, 'a passphrase of at least 8 characters') }),
  z.object({ type: z.literal('icp:vault:lock') }),
  z.object({ type: z.literal('icp:vault:unlock'), passphrase: z.string() }),
  z.object({ type: z.literal('icp:export'), profile: profileRef, service: z.string(), to: z.enum(EXPORT_TARGETS), codes: codeOverridesSchema.optional() }),
  z.object({ type: z.literal('icp:package:read'), name: z.string(), data: z.string() }),
  z.object({ type: z.literal('icp:checklist'), profile: profileRef, service, tabId: tabId.optional() }),
  z.object({ type: z.literal('icp:sync:join'), url: z.string().min(1), username: z.string().min(1), password: z.string(), passphrase: z.string().min(1) }),
  z.object({ type: z.literal('icp:sync:leave') }),
  z.object({ type: z.literal('icp:sync:status') }),
  z.object({ type: z.literal('icp:sync:now') }),
]);

export type ApiRequest = z.infer<typeof apiRequestSchema>;
export type ApiType = ApiRequest['type'];
export type ProfileRef = z.infer<typeof profileRef>;

export type Failure = { ok: false; error: string };
/** `manual`: what this page leaves to the person (SMS code, face verification, uploads), by the portal's label. */
export type FillReport = { ok: true; adapter: string; step: string; fields: FieldResult[]; manual?: { label: string; what: string }[] } | Failure;
export type CheckReport = { ok: true; adapter: string; step: string; findings: Finding[] } | Failure;
export type CaptureReport = { ok: true; adapter: string; step: string; profile: Record<string, unknown> } | Failure;
export type ValidateAnswer = { ok: true; findings: Finding[] } | { ok: false; errors: ImportError[] } | Failure;
export type ImportAnswer = { ok: true; imported: number } | { ok: false; errors: ImportError[] } | Failure;
export type ListAnswer = { ok: true; profiles: { id: string; label: string }[] } | Failure;
export type RecogniseAnswer = { ok: true; adapter: string; adapterName: string; step: string; paths?: string[] } | Failure;
export type VaultStatus = { ok: true; encrypted: boolean; locked: boolean } | Failure;
export type Done = { ok: true } | Failure;
export type ChecklistAnswer = { ok: true; items: ChecklistItem[] } | Failure;
/** icp:sync:status; `state`, `quarantined`, `arrived` and `username` go beyond automation-api.md for the options page. */
export const syncStatusAnswerSchema = z.object({
  ok: z.literal(true),
  team: z.string().nullable(),
  lastSync: z.string().nullable(),
  pending: z.number(),
  conflicts: z.number(),
  error: z.string().optional(),
  /** The team's profiles held here of those on the server: a first sync's progress. */
  arrived: z.object({ done: z.number(), total: z.number() }).optional(),
  state: z.enum(['idle', 'syncing', 'offline', 'error']),
  quarantined: z.number(),
  username: z.string().optional(),
});
export type SyncStatusAnswer = z.infer<typeof syncStatusAnswerSchema>;
export const syncNowAnswerSchema = z.union([z.object({ ok: z.literal(true), pushed: z.number(), pulled: z.number(), conflicts: z.number() }), z.object({ ok: z.literal(false), error: z.string() })]);
export type SyncNowAnswer = z.infer<typeof syncNowAnswerSchema>;
export const doneSchema = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), error: z.string() })]);

/** Request type → answer: what each message is answered with (automation-api.md). */
export type ApiAnswers = {
  'icp:fill': FillReport;
  'icp:check': CheckReport;
  'icp:capture': CaptureReport;
  'icp:validate': ValidateAnswer;
  'icp:profiles:import': ImportAnswer;
  'icp:profiles:list': ListAnswer;
  'icp:recognise': RecogniseAnswer;
  'icp:vault:status': VaultStatus;
  'icp:vault:enable': Done;
  'icp:vault:lock': Done;
  'icp:vault:unlock': Done;
  'icp:export': ExportAnswer;
  'icp:package:read': PackageReport;
  'icp:checklist': ChecklistAnswer;
  'icp:sync:join': Done;
  'icp:sync:leave': Done;
  'icp:sync:status': SyncStatusAnswer | Failure;
  'icp:sync:now': SyncNowAnswer;
};
export type ApiAnswer = ApiAnswers[ApiType];
export type RequestOf<T extends ApiType> = Extract<ApiRequest, { type: T }>;

const API_TYPES: ReadonlySet<string> = new Set<ApiType>(apiRequestSchema.options.map((o) => o.shape.type.value));


/** Decided synchronously, so a listener can leave other messages to other listeners. */
export const isApiMessage = (message: unknown): boolean => API_TYPES.has(typeOf(message));

/** The request, or a sentence naming what is wrong with it (a script's `tabId: "3"`, a missing profile). */
export function parseApiRequest(message: unknown): { ok: true; request: ApiRequest } | Failure {
  const parsed = apiRequestSchema.safeParse(message);
  if (parsed.success) return { ok: true, request: parsed.data };
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`).join('; ');
  return { ok: false, error: `请求格式不正确 · malformed ${typeOf(message)} request: ${problems}` };
}

export { isPageRequest, type PageRequest } from './page-protocol';

// What a content script answers is parsed before the background uses it: the page is third-party ground.
const failure = z.object({ ok: z.literal(false), error: z.string() });
const head = { ok: z.literal(true), adapter: z.string(), step: z.string(), doc: z.string() };
const profileValue: z.ZodType<ProfileValue> = z.union([z.string(), z.array(z.string())]);
const fieldResult: z.ZodType<FieldResult> = z.object({
  path: z.string(),
  status: z.enum(['filled', 'unchanged', 'skipped', 'not-found', 'failed']),
  detail: z.string().optional(),
  label: z.string().optional(),
});
const pageValue: z.ZodType<PageValue> = z.object({ path: z.string(), value: profileValue, regionless: z.literal(true).optional() });

export const pageAnswers = {
  fill: z.union([z.object({ ...head, fields: z.array(fieldResult), manual: z.array(z.object({ label: z.string(), what: z.string() })).optional() }), failure]),
  read: z.union([z.object({ ...head, values: z.array(pageValue) }), failure]),
  /** `paths`: the profile values the fields on the page hold, so a fill sends those and nothing else. */
  recognise: z.union([z.object({ ...head, adapterName: z.string(), paths: z.array(z.string()) }), failure]),
  mark: z.union([z.object({ ...head, marked: z.number() }), failure]),
};
export type PageRead = z.infer<typeof pageAnswers.read>;
