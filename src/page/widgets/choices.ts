import { isInput, setChecked } from '../set-value';
import { settle } from '../wait';
import { asList, choiceLabel, labelOfOption, type Driver } from './driver';
import type { FieldSpec } from '../../adapters/define-adapter';

// Checkbox and radio groups: the field's element is the group's container. With an `options` code table
// (MIIT bitmask groups) a choice is matched by its value or id; otherwise by the label text beside it.

function choicesIn(container: Element, type: 'checkbox' | 'radio'): HTMLInputElement[] {
  return [...container.querySelectorAll(`input[type="${type}"]`)].filter(isInput);
}

function labelOf(input: HTMLInputElement, spec: FieldSpec): string {
  const code = spec.options ? (Object.values(spec.options).map(String).includes(input.value) ? input.value : input.id) : '';
  return labelOfOption(spec, code, choiceLabel(input));
}

/**
 * The <label> a person clicks for a choice: one whose control is this input (by `for` or around it), so a label
 * wrapping several choices, whose click would go to its first, is not used.
 */
const labelElementOf = (input: HTMLInputElement): HTMLLabelElement | undefined => [...(input.labels ?? [])][0];

/**
 * Sets a choice as a person does: a click on its label, which the browser passes on to the input. TDesign takes a
 * radio's change only from its label's click (tdesign-vue-next es/radio/radio.mjs onLabelClick; the input's own click
 * stops propagation, though the browser still checks it), so a click on the input would show a choice the page did not
 * take. Without a label, or when the label's click did not reach the input, the input itself is clicked.
 */
/**
 * The choice wrappers of the libraries we drive and the class each sets from its framework's state (element-plus /
 * element-ui `.is-checked`, Ant Design / ant-design-vue `-wrapper-checked`, Arco `-checked`, TDesign `.t-is-checked`,
 * per their Checkbox and Radio markup). Vue 2 leaves a native box ticked when its model refused the click, so where
 * a library says, the library's state is the truth.
 */
const LIBRARY_CHOICES: readonly [wrapper: string, checked: string][] = [
  ['.el-checkbox, .el-radio', '.is-checked'],
  ['.ant-checkbox-wrapper', '.ant-checkbox-wrapper-checked'],
  ['.ant-radio-wrapper', '.ant-radio-wrapper-checked'],
  ['.arco-checkbox', '.arco-checkbox-checked'],
  ['.arco-radio', '.arco-radio-checked'],
  ['.t-checkbox, .t-radio', '.t-is-checked'],
];

/** Whether a choice is on: the library's own state where it shows one, else the box. */
export function isChecked(input: HTMLInputElement): boolean {
  for (const [wrapper, checked] of LIBRARY_CHOICES) {
    const own = input.closest(wrapper);
    if (own) return own.matches(checked);
  }
  return input.checked;
}

export async function choose(input: HTMLInputElement, checked: boolean): Promise<void> {
  if (isChecked(input) === checked) return;
  const label = labelElementOf(input);
  if (label && !input.disabled) {
    label.click();
    await settle();
  }
  if (isChecked(input) !== checked) {
    setChecked(input, checked);
    await settle();
  }
}

function groupDriver(type: 'checkbox' | 'radio'): Driver {
  return {
    async write(el, value, spec) {
      const inputs = choicesIn(el, type);
      if (inputs.length === 0) return `no ${type}es in the group`;
      const wanted = new Set(asList(value));
      const known = new Set(inputs.map((i) => labelOf(i, spec)));
      const missing = [...wanted].filter((w) => !known.has(w));
      if (missing.length) return `no choice 「${missing.join('」「')}」 in the group`;
      // Uncheck first, so a radio group or a "max n" group never sees two choices at once. A React group computes each
      // click's new list from its last render, so the page renders between clicks (two clicks in one task keep one).
      const off = inputs.filter((i) => isChecked(i) && !wanted.has(labelOf(i, spec)));
      const on = inputs.filter((i) => !isChecked(i) && wanted.has(labelOf(i, spec)));
      for (const [input, checked] of [...off.map((i) => [i, false] as const), ...on.map((i) => [i, true] as const)]) await choose(input, checked);
      return undefined;
    },
    read(el, spec) {
      return choicesIn(el, type)
        .filter(isChecked)
        .map((i) => labelOf(i, spec));
    },
  };
}

export const checkboxesDriver: Driver = { ...groupDriver('checkbox'), holdsList: true };
export const radiosDriver: Driver = {
  ...groupDriver('radio'),
  read: (el, spec) => groupDriver('radio').read(el, spec)[0] ?? '',
};
