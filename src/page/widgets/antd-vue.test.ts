// @vitest-environment happy-dom
import Antd from 'ant-design-vue';
import { createApp, h, reactive, resolveComponent, type App, type VNode } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { antdCascaderDriver, antdDateDriver, antdDateRangeDriver, antdSelectDriver, antdSelectMultipleDriver } from './antd';
import { libraryWidgetOf } from './index';

// The Ant Design drivers against the real ant-design-vue 4 components (Vue 3), whose markup mirrors Ant Design's
// `ant-*` classes. happy-dom has no layout, so the virtual list's scrolling cannot be proven here (no element
// overflows): the lists below are short enough to be rendered whole.

const SPEC: FieldSpec = { path: 'x', section: 'subject', labels: ['x'] };
// vc-select names every select alike under NODE_ENV=test (rc_select_TEST_OR_SSR): each gets its own id, as a form gives.
let ids = 0;
const id = () => `field${++ids}`;
const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

async function rendered<T>(find: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await later(10, 0);
  }
  throw new Error('not rendered');
}

const apps: App[] = [];

/** An ant-design-vue component by its registered name (a-select, a-cascader…), as templates write it. */
const a = (name: string, props: Record<string, unknown>) => h(resolveComponent(name), props);

function mount(render: () => VNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const app = createApp({ render }).use(Antd);
  app.mount(host);
  apps.push(app);
  return host;
}

afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
  document.body.innerHTML = '';
});

describe('ant-design-vue Select', () => {
  it('waits for late options, chooses one, and reads the label it renders', async () => {
    const state = reactive({ value: undefined as string | undefined, options: [] as { value: string; label: string }[] });
    void later(80, [{ value: '4', label: '企业' }, { value: '5', label: '个人' }]).then((o) => (state.options = o));
    const host = mount(() => a('a-select', { id: id(), value: state.value, options: state.options, style: 'width: 200px', 'onUpdate:value': (v: string) => (state.value = v) }));
    const root = await rendered(() => host.querySelector('.ant-select'));
    expect(libraryWidgetOf(root)).toBe('antd-select');
    expect(await antdSelectDriver.write(root, '个人', SPEC)).toBeUndefined();
    expect(state.value).toBe('5');
    expect(antdSelectDriver.read(root, SPEC)).toBe('个人');
  });

  it('is disabled until its parent is chosen', async () => {
    const state = reactive({ disabled: true, value: undefined as string | undefined });
    const host = mount(() =>
      a('a-select', { id: id(), value: state.value, disabled: state.disabled, options: [{ value: '1', label: '居民身份证' }], 'onUpdate:value': (v: string) => (state.value = v) }),
    );
    const root = await rendered(() => host.querySelector('.ant-select'));
    expect(antdSelectDriver.disabled?.(root)).toBe(true);
    state.disabled = false;
    await rendered(() => !root.matches('.ant-select-disabled'));
    expect(antdSelectDriver.disabled?.(root)).toBe(false);
    expect(await antdSelectDriver.write(root, '居民身份证', SPEC)).toBeUndefined();
    expect(state.value).toBe('1');
  });

  it('chooses several items in a multiple select, removing those the profile does not hold', async () => {
    const state = reactive({ value: ['en'] as string[] });
    const options = [{ value: 'zh', label: '中文简体' }, { value: 'tw', label: '中文繁体' }, { value: 'en', label: '英语' }];
    const host = mount(() => a('a-select', { id: id(), mode: 'multiple', value: state.value, options, 'onUpdate:value': (v: string[]) => (state.value = v) }));
    const root = await rendered(() => host.querySelector('.ant-select'));
    expect(libraryWidgetOf(root)).toBe('antd-select-multiple');
    expect(await antdSelectMultipleDriver.write(root, ['中文简体', '中文繁体'], SPEC)).toBeUndefined();
    expect([...state.value].sort()).toEqual(['tw', 'zh']);
    expect([...(antdSelectMultipleDriver.read(root, SPEC) as string[])].sort()).toEqual(['中文简体', '中文繁体']);
  });

  it('takes new items in a tags select', async () => {
    const state = reactive({ value: [] as string[] });
    const host = mount(() => a('a-select', { id: id(), mode: 'tags', value: state.value, 'onUpdate:value': (v: string[]) => (state.value = v) }));
    const root = await rendered(() => host.querySelector('.ant-select'));
    expect(libraryWidgetOf(root)).toBe('antd-select-multiple');
    expect(await antdSelectMultipleDriver.write(root, ['a.example.com', 'b.example.cn'], SPEC)).toBeUndefined();
    expect(state.value).toEqual(['a.example.com', 'b.example.cn']);
    expect(antdSelectMultipleDriver.read(root, SPEC)).toEqual(['a.example.com', 'b.example.cn']);
  });
});

describe('ant-design-vue Cascader', () => {
  it('waits for each lazy level, matches short names, and reads the path it renders', async () => {
    type Node = { value: string; label: string; isLeaf?: boolean; loading?: boolean; children?: Node[] };
    const children: Record<string, Node[]> = {
      '330000': [{ value: '330100', label: '杭州', isLeaf: false }],
      '330100': [{ value: '330106', label: '西湖', isLeaf: true }],
    };
    const state = reactive({
      value: [] as string[],
      options: [{ value: '310000', label: '上海', isLeaf: false }, { value: '330000', label: '浙江', isLeaf: false }] as Node[],
    });
    const loadData = (path: Node[]) => {
      const target = path[path.length - 1]!;
      target.loading = true;
      void later(60, children[target.value] ?? []).then((list) => {
        target.loading = false;
        target.children = list;
        state.options = [...state.options];
      });
    };
    const host = mount(() => a('a-cascader', { id: id(), value: state.value, options: state.options, loadData, 'onUpdate:value': (v: string[]) => (state.value = v) }));
    const root = await rendered(() => host.querySelector('.ant-cascader'));
    expect(libraryWidgetOf(root)).toBe('antd-cascader');
    expect(await antdCascaderDriver.write(root, ['浙江省', '杭州市', '西湖区'], SPEC)).toBeUndefined();
    expect(state.value).toEqual(['330000', '330100', '330106']);
    expect(antdCascaderDriver.read(root, SPEC)).toEqual(['浙江', '杭州', '西湖']);
  });
});

describe('ant-design-vue DatePicker and RangePicker', () => {
  it('confirms a typed date', async () => {
    const state = reactive({ value: undefined as string | undefined });
    const host = mount(() => a('a-date-picker', { value: state.value, valueFormat: 'YYYY-MM-DD', 'onUpdate:value': (v: string) => (state.value = v) }));
    const root = await rendered(() => host.querySelector('.ant-picker'));
    expect(libraryWidgetOf(root)).toBe('antd-date');
    expect(await antdDateDriver.write(root, '2020-03-07', SPEC)).toBeUndefined();
    expect(state.value).toBe('2020-03-07');
    expect(antdDateDriver.read(root, SPEC)).toBe('2020-03-07');
  });

  it('takes each end of a range as its own field, and holds both once the second comes', async () => {
    const state = reactive({ value: undefined as [string, string] | undefined });
    const host = mount(() => a('a-range-picker', { value: state.value, valueFormat: 'YYYY-MM-DD', 'onUpdate:value': (v: [string, string]) => (state.value = v) }));
    const [start, end] = await rendered(() => {
      const ends = host.querySelectorAll('.ant-picker-range input');
      return ends.length === 2 ? [...ends] : undefined;
    });
    if (!start || !end) throw new Error('no range');
    expect(libraryWidgetOf(start)).toBe('antd-date-range');
    expect(await antdDateRangeDriver.write(start, '2020-03-07', SPEC)).toBeUndefined();
    expect(await antdDateRangeDriver.write(end, '2040-03-07', SPEC)).toBeUndefined();
    await rendered(() => state.value);
    expect(state.value).toEqual(['2020-03-07', '2040-03-07']);
    expect([antdDateRangeDriver.read(start, SPEC), antdDateRangeDriver.read(end, SPEC)]).toEqual(['2020-03-07', '2040-03-07']);
  });

  it('says a disabled picker is disabled', async () => {
    const host = mount(() => h('div', [a('a-date-picker', { disabled: true }), a('a-range-picker', { disabled: true })]));
    const [date, range] = await rendered(() => {
      const pickers = host.querySelectorAll('.ant-picker');
      return pickers.length === 2 ? [...pickers] : undefined;
    });
    expect(antdDateDriver.disabled?.(date!)).toBe(true);
    expect(antdDateRangeDriver.disabled?.(range!.querySelector('input')!)).toBe(true);
  });
});

describe('ant-design-vue Switch', () => {
  it('is a button with role=switch, not a field of the antd drivers', async () => {
    const state = reactive({ checked: false });
    const host = mount(() => a('a-switch', { checked: state.checked, 'onUpdate:checked': (v: boolean) => (state.checked = v) }));
    const button = await rendered(() => host.querySelector('button.ant-switch'));
    expect(button.getAttribute('role')).toBe('switch');
    expect(libraryWidgetOf(button)).toBeUndefined();
  });
});
