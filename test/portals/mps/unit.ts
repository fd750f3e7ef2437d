import { Button, FormItem, Space } from 'ant-design-vue';
import { h, ref, watch, type VNode } from 'vue';
import type { UploadState } from '../common/upload-state';
import { block, checkbox, radios, range, regionCascader, row, select, str, strings, textInput, ui, type Fields } from './controls';
import { choicesOf, PERSON_CERTIFICATES, UNIT_CERTIFICATES, UNIT_KINDS, UNIT_NATURES, unitCertificatesFor, type Choice } from './options';
import { plainState, stepParts, type Step } from './step';
import { cls, fieldName, loadedAfter } from './twin';
import { saveUnitHead } from './unit-head';
import { IMAGES, upload } from './uploads';

// Step 开办主体 (`/portal/unit`): blocks 开办主体信息 and 主体负责人信息, the field names dataAided fills (portals.md
// §2.5, apps-security-materials.md §3). Traps: 开办主体性质 shows only for 单位; 证件类型 (`uitcfttype`) is disabled
// until 单位/个人 (and for 单位 the 性质) is chosen, loads its options late, and resets when either changes; 证件类型 /
// 证件号码 appear in both blocks; 通讯地址 is a lazy cascader (`uitadrpvs`) beside the street input (`uitadrstr`);
// 证件有效期 is a range with a 长期 box that disables and clears the end; 短信验证码 (`smscode`) is no profile field.

const TEXT_KEYS = ['unitpty', 'unitpty_sub', 'unitnm', 'uitcfttype', 'uitcftnum', 'uitregadrstr', 'uitadrpvs', 'uitadrstr', 'rpbnm', 'rpbcfttype', 'rpbcftnum', 'idecardvalid', 'isLongValid', 'rpbmobile', 'smscode', 'offtel', 'rpbmail'];
export const UNIT_UPLOAD_KEYS = ['uitcftid', 'idecardfrontid', 'idecardbackid', 'idecardgroupid'];

const INITIAL: Record<string, unknown> = {
  ...Object.fromEntries(TEXT_KEYS.map((key) => [key, ''])),
  uitadrpvs: [],
  idecardvalid: [],
  isLongValid: false,
  ...Object.fromEntries(UNIT_UPLOAD_KEYS.map((key) => [key, []])),
};

/** The 证件类型 list for the chosen kind and 性质; none until they are chosen. */
function certificatesFor(kind: string, nature: string): Choice[] {
  if (kind === '个人') return choicesOf(PERSON_CERTIFICATES);
  if (kind === '单位' && nature) return choicesOf(UNIT_CERTIFICATES, unitCertificatesFor(nature));
  return [];
}

export function unitStep(): Step {
  const { fields: f, files } = stepParts(INITIAL, UNIT_UPLOAD_KEYS);
  const certificates = ref<Choice[]>([]);
  const loading = ref(false);
  let asked = 0;
  // The document list depends on 单位/个人 and 性质: cleared at once, reloaded after a while, as the portal fetches it.
  const reloadCertificates = () => {
    f.set('uitcfttype', '');
    certificates.value = [];
    const list = certificatesFor(str(f.get('unitpty')), str(f.get('unitpty_sub')));
    if (!list.length) return;
    const ask = ++asked;
    loading.value = true;
    void loadedAfter(250, () => list).then((loaded) => {
      if (ask !== asked) return;
      certificates.value = loaded;
      loading.value = false;
    });
  };
  const address = regionCascader(3);
  watch(
    () => ['rpbnm', 'rpbcfttype', 'rpbcftnum', 'rpbmobile', 'offtel', 'rpbmail'].map((key) => str(f.get(key))),
    ([name = '', certType = '', certNo = '', mobile = '', tel = '', mail = '']) => saveUnitHead({ name, certType, certNo, mobile, tel, mail }),
  );
  return {
    model: f.model,
    state: () => ({ ...plainState(f, TEXT_KEYS), ...files.snapshot() }),
    blocks: () => [unitBlock(f, files, certificates.value, loading.value, reloadCertificates, address), headBlock(f, files)],
  };
}

function unitBlock(f: Fields, files: UploadState, certificates: Choice[], loading: boolean, reload: () => void, address: ReturnType<typeof regionCascader>): VNode {
  const unit = str(f.get('unitpty'));
  const ready = unit === '个人' || (unit === '单位' && str(f.get('unitpty_sub')) !== '');
  return block('开办主体信息', 'block:unit', [
    row({
      key: 'unitpty',
      label: '开办主体',
      required: true,
      control: () =>
        radios(f, 'unitpty', UNIT_KINDS, () => {
          f.set('unitpty_sub', '');
          reload();
        }),
    }),
    unit === '单位'
      ? row({ key: 'unitpty_sub', label: '开办主体性质', required: true, control: () => select(f, 'unitpty_sub', choicesOf(UNIT_NATURES), { onChange: () => reload() }) })
      : null,
    row({ key: 'unitnm', label: '开办主体名称', required: true, text: true, control: (p) => textInput(f, 'unitnm', p) }),
    row({
      key: 'uitcfttype',
      label: '证件类型',
      required: true,
      control: () => select(f, 'uitcfttype', certificates, { disabled: !ready, loading, placeholder: ready ? '请选择' : '请先选择开办主体性质' }),
    }),
    row({ key: 'uitcftnum', label: '证件号码', required: true, text: true, control: (p) => textInput(f, 'uitcftnum', p) }),
    row({ key: 'uitregadrstr', label: '证件住所', required: true, text: true, control: (p) => textInput(f, 'uitregadrstr', p ?? '与证件上的住所一致') }),
    h('div', { class: cls('mps-address'), key: 'address' }, [
      row({ key: 'uitadrpvs', label: '通讯地址', required: true, control: (p) => address(f, 'uitadrpvs', p) }),
      row({ key: 'uitadrstr', label: '详细地址', required: true, text: true, control: (p) => textInput(f, 'uitadrstr', p ?? '街道、门牌号（不含省市区）') }),
    ]),
    row({ key: 'uitcftid', label: '主体证件', required: true, extra: '请上传开办主体证件原件的彩色扫描件或照片', control: () => upload(f, files, { key: 'uitcftid', accept: IMAGES, maxCount: 1 }) }),
  ]);
}

function validity(f: Fields): VNode {
  const longTerm = f.get('isLongValid') === true;
  return ui(Space, { wrap: true }, () => [
    range(f, 'idecardvalid', { disabled: [false, longTerm], allowEmpty: [false, longTerm], placeholder: ['起始日期', longTerm ? '长期' : '截止日期'] }),
    // Its own named item (noStyle), so the box carries `form_item_isLongValid` as the portal's does.
    ui(FormItem, { name: fieldName('isLongValid'), noStyle: true }, () =>
      checkbox(f, 'isLongValid', '长期', (checked) => {
        const [from = ''] = strings(f.get('idecardvalid'));
        if (checked) f.set('idecardvalid', from ? [from, ''] : []);
      }),
    ),
  ]);
}

function headBlock(f: Fields, files: UploadState): VNode {
  return block('主体负责人信息', 'block:head', [
    row({ key: 'rpbnm', label: '姓名', required: true, text: true, control: (p) => textInput(f, 'rpbnm', p) }),
    row({ key: 'rpbcfttype', label: '证件类型', required: true, control: () => select(f, 'rpbcfttype', choicesOf(PERSON_CERTIFICATES)) }),
    row({ key: 'rpbcftnum', label: '证件号码', required: true, text: true, control: (p) => textInput(f, 'rpbcftnum', p) }),
    row({ key: 'idecardvalid', label: '证件有效期', required: true, control: () => validity(f) }),
    row({ key: 'rpbmobile', label: '手机号码', required: true, text: true, control: (p) => textInput(f, 'rpbmobile', p, { maxlength: 11 }) }),
    row({
      key: 'smscode',
      label: '短信验证码',
      required: true,
      text: true,
      control: (p) => ui(Space, {}, () => [textInput(f, 'smscode', p ?? '6位验证码', { maxlength: 6, style: { width: '160px' } }), ui(Button, {}, () => '获取验证码')]),
    }),
    row({ key: 'offtel', label: '办公电话', text: true, control: (p) => textInput(f, 'offtel', p ?? '区号-号码') }),
    row({ key: 'rpbmail', label: '电子邮箱', required: true, text: true, control: (p) => textInput(f, 'rpbmail', p) }),
    row({ key: 'idecardfrontid', label: '证件人像面', required: true, extra: '请上传证件人像面（有照片的一面）彩色照片', control: () => upload(f, files, { key: 'idecardfrontid', accept: IMAGES, maxCount: 1 }) }),
    row({ key: 'idecardbackid', label: '证件国徽面', required: true, extra: '请上传证件国徽面彩色照片', control: () => upload(f, files, { key: 'idecardbackid', accept: IMAGES, maxCount: 1 }) }),
    row({ key: 'idecardgroupid', label: '手持证件照', required: true, extra: '本人手持证件正面的半身照', control: () => upload(f, files, { key: 'idecardgroupid', accept: IMAGES, maxCount: 1 }) }),
  ]);
}
