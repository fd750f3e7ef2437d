import { waitFor } from '../wait';
import { asList, asText, clean, type Driver } from './driver';

// element-plus (Vue 3) select and cascader: the options live in a popper teleported to <body>, shown after a click,
// and a cascader's next level may load asynchronously after the previous one is chosen.

const isShown = (el: Element) => {
  const popper = el.closest('.el-popper');
  return !popper || (popper as HTMLElement).style.display !== 'none';
};

function click(el: Element) {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: el.ownerDocument.defaultView }));
  }
}

function selectedText(root: Element): string {
  // element-plus 2.5+ shows the chosen label in the placeholder slot, made transparent while nothing is chosen.
  const shown = root.querySelector('.el-select__placeholder:not(.is-transparent)');
  if (shown) return clean(shown.textContent);
  if (root.querySelector('.el-select__placeholder')) return '';
  return clean(root.querySelector('input')?.value); // element-plus < 2.5 shows it in the input
}

/**
 * The options of this select only: its input names its listbox (aria-controls). Another select's popper may still be
 * fading out with the same label in it; choosing from the wrong one would write into the wrong field.
 */
function optionsOf(el: Element): Element[] {
  const doc = el.ownerDocument;
  const listId = el.querySelector('[aria-controls]')?.getAttribute('aria-controls');
  const list = listId ? doc.getElementById(listId) : null;
  const scope = list?.closest('.el-popper') ?? list;
  if (scope) return [...scope.querySelectorAll('.el-select-dropdown__item')];
  // Older element-plus without aria-controls: only a single shown popper can be trusted.
  const shown = [...doc.querySelectorAll('.el-select__popper')].filter((p) => (p as HTMLElement).style.display !== 'none');
  return shown.length === 1 && shown[0] ? [...shown[0].querySelectorAll('.el-select-dropdown__item')] : [];
}

export const elSelectDriver: Driver = {
  async write(el, value) {
    const label = asText(value);
    const body = el.ownerDocument.body;
    const trigger = el.querySelector('.el-select__wrapper, .el-input__wrapper, input') ?? el;
    click(trigger);
    const option = await waitFor(() => optionsOf(el).find((o) => clean(o.textContent) === label), body);
    if (!option) {
      click(trigger); // close the popper we opened
      return `no option 「${label}」 in the dropdown`;
    }
    if (option.classList.contains('is-disabled')) return `option 「${label}」 is disabled`;
    click(option);
    return undefined;
  },
  read(el) {
    return selectedText(el);
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
