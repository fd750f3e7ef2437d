import { Button, Card, Checkbox, CheckboxGroup, Dialog, Input, Link, Table, TagInput } from 'tdesign-vue-next';
import { h, reactive, ref, type VNode, type VNodeChild } from 'vue';
import { rows, select, text, textarea, ui, type Field, type State } from './controls';
import { APPROVAL_OPTIONS, LANGUAGE_OPTIONS, NO_APPROVAL, PROVIDERS, searchProviders, SERVICE_OPTIONS } from './options';
import { personFields, personState } from './subject';
import { cls, TWIN } from './twin';

// 填写网站信息 (console.ucloud.cn/icp/website): three TDesign cards, 服务信息 (the website, in the newer wording:
// 服务名称, 服务备注), 网站负责人信息 (the same labels as the subject's 负责人) and 接入信息. Traps: 网站域名 is a
// `t-tag-input` (type, Enter), 网站语言 a multiple `t-select`, 前置审批 a checkbox list with a 文号 input under each
// checked type and an exclusive 以上都不涉及, 证件有效期 three controls under one label, 接入服务商 a read-only input
// filled only through a search dialog (`t-dialog` with a `t-table`, a row picked by its 选择 link), IP地址 rows of
// inputs added with 添加.

export const websiteState = reactive<State>({
  siteName: '',
  domains: [],
  homepage: '',
  services: [],
  languages: [],
  approvals: [],
  approvalNumbers: {},
  remark: '',
  ...personState('siteHead', false),
  provider: '',
  ips: [''],
});

const w = websiteState;
const list = (key: string): string[] => (Array.isArray(w[key]) ? (w[key] as string[]) : []);
const numbers = (): Record<string, string> => w.approvalNumbers as Record<string, string>;

/** 以上都不涉及 excludes every type; a type's 文号 leaves with its box. */
function onApprovals(value: unknown): void {
  const before = list('approvals');
  let next = Array.isArray(value) ? value.map(String) : [];
  const added = next.filter((v) => !before.includes(v));
  if (added.includes(NO_APPROVAL)) next = [NO_APPROVAL];
  else if (added.length) next = next.filter((v) => v !== NO_APPROVAL);
  w.approvals = next;
  w.approvalNumbers = Object.fromEntries(Object.entries(numbers()).filter(([code]) => next.includes(code)));
}

const approvals: Field = {
  key: 'approvals',
  label: '前置审批',
  required: true,
  render: () =>
    ui(CheckboxGroup, { value: list('approvals'), onChange: onApprovals, class: cls('uc-approvals') }, () =>
      APPROVAL_OPTIONS.map((o) => {
        const checked = list('approvals').includes(o.value) && o.value !== NO_APPROVAL;
        return h('div', { key: o.value, class: cls('uc-approval-row') }, [
          ui(Checkbox, { value: o.value }, () => o.label),
          checked
            ? h('div', { class: cls('uc-approval-number') }, [
                h('span', { class: cls('uc-approval-number-label') }, '审批文号'),
                ui(Input, {
                  value: numbers()[o.value] ?? '',
                  onChange: (v: unknown) => (w.approvalNumbers = { ...numbers(), [o.value]: String(v ?? '') }),
                  placeholder: `请输入${o.label}前置审批文号`,
                }),
              ])
            : null,
        ]);
      }),
    ),
};

const domains: Field = {
  key: 'domains',
  label: '网站域名',
  required: true,
  render: () =>
    ui(TagInput, {
      value: list('domains'),
      onChange: (v: unknown) => (w.domains = Array.isArray(v) ? v.map(String) : []),
      placeholder: '请输入域名后按回车，不带 www.',
      clearable: true,
      class: cls('uc-domains'),
    }),
};

const services: Field = {
  key: 'services',
  label: '服务内容',
  required: true,
  render: () => ui(CheckboxGroup, { value: list('services'), onChange: (v: unknown) => (w.services = Array.isArray(v) ? v.map(String) : []), options: SERVICE_OPTIONS, class: cls('uc-services') }),
};

function siteFields(): Field[] {
  return [
    text(w, 'siteName', '服务名称', '请输入服务名称（网站名称）'),
    domains,
    text(w, 'homepage', '网站首页URL', '如 www.example.com'),
    services,
    select(w, 'languages', '网站语言', { options: () => LANGUAGE_OPTIONS, multiple: true, placeholder: '请选择网站语言' }),
    approvals,
    textarea(w, 'remark', '服务备注', '请简要描述网站的实际内容（选填）'),
  ];
}

// 接入服务商: a read-only input; 选择 opens the search dialog, whose rows load after 搜索.
const dialogOpen = ref(false);
const keyword = ref('');
const results = ref<(typeof PROVIDERS)[number][]>([]);
const searching = ref(false);
let searchAsk = 0;

function search(): void {
  const ask = ++searchAsk;
  searching.value = true;
  void searchProviders(keyword.value).then((found) => {
    if (ask !== searchAsk) return;
    results.value = [...found];
    searching.value = false;
  });
}

function openProviders(): void {
  dialogOpen.value = true;
  search();
}

const provider: Field = {
  key: 'provider',
  label: '接入服务商',
  required: true,
  render: () =>
    h('div', { class: cls('uc-provider') }, [
      ui(Input, { value: String(w.provider ?? ''), readonly: true, placeholder: '请点击“选择”搜索接入服务商' }),
      ui(Button, { theme: 'primary', variant: 'outline', onClick: openProviders }, () => '选择'),
    ]),
};

const ips: Field = {
  key: 'ips',
  label: 'IP地址',
  required: true,
  render: () => {
    const rowsOf = list('ips');
    const row = (value: string, i: number): VNodeChild =>
      h('div', { key: i, class: cls('uc-ip-row') }, [
        ui(Input, { value, onChange: (v: unknown) => (rowsOf[i] = String(v ?? '')), placeholder: '请输入IP地址或IP段，如 1.1.1.1 或 1.1.1.1-1.1.1.5' }),
        i > 0 ? ui(Link, { theme: 'danger', hover: 'color', onClick: () => rowsOf.splice(i, 1) }, () => '删除') : null,
      ]);
    return h('div', { class: cls('uc-ips') }, [...rowsOf.map(row), ui(Button, { variant: 'dashed', onClick: () => rowsOf.push('') }, () => '添加')]);
  },
};

function providerDialog(): VNode {
  const columns = [
    { colKey: 'name', title: '服务商名称', width: 280 },
    { colKey: 'area', title: '所在地', width: 90 },
    { colKey: 'license', title: '经营许可证编号' },
    {
      colKey: 'op',
      title: '操作',
      width: 80,
      cell: (_h: unknown, { row }: { row: (typeof PROVIDERS)[number] }) =>
        ui(
          Link,
          {
            theme: 'primary',
            hover: 'color',
            onClick: () => {
              w.provider = row.name;
              dialogOpen.value = false;
            },
          },
          () => '选择',
        ),
    },
  ];
  return ui(
    Dialog,
    { visible: dialogOpen.value, header: '选择接入服务商', width: 720, footer: false, onClose: () => (dialogOpen.value = false), class: cls('uc-provider-dialog') },
    {
      body: () =>
        h('div', { class: cls('uc-provider-search') }, [
          h('div', { class: cls('uc-provider-bar') }, [
            ui(Input, { value: keyword.value, onChange: (v: unknown) => (keyword.value = String(v ?? '')), onEnter: search, placeholder: '请输入服务商名称关键字，多个关键字用空格分隔', clearable: true }),
            ui(Button, { theme: 'primary', onClick: search }, () => '搜索'),
          ]),
          ui(Table, { data: results.value, columns, rowKey: 'name', loading: searching.value, size: 'small', bordered: true, empty: '未找到匹配的接入服务商' }),
        ]),
    },
  );
}

function card(title: string, fields: Field[], salt: string): VNode {
  // The twin drops the card's own title for a heading inside its body.
  if (TWIN) return ui(Card, { bordered: true, class: cls('uc-card') }, () => [h('div', { role: 'heading', 'aria-level': 3, class: cls('uc-card-heading') }, title), ...rows(salt, fields)]);
  return ui(Card, { title, bordered: true, class: cls('uc-card') }, () => rows(salt, fields));
}

export function websiteBlocks(): VNode[] {
  return [
    card('服务信息', siteFields(), 'site'),
    card('网站负责人信息', personFields(w, 'siteHead', false), 'siteHead'),
    card('接入信息', [provider, ips], 'access'),
  ];
}

export const websiteDialogs = (): VNode => providerDialog();
