import type { Frames } from './frames';
import type { WidgetKind } from '../adapters/define-adapter';

// Finds a control by the text a person reads next to it: <label>, a table cell to the left, an element-plus
// form-item label, aria-label or placeholder. Exact text only (after dropping *, colons and spaces): a look-alike
// label such as 网站名称（英文） never matches 网站名称.

export const normaliseLabel = (text: string | null | undefined) =>
  (text ?? '').replace(/[\s*＊:：]/g, '').replace(/[（(]必填[)）]$/, '');

const CONTROL = 'input:not([type=hidden]):not([type=button]):not([type=submit]), textarea, select';
const WIDGET_CONTAINERS: readonly [string, WidgetKind][] = [
  ['.el-cascader', 'el-cascader'],
  ['.el-select', 'el-select'],
  ['.el-checkbox-group', 'checkboxes'],
  ['.el-radio-group', 'radios'],
];
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend, caption, .el-card__header, [role=heading]';

export type LabelMatch = { element: Element; widget: WidgetKind };

function widgetOf(el: Element): WidgetKind {
  if (el.tagName === 'SELECT') return 'select';
  for (const [selector, widget] of WIDGET_CONTAINERS) if (el.matches(selector)) return widget;
  return 'text';
}

/** The control that belongs to a label-ish element, if exactly one does. */
function controlFor(labelEl: Element): Element | undefined {
  const doc = labelEl.ownerDocument;
  if (labelEl.tagName === 'LABEL') {
    const target = (labelEl as HTMLLabelElement).htmlFor;
    if (target) return doc.getElementById(target) ?? undefined;
    const inner = labelEl.querySelector(CONTROL);
    if (inner) return inner;
  }
  const formItem = labelEl.closest('.el-form-item');
  if (formItem && labelEl.matches('.el-form-item__label, .el-form-item__label *')) {
    const content = formItem.querySelector('.el-form-item__content');
    if (!content) return undefined;
    for (const [selector] of WIDGET_CONTAINERS) {
      const widget = content.querySelector(selector);
      if (widget) return widget;
    }
    const controls = content.querySelectorAll(CONTROL);
    return controls.length === 1 ? controls[0] : undefined;
  }
  if (labelEl.tagName === 'TD' || labelEl.tagName === 'TH' || labelEl.tagName === 'DT') {
    const next = labelEl.nextElementSibling;
    if (!next) return undefined;
    const controls = next.querySelectorAll(CONTROL);
    const checkboxes = [...controls].filter((c) => (c as HTMLInputElement).type === 'checkbox' || (c as HTMLInputElement).type === 'radio');
    if (checkboxes.length > 1 && checkboxes.length === controls.length) return next;
    return controls.length === 1 ? controls[0] : undefined;
  }
  return undefined;
}

function headingBefore(el: Element, headings: readonly Element[]): string {
  let text = '';
  for (const heading of headings) {
    // eslint-disable-next-line no-bitwise -- compareDocumentPosition answers with a bitmask
    if (heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) text = heading.textContent ?? '';
  }
  return normaliseLabel(text);
}

function inferWidget(control: Element): WidgetKind {
  if (control.matches('input, textarea')) {
    const container = control.closest('.el-select, .el-cascader');
    if (container) return widgetOf(container);
    return 'text';
  }
  if (control.querySelector('input[type=checkbox]')) return 'checkboxes';
  if (control.querySelector('input[type=radio]')) return 'radios';
  return widgetOf(control);
}

export function locateByLabel(frames: Frames, labels: readonly string[], section?: string): { match: LabelMatch } | { problem: string } {
  const wanted = new Set(labels.map(normaliseLabel));
  const sectionPattern = section ? new RegExp(section) : undefined;
  const found = new Set<Element>();
  for (const doc of frames) {
    const headings = [...doc.querySelectorAll(HEADINGS)];
    const inSection = (el: Element) => !sectionPattern || sectionPattern.test(headingBefore(el, headings));
    for (const labelEl of doc.querySelectorAll('label, td, th, dt, .el-form-item__label')) {
      if (!wanted.has(normaliseLabel(labelEl.textContent)) || !inSection(labelEl)) continue;
      const control = controlFor(labelEl);
      if (control) found.add(control.matches('input, textarea') ? (control.closest('.el-select, .el-cascader') ?? control) : control);
    }
    for (const control of doc.querySelectorAll('input, textarea')) {
      const named = control.getAttribute('aria-label') ?? control.getAttribute('placeholder');
      if (named && wanted.has(normaliseLabel(named)) && inSection(control)) found.add(control.closest('.el-select, .el-cascader') ?? control);
    }
  }
  const [first, ...rest] = found;
  if (!first) return { problem: `no field labelled 「${labels.join('」/「')}」` };
  if (rest.length) return { problem: `${found.size} fields labelled 「${labels.join('」/「')}」: not sure which` };
  return { match: { element: first, widget: inferWidget(first) } };
}
