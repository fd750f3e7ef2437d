import type { Finding } from '../rules/define-rule';

// Background → content script messages (`beian:*`). Kept apart from protocol.ts, whose zod schemas the content script
// must not carry into every portal page.

export const typeOf = (message: unknown) =>
  typeof message === 'object' && message !== null && 'type' in message ? String((message as { type: unknown }).type) : '';

/**
 * `doc` binds a request to the document that answered before it (recognise → fill, read → mark): a page the tab has
 * navigated to meanwhile refuses it. `slot` is the index of the website, APP or mini program the operation is about
 * (the API's `service`): a step shows one kind of service, so one index resolves its fields.
 */
/** A material's bytes for an upload field, sent with a fill only when the page shows upload fields. */
export type MaterialFile = { id: string; name: string; type: string; data: string };

export type PageRequest =
  | { type: 'beian:fill'; profile: unknown; slot: number; doc: string; files?: MaterialFile[] }
  | { type: 'beian:read'; slot: number }
  /** `names`: each finding's field as the filing names it, in the UI language (the page needs no field tables for it). */
  | { type: 'beian:mark'; slot: number; findings: Finding[]; names: Record<string, string>; doc: string }
  | { type: 'beian:focus'; slot: number; path: string }
  | { type: 'beian:recognise'; slot?: number }
  | { type: 'beian:cancel' }
  /** Asks the person on the page (a gesture fill that needs consent): answers `{ ok, confirmed }`. */
  | { type: 'beian:confirm'; text: string }
  | { type: 'beian:ping' };

const PAGE_TYPES: ReadonlySet<string> = new Set(['beian:fill', 'beian:read', 'beian:mark', 'beian:focus', 'beian:recognise', 'beian:cancel', 'beian:confirm', 'beian:ping']);
export const isPageRequest = (message: unknown): message is PageRequest => PAGE_TYPES.has(typeOf(message));

/**
 * Content script → extension pages while a fill runs (a step that waits on its own option lists can take seconds):
 * the popup showing that tab draws a progress bar from it. Carries counts and a profile path, never a value.
 */
export type FillProgressMessage = { type: 'beian:progress'; done: number; total: number; path?: string };

export const isFillProgress = (message: unknown): message is FillProgressMessage => typeOf(message) === 'beian:progress';
