import type { FieldSpec, ProfileValue } from '../../adapters/define-adapter';
import { canonicalLabel } from '../../profile/options';

/** Writes and reads one kind of widget. `write` answers a problem sentence when the widget refuses the value. */
export type Driver = {
  write(el: Element, value: ProfileValue, spec: FieldSpec): Promise<string | undefined>;
  read(el: Element, spec: FieldSpec): ProfileValue;
  /** The widget holds a list itself (checkbox groups, row lists, cascaders, multiple selects). */
  holdsList?: true;
  /** The list is a set: it reads back in the widget's order, not the profile's (a multiple select). */
  unordered?: true;
  /** The widget may hold more than the profile's items (an upload list with the page's own files): held ⊇ wanted. */
  includes?: true;
  /**
   * The widget takes no input now (a 证件类型 select disabled until 性质 is chosen). The engine waits, bounded, for
   * this to turn false before `write`; a driver without it is never waited for.
   */
  disabled?(el: Element): boolean;
  /** The page is loading the widget's options now (a select's loading state after its parent was chosen). */
  loading?(el: Element): boolean;
};

/** How a composite driver reaches the fields inside it and their own drivers, without importing the registry. */
export type FieldDriving = {
  /** The field a control belongs to: its outermost library widget root, or the control. */
  fieldOf(control: Element): Element;
  driverOf(field: Element): Driver | undefined;
  /** A field that chooses among options (a select of any library), not a typed text or a date. */
  isChoice(field: Element): boolean;
};

export const asList = (value: ProfileValue): readonly string[] => (typeof value === 'string' ? (value ? [value] : []) : value);
export const asText = (value: ProfileValue): string => (typeof value === 'string' ? value : value.join(''));
export const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The visible text naming a checkbox or radio: its <label>, wrapping label, or the text right after it. */
export function choiceLabel(input: HTMLInputElement): string {
  const doc = input.ownerDocument;
  if (input.id) {
    const label = doc.querySelector(`label[for="${CSS.escape(input.id)}"]`);
    if (label) return clean(label.textContent);
  }
  const wrapping = input.closest('label');
  if (wrapping) return clean(wrapping.textContent);
  let text = '';
  for (let node = input.nextSibling; node && node.nodeName !== 'INPUT' && node.nodeName !== 'BR'; node = node.nextSibling) {
    // Comments are not text a person reads (Vue leaves `<!--v-if-->` beside a switch's label).
    if (node.nodeType !== Node.COMMENT_NODE) text += node.textContent ?? '';
  }
  return clean(text);
}

/** The profile label a portal option stands for: by the adapter's code table, else by its visible label (其它方式 → 其他方式). */
export function labelOfOption(spec: FieldSpec, code: string, visible: string): string {
  if (spec.options) {
    const hit = Object.entries(spec.options).find(([, value]) => String(value) === code);
    if (hit) return hit[0];
  }
  return canonicalLabel(visible);
}

/** A clickable element (button, link, input button) whose text matches. */
export function buttonsIn(root: Element | Document, text: RegExp): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a, input[type=button], input[type=submit], [role=button]')].filter((b) =>
    text.test(clean(b.tagName === 'INPUT' ? (b as HTMLInputElement).value : b.textContent)),
  );
}

/** Text inputs and textareas inside a cell, in order. */
export function textInputsIn(cell: Element): (HTMLInputElement | HTMLTextAreaElement)[] {
  const all = cell.matches('input, textarea') ? [cell] : [...cell.querySelectorAll('input, textarea')];
  return all.filter(
    (c): c is HTMLInputElement | HTMLTextAreaElement =>
      c.tagName === 'TEXTAREA' || (c.tagName === 'INPUT' && ['text', 'search', 'tel', 'email', 'url', 'number', ''].includes((c as HTMLInputElement).type)),
  );
}
