import type { Frames } from './frames';
import { normaliseLabel } from './label-text';
import { libraryWidgetOf, widgetRootOf, WIDGET_ROOTS } from './widgets/index';

// Finds controls by the text a person reads next to them: a <label> (for= or wrapping), a table cell or element
// to the left, a label above (the row or block before), a form-item label, aria-label / aria-labelledby, or a
// placeholder alone. The page's label-like texts are indexed once per operation.

/** Form controls a person types into or chooses with. */
export const CONTROL = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]):not([type=file]), textarea, select';


const NOT_LABELS = new Set(['SCRIPT', 'STYLE', 'OPTION', 'OPTGROUP', 'SELECT', 'TEXTAREA', 'BUTTON', 'HEAD', 'TITLE', 'NOSCRIPT', 'TEMPLATE']);
const MAX_LABEL_LENGTH = 40;

export type LabelIndex = {
  /** Normalised label text → the elements showing exactly that text. */
  texts: Map<string, Element[]>;
  /** Controls named by an attribute (placeholder, aria-label, aria-labelledby), with the normalised name. */
  named: { control: Element; name: string }[];
};

const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');

export function indexLabels(frames: Frames): LabelIndex {
  const texts = new Map<string, Element[]>();
  const named: LabelIndex['named'] = [];
  for (const doc of frames) {
    if (!doc.body) continue;
    for (const el of doc.body.querySelectorAll('*')) {
      if (NOT_LABELS.has(el.tagName) || !hasOwnText(el)) continue;
      const key = normaliseLabel(el.textContent);
      if (!key || key.length > MAX_LABEL_LENGTH) continue;
      const list = texts.get(key);
      if (list) list.push(el);
      else texts.set(key, [el]);
    }
    for (const control of doc.querySelectorAll(`${CONTROL}, ${NAMED_WIDGETS}`)) {
      for (const name of namesOf(control)) named.push({ control, name });
    }
  }
  return { texts, named };
}

/**
 * Widgets that are no form control but take a name of their own (WAI-ARIA): a `div role=combobox`, a radio group, and
 * a group named as a whole (证件有效期 around its two dates and its 长期 box).
 */
const NAMED_WIDGETS = '[role=combobox]:not(input), [role=radiogroup], [role=group][aria-label], [role=group][aria-labelledby]';

function namesOf(control: Element): string[] {
  const doc = control.ownerDocument;
  const names = [control.getAttribute('aria-label'), control.getAttribute('placeholder')];
  for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) names.push(doc.getElementById(id)?.textContent ?? null);
  return names.map(normaliseLabel).filter(Boolean);
}

/** Controls, and the roots of library widgets that have none (a tea-component Select is a `<div tabindex>`). */
const FIELD = `${CONTROL}, ${WIDGET_ROOTS}`;

const isChoice = (el: Element) => el.tagName === 'INPUT' && ['checkbox', 'radio'].includes((el as HTMLInputElement).type);

/** The one field a control belongs to: its widget root, or the control itself. */
export const fieldOf = (control: Element): Element => widgetRootOf(control) ?? control;

/**
 * The fields inside a cell: each widget root once, a set of checkboxes or radios as one group (the cell), and every
 * other control on its own. A widget of no library but an ARIA role (a `div role=combobox`) is a field by its root.
 */
export function fieldsIn(cell: Element): Element[] {
  const units: Element[] = [];
  let group = false;
  const isField = cell.matches(CONTROL) || libraryWidgetOf(cell) !== undefined;
  const controls = isField ? [cell] : [...cell.querySelectorAll(FIELD)];
  for (const control of controls) {
    const root = widgetRootOf(control);
    if (root) {
      if (!units.includes(root)) units.push(root);
    } else if (!control.matches(CONTROL)) {
      continue; // a root candidate its kind does not recognise
    } else if (isChoice(control)) {
      if (!group) units.push(cell);
      group = true;
    } else units.push(control);
  }
  return units;
}

const hasFormFields = (el: Element) => el.matches(FIELD) || el.querySelector(FIELD) !== null;
/** Upload fields: a file input, however hidden its library keeps it. */
export const hasFileInput = (el: Element) => el.matches('input[type=file]') || el.querySelector('input[type=file]') !== null;

/** A sibling a label may skip on its way to its control: a lone required marker such as `<td>*</td>`. */
const isMarker = (el: Element) => normaliseLabel(el.textContent) === '' && !el.querySelector('*:not(span, i, em, b, sup, font)') && !hasFormFields(el);

/** The element holding the control(s) a label element names: its `for` target, what it wraps, or what follows it. */
export function cellOfLabel(labelEl: Element, hasFields: (el: Element) => boolean = hasFormFields): Element | undefined {
  const label = labelEl.closest('label');
  if (label) {
    const target = label.htmlFor ? label.ownerDocument.getElementById(label.htmlFor) : null;
    if (target) return target;
    if (hasFields(label) && !label.querySelector('label')) return label;
  }
  const stop = labelEl.ownerDocument.body;
  let node: Element = labelEl;
  for (let depth = 0; depth < 4 && node !== stop; depth++) {
    let sibling = node.nextElementSibling;
    while (sibling && isMarker(sibling)) sibling = sibling.nextElementSibling;
    if (sibling) return hasFields(sibling) ? sibling : undefined;
    const parent = node.parentElement;
    // Controls before the label in the same container belong to something else (a checkbox's own text, say).
    if (!parent || parent === stop || hasFields(parent)) return undefined;
    node = parent;
  }
  return undefined;
}
