import { setValue, typeValue } from '../set-value';
import { waitFor } from '../wait';
import { asList, asText, clean, type Driver } from './driver';
import { scrollToOption } from './virtual-list';

// element-plus (Vue 3), per element-plus.org's Select, Select V2, Cascader and DatePicker markup. A select's options
// live in a popper teleported to <body> (its input names the listbox in aria-controls); el-select-v2 renders them in a
// virtual list, so an option far down exists only once searched for or scrolled to; a multiple select holds one
// `.el-tag` per item and, with allow-create, takes an item it does not list as a new option; a cascader's next level
// may load after the previous one is chosen; a daterange holds both ends in one value and takes typed dates only when
// both are there and confirmed with Enter.

/** How long typed text may take to filter the list. */
const SEARCH_MS = 1500;

const isShown = (el: Element) => {
  const popper = el.closest('.el-popper');
  return !popper || (popper as HTMLElement).style.display !== 'none';
};

function click(el: Element) {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: el.ownerDocument.defaultView }));
  }
}

function key(el: Element, name: string) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: name, bubbles: true, cancelable: true }));
}

const rootOf = (el: Element) => el.closest('.el-select') ?? el;
const searchInput = (root: Element) => root.querySelector<HTMLInputElement>('input.el-select__input') ?? root.querySelector('input') ?? undefined;
const triggerOf = (root: Element) => root.querySelector('.el-select__wrapper, .el-input__wrapper, input') ?? root;

/** This select's own listbox: another select's popper may still be fading out with the same label in it. */
function listboxOf(root: Element): Element | undefined {
  const id = root.querySelector('[aria-controls]')?.getAttribute('aria-controls');
  return (id ? root.ownerDocument.getElementById(id) : null) ?? undefined;
}

function optionsOf(root: Element): Element[] {
  const list = listboxOf(root);
  const scope = list?.closest('.el-popper') ?? list;
  if (scope) return [...scope.querySelectorAll('.el-select-dropdown__item')];
  // Older element-plus without aria-controls: only a single shown popper can be trusted.
  const shown = [...root.ownerDocument.querySelectorAll('.el-select__popper')].filter((p) => (p as HTMLElement).style.display !== 'none');
  return shown.length === 1 && shown[0] ? [...shown[0].querySelectorAll('.el-select-dropdown__item')] : [];
}

/** A multiple select: its dropdown says so (`.el-select-dropdown.is-multiple`), and so do tags it already holds. */
export function isElMultiple(root: Element): boolean {
  return Boolean(listboxOf(root)?.closest('.el-select-dropdown')?.classList.contains('is-multiple')) || root.querySelector('.el-select__selection .el-tag') !== null;
}

function selectedText(root: Element): string {
  // element-plus 2.5+ shows the chosen label in the placeholder slot, made transparent while nothing is chosen.
  const shown = root.querySelector('.el-select__placeholder:not(.is-transparent)');
  if (shown) return clean(shown.textContent);
  if (root.querySelector('.el-select__placeholder')) return '';
  return clean(root.querySelector('input')?.value); // element-plus < 2.5 shows it in the input
}

const tagsOf = (root: Element) => [...root.querySelectorAll('.el-select__selection .el-tag')];
const tagText = (tag: Element) => clean(tag.querySelector('.el-select__tags-text')?.textContent ?? tag.textContent);

function open(root: Element) {
  if (searchInput(root)?.getAttribute('aria-expanded') !== 'true') click(triggerOf(root));
}

function close(root: Element) {
  const input = searchInput(root);
  if (input?.getAttribute('aria-expanded') === 'true') key(input, 'Escape');
}

/**
 * The option labelled so: rendered now, else after typing it into a filterable select's input (which is also how
 * allow-create offers a new item), else after scrolling a virtual list to it.
 */
async function findOption(root: Element, label: string): Promise<Element | undefined> {
  const body = root.ownerDocument.body;
  const find = () => optionsOf(root).find((o) => clean(o.textContent) === label && isShown(o));
  const now = find();
  if (now) return now;
  // A filterable select is searched at once: its list may be long, remote, or empty until typed into (allow-create).
  const input = searchInput(root);
  if (input && !input.readOnly && root.querySelector('.el-select__wrapper.is-filterable')) {
    setValue(input, label, { blur: false });
    const searched = await waitFor(find, body, SEARCH_MS);
    if (searched) return searched;
    setValue(input, '', { blur: false });
  }
  // Otherwise the list may load late (certificate types after 性质): wait for it, then scroll it.
  const listed = await waitFor(() => find() ?? (optionsOf(root).length > 0 ? 'listed' : undefined), body);
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
  async write(el, value) {
    const root = rootOf(el);
    const label = asText(value);
    if (root.querySelector('.el-select__wrapper.is-disabled')) return 'the select is disabled';
    open(root);
    const refused = await choose(root, label);
    close(root);
    if (refused) return refused;
    await waitFor(() => selectedText(root) === label, root.ownerDocument.body);
    return undefined;
  },
  read(el) {
    return selectedText(rootOf(el));
  },
};

/** A multiple select, a tag input with allow-create included: one tag per item, in the profile's order. */
export const elSelectMultipleDriver: Driver = {
  holdsList: true,
  async write(el, value) {
    const root = rootOf(el);
    const wanted = asList(value).filter(Boolean);
    if (root.querySelector('.el-select__wrapper.is-disabled')) return 'the select is disabled';
    const body = root.ownerDocument.body;
    // Tags for items the profile does not hold go first, one at a time by their own close icon: Vue re-renders the
    // tag list after each removal, reusing its elements for other items.
    const stale = () => tagsOf(root).find((t) => !wanted.includes(tagText(t)));
    for (let tag = stale(), count = tagsOf(root).length; tag; tag = stale(), count = tagsOf(root).length) {
      const closer = tag.querySelector('.el-tag__close');
      if (!closer) return `cannot remove 「${tagText(tag)}」`;
      click(closer);
      if (!(await waitFor(() => tagsOf(root).length < count, body))) return `「${tagText(tag)}」 could not be removed`;
    }
    for (const item of wanted) {
      if (tagsOf(root).some((t) => tagText(t) === item)) continue;
      open(root);
      const refused = await choose(root, item);
      if (refused) {
        close(root);
        return refused;
      }
      await waitFor(() => tagsOf(root).some((t) => tagText(t) === item), body);
    }
    close(root);
    return undefined;
  },
  read(el) {
    return tagsOf(rootOf(el)).map(tagText);
  },
};

export const elCascaderDriver: Driver = {
  holdsList: true,
  async write(el, value) {
    const labels = asList(value).filter(Boolean);
    const body = el.ownerDocument.body;
    click(el.querySelector('.el-input__wrapper, input') ?? el);
    // The panel this click opened; with two open we cannot tell which is ours, so nothing is chosen.
    const panel = await waitFor(() => {
      const shown = [...body.querySelectorAll('.el-cascader-panel')].filter(isShown);
      return shown.length > 1 ? 'ambiguous' : shown[0];
    }, body);
    if (!panel || panel === 'ambiguous') return panel ? 'two cascader panels are open: not sure which is this field’s' : 'the cascader did not open';
    for (const [level, label] of labels.entries()) {
      const node = await waitFor(() => {
        const menu = panel.querySelectorAll('.el-cascader-menu')[level];
        return menu && [...menu.querySelectorAll('.el-cascader-node')].find((n) => clean(n.querySelector('.el-cascader-node__label')?.textContent) === label);
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

export const elDateRangeDriver: Driver = {
  async write(el, value) {
    const editor = el.closest('.el-range-editor');
    const ends = endsOf(el);
    const [start, end] = ends;
    const at = ends.findIndex((input) => input === el);
    if (!editor || !start || !end || at < 0) return 'not an end of a date range';
    if (editor.classList.contains('is-disabled')) return 'the date range is disabled';
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
    // Enter confirms typed dates only while the range's panel is open; the first Enter opens it.
    const body = el.ownerDocument.body;
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
