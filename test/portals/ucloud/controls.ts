import { Checkbox, DatePicker, FormItem, Input, Select, Textarea } from 'tdesign-vue-next';
import { h, type Component, type VNode, type VNodeChild } from 'vue';
import type { Option } from './options';
import { cls, itemName, labelMode, rotated, TWIN, twinStar, wrappers, type LabelMode } from './twin';

// One TDesign form item per field, placed as the twin says: the label on the `t-form-item`, above it in its own
// element, or (text inputs only) in the placeholder alone. Every control is a TDesign component (tdesign.tencent.com/vue-next):
// selects and date pickers open their popups under <body> (`t-popup`'s default `attach`).

export type State = Record<string, unknown>;
type Props = Record<string, unknown>;

/** `h` for library components, whose generated prop types are not needed here. */
export const ui = (component: Component, props: Props, children?: unknown): VNode => h(component, props, children as never);

export type Field = {
  /** The state key (or, for a field of several controls, the key its label placement is salted with). */
  key: string;
  label: string;
  required?: boolean;
  /** A single text input or textarea: the twin may move its label into the placeholder. */
  text?: boolean;
  /** The controls, given the placeholder the twin wants (`undefined`: the field's own). */
  render(placeholder: string | undefined): VNodeChild;
};

const str = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

export function text(state: State, key: string, label: string, placeholder = `请输入${label}`, required = true): Field {
  return {
    key,
    label,
    required,
    text: true,
    render: (ph) => ui(Input, { value: str(state[key]), onChange: (v: unknown) => (state[key] = str(v)), placeholder: ph ?? placeholder, clearable: true }),
  };
}

export function textarea(state: State, key: string, label: string, placeholder: string, required = false): Field {
  return {
    key,
    label,
    required,
    text: true,
    render: (ph) => ui(Textarea, { value: str(state[key]), onChange: (v: unknown) => (state[key] = str(v)), placeholder: ph ?? placeholder, autosize: { minRows: 3, maxRows: 6 }, maxlength: 200 }),
  };
}

type SelectOptions = {
  options: () => readonly Option[];
  multiple?: boolean;
  disabled?: () => boolean;
  loading?: () => boolean;
  filterable?: boolean;
  /** TDesign's virtual list: only the options in view are rendered. */
  virtual?: boolean;
  placeholder?: string;
  onChange?: (value: string) => void;
};

/** A `t-select` bound to `state[key]` (a code, or a list of codes when multiple). */
export function selectControl(state: State, key: string, o: SelectOptions): VNode {
  return ui(Select, {
    value: state[key],
    onChange: (v: unknown) => {
      state[key] = o.multiple ? (Array.isArray(v) ? v.map(str) : []) : str(v);
      o.onChange?.(str(state[key]));
    },
    options: [...o.options()],
    multiple: o.multiple ?? false,
    disabled: o.disabled?.() ?? false,
    loading: o.loading?.() ?? false,
    filterable: o.filterable ?? false,
    clearable: true,
    minCollapsedNum: o.multiple ? 0 : undefined,
    placeholder: o.placeholder ?? '请选择',
    ...(o.virtual ? { scroll: { type: 'virtual', threshold: 10, rowHeight: 28, bufferSize: 6 } } : {}),
  });
}

export const select = (state: State, key: string, label: string, o: SelectOptions, required = true): Field => ({
  key,
  label,
  required,
  render: () => selectControl(state, key, o),
});

/** 证件有效期: start and end `t-date-picker`s and a 长期有效 `t-checkbox` under one label; 长期 clears and locks the end. */
export function validity(state: State, prefix: string): Field {
  const from = `${prefix}ValidFrom`;
  const until = `${prefix}ValidUntil`;
  const long = `${prefix}LongTerm`;
  const picker = (key: string, placeholder: string, disabled: boolean) =>
    ui(DatePicker, {
      value: str(state[key]),
      onChange: (v: unknown) => (state[key] = str(v)),
      valueType: 'YYYY-MM-DD',
      format: 'YYYY-MM-DD',
      allowInput: true,
      clearable: true,
      disabled,
      placeholder,
      class: cls('uc-date'),
    });
  return {
    key: `${prefix}Validity`,
    label: '证件有效期',
    required: true,
    render: () =>
      h('div', { class: cls('uc-validity') }, [
        picker(from, '开始日期', false),
        h('span', { class: cls('uc-validity-sep') }, '至'),
        picker(until, state[long] === true ? '长期' : '结束日期', state[long] === true),
        ui(
          Checkbox,
          {
            checked: state[long] === true,
            onChange: (checked: boolean) => {
              state[long] = checked;
              if (checked) state[until] = '';
            },
            class: cls('uc-long-term'),
          },
          () => '长期有效',
        ),
      ]),
  };
}

function starred(label: string, key: string, required: boolean): VNodeChild[] {
  return [label, required && twinStar(key) ? h('span', { class: cls('uc-star') }, ' *') : null];
}

/** One field as a form item; in the twin, wrapped and with its label moved. */
export function formItem(field: Field): VNode {
  const required = field.required === true;
  if (!TWIN) {
    return ui(FormItem, { key: field.key, name: itemName(field.key), label: field.label, requiredMark: required }, { default: () => field.render(undefined) });
  }
  const mode: LabelMode = labelMode(`ucloud:${field.key}`, field.text === true);
  const item =
    mode === 'item'
      ? ui(FormItem, { name: itemName(field.key), requiredMark: false }, { label: () => starred(field.label, field.key, required), default: () => field.render(undefined) })
      : ui(FormItem, { name: itemName(field.key), labelWidth: 0, requiredMark: false }, { default: () => field.render(mode === 'placeholder' ? field.label : undefined) });
  const above = mode === 'above' ? h('div', { class: cls('uc-label-above') }, starred(field.label, field.key, required)) : null;
  let node: VNode = h('div', { class: cls('uc-field') }, [above, item]);
  for (let i = 1; i < wrappers(field.key); i++) node = h('div', { class: cls(`uc-wrap-${i}`) }, [node]);
  return h('div', { key: field.key, class: cls('uc-row') }, [node]);
}

/** A block's fields as form items, in the twin's order. */
export const rows = (salt: string, fields: Field[]): VNode[] => rotated(fields, `ucloud:${salt}`).map(formItem);
