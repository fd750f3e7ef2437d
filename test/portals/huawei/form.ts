import { reactive, ref, watch } from 'vue';
import { certificateTypesOf, divisionsOf, LANGUAGE_OPTIONS, loadedAfter, LONG_TERM_OPTIONS, NATURE_OPTIONS, PERSON_CERTIFICATE_OPTIONS, SERVICE_OPTIONS, type Option } from './options';

// The two pages of the filing form as data, from portals.md §2.3 (the Huawei guide's field list: 主办单位信息 单位名称,
// 证件住址, 通讯地址; 主办单位负责人信息 证件类型, 负责人姓名, 证件号码, 证件是否长期有效, 证件有效期起始/截止日期,
// 手机号, 应急电话, 电子邮件地址; 备案省市, 主办单位性质, 证件类型 chosen before) and §2.8 (互联网信息服务负责人,
// 服务名称). Each page keeps its values in one reactive object: that is what `replicaState()` reports.
// Issue 14: the 主办单位 证件类型 is also disabled until a 主办单位性质 is chosen (§2.3: 备案省市, 主办单位性质 and
// 证件类型 are chosen together and in that order, and the types are the 性质's). The validity already has three controls
// (证件是否长期有效 + 起始 + 截止, §2.3); §2.3 gives no 前置审批 question and no short region names, so none is added.

export type FormState = Record<string, string | string[]>;

type Base = { key: string; label: string; required?: boolean; placeholder?: string };
export type Field = Base &
  (
    | { kind: 'text' | 'textarea' | 'sms' | 'rows' }
    | { kind: 'select' | 'multi-select'; options: () => readonly Option[]; loading?: () => boolean; onOpen?: () => void; filterable?: boolean; virtual?: boolean; disabled?: () => boolean }
    | { kind: 'cascader'; load: (parent: string, level: number) => Promise<Option[]> }
    | { kind: 'date'; shown?: () => boolean }
    | { kind: 'radios' | 'checkboxes'; options: readonly Option[] }
  );

export type Section = { title: string; fields: readonly Field[] };
export type Page = { title: string; state: FormState; sections: readonly Section[] };

/** A dictionary the console fetches the first time its select opens. */
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

const text = (key: string, label: string, placeholder?: string): Field => ({ kind: 'text', key, label, required: true, ...(placeholder ? { placeholder } : {}) });

/** A 负责人 block: the same labels for the 主办单位负责人 and the 互联网信息服务负责人. */
function person(prefix: string, state: FormState): Field[] {
  // 是 means the certificate has no end date: the end date leaves the form, and its value with it.
  watch(
    () => state[`${prefix}LongTerm`],
    (longTerm) => {
      if (longTerm === 'Y') state[`${prefix}ValidUntil`] = '';
    },
  );
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

const personState = (prefix: string): FormState => ({
  [`${prefix}Name`]: '',
  [`${prefix}CertType`]: '',
  [`${prefix}CertNumber`]: '',
  [`${prefix}LongTerm`]: 'N',
  [`${prefix}ValidFrom`]: '',
  [`${prefix}ValidUntil`]: '',
  [`${prefix}Mobile`]: '',
  [`${prefix}SmsCode`]: '',
  [`${prefix}Emergency`]: '',
  [`${prefix}Email`]: '',
});

/** 填写主体信息: the 主办单位 and its 负责人. */
export function subjectPage(): Page {
  const state = reactive<FormState>({ region: [], nature: '', certType: '', certNumber: '', unitName: '', certAddress: '', mailAddress: '', ...personState('head') });
  // The certificate list follows the 性质: emptied (and the choice reset) when it changes, refilled after a lookup.
  const certificates = ref<Option[]>([]);
  const loadingCertificates = ref(false);
  watch(
    () => state.nature,
    async (nature) => {
      state.certType = '';
      certificates.value = [];
      if (typeof nature !== 'string' || !nature) return;
      loadingCertificates.value = true;
      const list = await certificateTypesOf(nature);
      if (state.nature !== nature) return;
      certificates.value = list;
      loadingCertificates.value = false;
    },
  );
  const levelDelays = [300, 350, 400];
  return {
    title: '填写主体信息',
    state,
    sections: [
      {
        title: '主办单位信息',
        fields: [
          { kind: 'cascader', key: 'region', label: '备案省市', required: true, load: (parent, level) => divisionsOf(parent, levelDelays[level] ?? 300) },
          { kind: 'select', key: 'nature', label: '主办单位性质', required: true, options: () => NATURE_OPTIONS, filterable: true, virtual: true },
          { kind: 'select', key: 'certType', label: '证件类型', required: true, options: () => certificates.value, loading: () => loadingCertificates.value, disabled: () => !state.nature },
          text('certNumber', '证件号码'),
          text('unitName', '单位名称'),
          text('certAddress', '证件住址', '请与证件上的住址保持一致'),
          text('mailAddress', '通讯地址', '须与证件签发地、备案地区一致'),
        ],
      },
      { title: '主办单位负责人信息', fields: person('head', state) },
    ],
  };
}

/** 填写网站信息: the website (互联网信息服务) and its 负责人. */
export function websitePage(): Page {
  const state = reactive<FormState>({ siteName: '', domains: [''], homepage: '', services: [], languages: [], remark: '', ...personState('siteHead') });
  return {
    title: '填写网站信息',
    state,
    sections: [
      {
        title: '网站信息',
        fields: [
          text('siteName', '服务名称'),
          { kind: 'rows', key: 'domains', label: '网站域名', required: true, placeholder: '请输入域名，不带 www.' },
          text('homepage', '网站首页URL'),
          { kind: 'multi-select', key: 'services', label: '网站服务内容', required: true, ...lazyList(300, SERVICE_OPTIONS), virtual: true },
          { kind: 'checkboxes', key: 'languages', label: '网站语言', required: true, options: LANGUAGE_OPTIONS },
          { kind: 'textarea', key: 'remark', label: '备注', placeholder: '请输入备注信息' },
        ],
      },
      { title: '互联网信息服务负责人信息', fields: person('siteHead', state) },
    ],
  };
}
