// The one place that writes to form controls. React and co. redefine `value` on the element instance; the
// prototype's setter is what their change trackers compare against (bitwarden/clients#18519), then the events
// frameworks listen for: input, change, and blur for Angular-style validation.

type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function nativeValueSetter(el: ValueElement): ((value: string) => void) | undefined {
  for (let proto: object | null = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor.set;
  }
  return undefined;
}

function fire(el: Element, type: string) {
  el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

export function setValue(el: ValueElement, value: string): void {
  // Synthetic focus and blur: what blur-time validators listen for, without moving the person's focus or forcing a
  // layout per field (el.focus() does both).
  el.dispatchEvent(new FocusEvent('focus'));
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  el.dispatchEvent(new FocusEvent('blur'));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** A click fires input/change the way frameworks expect from a person. */
export function setChecked(el: HTMLInputElement, checked: boolean): void {
  if (el.checked !== checked) el.click();
}

export const isValueElement = (el: Element): el is ValueElement =>
  el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';

/** Cross-frame safe (`instanceof` fails across iframes). */
export const isInput = (el: Element): el is HTMLInputElement => el.tagName === 'INPUT';
