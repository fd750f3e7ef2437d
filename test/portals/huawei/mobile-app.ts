import TinyButton from '@opentiny/vue-button';
import TinyCheckbox from '@opentiny/vue-checkbox';
import TinyCheckboxGroup from '@opentiny/vue-checkbox-group';
import TinyFileUpload from '@opentiny/vue-file-upload';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import TinyInput from '@opentiny/vue-input';
import TinyRadio from '@opentiny/vue-radio';
import TinyRadioGroup from '@opentiny/vue-radio-group';
import TinySelect from '@opentiny/vue-select';
import { h, reactive, ref, toRaw, watch, type Component, type VNode, type VNodeChild } from 'vue';
import { APPROVALS } from '../../../src/profile/options';
import { PANEL_KEYS, PLATFORM_CODES } from './app-codes';
import { section } from './controls';
import type { Field, FormState } from './form';
import { LANGUAGE_OPTIONS, loadedAfter, LONG_TERM_OPTIONS, PERSON_CERTIFICATE_OPTIONS, SERVICE_OPTIONS, type Option } from './options';
import { cls, labelMode, ordered, TWIN, type LabelMode } from './twin';

// 填写APP信息 of Huawei Cloud's filing console (console.huaweicloud.com/beian, beian.huaweicloud.com), the APP filing's
// step in the place of 填写网站信息, on the hash route `#/app` (twin: `/twin/…#/app`). Built from public evidence only:
//   - /work/shared/docs/apps-security-materials.md §1: Huawei's 平台信息 — 选择平台, 域名, APP包名, 公钥, MD5签名值 per
//     platform; its filing API model `PlatformReq` (appPackageName, publicKey, signatureKey = 签名MD5值); each platform
//     picks its domains among 「APP使用的全部域名」; HarmonyOS and iOS file the certificate's SHA-1 in that same box.
//   - pages (huaweicloud.com search pages of the ICP备案 help, APP备案FAQ): "平台信息 选择平台：请按照实际APP上架平台选择
//     平台类型。域名：根据APP在平台上运行时访问后台服务器使用的域名进行选择。APP包名、公钥、MD5签名值：填写每个运行平台的…"; "APP
//     特征信息中的 MD5 值，指的是 APP 证书的数字指纹值。备案时在鸿蒙平台中填写证书中的指纹值"; "服务内容分类目录。服务类型：默认展示
//     'APP应用'。语言：指APP内容使用的主要语言…不建议多选。前置审批内容：若包含'前置或专项审批内容类型'中的项目，请上传相关许可
//     证件"; "APP备案前准备：…APP名称、APP图标、域名"; "IP和域名信息：填写域名解析到服务器上的所有IP地址"; rules-corpus.md §1.6
//     (APP 图标 ≤100 KB at Huawei; the same 负责人 block as websites). No Huawei page names a 第三方SDK box: none here.
//   - portals.md §2.3 (no DOM evidence; OpenTiny is the replicas' guess) and the existing Huawei replica (form.ts,
//     controls.ts): OpenTiny Vue 3 form items, "+ 添加" rows, the 负责人 block with 证件是否长期有效 and an SMS code.
//   - OpenTiny (node_modules/@opentiny/vue-*): Form, FormItem, Input, Select (multiple, `optimization` virtual list),
//     CheckboxGroup, RadioGroup, FileUpload (autoUpload off).
// Traps: 选择平台 ticks a platform and only then shows its panel (Android, iOS, 鸿蒙 in that order whatever the ticking
// order); unticking empties the panel; every panel's fingerprint is labelled MD5签名值 though iOS and 鸿蒙 hold a SHA-1;
// a panel's 域名 offers only what APP使用的全部域名 holds (fill those first); 前置审批 is a 是/否 question whose type list
// shows only for 是; 是否对外提供SDK服务 starts unanswered; the service dictionary and the 负责人 certificate types
// load when their select first opens. APP图标 and the SMS code are no profile field and must stay untouched.

/** 选择平台's boxes in the console's order; each ticked one shows its panel (state keys `<panel>.<field>`). */
const PLATFORMS = [
  { code: PLATFORM_CODES.Android, panel: PANEL_KEYS.Android, label: 'Android', title: 'Android平台' },
  { code: PLATFORM_CODES.iOS, panel: PANEL_KEYS.iOS, label: 'iOS', title: 'iOS平台' },
  { code: PLATFORM_CODES.HarmonyOS, panel: PANEL_KEYS.HarmonyOS, label: '鸿蒙', title: '鸿蒙平台' },
] as const;

const PANEL_FIELDS = ['domains', 'packageName', 'publicKey', 'fingerprint'] as const;

const APPROVAL_OPTIONS: Option[] = Object.entries(APPROVALS).map(([label, code]) => ({ value: String(code), label }));
const YES_NO: Option[] = [
  { value: 'Y', label: '是' },
  { value: 'N', label: '否' },
];

type Props = Record<string, unknown>;
const ui = (component: Component, props: Props, slots?: Record<string, () => VNodeChild> | (() => VNodeChild)): VNode => h(component, props, slots);

/** The twin words some labels as other consoles do. */
const say = (replica: string, twin: string) => (TWIN ? twin : replica);

/** A dictionary the console fetches the first time its select opens (as form.ts's). */
function lazyList(delayMs: number, list: readonly Option[]) {
  const options = ref<readonly Option[]>([]);
  const loading = ref(false);
  return {
    options: () => options.value,
    loading: () => loading.value,
    onOpen: () => {
      if (loading.value || options.value.length) return;
      loading.value = true;
      void loadedAfter(delayMs, () => list).then((loaded) => {
        options.value = loaded;
        loading.value = false;
      });
    },
  };
}

/** The APP负责人 rows: the labels and keys of the website's 负责人 (form.ts), under the prefix `appHead`. */
function person(prefix: string, state: FormState): Field[] {
  watch(
    () => state[`${prefix}LongTerm`],
    (longTerm) => {
      if (longTerm === 'Y') state[`${prefix}ValidUntil`] = '';
    },
  );
  const text = (key: string, label: string, placeholder?: string): Field => ({ kind: 'text', key, label, required: true, ...(placeholder ? { placeholder } : {}) });
  return [
    text(`${prefix}Name`, '负责人姓名'),
    { kind: 'select', key: `${prefix}CertType`, label: '证件类型', required: true, ...lazyList(250, PERSON_CERTIFICATE_OPTIONS) },
    text(`${prefix}CertNumber`, '证件号码'),
    { kind: 'radios', key: `${prefix}LongTerm`, label: '证件是否长期有效', required: true, options: LONG_TERM_OPTIONS },
    { kind: 'date', key: `${prefix}ValidFrom`, label: '证件有效期起始日期', required: true },
    { kind: 'date', key: `${prefix}ValidUntil`, label: '证件有效期截止日期', required: true, shown: () => state[`${prefix}LongTerm`] === 'N' },
    text(`${prefix}Mobile`, '手机号', '请输入11位手机号'),
    { kind: 'sms', key: `${prefix}SmsCode`, label: '验证码', required: true, placeholder: '请输入短信验证码' },
    text(`${prefix}Emergency`, '应急电话', '请输入应急联系手机号'),
    text(`${prefix}Email`, '电子邮件地址'),
  ];
}

const emptyPanel = (panel: string): FormState => ({ [`${panel}.domains`]: [], [`${panel}.packageName`]: '', [`${panel}.publicKey`]: '', [`${panel}.fingerprint`]: '' });

/** One field of this page's own blocks; `control` gets the placeholder the twin may have moved the label into. */
type Item = { key: string; label: string; required?: boolean; text?: boolean; control: (placeholder: string | undefined) => VNodeChild };

const marker = () => h('span', { class: cls('hw-required') }, '*');

/** A form item laid out as controls.ts lays out the others (label on the item, above it, or in the placeholder). */
function formItem(field: Item, mode: LabelMode): VNode {
  const required = field.required === true;
  const slots: Record<string, () => VNodeChild> = { default: () => field.control(mode === 'placeholder' ? field.label : undefined) };
  if (TWIN && mode === 'item') slots.label = () => [field.label, required ? marker() : null];
  const item = ui(TinyFormItem, { key: field.key, label: mode === 'item' && !TWIN ? field.label : undefined, required: required && !TWIN, class: cls('hw-item') }, slots);
  if (!TWIN) return item;
  const above = mode === 'above' ? h('div', { class: cls('hw-label-above') }, [field.label, required ? marker() : null]) : null;
  return h('div', { class: cls('hw-field'), key: field.key }, [above, item]);
}

/** A block of items: rotated in the twin, with its labels placed by the twin's rule (decided on the full list). */
function block(salt: string, items: readonly (Item | null)[]): VNode[] {
  return ordered(salt, items)
    .map((field, i) => ({ field, mode: field ? labelMode(salt, i, field.text === true) : ('item' as LabelMode) }))
    .flatMap(({ field, mode }) => (field ? [formItem(field, mode)] : []));
}

// The console's own look for a panel (inline: console.css is the website pages'; cosmetic only).
const PANEL_STYLE = { border: '1px solid #dfe1e6', borderRadius: '4px', padding: '8px 16px', margin: '0 0 12px 0' };

const heading = (title: string): VNode => (TWIN ? h('div', { role: 'heading', 'aria-level': 3, class: cls('hw-section-title') }, title) : h('h3', { class: cls('hw-section-title') }, title));

export type AppStep = { state: FormState; snapshot(): FormState; view(): VNode };

export function appStep(): AppStep {
  const state = reactive<FormState>({
    appName: '',
    appIcon: [],
    services: [],
    languages: [],
    approvalNeeded: '',
    approvalTypes: [],
    providesSdk: '',
    remark: '',
    domains: [''],
    ips: [''],
    platformTypes: [],
    ...PLATFORMS.reduce<FormState>((all, p) => ({ ...all, ...emptyPanel(p.panel) }), {}),
    appHeadName: '',
    appHeadCertType: '',
    appHeadCertNumber: '',
    appHeadLongTerm: 'N',
    appHeadValidFrom: '',
    appHeadValidUntil: '',
    appHeadMobile: '',
    appHeadSmsCode: '',
    appHeadEmergency: '',
    appHeadEmail: '',
  });
  const head = person('appHead', state);
  const services = lazyList(300, SERVICE_OPTIONS);
  // 否 takes the type list off the form, and its choices with it; an unticked platform's panel goes, and its values.
  watch(
    () => state.approvalNeeded,
    (needed) => {
      if (needed !== 'Y') state.approvalTypes = [];
    },
  );
  watch(
    () => [...(state.platformTypes as string[])],
    (ticked) => {
      for (const p of PLATFORMS) if (!ticked.includes(p.code)) Object.assign(state, emptyPanel(p.panel));
    },
  );

  const model = (key: string): Props => ({ modelValue: state[key], 'onUpdate:modelValue': (value: string | string[]) => (state[key] = value ?? '') });
  const input = (key: string, fallback: string, extra: Props = {}) => (placeholder: string | undefined) => ui(TinyInput, { ...model(key), placeholder: placeholder ?? fallback, ...extra });
  const choices = (item: Component, options: readonly Option[]) => () => options.map((o) => ui(item, { label: o.value, key: o.value }, () => o.label));
  const domainOptions = (): Option[] => [...new Set((state.domains as string[]).map((d) => d.trim()).filter(Boolean))].map((d) => ({ value: d, label: d }));

  const icon = (): VNodeChild =>
    ui(
      TinyFileUpload,
      {
        // Never sent: autoUpload is off (the console uploads on 保存); OpenTiny requires an action all the same.
        action: '/api/beian/app-icon',
        autoUpload: false,
        accept: '.png,.jpg,.jpeg',
        limit: 1,
        fileList: [],
        onChange: (_file: unknown, list: { name: string }[]) => (state.appIcon = list.map((f) => f.name)),
        onRemove: (_file: unknown, list: { name: string }[]) => (state.appIcon = list.map((f) => f.name)),
      },
      { trigger: () => ui(TinyButton, {}, () => '上传APP图标'), tip: () => h('div', { class: cls('hw-upload-tip') }, '支持 PNG、JPG，不超过 100 KB') },
    );

  const basics = (): VNode[] =>
    block('APP基本信息', [
      { key: 'appName', label: 'APP名称', required: true, text: true, control: input('appName', '请输入APP名称，多平台须一致') },
      { key: 'appIcon', label: 'APP图标', required: true, control: icon },
      { key: 'serviceType', label: '服务类型', control: () => h('span', { class: cls('hw-static') }, 'APP应用') },
      {
        key: 'services',
        label: say('服务内容', 'APP服务内容'),
        required: true,
        control: () =>
          ui(TinySelect, {
            ...model('services'),
            multiple: true,
            options: services.options(),
            loading: services.loading(),
            loadingText: '加载中',
            onVisibleChange: (open: boolean) => open && services.onOpen(),
            optimization: true,
            placeholder: '请选择',
          }),
      },
      { key: 'languages', label: say('语言', 'APP语言'), required: true, control: () => ui(TinyCheckboxGroup, model('languages'), choices(TinyCheckbox, LANGUAGE_OPTIONS)) },
      { key: 'approvalNeeded', label: say('是否涉及前置审批', '涉及前置审批'), required: true, control: () => ui(TinyRadioGroup, model('approvalNeeded'), choices(TinyRadio, YES_NO)) },
      state.approvalNeeded === 'Y' ? { key: 'approvalTypes', label: '前置审批内容', required: true, control: () => ui(TinyCheckboxGroup, model('approvalTypes'), choices(TinyCheckbox, APPROVAL_OPTIONS)) } : null,
      { key: 'providesSdk', label: say('是否对外提供SDK服务', '对外提供SDK服务'), required: true, control: () => ui(TinyRadioGroup, model('providesSdk'), choices(TinyRadio, YES_NO)) },
      { key: 'remark', label: '备注', text: true, control: input('remark', '请输入APP的主要功能', { type: 'textarea', rows: 3 }) },
    ]);

  const addresses: Field[] = [
    { kind: 'rows', key: 'domains', label: say('APP使用的全部域名', 'APP域名'), required: true, placeholder: '请输入域名，支持到四级域名，不带 http://' },
    { kind: 'rows', key: 'ips', label: say('服务器IP地址', 'IP地址'), required: true, placeholder: '请输入域名解析到的服务器IP' },
  ];

  const panel = (p: (typeof PLATFORMS)[number]): VNode => {
    const key = (f: (typeof PANEL_FIELDS)[number]) => `${p.panel}.${f}`;
    const items: Item[] = [
      {
        key: key('domains'),
        label: say('域名', '平台使用的域名'),
        required: true,
        control: () => ui(TinySelect, { ...model(key('domains')), multiple: true, options: domainOptions(), placeholder: '请从APP使用的全部域名中选择', noDataText: '请先填写APP使用的全部域名' }),
      },
      { key: key('packageName'), label: say('APP包名', '应用包名'), required: true, text: true, control: input(key('packageName'), p.code === PLATFORM_CODES.iOS ? '请输入Bundle ID' : '请输入包名') },
      { key: key('publicKey'), label: say('公钥', '平台公钥'), required: true, text: true, control: input(key('publicKey'), '请输入公钥', { type: 'textarea', rows: 3 }) },
      { key: key('fingerprint'), label: say('MD5签名值', '签名MD5值'), required: true, text: true, control: input(key('fingerprint'), '请输入签名值') },
    ];
    const title = TWIN ? h('div', { role: 'heading', 'aria-level': 4, class: cls('hw-platform-title') }, `${p.label} 平台`) : h('h4', { class: cls('hw-platform-title') }, p.title);
    return h('div', { class: cls('hw-platform-panel'), key: p.panel, style: PANEL_STYLE }, [title, ...block(`平台信息-${p.panel}`, items)]);
  };

  const platforms = (): VNode[] => {
    const ticked = state.platformTypes as string[];
    const choose: Item = {
      key: 'platformTypes',
      label: say('选择平台', 'APP运行平台'),
      required: true,
      control: () => ui(TinyCheckboxGroup, model('platformTypes'), () => PLATFORMS.map((p) => ui(TinyCheckbox, { label: p.code, key: p.code }, () => p.label))),
    };
    return [...block('平台信息', [choose]), ...PLATFORMS.filter((p) => ticked.includes(p.code)).map(panel)];
  };

  const STEPS = ['验证备案信息', '填写主体信息', '填写APP信息', '上传资料', '提交备案'];
  const view = (): VNode =>
    h('div', { class: cls('hw-page') }, [
      h('div', { class: cls('hw-page-title') }, '填写APP信息'),
      h('div', { class: cls('hw-steps') }, STEPS.map((s) => h('span', { class: cls(s === '填写APP信息' ? 'hw-step-current' : 'hw-step') }, s))),
      ui(TinyForm, { labelWidth: '180px', hideRequiredAsterisk: TWIN, class: cls('hw-form') }, () => [
        heading('APP基本信息'),
        ...basics(),
        ...section(state, say('IP和域名信息', '域名及IP信息'), addresses),
        heading('平台信息'),
        ...platforms(),
        ...section(state, 'APP负责人信息', head),
      ]),
      h('div', { class: cls('hw-actions') }, [ui(TinyButton, { onClick: () => (location.hash = '#/subject') }, () => '上一步'), ui(TinyButton, { type: 'primary' }, () => '保存草稿')]),
    ]);

  return { state, snapshot: () => structuredClone(toRaw(state)), view };
}
