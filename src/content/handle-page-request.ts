import { resolvePath } from '../adapters/define-adapter';
import { markFindings } from '../check/annotate';
import { applyFill, type FillProgress } from '../fill/apply';
import { planFill, type MaterialFiles } from '../fill/plan';
import { fillPlatforms } from '../fill/platforms';
import { REDRAWN, type FieldResult } from '../fill/report';
import type { PageRequest } from '../messaging/page-protocol';
import { documentsOf } from '../page/frames';
import { pageContext } from '../page/locate-field';
import { elementForPath, readFields, readPlatformChoice } from '../page/read-page';
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

/**
 * Fields that were not on the page until an earlier write showed them (公安's 性质 select once 单位 is chosen, a 文号 once
 * 是 is answered), and controls that waited for them, are found on the page as it is now: the page is filled once
 * more from the top, so that a revealed choice that reset what came after it (证件类型, 证件住所) is followed again.
 * Fields that held all along read back unchanged and keep their first result; what is still missing stays reported.
 */
async function fillRevealed(results: FieldResult[], doc: Document, hostname: string, profile: Profile, slot: number | undefined, files: MaterialFiles, signal: AbortSignal): Promise<FieldResult[]> {
  const waiting = (r: FieldResult) => r.status === 'not-found' || (r.status === 'failed' && r.detail?.startsWith('the control stays disabled') === true);
  // A field that takes a list's first item reports `mobiles[0]` where its absence was reported as `mobiles`.
  const listOf = (path: string) => path.replace(/\[0\]$/, '');
  const missing = new Set(results.filter(waiting).map((r) => listOf(r.path)));
  if (missing.size === 0 || signal.aborted) return results;
  const again = recognise(pageContext(documentsOf(doc)), hostname);
  if ('error' in again) return results;
  const plan = planFill(again.fields, profile, slot, files);
  if (!plan.some((p) => 'action' in p && missing.has(listOf(p.action.holding.path)))) return results;
  const second = new Map((await applyFill(plan, signal)).map((r) => [listOf(r.path), r]));
  return results.map((r) => {
    const now = second.get(listOf(r.path));
    if (!now) return r;
    return now.status === 'unchanged' && r.status === 'filled' ? r : now;
  });
}

export async function handlePageRequest(request: PageRequest, doc: Document = document, hostname = location.hostname, onProgress?: (progress: FillProgress) => void): Promise<unknown> {
  if (request.type === 'beian:ping') return { ok: true };
  if (request.type === 'beian:confirm') return { ok: true, confirmed: doc.defaultView?.confirm(request.text) === true };
  if (request.type === 'beian:cancel') {
    running?.abort();
    return { ok: true };
  }
  if ('doc' in request && request.doc !== DOC) return moved;
  const page = pageContext(documentsOf(doc));
  const found = recognise(page, hostname);
  if ('error' in found) return { ok: false, error: found.error };
  const { adapter, step, fields, manual } = found;
  const head = { ok: true as const, adapter: adapter.id, step, doc: DOC };
  switch (request.type) {
    case 'beian:recognise': {
      const slot = request.slot ?? 0;
      // A platform row's fields are found in the page's order of platforms: the profile's whole list is what they need.
      // A field that reads another path when its own is empty (a security head left out is the service's head) needs both.
      const shown = fields.filter((f) => 'element' in f);
      const revealed = fields.filter((f) => f.spec.revealedBy !== undefined && shown.some((s) => s.spec.path === f.spec.revealedBy));
      const own = [...shown, ...revealed].flatMap((f) => [f.spec.path, ...(f.spec.orPath ? [f.spec.orPath] : [])].map((p) => resolvePath(p, slot).replace(/(\.platforms)\[\d+\]\..*$/, '$1')));
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
      const redrawn = await fillRevealed(await refillRedrawn(results, doc, hostname, profile, request.slot, running.signal), doc, hostname, profile, request.slot, files, running.signal);
      return { ...head, fields: await fillPlatforms(redrawn, doc, hostname, profile, request.slot, running.signal), manual };
    }
    case 'beian:read': {
      const values = readFields(fields, request.slot);
      return { ...head, values: [...values, ...readPlatformChoice(page, values, request.slot)] };
    }
    case 'beian:mark':
      return { ...head, marked: markFindings(doc, fields, request.slot, request.findings, request.names) };
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
