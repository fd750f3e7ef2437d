import { isInput, setChecked, setValue } from '../set-value';
import { asText, choiceLabel, type Driver } from './driver';

// A certificate's end date where the portal has a separate 长期 switch (MIIT #isLongTermUl radios beside
// #endDateFind, portals.md §2.6): the profile's "长期" turns the switch on and leaves the date empty; a date turns it
// off (or picks 有期限) and fills the date. The element is the date input; the switch is the choice labelled 长期
// in the same row.

const LONG_TERM = '长期';
const IS_LONG_TERM = /^长期(有效)?$/;
const IS_DATED = /^(有期限|非长期|固定期限|有效期至)$/;

/** The 长期 choice and its "has an end date" counterpart, in the nearest container of the date input holding one. */
function switches(el: Element): { longTerm?: HTMLInputElement; dated?: HTMLInputElement } {
  for (let scope = el.parentElement, depth = 0; scope && depth < 4; scope = scope.parentElement, depth++) {
    const choices = [...scope.querySelectorAll('input[type=radio], input[type=checkbox]')].filter(isInput);
    const longTerm = choices.find((c) => IS_LONG_TERM.test(choiceLabel(c)));
    if (longTerm) return { longTerm, dated: choices.find((c) => IS_DATED.test(choiceLabel(c))) };
  }
  return {};
}

export const validUntilDriver: Driver = {
  async write(el, value) {
    const { longTerm, dated } = switches(el);
    if (!isInput(el)) return 'the end date field is not an input';
    const isLongTerm = asText(value) === LONG_TERM;
    if (!longTerm) {
      if (isLongTerm) return 'no 长期 switch beside the end date';
      setValue(el, asText(value));
      return undefined;
    }
    if (isLongTerm) setChecked(longTerm, true);
    else if (dated) setChecked(dated, true);
    else setChecked(longTerm, false);
    setValue(el, isLongTerm ? '' : asText(value));
    return undefined;
  },
  read(el) {
    if (switches(el).longTerm?.checked) return LONG_TERM;
    return isInput(el) ? el.value.trim() : '';
  },
};
