import { isValueElement, setValue } from '../set-value';
import { asText, type Driver } from './driver';

export const textDriver: Driver = {
  async write(el, value) {
    if (!isValueElement(el)) return `${el.tagName.toLowerCase()} is not a text field`;
    if ((el as HTMLInputElement).readOnly || (el as HTMLInputElement).disabled) return 'the field is read-only';
    setValue(el, asText(value));
    return undefined;
  },
  read(el) {
    return isValueElement(el) ? el.value.trim() : '';
  },
};
