import { blurField, isInput, typeValue } from '../set-value';
import { settle, waitFor } from '../wait';
import { bestOption, optionMatches } from '../option-match';
import { asList, asText, clean, labelOfOption, type Driver } from './driver';
import { typeTag } from './type-tag';
import { asProfileDate, PROFILE_DATE, spellings } from './date-text';
import { scrollToOption } from './virtual-list';

// Arco Design for React (@arco-design/web-react 2.66; arco.design/react/components/select, /input-tag, /cascader,
// /date-picker; markup as its es/ sources render it). Popups are portals under <body> (es/Trigger) linked to their
// widget: a Select's and a Cascader's root is `role=combobox` with `aria-controls` naming the listbox
// (`.arco-select-popup-inner`, a virtual list once long) or the cascader popup; `aria-expanded` says it is open.
// A multiple Select renders an InputTag (`.arco-input-tag`) inside its root for its tags; the index registers that
// inner InputTag as the multiple select's field, since the engine takes the nearest widget root of an input. A
// DatePicker takes a typed date once confirmed with Enter (es/DatePicker/picker.js onPressEnter); a RangePicker
// holds two inputs in one `.arco-picker-range`, each end a field of its own, taken together (picker-range.js:
// Enter after the first end moves to the second, after both confirms). Radio.Group and Checkbox.Group are native
// inputs in labels, driven by the shared choice drivers.

/** How long typed search text may take to filter the list. */
const SEARCH_MS = 1500;
/** How long a typed date may take to show as taken, per spelling tried. */
const DATE_MS = 600;

function click(el: Element) {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
}

function key(el: Element, name: string, code: number) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: name, keyCode: code, which: code, bubbles: true, cancelable: true }));
}

/** Focus as a person's click gives it: React's onFocus listens to focusin. */
function focus(el: Element) {
  el.dispatchEvent(new FocusEvent('focus'));
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
}

const isExpanded = (root: Element) => root.getAttribute('aria-expanded') === 'true';
const popupOf = (root: Element) => {
  const id = root.getAttribute('aria-controls');
  return (id ? root.ownerDocument.getElementById(id) : null) ?? undefined;
};

// —— Select (single and multiple) ————————————————————————————————————————————————————————————————————————————————

const SELECT = '.arco-select';
const selectOf = (el: Element) => el.closest(SELECT) ?? el;

const optionsIn = (listbox: Element) => [...listbox.querySelectorAll('li[role=option]')];
const optionLabel = (option: Element) => clean((option.querySelector('.arco-select-option') ?? option).textContent);
const isDisabledOption = (option: Element) => option.matches('.arco-select-option-disabled, .arco-select-option-wrapper-disabled');
const isLoading = (root: Element) => root.querySelector('.arco-select-loading-icon, .arco-icon-loading') !== null;
const searchInput = (root: Element) =>
  root.matches('.arco-select-show-search') ? (root.querySelector<HTMLInputElement>('input.arco-input-tag-input, input.arco-select-view-input') ?? undefined) : undefined;

/** The chosen label of a single select: the view's title (es/_class/select-view.js), else its value text once shown. */
function shownLabel(root: Element): string {
  const view = root.querySelector('.arco-select-view');
  const title = clean(view?.getAttribute('title'));
  if (title) return title;
  // Without a value, the value span holds the placeholder and is hidden.
  const value = root.querySelector<HTMLElement>('.arco-select-view-value');
  return value && value.style.display !== 'none' && root.querySelector('.arco-select-view-input.arco-select-hidden') ? clean(value.textContent) : '';
}

const tagsOf = (root: Element) => [...root.querySelectorAll('.arco-tag')];
const tagText = (tag: Element) => clean(tag.querySelector('.arco-tag-content')?.textContent ?? tag.textContent);

/** Opens this select and answers its own listbox (the one its aria-controls names), or undefined. */
async function openSelect(root: Element): Promise<Element | undefined> {
  if (!isExpanded(root)) click(root.querySelector('.arco-select-view') ?? root);
  return waitFor(() => (isExpanded(root) ? popupOf(root) : undefined), root.ownerDocument.body);
}

function closeSelect(root: Element) {
  // es/Select/select.js handles Esc on its root's keydown, which the input's keydown bubbles to.
  if (isExpanded(root)) key(searchInput(root) ?? root, 'Escape', 27);
}

/** The option naming the label: rendered now (once the list has loaded), else after typing it into a search, else scrolled to. */
async function findOption(root: Element, listbox: () => Element | undefined, label: string): Promise<Element | undefined> {
  const body = root.ownerDocument.body;
  const find = () => {
    const list = listbox();
    return list ? bestOption(optionsIn(list), optionLabel, label) : undefined;
  };
  // Lists load late (证件类型 after 性质): wait until there is one.
  const ready = await waitFor(() => find() ?? ((listbox() && optionsIn(listbox()!).length > 0 && !isLoading(root)) ? 'loaded' : undefined), body);
  if (ready && ready !== 'loaded') return ready;
  const input = searchInput(root);
  if (input) {
    typeValue(input, label);
    const searched = await waitFor(find, body, SEARCH_MS);
    if (searched) return searched;
    typeValue(input, '');
  }
  const list = listbox();
  return list ? scrollToOption(list, () => optionsIn(list), find) : undefined;
}

async function chooseIn(root: Element, label: string): Promise<string | undefined> {
  const option = await findOption(root, () => popupOf(root), label);
  if (!option) return `no option 「${label}」 in the list`;
  if (isDisabledOption(option)) return `option 「${label}」 is disabled`;
  // A multiple select's row is an <li> holding a checkbox and the label span; the span takes the click (es/Select/option.js).
  click(option.querySelector('.arco-select-option') ?? option);
  return undefined;
}

export const arcoSelectDriver: Driver = {
  async write(el, value) {
    const root = selectOf(el);
    const label = asText(value);
    if (root.matches('.arco-select-disabled')) return 'the select is disabled';
    if (!(await openSelect(root))) return 'the select did not open';
    const refused = await chooseIn(root, label);
    if (refused) {
      closeSelect(root);
      return refused;
    }
    if (!(await waitFor(() => optionMatches(shownLabel(root), label), root.ownerDocument.body))) return `the select did not show 「${label}」`;
    return undefined;
  },
  read(el, spec) {
    const shown = shownLabel(selectOf(el));
    return shown ? labelOfOption(spec, '', shown) : '';
  },
  disabled: (el) => selectOf(el).matches('.arco-select-disabled'),
  loading: (el) => isLoading(selectOf(el)),
};

/** mode="multiple" (and "tags"): one tag per chosen item; the field the engine finds is the InputTag inside. */
export const arcoSelectMultipleDriver: Driver = {
  holdsList: true,
  unordered: true,
  async write(el, value) {
    const root = selectOf(el);
    const wanted = asList(value).filter(Boolean);
    if (root.matches('.arco-select-disabled')) return 'the select is disabled';
    const body = root.ownerDocument.body;
    const removed = await removeStaleTags(root, wanted);
    if (removed) return removed;
    for (const item of wanted) {
      if (tagsOf(root).some((t) => optionMatches(tagText(t), item))) continue;
      if (!(await openSelect(root))) return 'the select did not open';
      const refused = await chooseIn(root, item);
      if (refused) {
        closeSelect(root);
        return refused;
      }
      if (!(await waitFor(() => tagsOf(root).some((t) => optionMatches(tagText(t), item)), body))) return `「${item}」 was not taken`;
      const input = searchInput(root);
      if (input?.value) typeValue(input, '');
    }
    closeSelect(root);
    return undefined;
  },
  read(el, spec) {
    return tagsOf(selectOf(el)).map((t) => labelOfOption(spec, '', tagText(t)));
  },
  disabled: (el) => selectOf(el).matches('.arco-select-disabled'),
};

/** Removes, one at a time by its own close button, each tag the profile does not hold (React re-renders the list after each). */
async function removeStaleTags(root: Element, wanted: readonly string[]): Promise<string | undefined> {
  const stale = () => tagsOf(root).find((t) => !wanted.some((w) => optionMatches(tagText(t), w)));
  for (let tag = stale(); tag; tag = stale()) {
    const count = tagsOf(root).length;
    const closer = tag.querySelector('.arco-tag-close-btn');
    if (!closer) return `cannot remove 「${tagText(tag)}」`;
    click(closer);
    if (!(await waitFor(() => tagsOf(root).length < count, root.ownerDocument.body))) return `「${tagText(tag)}」 could not be removed`;
  }
  return undefined;
}

// —— InputTag ————————————————————————————————————————————————————————————————————————————————————————————————————

const INPUT_TAG = '.arco-input-tag';
const inputTagOf = (el: Element) => el.closest(INPUT_TAG) ?? el;
const isTagInputDisabled = (root: Element) => root.matches('.arco-input-tag-disabled, .arco-input-tag-readonly');

/** Each item typed and confirmed with Enter (es/InputTag: a tag per Enter, unless the page's validate refuses it). */
export const arcoInputTagDriver: Driver = {
  holdsList: true,
  unordered: true,
  async write(el, value) {
    const root = inputTagOf(el);
    const wanted = asList(value).filter(Boolean);
    if (isTagInputDisabled(root)) return 'the tag input is disabled';
    const input = root.querySelector<HTMLInputElement>('input.arco-input-tag-input');
    if (!input) return 'the tag input has no input';
    const removed = await removeStaleTags(root, wanted);
    if (removed) return removed;
    focus(input);
    for (const item of wanted) {
      const shown = () => tagsOf(root).some((t) => tagText(t) === item);
      if (shown()) continue;
      if (!(await typeTag(input, item, shown, { matchList: false }))) {
        blurField(input);
        return `the tag input did not take 「${item}」`;
      }
    }
    blurField(input);
    return undefined;
  },
  read(el) {
    return tagsOf(inputTagOf(el)).map(tagText);
  },
  disabled: (el) => isTagInputDisabled(inputTagOf(el)),
};

// —— Cascader ————————————————————————————————————————————————————————————————————————————————————————————————————

const CASCADER = '.arco-cascader';
const cascaderOf = (el: Element) => el.closest(CASCADER) ?? el;
const itemLabel = (item: Element) => clean(item.querySelector('.arco-cascader-list-item-label')?.textContent ?? item.getAttribute('title'));
const cascaderShown = (root: Element) => clean(root.querySelector('.arco-cascader-view')?.getAttribute('title') ?? root.querySelector('.arco-cascader-view-value')?.textContent);

export const arcoCascaderDriver: Driver = {
  holdsList: true,
  async write(el, value) {
    const root = cascaderOf(el);
    const labels = asList(value).filter(Boolean);
    if (root.matches('.arco-cascader-disabled')) return 'the cascader is disabled';
    const body = root.ownerDocument.body;
    if (!isExpanded(root)) click(root.querySelector('.arco-cascader-view') ?? root);
    const popup = await waitFor(() => (isExpanded(root) ? popupOf(root) : undefined), body);
    if (!popup) return 'the cascader did not open';
    for (const [level, label] of labels.entries()) {
      // A lazy level (loadMore) appears once its parent has loaded.
      const item = await waitFor(() => {
        const column = popup.querySelectorAll('.arco-cascader-list-column')[level];
        return column ? bestOption([...column.querySelectorAll('.arco-cascader-list-item')], itemLabel, label) : undefined;
      }, body);
      if (!item) {
        closeCascader(root);
        return `no 「${label}」 at level ${level + 1} of the cascader`;
      }
      if (item.matches('.arco-cascader-list-item-disabled')) {
        closeCascader(root);
        return `「${label}」 is disabled in the cascader`;
      }
      // The row's label takes the click, which loads the next level (es/Cascader/panel/option.js).
      click(item.querySelector('.arco-cascader-list-item-label') ?? item);
    }
    const taken = await waitFor(() => {
      const shown = cascaderShown(root).split(/\s*\/\s*/);
      return shown.length === labels.length && labels.every((l, i) => optionMatches(shown[i] ?? '', l));
    }, body);
    if (!taken) {
      closeCascader(root);
      return `the cascader did not take 「${labels.join(' / ')}」`;
    }
    return undefined;
  },
  read(el) {
    const text = cascaderShown(cascaderOf(el));
    return text ? text.split(/\s*\/\s*/) : [];
  },
  disabled: (el) => cascaderOf(el).matches('.arco-cascader-disabled'),
};

function closeCascader(root: Element) {
  if (isExpanded(root)) key(root, 'Escape', 27);
}

// —— DatePicker ——————————————————————————————————————————————————————————————————————————————————————————————————

const PICKER = '.arco-picker';

function dateInput(el: Element): HTMLInputElement | undefined {
  if (isInput(el)) return el;
  return el.closest(PICKER)?.querySelector('input') ?? undefined;
}

/** Open or being typed into (es/_class/picker/input.js: `arco-picker-focused` while focused or the popup is shown). */
const isFocused = (input: Element) => input.closest(PICKER)?.matches('.arco-picker-focused') ?? false;

const isPickerDisabled = (el: Element) => Boolean(dateInput(el)?.disabled || el.closest(PICKER)?.matches('.arco-picker-disabled'));

/**
 * A person's click into a picker's input, then typing: the click opens the popup (es/Trigger, trigger "click") and the
 * picker parses the text on each change (picker.js onChangeInput). React renders between the steps, since the picker's
 * Enter handler reads the state the last render left.
 */
async function clickAndType(input: HTMLInputElement, text: string) {
  focus(input);
  click(input);
  await settle();
  typeValue(input, text);
  await settle();
}

/** A mousedown outside the picker and its popup: how es/Trigger's popup is closed (clickOutsideToClose). */
async function dismiss(input: HTMLInputElement) {
  blurField(input);
  input.ownerDocument.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  await waitFor(() => !isFocused(input), input.ownerDocument.body, DATE_MS);
}

/** Enter confirms what the picker parsed (picker.js onPressEnter); the popup then closes and the input shows the value held. */
async function confirmWithEnter(input: HTMLInputElement) {
  key(input, 'Enter', 13);
  await settle();
  blurField(input);
  await waitFor(() => !isFocused(input), input.ownerDocument.body, DATE_MS);
  await settle();
}

export const arcoDateDriver: Driver = {
  async write(el, value) {
    const input = dateInput(el);
    if (!input) return 'no date input in the picker';
    if (isPickerDisabled(el)) return 'the date field is disabled';
    if (input.readOnly) return 'the date field takes no typed date';
    const date = asProfileDate(asText(value));
    if (!date) {
      const clear = input.closest(PICKER)?.querySelector('.arco-picker-clear-icon');
      if (clear) click(clear);
      return undefined;
    }
    if (!PROFILE_DATE.test(date)) return `「${date}」 is not a date`;
    // The page's `format` is not in the markup: the date is typed as the picker shows dates now, else in each common spelling.
    for (const text of spellings(date, input.value)) {
      await clickAndType(input, text);
      await confirmWithEnter(input);
      if (!isFocused(input) && input.value === text) return undefined;
      if (isFocused(input)) await dismiss(input);
    }
    return `the date picker did not take 「${date}」`;
  },
  read(el) {
    const input = dateInput(el);
    return input ? asProfileDate(input.value) : '';
  },
  disabled: isPickerDisabled,
};

// —— RangePicker: each end a field ————————————————————————————————————————————————————————————————————————————————

/** What each end was last written with, kept until both are known: the range takes its two dates together. */
const pending = new WeakMap<Element, [string, string]>();

const rangeOf = (el: Element) => el.closest('.arco-picker-range');
const endsOf = (el: Element) => [...(rangeOf(el)?.querySelectorAll<HTMLInputElement>('.arco-picker-input input') ?? [])];

export const arcoDateRangeDriver: Driver = {
  async write(el, value) {
    const range = rangeOf(el);
    const ends = endsOf(el);
    const [start, end] = ends;
    const at = ends.findIndex((input) => input === el);
    if (!range || !start || !end || at < 0) return 'not an end of a date range';
    if (ends[at]!.disabled) return 'this end of the date range is disabled';
    if (start.readOnly || end.readOnly) return 'the date range takes no typed date';
    const date = asProfileDate(asText(value));
    if (date && !PROFILE_DATE.test(date)) return `「${date}」 is not a date`;
    const both = pending.get(range) ?? [asProfileDate(start.value), asProfileDate(end.value)];
    both[at] = date;
    pending.set(range, both);
    // Until the other end is known, nothing is typed: a typed end alone is dropped when the range closes.
    if (!both[0] || !both[1]) return undefined;
    for (const format of spellings(both[0], start.value || end.value)) {
      const [first, second] = [both[0], both[1]].map((d) => spellings(d, format)[0]!) as [string, string];
      // Each end is clicked (input-range.js changeFocusedInput) and typed; the start, once parsed, shows its text
      // while the end is being typed, and Enter with both ends parsed confirms the range (picker-range.js onPressEnter).
      await clickAndType(start, first);
      blurField(start);
      await clickAndType(end, second);
      if (start.value !== first) {
        await dismiss(end);
        continue;
      }
      await confirmWithEnter(end);
      if (!isFocused(end) && start.value === first && end.value === second) {
        pending.delete(range);
        return undefined;
      }
      if (isFocused(end)) await dismiss(end);
    }
    return `the date range did not take 「${both[0]} – ${both[1]}」`;
  },
  read(el) {
    // The range holds both ends or nothing: one end shown alone is not held.
    const ends = endsOf(el);
    const at = ends.findIndex((end) => end === el);
    return at >= 0 && ends.length === 2 && ends.every((end) => end.value.trim()) ? asProfileDate(ends[at]?.value ?? '') : '';
  },
  disabled: (el) => isInput(el) && el.disabled,
};
