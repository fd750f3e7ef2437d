import { recognise } from '../adapters/index';
import { readStep, elementForPath } from '../capture/read-page';
import { documentsOf } from '../fill/frames';
import { markFindings } from '../check/annotate';
import { applyFill } from '../fill/apply';
import { planFill } from '../fill/plan';
import type { PageRequest } from '../messaging/protocol';
import type { Profile } from '../profile/schema';

// What the content script does for the background: recognise the page, then fill, read, mark or focus.
// The profile arrives already validated by the background; the page is the only thing read here.

export async function handlePageRequest(request: PageRequest, doc: Document = document, hostname = location.hostname): Promise<unknown> {
  if (request.type === 'beian:ping') return { ok: true };
  const found = recognise(doc, hostname);
  if ('error' in found) return { ok: false, error: found.error };
  const { adapter, step } = found;
  const head = { ok: true as const, adapter: adapter.id, step: step.id };
  switch (request.type) {
    case 'beian:recognise':
      return { ...head, adapterName: adapter.name };
    case 'beian:fill':
      return { ...head, fields: await applyFill(doc, planFill(step, request.profile as Profile, request.website)) };
    case 'beian:read':
      return { ...head, values: readStep(doc, step, request.website) };
    case 'beian:mark':
      return { ...head, marked: markFindings(doc, step, request.website, request.findings) };
    case 'beian:focus': {
      const element = elementForPath(documentsOf(doc), step, request.website, request.path);
      if (!element) return { ok: false, error: `no field for ${request.path} on this page` };
      element.scrollIntoView({ block: 'center' });
      (element.matches('input, textarea, select') ? element : element.querySelector('input, textarea, select'))?.dispatchEvent(new FocusEvent('focus'));
      (element as HTMLElement).focus?.();
      return { ...head, focused: request.path };
    }
  }
}
