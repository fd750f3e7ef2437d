import { isInput } from '../set-value';
import { waitFor } from '../wait';
import { asList, asText, clean, type Driver } from './driver';

// OpenTiny Vue 3 (Huawei's TinyVue, opentiny.design/tiny-vue; markup as @opentiny/vue-* 3.31 renders it). Popups are
// moved under <body> when they open (opentiny/tiny-vue#2540), so each widget's own popup is found by the link its
// markup gives: a select's input names its listbox (`aria-controls` → `.tiny-select-dropdown`), a date input its panel;
// a cascader's dropdown has no link, so it is the one cascader dropdown shown after the click. Radio and checkbox
// groups are native inputs inside labels, driven by the shared choice drivers.

function click(el: Element) {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: el.ownerDocument.defaultView }));
  }
}

function key(el: Element, type: 'keydown' | 'keyup', name: string, keyCode: number) {
  el.dispatchEvent(new KeyboardEvent(type, { key: name, code: name, keyCode, which: keyCode, bubbles: true, cancelable: true }));
}

const displayed = (el: Element) => el.isConnected && el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'none';

/** Shown and not on its way out: popups stay in the DOM with `display: none`, and fade out with `*-leave-active`. */
const isOpen = <T extends Element>(popup: T | null | undefined): popup is T => !!popup && displayed(popup) && ![...popup.classList].some((c) => c.endsWith('-leave-active'));

// ---- tiny-select -------------------------------------------------------------------------------------------------

type SelectParts = { reference: HTMLInputElement; listbox: () => HTMLElement | null; multiple: boolean };

function selectParts(root: Element): SelectParts | string {
  const reference = root.querySelector<HTMLInputElement>('input[aria-controls]');
  const id = reference?.getAttribute('aria-controls');
  if (!reference || !id) return 'the select has no input naming its dropdown';
  return { reference, listbox: () => root.ownerDocument.getElementById(id), multiple: root.classList.contains('tiny-select__multiple') };
}

/** Options rendered now (a virtual list renders those in view; a filtered one hides the others). */
const optionsIn = (listbox: Element) => [...listbox.querySelectorAll('[role=option]')].filter(displayed);
const optionLabel = (option: Element) => option.getAttribute('aria-label') ?? clean(option.querySelector('.tiny-option-label')?.textContent);
const isLoading = (listbox: Element) => isOpen(listbox.querySelector('.tiny-select-dropdown__loading'));

/** Where a person types to filter: the select's own input (filterable), the tag input (multiple), or the dropdown's search box. */
function searchBox(root: Element, parts: SelectParts, listbox: Element): HTMLInputElement | undefined {
  const inDropdown = listbox.querySelector<HTMLInputElement>('.tiny-select-dropdown__search input');
  if (inDropdown) return inDropdown;
  if (!root.classList.contains('tiny-select__filterable')) return undefined;
  if (parts.multiple) return root.querySelector<HTMLInputElement>('input.tiny-select__input') ?? undefined;
  return parts.reference.readOnly ? undefined : parts.reference;
}

/**
 * Typing into a popup's own input (a select's search, a date picker's text): the value and an `input` event only.
 * setValue's focus / change / blur cycle ends an edit, and these widgets take the text only when it is confirmed (the
 * option clicked, Enter in the date panel), as from a person's keys: after setValue's `change` the date panel stayed
 * open on Enter.
 */
function typeText(input: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  if (setter) setter.call(input, text);
  else input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** tiny-select filters on keyup (its input's onKeyup → a debounced query change). */
function typeQuery(input: HTMLInputElement, text: string) {
  typeText(input, text);
  key(input, 'keyup', 'Process', 229);
}

/**
 * Scrolls a virtual list (`optimization`: only the rows in view are rendered) a page at a time until the option is
 * rendered: down from where the list is, then from the top down to there. A plain list renders every option, so
 * scrolling it would find nothing more.
 */
async function scrollTo(listbox: Element, find: () => Element | undefined): Promise<Element | undefined> {
  const scroller = listbox.querySelector<HTMLElement>('.tiny-recycle-scroller');
  if (!scroller) return undefined;
  const rendered = () => optionsIn(listbox).map(optionLabel).join('\u0000');
  // The list re-renders its rows a frame or more after it scrolls.
  const scrollBy = async (top: number) => {
    const before = rendered();
    scroller.scrollTop = top;
    await waitFor(() => find() ?? (rendered() !== before || undefined), listbox, 500);
  };
  const start = scroller.scrollTop;
  let wrapped = false;
  for (let guard = 0; guard < 500; guard++) {
    const found = find();
    if (found) return found;
    const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    if (wrapped && (atEnd || scroller.scrollTop >= start)) return undefined;
    if (atEnd) {
      wrapped = true;
      await scrollBy(0);
    } else await scrollBy(scroller.scrollTop + Math.max(20, scroller.clientHeight - 30));
  }
  return undefined;
}

/** The option labelled so: waits while the list loads, then types to filter where the select allows it, else scrolls. */
async function findOption(root: Element, parts: SelectParts, listbox: Element, label: string): Promise<Element | undefined> {
  const body = root.ownerDocument.body;
  const find = () => optionsIn(listbox).find((o) => optionLabel(o) === label);
  const ready = await waitFor(() => find() ?? (optionsIn(listbox).length > 0 && !isLoading(listbox) ? 'loaded' : undefined), body);
  if (ready !== 'loaded') return ready;
  const box = searchBox(root, parts, listbox);
  if (box) {
    typeQuery(box, label);
    const found = await waitFor(find, body, 2000);
    if (found) return found;
    typeQuery(box, '');
  }
  return scrollTo(listbox, find);
}

async function openSelect(root: Element, parts: SelectParts): Promise<Element | undefined> {
  const body = root.ownerDocument.body;
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = parts.listbox();
    if (isOpen(now)) return now;
    click(root.querySelector('.tiny-input') ?? root);
    const opened = await waitFor(() => {
      const listbox = parts.listbox();
      return isOpen(listbox) ? listbox : undefined;
    }, body, 1500);
    if (opened) return opened;
  }
  return undefined;
}

function closeSelect(parts: SelectParts) {
  if (isOpen(parts.listbox())) key(parts.reference, 'keydown', 'Escape', 27);
}

/** The labels a multiple select shows as tags (the library appends "... " to one that overflows). */
const tagLabels = (root: Element) =>
  [...root.querySelectorAll('.tiny-select__tags .tiny-tag:not([data-tag="tags-collapse"])')].map((t) => clean(t.textContent).replace(/\.\.\.$/, '').trim()).filter(Boolean);

export const tinySelectDriver: Driver = {
  // OpenTiny marks a disabled select or cascader root `is-disabled` (@opentiny/vue-select markup).
  disabled: (el) => el.classList.contains('is-disabled'),
  async write(root, value) {
    const parts = selectParts(root);
    if (typeof parts === 'string') return parts;
    if (root.classList.contains('is-disabled')) return 'the select is disabled';
    const wanted = parts.multiple ? asList(value) : [asText(value)];
    const listbox = await openSelect(root, parts);
    if (!listbox) return 'the select did not open';
    // A multiple select toggles: choose what is missing, then unchoose what the profile does not have.
    const shown = parts.multiple ? tagLabels(root) : [];
    const toggles = parts.multiple ? [...wanted.filter((w) => !shown.includes(w)), ...shown.filter((s) => !wanted.includes(s))] : wanted;
    for (const label of toggles) {
      const option = await findOption(root, parts, listbox, label);
      if (!option) {
        closeSelect(parts);
        return `no option 「${label}」 in the dropdown`;
      }
      if (option.classList.contains('is-disabled')) {
        closeSelect(parts);
        return `option 「${label}」 is disabled`;
      }
      click(option);
      if (!parts.multiple) break;
      const box = searchBox(root, parts, listbox);
      if (box?.value) typeQuery(box, '');
    }
    closeSelect(parts);
    return undefined;
  },
  read(root) {
    const parts = selectParts(root);
    if (typeof parts === 'string') return '';
    return parts.multiple ? tagLabels(root) : clean(parts.reference.value);
  },
};

/** A multiple select (`.tiny-select__multiple`) holds the list itself, as a set: its tags show in the order chosen. */
export const tinySelectMultipleDriver: Driver = { ...tinySelectDriver, holdsList: true, unordered: true };

// ---- tiny-cascader -----------------------------------------------------------------------------------------------

const nodeLabel = (node: Element) => clean(node.querySelector('.tiny-cascader-node__label')?.textContent);

export const tinyCascaderDriver: Driver = {
  disabled: (el) => el.classList.contains('is-disabled'),
  holdsList: true,
  async write(root, value) {
    const labels = asList(value).filter(Boolean);
    const body = root.ownerDocument.body;
    if (root.classList.contains('is-disabled')) return 'the cascader is disabled';
    // The dropdown has no link to its cascader: ours is the one shown while our input says `is-focus` (open). Before
    // its first opening it is still inside the cascader; afterwards it lives under <body>.
    const isOurs = () => root.querySelector('.tiny-input.is-focus') !== null;
    const own = root.querySelector('.tiny-cascader-dropdown');
    if (!isOurs()) click(root.querySelector('.tiny-input') ?? root);
    const dropdown = await waitFor(() => {
      if (!isOurs()) return undefined;
      if (isOpen(own)) return own;
      const shown = [...body.querySelectorAll('.tiny-cascader-dropdown')].filter(isOpen);
      return shown.length === 1 ? shown[0] : undefined; // another one fading out: wait until it has gone
    }, body);
    if (!dropdown) return 'the cascader did not open';
    for (const [level, label] of labels.entries()) {
      const node = await waitFor(() => {
        const menu = dropdown.querySelectorAll('.tiny-cascader-menu')[level];
        return menu ? [...menu.querySelectorAll('.tiny-cascader-node')].find((n) => nodeLabel(n) === label) : undefined;
      }, body);
      if (!node) {
        if (isOurs()) click(root.querySelector('.tiny-input') ?? root); // close what we opened
        return `no 「${label}」 at level ${level + 1} of the cascader`;
      }
      click(node);
      if (level === labels.length - 1) break;
      // Lazy levels: the next menu is this node's only once the node is on the active path and done loading.
      const expanded = await waitFor(() => node.getAttribute('aria-expanded') === 'true' && dropdown.querySelectorAll('.tiny-cascader-menu').length > level + 1, body);
      if (!expanded) return `「${label}」 did not open its next level`;
    }
    return undefined;
  },
  read(root) {
    const text = clean(root.querySelector<HTMLInputElement>('input')?.value);
    return text ? text.split(/\s*\/\s*/) : [];
  },
};

// ---- tiny-date-picker --------------------------------------------------------------------------------------------

function dateInput(root: Element): HTMLInputElement | undefined {
  const input = root.matches('input') ? root : root.querySelector('input');
  return input && isInput(input) ? input : undefined;
}

export const tinyDateDriver: Driver = {
  async write(root, value) {
    const input = dateInput(root);
    if (!input) return 'the date field has no input';
    if (input.disabled || input.readOnly) return 'the date field is read-only';
    const text = asText(value);
    const body = root.ownerDocument.body;
    // The picker parses a typed date only while its panel is open, and keeps it only when confirmed (Enter): typed
    // and blurred, the date is dropped when the panel closes.
    input.dispatchEvent(new FocusEvent('focus'));
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    const panelId = input.getAttribute('aria-controls');
    const panel = await waitFor(() => {
      const found = panelId ? root.ownerDocument.getElementById(panelId) : null;
      return isOpen(found) ? found : undefined;
    }, body);
    if (!panel) return 'the date panel did not open';
    typeText(input, text);
    key(input, 'keydown', 'Enter', 13);
    const taken = await waitFor(() => !isOpen(panel) && input.value.trim() === text, body, 2000);
    if (!taken) {
      if (isOpen(panel)) key(input, 'keydown', 'Escape', 27);
      return `the date picker did not take 「${text}」`;
    }
    return undefined;
  },
  read(root) {
    return clean(dateInput(root)?.value);
  },
};
