import { setValue } from '../set-value';
import { waitFor } from '../wait';
import { asList, type Driver } from './driver';
import type { FieldSpec, RowsSpec } from '../../adapters/define-adapter';

// "Add a row" lists (MIIT #ipScopeDiv with #webIpBegin/#webIpEnd and #addIpButton): one row per profile item.

function rowsOf(container: Element, spec: RowsSpec): Element[] {
  return [...container.querySelectorAll(spec.row)];
}

function inputIn(row: Element, selector: string | undefined): HTMLInputElement | undefined {
  if (!selector) return undefined;
  const found = row.querySelector(selector);
  return found && found.tagName === 'INPUT' ? (found as HTMLInputElement) : undefined;
}

function splitRange(item: string): [string, string] {
  const [begin = '', end] = item.split('-').map((s) => s.trim());
  return [begin, end ?? begin];
}

function rowsSpec(spec: FieldSpec): RowsSpec {
  if (!spec.rows) throw new Error(`field ${spec.path} uses the rows widget without a rows spec`);
  return spec.rows;
}

export const rowsDriver: Driver = {
  async write(el, value, spec) {
    const rows = rowsSpec(spec);
    const items = asList(value);
    while (rowsOf(el, rows).length < items.length) {
      const before = rowsOf(el, rows).length;
      const add = el.querySelector(rows.add) ?? el.ownerDocument.querySelector(rows.add);
      if (!add) return `no "add row" button (${rows.add})`;
      (add as HTMLElement).click();
      const grew = await waitFor(() => rowsOf(el, rows).length > before, el);
      if (!grew) return 'the "add row" button did not add a row';
    }
    const all = rowsOf(el, rows);
    for (const [i, row] of all.entries()) {
      const item = items[i] ?? '';
      const [begin, end] = rows.end ? splitRange(item) : [item, ''];
      const beginInput = inputIn(row, rows.begin);
      if (!beginInput) return `row ${i + 1} has no input ${rows.begin}`;
      setValue(beginInput, begin);
      const endInput = inputIn(row, rows.end);
      if (rows.end && !endInput) return `row ${i + 1} has no input ${rows.end}`;
      if (endInput) setValue(endInput, item ? end : '');
    }
    return undefined;
  },
  read(el, spec) {
    const rows = rowsSpec(spec);
    return rowsOf(el, rows)
      .map((row) => {
        const begin = inputIn(row, rows.begin)?.value.trim() ?? '';
        const end = inputIn(row, rows.end)?.value.trim() ?? '';
        return end && end !== begin ? `${begin}-${end}` : begin;
      })
      .filter(Boolean);
  },
};
