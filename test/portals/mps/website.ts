import { Button, FormItem } from 'ant-design-vue';
import { h, ref, type VNode } from 'vue';
import type { UploadState } from '../common/upload-state';
import { block, checkboxes, date, multiSelect, range, regionCascader, row, select, str, strings, textInput, ui, type Fields } from './controls';
import { ACCESS_METHODS, choicesOf, DANGEROUS_GOODS, LANGUAGES, OTHER_REGISTRAR, REGISTRARS, WEBSITE_APPROVAL_FILES, WEBSITE_APPROVALS } from './options';
import { personBlock, personInitial, personKeys, personTextKeys, personUploadKeys } from './persons';
import { approvalBlock, approvalFileKeys, approvalInitial, approvalTextKeys, INTERACTIVE_INITIAL, interactiveBlock } from './service-blocks';
import { plainState, stepParts, type Step } from './step';
import { cls, fieldName, TWIN } from './twin';
import { DOCUMENTS, IMAGES, upload } from './uploads';

// Step 网站 (`/portal/website`): 网站基本信息, 网络接入服务商, 域名注册服务商, 服务类型, 前置审批/专项审批, 互联网危险物品信息发布,
// 网站安全负责人, 网站应急联络人 (apps-security-materials.md §3, the Tencent guide's sections; field names from
// portals.md §2.5 where dataAided fills them). Traps: 服务器IP as rows `ip0…ipN` under one label (添加 adds a row);
// 网站所有域名 a tag input; 网站语种 a multiple select; 域名证书有效期 a range whose start may stay empty; 接入商 and
// 注册商 所属区域 lazy 省/市 cascaders; 域名注册服务商 a searchable select over a virtual list, with 其他 revealing a
// text input; the 交互服务 tree is collapsed; 前置审批 a checkbox per type, 以上都不涉及 beside them; two person blocks
// with the same labels, each with "同主体负责人" that copies and locks its fields; popups under <body>.

export const SECURITY_HEAD = personKeys('webSecurity', 'aqfzr');
export const EMERGENCY_CONTACT = personKeys('wzyjllr', 'yjllr');

const DANGEROUS_KEYS = DANGEROUS_GOODS.map((g) => g.value);

const TEXT_KEYS = [
  'webnm', 'webopentime', 'moinum', 'maindmn', 'dmnlist', 'language', 'ymzsvalid',
  'aspname', 'asppvs', 'acctype', 'dspname', 'dspnameother', 'dsppvs',
  'interactive', 'interactivetype', ...approvalTextKeys(WEBSITE_APPROVALS), 'wxwp',
  ...personTextKeys(SECURITY_HEAD), ...personTextKeys(EMERGENCY_CONTACT),
];

export const WEBSITE_UPLOAD_KEYS = ['ymzsid', ...approvalFileKeys(WEBSITE_APPROVALS), ...DANGEROUS_KEYS, ...personUploadKeys(SECURITY_HEAD), ...personUploadKeys(EMERGENCY_CONTACT)];

const INITIAL: Record<string, unknown> = {
  ...Object.fromEntries(TEXT_KEYS.map((key) => [key, ''])),
  ip0: '',
  dmnlist: [],
  language: [],
  ymzsvalid: [],
  asppvs: [],
  dsppvs: [],
  wxwp: [],
  ...INTERACTIVE_INITIAL,
  ...approvalInitial(WEBSITE_APPROVALS),
  ...Object.fromEntries(DANGEROUS_KEYS.map((key) => [key, []])),
  ymzsid: [],
  ...personInitial(SECURITY_HEAD),
  ...personInitial(EMERGENCY_CONTACT),
};

const LABEL_WIDTH = '180px';

export function websiteStep(): Step {
  const { fields: f, files } = stepParts(INITIAL, WEBSITE_UPLOAD_KEYS);
  const ipRows = ref(1);
  const ips = (): string[] => Array.from({ length: ipRows.value }, (_, k) => str(f.get(`ip${k}`)).trim()).filter(Boolean);
  const aspRegion = regionCascader(2);
  const dspRegion = regionCascader(2);
  return {
    model: f.model,
    state: () => ({ ...plainState(f, TEXT_KEYS), ip: ips(), ...files.snapshot() }),
    blocks: () => [
      siteBlock(f, files, ipRows),
      block('网络接入服务商', 'block:asp', [
        row({ key: 'aspname', label: '接入服务商名称', required: true, text: true, control: (p) => textInput(f, 'aspname', p ?? '请输入网络接入服务商全称') }),
        row({ key: 'asppvs', label: '接入商所属区域', required: true, control: (p) => aspRegion(f, 'asppvs', p) }),
        row({ key: 'acctype', label: '接入方式', required: true, control: () => select(f, 'acctype', choicesOf(ACCESS_METHODS)) }),
      ]),
      registrarBlock(f, dspRegion),
      interactiveBlock(f),
      approvalBlock(f, files, WEBSITE_APPROVALS, WEBSITE_APPROVAL_FILES),
      dangerousBlock(f, files),
      personBlock(f, files, '网站安全负责人', SECURITY_HEAD),
      personBlock(f, files, '网站应急联络人', EMERGENCY_CONTACT),
    ],
  };
}

/** 服务器IP: one input per address (`ip0`, `ip1` …), the first labelled, the others under it; 添加 adds a row. */
function ipRowsView(f: Fields, rows: { value: number }): VNode {
  const extra = (k: number): VNode =>
    ui(FormItem, { name: fieldName(`ip${k}`), class: cls('mps-ip-row'), wrapperCol: { style: { marginLeft: LABEL_WIDTH } }, key: `ip${k}` }, () =>
      h('div', { style: { display: 'flex', gap: '8px' } }, [
        textInput(f, `ip${k}`, '请输入IP地址'),
        ui(Button, {
          onClick: () => {
            for (let j = k; j < rows.value - 1; j++) f.set(`ip${j}`, f.get(`ip${j + 1}`));
            rows.value -= 1;
            f.set(`ip${rows.value}`, '');
          },
        }, () => '删除'),
      ]),
    );
  return h('div', { class: cls('mps-ip-list'), key: 'ip' }, [
    row({ key: 'ip0', label: '服务器IP', required: true, text: true, control: (p) => textInput(f, 'ip0', p ?? '请输入IP地址') }),
    ...Array.from({ length: rows.value - 1 }, (_, j) => extra(j + 1)),
    h('div', { style: { marginLeft: TWIN ? '0' : LABEL_WIDTH, marginBottom: '16px' } }, [
      ui(Button, {
        type: 'dashed',
        onClick: () => {
          f.set(`ip${rows.value}`, '');
          rows.value += 1;
        },
      }, () => '+ 添加IP'),
    ]),
  ]);
}

function siteBlock(f: Fields, files: UploadState, ipRows: { value: number }): VNode {
  return block('网站基本信息', 'block:site', [
    row({ key: 'webnm', label: '网站名称', required: true, text: true, control: (p) => textInput(f, 'webnm', p) }),
    row({ key: 'webopentime', label: '网站开通日期', required: true, extra: '网站开通之日起30日内须办理联网备案', control: (p) => date(f, 'webopentime', p) }),
    row({ key: 'moinum', label: 'ICP备案号', required: true, text: true, control: (p) => textInput(f, 'moinum', p ?? '如：京ICP备12345678号-1') }),
    row({ key: 'maindmn', label: '网站主域名', required: true, text: true, control: (p) => textInput(f, 'maindmn', p ?? '如：example.com') }),
    row({ key: 'dmnlist', label: '网站所有域名', required: true, control: () => multiSelect(f, 'dmnlist', [], 'tags') }),
    ipRowsView(f, ipRows),
    row({ key: 'language', label: '网站语种', required: true, control: () => multiSelect(f, 'language', LANGUAGES.map((l) => ({ value: l, label: l })), 'multiple') }),
    row({ key: 'ymzsid', label: '域名证书', required: true, extra: '请上传域名注册证书，JPG、PNG 格式', control: () => upload(f, files, { key: 'ymzsid', accept: IMAGES, maxCount: 1 }) }),
    row({ key: 'ymzsvalid', label: '域名证书有效期', required: true, control: () => range(f, 'ymzsvalid', { allowEmpty: [true, false], placeholder: ['注册日期', '到期日期'] }) }),
  ]);
}

function registrarBlock(f: Fields, region: ReturnType<typeof regionCascader>): VNode {
  const other = str(f.get('dspname')) === OTHER_REGISTRAR;
  const options = [...REGISTRARS, OTHER_REGISTRAR].map((name) => ({ value: name, label: name }));
  return block('域名注册服务商', 'block:dsp', [
    row({
      key: 'dspname',
      label: '域名注册服务商',
      required: true,
      control: () => select(f, 'dspname', options, { showSearch: true, optionFilterProp: 'label', onChange: (v: unknown) => v !== OTHER_REGISTRAR && f.set('dspnameother', '') }),
    }),
    other ? row({ key: 'dspnameother', label: '注册服务商名称', required: true, text: true, control: (p) => textInput(f, 'dspnameother', p ?? '请输入域名注册服务商全称') }) : null,
    row({ key: 'dsppvs', label: '注册商所属区域', required: true, control: (p) => region(f, 'dsppvs', p) }),
  ]);
}

/** 互联网危险物品信息发布: no profile field; each ticked item asks its 资质 upload (portals.md §2.5, `BookMap`). */
function dangerousBlock(f: Fields, files: UploadState): VNode {
  const chosen = new Set(strings(f.get('wxwp')));
  const ticked = DANGEROUS_GOODS.filter((g) => chosen.has(g.value));
  return block(
    '互联网危险物品信息发布',
    'block:wxwp',
    [row({ key: 'wxwp', label: '涉及的危险物品', extra: '不涉及的无需勾选', control: () => checkboxes(f, 'wxwp', DANGEROUS_GOODS) })],
    undefined,
    ticked.map((g) => row({ key: g.value, label: `${g.label}资质`, required: true, control: () => upload(f, files, { key: g.value, accept: DOCUMENTS, maxCount: 5 }) })),
  );
}
