import type { FieldSpec, PickerSpec } from '../../adapters/define-adapter';
import { setValue } from '../set-value';
import { isShown } from '../visibility';
import { waitFor } from '../wait';
import { asText, buttonsIn, clean, textInputsIn, type Driver } from './driver';

// A read-only field set by a search popup (seed 003: in the 接入服务商 column "enter one or two keywords … click
// 查询 … select an Access Service Provider (click the single-choice button on the left) and click OK"). Everything is
// found as a person finds it: the field's inputs and 查询 button in its cell, the result rows by their radios, and
// the popup's 确定 button.

function pickerSpec(spec: FieldSpec): PickerSpec {
  if (!spec.picker) throw new Error(`field ${spec.path} uses the picker widget without a picker spec`);
  return spec.picker;
}

type Parts = { display: HTMLInputElement | HTMLTextAreaElement; keyword: HTMLInputElement | HTMLTextAreaElement; search: HTMLElement };

function partsOf(cell: Element): Parts | string {
  const inputs = textInputsIn(cell).filter((i) => isShown(i));
  const display = inputs.find((i) => i.readOnly) ?? (inputs.length === 1 ? inputs[0] : undefined);
  const keyword = inputs.find((i) => !i.readOnly && !i.disabled);
  const [search, ...others] = buttonsIn(cell, /^(查询|搜索|检索|查找)$/);
  if (!display || !keyword) return 'the search box of the field is missing';
  if (!search || others.length) return 'the 查询 button of the field is missing';
  return { display, keyword, search };
}

/** Shown radios outside the field's cell: the result rows, each named by the text of its row. */
function results(cell: Element): { radio: HTMLInputElement; name: string }[] {
  return [...cell.ownerDocument.querySelectorAll<HTMLInputElement>('input[type=radio]')]
    .filter((r) => !cell.contains(r) && isShown(r))
    .map((radio) => ({ radio, name: clean(radio.closest('tr, li, label')?.textContent) }));
}

function confirmButton(radio: Element): HTMLElement | undefined {
  for (let scope = radio.parentElement; scope; scope = scope.parentElement) {
    const found = buttonsIn(scope, /^(确定|确认|选择|确 定)$/).filter((b) => isShown(b));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

export const pickerDriver: Driver = {
  async write(cell, value, spec) {
    const picker = pickerSpec(spec);
    const parts = partsOf(cell);
    if (typeof parts === 'string') return parts;
    const name = asText(value);
    const before = new Set(results(cell).map((r) => r.radio));
    setValue(parts.keyword, name);
    parts.search.click();
    // Only radios the search brought: other radio groups on the page (长期 / 有期限) are not results.
    const rows = await waitFor(() => {
      const found = results(cell).filter((r) => !before.has(r.radio));
      return found.length ? found : undefined;
    }, cell.ownerDocument.body);
    if (!rows) return `the search for 「${name}」 found nothing`;
    const chosen = picker.pick(name, rows.map((r) => r.name));
    const row = rows.find((r) => r.name === chosen);
    if (!row) return `not sure which of 「${rows.map((r) => r.name).join('」「')}」 is 「${name}」: put the full name in the profile`;
    row.radio.click();
    const confirm = confirmButton(row.radio);
    if (!confirm) return 'the 确定 button of the search results is missing';
    confirm.click();
    const taken = await waitFor(() => parts.display.value.trim() === chosen, cell.ownerDocument.body);
    return taken ? undefined : `picked 「${chosen ?? ''}」 but the field did not take it`;
  },
  read(cell) {
    const parts = partsOf(cell);
    return typeof parts === 'string' ? '' : parts.display.value.trim();
  },
};
