import { bestOption, optionMatches } from '../option-match';
import { blurField, isInput, setValue, typeValue } from '../set-value';
import { settle, waitFor, waitWhileChanging } from '../wait';
import { asList, asText, clean, labelOfOption, type Driver } from './driver';
import { scrollToOption } from './virtual-list';

// Ant Design 4–6 (React) and ant-design-vue 4 (Vue 3, whose vc-* components render the same `ant-*` markup): Select
// (single, and multiple / tags), Cascader, DatePicker and RangePicker. Their layers are portals (under <body>, or wherever the
// page's getPopupContainer puts them); a Select's list is virtual (only about ten options exist at once,
// ant-design#30175), a Cascader's next level may load after the previous is chosen (ant-design#33414), and a
// DatePicker drops a typed date on blur unless it is confirmed (ant-design#46392). Each driver is handed the widget's
// root or any element inside it, opens the widget with mousedown (antd opens on mousedown, not click), chooses as a
// person would, and reads back what the widget renders. Markup, per ant.design's Select / Cascader / DatePicker:
// v4/v5 `.ant-select-selector` and `.ant-select-selection-item`, v6 `.ant-select-content`; options
// `.ant-select-item-option[title]` in `.ant-select-dropdown`; the listbox `#<input id>_list` the input names in
// `aria-controls`; cascader menus `.ant-cascader-menu` of `.ant-cascader-menu-item`; picker input in `.ant-picker`;
// a multiple select's chosen items `.ant-select-selection-item` (content `-item-content`, close `-item-remove`) in an
// rc-overflow list whose `-overflow-item-rest` is the "+ N ..." placeholder, not an item; a range picker's two inputs
// in `.ant-picker-range`. Options match by optionMatches (full name, short name, leading code).

const SELECT = '.ant-select';
const CASCADER = '.ant-cascader';
const PICKER = '.ant-picker';
/** How long typed search text may take to filter the list (antd filters as it renders; remote search is slower). */
const SEARCH_MS = 1500;
/** How long a list may stay still after typing before the typed text is taken as matching nothing. */
const SEARCH_QUIET_MS = 500;
/** How long a select the click left closed may stay still after typing before it counts as one that stays closed. */
const OPEN_QUIET_MS = 100;
/** A frame's time at the slowest, for pages whose frames do not come (a hidden tab). */
const FRAME_MS = 50;

function press(el: Element) {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
}

const rootOf = (el: Element, root: string): Element => el.closest(root) ?? el;
const inputOf = (root: Element): HTMLInputElement | undefined => [...root.querySelectorAll('input')].find((i) => i.type !== 'hidden' && i.type !== 'radio' && i.type !== 'checkbox');
const isExpanded = (root: Element) => inputOf(root)?.getAttribute('aria-expanded') === 'true';

/** Opens a select-like widget (Select, Cascader) unless it is open already. */
function open(root: Element) {
  if (!isExpanded(root)) press(root.querySelector('.ant-select-selector, .ant-select-content') ?? root);
}

function key(el: Element, name: string, code: number) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: name, keyCode: code, which: code, bubbles: true, cancelable: true }));
}

/** Closes it again when nothing could be chosen, without choosing: Escape, as a person would (a searchable open select ignores a second mousedown). */
function close(root: Element) {
  const input = inputOf(root);
  if (input && isExpanded(root)) key(input, 'Escape', 27);
}

/**
 * The layer of this widget only: its input names its listbox (`aria-controls`, else `<id>_list`). Another select's
 * layer may still be fading out with the same label in it; choosing from it would write into the wrong field.
 */
function layerOf(root: Element, layer: string): Element | undefined {
  const input = inputOf(root);
  const id = input?.getAttribute('aria-controls') || (input?.id ? `${input.id}_list` : '');
  const list = id ? root.ownerDocument.getElementById(id) : null;
  return list?.closest(layer) ?? undefined;
}

// —— Select ——————————————————————————————————————————————————————————————————————————————————————————————————————

const optionsIn = (layer: Element) => [...layer.querySelectorAll('.ant-select-item-option')];
const optionLabel = (option: Element) => clean(option.querySelector('.ant-select-item-option-content')?.textContent ?? option.getAttribute('title'));
const isLoading = (root: Element) => root.matches('.ant-select-loading') || root.querySelector('.ant-select-suffix-loading, .ant-select-arrow-loading, .anticon-loading') !== null;

/** The chosen option's label as the select renders it (v4/v5 selection item, v6 content), '' when none. */
function shownLabel(root: Element): string {
  if (root.querySelector('.ant-select-selection-placeholder, .ant-select-placeholder')) return '';
  const item = root.querySelector('.ant-select-selection-item, .ant-select-content-value') ?? root.querySelector('.ant-select-content');
  return item ? clean(item.textContent) || clean(item.getAttribute('title')) : '';
}

/** The option labelled so: rendered now, else after typing it into the search, else after scrolling to it. */
async function findOption(root: Element, layer: Element, label: string): Promise<Element | undefined> {
  const body = root.ownerDocument.body;
  const find = () => bestOption(optionsIn(layer), optionLabel, label);
  // Lists load late (cities after the province, certificate types after the 性质): wait until there is one.
  const loaded = await waitFor(() => find() ?? (optionsIn(layer).length > 0 && !isLoading(root) ? 'loaded' : undefined), body);
  if (loaded !== 'loaded') return loaded;
  const input = inputOf(root);
  if (input && !input.readOnly) {
    setValue(input, label, { blur: false });
    const searched = await waitFor(find, body, SEARCH_MS);
    if (searched) return searched;
    setValue(input, '', { blur: false });
  }
  return scrollToOption(layer, () => optionsIn(layer), find);
}

const selectDisabled = (el: Element) => rootOf(el, SELECT).matches('.ant-select-disabled');

export const antdSelectDriver: Driver = {
  disabled: selectDisabled,
  loading: (el) => isLoading(rootOf(el, SELECT)),
  async write(el, value) {
    const root = rootOf(el, SELECT);
    const label = asText(value);
    if (selectDisabled(root)) return 'the select is disabled';
    if (root.matches('.ant-select-multiple')) return 'a multiple select takes a list: its own driver chooses it';
    const body = root.ownerDocument.body;
    open(root);
    const layer = await waitFor(() => layerOf(root, '.ant-select-dropdown'), body);
    if (!layer) return 'the dropdown did not open';
    const option = await findOption(root, layer, label);
    if (!option) {
      close(root);
      return `no option 「${label}」 in the list`;
    }
    if (option.matches('.ant-select-item-option-disabled')) {
      close(root);
      return `option 「${label}」 is disabled`;
    }
    press(option);
    const shown = optionLabel(option);
    await waitFor(() => shownLabel(root) === shown || optionMatches(shownLabel(root), label), body);
    return undefined;
  },
  read(el, spec) {
    const shown = shownLabel(rootOf(el, SELECT));
    return shown ? labelOfOption(spec, '', shown) : '';
  },
};

// —— Select mode="multiple" / mode="tags" ——————————————————————————————————————————————————————————————————————————

/** The chosen items, without rc-overflow's "+ N ..." rest placeholder. */
const itemsOf = (root: Element) => [...root.querySelectorAll('.ant-select-selection-item')].filter((i) => !i.closest('[class*="-overflow-item-rest"]'));
const itemText = (item: Element) => clean(item.querySelector('.ant-select-selection-item-content')?.textContent ?? item.getAttribute('title'));
const holds = (root: Element, label: string) => itemsOf(root).some((i) => optionMatches(itemText(i), label));

function keyPress(el: Element, name: string, code: number) {
  key(el, name, code);
  el.dispatchEvent(new KeyboardEvent('keyup', { key: name, code: name, keyCode: code, which: code, bubbles: true, cancelable: true }));
}

/**
 * Whether typing opened the list. ant-design-vue and antd ≤ 5 show the typed text in the search mirror
 * (`-selection-search-mirror`, vc-select / rc-select MultipleSelector) in the same render that opens the list on
 * typing (Selector's input change calls onToggleOpen(true)): once the mirror shows it, the list is open or will not
 * open. Without a mirror, the list has until the page has been still a moment.
 */
async function opensOnTyping(root: Element, label: string): Promise<boolean> {
  const body = root.ownerDocument.body;
  const mirror = root.querySelector('.ant-select-selection-search-mirror');
  if (!mirror) return Boolean(await waitWhileChanging(() => isExpanded(root), body, OPEN_QUIET_MS, SEARCH_MS));
  const rendered = await waitFor(() => isExpanded(root) || clean(mirror.textContent) === label, body, SEARCH_MS);
  if (!rendered) return false;
  // A framework that updates its children one after another has finished by the next task.
  await settle();
  return isExpanded(root);
}

/**
 * One item chosen as a person would: the rendered option clicked, else the one typed for (the list filters as it is
 * typed into; a tags select lists the typed text itself), else the list scrolled; a tags select with no such option
 * takes the typed text on Enter.
 */
async function chooseItem(root: Element, label: string, seen: { staysClosed?: boolean }): Promise<string | undefined> {
  const body = root.ownerDocument.body;
  const input = inputOf(root);
  open(root);
  // A list that loads late shows the select's loading state meanwhile (the `loading` prop).
  await waitFor(() => !isLoading(root), body);
  const layer = () => layerOf(root, '.ant-select-dropdown');
  const find = () => {
    const shown = layer();
    return shown ? bestOption(optionsIn(shown), optionLabel, label) : undefined;
  };
  let option = find();
  if (!option && input) {
    await settle();
    const opened = isExpanded(root);
    setValue(input, label, { blur: false });
    // A select the click did not open may open on typing; a tags select the page keeps closed (`open: false`: its
    // input's aria-expanded stays false) has no list to wait for or scroll, and takes the typed text on Enter.
    // Learnt once per write: the items after the first do not wait again for a list that never opened.
    const listed = opened || (!seen.staysClosed && (await opensOnTyping(root, label)));
    if (!listed) seen.staysClosed = true;
    // Filtering is the page's own work: once it has stopped with no such option, none is coming.
    option = listed ? await waitWhileChanging(find, body, SEARCH_QUIET_MS, SEARCH_MS) : undefined;
    if (!option && listed) {
      setValue(input, '', { blur: false });
      const shown = layer();
      option = shown ? await scrollToOption(shown, () => optionsIn(shown), find) : undefined;
    }
  }
  if (option?.matches('.ant-select-item-option-disabled')) return `option 「${label}」 is disabled`;
  if (option && !option.matches('.ant-select-item-option-selected')) press(option);
  else if (!option && input) {
    setValue(input, label, { blur: false });
    keyPress(input, 'Enter', 13);
  }
  return (await waitFor(() => holds(root, label), body, SEARCH_MS)) ? undefined : `no option 「${label}」 in the list`;
}

/** A multiple select or tag input: one item per profile entry, in the widget's order (a set). */
export const antdSelectMultipleDriver: Driver = {
  holdsList: true,
  unordered: true,
  disabled: selectDisabled,
  async write(el, value) {
    const root = rootOf(el, SELECT);
    const wanted = asList(value).filter(Boolean);
    if (selectDisabled(root)) return 'the select is disabled';
    const body = root.ownerDocument.body;
    // Items the profile does not hold go first, one at a time by their own close icon (the list re-renders after each).
    const stale = () => itemsOf(root).find((i) => !wanted.some((w) => optionMatches(itemText(i), w)));
    for (let item = stale(); item; item = stale()) {
      const count = itemsOf(root).length;
      const remove = item.querySelector('.ant-select-selection-item-remove');
      if (!remove) return `cannot remove 「${itemText(item)}」`;
      press(remove);
      if (!(await waitFor(() => itemsOf(root).length < count, body))) return `「${itemText(item)}」 could not be removed`;
    }
    const seen = {};
    for (const label of wanted) {
      if (holds(root, label)) continue;
      const refused = await chooseItem(root, label, seen);
      if (refused) {
        close(root);
        return refused;
      }
    }
    close(root);
    return undefined;
  },
  read(el, spec) {
    return itemsOf(rootOf(el, SELECT)).map((i) => labelOfOption(spec, '', itemText(i)));
  },
};

// —— Cascader ————————————————————————————————————————————————————————————————————————————————————————————————————

/** This cascader's layer: by its listbox when it names one, else the only cascader layer shown. */
function cascaderLayer(root: Element): Element | 'ambiguous' | undefined {
  const own = layerOf(root, '.ant-cascader-dropdown, .ant-select-dropdown');
  if (own) return own;
  const shown = [...root.ownerDocument.querySelectorAll('.ant-cascader-dropdown')].filter((l) => !l.matches('.ant-select-dropdown-hidden, .ant-cascader-dropdown-hidden'));
  return shown.length > 1 ? 'ambiguous' : shown[0];
}

const menuItemLabel = (item: Element) => clean(item.querySelector('.ant-cascader-menu-item-content')?.textContent ?? item.getAttribute('title'));

const cascaderDisabled = (el: Element) => rootOf(el, CASCADER).matches('.ant-select-disabled, .ant-cascader-disabled');

export const antdCascaderDriver: Driver = {
  holdsList: true,
  disabled: cascaderDisabled,
  async write(el, value) {
    const root = rootOf(el, CASCADER);
    const labels = asList(value).filter(Boolean);
    if (cascaderDisabled(root)) return 'the cascader is disabled';
    const body = root.ownerDocument.body;
    open(root);
    const layer = await waitFor(() => cascaderLayer(root), body);
    if (!layer || layer === 'ambiguous') return layer ? 'two cascader layers are open: not sure which is this field’s' : 'the cascader did not open';
    for (const [level, label] of labels.entries()) {
      // Each level is a menu of its own; a lazy level appears once its parent has loaded (ant-design#33414).
      const item = await waitFor(() => {
        const menu = layer.querySelectorAll('.ant-cascader-menu')[level];
        return menu ? bestOption([...menu.querySelectorAll('.ant-cascader-menu-item')], menuItemLabel, label) : undefined;
      }, body);
      if (!item) {
        close(root);
        return `no 「${label}」 at level ${level + 1} of the cascader`;
      }
      press(item);
    }
    await waitFor(() => !isExpanded(root), body);
    return undefined;
  },
  read(el) {
    const text = shownLabel(rootOf(el, CASCADER));
    return text ? text.split(/\s*\/\s*/) : [];
  },
};

// —— DatePicker ——————————————————————————————————————————————————————————————————————————————————————————————————

/** Profile dates are YYYY-MM-DD; a picker shows them in its own format (2020-03-07, 2020/03/07, 2020年03月07日). */
const DATE = /^(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})\D?$/;

function asProfileDate(text: string): string {
  const m = DATE.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text.trim();
}

/** The date written the way the picker writes its dates: its current value's separators, else each common format. */
function spellings(date: string, shown: string): string[] {
  const [y, m, d] = date.split('-');
  const formats = [`${y}-${m}-${d}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}.${m}.${d}`];
  const like = /^\d{4}(\D{1,2})\d{1,2}(\D{1,2})\d{1,2}(\D?)$/.exec(shown);
  return like ? [`${y}${like[1]}${m}${like[2]}${d}${like[3]}`, ...formats] : formats;
}

function pickerInput(el: Element): HTMLInputElement | undefined {
  if (isInput(el)) return el;
  return el.closest(PICKER)?.querySelector('input') ?? undefined;
}

/** Resolves after the page has rendered `count` frames (each bounded, as a hidden tab renders none). */
async function frames(view: Window | null, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FRAME_MS);
      view?.requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** Opens the picker at this input, and waits until it takes typing (ant-design-vue keeps it readonly until then). */
async function startTyping(input: HTMLInputElement): Promise<void> {
  press(input);
  await waitFor(() => !input.readOnly, input.ownerDocument.body, SEARCH_MS);
}

const pickerDisabled = (el: Element) => {
  const input = pickerInput(el);
  return Boolean(input?.disabled) || el.closest('.ant-picker-disabled') !== null || el.matches('.ant-picker-disabled');
};

/**
 * Types the date and confirms it with Enter before the edit ends: a typed date is dropped on blur (ant-design#46392).
 * The page's framework runs in between: ant-design-vue's Enter submits the date its watchers have parsed by then.
 */
async function typeConfirmed(input: HTMLInputElement, text: string): Promise<void> {
  setValue(input, text, { blur: false });
  await settle();
  key(input, 'Enter', 13);
}

export const antdDateDriver: Driver = {
  disabled: pickerDisabled,
  async write(el, value) {
    const input = pickerInput(el);
    if (!input) return 'no date input in the picker';
    if (pickerDisabled(el)) return 'the date field is disabled';
    const date = asProfileDate(asText(value));
    if (!date) {
      const clear = input.closest(PICKER)?.querySelector('.ant-picker-clear');
      if (clear) press(clear);
      return undefined;
    }
    if (!DATE.test(date)) return `「${date}」 is not a date`;
    await startTyping(input);
    for (const text of spellings(date, input.value.trim())) {
      await typeConfirmed(input, text);
      blurField(input);
      // A date the picker did not take is put back on the next frame after the blur (its lock effect); one it took stays.
      await frames(input.ownerDocument.defaultView, 3);
      if (asProfileDate(input.value) === date) return undefined;
    }
    return `the date picker did not take 「${date}」`;
  },
  read(el) {
    const input = pickerInput(el);
    return input ? asProfileDate(input.value) : '';
  },
};

// —— RangePicker ———————————————————————————————————————————————————————————————————————————————————————————————————

/**
 * Each end of a range is its own field (起始 / 截止), as with element-plus's daterange: what each was last written
 * with, kept until both are known, since a range commits only once both ends are confirmed.
 */
const pendingRange = new WeakMap<Element, [string, string]>();

const rangeOf = (el: Element) => el.closest('.ant-picker-range');
const rangeEnds = (el: Element) => [...(rangeOf(el)?.querySelectorAll('input') ?? [])].filter(isInput);

const rangeDisabled = (el: Element) => rangeOf(el)?.matches('.ant-picker-disabled') === true || (isInput(el) && el.disabled);

export const antdDateRangeDriver: Driver = {
  disabled: rangeDisabled,
  async write(el, value) {
    const range = rangeOf(el);
    const ends = rangeEnds(el);
    const [start, end] = ends;
    const at = ends.findIndex((input) => input === el);
    if (!range || !start || !end || at < 0) return 'not an end of a date range';
    if (rangeDisabled(el)) return 'the date range is disabled';
    const date = asProfileDate(asText(value));
    if (date && !DATE.test(date)) return `「${date}」 is not a date`;
    const both = pendingRange.get(range) ?? [asProfileDate(start.value), asProfileDate(end.value)];
    both[at] = date;
    pendingRange.set(range, both);
    // Until the other end is known, what was typed waits in its input.
    if (!both[0] || !both[1]) {
      typeValue(ends[at]!, date);
      return undefined;
    }
    const view = range.ownerDocument.defaultView;
    const shown = start.value.trim() || end.value.trim();
    const starts = spellings(both[0], shown);
    const endings = spellings(both[1], shown);
    for (const [i, first] of starts.entries()) {
      // Start, then end, each typed and confirmed in the same format: confirming the start moves the picker on to the
      // end (focused and active), which commits the range when confirmed in turn.
      await startTyping(start);
      await typeConfirmed(start, first);
      const moved = await waitFor(() => end.closest('.ant-picker-input-active') !== null && !end.readOnly, range.ownerDocument.body, SEARCH_MS);
      if (!moved) await startTyping(end);
      await typeConfirmed(end, endings[i] ?? '');
      blurField(end);
      await frames(view, 3);
      if (asProfileDate(start.value) === both[0] && asProfileDate(end.value) === both[1]) {
        pendingRange.delete(range);
        return undefined;
      }
    }
    return `the date range did not take 「${both[0]}」–「${both[1]}」`;
  },
  read(el) {
    // The range's value is both ends or nothing: one end typed alone shows in its input but is not held.
    const ends = rangeEnds(el);
    const at = ends.findIndex((end) => end === el);
    return at >= 0 && ends.length === 2 && ends.every((end) => end.value.trim()) ? asProfileDate(ends[at]?.value ?? '') : '';
  },
};
