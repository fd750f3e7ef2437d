import type { WidgetKind } from '../../adapters/define-adapter';
import { antdCascaderDriver, antdDateDriver, antdSelectDriver } from './antd';
import { checkboxesDriver, radiosDriver } from './choices';
import type { Driver } from './driver';
import { elCascaderDriver, elDateRangeDriver, elSelectDriver, elSelectMultipleDriver, isElMultiple } from './element-plus';
import { tinyCascaderDriver, tinyDateDriver, tinySelectDriver, tinySelectMultipleDriver } from './opentiny';
import { pickerDriver } from './picker';
import { rowsDriver } from './rows';
import { selectDriver } from './select';
import { textDriver } from './text';
import { approvalsDriver } from './approvals';
import { splitPhoneDriver } from './split-phone';
import { TEA_ROOTS, teaCascaderDriver, teaDateDriver, teaSelectDriver } from './tea';
import { validUntilDriver } from './valid-until';

export const drivers: Readonly<Record<WidgetKind, Driver>> = {
  text: textDriver,
  select: selectDriver,
  checkboxes: checkboxesDriver,
  radios: radiosDriver,
  rows: rowsDriver,
  'el-select': elSelectDriver,
  'el-select-multiple': elSelectMultipleDriver,
  'el-cascader': elCascaderDriver,
  'el-date-range': elDateRangeDriver,
  'tiny-select': tinySelectDriver, 'tiny-select-multiple': tinySelectMultipleDriver, 'tiny-cascader': tinyCascaderDriver, 'tiny-date': tinyDateDriver,
  'antd-select': antdSelectDriver, 'antd-cascader': antdCascaderDriver, 'antd-date': antdDateDriver,
  'tea-select': teaSelectDriver, 'tea-cascader': teaCascaderDriver, 'tea-date': teaDateDriver, 'split-phone': splitPhoneDriver, approvals: approvalsDriver,
  picker: pickerDriver,
  'valid-until': validUntilDriver,
};

/**
 * UI-library widgets, recognised by the root element of their documented markup; each root stands for one field
 * however many inputs it holds. element-plus: element-plus.org Select, Cascader, Checkbox and Radio markup.
 */
export const LIBRARY_WIDGETS: readonly { root: string; kind: WidgetKind; is?: (root: Element) => boolean }[] = [
  // element-plus Select and Select V2 share the root; a multiple one says so in its dropdown. Each end of a
  // DatePicker daterange is a field of its own (起始 / 截止).
  { root: '.el-cascader', kind: 'el-cascader' },
  { root: '.el-select', kind: 'el-select-multiple', is: isElMultiple },
  { root: '.el-select', kind: 'el-select' },
  { root: '.el-range-input', kind: 'el-date-range' },
  { root: '.el-checkbox-group', kind: 'checkboxes' },
  { root: '.el-radio-group', kind: 'radios' },
  // OpenTiny Vue (@opentiny/vue-* 3.31 markup): select (multiple first), cascader, date picker, radio and checkbox groups.
  { root: '.tiny-select.tiny-select__multiple', kind: 'tiny-select-multiple' }, { root: '.tiny-select', kind: 'tiny-select' }, { root: '.tiny-cascader', kind: 'tiny-cascader' }, { root: '.tiny-date-container', kind: 'tiny-date' }, { root: '.tiny-checkbox-group', kind: 'checkboxes' }, { root: '.tiny-radio-group', kind: 'radios' },
  // Ant Design 4–6 (ant.design Select, Cascader, DatePicker, Checkbox.Group, Radio.Group markup): the cascader's root also carries ant-select, so it comes first.
  { root: '.ant-cascader', kind: 'antd-cascader' }, { root: '.ant-select', kind: 'antd-select' }, { root: '.ant-picker', kind: 'antd-date' }, { root: '.ant-checkbox-group', kind: 'checkboxes' }, { root: '.ant-radio-group', kind: 'radios' },
  // tea-component 2.x under any classPrefix (es/dropdown, es/cascader, es/datepicker markup, see tea.ts); its Radio and Checkbox are native inputs in labels, grouped by their cell.
  { root: TEA_ROOTS.select, kind: 'tea-select' }, { root: TEA_ROOTS.cascader, kind: 'tea-cascader' }, { root: TEA_ROOTS.date, kind: 'tea-date' },
];

export const WIDGET_ROOTS = [...new Set(LIBRARY_WIDGETS.map((w) => w.root))].join(', ');

export const libraryWidgetOf = (el: Element): WidgetKind | undefined => LIBRARY_WIDGETS.find((w) => el.matches(w.root) && (w.is?.(el) ?? true))?.kind;
