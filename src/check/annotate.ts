import { documentsOf } from '../page/frames';
import { elementForPath } from '../page/read-page';
import type { FoundField } from '../page/recognise';
import type { Finding } from '../rules/define-rule';

// Marks findings next to their fields. Markers live in a closed shadow root, so the portal's CSS cannot restyle
// them and ours cannot leak into the portal.

const MARKER = 'beian-assistant-marker';

export function clearMarks(root: Document): void {
  for (const doc of documentsOf(root)) for (const old of doc.querySelectorAll(MARKER)) old.remove();
}

export function markFindings(root: Document, fields: readonly FoundField[], website: number, findings: readonly Finding[]): number {
  clearMarks(root);
  const byElement = new Map<Element, Finding[]>();
  for (const finding of findings) {
    const element = elementForPath(fields, website, finding.path);
    if (element) byElement.set(element, [...(byElement.get(element) ?? []), finding]);
  }
  for (const [element, list] of byElement) {
    const doc = element.ownerDocument;
    const host = doc.createElement(MARKER);
    host.setAttribute('data-paths', list.map((f) => f.path).join(' '));
    host.setAttribute('data-severity', list.some((f) => f.severity === 'error') ? 'error' : 'warning');
    const shadow = host.attachShadow({ mode: 'closed' });
    const box = doc.createElement('span');
    const isError = list.some((f) => f.severity === 'error');
    box.style.cssText = `display:inline-block;margin:2px 6px;padding:1px 6px;border-radius:4px;font:12px/1.5 system-ui,sans-serif;color:#fff;background:${isError ? '#d4380d' : '#d48806'}`;
    box.textContent = list.map((f) => `${f.severity === 'error' ? '✖' : '⚠'} ${f.message.zh} · ${f.message.en}`).join('  ');
    box.title = list.map((f) => `${f.rule}${f.source ? ` — ${f.source}` : ''}`).join('\n');
    shadow.append(box);
    element.insertAdjacentElement('afterend', host);
  }
  return byElement.size;
}
