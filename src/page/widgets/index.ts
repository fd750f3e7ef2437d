import type { WidgetKind } from '../../adapters/define-adapter';
import { antdCascaderDriver, antdDateDriver, antdDateRangeDriver, antdSelectDriver, antdSelectMultipleDriver } from './antd';
import { antdTreeDriver } from './antd-tree';
import { arcoCascaderDriver, arcoDateDriver, arcoDateRangeDriver, arcoInputTagDriver, arcoSelectDriver, arcoSelectMultipleDriver } from './arco';
import { ARIA_ROOTS, ariaCheckboxesDriver, ariaComboboxDriver, ariaComboboxMultipleDriver, ariaRadiosDriver, ariaTreeDriver, isCheckboxGroup, isMultiCombobox, isTreeCombobox, isOwnCombobox } from './aria';
import { checkboxesDriver, radiosDriver } from './choices';
import type { Driver, FieldDriving } from './driver';
import { elCascaderDriver, elDateRangeDriver, elSelectDriver, elSelectMultipleDriver, isElMultiple } from './element-plus';
import { tinyCascaderDriver, tinyDateDriver, tinySelectDriver, tinySelectMultipleDriver } from './opentiny';
import { pickerDriver } from './picker';
import { rowsDriver } from './rows';
import { selectDriver } from './select';
import { textDriver } from './text';
import { approvalsDriver } from './approvals';
import { enterTagsDriver } from './enter-tags';
import { dialogPickerDriver } from './dialog-picker';
import { elUiDateDriver, isElementUiDate } from './element-ui-date';
import { approvalQuestionDriver, isApprovalQuestion } from './approval-question';
import { isSplitRegion, splitRegionDriver } from './split-region';
import { splitPhoneDriver } from './split-phone';
import { tdCascaderDriver, tdDateDriver, tdDateRangeDriver, tdSelectDriver, tdSelectMultipleDriver, tdTagInputDriver } from './tdesign';
import { TEA_ROOTS, teaCascaderDriver, teaDateDriver, teaSelectDriver } from './tea';
import { uploadDriver } from './upload';
import { validUntilDriver } from './valid-until';

/** 前置审批 as a checkbox list with 文号 per type, or as a 是/否 question followed by a type select and a 文号 input. */
const approvalsEitherShape: Driver = {
  holdsList: true,
  unordered: true,
  write: (cell, value, spec) => (isApprovalQuestion(cell) ? approvalQuestion.write(cell, value, spec) : approvalsDriver.write(cell, value, spec)),
  read: (cell, spec) => (isApprovalQuestion(cell) ? approvalQuestion.read(cell, spec) : approvalsDriver.read(cell, spec)),
};

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
  'el-ui-date': elUiDateDriver,
  'enter-tags': enterTagsDriver,
  'dialog-picker': dialogPickerDriver,
  'tiny-select': tinySelectDriver, 'tiny-select-multiple': tinySelectMultipleDriver, 'tiny-cascader': tinyCascaderDriver, 'tiny-date': tinyDateDriver,
  'antd-select': antdSelectDriver, 'antd-cascader': antdCascaderDriver, 'antd-date': antdDateDriver,
  'antd-select-multiple': antdSelectMultipleDriver, 'antd-date-range': antdDateRangeDriver, 'antd-tree': antdTreeDriver,
  'aria-combobox': ariaComboboxDriver, 'aria-combobox-multiple': ariaComboboxMultipleDriver, 'aria-tree': ariaTreeDriver, 'aria-radios': ariaRadiosDriver, 'aria-checkboxes': ariaCheckboxesDriver,
  'arco-select': arcoSelectDriver, 'arco-select-multiple': arcoSelectMultipleDriver, 'arco-input-tag': arcoInputTagDriver, 'arco-cascader': arcoCascaderDriver, 'arco-date': arcoDateDriver, 'arco-date-range': arcoDateRangeDriver,
  'td-select': tdSelectDriver, 'td-select-multiple': tdSelectMultipleDriver, 'td-tag-input': tdTagInputDriver, 'td-cascader': tdCascaderDriver, 'td-date': tdDateDriver, 'td-date-range': tdDateRangeDriver,
  'tea-select': teaSelectDriver, 'tea-cascader': teaCascaderDriver, 'tea-date': teaDateDriver, 'split-phone': splitPhoneDriver, approvals: approvalsEitherShape,
  'split-region': { holdsList: true, write: (cell, value, spec) => splitRegion.write(cell, value, spec), read: (cell, spec) => splitRegion.read(cell, spec) },
  picker: pickerDriver,
  'valid-until': validUntilDriver,
  upload: uploadDriver,
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
  // element-ui's single DatePicker takes a typed date on Enter only (element-ui-date.ts); element-plus's is typed text.
  { root: '.el-date-editor', kind: 'el-ui-date', is: isElementUiDate },
  { root: '.el-checkbox-group', kind: 'checkboxes' },
  { root: '.el-radio-group', kind: 'radios' },
  // OpenTiny Vue (@opentiny/vue-* 3.31 markup): select (multiple first), cascader, date picker, radio and checkbox groups.
  { root: '.tiny-select.tiny-select__multiple', kind: 'tiny-select-multiple' }, { root: '.tiny-select', kind: 'tiny-select' }, { root: '.tiny-cascader', kind: 'tiny-cascader' }, { root: '.tiny-date-container', kind: 'tiny-date' }, { root: '.tiny-checkbox-group', kind: 'checkboxes' }, { root: '.tiny-radio-group', kind: 'radios' },
  // Ant Design 4–6 and ant-design-vue 4 (ant.design / antdv.com Select, Cascader, DatePicker, Checkbox.Group, Radio.Group
  // markup): the cascader's root also carries ant-select, so it comes first, and a multiple / tags select
  // (`.ant-select-multiple`) before a single one; each input of a RangePicker is a field of its own (起始 / 截止).
  { root: '.ant-cascader', kind: 'antd-cascader' }, { root: '.ant-select.ant-select-multiple', kind: 'antd-select-multiple' }, { root: '.ant-select', kind: 'antd-select' },
  { root: '.ant-picker-range input', kind: 'antd-date-range' }, { root: '.ant-picker:not(.ant-picker-range)', kind: 'antd-date' }, { root: '.ant-checkbox-group', kind: 'checkboxes' }, { root: '.ant-radio-group', kind: 'radios' },
  // A checkable Tree (antdv.com Tree; vc-tree TreeNode markup): a field of its own, its hidden a11y input inside it.
  { root: '.ant-tree', kind: 'antd-tree' },
  // Arco Design React 2.x (arco.design Select, InputTag, Cascader, DatePicker markup, see arco.ts), before tea, whose
  // any-prefix `-cascader` root matches arco-cascader too. A multiple select's field is the InputTag inside it (the
  // engine takes an input's nearest root), so its root is not one, and only an InputTag of its own is a tag input.
  { root: '.arco-select:not(.arco-select-multiple)', kind: 'arco-select' }, { root: '.arco-input-tag', kind: 'arco-select-multiple', is: (r) => r.parentElement?.closest('.arco-select') != null },
  { root: '.arco-input-tag', kind: 'arco-input-tag' }, { root: '.arco-cascader', kind: 'arco-cascader' },
  { root: '.arco-picker-range input', kind: 'arco-date-range' }, { root: '.arco-picker:not(.arco-picker-range)', kind: 'arco-date' }, { root: '.arco-checkbox-group', kind: 'checkboxes' }, { root: '.arco-radio-group', kind: 'radios' },
  // TDesign Vue 3 (tdesign-vue-next 1.x Select, TagInput, Cascader, DatePicker markup, see tdesign.ts), before tea, whose
  // any-prefix `-cascader` root matches t-cascader too. As with Arco, a multiple select's field is its inner TagInput.
  { root: '.t-select:not(.t-select-input--multiple)', kind: 'td-select' }, { root: '.t-tag-input', kind: 'td-select-multiple', is: (r) => r.parentElement?.closest('.t-select') != null },
  { root: '.t-tag-input', kind: 'td-tag-input' }, { root: '.t-cascader', kind: 'td-cascader' },
  { root: '.t-range-input input', kind: 'td-date-range' }, { root: '.t-date-picker', kind: 'td-date' }, { root: '.t-checkbox-group', kind: 'checkboxes' }, { root: '.t-radio-group', kind: 'radios' },
  // tea-component 2.x under any classPrefix (es/dropdown, es/cascader, es/datepicker markup, see tea.ts); its Radio and Checkbox are native inputs in labels, grouped by their cell.
  { root: TEA_ROOTS.select, kind: 'tea-select' }, { root: TEA_ROOTS.cascader, kind: 'tea-cascader' }, { root: TEA_ROOTS.date, kind: 'tea-date' },
  // No known library (LAST, so every library root above wins): WAI-ARIA roles (aria.ts). A combobox's popup decides
  // its kind (a tree, a multi-selectable listbox, a listbox); a set of role=checkbox is one field, their container.
  { root: ARIA_ROOTS.combobox, kind: 'aria-tree', is: (el) => ariaOnly(el) && isTreeCombobox(el) },
  { root: ARIA_ROOTS.combobox, kind: 'aria-combobox-multiple', is: (el) => ariaOnly(el) && isMultiCombobox(el) },
  { root: ARIA_ROOTS.combobox, kind: 'aria-combobox', is: ariaOnly },
  { root: ARIA_ROOTS.radiogroup, kind: 'aria-radios' }, { root: ARIA_ROOTS.checkboxes, kind: 'aria-checkboxes', is: isCheckboxGroup },
];

/** Roots of the libraries we drive (every entry above the ARIA ones). */
let libraryRoots: string | undefined;
/**
 * A combobox is driven through ARIA only when no library we know drew it: not a known library's own input, and not the
 * outer box of a known widget (an Arco multiple select is a role=combobox around the tag input that is its field).
 */
function ariaOnly(el: Element): boolean {
  libraryRoots ??= LIBRARY_WIDGETS.filter((w) => !w.kind.startsWith('aria-')).map((w) => w.root).join(', ');
  return isOwnCombobox(el) && !el.querySelector(libraryRoots);
}

export const WIDGET_ROOTS = [...new Set(LIBRARY_WIDGETS.map((w) => w.root))].join(', ');

export const libraryWidgetOf = (el: Element): WidgetKind | undefined => LIBRARY_WIDGETS.find((w) => el.matches(w.root) && (w.is?.(el) ?? true))?.kind;

/**
 * The widget root a control belongs to: the OUTERMOST root around it (an antd or element-plus input carries
 * role=combobox inside its `.ant-select` / `.el-select`, which `closest()` would stop at), a known library's before an
 * ARIA role's (an Arco select's root is itself a role=combobox around the InputTag that is the field). Only roots
 * whose kind recognises them count (a checkbox-group candidate that is not the group is none).
 */
export function widgetRootOf(control: Element): Element | undefined {
  let library: Element | undefined;
  let aria: Element | undefined;
  const typed = control.matches('input:not([type=checkbox]):not([type=radio]), textarea');
  for (let node = control.closest(WIDGET_ROOTS); node; node = node.parentElement?.closest(WIDGET_ROOTS) ?? null) {
    const kind = libraryWidgetOf(node);
    // A group of role=checkbox or role=radio is a field for its choices only, never for a text input inside it (a
    // 长期 box beside two dates).
    if (kind?.startsWith('aria-')) {
      if (!(typed && (kind === 'aria-checkboxes' || kind === 'aria-radios'))) aria = node;
    }
    else if (kind) library = node;
  }
  return library ?? aria;
}

const NOT_CHOICE: ReadonlySet<WidgetKind> = new Set(['text', 'checkboxes', 'radios', 'rows', 'split-phone', 'approvals', 'valid-until']);
const kindOfField = (field: Element): WidgetKind => (field.tagName === 'SELECT' ? 'select' : (libraryWidgetOf(field) ?? 'text'));

/** The 是/否 shape drives its follow-up 审批类型 with whatever driver that widget has. */
const driving: FieldDriving = {
  fieldOf: (control) => widgetRootOf(control) ?? control,
  driverOf: (field) => drivers[kindOfField(field)],
  isChoice: (field) => !NOT_CHOICE.has(kindOfField(field)) && !/date/.test(kindOfField(field)),
};
const approvalQuestion = approvalQuestionDriver(driving);
const splitRegion = splitRegionDriver(driving);

/** A cell of two or three selects standing for 省 / 市 / 县. */
export const isSplitRegionCell = (cell: Element): boolean => isSplitRegion(cell, driving);
