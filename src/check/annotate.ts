import { documentsOf } from '../page/frames';
import { elementForPath } from '../page/read-page';
import type { FoundField } from '../page/recognise';
import type { Finding } from '../rules/define-rule';
import { colon, lang } from '../ui/lang';
import TOKENS from '../ui/tokens.css?inline';
import { markIcon } from './mark-icon';

// Marks findings next to their fields. Markers live in a closed shadow root, so the portal's CSS cannot restyle
// them and ours cannot leak into the portal. Each line names the field as the filing does (the background sends the
// names, so the page carries no field tables; a website by its number, never by its stored name: the portal's
// scripts can read what the page shows) and says what is wrong, in the browser's language, never with a value.

const MARKER = 'beian-assistant-marker';

/**
 * The design tokens the extension's pages use, scoped to the marker's shadow root (`:root` there is `:host`), adopted
 * as a constructed sheet: CSSOM, which a portal's `style-src` does not forbid as it does a `<style>` element.
 */
const tokenSheets = new WeakMap<Document, CSSStyleSheet>();
/** One sheet per document: a constructed sheet can be adopted only in the document (frame) that made it. */
function tokensFor(doc: Document): CSSStyleSheet[] {
  const View = doc.defaultView;
  if (!View || !('adoptedStyleSheets' in doc)) return [];
  let sheet = tokenSheets.get(doc);
  if (!sheet) {
    sheet = new View.CSSStyleSheet();
    sheet.replaceSync(TOKENS.replaceAll(':root', ':host'));
    tokenSheets.set(doc, sheet);
  }
  return [sheet];
}

export function clearMarks(root: Document): void {
  for (const doc of documentsOf(root)) for (const old of doc.querySelectorAll(MARKER)) old.remove();
}

export function markFindings(root: Document, fields: readonly FoundField[], slot: number, findings: readonly Finding[], names: Readonly<Record<string, string>> = {}): number {
  clearMarks(root);
  const byElement = new Map<Element, Finding[]>();
  for (const finding of findings) {
    const element = elementForPath(fields, slot, finding.path);
    if (element) byElement.set(element, [...(byElement.get(element) ?? []), finding]);
  }
  for (const [element, list] of byElement) {
    const doc = element.ownerDocument;
    const host = doc.createElement(MARKER);
    host.setAttribute('data-paths', list.map((f) => f.path).join(' '));
    host.setAttribute('data-severity', list.some((f) => f.severity === 'error') ? 'error' : 'warning');
    const shadow = host.attachShadow({ mode: 'closed' });
    shadow.adoptedStyleSheets = tokensFor(doc);
    const box = doc.createElement('span');
    const severity = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
    // The tokens' values stand after each var() for a browser without constructed sheets (older Chromium cores).
    box.style.cssText = `display:inline-flex;flex-direction:column;gap:2px;margin:2px 6px;padding:2px 6px;border-radius:var(--radius-md,6px);font:var(--font-size-sm,12px)/var(--line-height,1.5) var(--font-family,system-ui,sans-serif);color:var(--color-on-status,#fff);background:${severity === 'error' ? 'var(--color-error,#b42318)' : 'var(--color-warning,#8a5300)'}`;
    for (const finding of list) {
      const line = doc.createElement('span');
      line.style.cssText = 'display:inline-flex;align-items:center;gap:4px';
      line.setAttribute('data-path', finding.path);
      line.append(markIcon(doc, finding.severity), `${names[finding.path] ?? finding.path}${colon}${finding.message[lang]}`);
      box.append(line);
    }
    box.title = list.map((f) => `${f.path} — ${f.rule}${f.source ? ` (${f.source})` : ''}`).join('\n');
    shadow.append(box);
    element.insertAdjacentElement('afterend', host);
  }
  return byElement.size;
}
