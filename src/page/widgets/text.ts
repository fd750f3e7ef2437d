import { isValueElement, setValue } from '../set-value';
import { asText, clean, type Driver } from './driver';

// Text inputs and textareas. An input behind a read-only 省/市/县 prefix (Aliyun's `.address-prefix`, portals.md §2.1)
// takes the rest of the address only, and reads back with the prefix joined on, so it compares in profile space.

/**
 * Read-only text shown before the input: Aliyun `.address-prefix` (portals.md §2.1), the addons of Ant Design
 * (`.ant-input-group-addon`, `.ant-input-prefix`: ant.design Input, ant-design-vue the same), element-plus and element-ui
 * (`.el-input-group__prepend`: element-plus.org / element.eleme.cn Input), Arco (`.arco-input-group-addbefore`,
 * `.arco-input-prefix`: arco.design Input) and TDesign (`.t-input-adornment__prepend`, `.t-input__prefix`:
 * tdesign.tencent.com InputAdornment / Input).
 */
const PREFIXES = '.address-prefix, .ant-input-group-addon, .ant-input-prefix, .el-input-group__prepend, .arco-input-group-addbefore, .arco-input-prefix, .t-input-adornment__prepend, .t-input__prefix';
const WRAPPERS = '.ant-input-group-wrapper, .ant-input-affix-wrapper, .el-input-group, .el-input, .arco-input-group-wrapper, .arco-input-inner-wrapper, .t-input-adornment, .t-input';

/** Text right before the input or its wrapper, in an element of its own that holds no control: a prefix no library names. */
function plainPrefixes(input: Element, wrapper: Element): Element[] {
  return [input.previousElementSibling, wrapper.previousElementSibling].filter(
    (el): el is Element => el !== null && el.childElementCount === 0 && !el.matches('input, select, textarea, label, button'),
  );
}

const PROVINCE_FIRST = /^(.{2,3}省|.{2,6}自治区|.{2}特别行政区|北京市|上海市|天津市|重庆市)$/;

/** A division name: 浙江省, 杭州市, 西湖区, 新疆维吾尔自治区, 香港特别行政区… */
const DIVISION = /.+?(特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟|州)/g;

/**
 * The divisions a read-only prefix shows (浙江省 / 杭州市 / 西湖区), when it shows only divisions; other addons
 * (www., https://) are decoration and not part of the value.
 */
function prefixOf(input: Element): string[] {
  const wrapper = input.closest(WRAPPERS) ?? input.parentElement;
  if (!wrapper) return [];
  for (const prefix of [...wrapper.querySelectorAll(PREFIXES), ...plainPrefixes(input, wrapper)]) {
    // eslint-disable-next-line no-bitwise -- compareDocumentPosition answers with a bitmask
    if (!(prefix.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const text = clean(prefix.textContent).replace(/[\s/／\-–]/g, '');
    const parts = text.match(DIVISION) ?? [];
    // Text no library marks as a prefix counts only when it starts with a province (所在地区 is a label, not a prefix).
    const named = prefix.matches(PREFIXES) || PROVINCE_FIRST.test(parts[0] ?? '');
    if (parts.length && parts.join('') === text && named) return parts;
  }
  return [];
}

/** The address after the divisions the prefix shows (上海市 上海市 浦东新区 + 上海市浦东新区张杨路 → 张杨路). */
function afterPrefix(address: string, parts: readonly string[]): string {
  let rest = address;
  for (const part of parts) if (rest.startsWith(part)) rest = rest.slice(part.length);
  return rest;
}

/** The prefix as a full address writes it: a municipality's 上海市 上海市 once. */
const asWritten = (parts: readonly string[]) => parts.filter((part, i) => part !== parts[i - 1]).join('');

export const textDriver: Driver = {
  // A disabled input may enable once the field before it is set (证件号码 after 证件类型); a read-only one never does.
  disabled: (el) => isValueElement(el) && el.disabled,
  async write(el, value) {
    if (!isValueElement(el) || el.tagName === 'SELECT') return `${el.tagName.toLowerCase()} is not a text field`;
    if ((el as HTMLInputElement).readOnly || (el as HTMLInputElement).disabled) return 'the field is read-only';
    setValue(el, afterPrefix(asText(value), prefixOf(el)));
    return undefined;
  },
  read(el) {
    if (!isValueElement(el)) return '';
    const own = el.value.trim();
    return own ? asWritten(prefixOf(el)) + own : '';
  },
};
