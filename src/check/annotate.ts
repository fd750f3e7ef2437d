import { documentsOf } from '../page/frames';
import { elementForPath } from '../page/read-page';
import type { FoundField } from '../page/recognise';
import type { Finding } from '../rules/define-rule';
import { fieldName } from '../ui/field-names';
import { lang } from '../ui/lang';
import { markIcon } from './mark-icon';

// Marks findings next to their fields. Markers live in a closed shadow root, so the portal's CSS cannot restyle
// them and ours cannot leak into the portal. Each line names the field as the filing does and says what is wrong, in
// the browser's language; a website is named by its number, never by its stored name (the portal's scripts can read
// what the page shows), and the text is the rule's message, never a value.

const MARKER = 'beian-assistant-marker';
const COLOURS = { error: '#b42318', warning: '#8a5300' }; // the design tokens' status colours, AA on white text

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
    const severity = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    box.style.cssText = `display:inline-flex;flex-direction:column;gap:2px;margin:2px 6px;padding:2px 6px;border-radius:6px;font:12px/1.5 system-ui,sans-serif;color:#fff;background:${COLOURS[severity]}`;
    for (const finding of list) {
      const line = doc.createElement('span');
      line.style.cssText = 'display:inline-flex;align-items:center;gap:4px';
      line.setAttribute('data-path', finding.path);
      line.append(markIcon(doc, finding.severity), `${fieldName(finding.path, lang)}: ${finding.message[lang]}`);
      box.append(line);
    }
    box.title = list.map((f) => `${f.path} — ${f.rule}${f.source ? ` (${f.source})` : ''}`).join('\n');
    shadow.append(box);
    element.insertAdjacentElement('afterend', host);
  }
  return byElement.size;
}
