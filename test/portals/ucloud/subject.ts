import { h, reactive, ref, type VNode } from 'vue';
import { rows, select, selectControl, text, validity, type Field, type State } from './controls';
import { certificateTypesOf, divisionsOf, NATURE_OPTIONS, PERSON_CERTIFICATE_OPTIONS, type Option } from './options';
import { cls, TWIN } from './twin';

// 填写主体信息 (console.ucloud.cn/icp/subject): the 主办单位 and its 负责人, each under a plain-text section title
// (`<div class="section-title">`, no heading markup), so a block is told only by the text above it. Wording as the
// cross-portal table gives it (portals.md §2.8): 所属区域, 单位性质, 主办单位名称, 证件住所, 通讯地址, 投资人或主管单位.
// Traps: 所属区域 is three `t-select`s (省 / 市 / 区, full names, each loading from /api/divisions once its parent is
// chosen; the province list is a virtual list); 证件类型 is disabled until 单位性质 is chosen, loads late and resets
// when the nature changes; 证件有效期 is a start date, an end date and a 长期有效 box under one label; the same
// labels (证件类型, 证件号码, 手机号码, 电子邮箱) stand in both blocks; 推荐码 is no profile field and must stay empty.

export const personState = (prefix: string, tel: boolean): State => ({
  [`${prefix}Name`]: '',
  [`${prefix}CertType`]: '',
  [`${prefix}CertNumber`]: '',
  [`${prefix}ValidFrom`]: '',
  [`${prefix}ValidUntil`]: '',
  [`${prefix}LongTerm`]: false,
  [`${prefix}Mobile`]: '',
  ...(tel ? { [`${prefix}Tel`]: '' } : {}),
  [`${prefix}Emergency`]: '',
  [`${prefix}Email`]: '',
});

/** A 负责人 block: the same labels for the 主办单位负责人 and the 网站负责人. */
export function personFields(state: State, prefix: string, tel: boolean): Field[] {
  return [
    text(state, `${prefix}Name`, '负责人姓名'),
    select(state, `${prefix}CertType`, '证件类型', { options: () => PERSON_CERTIFICATE_OPTIONS, placeholder: '请选择证件类型' }),
    text(state, `${prefix}CertNumber`, '证件号码', '请输入证件号码'),
    validity(state, prefix),
    text(state, `${prefix}Mobile`, '手机号码', '请输入11位手机号码'),
    ...(tel ? [text(state, `${prefix}Tel`, '办公电话', '区号-号码，如 021-55509888', false)] : []),
    text(state, `${prefix}Emergency`, '应急电话', '请输入应急联系电话'),
    text(state, `${prefix}Email`, '电子邮箱', '请输入电子邮箱'),
  ];
}

export const subjectState = reactive<State>({
  province: '',
  city: '',
  county: '',
  nature: '',
  certType: '',
  certNumber: '',
  unitName: '',
  certAddress: '',
  mailingAddress: '',
  investor: '',
  referralCode: '',
  ...personState('head', true),
});

const s = subjectState;

// 所属区域: each level's list, and which request is the latest (a person may change the province while cities load).
const provinces = ref<Option[]>([]);
const cities = ref<Option[]>([]);
const counties = ref<Option[]>([]);
const loadingLevel = ref([true, false, false]);
const asked = [0, 0, 0];

function loadLevel(level: 0 | 1 | 2, parent: string): void {
  const list = [provinces, cities, counties][level]!;
  const ask = ++asked[level]!;
  list.value = [];
  if (!parent) return;
  loadingLevel.value = loadingLevel.value.map((l, i) => (i === level ? true : l));
  void divisionsOf(parent, [200, 300, 350][level]!).then((loaded) => {
    if (asked[level] !== ask) return;
    list.value = loaded;
    loadingLevel.value = loadingLevel.value.map((l, i) => (i === level ? false : l));
  });
}

// 证件类型 of the 主办单位: disabled until a nature is chosen, emptied and reset when it changes, then loaded.
const certificates = ref<Option[]>([]);
const loadingCertificates = ref(false);
let natureAsk = 0;

function onNature(nature: string): void {
  const ask = ++natureAsk;
  s.certType = '';
  certificates.value = [];
  if (!nature) return;
  loadingCertificates.value = true;
  void certificateTypesOf(nature).then((list) => {
    if (ask !== natureAsk) return;
    certificates.value = list;
    loadingCertificates.value = false;
  });
}

let started = false;
/** Starts the province list (once, when the page first shows). */
export function startSubject(): void {
  if (started) return;
  started = true;
  loadLevel(0, '86');
}

const region: Field = {
  key: 'region',
  label: '所属区域',
  required: true,
  render: () =>
    h('div', { class: cls('uc-region') }, [
      selectControl(s, 'province', {
        options: () => provinces.value,
        loading: () => loadingLevel.value[0]!,
        filterable: true,
        virtual: true,
        placeholder: '请选择省',
        onChange: (code) => {
          s.city = '';
          s.county = '';
          loadLevel(2, '');
          loadLevel(1, code);
        },
      }),
      selectControl(s, 'city', {
        options: () => cities.value,
        disabled: () => !s.province,
        loading: () => !!s.province && loadingLevel.value[1]!,
        placeholder: '请选择市',
        onChange: (code) => {
          s.county = '';
          loadLevel(2, code);
        },
      }),
      selectControl(s, 'county', {
        options: () => counties.value,
        disabled: () => !s.city,
        loading: () => !!s.city && loadingLevel.value[2]!,
        placeholder: '请选择区',
      }),
    ]),
};

function unitFields(): Field[] {
  return [
    region,
    select(s, 'nature', '单位性质', { options: () => NATURE_OPTIONS, placeholder: '请选择单位性质', onChange: onNature }),
    select(s, 'certType', '证件类型', {
      options: () => certificates.value,
      disabled: () => !s.nature,
      loading: () => loadingCertificates.value,
      placeholder: '请先选择单位性质',
    }),
    text(s, 'certNumber', '证件号码', '请输入证件号码'),
    text(s, 'unitName', '主办单位名称', '请与证件上的名称保持一致'),
    text(s, 'certAddress', '证件住所', '请与证件上的住所保持一致'),
    text(s, 'mailingAddress', '通讯地址', '请填写详细的通讯地址，须包含省市区'),
    text(s, 'investor', '投资人或主管单位', '请输入投资人或主管单位名称'),
    // Not a profile field: a sales referral code the console asks for.
    text(s, 'referralCode', '推荐码', '如有推荐人，请填写推荐码（选填）', false),
  ];
}

function title(text: string): VNode {
  return TWIN ? h('p', { class: cls('section-title') }, [h('b', text)]) : h('div', { class: cls('section-title') }, text);
}

/** The step's blocks, each a plain-text title and its rows. */
export function subjectBlocks(): VNode[] {
  return [
    h('div', { class: cls('uc-block') }, [title('主办单位信息'), ...rows('unit', unitFields())]),
    h('div', { class: cls('uc-block') }, [title('主办单位负责人信息'), ...rows('head', personFields(s, 'head', true))]),
  ];
}
