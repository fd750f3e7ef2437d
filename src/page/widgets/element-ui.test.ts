// @vitest-environment happy-dom
import { createRequire } from 'node:module';
import type { CreateElement, PluginObject, VNode } from 'vue2';
import type VueType from 'vue2';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { elCascaderDriver, elDateRangeDriver, elSelectDriver, elSelectMultipleDriver } from './element-plus';
import { libraryWidgetOf } from './index';

// The element-plus drivers against the real element-ui 2 components (Vue 2), whose markup differs (see
// element-plus.ts). happy-dom has no layout: popper.js cannot place the dropdowns (its errors are printed, harmless),
// and a long list's scrolling cannot be proven here.
//
// element-ui's CommonJS build requires 'vue', which here is Vue 3: it is handed Vue 2 (installed as `vue2`) through
// Node's module cache, the one instance both this test and element-ui use.

const load = createRequire(import.meta.url);
let Vue: typeof VueType;

beforeAll(() => {
  const fromElement = createRequire(load.resolve('element-ui'));
  Vue = load('vue2') as typeof VueType;
  const vue2 = load.cache[load.resolve('vue2')];
  if (vue2) load.cache[fromElement.resolve('vue')] = vue2;
  Vue.config.productionTip = false;
  Vue.config.devtools = false;
  Vue.use(fromElement('element-ui') as PluginObject<unknown>);
});

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

const apps: VueType[] = [];

function mount(render: (h: CreateElement) => VNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const app = new Vue({ render }).$mount(host.appendChild(document.createElement('div')));
  apps.push(app);
  return host;
}

afterEach(() => {
  for (const app of apps.splice(0)) app.$destroy();
  document.body.innerHTML = '';
});

const options = (h: CreateElement, list: readonly [string, string][]) => list.map(([value, label]) => h('el-option', { key: value, props: { value, label } }));

describe('element-ui Select', () => {
  it('waits for late options, chooses one, and reads the label it shows', async () => {
    const state = Vue.observable({ value: '', list: [] as [string, string][] });
    void later(80).then(() => (state.list = [['4', '企业'], ['5', '个人']]));
    const host = mount((h) => h('el-select', { props: { value: state.value }, on: { input: (v: string) => (state.value = v) } }, options(h, state.list)));
    const root = await rendered(() => host.querySelector('.el-select'));
    expect(libraryWidgetOf(root)).toBe('el-select');
    expect(await elSelectDriver.write(root, '个人', SPEC)).toBeUndefined();
    expect(state.value).toBe('5');
    expect(elSelectDriver.read(root, SPEC)).toBe('个人');
  });

  it('chooses from its own dropdown when another select lists the same label', async () => {
    const state = Vue.observable({ a: '', b: '' });
    const list: [string, string][] = [['2', '居民身份证'], ['7', '护照']];
    const host = mount((h) =>
      h('div', [
        h('el-select', { props: { value: state.a }, on: { input: (v: string) => (state.a = v) } }, options(h, list)),
        h('el-select', { props: { value: state.b }, on: { input: (v: string) => (state.b = v) } }, options(h, list)),
      ]),
    );
    const [first, second] = await rendered(() => {
      const roots = [...host.querySelectorAll('.el-select')];
      return roots.length === 2 ? roots : undefined;
    });
    expect(await elSelectDriver.write(first!, '居民身份证', SPEC)).toBeUndefined();
    expect(await elSelectDriver.write(second!, '护照', SPEC)).toBeUndefined();
    expect([state.a, state.b]).toEqual(['2', '7']);
    // element-ui's popper moves each dropdown to <body> on first opening (vue-popper's appendToBody); happy-dom's
    // attribute map trips it before the move, so the move is done here as it does it.
    for (const dropdown of host.querySelectorAll('.el-select-dropdown')) document.body.append(dropdown);
    expect(await elSelectDriver.write(second!, '居民身份证', SPEC)).toBeUndefined();
    expect(await elSelectDriver.write(first!, '护照', SPEC)).toBeUndefined();
    expect([state.a, state.b]).toEqual(['7', '2']);
  });

  it('is disabled until its parent is chosen, and filters as typed when filterable', async () => {
    const state = Vue.observable({ disabled: true, value: '' });
    const host = mount((h) =>
      h('el-select', { props: { value: state.value, disabled: state.disabled, filterable: true }, on: { input: (v: string) => (state.value = v) } }, options(h, [['1', '居民身份证'], ['2', '护照']])),
    );
    const root = await rendered(() => host.querySelector('.el-select'));
    expect(elSelectDriver.disabled?.(root)).toBe(true);
    state.disabled = false;
    await rendered(() => !elSelectDriver.disabled?.(root));
    expect(await elSelectDriver.write(root, '护照', SPEC)).toBeUndefined();
    expect(state.value).toBe('2');
  });

  it('holds one tag per item in a multiple select with allow-create, removing stale ones', async () => {
    const state = Vue.observable({ value: ['old.example.com'] as string[] });
    const host = mount((h) =>
      h('el-select', { props: { value: state.value, multiple: true, filterable: true, allowCreate: true, defaultFirstOption: true }, on: { input: (v: string[]) => (state.value = v) } }, options(h, [['a.example.com', 'a.example.com']])),
    );
    const root = await rendered(() => host.querySelector('.el-select'));
    expect(libraryWidgetOf(root)).toBe('el-select-multiple');
    expect(await elSelectMultipleDriver.write(root, ['a.example.com', 'b.example.cn'], SPEC)).toBeUndefined();
    expect(state.value).toEqual(['a.example.com', 'b.example.cn']);
    expect(elSelectMultipleDriver.read(root, SPEC)).toEqual(['a.example.com', 'b.example.cn']);
  });
});

describe('element-ui Cascader', () => {
  it('waits for each lazy level, matches short names, and reads the path it shows', async () => {
    const children: Record<string, { value: string; label: string; leaf: boolean }[]> = {
      '': [{ value: '310000', label: '上海', leaf: false }, { value: '330000', label: '浙江', leaf: false }],
      '330000': [{ value: '330100', label: '杭州', leaf: false }],
      '330100': [{ value: '330106', label: '西湖', leaf: true }],
    };
    const state = Vue.observable({ value: [] as string[], disabled: true });
    const props = { lazy: true, lazyLoad: (node: { value?: string }, resolve: (nodes: unknown[]) => void) => void later(60).then(() => resolve(children[node.value ?? ''] ?? [])) };
    const host = mount((h) => h('el-cascader', { props: { value: state.value, props, disabled: state.disabled }, on: { input: (v: string[]) => (state.value = v) } }));
    const root = await rendered(() => host.querySelector('.el-cascader'));
    expect(libraryWidgetOf(root)).toBe('el-cascader');
    expect(elCascaderDriver.disabled?.(root)).toBe(true);
    state.disabled = false;
    await rendered(() => !elCascaderDriver.disabled?.(root));
    expect(await elCascaderDriver.write(root, ['浙江省', '杭州市', '西湖区'], SPEC)).toBeUndefined();
    await rendered(() => state.value.length === 3);
    expect(state.value).toEqual(['330000', '330100', '330106']);
    await rendered(() => (elCascaderDriver.read(root, SPEC) as string[]).length === 3);
    expect(elCascaderDriver.read(root, SPEC)).toEqual(['浙江', '杭州', '西湖']);
  });
});

describe('element-ui daterange', () => {
  it('holds nothing while one end is typed, and both once the other end comes', async () => {
    const state = Vue.observable({ range: null as string[] | null, disabled: false });
    const host = mount((h) =>
      h('el-date-picker', { props: { value: state.range, type: 'daterange', valueFormat: 'yyyy-MM-dd', disabled: state.disabled, startPlaceholder: '起始日期', endPlaceholder: '截止日期' }, on: { input: (v: string[] | null) => (state.range = v) } }),
    );
    const [start, end] = await rendered(() => {
      const ends = host.querySelectorAll('input.el-range-input');
      return ends.length === 2 ? [...ends] : undefined;
    });
    if (!start || !end) throw new Error('no range');
    expect(libraryWidgetOf(start)).toBe('el-date-range');
    expect(elDateRangeDriver.disabled?.(start)).toBe(false);
    expect(await elDateRangeDriver.write(start, '2020-03-07', SPEC)).toBeUndefined();
    expect(state.range).toBeNull();
    expect(elDateRangeDriver.read(start, SPEC)).toBe('');
    expect(await elDateRangeDriver.write(end, '2040-03-07', SPEC)).toBeUndefined();
    await rendered(() => state.range);
    expect(state.range).toEqual(['2020-03-07', '2040-03-07']);
    expect([elDateRangeDriver.read(start, SPEC), elDateRangeDriver.read(end, SPEC)]).toEqual(['2020-03-07', '2040-03-07']);
    state.disabled = true;
    await rendered(() => elDateRangeDriver.disabled?.(start));
  });
});
