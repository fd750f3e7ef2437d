import { QUIET_MS, settle, waitFor, waitWhileChanging } from '../wait';
import { clean, type Driver } from './driver';

// Upload fields: a file put in the field's `<input type=file>` through a DataTransfer, then the `change` event every
// library listens to (dataAided's technique, portals.md §1.1). What counts as attached is the widget's own file
// list, never the input we set: a library may refuse the file in its beforeUpload and list nothing.

/**
 * The names a library's file list shows, from each library's documented Upload markup: Ant Design and
 * ant-design-vue (`.ant-upload-list-item-name`, its `title` the file name), element-ui / element-plus
 * (`.el-upload-list__item-name`), OpenTiny (`.tiny-upload-list__item-name`), TDesign (`.t-upload__single-name`,
 * `.t-upload__card-name`) and Arco (`.arco-upload-list-item-text-name`).
 */
const LISTED_NAME = '.ant-upload-list-item-name, .el-upload-list__item-name, .tiny-upload-list__item-name, .t-upload__single-name, .t-upload__card-name, .arco-upload-list-item-text-name';
/** The file-list items of the same libraries, whose status class says a file failed or is still on its way. */
const LIST_ITEM = '.ant-upload-list-item, .el-upload-list__item, .tiny-upload-list__item, .t-upload__single-display-text, .t-upload__card-item, .arco-upload-list-item';
const FAILED = /(^|[-_\s])(error|fail|is-fail)(\s|$)|-error\b|-fail\b/;
const UPLOADING = /uploading|progress(ing)?\b|-waiting\b/;

/** The root of each library's Upload (same sources as LISTED_NAME). */
const LIBRARY_UPLOAD = '.ant-upload, .el-upload, .tiny-upload, .t-upload, .arco-upload';

const isUploading = (cell: Element, name: string) => listedItems(cell).some((i) => i.name === name && i.status === 'uploading');

/**
 * How long a library may show nothing new before a file it has not listed counts as refused: it reads the file for
 * its thumbnail and sends it before it draws the item, which the page does without a change to watch.
 */
const UPLOAD_QUIET_MS = 3000;

/** How long an attached file may take to reach the page's server before the field is reported as still uploading. */
export const UPLOAD_TIMEOUT_MS = 15_000;

export const fileInputOf = (cell: Element): HTMLInputElement | null =>
  cell.matches('input[type=file]') ? (cell as HTMLInputElement) : cell.querySelector<HTMLInputElement>('input[type=file]');

/** A name a list cut short (OpenTiny: `domain-certificate.j...`): the part before the ellipsis. */
const TRUNCATED = /(\.{3}|…)$/;

/**
 * A truncated name made whole from the item's own attributes (its delete button's aria-label `删除文件 name.jpg`, a
 * title): the word there that starts with what is shown and ends in an extension.
 */
function wholeName(item: Element | null, shown: string): string {
  const prefix = shown.replace(TRUNCATED, '');
  for (const el of item ? [item, ...item.querySelectorAll('*')] : []) {
    for (const attr of ['title', 'aria-label', 'alt', 'download']) {
      const word = (el.getAttribute(attr) ?? '').split(/\s+/).find((w) => w.startsWith(prefix) && /\.[A-Za-z0-9]{2,5}$/.test(w));
      if (word) return word;
    }
  }
  return shown;
}

function listedItems(cell: Element): { name: string; status: 'done' | 'failed' | 'uploading' }[] {
  return [...cell.querySelectorAll(LISTED_NAME)].map((el) => {
    const item = el.closest(LIST_ITEM);
    const classes = item?.className.toString() ?? '';
    const status = FAILED.test(classes) ? 'failed' : UPLOADING.test(classes) ? 'uploading' : 'done';
    const shown = el.getAttribute('title') || clean(el.textContent);
    return { name: TRUNCATED.test(shown) ? wholeName(item, shown) : shown, status };
  });
}

/** The files the field holds: a library's list where it draws one, else the plain input's own files. */
export function heldFiles(cell: Element): string[] {
  const listed = listedItems(cell);
  if (cell.querySelector(LISTED_NAME)) return listed.filter((i) => i.status !== 'failed').map((i) => i.name);
  return [...(fileInputOf(cell)?.files ?? [])].map((f) => f.name);
}

/** Whether the input takes this type by its `accept` (`.jpg,.png`, `image/*`, `image/jpeg`). */
export function accepts(input: HTMLInputElement, file: File): boolean {
  const accept = input.accept.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean);
  if (accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((a) => (a.startsWith('.') ? name.endsWith(a) : a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a));
}

/**
 * Attaches files (several only to a `multiple` input); answers a problem sentence when the field does not take them.
 * Waits, bounded, for the widget to list each file and for its upload to finish; a file the page refused is answered
 * with the page's own message.
 */
export async function attachFiles(cell: Element, files: readonly File[]): Promise<string | undefined> {
  const input = fileInputOf(cell);
  if (!input) return 'the upload field has no file input';
  if (input.disabled) return 'the upload field is disabled';
  const refused = files.find((f) => !accepts(input, f));
  if (refused) return `the field accepts ${input.accept} only; ${refused.name} is ${refused.type || 'of another type'}`;
  const view = input.ownerDocument.defaultView;
  if (!view) return 'the page is gone';
  const transfer = new view.DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new view.Event('input', { bubbles: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
  const messageBefore = pageMessage(cell);
  await settle();
  const names = files.map((f) => f.name);
  const state = (name: string): 'done' | 'failed' | undefined => {
    const items = listedItems(cell).filter((i) => i.name === name);
    if (items.some((i) => i.status === 'done')) return 'done';
    if (items.length && items.every((i) => i.status === 'failed')) return 'failed';
    return !cell.querySelector(LISTED_NAME) && heldFiles(cell).includes(name) ? 'done' : undefined;
  };
  // Settled when every file is listed or refused, or when the page says something new about the field.
  const find = () => (names.every((n) => state(n) !== undefined) || pageMessage(cell) !== messageBefore ? true : undefined);
  const problem = () => {
    const failed = names.find((n) => state(n) === 'failed');
    if (failed) return `the page refused ${failed}${pageMessage(cell)}`;
    const waiting = names.find((n) => state(n) === undefined);
    if (waiting === undefined) return undefined;
    return isUploading(cell, waiting) ? `${waiting} was still uploading after ${UPLOAD_TIMEOUT_MS / 1000} s` : `the page did not list ${waiting}${pageMessage(cell)}`;
  };
  // A plain input answers at once (a page script that refuses a file clears it in its change handler).
  if (!cell.querySelector(LIBRARY_UPLOAD)) return problem();
  // A library lists the files within a moment, or has refused them; a listed file may take its upload's time.
  const deadline = Date.now() + UPLOAD_TIMEOUT_MS;
  let settled = await waitWhileChanging(find, root(input), UPLOAD_QUIET_MS, UPLOAD_TIMEOUT_MS);
  while (!settled && names.some((n) => isUploading(cell, n)) && Date.now() < deadline) settled = await waitFor(find, root(input), Math.min(QUIET_MS, deadline - Date.now()));
  return problem();
}

const root = (input: Element) => input.ownerDocument.body;

/** The page's own error text in the field (a library's form-item explain, an alert), for the report. */
function pageMessage(cell: Element): string {
  const item = cell.closest('.ant-form-item, .el-form-item, .tiny-form-item, .t-form__item, .arco-form-item') ?? cell.parentElement;
  const text = clean(item?.querySelector('.ant-form-item-explain-error, .el-form-item__error, .tiny-form-item__error, .t-input__extra, .arco-form-message, [role=alert], .error')?.textContent);
  return text ? `: 「${text}」` : '';
}

/** The files are attached by attachFile (the engine passes the File); write is never given one. */
export const uploadDriver: Driver = {
  holdsList: true,
  includes: true,
  write: async () => 'no file to attach',
  read: (cell) => heldFiles(cell),
  disabled: (cell) => fileInputOf(cell)?.disabled === true,
};
