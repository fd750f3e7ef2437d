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
