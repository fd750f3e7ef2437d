import { isInput, setValue } from '../set-value';
import { optionMatches } from '../option-match';
import { isShown } from '../visibility';
import { settle, waitFor } from '../wait';
import { asText, buttonsIn, clean, textInputsIn, type Driver } from './driver';

// A read-only field with a 选择 button beside it that opens a dialog to search and pick from (接入服务商 on many
// consoles): opened, searched and picked as a person does — the 选择 button, the dialog's search box and its 搜索 /
// 查询 button (or Enter), the result row naming the value, that row's own 选择 / radio, then 确定 where the dialog asks
// for it. The value read back is what the field then shows.

const OPEN = /^(选择|请选择|选取|查找|搜索|查询|\.\.\.|…)$/;
const SEARCH = /^(搜索|查询|检索|查找)$/;
const PICK = /^(选择|选定|选取)$/;
const CONFIRM = /^(确定|确认|确 定)$/;
const DIALOG = '[role=dialog], dialog[open], .el-dialog, .ant-modal, .arco-modal, .t-dialog, .tiny-dialog-box';

/** The 选择 button beside a read-only input, a few levels up within its field. */
function openerOf(input: Element): HTMLElement | undefined {
  let scope = input.parentElement;
  for (let depth = 0; scope && depth < 4; depth++, scope = scope.parentElement) {
    if (textInputsIn(scope).length > 1) return undefined;
    const [button, ...more] = buttonsIn(scope, OPEN).filter(isShown);
    if (button && more.length === 0) return button;
  }
  return undefined;
}

/** A read-only text input that a 选择 button beside it fills. */
export const isDialogPicker = (el: Element): boolean => isInput(el) && el.readOnly && !el.disabled && openerOf(el) !== undefined;

const shownDialogs = (doc: Document) => [...doc.querySelectorAll(DIALOG)].filter(isShown);

function click(el: Element) {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
}

/** The rows of the dialog's results that name the value: table rows or list items. */
function rowsNaming(dialog: Element, name: string): Element[] {
  return [...dialog.querySelectorAll('tbody tr, [role=row], li')].filter((row) => !row.querySelector('th') && clean(row.textContent).length > 0 && [...row.querySelectorAll('td, [role=cell], span, div')].some((cell) => optionMatches(clean(cell.textContent), name)));
}

export const dialogPickerDriver: Driver = {
  async write(el, value) {
    if (!isInput(el)) return 'not an input';
    const name = asText(value);
    const opener = openerOf(el);
    if (!opener) return 'no 选择 button beside the field';
    const doc = el.ownerDocument;
    const before = new Set(shownDialogs(doc));
    click(opener);
    const dialog = await waitFor(() => shownDialogs(doc).find((d) => !before.has(d)), doc.body);
    if (!dialog) return 'the 选择 button opened no dialog';
    const keyword = textInputsIn(dialog).find((i) => !i.readOnly && !i.disabled && isShown(i));
    if (keyword) {
      setValue(keyword, name, { blur: false });
      const [search] = buttonsIn(dialog, SEARCH).filter(isShown);
      if (search) click(search);
      else keyword.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }));
    }
    const rows = await waitFor(() => {
      const found = rowsNaming(dialog, name);
      return found.length ? found : undefined;
    }, doc.body);
    if (!rows) return `the search for 「${name}」 found no row`;
    if (rows.length > 1) return `not sure which of ${rows.length} rows is 「${name}」: put the full name in the profile`;
    const [row] = rows;
    if (!row) return `the search for 「${name}」 found no row`;
    const pick = buttonsIn(row, PICK).find(isShown) ?? row.querySelector<HTMLElement>('input[type=radio], [role=radio]') ?? undefined;
    click(pick ?? row);
    await settle();
    const [confirm] = buttonsIn(dialog, CONFIRM).filter(isShown);
    if (confirm && isShown(dialog)) click(confirm);
    const taken = await waitFor(() => optionMatches(el.value.trim(), name), doc.body);
    return taken ? undefined : `picked a row for 「${name}」 but the field did not take it`;
  },
  read: (el) => (isInput(el) ? el.value.trim() : ''),
};
