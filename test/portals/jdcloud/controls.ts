import { Button, Cascader, CheckboxGroup, DatePicker, Divider, FormItem, Input, RadioGroup, RangePicker, Select, Space, Switch, Textarea } from 'ant-design-vue';
import { h, type Component, type VNode, type VNodeChild } from 'vue';
import type { Field, FormState } from './form';
import { loadRegion, regionOptions, type RegionOption } from './region';
import { cls, labelMode, labelText, ordered, TWIN, type LabelMode } from './twin';

// One form item per field, with ant-design-vue 4's own components (their markup is what a filler meets: selects,
// cascader and pickers open body-level popups, the long selects are virtual lists), placed as the twin says.

type Props = Record<string, unknown>;
type Slots = Record<string, () => VNodeChild>;

/** `h` for library components, whose generated prop types are not needed here. */
const ui = (component: unknown, props: Props, slots?: Slots | (() => VNodeChild)): VNode => h(component as Component, props, slots);

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** v-model:value on a text input. */
const textModel = (state: FormState, key: string): Props => ({ value: str(state[key]), 'onUpdate:value': (v: string | undefined) => (state[key] = v ?? '') });

/** v-model:value on a select: nothing chosen is `undefined` for antd (so the placeholder shows), '' in the state. */
const selectModel = (state: FormState, key: string): Props => ({ value: str(state[key]) || undefined, 'onUpdate:value': (v: unknown) => (state[key] = v === undefined || v === null ? '' : String(v)) });

const listModel = (state: FormState, key: string): Props => ({ value: list(state[key]), 'onUpdate:value': (v: unknown) => (state[key] = list(v)) });

const TEXT_KINDS: ReadonlySet<Field['kind']> = new Set(['text', 'textarea', 'sms', 'address']);

function placeholderOf(field: Field, mode: LabelMode): string {
  if (mode === 'placeholder') return field.label;
  return field.placeholder ?? `请输入${field.label}`;
}

function validity(state: FormState, p: string): VNodeChild {
  const from = `${p}ValidFrom`;
  const until = `${p}ValidUntil`;
  const longTerm = state[`${p}LongTerm`] === true;
  const fromValue = str(state[from]);
  const untilValue = str(state[until]);
  // 长期 on: a single start date; off: a range of start and end.
  const picker = longTerm
    ? ui(DatePicker, { value: fromValue || undefined, valueFormat: 'YYYY-MM-DD', placeholder: '开始日期', 'onUpdate:value': (v: string | undefined) => (state[from] = v ?? '') })
    : ui(RangePicker, {
        value: fromValue || untilValue ? [fromValue || null, untilValue || null] : undefined,
        valueFormat: 'YYYY-MM-DD',
        placeholder: ['开始日期', '结束日期'],
        'onUpdate:value': (v: (string | null)[] | null | undefined) => {
          state[from] = v?.[0] ?? '';
          state[until] = v?.[1] ?? '';
        },
      });
  return ui(Space, { class: cls('jd-validity') }, () => [
    picker,
    ui(Switch, { checked: longTerm, 'onUpdate:checked': (v: boolean) => (state[`${p}LongTerm`] = v === true) }),
    h('span', { class: cls('jd-long-term') }, '长期'),
  ]);
}

function control(state: FormState, field: Field, mode: LabelMode): VNodeChild {
  const placeholder = placeholderOf(field, mode);
  switch (field.kind) {
    case 'text':
      return ui(Input, { ...textModel(state, field.key), placeholder, allowClear: true });
    case 'textarea':
      return ui(Textarea, { ...textModel(state, field.key), placeholder, rows: 3, showCount: true, maxlength: 200 });
    case 'sms':
      return ui(Space, { class: cls('jd-sms') }, () => [ui(Input, { ...textModel(state, field.key), placeholder, maxlength: 6 }), ui(Button, {}, () => '获取验证码')]);
    case 'address':
      return ui(Input, { ...textModel(state, field.key), placeholder, addonBefore: field.prefix() || '省/市/区' });
    case 'select':
      return ui(Select, {
        ...selectModel(state, field.key),
        options: field.options(),
        disabled: field.disabled?.() ?? false,
        loading: field.loading?.() ?? false,
        showSearch: field.search ?? false,
        optionFilterProp: 'label',
        placeholder: '请选择',
        notFoundContent: field.loading?.() ? '加载中…' : undefined,
      });
    case 'multiple':
      return ui(Select, { ...listModel(state, field.key), mode: 'multiple', options: field.options(), optionFilterProp: 'label', placeholder: '请选择', allowClear: true });
    case 'tags':
      return ui(Select, { ...listModel(state, field.key), mode: 'tags', options: field.options(), placeholder: field.placeholder ?? '输入后按回车', open: false, tokenSeparators: [] });
    case 'radios':
      return ui(RadioGroup, { ...selectModel(state, field.key), options: field.options });
    case 'checkboxes':
      return ui(CheckboxGroup, { ...listModel(state, field.key), options: field.options });
    case 'region':
      return ui(Cascader, {
        value: list(state[field.key]).length ? list(state[field.key]) : undefined,
        'onUpdate:value': (v: unknown) => (state[field.key] = list(v)),
        options: regionOptions.value,
        loadData: (selected: RegionOption[]) => loadRegion(selected),
        showSearch: true,
        placeholder: '请选择省/市/区',
      });
    case 'validity':
      return validity(state, field.person);
  }
}

function formItem(state: FormState, field: Field): VNode {
  const mode = labelMode(field.key, TEXT_KINDS.has(field.kind));
  const required = field.required === true;
  const label = labelText(field.key, field.label);
  const slots: Slots = { default: () => control(state, field, mode) };
  // The replica: antd's label and asterisk. The twin: the label where labelMode puts it, a `*` after it.
  if (TWIN && mode === 'item') slots.label = () => [label, required ? h('span', { class: cls('jd-star') }, ' *') : null];
  const item = ui(FormItem, { key: field.key, label: mode === 'item' && !TWIN ? field.label : undefined, required: required && !TWIN, class: cls('jd-form-item') }, slots);
  if (!TWIN) return item;
  const above = mode === 'above' ? h('div', { class: cls('jd-label-above') }, [label, required ? h('span', { class: cls('jd-star') }, ' *') : null]) : null;
  return h('div', { key: field.key, class: cls('jd-field') }, [h('div', { class: cls('jd-field-inner') }, [above, item])]);
}

/** A block: its heading (a divider with text in the replica, a heading div in the twin), then its rows. */
export function block(state: FormState, title: string, fields: readonly Field[]): VNode {
  const heading = TWIN
    ? h('div', { role: 'heading', 'aria-level': 4, class: cls('jd-block-title'), style: { fontWeight: 600, fontSize: '15px', margin: '20px 0 12px' } }, title)
    : ui(Divider, { orientation: 'left', class: cls('jd-block-divider') }, () => title);
  const rows = ordered(title, fields)
    .filter((f) => f.shown?.() ?? true)
    .map((f) => formItem(state, f));
  return h('div', { class: cls('jd-block'), key: title }, [heading, ...rows]);
}
