import type { FieldSpec, ValidUntilSpec } from '../../adapters/define-adapter';
import { isInput, setChecked, setValue } from '../set-value';
import { asText, type Driver } from './driver';

// A certificate's end date where the portal has a separate 长期 switch: the profile's "长期" turns the switch on
// and leaves the date empty; a date turns it off and fills the date. The element is the date input.

const LONG_TERM = '长期';

function parts(el: Element, spec: FieldSpec): { longTerm?: HTMLInputElement; dated?: HTMLInputElement; spec: ValidUntilSpec } {
  if (!spec.validUntil) throw new Error(`field ${spec.path} uses the valid-until widget without its switch`);
  const doc = el.ownerDocument;
  const find = (selector: string | undefined) => {
    const found = selector ? doc.querySelector(selector) : null;
    return found && isInput(found) ? found : undefined;
  };
  return { longTerm: find(spec.validUntil.longTerm), dated: find(spec.validUntil.dated), spec: spec.validUntil };
}

export const validUntilDriver: Driver = {
  async write(el, value, spec) {
    const { longTerm, dated } = parts(el, spec);
    if (!longTerm || !isInput(el)) return 'the 长期 switch or the date field is missing';
    const isLongTerm = asText(value) === LONG_TERM;
    if (isLongTerm) setChecked(longTerm, true);
    else if (dated) setChecked(dated, true);
    else setChecked(longTerm, false);
    setValue(el, isLongTerm ? '' : asText(value));
    return undefined;
  },
  read(el, spec) {
    const { longTerm } = parts(el, spec);
    if (longTerm?.checked) return LONG_TERM;
    return isInput(el) ? el.value.trim() : '';
  },
};
