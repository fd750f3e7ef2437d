// @vitest-environment happy-dom
import { Cascader, Checkbox, DatePicker, InputTag, Radio, Select } from '@arco-design/web-react';
import { createElement, useEffect, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { fieldOf } from '../locate-by-label';
import { arcoCascaderDriver, arcoDateDriver, arcoDateRangeDriver, arcoInputTagDriver, arcoSelectDriver, arcoSelectMultipleDriver } from './arco';
import { checkboxesDriver, radiosDriver } from './choices';
import { validUntilDriver } from './valid-until';
import { libraryWidgetOf } from './index';

// The drivers against the real Arco Design components, rendered by React in happy-dom. happy-dom has no layout, so a
// long Select's virtual list cannot be scrolled here (the e2e replica proves it); here: late and disabled-then-enabled
// selects, a multiple select and a tag input, a lazy cascader whose options are short names, a date and a range.

const SPEC: FieldSpec = { path: 'x', section: 'subject', labels: ['x'] };
const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function mount(element: ReactElement): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(element);
  return host;
}

async function rendered<T>(find: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await later(10, 0);
  }
  throw new Error('not rendered');
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Arco Select', () => {
  it('waits for options that load late, chooses one, and reads the label it shows', async () => {
    const chosen: unknown[] = [];
    function Late() {
      const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
      useEffect(() => void later(80, [{ value: '4', label: '企业' }, { value: '5', label: '个人' }]).then(setOptions), []);
      return createElement(Select, { options, placeholder: '请选择', onChange: (v: unknown) => chosen.push(v) });
    }
    const host = mount(createElement(Late));
    const root = await rendered(() => host.querySelector('.arco-select'));
    expect(libraryWidgetOf(root)).toBe('arco-select');
    expect(arcoSelectDriver.read(root, SPEC)).toBe('');
    expect(await arcoSelectDriver.write(root, '个人', SPEC)).toBeUndefined();
    expect(chosen).toEqual(['5']);
    expect(arcoSelectDriver.read(root, SPEC)).toBe('个人');
  });

  it('is disabled until its parent is chosen, then takes an option, searching when it can', async () => {
    const chosen: unknown[] = [];
    function Dependent() {
      const [enabled, setEnabled] = useState(false);
      useEffect(() => void later(60, true).then(setEnabled), []);
      return createElement(Select, { disabled: !enabled, showSearch: true, options: ['居民身份证', '护照', '港澳居民来往内地通行证'], onChange: (v: unknown) => chosen.push(v) });
    }
    const host = mount(createElement(Dependent));
    const root = await rendered(() => host.querySelector('.arco-select'));
    expect(arcoSelectDriver.disabled?.(root)).toBe(true);
    await rendered(() => !arcoSelectDriver.disabled?.(root));
    expect(await arcoSelectDriver.write(root, '护照', SPEC)).toBeUndefined();
    expect(chosen).toEqual(['护照']);
  });

  it('says so when the option is missing, chooses nothing, and closes', async () => {
    const chosen: unknown[] = [];
    const host = mount(createElement(Select, { options: ['企业'], onChange: (v: unknown) => chosen.push(v) }));
    const root = await rendered(() => host.querySelector('.arco-select'));
    expect(await arcoSelectDriver.write(root, '个人', SPEC)).toMatch(/no option 「个人」/);
    expect(chosen).toEqual([]);
    await rendered(() => root.getAttribute('aria-expanded') === 'false');
  });

  it('multiple: its field is the InputTag inside; keeps wanted tags, removes the others, adds the missing', async () => {
    const values: unknown[] = [];
    const host = mount(createElement(Select, { mode: 'multiple', showSearch: true, defaultValue: ['英语', '日语'], options: ['中文简体', '英语', '日语', '法语'], onChange: (v: unknown) => values.push(v) }));
    const input = await rendered(() => host.querySelector('input.arco-input-tag-input'));
    const field = fieldOf(input);
    expect(field.matches('.arco-input-tag')).toBe(true);
    expect(libraryWidgetOf(field)).toBe('arco-select-multiple');
    expect(await arcoSelectMultipleDriver.write(field, ['中文简体', '英语'], SPEC)).toBeUndefined();
    expect(values.at(-1)).toEqual(['英语', '中文简体']);
    expect(arcoSelectMultipleDriver.read(field, SPEC)).toEqual(['英语', '中文简体']);
  });
});

describe('Arco InputTag', () => {
  it('types each item and confirms it with Enter, and removes the stale ones', async () => {
    const values: unknown[] = [];
    const host = mount(createElement(InputTag, { defaultValue: ['10.0.0.1'], onChange: (v: unknown) => values.push(v) }));
    const input = await rendered(() => host.querySelector('input'));
    const field = fieldOf(input);
    expect(libraryWidgetOf(field)).toBe('arco-input-tag');
    expect(await arcoInputTagDriver.write(field, ['1.2.3.4', '5.6.7.8'], SPEC)).toBeUndefined();
    expect(values.at(-1)).toEqual(['1.2.3.4', '5.6.7.8']);
    expect(arcoInputTagDriver.read(field, SPEC)).toEqual(['1.2.3.4', '5.6.7.8']);
  });
});

describe('Arco Cascader', () => {
  it('waits for each lazy level (loadMore) and takes short-name options for full names', async () => {
    type Node = { value: string; label: string; isLeaf?: boolean };
    const children: Record<string, Node[]> = {
      '44': [{ value: '4403', label: '深圳', isLeaf: false }],
      '4403': [{ value: '440305', label: '南山区', isLeaf: true }],
    };
    let value: unknown;
    const host = mount(
      createElement(Cascader, {
        options: [{ value: '11', label: '北京', isLeaf: false }, { value: '44', label: '广东', isLeaf: false }],
        onChange: (v: unknown) => (value = v),
        loadMore: (pathValue: string[]) => later(60, children[pathValue[pathValue.length - 1] ?? ''] ?? []),
      }),
    );
    const root = await rendered(() => host.querySelector('.arco-cascader'));
    expect(libraryWidgetOf(root)).toBe('arco-cascader');
    expect(await arcoCascaderDriver.write(root, ['广东省', '深圳市', '南山区'], SPEC)).toBeUndefined();
    expect(value).toEqual(['44', '4403', '440305']);
    expect(arcoCascaderDriver.read(root, SPEC)).toEqual(['广东', '深圳', '南山区']);
  });
});

describe('Arco DatePicker and RangePicker', () => {
  it.each([
    ['YYYY-MM-DD', '2020-03-07'],
    ['YYYY/MM/DD', '2020/03/07'],
  ])('types a date and confirms it with Enter (format %s)', async (format, shown) => {
    const changes: unknown[] = [];
    const host = mount(createElement(DatePicker, { format, onChange: (text: unknown) => changes.push(text) }));
    const root = await rendered(() => host.querySelector('.arco-picker'));
    expect(libraryWidgetOf(root)).toBe('arco-date');
    expect(await arcoDateDriver.write(root, '2020-03-07', SPEC)).toBeUndefined();
    expect(changes).toEqual([shown]);
    expect(arcoDateDriver.read(root, SPEC)).toBe('2020-03-07');
  });

  it('holds a range end back until the other comes, then takes both', async () => {
    const changes: unknown[] = [];
    const host = mount(createElement(DatePicker.RangePicker, { onChange: (text: unknown) => changes.push(text) }));
    const [start, end] = await rendered(() => {
      const ends = host.querySelectorAll('.arco-picker-range input');
      return ends.length === 2 ? [...ends] : undefined;
    });
    if (!start || !end) throw new Error('no range');
    expect([fieldOf(start), libraryWidgetOf(start)]).toEqual([start, 'arco-date-range']);
    expect(await arcoDateRangeDriver.write(start, '2020-03-07', SPEC)).toBeUndefined();
    expect(changes).toEqual([]);
    expect(arcoDateRangeDriver.read(start, SPEC)).toBe('');
    expect(await arcoDateRangeDriver.write(end, '2040-03-07', SPEC)).toBeUndefined();
    expect(changes.at(-1)).toEqual(['2020-03-07', '2040-03-07']);
    expect([arcoDateRangeDriver.read(start, SPEC), arcoDateRangeDriver.read(end, SPEC)]).toEqual(['2020-03-07', '2040-03-07']);
  });
});

describe('Arco Radio.Group and Checkbox.Group', () => {
  it('are native inputs in labels, driven by the shared choice drivers', async () => {
    const changes: unknown[] = [];
    const host = mount(
      createElement('div', null, [
        createElement(Checkbox.Group, { key: 'c', options: ['中文简体', '中文繁体', '英语'], onChange: (v: unknown) => changes.push(v) }),
        createElement(Radio.Group, { key: 'r', options: ['是', '否'], defaultValue: '否', onChange: (v: unknown) => changes.push(v) }),
      ]),
    );
    const group = await rendered(() => host.querySelector('.arco-checkbox-group'));
    const radios = host.querySelector('.arco-radio-group')!;
    expect([libraryWidgetOf(group), libraryWidgetOf(radios)]).toEqual(['checkboxes', 'radios']);
    expect(await checkboxesDriver.write(group, ['英语', '中文简体'], SPEC)).toBeUndefined();
    expect(await radiosDriver.write(radios, '是', SPEC)).toBeUndefined();
    expect([checkboxesDriver.read(group, SPEC), radiosDriver.read(radios, SPEC)]).toEqual([['中文简体', '英语'], '是']);
    expect(changes.at(-1)).toBe('是');
  });
});

describe('Arco Checkbox standing alone beside a date (长期)', () => {
  it('is a native input in a label: reachable by the choice drivers and by the 长期 switch beside a date', async () => {
    const changes: unknown[] = [];
    function ValidUntil() {
      const [longTerm, setLongTerm] = useState(false);
      return createElement('div', { className: 'row' }, [
        createElement(DatePicker, { key: 'd', disabled: longTerm, onChange: (text: unknown) => changes.push(text) }),
        createElement(Checkbox, { key: 'c', checked: longTerm, onChange: (v: boolean) => setLongTerm(v) }, '长期'),
      ]);
    }
    const host = mount(createElement(ValidUntil));
    const date = await rendered(() => host.querySelector('.arco-picker'));
    const box = host.querySelector<HTMLInputElement>('.arco-checkbox input[type=checkbox]')!;
    expect(libraryWidgetOf(date)).toBe('arco-date');
    expect(await checkboxesDriver.write(host, ['长期'], SPEC)).toBeUndefined();
    await rendered(() => box.checked);
    expect(checkboxesDriver.read(host, SPEC)).toEqual(['长期']);
    expect(await checkboxesDriver.write(host, [], SPEC)).toBeUndefined();
    await rendered(() => !box.checked);
    expect(await validUntilDriver.write(date, '长期', SPEC)).toBeUndefined();
    await rendered(() => box.checked);
    expect(validUntilDriver.read(date, SPEC)).toBe('长期');
    expect(await validUntilDriver.write(date, '2040-03-07', SPEC)).toBeUndefined();
    expect([box.checked, changes.at(-1)]).toEqual([false, '2040-03-07']);
    expect(validUntilDriver.read(date, SPEC)).toBe('2040-03-07');
  });
});
