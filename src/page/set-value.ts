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

/**
 * `blur: false` leaves the field being edited: a widget that drops typed text on blur until it is confirmed (Ant Design
 * DatePicker, ant-design#46392) or closes its search on blur gets its confirmation first.
 */
export function setValue(el: ValueElement, value: string, { blur = true }: { blur?: boolean } = {}): void {
  // Synthetic focus and blur: what blur-time validators listen for, without moving the person's focus or forcing a
  // layout per field (el.focus() does both).
  focusField(el);
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  if (blur) blurField(el);
}

/**
 * Text typed and nothing more (no focus, change or blur): for a widget that parses a value on change and drops typed
 * text on blur until it is confirmed, such as element-plus's date range, whose two ends must be typed before either.
 */
export function typeValue(el: ValueElement, value: string): void {
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
}

/** The synthetic start of an edit (see setValue): it reaches the page's handlers even while its window has no focus. */
export function focusField(el: Element): void {
  el.dispatchEvent(new FocusEvent('focus'));
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
}

/** The synthetic end of an edit (see setValue). */
export function blurField(el: Element): void {
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
