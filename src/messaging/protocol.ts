import type { PageValue } from '../page/read-page';
import type { FieldResult } from '../fill/report';
import type { ImportError } from '../profile/import';
import type { Finding } from '../rules/define-rule';

// The one file that names messages. Public (automation-api.md): `icp:*`. Internal, background → content: `beian:*`.

export type ProfileRef = Record<string, unknown> | { id: string };

export type ApiRequest =
  | { type: 'icp:fill'; tabId: number; profile: ProfileRef; website?: number }
  | { type: 'icp:check'; tabId: number; profile?: ProfileRef; website?: number }
  | { type: 'icp:capture'; tabId: number; website?: number }
  | { type: 'icp:validate'; profile: unknown }
  | { type: 'icp:profiles:import'; document: unknown }
  | { type: 'icp:profiles:list' }
  | { type: 'icp:recognise'; tabId: number };

export type Failure = { ok: false; error: string };
export type FillReport = { ok: true; adapter: string; step: string; fields: FieldResult[] } | Failure;
export type CheckReport = { ok: true; adapter: string; step: string; findings: Finding[] } | Failure;
export type CaptureReport = { ok: true; adapter: string; step: string; profile: Record<string, unknown> } | Failure;
export type ValidateAnswer = { ok: true; findings: Finding[] } | { ok: false; errors: ImportError[] };
export type ImportAnswer = { ok: true; imported: number } | { ok: false; errors: ImportError[] };
export type ListAnswer = { ok: true; profiles: { id: string; label: string }[] };
export type RecogniseAnswer = { ok: true; adapter: string; adapterName: string; step: string } | Failure;

export type PageRequest =
  | { type: 'beian:fill'; profile: unknown; website: number }
  | { type: 'beian:read'; website: number }
  | { type: 'beian:mark'; website: number; findings: Finding[] }
  | { type: 'beian:focus'; website: number; path: string }
  | { type: 'beian:recognise' }
  | { type: 'beian:ping' };

export type PageRead = { ok: true; adapter: string; step: string; values: PageValue[] } | Failure;

const API_TYPES = new Set<string>(['icp:fill', 'icp:check', 'icp:capture', 'icp:validate', 'icp:profiles:import', 'icp:profiles:list', 'icp:recognise']);
const PAGE_TYPES = new Set<string>(['beian:fill', 'beian:read', 'beian:mark', 'beian:focus', 'beian:recognise', 'beian:ping']);

const typeOf = (message: unknown) =>
  typeof message === 'object' && message !== null && 'type' in message ? String((message as { type: unknown }).type) : '';

/** Decided synchronously, so a listener can leave other messages to other listeners. */
export const isApiRequest = (message: unknown): message is ApiRequest => API_TYPES.has(typeOf(message));
export const isPageRequest = (message: unknown): message is PageRequest => PAGE_TYPES.has(typeOf(message));
