import { bestOption, optionMatches } from '../option-match';
import { isInput, setValue } from '../set-value';
import { settle, waitFor } from '../wait';
import { asList, asText, clean, labelOfOption, type Driver } from './driver';
import { radiosDriver } from './choices';

// Widgets of a library nobody listed, driven through their WAI-ARIA contract (w3.org/WAI/ARIA/apg/patterns: Combobox,
// Listbox, Radio Group, Checkbox, Tree View). A combobox (`role=combobox`, ARIA 1.2 on the input or 1.1 on a
// wrapper) names its popup in aria-controls / aria-owns and says aria-expanded; the popup is a `role=listbox` of
// `role=option` (aria-selected; aria-multiselectable for several values) or a `role=tree` of `role=treeitem`
// (aria-expanded, children in a `role=group`, or flat with aria-level). It opens on a click or ArrowDown /
// Alt+ArrowDown; an editable one filters as it is typed into; an option is chosen by a click, else by moving
// aria-activedescendant to it with the arrow keys and Enter. Radios and checkboxes say aria-checked.
// `aria-disabled="true"` means disabled. Every check reads what the widget says back, bounded.

/** How long a click or key may take to show its effect before the next way is tried. */
const STEP_MS = 800;
/** How long typed text may take to filter the list. */
const SEARCH_MS = 1500;
/** A select-only combobox shows its placeholder as text (the value is empty then). */
const PLACEHOLDER = /^(请选择|请输入|选择|select|choose|--)/i;

const COMBOBOX = '[role=combobox]';

/**
 * Inputs of the libraries we know that carry role=combobox for a popup of their own (an element-plus or Ant Design
 * date picker, a text input with suggestions): typed into, never driven as a listbox. Per each library's Input and
 * DatePicker markup.
 */
const LIBRARY_INPUTS = '.el-input, .el-date-editor, .el-autocomplete, .ant-picker, .ant-input-affix-wrapper, .arco-picker, .arco-input-inner-wrapper, .t-input, .t-date-picker, .tiny-input, .tiny-date-container';

/** A role=combobox that belongs to no library input we know. */
export const isOwnCombobox = (el: Element): boolean => !el.closest(LIBRARY_INPUTS);

function press(el: Element) {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
}

const KEY_CODES: Readonly<Record<string, number>> = { Enter: 13, Escape: 27, ' ': 32, ArrowDown: 40, ArrowRight: 39 };

function key(el: Element, name: string, alt = false) {
  const keyCode = KEY_CODES[name] ?? 0;
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: name === ' ' ? 'Space' : name, keyCode, which: keyCode, altKey: alt, bubbles: true, cancelable: true }));
}

const isDisabled = (el: Element) => el.closest('[aria-disabled="true"]') !== null || (isInput(el) && el.disabled);

/** The text a person reads in an element: its text without what it hides from assistive technology (a ▾ chevron). */
function readable(el: Element): string {
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement?.closest('[aria-hidden="true"]');
    if (!hidden || !el.contains(hidden)) out += node.textContent ?? '';
  }
  return clean(out);
}

/** The name a person reads for an option, radio or checkbox: aria-label, aria-labelledby, its text, its label. */
function nameOf(el: Element): string {
  const own = el.getAttribute('aria-label');
  if (own) return clean(own);
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length) return clean(ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
  const text = readable(el);
  if (text) return text;
  return clean(el.closest('label')?.textContent ?? el.nextElementSibling?.textContent);
}

// —— Combobox ————————————————————————————————————————————————————————————————————————————————————————————————————

/** The element carrying role=combobox for a field element (the combobox, or a wrapper around it). */
const comboboxOf = (el: Element): Element => (el.matches(COMBOBOX) ? el : (el.querySelector(COMBOBOX) ?? el.closest(COMBOBOX) ?? el));

/** Where text is typed: the combobox itself when it is an input, else an input inside it (ARIA 1.1). */
function textOf(box: Element): HTMLInputElement | undefined {
  if (isInput(box)) return box;
  return [...box.querySelectorAll('input')].find((i) => i.type !== 'hidden') ?? undefined;
}

const isEditable = (box: Element) => {
  const input = textOf(box);
  return input !== undefined && !input.readOnly && !input.disabled;
};

/** The popup this combobox names (aria-controls, else aria-owns), on the combobox or its input. */
function popupOf(box: Element): Element | undefined {
  const doc = box.ownerDocument;
  for (const holder of [box, textOf(box)]) {
    for (const attr of ['aria-controls', 'aria-owns']) {
      for (const id of (holder?.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
        const found = doc.getElementById(id);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** The list or tree inside the popup (a popup may be a dialog or a wrapper around it). */
function listOf(box: Element, role: 'listbox' | 'tree'): Element | undefined {
  const popup = popupOf(box);
  if (!popup) return undefined;
  return popup.matches(`[role=${role}]`) ? popup : (popup.querySelector(`[role=${role}]`) ?? undefined);
}

const isOpen = (box: Element) => (box.getAttribute('aria-expanded') ?? textOf(box)?.getAttribute('aria-expanded')) === 'true';

/** Opens the combobox as a person would: a click, else ArrowDown (Alt+ArrowDown for an editable one), and waits for its popup. */
async function openPopup(box: Element, role: 'listbox' | 'tree'): Promise<Element | undefined> {
  const body = box.ownerDocument.body;
  const ready = () => isOpen(box) && listOf(box, role);
  if (ready()) return listOf(box, role);
  press(box);
  const clicked = await waitFor(ready, body, STEP_MS);
  if (clicked) return clicked;
  const focus = textOf(box) ?? box;
  key(focus, 'ArrowDown', isEditable(box));
  return (await waitFor(ready, body)) || undefined;
}

function closePopup(box: Element) {
  if (isOpen(box)) key(textOf(box) ?? box, 'Escape');
}

const optionsIn = (list: Element) => [...list.querySelectorAll('[role=option]')].filter((o) => (o as HTMLElement).style.display !== 'none');
const isSelected = (option: Element) => option.getAttribute('aria-selected') === 'true' || option.getAttribute('aria-checked') === 'true';

/** The option naming the label: rendered now, else after typing it into an editable combobox (list autocomplete). */
async function findOption(box: Element, list: Element, label: string): Promise<Element | undefined> {
  const body = box.ownerDocument.body;
  const find = () => bestOption(optionsIn(list), nameOf, label);
  const input = textOf(box);
  if (!isEditable(box) || !input) {
    // A list that loads late: wait until it has options, then it either names the label or does not.
    const loaded = await waitFor(() => find() ?? (optionsIn(list).length > 0 ? 'loaded' : undefined), body);
    return loaded === 'loaded' ? undefined : loaded;
  }
  const now = find();
  if (now) return now;
  setValue(input, label, { blur: false });
  const typed = await waitFor(find, body, SEARCH_MS);
  if (typed) return typed;
  // A list filtered by the full name may hide a short one (广东省 typed, 广东 listed): the whole list, once more.
  setValue(input, '', { blur: false });
  return waitFor(find, body, SEARCH_MS);
}

/**
 * Chooses the option: a click, else the arrow keys until aria-activedescendant names it, then Enter. `done` says when
 * the combobox shows the choice.
 */
async function pick(box: Element, option: Element, done: () => boolean): Promise<boolean> {
  const body = box.ownerDocument.body;
  press(option);
  if (await waitFor(done, body, STEP_MS)) return true;
  const focus = textOf(box) ?? box;
  const list = option.closest('[role=listbox]');
  const count = list ? optionsIn(list).length : 0;
  for (let i = 0; i <= count && option.id && focus.getAttribute('aria-activedescendant') !== option.id; i++) {
    if (!isOpen(box)) key(focus, 'ArrowDown', true);
    key(focus, 'ArrowDown');
    await settle();
  }
  key(focus, 'Enter');
  return Boolean(await waitFor(done, body, STEP_MS));
}

/** What a single combobox shows: its input's value, else its text (not a placeholder), else the selected option. */
function shownValue(box: Element): string {
  const input = textOf(box);
  if (input) return clean(input.value);
  const text = readable(box);
  if (text && !PLACEHOLDER.test(text)) return text;
  const list = listOf(box, 'listbox');
  const chosen = list ? optionsIn(list).find(isSelected) : undefined;
  return chosen ? nameOf(chosen) : '';
}

const comboboxDisabled = (el: Element) => isDisabled(comboboxOf(el)) || (textOf(comboboxOf(el))?.disabled ?? false);

export const ariaComboboxDriver: Driver = {
  disabled: comboboxDisabled,
  async write(el, value) {
    const box = comboboxOf(el);
    const label = asText(value);
    if (comboboxDisabled(box)) return 'the combobox is disabled';
    const list = await openPopup(box, 'listbox');
    if (!list) return 'the combobox did not open its listbox';
    const option = await findOption(box, list, label);
    if (!option) {
      closePopup(box);
      return `no option 「${label}」 in the listbox`;
    }
    if (option.getAttribute('aria-disabled') === 'true') {
      closePopup(box);
      return `option 「${label}」 is disabled`;
    }
    const name = nameOf(option);
    const shown = () => shownValue(box) === name || optionMatches(shownValue(box), label);
    const taken = await pick(box, option, shown);
    closePopup(box);
    return taken ? undefined : `the combobox did not take 「${label}」`;
  },
  read(el, spec) {
    const shown = shownValue(comboboxOf(el));
    return shown ? labelOfOption(spec, '', shown) : '';
  },
};

// —— Combobox with a multi-selectable listbox ———————————————————————————————————————————————————————————————————————

/** A multi-select combobox: its listbox says aria-multiselectable (once it exists), or the combobox says so itself. */
/** A prompt that says several may be chosen (请选择网站语言（可多选）). */
const SAYS_MULTIPLE = /可多选|多选|可选多个|multiple/i;

/**
 * A multi-select combobox: said by ARIA on it or on its listbox — which many draw only while open — else by its own
 * prompt, or by the chips with remove buttons it already holds.
 */
export function isMultiCombobox(el: Element): boolean {
  const box = comboboxOf(el);
  if (box.getAttribute('aria-multiselectable') === 'true' || listOf(box, 'listbox')?.getAttribute('aria-multiselectable') === 'true') return true;
  const prompt = `${readable(box)} ${textOf(box)?.placeholder ?? ''} ${box.getAttribute('aria-label') ?? ''}`;
  return SAYS_MULTIPLE.test(prompt) || heldValues(box).length > 0;
}

/**
 * The values it holds: the listbox's selected options while the listbox exists, else the chips beside the combobox
 * (each a text with its own remove button, as multi-select comboboxes render them).
 */
function heldValues(box: Element): string[] {
  const list = listOf(box, 'listbox');
  if (list) return optionsIn(list).filter(isSelected).map(nameOf);
  const wrapper = box.parentElement;
  if (!wrapper) return [];
  const isButton = (n: Node) => n.nodeType === Node.ELEMENT_NODE && (n as Element).matches('button, [role=button]');
  return [...wrapper.querySelectorAll('button, [role=button]')]
    .map((button) => button.parentElement)
    .filter((chip): chip is HTMLElement => chip !== null && chip !== wrapper && !chip.contains(box) && !box.contains(chip))
    .map((chip) => clean([...chip.childNodes].filter((n) => !isButton(n)).map((n) => n.textContent).join('')))
    .filter(Boolean);
}

export const ariaComboboxMultipleDriver: Driver = {
  holdsList: true,
  unordered: true,
  disabled: comboboxDisabled,
  async write(el, value) {
    const box = comboboxOf(el);
    const wanted = asList(value).filter(Boolean);
    if (comboboxDisabled(box)) return 'the combobox is disabled';
    const list = await openPopup(box, 'listbox');
    if (!list) return 'the combobox did not open its listbox';
    // Options the profile does not hold are toggled off first; then each wanted one on.
    for (const option of optionsIn(list).filter(isSelected)) {
      if (wanted.some((w) => optionMatches(nameOf(option), w))) continue;
      if (!(await pick(box, option, () => !isSelected(option)))) {
        closePopup(box);
        return `「${nameOf(option)}」 could not be removed`;
      }
    }
    for (const label of wanted) {
      const open = listOf(box, 'listbox') ?? (await openPopup(box, 'listbox'));
      if (!open) return 'the combobox did not open its listbox';
      const option = await findOption(box, open, label);
      if (!option || option.getAttribute('aria-disabled') === 'true') {
        closePopup(box);
        return option ? `option 「${label}」 is disabled` : `no option 「${label}」 in the listbox`;
      }
      if (!isSelected(option) && !(await pick(box, option, () => isSelected(option) || heldValues(box).some((v) => optionMatches(v, label))))) {
        closePopup(box);
        return `the combobox did not take 「${label}」`;
      }
    }
    closePopup(box);
    return undefined;
  },
  read(el, spec) {
    return heldValues(comboboxOf(el)).map((v) => labelOfOption(spec, '', v));
  },
};

// —— Combobox with a tree popup (a region: 省 / 市 / 县) ————————————————————————————————————————————————————————————————

/** A combobox whose popup is a tree: it says aria-haspopup="tree", or its popup is one. */
export function isTreeCombobox(el: Element): boolean {
  const box = comboboxOf(el);
  return (box.getAttribute('aria-haspopup') ?? textOf(box)?.getAttribute('aria-haspopup')) === 'tree' || listOf(box, 'tree') !== undefined;
}

const levelOf = (item: Element): number => {
  const level = Number(item.getAttribute('aria-level'));
  if (level > 0) return level;
  let depth = 1;
  for (let node = item.parentElement?.closest('[role=treeitem]'); node; node = node.parentElement?.closest('[role=treeitem]')) depth++;
  return depth;
};

/** The group holding an item's children: inside it, named by aria-owns, or right after it. */
function groupOf(item: Element): Element | undefined {
  const inside = item.querySelector('[role=group]');
  if (inside) return inside;
  const owned = (item.getAttribute('aria-owns') ?? '').split(/\s+/).filter(Boolean).map((id) => item.ownerDocument.getElementById(id)).find(Boolean);
  if (owned) return owned;
  const next = item.nextElementSibling;
  return next?.matches('[role=group]') ? next : undefined;
}

/** The items one level below `parent` (the tree's top level without one). */
function childrenIn(tree: Element, parent: Element | undefined): Element[] {
  const items = [...tree.querySelectorAll('[role=treeitem]')];
  if (!parent) return items.filter((i) => levelOf(i) === 1);
  const level = levelOf(parent) + 1;
  const group = groupOf(parent);
  if (group) return [...group.querySelectorAll('[role=treeitem]')].filter((i) => levelOf(i) === level);
  // A flat tree (aria-level only): the items after the parent, until one at its level or above.
  const after = items.slice(items.indexOf(parent) + 1);
  const end = after.findIndex((i) => levelOf(i) < level);
  return (end < 0 ? after : after.slice(0, end)).filter((i) => levelOf(i) === level);
}

/** The name of a tree item, without its children's names. */
function itemName(item: Element): string {
  const group = groupOf(item);
  if (!group || !item.contains(group) || item.getAttribute('aria-label')) return nameOf(item);
  return clean([...item.childNodes].filter((n) => n !== group && !(n as Element).contains?.(group)).map((n) => n.textContent).join('') || item.firstElementChild?.textContent);
}

/**
 * Where a person clicks a tree item: the row showing its name (the element its aria-labelledby names sits in), not the
 * item around its children; a click handler on the row never hears a click dispatched on the item.
 */
function rowOf(item: Element): Element {
  const id = (item.getAttribute('aria-labelledby') ?? '').split(/\s+/)[0];
  const name = id ? item.ownerDocument.getElementById(id) : null;
  if (name && item.contains(name) && name.parentElement) return name.parentElement === item ? name : name.parentElement;
  const first = item.firstElementChild;
  return first && !first.matches('[role=group]') ? first : item;
}

/** Expands an item (a click, else ArrowRight) and waits for its children, which may load lazily. */
async function expand(tree: Element, item: Element): Promise<boolean> {
  const body = item.ownerDocument.body;
  const loaded = () => item.getAttribute('aria-expanded') === 'true' && childrenIn(tree, item).length > 0;
  if (loaded()) return true;
  if (item.getAttribute('aria-expanded') !== 'true') press(rowOf(item));
  if (await waitFor(loaded, body, STEP_MS)) return true;
  if (item.getAttribute('aria-expanded') !== 'true') key(item, 'ArrowRight');
  return Boolean(await waitFor(loaded, body));
}

const splitPath = (text: string) => text.split(/\s*[/>,，、]\s*|\s+/).filter(Boolean);

export const ariaTreeDriver: Driver = {
  holdsList: true,
  disabled: comboboxDisabled,
  async write(el, value) {
    const box = comboboxOf(el);
    const labels = asList(value).filter(Boolean);
    if (comboboxDisabled(box)) return 'the combobox is disabled';
    const tree = await openPopup(box, 'tree');
    if (!tree) return 'the combobox did not open its tree';
    const body = box.ownerDocument.body;
    let parent: Element | undefined;
    for (const [level, label] of labels.entries()) {
      if (parent && !(await expand(tree, parent))) {
        closePopup(box);
        return `「${itemName(parent)}」 did not open its next level`;
      }
      const item = await waitFor(() => bestOption(childrenIn(tree, parent), itemName, label), body);
      if (!item) {
        closePopup(box);
        return `no 「${label}」 at level ${level + 1} of the tree`;
      }
      parent = item;
    }
    if (!parent) return undefined;
    const leaf = parent;
    const done = () => {
      const shown = splitPath(shownValue(box));
      return shown.length > 0 && optionMatches(shown[shown.length - 1] ?? '', labels[labels.length - 1] ?? '');
    };
    press(rowOf(leaf));
    if (!(await waitFor(done, body, STEP_MS))) {
      key(leaf, 'Enter');
      if (!(await waitFor(done, body, STEP_MS))) return `the combobox did not take 「${labels.join(' / ')}」`;
    }
    closePopup(box);
    return undefined;
  },
  read(el) {
    return splitPath(shownValue(comboboxOf(el)));
  },
};

// —— Radio group and checkbox group —————————————————————————————————————————————————————————————————————————————————

const radiosIn = (group: Element) => [...group.querySelectorAll('[role=radio]')];
const checkboxesIn = (group: Element) => [...group.querySelectorAll('[role=checkbox]:not(input)')];
const isChecked = (el: Element) => el.getAttribute('aria-checked') === 'true';

/** Toggles a radio or checkbox: a click, else Space (the APG key for both). */
async function toggle(el: Element, want: boolean): Promise<boolean> {
  if (isChecked(el) === want) return true;
  const body = el.ownerDocument.body;
  press(el);
  if (await waitFor(() => isChecked(el) === want, body, STEP_MS)) return true;
  key(el, ' ');
  return Boolean(await waitFor(() => isChecked(el) === want, body, STEP_MS));
}

export const ariaRadiosDriver: Driver = {
  disabled: (el) => isDisabled(el) || (radiosIn(el).length > 0 && radiosIn(el).every(isDisabled)),
  async write(el, value, spec) {
    const radios = radiosIn(el);
    // A radiogroup of native radios is the shared driver's.
    if (radios.length === 0) return radiosDriver.write(el, value, spec);
    const label = asText(value);
    const radio = bestOption(radios, nameOf, label);
    if (!radio) return `no choice 「${label}」 in the group`;
    if (isDisabled(radio)) return `choice 「${label}」 is disabled`;
    return (await toggle(radio, true)) ? undefined : `the choice 「${label}」 did not take`;
  },
  read(el, spec) {
    const radios = radiosIn(el);
    if (radios.length === 0) return radiosDriver.read(el, spec);
    const checked = radios.find(isChecked);
    return checked ? labelOfOption(spec, '', nameOf(checked)) : '';
  },
};

/** Other fields than checkboxes inside an element: it is then a form section, not one checkbox group. */
const holdsOtherFields = (el: Element) =>
  el.querySelector('input:not([type=hidden]):not([type=checkbox]), select, textarea, [role=combobox], [role=radiogroup], [role=radio], [role=textbox]') !== null;

/**
 * The field a set of ARIA checkboxes forms: the `role=group` around them (the APG Checkbox pattern's markup), as long
 * as it holds no other kind of field; else their common parent. Checkboxes each wrapped in an item of their own
 * without a role=group around them are each their own parent's field (then a label leading to them is ambiguous, and
 * nothing is written): a CSS root cannot name the grandparent here, as happy-dom matches `:has(> a > b)` on any
 * element with an `a` child.
 */
export function checkboxGroupOf(checkbox: Element): Element | undefined {
  const stop = checkbox.ownerDocument.body;
  for (let node = checkbox.parentElement; node && node !== stop && !holdsOtherFields(node); node = node.parentElement) {
    if (node.matches('[role=group]')) return node;
  }
  return checkbox.parentElement ?? undefined;
}

/** Candidate containers for the CSS root: a role=group around checkboxes, or their parent; `isCheckboxGroup` decides. */
export const CHECKBOX_GROUP_ROOT = '[role=group]:has([role=checkbox]:not(input)), :has(> [role=checkbox]:not(input))';

export function isCheckboxGroup(el: Element): boolean {
  return checkboxesIn(el).some((box) => checkboxGroupOf(box) === el);
}

export const ariaCheckboxesDriver: Driver = {
  holdsList: true,
  disabled: (el) => isDisabled(el) || (checkboxesIn(el).length > 0 && checkboxesIn(el).every(isDisabled)),
  async write(el, value) {
    const boxes = checkboxesIn(el);
    const wanted = asList(value).filter(Boolean);
    const chosen = new Set<Element>();
    for (const label of wanted) {
      const box = bestOption(boxes, nameOf, label);
      if (!box) return `no choice 「${label}」 in the group`;
      chosen.add(box);
    }
    // Off first, so a "以上都不涉及" that clears the others, or a "max n" group, never sees both.
    for (const box of [...boxes.filter((b) => !chosen.has(b)), ...chosen]) {
      const want = chosen.has(box);
      if (isChecked(box) === want) continue;
      if (isDisabled(box)) return `choice 「${nameOf(box)}」 is disabled`;
      if (!(await toggle(box, want))) return `the choice 「${nameOf(box)}」 did not ${want ? 'check' : 'uncheck'}`;
    }
    return undefined;
  },
  read(el, spec) {
    return checkboxesIn(el)
      .filter(isChecked)
      .map((b) => labelOfOption(spec, '', nameOf(b)));
  },
};

/** The roots, registered last in LIBRARY_WIDGETS: every library's own root wins over them. */
export const ARIA_ROOTS = { combobox: COMBOBOX, radiogroup: '[role=radiogroup]', checkboxes: CHECKBOX_GROUP_ROOT } as const;
