import { Card, Cascader, Checkbox, CheckboxGroup, DatePicker, FormItem, Input, RadioGroup, RangePicker, Select, Tree } from 'ant-design-vue';
import { h, ref, type Component, type VNode, type VNodeChild } from 'vue';
import type { Choice, TreeItem } from './options';
import { cls, fieldName, labelMode, labelText, rotated, TWIN } from './twin';

// The 公安 form's rows and controls, with ant-design-vue 4's own components bound to a step's model (keyed by field
// name, as `Form`'s `model` wants). Their popups (selects, cascaders, pickers) open under <body>, as the library does.

type Props = Record<string, unknown>;
export type Model = Record<string, unknown>;

/** `h` for the library's components, whose generated prop types the render functions do not need. */
export const ui = (component: Component, props: Props, slots?: Record<string, () => VNodeChild> | (() => VNodeChild)): VNode => h(component, props, slots);

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => String(v)) : []);

/** Reads and writes a step's model by the portal's field key (the model holds the twin's hashed names). */
export type Fields = {
  model: Model;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
};

export function fieldsOf(model: Model): Fields {
  return {
    model,
    get: (key) => model[fieldName(key)],
    set: (key, value) => {
      model[fieldName(key)] = value;
    },
  };
}

export type RowSpec = {
  key: string;
  label: string;
  required?: boolean;
  /** A text input, whose label may become its placeholder in the twin. */
  text?: boolean;
  extra?: string;
  /** The control, given the placeholder the twin's label mode asks for (undefined: the control's own). */
  control(placeholder: string | undefined): VNodeChild;
};

/** One form row: an a-form-item named by the field (so its control's id is `form_item_<name>`), placed as the twin says. */
export function row(spec: RowSpec): VNode {
  const mode = labelMode(`mps:${spec.key}`, spec.text === true);
  const text = labelText(spec.key, spec.label);
  const star = (): VNodeChild => (TWIN && spec.required ? h('span', { class: cls('mps-required') }, '*') : null);
  const item = ui(
    FormItem,
    { name: fieldName(spec.key), required: spec.required === true, class: cls('mps-form-row'), ...(spec.extra ? { extra: spec.extra } : {}) },
    {
      ...(mode === 'item' ? { label: () => [text, star()] } : {}),
      default: () => spec.control(mode === 'placeholder' ? spec.label : undefined),
    },
  );
  if (!TWIN) return item;
  return h('div', { class: cls('mps-field-wrap'), key: spec.key }, [mode === 'above' ? h('div', { class: cls('mps-field-label') }, [text, star()]) : null, item]);
}

/** A block of the form headed by its title: a Card in the replica, a `role=heading` div above plain rows in the twin. */
export function block(title: string, salt: string, rows: readonly (VNode | null)[], extra?: VNodeChild, tail: readonly VNode[] = []): VNode {
  // Rows that come and go (a 文号 per ticked type) follow the rotated ones, so ticking does not reshuffle the block.
  const shown = [...rotated([...rows], salt).filter((r): r is VNode => r !== null), ...tail];
  if (!TWIN) return ui(Card, { title, size: 'small', class: cls('mps-block'), style: { marginBottom: '16px' } }, { default: () => shown, ...(extra ? { extra: () => extra } : {}) });
  return h('section', { class: cls('mps-block') }, [
    h('div', { class: cls('mps-block-head'), role: 'heading', 'aria-level': 4 }, [title, extra ? h('span', { class: cls('mps-block-extra') }, [extra]) : null]),
    h('div', { class: cls('mps-block-body') }, shown),
  ]);
}

export function textInput(f: Fields, key: string, placeholder: string | undefined, props: Props = {}): VNode {
  return ui(Input, { value: str(f.get(key)), placeholder: placeholder ?? '请输入', 'onUpdate:value': (v: string | undefined) => f.set(key, v ?? ''), ...props });
}

/** A single select: nothing chosen is `undefined` to the library (its placeholder shows) and '' in the model. */
export function select(f: Fields, key: string, options: readonly Choice[], props: Props = {}): VNode {
  return ui(Select, {
    value: str(f.get(key)) || undefined,
    options,
    placeholder: '请选择',
    style: { width: '100%' },
    'onUpdate:value': (v: unknown) => f.set(key, v === undefined || v === null ? '' : String(v)),
    ...props,
  });
}

/** A multiple select or (with `mode: 'tags'`) a tag input: type and press Enter. */
export function multiSelect(f: Fields, key: string, options: readonly Choice[], mode: 'multiple' | 'tags', props: Props = {}): VNode {
  return ui(Select, {
    value: strings(f.get(key)),
    options,
    mode,
    placeholder: mode === 'tags' ? '输入后按回车添加' : '请选择（可多选）',
    style: { width: '100%' },
    'onUpdate:value': (v: unknown) => f.set(key, strings(v)),
    ...props,
  });
}

export function radios(f: Fields, key: string, options: readonly Choice[], onChosen?: (value: string) => void): VNode {
  return ui(RadioGroup, {
    value: str(f.get(key)) || undefined,
    options,
    'onUpdate:value': (v: unknown) => {
      f.set(key, String(v));
      onChosen?.(String(v));
    },
  });
}

export function checkboxes(f: Fields, key: string, options: readonly Choice[], props: Props = {}): VNode {
  return ui(CheckboxGroup, { value: strings(f.get(key)), options, 'onUpdate:value': (v: unknown) => f.set(key, strings(v)), ...props });
}

export function checkbox(f: Fields, key: string, text: string, onChecked?: (checked: boolean) => void): VNode {
  return ui(
    Checkbox,
    {
      checked: f.get(key) === true,
      'onUpdate:checked': (v: boolean) => {
        f.set(key, v === true);
        onChecked?.(v === true);
      },
    },
    () => text,
  );
}

export function date(f: Fields, key: string, placeholder: string | undefined): VNode {
  return ui(DatePicker, { value: str(f.get(key)) || undefined, valueFormat: 'YYYY-MM-DD', placeholder: placeholder ?? '请选择日期', style: { width: '100%' }, 'onUpdate:value': (v: unknown) => f.set(key, str(v)) });
}

/** A date range held as [start, end] ('' for an open end); nothing chosen is []. */
export function range(f: Fields, key: string, props: Props = {}): VNode {
  const [from = '', until = ''] = strings(f.get(key));
  return ui(RangePicker, {
    value: from || until ? [from || null, until || null] : undefined,
    valueFormat: 'YYYY-MM-DD',
    placeholder: ['开始日期', '结束日期'],
    'onUpdate:value': (v: unknown) => {
      const [start, end] = Array.isArray(v) ? v : [];
      f.set(key, start || end ? [str(start), str(end)] : []);
    },
    ...props,
  });
}

/** A checkable tree: the model holds the ticked leaves (a ticked group stands for all its leaves), in tree order. */
export function checkTree(f: Fields, key: string, items: readonly TreeItem[], leaves: readonly string[]): VNode {
  const ticked = new Set(strings(f.get(key)));
  return ui(Tree, {
    checkable: true,
    selectable: false,
    treeData: items.map((group) => ({ key: group.key, title: group.title, children: (group.children ?? []).map((item) => ({ key: item.key, title: item.title })) })),
    checkedKeys: [...ticked],
    'onUpdate:checkedKeys': (v: unknown) => {
      const keys = new Set(Array.isArray(v) ? v.map(String) : strings(Reflect.get(Object(v), 'checked')));
      f.set(key, leaves.filter((leaf) => keys.has(leaf)));
    },
  });
}

type RegionNode = { value: string; label: string; isLeaf: boolean; loading?: boolean; children?: RegionNode[] };

/**
 * A region cascader whose levels load as they open (`/api/divisions?parent=`, full division names as options, the
 * GB/T 2260 codes as values); `depth` 3 for 省/市/区, 2 for 省/市. The model holds the chosen codes. One option tree per
 * cascader, loaded as ant-design-vue documents lazy loading (mark the option loading, give it children, renew the list).
 */
export function regionCascader(depth: 2 | 3): (f: Fields, key: string, placeholder: string | undefined) => VNode {
  const options = ref<RegionNode[]>([]);
  const children = async (parent: string, level: number): Promise<RegionNode[]> => {
    // Absolute: under the twin, `/twin/api/…` would answer with the shell.
    const response = await fetch(`/api/divisions?parent=${parent}`);
    const list: unknown = await response.json();
    return (Array.isArray(list) ? list : []).map((d: unknown) => ({ value: str(Reflect.get(Object(d), 'code')), label: str(Reflect.get(Object(d), 'name')), isLeaf: level >= depth }));
  };
  void children('86', 1).then((list) => (options.value = list));
  return (f, key, placeholder) => {
    const current = strings(f.get(key));
    return ui(Cascader, {
      value: current.length ? current : undefined,
      options: options.value,
      placeholder: placeholder ?? (depth === 3 ? '请选择省/市/区县' : '请选择省/市'),
      style: { width: '100%' },
      loadData: (selected: RegionNode[]) => {
        const target = selected[selected.length - 1];
        if (!target) return;
        target.loading = true;
        void children(target.value, selected.length + 1).then((list) => {
          target.loading = false;
          target.children = list;
          options.value = [...options.value];
        });
      },
      'onUpdate:value': (v: unknown) => f.set(key, strings(v)),
    });
  };
}
