import { bestOption, optionMatches } from '../option-match';
import { setValue, typeValue } from '../set-value';
import { settle, waitFor, waitWhileChanging } from '../wait';
import { asList, asText, clean, type Driver } from './driver';
import { scrollToOption } from './virtual-list';

// element-plus (Vue 3), per element-plus.org's Select, Select V2, Cascader and DatePicker markup. A select's options
// live in a popper teleported to <body> (its input names the listbox in aria-controls); el-select-v2 renders them in a
// virtual list, so an option far down exists only once searched for or scrolled to; a multiple select holds one
// `.el-tag` per item and, with allow-create, takes an item it does not list as a new option; a cascader's next level
// may load after the previous one is chosen; a daterange holds both ends in one value and takes typed dates only when
// both are there and confirmed with Enter.
//
// element-ui 2 (Vue 2, element.eleme.cn Select / Cascader / DatePicker markup) shares the class names with other
// markup: a select's input is a readonly `.el-input__inner` in `.el-input` (no `.el-select__wrapper`), its dropdown
// `.el-select-dropdown.el-popper` is rendered inside the select and moved to <body> on first opening, with no id
// linking the two; a multiple select keeps its tags in `.el-select__tags`; the open state shows only on the caret
// (`.el-select__caret.is-reverse`); the cascader panel `.el-cascader-panel` of `.el-cascader-node` (lazy levels
// load on click) sits in `.el-cascader__dropdown`; a daterange's `.el-range-editor.el-input__inner` takes each typed
// end on its change event and holds the range once both ends parse. Options match by optionMatches.

/** How long typed text may take to filter the list. */
const SEARCH_MS = 1500;
/** How long a list may stay still after typing before the typed text is taken as matching nothing. */
const SEARCH_QUIET_MS = 500;

const hidden = (el: Element | null) => el !== null && (el as HTMLElement).style.display === 'none';
/** Shown: neither its popper nor itself hidden (element-ui hides options filtered out with v-show). */
const isShown = (el: Element) => !hidden(el.closest('.el-popper')) && !hidden(el);

function click(el: Element) {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: el.ownerDocument.defaultView }));
  }
}

const KEY_CODES: Readonly<Record<string, number>> = { Enter: 13, Escape: 27 };

/** A key press; element-ui reads `keyCode`, element-plus `key` / `code`. */
function key(el: Element, name: string) {
  const keyCode = KEY_CODES[name] ?? 0;
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: name, keyCode, which: keyCode, bubbles: true, cancelable: true }));
}

const rootOf = (el: Element) => el.closest('.el-select') ?? el;
const searchInput = (root: Element) => root.querySelector<HTMLInputElement>('input.el-select__input') ?? root.querySelector('input') ?? undefined;
const triggerOf = (root: Element) => root.querySelector('.el-select__wrapper, .el-input__wrapper, input') ?? root;

/**
 * element-ui's dropdown of each select, seen while it was still rendered inside it (it moves to <body> when first
 * opened, with nothing naming it afterwards).
 */
const ownDropdown = new WeakMap<Element, Element>();

/** This select's own listbox: another select's popper may still be fading out with the same label in it. */
function listboxOf(root: Element): Element | undefined {
  const id = root.querySelector('[aria-controls]')?.getAttribute('aria-controls');
  const named = id ? root.ownerDocument.getElementById(id) : null;
  if (named) return named;
  const inside = root.querySelector('.el-select-dropdown');
  if (inside) ownDropdown.set(root, inside);
  return ownDropdown.get(root);
}

function optionsOf(root: Element): Element[] {
  const list = listboxOf(root);
  const scope = list?.closest('.el-popper') ?? list;
  if (scope) return [...scope.querySelectorAll('.el-select-dropdown__item')];
  // Older element-plus without aria-controls, or an element-ui dropdown opened before we saw it: only a single shown
  // popper can be trusted.
  const shown = [...root.ownerDocument.querySelectorAll('.el-select__popper, .el-select-dropdown.el-popper')].filter((p) => !hidden(p));
  return shown.length === 1 && shown[0] ? [...shown[0].querySelectorAll('.el-select-dropdown__item')] : [];
}

/** A multiple select: its dropdown says so (`.el-select-dropdown.is-multiple`), and so do tags it already holds. */
export function isElMultiple(root: Element): boolean {
  return (
    Boolean(listboxOf(root)?.closest('.el-select-dropdown')?.classList.contains('is-multiple')) ||
    root.querySelector('.el-select__selection .el-tag, .el-select__tags') !== null // element-ui renders the tags box for a multiple select only
  );
}

/** Disabled: element-plus marks its wrapper, element-ui (and element-plus < 2.5) its `.el-input`. */
const selectDisabled = (el: Element) => rootOf(el).querySelector('.el-select__wrapper.is-disabled, .el-input.is-disabled') !== null;

function selectedText(root: Element): string {
  // element-plus 2.5+ shows the chosen label in the placeholder slot, made transparent while nothing is chosen.
  const shown = root.querySelector('.el-select__placeholder:not(.is-transparent)');
  if (shown) return clean(shown.textContent);
  if (root.querySelector('.el-select__placeholder')) return '';
  return clean(root.querySelector('input')?.value); // element-plus < 2.5 shows it in the input
}

const tagsOf = (root: Element) => [...root.querySelectorAll('.el-select__selection .el-tag, .el-select__tags .el-tag')];
const tagText = (tag: Element) => clean(tag.querySelector('.el-select__tags-text')?.textContent ?? tag.textContent);

/** Open: the input says so (element-plus), else the caret turned up (element-ui, whose inputs carry no aria). */
const isOpen = (root: Element) => searchInput(root)?.getAttribute('aria-expanded') === 'true' || root.querySelector('.el-select__caret.is-reverse') !== null;

/**
 * Opened, and drawn so: element-ui resets a filterable select's typed query to the chosen label when its dropdown
 * opens (the `visible` watcher, run after the click), so anything typed before that is lost.
 */
async function open(root: Element) {
  listboxOf(root); // element-ui: note the dropdown while it is still inside the select
  if (isOpen(root)) return;
  click(triggerOf(root));
  await waitFor(() => isOpen(root), root.ownerDocument.body);
}

function close(root: Element) {
  const input = searchInput(root);
  if (input && isOpen(root)) key(input, 'Escape');
}

/**
 * The option labelled so: rendered now, else after typing it into a filterable select's input (which is also how
 * allow-create offers a new item), else after scrolling a virtual list to it.
 */
async function findOption(root: Element, label: string): Promise<Element | undefined> {
  const body = root.ownerDocument.body;
  const find = () => bestOption(optionsOf(root).filter(isShown), (o) => clean(o.textContent), label);
  const now = find();
  if (now) return now;
  // A filterable select is searched at once: its list may be long, remote, or empty until typed into (allow-create).
  const input = searchInput(root);
  const filterable = root.querySelector('.el-select__wrapper.is-filterable') !== null || root.querySelector('.el-select__wrapper') === null; // element-ui: its input is readonly unless filterable
  if (input && !input.readOnly && filterable) {
    setValue(input, label, { blur: false });
    // Filtering is the page's own work: once it has stopped with no such option, none is coming.
    const searched = await waitWhileChanging(find, body, SEARCH_QUIET_MS, SEARCH_MS);
    if (searched) return searched;
    setValue(input, '', { blur: false });
  }
  // Otherwise the list may load late (certificate types after 性质): wait for it, then scroll it.
  const listed = await waitWhileChanging(() => find() ?? (optionsOf(root).length > 0 ? 'listed' : undefined), body);
  if (listed && listed !== 'listed') return listed;
  const list = listboxOf(root);
  return list ? scrollToOption(list.closest('.el-popper') ?? list, () => optionsOf(root), find) : undefined;
}

async function choose(root: Element, label: string): Promise<string | undefined> {
  const option = await findOption(root, label);
  if (!option) return `no option 「${label}」 in the dropdown`;
  if (option.classList.contains('is-disabled')) return `option 「${label}」 is disabled`;
  click(option);
  return undefined;
}

export const elSelectDriver: Driver = {
  disabled: selectDisabled,
  async write(el, value) {
    const root = rootOf(el);
    const label = asText(value);
    if (selectDisabled(root)) return 'the select is disabled';
    await open(root);
    const refused = await choose(root, label);
    close(root);
    if (refused) return refused;
    await waitFor(() => optionMatches(selectedText(root), label), root.ownerDocument.body);
    return undefined;
  },
  read(el) {
    return selectedText(rootOf(el));
  },
};

/** A multiple select, a tag input with allow-create included: one tag per item, in the profile's order. */
export const elSelectMultipleDriver: Driver = {
  holdsList: true,
  disabled: selectDisabled,
  async write(el, value) {
    const root = rootOf(el);
    const wanted = asList(value).filter(Boolean);
    if (selectDisabled(root)) return 'the select is disabled';
    const body = root.ownerDocument.body;
    // Tags for items the profile does not hold go first, one at a time by their own close icon: Vue re-renders the
    // tag list after each removal, reusing its elements for other items.
    const stale = () => tagsOf(root).find((t) => !wanted.some((w) => optionMatches(tagText(t), w)));
    for (let tag = stale(), count = tagsOf(root).length; tag; tag = stale(), count = tagsOf(root).length) {
      const closer = tag.querySelector('.el-tag__close');
      if (!closer) return `cannot remove 「${tagText(tag)}」`;
      click(closer);
      if (!(await waitFor(() => tagsOf(root).length < count, body))) return `「${tagText(tag)}」 could not be removed`;
    }
    for (const item of wanted) {
      if (tagsOf(root).some((t) => optionMatches(tagText(t), item))) continue;
      await open(root);
      const refused = await choose(root, item);
      if (refused) {
        close(root);
        return refused;
      }
      await waitFor(() => tagsOf(root).some((t) => optionMatches(tagText(t), item)), body);
    }
    close(root);
    return undefined;
  },
  read(el) {
    return tagsOf(rootOf(el)).map(tagText);
  },
};

const cascaderDisabled = (el: Element) => (el.closest('.el-cascader') ?? el).matches('.is-disabled') || el.querySelector('.el-input.is-disabled') !== null;

export const elCascaderDriver: Driver = {
  holdsList: true,
  disabled: cascaderDisabled,
  async write(el, value) {
    const labels = asList(value).filter(Boolean);
    const body = el.ownerDocument.body;
    if (cascaderDisabled(el)) return 'the cascader is disabled';
    // element-ui renders its dropdown inside the cascader until first opened: that one is this field's.
    const inside = el.querySelector('.el-cascader__dropdown');
    if (inside) ownDropdown.set(el, inside);
    const own = ownDropdown.get(el);
    click(el.querySelector('.el-input__wrapper, input') ?? el);
    // The panel this click opened; with two open we cannot tell which is ours, so nothing is chosen.
    const panel = await waitFor(() => {
      const panel = own?.querySelector('.el-cascader-panel');
      if (panel) return isShown(panel) && panel;
      const shown = [...body.querySelectorAll('.el-cascader-panel')].filter(isShown);
      return shown.length > 1 ? 'ambiguous' : shown[0];
    }, body);
    if (!panel || panel === 'ambiguous') return panel ? 'two cascader panels are open: not sure which is this field’s' : 'the cascader did not open';
    for (const [level, label] of labels.entries()) {
      const node = await waitFor(() => {
        const menu = panel.querySelectorAll('.el-cascader-menu')[level];
        return menu && bestOption([...menu.querySelectorAll('.el-cascader-node')], (n) => clean(n.querySelector('.el-cascader-node__label')?.textContent), label);
      }, body);
      if (!node) return `no 「${label}」 at level ${level + 1} of the cascader`;
      click(node);
    }
    return undefined;
  },
  read(el) {
    const input = el.querySelector('input');
    const text = clean(input?.value);
    return text ? text.split(/\s*\/\s*/) : [];
  },
};

// —— DatePicker type="daterange" ————————————————————————————————————————————————————————————————————————————————

/**
 * Each end of a range is its own field (起始 / 截止): what each was last written with, kept until both can be confirmed,
 * since the picker may put its inputs back before the other end comes.
 */
const pending = new WeakMap<Element, [string, string]>();

/** Profile dates are YYYY-MM-DD. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const endsOf = (el: Element) => [...(el.closest('.el-range-editor')?.querySelectorAll<HTMLInputElement>('input.el-range-input') ?? [])];

const rangeDisabled = (el: Element) => el.closest('.el-range-editor')?.classList.contains('is-disabled') === true;

/**
 * element-ui: the range opens on a click, each end takes its typed date on change once the panel is there, and the
 * range holds both once the second end parses; Enter then closes it.
 */
async function writeElementUiRange(editor: Element, start: HTMLInputElement, end: HTMLInputElement, both: [string, string]): Promise<string | undefined> {
  const body = editor.ownerDocument.body;
  click(editor);
  if (!(await waitFor(() => editor.classList.contains('is-active'), body))) return 'the date range did not open';
  await settle();
  setValue(start, both[0]);
  setValue(end, both[1]);
  const held = await waitFor(() => start.value.trim() === both[0] && end.value.trim() === both[1], body);
  key(editor, 'Enter');
  await waitFor(() => !editor.classList.contains('is-active'), body);
  pending.delete(editor);
  return held ? undefined : `the date range did not take 「${both[0]}」–「${both[1]}」`;
}

export const elDateRangeDriver: Driver = {
  disabled: rangeDisabled,
  async write(el, value) {
    const editor = el.closest('.el-range-editor');
    const ends = endsOf(el);
    const [start, end] = ends;
    const at = ends.findIndex((input) => input === el);
    if (!editor || !start || !end || at < 0) return 'not an end of a date range';
    if (rangeDisabled(editor)) return 'the date range is disabled';
    const date = asText(value);
    if (date && !DATE.test(date)) return `「${date}」 is not a date`;
    const both = pending.get(editor) ?? [start.value.trim(), end.value.trim()];
    both[at] = date;
    pending.set(editor, both);
    // A range takes its dates together: until the other end is known, what was typed waits in the input.
    if (!both[0] || !both[1]) {
      typeValue(ends[at]!, date);
      return undefined;
    }
    const body = el.ownerDocument.body;
    if (editor.matches('.el-input__inner')) return writeElementUiRange(editor, start, end, both);
    // Enter confirms typed dates only while the range's panel is open; the first Enter opens it.
    const isOpen = () => end.getAttribute('aria-expanded') === 'true';
    if (!isOpen()) key(end, 'Enter');
    if (!(await waitFor(isOpen, body))) return 'the date range did not open';
    typeValue(start, both[0]);
    typeValue(end, both[1]);
    key(end, 'Enter');
    await waitFor(() => !isOpen(), body);
    pending.delete(editor);
    return undefined;
  },
  read(el) {
    // The range's value is both ends or nothing: one end typed alone shows in its input but is not held.
    const ends = endsOf(el);
    const at = ends.findIndex((end) => end === el);
    return at >= 0 && ends.length === 2 && ends.every((end) => end.value.trim()) ? (ends[at]?.value.trim() ?? '') : '';
  },
};
