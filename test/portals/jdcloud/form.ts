import { reactive, ref, watch } from 'vue';
import {
  ACCESS_METHOD_OPTIONS,
  APPROVAL_OPTIONS,
  certificateTypesOf,
  LANGUAGE_OPTIONS,
  NATURE_OPTIONS,
  PERSON_CERTIFICATE_OPTIONS,
  PROVIDER_OPTIONS,
  SERVER_LOCATION_OPTIONS,
  SERVICE_OPTIONS,
  YES_NO,
  type Option,
} from './options';

// The two steps of JD Cloud's filing form as data. Blocks and wording: 主办者信息 / 主办者负责人 on the subject step,
// 网站基本信息 / ICP负责人信息 / 接入信息 on the website step (portals.md §2.8 variants: 主办者, 所在地, 通讯地址,
// 证件住所, 网站域名, 网站语言, 网站备注, ICP负责人). Each step keeps its values in one reactive object, which is what
// `replicaState()` reports: select values as option values ('' when none), lists as arrays, dates YYYY-MM-DD,
// 长期 as a boolean.

export type Value = string | string[] | boolean;
export type FormState = Record<string, Value>;

type Base = { key: string; label: string; required?: boolean; placeholder?: string; shown?: () => boolean };
export type Field = Base &
  (
    | { kind: 'text' | 'textarea' | 'sms' }
    | { kind: 'select'; options: () => readonly Option[]; disabled?: () => boolean; loading?: () => boolean; search?: boolean }
    | { kind: 'multiple' | 'tags'; options: () => readonly Option[] }
    | { kind: 'radios' | 'checkboxes'; options: readonly Option[] }
    | { kind: 'region' }
    | { kind: 'address'; prefix: () => string }
    /** 证件有效期: a range picker and a 长期 switch; the keys are `<person>ValidFrom`, `…ValidUntil`, `…LongTerm`. */
    | { kind: 'validity'; person: string }
  );

export type Block = { title: string; fields: readonly Field[] };
export type Page = { title: string; state: FormState; blocks: readonly Block[] };

const text = (key: string, label: string, placeholder?: string): Field => ({ kind: 'text', key, label, required: true, ...(placeholder ? { placeholder } : {}) });

const personState = (p: string): FormState => ({
  [`${p}Name`]: '',
  [`${p}CertType`]: '',
  [`${p}CertNumber`]: '',
  [`${p}ValidFrom`]: '',
  [`${p}ValidUntil`]: '',
  [`${p}LongTerm`]: false,
  [`${p}Mobile`]: '',
  [`${p}SmsCode`]: '',
  [`${p}Emergency`]: '',
  [`${p}Email`]: '',
});

/** A 负责人 block: the same labels for the 主办者负责人 and the ICP负责人. */
function person(p: string, state: FormState, withTel: boolean): Field[] {
  // 长期 on: the end date leaves the form, and its value with it.
  watch(
    () => state[`${p}LongTerm`],
    (longTerm) => {
      if (longTerm === true) state[`${p}ValidUntil`] = '';
    },
  );
  return [
    text(`${p}Name`, '负责人姓名'),
    { kind: 'select', key: `${p}CertType`, label: '证件类型', required: true, options: () => PERSON_CERTIFICATE_OPTIONS },
    text(`${p}CertNumber`, '证件号码'),
    { kind: 'validity', key: `${p}Validity`, label: '证件有效期', required: true, person: p },
    text(`${p}Mobile`, '手机号码', '请输入11位手机号码'),
    // A code the console sends by SMS: no profile field, only the person fills it.
    { kind: 'sms', key: `${p}SmsCode`, label: '短信验证码', required: true, placeholder: '请输入6位验证码' },
    ...(withTel ? [{ kind: 'text', key: `${p}Tel`, label: '办公室电话', placeholder: '区号-电话号码，如 010-12345678' } as Field] : []),
    text(`${p}Emergency`, '应急联系电话', '请输入应急联系人手机号码'),
    text(`${p}Email`, '电子邮箱'),
  ];
}

/** 主办者信息 + 主办者负责人. */
export function subjectPage(regionText: (codes: readonly string[]) => string): Page {
  const state = reactive<FormState>({
    region: [],
    nature: '',
    certType: '',
    certNumber: '',
    name: '',
    certAddress: '',
    address: '',
    investor: '',
    ...personState('head'),
    headTel: '',
  });
  // The certificate types follow the 单位性质: emptied and reset when it changes, refilled after a lookup; the select
  // is disabled until a 性质 is chosen.
  const certificates = ref<Option[]>([]);
  const loading = ref(false);
  watch(
    () => state.nature,
    async (nature) => {
      state.certType = '';
      certificates.value = [];
      if (typeof nature !== 'string' || !nature) return;
      loading.value = true;
      const list = await certificateTypesOf(nature);
      if (state.nature !== nature) return;
      certificates.value = list;
      loading.value = false;
    },
  );
  return {
    title: '主办者信息',
    state,
    blocks: [
      {
        title: '主办者信息',
        fields: [
          { kind: 'region', key: 'region', label: '所在地', required: true },
          { kind: 'select', key: 'nature', label: '单位性质', required: true, options: () => NATURE_OPTIONS },
          { kind: 'select', key: 'certType', label: '证件类型', required: true, options: () => certificates.value, disabled: () => !state.nature, loading: () => loading.value },
          text('certNumber', '证件号码'),
          text('name', '主办者名称', '请输入与证件一致的主办者名称'),
          text('certAddress', '证件住所', '请输入证件上的住所'),
          { kind: 'address', key: 'address', label: '通讯地址', required: true, placeholder: '请输入详细地址（街道、门牌号）', prefix: () => regionText(state.region as string[]) },
          text('investor', '投资人或主管单位'),
        ],
      },
      { title: '主办者负责人', fields: person('head', state, true) },
    ],
  };
}

/** 网站基本信息 + ICP负责人信息 + 接入信息. */
export function websitePage(): Page {
  const state = reactive<FormState>({
    siteName: '',
    domains: [],
    homepage: '',
    services: [],
    languages: [],
    approvalInvolved: '',
    approvalType: '',
    approvalNumber: '',
    remark: '',
    ...personState('icp'),
    provider: '',
    accessMethods: [],
    serverLocations: [],
    ips: [],
  });
  // 前置审批 否: the type and 文号 leave the form, and their values with them.
  watch(
    () => state.approvalInvolved,
    (involved) => {
      if (involved !== '1') {
        state.approvalType = '';
        state.approvalNumber = '';
      }
    },
  );
  const involved = () => state.approvalInvolved === '1';
  return {
    title: '网站信息',
    state,
    blocks: [
      {
        title: '网站基本信息',
        fields: [
          text('siteName', '网站名称'),
          { kind: 'tags', key: 'domains', label: '网站域名', required: true, placeholder: '输入域名后按回车，不带 www.', options: () => [] },
          text('homepage', '网站首页URL', '如 www.example.com'),
          { kind: 'checkboxes', key: 'services', label: '网站服务内容', required: true, options: SERVICE_OPTIONS },
          { kind: 'multiple', key: 'languages', label: '网站语言', required: true, options: () => LANGUAGE_OPTIONS },
          { kind: 'radios', key: 'approvalInvolved', label: '是否涉及前置审批', required: true, options: YES_NO },
          { kind: 'select', key: 'approvalType', label: '前置审批类型', required: true, options: () => APPROVAL_OPTIONS, shown: involved },
          { kind: 'text', key: 'approvalNumber', label: '审批文号', required: true, shown: involved },
          { kind: 'textarea', key: 'remark', label: '网站备注', placeholder: '请简要描述网站内容' },
        ],
      },
      { title: 'ICP负责人信息', fields: person('icp', state, false) },
      {
        title: '接入信息',
        fields: [
          { kind: 'select', key: 'provider', label: '接入服务商', required: true, options: () => PROVIDER_OPTIONS, search: true },
          { kind: 'checkboxes', key: 'accessMethods', label: '接入方式', required: true, options: ACCESS_METHOD_OPTIONS },
          { kind: 'multiple', key: 'serverLocations', label: '服务器放置地', required: true, options: () => SERVER_LOCATION_OPTIONS },
          { kind: 'tags', key: 'ips', label: 'IP地址', required: true, placeholder: '输入IP后按回车', options: () => [] },
        ],
      },
    ],
  };
}
