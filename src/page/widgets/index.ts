import type { WidgetKind } from '../../adapters/define-adapter';
import { checkboxesDriver, radiosDriver } from './choices';
import type { Driver } from './driver';
import { elCascaderDriver, elSelectDriver } from './element-plus';
import { pickerDriver } from './picker';
import { rowsDriver } from './rows';
import { selectDriver } from './select';
import { textDriver } from './text';
import { validUntilDriver } from './valid-until';

export const drivers: Readonly<Record<WidgetKind, Driver>> = {
  text: textDriver,
  select: selectDriver,
  checkboxes: checkboxesDriver,
  radios: radiosDriver,
  rows: rowsDriver,
  'el-select': elSelectDriver,
  'el-cascader': elCascaderDriver,
  picker: pickerDriver,
  'valid-until': validUntilDriver,
};

/**
 * UI-library widgets, recognised by the root element of their documented markup; each root stands for one field
 * however many inputs it holds. element-plus: element-plus.org Select, Cascader, Checkbox and Radio markup.
 */
export const LIBRARY_WIDGETS: readonly { root: string; kind: WidgetKind }[] = [
  { root: '.el-cascader', kind: 'el-cascader' },
  { root: '.el-select', kind: 'el-select' },
  { root: '.el-checkbox-group', kind: 'checkboxes' },
  { root: '.el-radio-group', kind: 'radios' },
];

export const WIDGET_ROOTS = LIBRARY_WIDGETS.map((w) => w.root).join(', ');

export const libraryWidgetOf = (el: Element): WidgetKind | undefined => LIBRARY_WIDGETS.find((w) => el.matches(w.root))?.kind;
