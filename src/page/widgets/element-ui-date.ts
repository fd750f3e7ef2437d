import { blurField, isInput, typeValue } from '../set-value';
import { settle } from '../wait';
import { asText, type Driver } from './driver';

// element-ui 2 DatePicker (element.eleme.cn DatePicker; element-ui packages/date-picker/src/picker.vue): the typed
// text is the picker's `userInput` and reaches the model only through handleChange, which runs on Enter once the
// picker has opened (the panel it validates against is made on first show); closing the picker drops `userInput`,
// so what the input shows afterwards is what the model holds. element-plus draws its picker inside an
// `.el-input__wrapper` and takes a typed date as text; this driver is element-ui's only.

const ENTER = 13;

const inputOf = (root: Element): HTMLInputElement | undefined => [...root.querySelectorAll('input')].find(isInput);

/** An element-ui single date editor: no element-plus wrapper, no range. */
export const isElementUiDate = (root: Element): boolean => !root.querySelector('.el-input__wrapper') && !root.matches('.el-range-editor');

export const elUiDateDriver: Driver = {
  disabled: (root) => root.classList.contains('is-disabled') || inputOf(root)?.disabled === true,
  async write(root, value) {
    const input = inputOf(root);
    if (!input) return 'no input in the date picker';
    if (input.readOnly) return 'the date picker takes no typed date';
    input.dispatchEvent(new FocusEvent('focus'));
    await settle();
    typeValue(input, asText(value));
    await settle();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: ENTER, which: ENTER, bubbles: true, cancelable: true }));
    await settle();
    blurField(input);
    await settle();
    return undefined;
  },
  read: (root) => inputOf(root)?.value.trim() ?? '',
};
