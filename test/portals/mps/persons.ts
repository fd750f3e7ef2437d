import { FormItem } from 'ant-design-vue';
import type { VNode } from 'vue';
import type { UploadState } from '../common/upload-state';
import { block, checkbox, row, select, textInput, ui, type Fields } from './controls';
import { choicesOf, PERSON_CERTIFICATES } from './options';
import { savedUnitHead, type UnitHead } from './unit-head';
import { fieldName } from './twin';
import { IMAGES, upload } from './uploads';

// 网站安全负责人 and 网站应急联络人 (apps-security-materials.md §3: the newer portal's blocks, each with a "same as" box;
// dataAided's boxes are `webSecurity` and `wzyjllr`, each block with its own three uploads). Their rows carry the same
// labels (姓名, 证件类型, 证件号码, 手机号码 …) in both blocks, and as the 主体负责人's on the 开办主体 step: only the
// block's title tells them apart. "同主体负责人" copies the 主体负责人 the portal holds into the six fields and locks
// them (disabled) until it is unticked; the three photos stay the block's own.

export type PersonKeys = {
  same: string;
  name: string;
  certType: string;
  certNo: string;
  mobile: string;
  tel: string;
  mail: string;
  front: string;
  back: string;
  group: string;
};

/** The keys of a block whose field names are `<prefix>nm`, `<prefix>cfttype` …; the "same as" box is named apart. */
export const personKeys = (same: string, prefix: string): PersonKeys => ({
  same,
  name: `${prefix}nm`,
  certType: `${prefix}cfttype`,
  certNo: `${prefix}cftnum`,
  mobile: `${prefix}mobile`,
  tel: `${prefix}offtel`,
  mail: `${prefix}mail`,
  front: `${prefix}frontid`,
  back: `${prefix}backid`,
  group: `${prefix}groupid`,
});

export const personTextKeys = (k: PersonKeys): string[] => [k.same, k.name, k.certType, k.certNo, k.mobile, k.tel, k.mail];
export const personUploadKeys = (k: PersonKeys): string[] => [k.front, k.back, k.group];

export const personInitial = (k: PersonKeys): Record<string, unknown> => ({
  [k.same]: false,
  [k.name]: '',
  [k.certType]: '',
  [k.certNo]: '',
  [k.mobile]: '',
  [k.tel]: '',
  [k.mail]: '',
  [k.front]: [],
  [k.back]: [],
  [k.group]: [],
});

function copyHead(f: Fields, k: PersonKeys, head: UnitHead): void {
  f.set(k.name, head.name);
  f.set(k.certType, head.certType);
  f.set(k.certNo, head.certNo);
  f.set(k.mobile, head.mobile);
  f.set(k.tel, head.tel);
  f.set(k.mail, head.mail);
}

export function personBlock(f: Fields, files: UploadState, title: string, k: PersonKeys): VNode {
  const locked = f.get(k.same) === true;
  const lock = { disabled: locked };
  // In the block's header, still a named form item (noStyle), so the box carries `form_item_<same>` as on the portal.
  const same = ui(FormItem, { name: fieldName(k.same), noStyle: true }, () => checkbox(f, k.same, '同主体负责人', (checked) => checked && copyHead(f, k, savedUnitHead())));
  return block(
    title,
    `block:${k.same}`,
    [
      row({ key: k.name, label: '姓名', required: true, text: true, control: (p) => textInput(f, k.name, p, lock) }),
      row({ key: k.certType, label: '证件类型', required: true, control: () => select(f, k.certType, choicesOf(PERSON_CERTIFICATES), lock) }),
      row({ key: k.certNo, label: '证件号码', required: true, text: true, control: (p) => textInput(f, k.certNo, p, lock) }),
      row({ key: k.mobile, label: '手机号码', required: true, text: true, control: (p) => textInput(f, k.mobile, p, { maxlength: 11, ...lock }) }),
      row({ key: k.tel, label: '办公电话', text: true, control: (p) => textInput(f, k.tel, p ?? '区号-号码', lock) }),
      row({ key: k.mail, label: '电子邮箱', required: true, text: true, control: (p) => textInput(f, k.mail, p, lock) }),
      row({ key: k.front, label: '证件人像面', required: true, extra: '请上传证件人像面（有照片的一面）彩色照片', control: () => upload(f, files, { key: k.front, accept: IMAGES, maxCount: 1 }) }),
      row({ key: k.back, label: '证件国徽面', required: true, extra: '请上传证件国徽面彩色照片', control: () => upload(f, files, { key: k.back, accept: IMAGES, maxCount: 1 }) }),
      row({ key: k.group, label: '手持证件照', required: true, extra: '本人手持证件正面的半身照', control: () => upload(f, files, { key: k.group, accept: IMAGES, maxCount: 1 }) }),
    ],
    same,
  );
}
