import { canonicalLabel } from '../../profile/options';
import { blurField, isInput, setValue } from '../set-value';
import { waitFor } from '../wait';
import { asList, asText, clean, labelOfOption, type Driver } from './driver';
import { scrollToOption } from './virtual-list';

// Ant Design 4–6 (React): Select, Cascader and DatePicker. Their layers are portals (under <body>, or wherever the
// page's getPopupContainer puts them); a Select's list is virtual (only about ten options exist at once,
// ant-design#30175), a Cascader's next level may load after the previous is chosen (ant-design#33414), and a
// DatePicker drops a typed date on blur unless it is confirmed (ant-design#46392). Each driver is handed the widget's
// root or any element inside it, opens the widget with mousedown (antd opens on mousedown, not click), chooses as a
// person would, and reads back what the widget renders. Markup, per ant.design's Select / Cascader / DatePicker:
// v4/v5 `.ant-select-selector` and `.ant-select-selection-item`, v6 `.ant-select-content`; options
// `.ant-select-item-option[title]` in `.ant-select-dropdown`; the listbox `#<input id>_list` the input names in
// `aria-controls`; cascader menus `.ant-cascader-menu` of `.ant-cascader-menu-item`; picker input in `.ant-picker`.

const SELECT = '.ant-select';
const CASCADER = '.ant-cascader';
const PICKER = '.ant-picker';
/** How long typed search text may take to filter the list (antd filters as it renders; remote search is slower). */
const SEARCH_MS = 1500;
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
  const find = () => optionsIn(layer).find((o) => canonicalLabel(optionLabel(o)) === label);
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

export const antdSelectDriver: Driver = {
  async write(el, value) {
    const root = rootOf(el, SELECT);
    const label = asText(value);
    if (root.matches('.ant-select-disabled')) return 'the select is disabled';
    if (root.matches('.ant-select-multiple')) return 'a multiple select takes a list: not supported here';
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
    await waitFor(() => canonicalLabel(shownLabel(root)) === label, body);
    return undefined;
  },
  read(el, spec) {
    const shown = shownLabel(rootOf(el, SELECT));
    return shown ? labelOfOption(spec, '', shown) : '';
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

export const antdCascaderDriver: Driver = {
  holdsList: true,
  async write(el, value) {
    const root = rootOf(el, CASCADER);
    const labels = asList(value).filter(Boolean);
    if (root.matches('.ant-select-disabled, .ant-cascader-disabled')) return 'the cascader is disabled';
    const body = root.ownerDocument.body;
    open(root);
    const layer = await waitFor(() => cascaderLayer(root), body);
    if (!layer || layer === 'ambiguous') return layer ? 'two cascader layers are open: not sure which is this field’s' : 'the cascader did not open';
    for (const [level, label] of labels.entries()) {
      // Each level is a menu of its own; a lazy level appears once its parent has loaded (ant-design#33414).
      const item = await waitFor(() => {
        const menu = layer.querySelectorAll('.ant-cascader-menu')[level];
        return menu ? [...menu.querySelectorAll('.ant-cascader-menu-item')].find((i) => canonicalLabel(menuItemLabel(i)) === label) : undefined;
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

export const antdDateDriver: Driver = {
  async write(el, value) {
    const input = pickerInput(el);
    if (!input) return 'no date input in the picker';
    if (input.disabled || input.closest('.ant-picker-disabled')) return 'the date field is disabled';
    const date = asProfileDate(asText(value));
    const body = input.ownerDocument.body;
    if (!date) {
      const clear = input.closest(PICKER)?.querySelector('.ant-picker-clear');
      if (clear) press(clear);
      return undefined;
    }
    if (!DATE.test(date)) return `「${date}」 is not a date`;
    // Typed, then confirmed with Enter before the edit ends: a typed date is dropped on blur (ant-design#46392).
    press(input);
    for (const text of spellings(date, input.value.trim())) {
      setValue(input, text, { blur: false });
      key(input, 'Enter', 13);
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
