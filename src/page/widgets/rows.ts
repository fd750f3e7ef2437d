import type { FieldSpec, RowsSpec } from '../../adapters/define-adapter';
import { setValue } from '../set-value';
import { isShown } from '../visibility';
import { waitFor } from '../wait';
import { asList, buttonsIn, textInputsIn, type Driver } from './driver';

// "Add a row" lists (MIIT #ipScopeDiv rows of start and end inputs with #addIpButton, portals.md §2.6; domain lists):
// the field's element is the list's cell; its inputs, taken in order one or two a row, are the rows. A new row comes
// from the documented add button, else from the one 添加 / 增加 / + button next to the list.

const ADD = /^[+＋]?\s*(添加|增加|新增|\+|＋)/;
/** A row's own remove button (删除, 删 除 as Ant Design spaces two characters, 移除, ×). */
const REMOVE = /^(删\s*除|移\s*除|×|✕)$/;

/** A list found by its 添加 button rather than named by an adapter holds one input a row. */
const rowsSpec = (spec: FieldSpec): RowsSpec => spec.rows ?? { pairs: false };

function rowsOf(cell: Element, rows: RowsSpec): (HTMLInputElement | HTMLTextAreaElement)[][] {
  const inputs = textInputsIn(cell).filter((i) => isShown(i));
  const width = rows.pairs ? 2 : 1;
  const out: (HTMLInputElement | HTMLTextAreaElement)[][] = [];
  for (let i = 0; i + width <= inputs.length; i += width) out.push(inputs.slice(i, i + width));
  return out;
}

/** The list's own add button: inside the cell, or the one beside it a level or two up. */
function addButton(cell: Element, rows: RowsSpec): HTMLElement | undefined {
  if (rows.add) {
    const documented = cell.ownerDocument.querySelector<HTMLElement>(rows.add.css);
    if (documented) return documented;
  }
  let scope: Element | null = cell;
  for (let depth = 0; scope && depth < 3; depth++, scope = scope.parentElement) {
    const found = buttonsIn(scope, ADD).filter((b) => isShown(b));
    if (found.length === 1) return found[0];
    if (found.length > 1 || scope.matches('tr, li, form, .el-form-item')) return undefined;
  }
  return undefined;
}

/**
 * The cell of an "add a row" list around a text input no adapter names as one: the smallest container, a few levels
 * up, holding exactly one shown 添加 / 增加 / + button and the input.
 */
export function rowListAround(input: Element): Element | undefined {
  let scope = input.parentElement;
  // Libraries wrap an input in several boxes (TDesign: input, wrap, row, list, controls): up to the form item, and
  // never past a box that holds another field (an input named otherwise, or a choice).
  for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
    if (holdsOtherFields(scope, input)) return undefined;
    const found = buttonsIn(scope, ADD).filter((b) => isShown(b));
    if (found.length === 1) return scope;
    if (found.length > 1) return undefined;
    if (scope.matches(FIELD_BOUNDARY)) return buttonAfter(scope, input);
  }
  return undefined;
}

/**
 * A form item whose 添加 button sits right after it, outside (公安's 服务器IP: the rows, then "+ 添加IP" under them): the
 * list is the box around both, when that box holds nothing else.
 */
function buttonAfter(formItem: Element, input: Element): Element | undefined {
  const own = nameOf(input);
  // A row of the list: its inputs named as the first is, or one input with its own 删除 button (a row added later,
  // whose placeholder the first row's label may have taken).
  const isRow = (el: Element) => {
    const inputs = textInputsIn(el);
    if (inputs.length === 0 || buttonsIn(el, ADD).length > 0 || el.querySelector('select, input[type=checkbox], input[type=radio], [role=combobox]')) return false;
    return inputs.every((other) => nameOf(other) === own) || (inputs.length === 1 && buttonsIn(el, REMOVE).length === 1);
  };
  // Past the list's other rows (added after the first, named alike), out of boxes that hold only rows (a layout's
  // extra <div>), to what follows the last row.
  let after: Element | null = null;
  for (let node: Element | null = formItem, level = 0; node && level < 3 && !after; node = node.parentElement, level++) {
    after = node.nextElementSibling;
    while (after && isRow(after)) after = after.nextElementSibling;
    if (!after && node.parentElement && [...node.parentElement.children].some((c) => !isRow(c))) break;
  }
  const box = after?.parentElement;
  if (!after || !box || after.querySelector('input, select, textarea')) return undefined;
  if (buttonsIn(after, ADD).filter((b) => isShown(b)).length !== 1) return undefined;
  // The box holds the first row, the others and the button, and nothing else.
  return [...box.children].every((child) => child === after || child.contains(formItem) || isRow(child)) ? box : undefined;
}

/** What names an input for a person: rows of one list are named alike (or not at all). */
const nameOf = (input: Element) => ['placeholder', 'aria-label', 'aria-labelledby', 'name'].map((a) => input.getAttribute(a) ?? '').join('\u0000');

function holdsOtherFields(scope: Element, input: Element): boolean {
  if (scope.querySelector('select, input[type=checkbox], input[type=radio], [role=combobox], [role=checkbox], [role=radio], [role=switch]')) return true;
  const own = nameOf(input);
  return textInputsIn(scope).some((other) => nameOf(other) !== own);
}

/** Where one field ends: a table row, list item, form, or a form item of the libraries we know. */
const FIELD_BOUNDARY = 'tr, li, form, .el-form-item, .ant-form-item, .arco-form-item, .t-form__item, .tiny-form-item';

function splitRange(item: string): [string, string] {
  const [begin = '', end] = item.split('-').map((s) => s.trim());
  return [begin, end ?? begin];
}

export const rowsDriver: Driver = {
  holdsList: true,
  async write(cell, value, spec) {
    const rows = rowsSpec(spec);
    const items = asList(value);
    while (rowsOf(cell, rows).length < items.length) {
      const before = rowsOf(cell, rows).length;
      const add = addButton(cell, rows);
      if (!add) return 'no button to add a row';
      // A button may disable itself for a moment after each click (OpenTiny Button's reset-time, 1 s by default).
      const enabled = await waitFor(() => !add.matches(':disabled') && add.getAttribute('aria-disabled') !== 'true', cell.ownerDocument.body);
      if (!enabled) return 'the "add row" button stays disabled';
      add.click();
      const grew = await waitFor(() => rowsOf(cell, rows).length > before, cell.ownerDocument.body);
      if (!grew) return 'the "add row" button did not add a row';
    }
    for (const [i, row] of rowsOf(cell, rows).entries()) {
      const item = items[i] ?? '';
      const [begin, end] = rows.pairs ? splitRange(item) : [item, ''];
      const [first, second] = row;
      if (first) setValue(first, begin);
      if (second) setValue(second, item ? end : '');
    }
    return undefined;
  },
  read(cell, spec) {
    return rowsOf(cell, rowsSpec(spec))
      .map(([first, second]) => {
        const begin = first?.value.trim() ?? '';
        const end = second?.value.trim() ?? '';
        return end && end !== begin ? `${begin}-${end}` : begin;
      })
      .filter(Boolean);
  },
};
