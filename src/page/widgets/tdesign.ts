import { blurField, isInput, typeValue } from '../set-value';
import { settle, waitFor } from '../wait';
import { bestOption, optionMatches } from '../option-match';
import { asList, asText, clean, labelOfOption, type Driver } from './driver';
import { typeTag } from './type-tag';
import { asProfileDate, PROFILE_DATE, spellings } from './date-text';
import { scrollToOption } from './virtual-list';

// TDesign for Vue 3 (tdesign-vue-next 1.20; tdesign.tencent.com/vue-next/components/select, /tag-input, /cascader,
// /date-picker; markup as its es/ sources render it). Select, Cascader and DatePicker are built on SelectInput
// (`.t-select-input` around a `.t-input`, focused classes while the popup is shown) and a Popup teleported to <body>
// (es/popup/popup.mjs) that is linked to nothing in the widget and stays in the DOM hidden (v-show) once opened, so
// a widget's popup is the one of its kind that this click showed. A popup opens on `click` of the trigger and closes
// on a mousedown elsewhere. A multiple select renders a TagInput (`.t-tag-input`) inside for its tags; the index
// registers that inner TagInput as the multiple select's field, since the engine takes an input's nearest root.
// A DatePicker with `allowInput` takes a typed date confirmed with Enter; otherwise its input is read-only and a date
// is picked in its panel, by the header's month and year selects (es/date-picker/components/base/Header.mjs, years
// listed ±10 with "..." rows to load more) and a click on the day. A DateRangePicker holds two inputs in one
// `.t-range-input`, each end a field of its own, taken together.

/** How long typed search text may take to filter the list. */
const SEARCH_MS = 1500;
/** How long a typed date may take to be taken, per spelling tried. */
const DATE_MS = 800;
/** Loads of more years ("...") tried before giving up on a year far away. */
const MAX_YEAR_PAGES = 12;

function click(el: Element) {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
}

function key(el: Element, name: string, code: number) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: name, keyCode: code, which: code, bubbles: true, cancelable: true }));
}

/** Shown and not on its way out (`t-popup--animation-leave-active`). */
const isShown = (popup: Element) =>
  popup.isConnected && (popup as HTMLElement).style.display !== 'none' && ![...popup.classList].some((c) => c.endsWith('-leave-active') || c.endsWith('-leave-to'));

/** The input box a person clicks. */
const boxOf = (root: Element) => root.querySelector('.t-input') ?? root;
const isDisabled = (root: Element) => root.querySelector('.t-input.t-is-disabled, .t-range-input.t-is-disabled') !== null;
const shownPopups = (doc: Document, kind: string) => [...doc.querySelectorAll(`.t-popup.${kind}`)].filter(isShown);

/** A mousedown outside every popup: how TDesign's Popup is closed by a person (es/popup/popup.mjs onDocumentMouseDown). */
function dismiss(doc: Document) {
  doc.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
}

/**
 * Opens the widget and answers the popup (of the given class) that its click showed. Popups of that kind already
 * shown are dismissed first, as a click elsewhere would: which of them is this widget's cannot be told (the focused
 * classes of SelectInput stay after its popup closes, so they do not say).
 */
async function openPopup(root: Element, kind: string, trigger: Element = boxOf(root)): Promise<Element | undefined> {
  const doc = root.ownerDocument;
  if (shownPopups(doc, kind).length) {
    dismiss(doc);
    await waitFor(() => shownPopups(doc, kind).length === 0, doc.body, 1000);
  }
  const before = new Set(shownPopups(doc, kind));
  click(trigger);
  return waitFor(() => {
    const fresh = shownPopups(doc, kind).filter((p) => !before.has(p));
    return fresh.length === 1 ? fresh[0] : undefined;
  }, doc.body);
}

function closePopup(popup: Element) {
  if (isShown(popup)) dismiss(popup.ownerDocument);
}

// —— Select (single and multiple) ————————————————————————————————————————————————————————————————————————————————

const SELECT = '.t-select';
const selectOf = (el: Element) => el.closest(SELECT) ?? el;

const optionsIn = (popup: Element) => [...popup.querySelectorAll('li.t-select-option')];
const optionLabel = (option: Element) => clean(option.getAttribute('title') ?? option.textContent);
const isLoading = (popup: Element) => popup.querySelector('.t-select__loading-tips, .t-loading') !== null;
/** A filterable select's own input (single: writable; multiple: the TagInput's input). */
const searchInput = (root: Element) => {
  const input = root.querySelector<HTMLInputElement>('input.t-input__inner');
  return input && !input.readOnly ? input : undefined;
};

async function findOption(root: Element, popup: Element, label: string): Promise<Element | undefined> {
  const body = root.ownerDocument.body;
  const find = () => bestOption(optionsIn(popup), optionLabel, label);
  // Lists load late (证件类型 after 性质): wait until there is one.
  const ready = await waitFor(() => find() ?? (optionsIn(popup).length > 0 && !isLoading(popup) ? 'loaded' : undefined), body);
  if (ready && ready !== 'loaded') return ready;
  const input = searchInput(root);
  if (input) {
    typeValue(input, label);
    const searched = await waitFor(find, body, SEARCH_MS);
    if (searched) return searched;
    typeValue(input, '');
  }
  // `scroll: { type: 'virtual' }` renders only the options in view.
  const scroller = popup.querySelector('.t-popup__content') ?? popup;
  return scrollToOption(scroller, () => optionsIn(popup), find);
}

const shownLabel = (root: Element) => clean(root.querySelector<HTMLInputElement>('input.t-input__inner')?.value);
const tagsOf = (root: Element) => [...root.querySelectorAll('.t-tag')].filter((t) => !t.matches('.t-tag-input__collapsed, .t-select__collapsed'));
const tagText = (tag: Element) => clean(tag.querySelector('span[title]')?.getAttribute('title') ?? tag.textContent);

export const tdSelectDriver: Driver = {
  async write(el, value) {
    const root = selectOf(el);
    const label = asText(value);
    if (isDisabled(root)) return 'the select is disabled';
    const popup = await openPopup(root, 't-select__dropdown');
    if (!popup) return 'the select did not open';
    const option = await findOption(root, popup, label);
    if (!option || option.matches('.t-is-disabled')) {
      closePopup(popup);
      return option ? `option 「${label}」 is disabled` : `no option 「${label}」 in the list`;
    }
    click(option);
    if (!(await waitFor(() => optionMatches(shownLabel(root), label), root.ownerDocument.body))) return `the select did not show 「${label}」`;
    return undefined;
  },
  read(el, spec) {
    const shown = shownLabel(selectOf(el));
    return shown ? labelOfOption(spec, '', shown) : '';
  },
  disabled: (el) => isDisabled(selectOf(el)),
};

/** `multiple`: each option toggles (a checkbox in its row); the field the engine finds is the TagInput inside. */
export const tdSelectMultipleDriver: Driver = {
  holdsList: true,
  unordered: true,
  async write(el, value) {
    const root = selectOf(el);
    const wanted = asList(value).filter(Boolean);
    if (isDisabled(root)) return 'the select is disabled';
    const shown = tagsOf(root).map(tagText);
    const toggles = [...wanted.filter((w) => !shown.some((s) => optionMatches(s, w))), ...shown.filter((s) => !wanted.some((w) => optionMatches(s, w)))];
    if (toggles.length === 0) return undefined;
    const body = root.ownerDocument.body;
    const popup = await openPopup(root, 't-select__dropdown');
    if (!popup) return 'the select did not open';
    for (const label of toggles) {
      const option = await findOption(root, popup, label);
      if (!option || option.matches('.t-is-disabled')) {
        closePopup(popup);
        return option ? `option 「${label}」 is disabled` : `no option 「${label}」 in the list`;
      }
      const on = option.matches('.t-is-selected');
      click(option);
      if (!(await waitFor(() => option.isConnected && option.matches('.t-is-selected') !== on, body))) {
        closePopup(popup);
        return `「${label}」 did not toggle`;
      }
      const input = searchInput(root);
      if (input?.value) typeValue(input, '');
    }
    closePopup(popup);
    return undefined;
  },
  read(el, spec) {
    return tagsOf(selectOf(el)).map((t) => labelOfOption(spec, '', tagText(t)));
  },
  disabled: (el) => isDisabled(selectOf(el)),
};

// —— TagInput ————————————————————————————————————————————————————————————————————————————————————————————————————

const TAG_INPUT = '.t-tag-input';
const tagInputOf = (el: Element) => el.closest(TAG_INPUT) ?? el;
const tagInputDisabled = (root: Element) => root.querySelector('.t-input.t-is-disabled, .t-input.t-is-readonly') !== null;

/** Each item typed and confirmed with Enter (es/tag-input: onEnter adds the tag); stale tags closed by their icon. */
export const tdTagInputDriver: Driver = {
  holdsList: true,
  unordered: true,
  async write(el, value) {
    const root = tagInputOf(el);
    const wanted = asList(value).filter(Boolean);
    if (tagInputDisabled(root)) return 'the tag input is disabled';
    const input = root.querySelector<HTMLInputElement>('input.t-input__inner');
    if (!input) return 'the tag input has no input';
    const body = root.ownerDocument.body;
    const stale = () => tagsOf(root).find((t) => !wanted.includes(tagText(t)));
    for (let tag = stale(); tag; tag = stale()) {
      const count = tagsOf(root).length;
      const closer = tag.querySelector('.t-tag__icon-close');
      if (!closer) return `cannot remove 「${tagText(tag)}」`;
      click(closer);
      if (!(await waitFor(() => tagsOf(root).length < count, body))) return `「${tagText(tag)}」 could not be removed`;
    }
    for (const item of wanted) {
      const shown = () => tagsOf(root).some((t) => tagText(t) === item);
      if (shown()) continue;
      if (!(await typeTag(input, item, shown, { matchList: false }))) return `the tag input did not take 「${item}」`;
    }
    blurField(input);
    return undefined;
  },
  read(el) {
    return tagsOf(tagInputOf(el)).map(tagText);
  },
  disabled: (el) => tagInputDisabled(tagInputOf(el)),
};

// —— Cascader ————————————————————————————————————————————————————————————————————————————————————————————————————

const CASCADER = '.t-cascader';
const cascaderOf = (el: Element) => el.closest(CASCADER) ?? el;
const itemLabel = (item: Element) => clean(item.querySelector('.t-cascader__item-label')?.textContent);
const cascaderShown = (root: Element) => clean(root.querySelector<HTMLInputElement>('input.t-input__inner')?.value);

export const tdCascaderDriver: Driver = {
  holdsList: true,
  async write(el, value) {
    const root = cascaderOf(el);
    const labels = asList(value).filter(Boolean);
    if (isDisabled(root)) return 'the cascader is disabled';
    const body = root.ownerDocument.body;
    const popup = await openPopup(root, 't-cascader__popup');
    if (!popup) return 'the cascader did not open';
    for (const [level, label] of labels.entries()) {
      // A lazy level (`load`) appears once its parent has loaded.
      const item = await waitFor(() => {
        const menu = popup.querySelectorAll('.t-cascader__menu')[level];
        return menu ? bestOption([...menu.querySelectorAll('.t-cascader__item')], itemLabel, label) : undefined;
      }, body);
      if (!item || item.matches('.t-is-disabled')) {
        closePopup(popup);
        return item ? `「${label}」 is disabled in the cascader` : `no 「${label}」 at level ${level + 1} of the cascader`;
      }
      click(item);
    }
    const taken = await waitFor(() => {
      const shown = cascaderShown(root).split(/\s*\/\s*/);
      return shown.length === labels.length && labels.every((l, i) => optionMatches(shown[i] ?? '', l));
    }, body);
    if (!taken) {
      closePopup(popup);
      return `the cascader did not take 「${labels.join(' / ')}」`;
    }
    return undefined;
  },
  read(el) {
    const text = cascaderShown(cascaderOf(el));
    return text ? text.split(/\s*\/\s*/) : [];
  },
  disabled: (el) => isDisabled(cascaderOf(el)),
};

// —— DatePicker: a date picked in the panel ———————————————————————————————————————————————————————————————————————

/** Chooses in one of the panel header's selects (their popups are attached beside them, inside the panel). */
async function chooseInHeader(select: Element, pick: (options: Element[]) => Element | 'more-before' | 'more-after' | undefined): Promise<boolean> {
  const root = select.querySelector('.t-select') ?? select;
  const body = select.ownerDocument.body;
  click(boxOf(root));
  const popup = await waitFor(() => [...select.querySelectorAll('.t-popup')].find(isShown), body, 1500);
  if (!popup) return false;
  for (let page = 0; page <= MAX_YEAR_PAGES; page++) {
    // The year select's "..." rows (Header.mjs panelTopContent / panelBottomContent) sit outside its list, in DOM order.
    const options = [...popup.querySelectorAll('.t-select-option')];
    const choice = pick(options.filter((o) => clean(o.textContent) !== '...'));
    if (choice === undefined) break;
    if (typeof choice !== 'string') {
      click(choice);
      return true;
    }
    const more = options.filter((o) => clean(o.textContent) === '...');
    const loader = choice === 'more-before' ? more[0] : more[more.length - 1];
    if (!loader) break;
    const count = optionsIn(popup).length;
    click(loader);
    await waitFor(() => optionsIn(popup).length > count, body, 1000);
  }
  closePopup(popup);
  return false;
}

/** Brings a date panel to the date's month and clicks its day. */
async function pickInPanel(panel: Element, date: string): Promise<string | undefined> {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const header = (part: string) => panel.querySelector(`.t-date-picker__header-controller-${part}`);
  const yearSelect = header('year');
  const monthSelect = header('month');
  if (!yearSelect || !monthSelect) return 'the date panel has no month and year';
  const shownYear = () => Number(clean(yearSelect.querySelector('input')?.value));
  const shownMonth = () => Number(/\d+/.exec(clean(monthSelect.querySelector('input')?.value))?.[0]);
  const body = panel.ownerDocument.body;
  if (shownYear() !== year) {
    const chosen = await chooseInHeader(yearSelect, (options) => {
      const hit = options.find((o) => optionLabel(o) === String(year));
      if (hit) return hit;
      const listed = options.map((o) => Number(optionLabel(o))).filter(Number.isFinite);
      if (!listed.length) return undefined;
      return year < Math.min(...listed) ? 'more-before' : 'more-after';
    });
    if (!chosen || !(await waitFor(() => shownYear() === year, body, 1500))) return `the date panel does not offer ${year}`;
  }
  if (shownMonth() !== month) {
    // Month options are the twelve months in order, named by the page's locale (1 月, Jan, …).
    const chosen = await chooseInHeader(monthSelect, (options) => (options.length === 12 ? options[month - 1] : undefined));
    if (!chosen || !(await waitFor(() => shownMonth() === month, body, 1500))) return `the date panel does not offer month ${month}`;
  }
  const cell = [...panel.querySelectorAll('td.t-date-picker__cell:not(.t-date-picker__cell--additional)')].find((c) => clean(c.textContent) === String(day));
  if (!cell) return `no day ${day} in the date panel`;
  if (cell.matches('.t-date-picker__cell--disabled')) return `${date} cannot be chosen`;
  click(cell);
  return undefined;
}

/**
 * `allowInput`: the dates typed as a person types them and confirmed with Enter (hooks/useSingle.mjs and useRange.mjs
 * onEnter: a valid text is taken and the panel closes; an invalid one leaves it open). The page's `format` is not in
 * the markup, so the dates are spelt as the picker shows dates now, else in each common spelling.
 */
async function typeDate(root: Element, inputs: readonly HTMLInputElement[], dates: readonly string[], kind: string): Promise<string | undefined> {
  const body = root.ownerDocument.body;
  const last = inputs[inputs.length - 1]!;
  for (const format of spellings(dates[0]!, inputs.map((i) => i.value).find(Boolean) ?? '')) {
    const texts = dates.map((d) => spellings(d, format)[0]!);
    const panel = await openPopup(root, kind, inputs[0]);
    if (!panel) return 'the date panel did not open';
    // Each input is clicked before it is typed into (useRange.mjs onClick makes it the active end).
    for (const [i, input] of inputs.entries()) {
      if (i > 0) click(input);
      typeValue(input, texts[i]!);
      await settle();
    }
    key(last, 'Enter', 13);
    if (await waitFor(() => !isShown(panel) && inputs.every((input, i) => input.value === texts[i]), body, DATE_MS)) return undefined;
    closePopup(panel);
  }
  return `the date picker did not take 「${dates.join(' – ')}」`;
}

const DATE_ROOT = '.t-date-picker';
const dateInput = (el: Element) => (isInput(el) ? el : (el.closest(DATE_ROOT)?.querySelector<HTMLInputElement>('input.t-input__inner') ?? undefined));

export const tdDateDriver: Driver = {
  async write(el, value) {
    const root = el.closest(DATE_ROOT) ?? el;
    const input = dateInput(el);
    if (!input) return 'no date input in the picker';
    // A click just before (a 长期 box turned off beside the date) has a Vue update queued for the next microtask.
    await settle();
    if (isDisabled(root)) return 'the date field is disabled';
    const date = asProfileDate(asText(value));
    if (date && !PROFILE_DATE.test(date)) return `「${date}」 is not a date`;
    const body = root.ownerDocument.body;
    if (!date) {
      const clear = root.querySelector('.t-input__suffix-clear');
      if (clear) click(clear);
      return undefined;
    }
    if (!input.readOnly) return typeDate(root, [input], [date], 't-date-picker__panel-container');
    const panel = await openPopup(root, 't-date-picker__panel-container');
    if (!panel) return 'the date panel did not open';
    const refused = await pickInPanel(panel, date);
    if (refused) {
      closePopup(panel);
      return refused;
    }
    if (!(await waitFor(() => asProfileDate(input.value) === date && !isShown(panel), body))) {
      closePopup(panel);
      return `the date picker did not take 「${date}」`;
    }
    return undefined;
  },
  read(el) {
    const input = dateInput(el);
    return input ? asProfileDate(input.value) : '';
  },
  disabled: (el) => isDisabled(el.closest(DATE_ROOT) ?? el),
};

// —— DateRangePicker: each end a field ———————————————————————————————————————————————————————————————————————————

/** What each end was last written with, kept until both are known: the range takes its two dates together. */
const pending = new WeakMap<Element, [string, string]>();

const RANGE = '.t-range-input';
const rangeOf = (el: Element) => el.closest(RANGE);
const endsOf = (el: Element) => [...(rangeOf(el)?.querySelectorAll<HTMLInputElement>('input.t-input__inner') ?? [])];

export const tdDateRangeDriver: Driver = {
  async write(el, value) {
    const range = rangeOf(el);
    const picker = el.closest('.t-date-range-picker') ?? range;
    const ends = endsOf(el);
    const [start, end] = ends;
    const at = ends.findIndex((input) => input === el);
    if (!range || !picker || !start || !end || at < 0) return 'not an end of a date range';
    await settle();
    if (range.matches('.t-is-disabled') || ends[at]!.disabled) return 'the date range is disabled';
    const date = asProfileDate(asText(value));
    if (date && !PROFILE_DATE.test(date)) return `「${date}」 is not a date`;
    const both = pending.get(range) ?? [asProfileDate(start.value), asProfileDate(end.value)];
    both[at] = date;
    pending.set(range, both);
    // Until the other end is known nothing is picked: one end picked alone is dropped when the panel closes.
    if (!both[0] || !both[1]) return undefined;
    const body = el.ownerDocument.body;
    if (!start.readOnly && !end.readOnly) {
      const refused = await typeDate(range, [start, end], both, 't-date-range-picker__panel-container');
      if (!refused) pending.delete(range);
      return refused;
    }
    const panel = await openPopup(range, 't-date-range-picker__panel-container', start);
    if (!panel) return 'the date range panel did not open';
    // Both days are picked in the first month panel, brought to each date's month in turn.
    const left = panel.querySelector('.t-date-picker__panel-date');
    if (!left) return 'the date range panel has no month';
    for (const d of both) {
      const refused = await pickInPanel(left, d);
      if (refused) {
        closePopup(panel);
        return refused;
      }
    }
    if (!(await waitFor(() => asProfileDate(start.value) === both[0] && asProfileDate(end.value) === both[1] && !isShown(panel), body))) {
      closePopup(panel);
      return `the date range did not take 「${both[0]} – ${both[1]}」`;
    }
    pending.delete(range);
    return undefined;
  },
  read(el) {
    const ends = endsOf(el);
    const at = ends.findIndex((end) => end === el);
    return at >= 0 && ends.length === 2 && ends.every((end) => end.value.trim()) ? asProfileDate(ends[at]?.value ?? '') : '';
  },
  disabled: (el) => Boolean(rangeOf(el)?.matches('.t-is-disabled') || (isInput(el) && el.disabled)),
};
