import TinyButton from '@opentiny/vue-button';
import TinyCascader from '@opentiny/vue-cascader';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyDatePicker from '@opentiny/vue-date-picker';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import { h, type Component, type VNode, type VNodeChild } from 'vue';
import type { Field, FormState } from './form';
import type { Option } from './options';
import { cls, labelMode, ordered, TWIN, type LabelMode } from './twin';

// One form item per field, rendered with OpenTiny's own components (their markup is what the extension meets), and
// placed as the twin says: label on the item, above it in its own element, or only in the input's placeholder.

type Props = Record<string, unknown>;
type Slots = Record<string, () => VNodeChild>;

/** `h` for library components, whose generated prop types we do not need here. */
const ui = (component: Component, props: Props, slots?: Slots | (() => VNodeChild)): VNode => h(component, props, slots);

const model = (state: FormState, key: string): Props => ({
  modelValue: state[key],
  'onUpdate:modelValue': (value: string | string[]) => (state[key] = value ?? ''),
});

const PLACEHOLDER_MODE_KINDS: ReadonlySet<Field['kind']> = new Set(['text', 'textarea', 'sms']);

function placeholderOf(field: Field, mode: LabelMode): string {
  if (mode === 'placeholder') return field.label;
  return field.placeholder ?? `请输入${field.label}`;
}

function domainRows(state: FormState, field: Field, placeholder: string): VNodeChild[] {
  const rows = state[field.key];
  const list = Array.isArray(rows) ? rows : [];
  const row = (value: string, i: number) =>
    h('div', { class: cls('hw-domain-row'), key: i }, [
      ui(TinyInput, { modelValue: value, placeholder, 'onUpdate:modelValue': (v: string) => (list[i] = v) }),
      i > 0 ? ui(TinyButton, { type: 'text', onClick: () => list.splice(i, 1) }, () => '删除') : null,
    ]);
  return [...list.map(row), ui(TinyButton, { type: 'text', class: cls('hw-add'), onClick: () => list.push('') }, () => '+ 添加')];
}

function smsCode(state: FormState, key: string, placeholder: string): VNodeChild[] {
  // 获取验证码 asks the console to send a code; nothing ever fills the box but the person (portals.md §6).
  return [h('div', { class: cls('hw-sms-row') }, [ui(TinyInput, { ...model(state, key), placeholder }), ui(TinyButton, {}, () => '获取验证码')])];
}

const choices = (item: Component, options: readonly Option[]) => () => options.map((o) => ui(item, { label: o.value, key: o.value }, () => o.label));

function control(state: FormState, field: Field, mode: LabelMode): VNodeChild {
  const placeholder = placeholderOf(field, mode);
  switch (field.kind) {
    case 'text':
      return ui(TinyInput, { ...model(state, field.key), placeholder });
    case 'textarea':
      return ui(TinyInput, { ...model(state, field.key), type: 'textarea', rows: 3, placeholder });
    case 'sms':
      return smsCode(state, field.key, placeholder);
    case 'rows':
      return domainRows(state, field, field.placeholder ?? '');
    case 'select':
    case 'multi-select':
      // `optimization` is OpenTiny's virtual list: only the options in view are rendered.
      return ui(TinySelect, {
        ...model(state, field.key),
        multiple: field.kind === 'multi-select',
        options: field.options(),
        loading: field.loading?.() ?? false,
        loadingText: '加载中',
        onVisibleChange: (open: boolean) => open && field.onOpen?.(),
        filterable: field.filterable ?? false,
        optimization: field.virtual ?? false,
        disabled: field.disabled?.() ?? false,
        placeholder: '请选择',
      });
    case 'cascader':
      return ui(TinyCascader, {
        ...model(state, field.key),
        placeholder: '请选择省/市/区县',
        props: {
          lazy: true,
          lazyLoad: (node: { level: number; value?: string }, resolve: (children: (Option & { leaf: boolean })[]) => void) => {
            void field.load(node.level === 0 ? '86' : String(node.value), node.level).then((list) => resolve(list.map((o) => ({ ...o, leaf: node.level >= 2 }))));
          },
        },
      });
    case 'date':
      return ui(TinyDatePicker, { ...model(state, field.key), type: 'date', format: 'yyyy-MM-dd', valueFormat: 'yyyy-MM-dd', placeholder: '请选择日期' });
    case 'radios':
      return ui(TinyRadioGroup, model(state, field.key), choices(TinyRadio, field.options));
    case 'checkboxes':
      return ui(TinyCheckboxGroup, model(state, field.key), choices(TinyCheckbox, field.options));
  }
}

const marker = () => h('span', { class: cls('hw-required') }, '*');

function formItem(state: FormState, field: Field, mode: LabelMode): VNode {
  const required = field.required === true;
  // The replica shows OpenTiny's asterisk before the label; the twin a `*` after it.
  const slots: Slots = { default: () => control(state, field, mode) };
  if (TWIN && mode === 'item') slots.label = () => [field.label, required ? marker() : null];
  const item = ui(TinyFormItem, { key: field.key, label: mode === 'item' && !TWIN ? field.label : undefined, required: required && !TWIN, class: cls('hw-item') }, slots);
  if (!TWIN) return item;
  const above = mode === 'above' ? h('div', { class: cls('hw-label-above') }, [field.label, required ? marker() : null]) : null;
  return h('div', { class: cls('hw-field'), key: field.key }, [above, item]);
}

const isShown = (field: Field) => field.kind !== 'date' || (field.shown?.() ?? true);

/** A section: its heading, then its fields (in the twin's order, with the twin's label placement). */
export function section(state: FormState, title: string, fields: readonly Field[]): VNode[] {
  const heading = TWIN ? h('div', { role: 'heading', 'aria-level': 3, class: cls('hw-section-title') }, title) : h('h3', { class: cls('hw-section-title') }, title);
  // Placement is decided on the full list, so a field that comes and goes (the end date) moves no other label.
  const rows = ordered(title, fields)
    .map((field, i) => ({ field, mode: labelMode(title, i, PLACEHOLDER_MODE_KINDS.has(field.kind)) }))
    .filter(({ field }) => isShown(field))
    .map(({ field, mode }) => formItem(state, field, mode));
  return [heading, ...rows];
}
