// @vitest-environment happy-dom
import ElementPlus, { ElDatePicker, ElSelect } from 'element-plus';
import { createApp, h, reactive } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { elDateRangeDriver, elSelectMultipleDriver, isElMultiple } from './element-plus';
import { libraryWidgetOf } from './index';

// The drivers against the real element-plus components, rendered by Vue in happy-dom (no layout: the virtual list's
// scrolling is proven end to end, element-plus-widgets.spec.ts). Here: a tag input with allow-create, stale tags, and
// a date range that holds both ends or nothing.

const SPEC: FieldSpec = { path: 'x', section: 'website', labels: ['x'] };
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function rendered<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await later(10);
  }
  throw new Error('not rendered');
}

function mount(render: () => ReturnType<typeof h>) {
  const host = document.createElement('div');
  document.body.append(host);
  createApp({ render }).use(ElementPlus).mount(host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('element-plus multiple select with allow-create', () => {
  it('is told from a single select, holds one tag per item, and removes tags the profile no longer holds', async () => {
    const state = reactive({ domains: ['old.example.com'] as string[] });
    const host = mount(() =>
      h(ElSelect, { modelValue: state.domains, 'onUpdate:modelValue': (v: string[]) => (state.domains = v), multiple: true, filterable: true, allowCreate: true, defaultFirstOption: true }),
    );
    const root = await rendered(() => host.querySelector('.el-select'));
    expect(isElMultiple(root)).toBe(true);
    expect(libraryWidgetOf(root)).toBe('el-select-multiple');
    expect(await elSelectMultipleDriver.write(root, ['a.example.com', 'b.example.cn'], SPEC)).toBeUndefined();
    await rendered(() => state.domains.length === 2 && !state.domains.includes('old.example.com'));
    expect(state.domains).toEqual(['a.example.com', 'b.example.cn']);
    expect(elSelectMultipleDriver.read(root, SPEC)).toEqual(['a.example.com', 'b.example.cn']);
  });
});

describe('element-plus daterange', () => {
  it('holds nothing while one end is typed, and both once the other end comes', async () => {
    const state = reactive({ range: null as string[] | null });
    const host = mount(() =>
      h(ElDatePicker, { modelValue: state.range, 'onUpdate:modelValue': (v: string[] | null) => (state.range = v), type: 'daterange', valueFormat: 'YYYY-MM-DD', startPlaceholder: '起始日期', endPlaceholder: '截止日期' }),
    );
    const [start, end] = await rendered(() => {
      const ends = host.querySelectorAll('input.el-range-input');
      return ends.length === 2 ? [...ends] : undefined;
    });
    if (!start || !end) throw new Error('no range');
    expect(libraryWidgetOf(start)).toBe('el-date-range');
    expect(await elDateRangeDriver.write(start, '2020-03-07', SPEC)).toBeUndefined();
    expect(state.range).toBeNull();
    expect(elDateRangeDriver.read(start, SPEC)).toBe('');
    expect(await elDateRangeDriver.write(end, '2040-03-07', SPEC)).toBeUndefined();
    await rendered(() => state.range);
    expect(state.range).toEqual(['2020-03-07', '2040-03-07']);
    expect(elDateRangeDriver.read(start, SPEC)).toBe('2020-03-07');
    expect(elDateRangeDriver.read(end, SPEC)).toBe('2040-03-07');
    expect(await elDateRangeDriver.write(end, '2040-13-07x', SPEC)).toBe('「2040-13-07x」 is not a date');
  });
});
