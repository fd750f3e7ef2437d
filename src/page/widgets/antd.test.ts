// @vitest-environment happy-dom
import { Cascader, Checkbox, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import type { DefaultOptionType } from 'antd/es/cascader';
import { createElement, useEffect, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { documentsOf } from '../frames';
import { locateField, pageContext } from '../locate-field';
import { antdCascaderDriver, antdDateDriver, antdDateRangeDriver, antdSelectDriver, antdSelectMultipleDriver } from './antd';
import { checkboxesDriver, radiosDriver } from './choices';

// The drivers against the real Ant Design components, rendered by React in happy-dom. happy-dom has no layout, so
// the virtual list's scrolling is proven end to end (test/e2e, Aliyun replica); here: late option lists, a select's
// own dropdown, lazy cascader levels, and a date that only sticks once confirmed.

const SPEC: FieldSpec = { path: 'x', section: 'subject', labels: ['x'] };
const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function mount(element: ReactElement): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(element);
  return host;
}

/** Mounts the element and waits until React has rendered the widget's root. */
async function mounted(element: ReactElement, root: string): Promise<Element> {
  const host = mount(element);
  return rendered(() => host.querySelector(root));
}

/** Waits until React has rendered what the test needs. */
async function rendered<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await later(10, 0);
  }
  throw new Error('not rendered');
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('antd Select', () => {
  it('waits for options that load late, chooses one, and reads the label it renders', async () => {
    const chosen: string[] = [];
    function LateSelect() {
      const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
      useEffect(() => void later(80, [{ value: '4', label: '企业' }, { value: '5', label: '个人' }]).then(setOptions), []);
      return createElement(Select<string>, { options, loading: options.length === 0, style: { width: 200 }, onChange: (v: string) => chosen.push(v) });
    }
    const root = await mounted(createElement(LateSelect), '.ant-select');
    expect(await antdSelectDriver.write(root, '个人', SPEC)).toBeUndefined();
    expect(chosen).toEqual(['5']);
    expect(antdSelectDriver.read(root, SPEC)).toBe('个人');
  });

  it('chooses from its own dropdown when another one shows the same label', async () => {
    const options = [{ value: '2', label: '居民身份证' }, { value: '7', label: '护照' }];
    const chosen: [string, string][] = [];
    const host = mount(
      createElement('div', null, [
        // Ids as a form gives them (rc-util names every select alike under NODE_ENV=test).
        createElement(Select<string>, { key: 'a', id: 'a', options, open: true, onChange: (v: string) => chosen.push(['a', v]) }),
        createElement(Select<string>, { key: 'b', id: 'b', options, onChange: (v: string) => chosen.push(['b', v]) }),
      ]),
    );
    const [, second] = await rendered(() => {
      const roots = [...host.querySelectorAll('.ant-select')];
      return roots.length === 2 && document.querySelector('.ant-select-item-option') ? roots : undefined;
    });
    expect(await antdSelectDriver.write(second!, '护照', SPEC)).toBeUndefined();
    expect(chosen).toEqual([['b', '7']]);
  });

  it.each([false, true])('says so when the option is not in the list (search %s), chooses nothing, and closes the list', async (showSearch) => {
    const chosen: string[] = [];
    const root = await mounted(createElement(Select<string>, { showSearch, options: [{ value: '4', label: '企业' }], onChange: (v: string) => chosen.push(v) }), '.ant-select');
    expect(await antdSelectDriver.write(root, '个人', SPEC)).toMatch(/no option 「个人」/);
    expect(chosen).toEqual([]);
    expect(antdSelectDriver.read(root, SPEC)).toBe('');
    await rendered(() => root.querySelector('input[aria-expanded=false]')); // rc-select closes a task later
  });

  it('reads the v4/v5 selection item and the v6 content', () => {
    document.body.innerHTML =
      '<div class="ant-select" id="v5"><div class="ant-select-selector"><span class="ant-select-selection-search"><input></span><span class="ant-select-selection-item" title="企业">企业</span></div></div>' +
      '<div class="ant-select" id="v6"><div class="ant-select-content" title="个人">个人<input class="ant-select-input"></div></div>' +
      '<div class="ant-select" id="none"><div class="ant-select-content"><div class="ant-select-placeholder">请选择</div><input></div></div>';
    const read = (id: string) => antdSelectDriver.read(document.getElementById(id)!, SPEC);
    expect([read('v5'), read('v6'), read('none')]).toEqual(['企业', '个人', '']);
  });
});

describe('antd Cascader', () => {
  it('waits for each lazy level, and reads the path it renders', async () => {
    type Node = DefaultOptionType;
    const children: Record<string, Node[]> = {
      '330000': [{ value: '330100', label: '杭州市', isLeaf: false }],
      '330100': [{ value: '330106', label: '西湖区', isLeaf: true }],
    };
    let value: unknown;
    function Lazy() {
      const [options, setOptions] = useState<Node[]>([
        { value: '310000', label: '上海市', isLeaf: false },
        { value: '330000', label: '浙江省', isLeaf: false },
      ]);
      return createElement(Cascader, {
        options,
        onChange: (v: unknown) => (value = v),
        loadData: (path: Node[]) => {
          const target = path[path.length - 1]!;
          void later(60, children[String(target.value)] ?? []).then((list) => {
            target.children = list;
            setOptions((o) => [...o]);
          });
        },
      });
    }
    const root = await mounted(createElement(Lazy), '.ant-cascader');
    expect(await antdCascaderDriver.write(root, ['浙江省', '杭州市', '西湖区'], SPEC)).toBeUndefined();
    expect(value).toEqual(['330000', '330100', '330106']);
    expect(antdCascaderDriver.read(root, SPEC)).toEqual(['浙江省', '杭州市', '西湖区']);
  });
});

describe('antd DatePicker', () => {
  it.each([
    ['YYYY-MM-DD', '2020-03-07'],
    ['YYYY/MM/DD', '2020/03/07'],
  ])('confirms the typed date (format %s), so it is not dropped on blur', async (format, shown) => {
    const changes: unknown[] = [];
    const root = await mounted(createElement(DatePicker, { needConfirm: true, format, onChange: (_date: unknown, text: string | string[] | null) => changes.push(text) }), '.ant-picker');
    expect(await antdDateDriver.write(root, '2020-03-07', SPEC)).toBeUndefined();
    expect(changes).toEqual([shown]);
    expect(antdDateDriver.read(root, SPEC)).toBe('2020-03-07');
  });

  it('refuses a disabled picker', async () => {
    const root = await mounted(createElement(DatePicker, { disabled: true }), '.ant-picker');
    expect(await antdDateDriver.write(root, '2020-03-07', SPEC)).toMatch(/disabled/);
  });
});

describe('antd multiple Select and RangePicker', () => {
  it('chooses several items, and takes each end of a range as its own field', async () => {
    const values: unknown[] = [];
    const host = mount(
      createElement('div', null, [
        createElement(Select<string[]>, { key: 's', id: 'langs', mode: 'multiple', options: [{ value: 'zh', label: '中文简体' }, { value: 'en', label: '英语' }], onChange: (v: string[]) => values.push(v) }),
        createElement(DatePicker.RangePicker, { key: 'r', onChange: (_d: unknown, text: [string, string]) => values.push(text) }),
      ]),
    );
    const root = await rendered(() => host.querySelector('.ant-select-multiple'));
    expect(await antdSelectMultipleDriver.write(root, ['英语', '中文简体'], SPEC)).toBeUndefined();
    expect(antdSelectMultipleDriver.read(root, SPEC)).toEqual(['英语', '中文简体']);
    const [start, end] = [...host.querySelectorAll('.ant-picker-range input')];
    expect(await antdDateRangeDriver.write(start!, '2020-03-07', SPEC)).toBeUndefined();
    expect(await antdDateRangeDriver.write(end!, '2040-03-07', SPEC)).toBeUndefined();
    expect(values.at(-1)).toEqual(['2020-03-07', '2040-03-07']);
    expect(antdDateRangeDriver.read(end!, SPEC)).toBe('2040-03-07');
  });
});

describe('antd Checkbox.Group and Radio.Group', () => {
  it('are driven by the shared choice drivers, through the labels antd renders', async () => {
    const changes: unknown[] = [];
    const host = mount(
      createElement('div', null, [
        createElement(Checkbox.Group, { key: 'c', options: ['中文简体', '中文繁体', '英语'], onChange: (v: unknown) => changes.push(v) }),
        createElement(Radio.Group, { key: 'r', options: ['网站', 'APP'], defaultValue: '网站', onChange: (e: { target: { value?: unknown } }) => changes.push(e.target.value) }),
      ]),
    );
    const group = await rendered(() => host.querySelector('.ant-checkbox-group'));
    const radios = host.querySelector('.ant-radio-group')!;
    expect(await checkboxesDriver.write(group, ['英语', '中文简体'], SPEC)).toBeUndefined();
    expect(await radiosDriver.write(radios, 'APP', SPEC)).toBeUndefined();
    expect([checkboxesDriver.read(group, SPEC), radiosDriver.read(radios, SPEC)]).toEqual([['中文简体', '英语'], 'APP']);
    expect(changes.at(-1)).toBe('APP');
  });
});

describe('locating antd widgets', () => {
  it('takes the nth input of a row to its widget, and a documented input id to its select', async () => {
    const host = mount(
      createElement(Form, { name: 'site' }, [
        createElement('h3', { key: 'h' }, '主办单位信息'),
        createElement(
          Form.Item,
          { key: 'r', label: '主办单位所属区域' },
          createElement(Space, null, [createElement(Select, { key: 1, id: 'p' }), createElement(Select, { key: 2, id: 'c' }), createElement(Select, { key: 3, id: 'd' })]),
        ),
        createElement(Form.Item, { key: 't', label: '证件类型', name: 'fzrIdType' }, createElement(Select)),
        createElement(Form.Item, { key: 'n', label: '证件号码', name: 'fzrIdNum' }, createElement(Input)),
      ]),
    );
    await rendered(() => host.querySelectorAll('.ant-select').length === 4);
    const locate = (spec: FieldSpec) => {
      const found = locateField(pageContext(documentsOf(document)), spec);
      return 'element' in found ? { widget: found.widget, input: found.element.querySelector('input')?.id ?? found.element.id } : found;
    };
    const region: FieldSpec = { path: 'subject.region.city', section: 'subject', labels: ['主办单位所属区域'], part: 1 };
    expect(locate(region)).toEqual({ widget: 'antd-select', input: 'c' });
    const type: FieldSpec = { path: 'websites[].head.certificate.type', section: 'subject', labels: ['有效证件类型'], fast: { css: '#site_fzrIdType', source: 'portals.md §2.1' } };
    expect(locate(type)).toEqual({ widget: 'antd-select', input: 'site_fzrIdType' });
    expect(locate({ path: 'subject.head.certificate.number', section: 'subject', labels: ['证件号码'] })).toEqual({ widget: 'text', input: 'site_fzrIdNum' });
  });
});
