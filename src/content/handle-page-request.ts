import { resolvePath } from '../adapters/define-adapter';
import { markFindings } from '../check/annotate';
import { applyFill, type FillProgress } from '../fill/apply';
import { planFill } from '../fill/plan';
import { fillPlatforms } from '../fill/platforms';
import { REDRAWN, type FieldResult } from '../fill/report';
import type { PageRequest } from '../messaging/page-protocol';
import { documentsOf } from '../page/frames';
import { pageContext } from '../page/locate-field';
import { elementForPath, readFields } from '../page/read-page';
import { recognise } from '../page/recognise';
import type { Profile } from '../profile/schema';
import { fromBase64 } from '../vault/crypto';

// What the content script does for the background: find which fields of which adapter are on the page, then fill,
// read, mark or focus them. The profile arrives already validated by the background; the page is read here only.

/** This document's token: requests meant for the document that answered before are refused by any other. */
const DOC = crypto.randomUUID();
/** The operation running in this document, cancelled when the background gives up on it (its 30 s answer). */
let running: AbortController | undefined;

const moved = { ok: false as const, error: '页面已经变化（跳转或刷新），操作未执行：请重试 · the page changed (navigated or reloaded) since it was read; nothing was done: try again' };

/**
 * Fields whose control the page drew anew while the fill ran (a select enabled once its parent was chosen) are found
 * again on the page as it is now and written once more; every other result stands.
 */
async function refillRedrawn(results: FieldResult[], doc: Document, hostname: string, profile: Profile, slot: number | undefined, signal: AbortSignal): Promise<FieldResult[]> {
  const redrawn = new Set(results.filter((r) => r.status === 'failed' && r.detail === REDRAWN).map((r) => r.path));
  if (redrawn.size === 0 || signal.aborted) return results;
  const again = recognise(pageContext(documentsOf(doc)), hostname);
  if ('error' in again) return results;
  const retried = await applyFill(planFill(again.fields, profile, slot).filter((p) => ('action' in p ? redrawn.has(p.action.holding.path) : false)), signal);
  const byPath = new Map(retried.map((r) => [r.path, r]));
  return results.map((r) => (redrawn.has(r.path) ? (byPath.get(r.path) ?? r) : r));
}

export async function handlePageRequest(request: PageRequest, doc: Document = document, hostname = location.hostname, onProgress?: (progress: FillProgress) => void): Promise<unknown> {
  if (request.type === 'beian:ping') return { ok: true };
  if (request.type === 'beian:confirm') return { ok: true, confirmed: doc.defaultView?.confirm(request.text) === true };
  if (request.type === 'beian:cancel') {
    running?.abort();
    return { ok: true };
  }
  if ('doc' in request && request.doc !== DOC) return moved;
  const found = recognise(pageContext(documentsOf(doc)), hostname);
  if ('error' in found) return { ok: false, error: found.error };
  const { adapter, step, fields, manual } = found;
  const head = { ok: true as const, adapter: adapter.id, step, doc: DOC };
  switch (request.type) {
    case 'beian:recognise': {
      const slot = request.slot ?? 0;
      // A platform row's fields are found in the page's order of platforms: the profile's whole list is what they need.
      const own = fields.filter((f) => 'element' in f).map((f) => resolvePath(f.spec.path, slot).replace(/(\.platforms)\[\d+\]\..*$/, '$1'));
      const onAppStep = own.some((p) => p.startsWith(`apps[${slot}].`));
      const paths = [...new Set([...own, ...(onAppStep ? [`apps[${slot}].platforms`] : [])])];
      return { ...head, adapterName: adapter.name, paths };
    }
    case 'beian:fill': {
      running = new AbortController();
      // Only the extension's own background reaches a content script's runtime listener, and it sends a profile it
      // parsed itself (onlyPaths); parsing again here would put zod into every portal page.
      const profile = request.profile as Profile;
      const files = new Map((request.files ?? []).map((f) => [f.id, new File([fromBase64(f.data)], f.name, { type: f.type })]));
      const results = await applyFill(planFill(fields, profile, request.slot, files), running.signal, onProgress);
      const redrawn = await refillRedrawn(results, doc, hostname, profile, request.slot, running.signal);
      return { ...head, fields: await fillPlatforms(redrawn, doc, hostname, profile, request.slot, running.signal), manual };
    }
    case 'beian:read':
      return { ...head, values: readFields(fields, request.slot) };
    case 'beian:mark':
      return { ...head, marked: markFindings(doc, fields, request.slot, request.findings) };
    case 'beian:focus': {
      const element = elementForPath(fields, request.slot, request.path);
      if (!element) return { ok: false, error: `no field for ${request.path} on this page` };
      element.scrollIntoView({ block: 'center' });
      (element.matches('input, textarea, select') ? element : element.querySelector('input, textarea, select'))?.dispatchEvent(new FocusEvent('focus'));
      (element as HTMLElement).focus?.();
      return { ...head, focused: request.path };
    }
  }
}
