// @vitest-environment happy-dom
import { createElement, useState } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { documentsOf } from '../frames';
import { fieldOf } from '../locate-by-label';
import { locateField, pageContext } from '../locate-field';
import { ariaCheckboxesDriver, ariaComboboxDriver, ariaComboboxMultipleDriver, ariaRadiosDriver, ariaTreeDriver } from './aria';
import { libraryWidgetOf } from './index';

// The ARIA fallback against hand-written WAI-ARIA widgets (w3.org/WAI/ARIA/apg patterns) of no known library: a React
// select-only combobox whose listbox is a portal in <body>, an editable one that filters as typed and takes the
// choice on Enter, a multi-select, radios, checkboxes, and a combobox whose tree loads each level lazily.

const SPEC: FieldSpec = { path: 'x', section: 'subject', labels: ['x'] };
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function rendered<T>(find: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await later(10);
  }
  throw new Error('not rendered');
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** APG select-only combobox: a div role=combobox; its listbox a portal, rendered while open; options load late. */
function SelectOnly({ id, disabled }: { id: string; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const toggle = () => {
    if (disabled) return;
    setOpen(!open);
    if (options.length === 0) void later(60).then(() => setOptions(['企业', '个人', '事业单位']));
  };
  return createElement('div', null, [
    createElement('label', { key: 'l', id: `${id}-label` }, '主办单位性质'),
    createElement(
      'div',
      { key: 'c', role: 'combobox', tabIndex: 0, 'aria-labelledby': `${id}-label`, 'aria-expanded': open, 'aria-controls': `${id}-list`, 'aria-haspopup': 'listbox', 'aria-disabled': disabled ? 'true' : undefined, onClick: toggle },
      value || '请选择',
    ),
    open &&
      createPortal(
        createElement(
          'div',
          { id: `${id}-list`, role: 'listbox', key: 'p' },
          options.map((o) => createElement('div', { key: o, role: 'option', id: `${id}-${o}`, 'aria-selected': o === value, onClick: () => (setValue(o), setOpen(false)) }, o)),
        ),
        document.body,
      ),
  ]);
}

describe('ARIA select-only combobox (React, portal listbox)', () => {
  it('opens, waits for late options, chooses its own, and reads the text back', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    createRoot(host).render(createElement('div', null, [createElement(SelectOnly, { key: 'a', id: 'a' }), createElement(SelectOnly, { key: 'b', id: 'b' })]));
    const [, box] = await rendered(() => {
      const boxes = [...host.querySelectorAll('[role=combobox]')];
      return boxes.length === 2 ? boxes : undefined;
    });
    expect(libraryWidgetOf(box!)).toBe('aria-combobox');
    expect(ariaComboboxDriver.read(box!, SPEC)).toBe('');
    expect(await ariaComboboxDriver.write(box!, '个人', SPEC)).toBeUndefined();
    expect(ariaComboboxDriver.read(box!, SPEC)).toBe('个人');
    expect(ariaComboboxDriver.read(host.querySelector('[role=combobox]')!, SPEC)).toBe('');
    expect(await ariaComboboxDriver.write(box!, '外资企业', SPEC)).toMatch(/no option/);
  });

  it('is disabled while aria-disabled, and is found as a field by its label', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    createRoot(host).render(createElement(SelectOnly, { id: 'd', disabled: true }));
    const box = await rendered(() => host.querySelector('[role=combobox]'));
    expect(ariaComboboxDriver.disabled?.(box)).toBe(true);
    const found = locateField(pageContext(documentsOf(document)), { path: 'subject.nature', section: 'subject', labels: ['主办单位性质'] });
    expect('element' in found ? [found.element, found.widget] : found).toEqual([box, 'aria-combobox']);
  });
});

/** APG editable combobox with list autocomplete: filters as typed, moves aria-activedescendant with arrows, Enter takes it. */
function editable(id: string, items: readonly string[]): HTMLInputElement {
  const input = document.createElement('input');
  Object.assign(input, { id });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${id}-list`);
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.setAttribute('role', 'listbox');
  document.body.append(input, list);
  let active = -1;
  const shown = () => [...list.children];
  const render = () => {
    list.replaceChildren(
      ...items
        .filter((item) => item.includes(input.value))
        .map((item, i) => {
          const li = document.createElement('li');
          li.setAttribute('role', 'option');
          li.id = `${id}-${i}`;
          li.textContent = item;
          return li;
        }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };
  const setOpen = (open: boolean) => {
    input.setAttribute('aria-expanded', String(open));
    if (open) render();
    else list.replaceChildren();
  };
  input.addEventListener('input', () => setOpen(true));
  // Clicks on options do nothing here: only the keyboard chooses (the fallback must use it).
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      if (input.getAttribute('aria-expanded') !== 'true') return setOpen(true);
      active = Math.min(active + 1, shown().length - 1);
      input.setAttribute('aria-activedescendant', shown()[active]?.id ?? '');
    } else if (e.key === 'Enter' && active >= 0) {
      input.value = shown()[active]?.textContent ?? '';
      setOpen(false);
    } else if (e.key === 'Escape') setOpen(false);
  });
  return input;
}

describe('ARIA editable combobox', () => {
  it('types to filter, then takes the option with the arrow keys and Enter', async () => {
    const input = editable('lang', ['中文简体', '中文繁体', '英语']);
    expect(libraryWidgetOf(input)).toBe('aria-combobox');
    expect(await ariaComboboxDriver.write(input, '中文繁体', SPEC)).toBeUndefined();
    expect(input.value).toBe('中文繁体');
    expect(ariaComboboxDriver.read(input, SPEC)).toBe('中文繁体');
  });
});

describe('ARIA multi-select combobox', () => {
  it('toggles options of an aria-multiselectable listbox to hold exactly the profile’s set', async () => {
    document.body.innerHTML =
      '<div role="combobox" id="m" aria-expanded="false" aria-controls="m-list">语言</div>' +
      '<ul role="listbox" id="m-list" aria-multiselectable="true" hidden>' +
      ['中文简体', '中文繁体', '英语'].map((o, i) => `<li role="option" id="m${i}" aria-selected="${o === '英语'}">${o}</li>`).join('') +
      '</ul>';
    const box = document.getElementById('m')!;
    const list = document.getElementById('m-list')!;
    box.addEventListener('click', () => {
      const open = box.getAttribute('aria-expanded') !== 'true';
      box.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
    });
    list.addEventListener('click', (e) => {
      const option = e.target instanceof Element ? e.target.closest('[role=option]') : null;
      option?.setAttribute('aria-selected', String(option.getAttribute('aria-selected') !== 'true'));
    });
    expect(libraryWidgetOf(box)).toBe('aria-combobox-multiple');
    expect(await ariaComboboxMultipleDriver.write(box, ['中文简体', '中文繁体'], SPEC)).toBeUndefined();
    expect(ariaComboboxMultipleDriver.read(box, SPEC)).toEqual(['中文简体', '中文繁体']);
  });
});

describe('ARIA radios and checkboxes', () => {
  it('checks by aria-checked, and a set of role=checkbox in a role=group is one field', async () => {
    document.body.innerHTML =
      '<div class="row"><span>网站语言</span><div role="group" id="g"><ul>' +
      ['中文简体', '中文繁体', '英语'].map((o) => `<li><div role="checkbox" aria-checked="false" tabindex="0">${o}</div></li>`).join('') +
      '</ul></div></div>' +
      '<div class="row"><span>是否涉及前置审批</span><div role="radiogroup" id="r">' +
      ['是', '否'].map((o) => `<span role="radio" aria-checked="${o === '否'}" tabindex="0">${o}</span>`).join('') +
      '</div></div>';
    const group = document.getElementById('g')!;
    const radios = document.getElementById('r')!;
    group.addEventListener('click', (e) => {
      const box = e.target instanceof Element ? e.target.closest('[role=checkbox]') : null;
      box?.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true'));
    });
    // Radios that answer the keyboard only: Space checks (the fallback's second way).
    radios.addEventListener('keydown', (e) => {
      const radio = e.target instanceof Element ? e.target.closest('[role=radio]') : null;
      if (e.key !== ' ' || !radio) return;
      for (const r of radios.querySelectorAll('[role=radio]')) r.setAttribute('aria-checked', String(r === radio));
    });
    expect([libraryWidgetOf(group), libraryWidgetOf(radios)]).toEqual(['aria-checkboxes', 'aria-radios']);
    expect(fieldOf(group.querySelector('[role=checkbox]')!)).toBe(group);
    const located = locateField(pageContext(documentsOf(document)), { path: 'websites[].languages', section: 'subject', labels: ['网站语言'] });
    expect('element' in located ? located.widget : located).toBe('aria-checkboxes');
    expect(await ariaCheckboxesDriver.write(group, ['英语', '中文简体'], SPEC)).toBeUndefined();
    expect(ariaCheckboxesDriver.read(group, SPEC)).toEqual(['中文简体', '英语']);
    expect(await ariaRadiosDriver.write(radios, '是', SPEC)).toBeUndefined();
    expect(ariaRadiosDriver.read(radios, SPEC)).toBe('是');
    radios.setAttribute('aria-disabled', 'true');
    expect(ariaRadiosDriver.disabled?.(radios)).toBe(true);
  });
});

describe('ARIA combobox with a lazy tree', () => {
  it('expands each level as its children load, matches short names, and reads the path back', async () => {
    const children: Record<string, string[]> = { '': ['上海', '浙江'], 浙江: ['杭州', '宁波'], 杭州: ['西湖', '滨江'] };
    document.body.innerHTML = '<div role="combobox" id="t" aria-haspopup="tree" aria-expanded="false" aria-controls="t-tree">请选择</div>';
    const box = document.getElementById('t')!;
    const path: string[] = [];
    const node = (name: string, level: number): HTMLElement => {
      const item = document.createElement('div');
      item.setAttribute('role', 'treeitem');
      item.setAttribute('aria-level', String(level));
      const label = item.appendChild(document.createElement('span'));
      label.textContent = name;
      if (children[name]) item.setAttribute('aria-expanded', 'false');
      item.addEventListener('click', (e) => {
        e.stopPropagation();
        path.splice(level - 1, path.length, name);
        if (!children[name]) {
          box.textContent = path.join(' / ');
          box.setAttribute('aria-expanded', 'false');
          tree.remove();
          return;
        }
        item.setAttribute('aria-expanded', 'true');
        // Children load after a while, into a group inside the item.
        void later(50).then(() => {
          const group = item.appendChild(document.createElement('div'));
          group.setAttribute('role', 'group');
          group.append(...(children[name] ?? []).map((c) => node(c, level + 1)));
        });
      });
      return item;
    };
    const tree = document.createElement('div');
    tree.id = 't-tree';
    tree.setAttribute('role', 'tree');
    box.addEventListener('click', () => {
      box.setAttribute('aria-expanded', 'true');
      tree.replaceChildren(...(children[''] ?? []).map((c) => node(c, 1)));
      document.body.append(tree);
    });
    expect(libraryWidgetOf(box)).toBe('aria-tree');
    expect(ariaTreeDriver.read(box, SPEC)).toEqual([]);
    expect(await ariaTreeDriver.write(box, ['浙江省', '杭州市', '西湖区'], SPEC)).toBeUndefined();
    expect(ariaTreeDriver.read(box, SPEC)).toEqual(['浙江', '杭州', '西湖']);
  });
});
