import { cls, labelMode, labelText, ordered, TWIN, type LabelMode } from './twin';

// The two steps of 天翼云's filing form as data, and the Vue 2 templates made from them (compiled at runtime by
// vue.min.js, with element-ui's globally registered components). Cards and wording: 主办单位信息 / 主办单位负责人信息
// on the subject step; 网站信息 / 主办单位负责人信息 (read-only text) / 网站负责人信息 / 接入信息 on the website step
// (portals.md §2.8 variants: 主办单位所属区域, 证件住址, 通信地址, 投资者或上级主管单位, 网站域名, 网站语言, 网站备注).
// Templates are built once at start, in the replica's or the twin's arrangement (twin.ts).

type Base = { key: string; label: string; required?: boolean; placeholder?: string };
export type Field = Base &
  (
    | { kind: 'text' | 'textarea' | 'domains' | 'ips' | 'approvals' | 'region' }
    /** `options`, `disabled`, `loading`: template expressions. */
    | { kind: 'select'; options: string; disabled?: string; loading?: string; filterable?: boolean }
    | { kind: 'multiple' | 'checkboxes'; options: string }
    /** 证件有效期: start, end and 长期 under one label; keys `<person>ValidFrom`, `…ValidUntil`, `…LongTerm`. */
    | { kind: 'validity'; person: string }
    /** Text the page shows, not a control: a template expression. */
    | { kind: 'readonly'; expr: string }
  );

export type Card = { title: string; fields: readonly Field[]; heading?: 'div' };

const TEXT_KINDS: ReadonlySet<Field['kind']> = new Set(['text', 'textarea']);

const text = (key: string, label: string, placeholder?: string, required = true): Field => ({ kind: 'text', key, label, required, ...(placeholder ? { placeholder } : {}) });

/** A 负责人 card's fields: the same labels for the 主办单位负责人 and the 网站负责人. */
function person(p: string, withTel: boolean): Field[] {
  return [
    text(`${p}Name`, '负责人姓名'),
    { kind: 'select', key: `${p}CertType`, label: '证件类型', required: true, options: 'o.personCertificates' },
    text(`${p}CertNumber`, '证件号码'),
    { kind: 'validity', key: `${p}Validity`, label: '证件有效期', required: true, person: p },
    text(`${p}Mobile`, '手机号码', '请输入11位手机号码'),
    ...(withTel ? [text(`${p}Tel`, '办公电话', '区号-号码，如 010-88888888', false)] : []),
    text(`${p}Emergency`, '应急联系电话', '请输入应急联系人手机号码'),
    text(`${p}Email`, '电子邮箱'),
  ];
}

export const SUBJECT_CARDS: readonly Card[] = [
  {
    title: '主办单位信息',
    fields: [
      { kind: 'region', key: 'region', label: '主办单位所属区域', required: true },
      { kind: 'select', key: 'nature', label: '主办单位性质', required: true, options: 'o.natures' },
      { kind: 'select', key: 'certType', label: '证件类型', required: true, options: 'unitCertificates', disabled: '!s.nature', loading: 'unitCertificatesLoading' },
      text('certNumber', '证件号码'),
      text('unitName', '主办单位名称'),
      text('certAddress', '证件住址', '请与证件上的住址保持一致'),
      text('mailAddress', '通信地址', '请填写详细通信地址，具体到门牌号'),
      text('investor', '投资者或上级主管单位'),
      // No profile field: a sales referral the person may give.
      text('referrer', '推荐人', '选填，推荐人手机号或工号', false),
    ],
  },
  { title: '主办单位负责人信息', fields: person('head', true) },
];

export const WEBSITE_CARDS: readonly Card[] = [
  {
    title: '网站信息',
    fields: [
      text('siteName', '网站名称'),
      { kind: 'domains', key: 'domains', label: '网站域名', required: true, placeholder: '输入域名后按回车，可添加多个' },
      text('homepage', '网站首页地址', '如 www.example.com'),
      { kind: 'checkboxes', key: 'services', label: '网站服务内容', required: true, options: 'o.services' },
      { kind: 'multiple', key: 'languages', label: '网站语言', required: true, options: 'o.languages' },
      { kind: 'approvals', key: 'approvals', label: '前置审批', required: true },
      { kind: 'textarea', key: 'remark', label: '网站备注', placeholder: '请简要说明网站内容' },
    ],
  },
  {
    // What the subject step saved, shown as text: the same labels as the 网站负责人's, and no input to fill.
    title: '主办单位负责人信息',
    heading: 'div',
    fields: [
      { kind: 'readonly', key: 'savedHeadName', label: '负责人姓名', expr: 'savedHead.name' },
      { kind: 'readonly', key: 'savedHeadCertNumber', label: '证件号码', expr: 'savedHead.certNumber' },
      { kind: 'readonly', key: 'savedHeadMobile', label: '手机号码', expr: 'savedHead.mobile' },
    ],
  },
  { title: '网站负责人信息', fields: person('siteHead', false) },
  {
    title: '接入信息',
    fields: [
      { kind: 'select', key: 'provider', label: '接入服务商', required: true, options: 'o.providers', filterable: true },
      { kind: 'checkboxes', key: 'accessMethods', label: '接入方式', required: true, options: 'o.accessMethods' },
      { kind: 'ips', key: 'ips', label: 'IP地址', required: true },
    ],
  },
];

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const optionsOf = (expr: string) => `<el-option v-for="op in ${expr}" :key="op.value" :label="op.label" :value="op.value"></el-option>`;
const boxesOf = (expr: string) => `<el-checkbox v-for="op in ${expr}" :key="op.value" :label="op.value">{{ op.label }}</el-checkbox>`;

function control(scope: string, f: Field, mode: LabelMode): string {
  const m = `${scope}.${f.key}`;
  const ph = attr(mode === 'placeholder' ? f.label : (f.placeholder ?? `请输入${f.label}`));
  switch (f.kind) {
    case 'text':
      return `<el-input v-model="${m}" placeholder="${ph}" clearable></el-input>`;
    case 'textarea':
      return `<el-input type="textarea" v-model="${m}" :rows="3" maxlength="200" show-word-limit placeholder="${ph}"></el-input>`;
    case 'select':
      return `<el-select v-model="${m}" placeholder="请选择"${f.filterable ? ' filterable' : ''}${f.disabled ? ` :disabled="${f.disabled}"` : ''}${f.loading ? ` :loading="${f.loading}"` : ''} loading-text="加载中" no-data-text="无数据" no-match-text="无匹配数据" class="${cls('ct-select')}" style="width:100%">${optionsOf(f.options)}</el-select>`;
    case 'multiple':
      return `<el-select v-model="${m}" multiple placeholder="请选择" class="${cls('ct-select')}" style="width:100%">${optionsOf(f.options)}</el-select>`;
    case 'domains':
      // A tag input: el-select with allow-create, no options; type a domain and press Enter.
      return `<el-select v-model="${m}" multiple filterable allow-create default-first-option :popper-append-to-body="true" placeholder="${attr(f.placeholder ?? '')}" no-data-text="输入后按回车" class="${cls('ct-select')}" style="width:100%"></el-select>`;
    case 'checkboxes':
      return `<el-checkbox-group v-model="${m}">${boxesOf(f.options)}</el-checkbox-group>`;
    case 'approvals':
      // Shape (b): a box per type, each checked type with its own 文号, and 以上都不涉及 which excludes the others.
      return (
        `<div class="${cls('ct-approvals')}"><el-checkbox-group v-model="${m}">${boxesOf('o.approvals')}<el-checkbox label="none">以上都不涉及</el-checkbox></el-checkbox-group>` +
        `<div v-for="op in checkedApprovals" :key="op.value" class="${cls('ct-approval-row')}" style="display:flex;gap:8px;align-items:center;margin-top:8px"><span class="${cls('ct-approval-label')}" style="white-space:nowrap">{{ op.label }}审批文号</span>` +
        `<el-input v-model="${scope}['approvalNo' + op.value]" :placeholder="'请输入' + op.label + '审批文号'" class="${cls('ct-approval-input')}"></el-input></div></div>`
      );
    case 'region':
      return `<el-cascader v-model="${m}" :props="regionProps" placeholder="请选择省/市/区" clearable class="${cls('ct-region')}" style="width:100%"></el-cascader>`;
    case 'validity': {
      const p = `${scope}.${f.person}`;
      return (
        `<div class="${cls('ct-validity')}"><el-date-picker v-model="${p}ValidFrom" type="date" value-format="yyyy-MM-dd" placeholder="开始日期"></el-date-picker>` +
        `<span class="${cls('ct-to')}"> 至 </span><el-date-picker v-model="${p}ValidUntil" type="date" value-format="yyyy-MM-dd" placeholder="结束日期" :disabled="${p}LongTerm"></el-date-picker>` +
        `<el-checkbox v-model="${p}LongTerm" class="${cls('ct-long-term')}">长期</el-checkbox></div>`
      );
    }
    case 'ips':
      // Rows of one IP each; 添加 appends a row.
      return (
        `<div class="${cls('ct-ips')}"><div v-for="(ip, i) in ${m}" :key="i" class="${cls('ct-ip-row')}" style="display:flex;gap:8px;margin-bottom:8px"><el-input v-model="${m}[i]" placeholder="请输入IP地址"></el-input>` +
        `<el-button v-if="${m}.length > 1" type="text" @click="${m}.splice(i, 1)">删除</el-button></div>` +
        `<el-button size="small" icon="el-icon-plus" @click="${m}.push('')">添加</el-button></div>`
      );
    case 'readonly':
      return `<span class="${cls('ct-readonly')}">{{ ${f.expr} }}</span>`;
  }
}

function item(scope: string, f: Field): string {
  const mode = labelMode(f.key, TEXT_KINDS.has(f.kind));
  const body = control(scope, f, mode);
  if (!TWIN) return `<el-form-item label="${attr(f.label)}"${f.required ? ' required' : ''} class="${cls('ct-item')}">${body}</el-form-item>`;
  const label = attr(labelText(f.key, f.label));
  const star = f.required ? `<span class="${cls('ct-star')}"> *</span>` : '';
  const slot = mode === 'item' ? `<span slot="label">${label}${star}</span>` : '';
  const above = mode === 'above' ? `<div class="${cls('ct-label-above')}">${label}${star}</div>` : '';
  return `<div class="${cls('ct-field')}"><div class="${cls('ct-field-body')}">${above}<el-form-item class="${cls('ct-item')}">${slot}${body}</el-form-item></div></div>`;
}

function card(scope: string, c: Card): string {
  const rows = ordered(c.title, c.fields).map((f) => item(scope, f)).join('');
  if (!TWIN) return `<el-card shadow="never" class="${cls('ct-card')}" style="margin-bottom:16px"><div slot="header" class="${cls('ct-card-header')}"><span>${c.title}</span></div>${rows}</el-card>`;
  const heading = c.heading === 'div' ? `<div role="heading" aria-level="4" class="${cls('ct-card-title')}">${c.title}</div>` : `<h4 class="${cls('ct-card-title')}">${c.title}</h4>`;
  return `<el-card shadow="never" class="${cls('ct-card')}" style="margin-bottom:16px">${heading}${rows}</el-card>`;
}

/** A step's form: its cards, bound to the state object `scope` (`s` or `w`). */
export const formTemplate = (scope: string, cards: readonly Card[]): string =>
  `<el-form label-width="170px"${TWIN ? ' hide-required-asterisk' : ''} class="${cls('ct-form')}" @submit.native.prevent>${cards.map((c) => card(scope, c)).join('')}</el-form>`;
