import { isInput } from '../set-value';
import { choose } from './choices';
import { settle } from '../wait';
import { choiceLabel, clean } from './driver';

// A yes/no control as a person meets it: a native checkbox or radio, or a widget that says what it is through ARIA —
// `role=switch` (ant-design-vue / Ant Design Switch is a `button role=switch aria-checked`, ant.design Switch),
// `role=checkbox`, `role=radio` (WAI-ARIA APG Checkbox, Radio Group, Switch patterns). One shape for both, so a 长期
// switch or a 是/否 question is found and set the same way whatever the page drew it with.

export type Toggle = { el: Element; type: 'checkbox' | 'radio' };

const ARIA_TOGGLES = '[role=checkbox]:not(input), [role=radio]:not(input), [role=switch]';

export function togglesIn(scope: Element): Toggle[] {
  return [...scope.querySelectorAll(`input[type=radio], input[type=checkbox], ${ARIA_TOGGLES}`)].map((el) => ({
    el,
    type: (isInput(el) ? el.type : el.getAttribute('role')) === 'radio' ? 'radio' : 'checkbox',
  }));
}

export const isOn = ({ el }: Toggle): boolean => (isInput(el) ? el.checked : el.getAttribute('aria-checked') === 'true');

/** Short text right after an element, or after the ancestor that has something after it (a switch's 长期 caption). */
function captionAfter(el: Element): string {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const next = node.nextElementSibling;
    if (next) {
      const text = clean(next.textContent);
      return text.length <= 8 && !next.querySelector('input, select, textarea, [role]') ? text : '';
    }
  }
  return '';
}

/** What the toggle says: its label, its own name, its own text, or the caption beside it. */
export function toggleLabel({ el }: Toggle): string {
  if (isInput(el)) return choiceLabel(el);
  const doc = el.ownerDocument;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const named = ids.map((id) => doc.getElementById(id)?.textContent ?? '').join('') || el.getAttribute('aria-label');
  return clean(named) || clean(el.textContent) || captionAfter(el);
}

/** Turns it on or off as a person does: a click (on its label, for a native one), then Space if the click was not taken. */
export async function turn(toggle: Toggle, on: boolean): Promise<void> {
  const { el } = toggle;
  if (isInput(el)) return choose(el, on);
  if (isOn(toggle) === on || el.getAttribute('aria-disabled') === 'true') return;
  (el as HTMLElement).click();
  await settle();
  if (isOn(toggle) !== on) {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', keyCode: 32, bubbles: true, cancelable: true }));
    el.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', code: 'Space', keyCode: 32, bubbles: true, cancelable: true }));
    await settle();
  }
}
