// @vitest-environment happy-dom
import TDesign, { Cascader, Checkbox, CheckboxGroup, DatePicker, DateRangePicker, RadioGroup, Select, TagInput } from 'tdesign-vue-next';
import { createApp, h, reactive, type VNode } from 'vue';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { fieldOf } from '../locate-by-label';
import { checkboxesDriver, radiosDriver } from './choices';
import { validUntilDriver } from './valid-until';
import { libraryWidgetOf } from './index';
import { tdCascaderDriver, tdDateDriver, tdDateRangeDriver, tdSelectDriver, tdSelectMultipleDriver, tdTagInputDriver } from './tdesign';

// The drivers against the real TDesign components, rendered by Vue in happy-dom. happy-dom has no layout: TDesign's
// Popup closes itself when its trigger measures 0×0 (es/popup/popup.mjs updatePopper), so elements are given a size
// here; a virtual list's scrolling cannot be shown (the e2e replica proves it).

const SPEC: FieldSpec = { path: 'x', section: 'subject', labels: ['x'] };
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

beforeAll(() => {
  Element.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, width: 100, height: 20, top: 0, left: 0, right: 100, bottom: 20, toJSON: () => ({}) });
});

function mount(render: () => VNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  createApp({ render }).use(TDesign).mount(host);
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

describe('t-select', () => {
  it('waits while disabled and for late options, then chooses one', async () => {
    const state = reactive({ value: '', options: [] as { label: string; value: string }[], disabled: true });
    void later(60, 0).then(() => (state.disabled = false));
    void later(120, 0).then(() => (state.options = [{ label: '企业', value: '4' }, { label: '个人', value: '5' }]));
    const host = mount(() => h(Select, { value: state.value, options: state.options, disabled: state.disabled, onChange: (v: unknown) => (state.value = String(v)) }));
    const root = await rendered(() => host.querySelector('.t-select'));
    expect(libraryWidgetOf(root)).toBe('td-select');
    expect(tdSelectDriver.disabled?.(root)).toBe(true);
    await rendered(() => !tdSelectDriver.disabled?.(root));
    expect(await tdSelectDriver.write(root, '个人', SPEC)).toBeUndefined();
    expect(state.value).toBe('5');
    expect(tdSelectDriver.read(root, SPEC)).toBe('个人');
  });

  it('multiple and filterable: its field is the TagInput inside; toggles options to the profile set', async () => {
    const state = reactive({ value: ['en', 'ja'] as string[] });
    const options = [{ label: '中文简体', value: 'zh' }, { label: '英语', value: 'en' }, { label: '日语', value: 'ja' }];
    const host = mount(() => h(Select, { value: state.value, multiple: true, filterable: true, options, onChange: (v: unknown) => (state.value = strings(v)) }));
    const input = await rendered(() => host.querySelector('input'));
    const field = fieldOf(input);
    expect(libraryWidgetOf(field)).toBe('td-select-multiple');
    expect(await tdSelectMultipleDriver.write(field, ['中文简体', '英语'], SPEC)).toBeUndefined();
    expect([...state.value].sort()).toEqual(['en', 'zh']);
    expect(tdSelectMultipleDriver.read(field, SPEC)).toEqual(['英语', '中文简体']);
  });
});

describe('t-tag-input', () => {
  it('types each item with Enter and closes the stale ones', async () => {
    const state = reactive({ value: ['10.0.0.1'] as string[] });
    const host = mount(() => h(TagInput, { value: state.value, onChange: (v: unknown) => (state.value = strings(v)) }));
    const field = fieldOf(await rendered(() => host.querySelector('input')));
    expect(libraryWidgetOf(field)).toBe('td-tag-input');
    expect(await tdTagInputDriver.write(field, ['1.2.3.4', '5.6.7.8'], SPEC)).toBeUndefined();
    expect(state.value).toEqual(['1.2.3.4', '5.6.7.8']);
  });
});

describe('t-cascader', () => {
  it('waits for lazy levels and takes short-name options for full names', async () => {
    type Node = { label: string; value: string; children?: boolean };
    const children: Record<string, Node[]> = { '44': [{ label: '深圳', value: '4403', children: true }], '4403': [{ label: '南山区', value: '440305' }] };
    // The options live outside the render, as in TDesign's lazy-load demo: a new options array reloads the tree
    // (es/cascader/hooks watches `options` deeply), dropping the loaded levels.
    const options = [{ label: '北京', value: '11', children: true }, { label: '广东', value: '44', children: true }];
    const state = reactive({ value: '' as unknown });
    const host = mount(() =>
      h(Cascader, {
        value: state.value as string,
        options,
        load: (node: { value?: string | number }) => later(60, children[String(node.value)] ?? []),
        onChange: (v: unknown) => (state.value = v),
      }),
    );
    const root = await rendered(() => host.querySelector('.t-cascader'));
    expect(libraryWidgetOf(root)).toBe('td-cascader');
    expect(await tdCascaderDriver.write(root, ['广东省', '深圳市', '南山区'], SPEC)).toBeUndefined();
    expect(state.value).toBe('440305');
    expect(tdCascaderDriver.read(root, SPEC)).toEqual(['广东', '深圳', '南山区']);
  });
});

describe('t-date-picker and t-date-range-picker', () => {
  it('picks a date years away in the panel', async () => {
    const state = reactive({ value: '' });
    const host = mount(() => h(DatePicker, { value: state.value, onChange: (v: unknown) => (state.value = String(v)) }));
    const root = await rendered(() => host.querySelector('.t-date-picker'));
    expect(libraryWidgetOf(root)).toBe('td-date');
    expect(await tdDateDriver.write(root, '2003-03-07', SPEC)).toBeUndefined();
    expect(state.value).toBe('2003-03-07');
    expect(tdDateDriver.read(root, SPEC)).toBe('2003-03-07');
  });

  it.each([
    ['YYYY-MM-DD', '2020-03-07'],
    ['YYYY/MM/DD', '2020/03/07'],
  ])('allowInput: types the date and confirms it with Enter (format %s)', async (format, shown) => {
    const state = reactive({ value: '' });
    const host = mount(() => h(DatePicker, { value: state.value, allowInput: true, format, onChange: (v: unknown) => (state.value = String(v)) }));
    const root = await rendered(() => host.querySelector('.t-date-picker'));
    expect(await tdDateDriver.write(root, '2020-03-07', SPEC)).toBeUndefined();
    expect(state.value).toBe(shown);
    expect(tdDateDriver.read(root, SPEC)).toBe('2020-03-07');
  });

  it('allowInput: types both ends of a range and confirms them with Enter', async () => {
    const state = reactive({ value: [] as string[] });
    const host = mount(() => h(DateRangePicker, { value: state.value, allowInput: true, onChange: (v: unknown) => (state.value = strings(v)) }));
    const [start, end] = await rendered(() => {
      const ends = host.querySelectorAll('.t-range-input input');
      return ends.length === 2 ? [...ends] : undefined;
    });
    if (!start || !end) throw new Error('no range');
    expect(await tdDateRangeDriver.write(end, '2030-03-07', SPEC)).toBeUndefined();
    expect(state.value).toEqual([]);
    expect(await tdDateRangeDriver.write(start, '2020-03-07', SPEC)).toBeUndefined();
    expect(state.value).toEqual(['2020-03-07', '2030-03-07']);
    expect([tdDateRangeDriver.read(start, SPEC), tdDateRangeDriver.read(end, SPEC)]).toEqual(['2020-03-07', '2030-03-07']);
  });

  it('holds a range end back until the other comes, then picks both', async () => {
    const state = reactive({ value: [] as string[] });
    const host = mount(() => h(DateRangePicker, { value: state.value, onChange: (v: unknown) => (state.value = strings(v)) }));
    const [start, end] = await rendered(() => {
      const ends = host.querySelectorAll('.t-range-input input');
      return ends.length === 2 ? [...ends] : undefined;
    });
    if (!start || !end) throw new Error('no range');
    expect(libraryWidgetOf(start)).toBe('td-date-range');
    expect(await tdDateRangeDriver.write(start, '2020-03-07', SPEC)).toBeUndefined();
    expect(state.value).toEqual([]);
    expect(await tdDateRangeDriver.write(end, '2030-03-07', SPEC)).toBeUndefined();
    expect(state.value).toEqual(['2020-03-07', '2030-03-07']);
  });
});

describe('t-radio-group and t-checkbox-group', () => {
  // TDesign takes a radio's change from its label's click (es/radio/radio.mjs), which choices.ts clicks as a person does.
  it('are native inputs in labels, driven by the shared choice drivers', async () => {
    const state = reactive({ langs: [] as string[], answer: '否' });
    const host = mount(() =>
      h('div', null, [
        h(CheckboxGroup, { value: state.langs, options: ['中文简体', '英语'], onChange: (v: unknown) => (state.langs = strings(v)) }),
        h(RadioGroup, { value: state.answer, options: ['是', '否'], onChange: (v: unknown) => (state.answer = String(v)) }),
      ]),
    );
    const group = await rendered(() => host.querySelector('.t-checkbox-group'));
    const radios = host.querySelector('.t-radio-group')!;
    expect([libraryWidgetOf(group), libraryWidgetOf(radios)]).toEqual(['checkboxes', 'radios']);
    expect(await checkboxesDriver.write(group, ['英语'], SPEC)).toBeUndefined();
    expect(await radiosDriver.write(radios, '是', SPEC)).toBeUndefined();
    expect([state.langs, state.answer]).toEqual([['英语'], '是']);
  });
});

describe('t-checkbox standing alone beside a date (长期)', () => {
  it('is a native input in a label: reachable by the choice drivers and by the 长期 switch beside a date', async () => {
    const state = reactive({ longTerm: false, date: '' });
    const host = mount(() =>
      h('div', { class: 'row' }, [
        h(DatePicker, { value: state.date, allowInput: true, disabled: state.longTerm, onChange: (v: unknown) => (state.date = String(v)) }),
        h(Checkbox, { checked: state.longTerm, onChange: (v: boolean) => (state.longTerm = v) }, () => '长期'),
      ]),
    );
    const date = await rendered(() => host.querySelector('.t-date-picker'));
    const box = host.querySelector<HTMLInputElement>('.t-checkbox input[type=checkbox]')!;
    expect(libraryWidgetOf(date)).toBe('td-date');
    expect(await checkboxesDriver.write(host, ['长期'], SPEC)).toBeUndefined();
    expect([state.longTerm, checkboxesDriver.read(host, SPEC)]).toEqual([true, ['长期']]);
    expect(await checkboxesDriver.write(host, [], SPEC)).toBeUndefined();
    expect(state.longTerm).toBe(false);
    expect(await validUntilDriver.write(date, '长期', SPEC)).toBeUndefined();
    await rendered(() => state.longTerm && box.checked);
    expect(validUntilDriver.read(date, SPEC)).toBe('长期');
    expect(await validUntilDriver.write(date, '2040-03-07', SPEC)).toBeUndefined();
    expect([state.longTerm, state.date]).toEqual([false, '2040-03-07']);
    expect(validUntilDriver.read(date, SPEC)).toBe('2040-03-07');
  });
});
