import { setValue } from '../set-value';
import { isShown } from '../visibility';
import { asText, textInputsIn, type Driver } from './driver';

// An office phone the portal takes as two inputs, 区号 then 号码 (Tencent Cloud's 办公室电话): the field's element is
// the cell holding both; the profile's `0571-88886666` goes in as `0571` and `88886666` and reads back joined.

function partsOf(cell: Element) {
  const inputs = textInputsIn(cell).filter((i) => isShown(i));
  return inputs.length === 2 ? inputs : undefined;
}

export const splitPhoneDriver: Driver = {
  async write(cell, value) {
    const parts = partsOf(cell);
    if (!parts) return 'the phone field does not have two inputs (区号 and 号码)';
    const phone = asText(value).trim();
    const at = phone.indexOf('-');
    if (at <= 0) return `「${phone}」 has no 区号: write it as 区号-号码`;
    const [area, number] = parts;
    if (area) setValue(area, phone.slice(0, at));
    if (number) setValue(number, phone.slice(at + 1));
    return undefined;
  },
  read(cell) {
    const [area = '', number = ''] = (partsOf(cell) ?? []).map((i) => i.value.trim());
    return area && number ? `${area}-${number}` : area + number;
  },
};
