import type { FieldSpec, PickerSpec } from '../../adapters/define-adapter';
import { setValue } from '../set-value';
import { waitFor } from '../wait';
import { asText, clean, type Driver } from './driver';

// A read-only field filled by a search popup (seed 003: 接入服务商 — type keywords, 查询, pick a row, 确定).
// The search box, results and buttons are looked up in the field's own document, where the popup lives.

function pickerSpec(spec: FieldSpec): PickerSpec {
  if (!spec.picker) throw new Error(`field ${spec.path} uses the picker widget without a picker spec`);
  return spec.picker;
}

function clickable(doc: Document, selector: string): HTMLElement | undefined {
  const el = doc.querySelector(selector);
  return el ? (el as HTMLElement) : undefined;
}

export const pickerDriver: Driver = {
  async write(el, value, spec) {
    const picker = pickerSpec(spec);
    const doc = el.ownerDocument;
    const keyword = doc.querySelector(picker.keyword);
    const search = clickable(doc, picker.search);
    if (!keyword || !search || keyword.tagName !== 'INPUT') return 'the provider search box is missing';
    const name = asText(value);
    setValue(keyword as HTMLInputElement, name);
    search.click();
    const rows = await waitFor(() => {
      const found = [...doc.querySelectorAll(picker.row)];
      return found.length ? found : undefined;
    }, doc.body);
    if (!rows) return `the search for 「${name}」 found nothing`;
    const names = rows.map((r) => clean(r.querySelector(picker.rowLabel)?.textContent));
    const chosen = picker.pick(name, names);
    if (!chosen) return `not sure which of 「${names.join('」「')}」 is 「${name}」: put the full name in the profile`;
    const row = rows[names.indexOf(chosen)];
    (row?.querySelector(picker.choose) as HTMLElement | null)?.click();
    clickable(doc, picker.confirm)?.click();
    return undefined;
  },
  read(el) {
    return el.tagName === 'INPUT' ? (el as HTMLInputElement).value.trim() : clean(el.textContent);
  },
};
