import TinyButton from '@opentiny/vue-button';
import TinyFileUpload from '@opentiny/vue-file-upload';
import TinyForm from '@opentiny/vue-form';
import TinyFormItem from '@opentiny/vue-form-item';
import { h, reactive, type Component, type VNode, type VNodeChild } from 'vue';
import { accepts, sendToReplica, sizeText, uploadState, type UploadSnapshot } from '../common/upload-state';
import { cls, labelMode, ordered, TWIN } from './twin';

// 上传资料 (`#/upload`, issue 17), the step after 填写网站信息 in the console's steps: one OpenTiny `FileUpload` per
// material. The widget keeps its own list (`state.uploadFiles`) and reports it with each `change` / `remove` event;
// that list is what `replicaState()` reports. OpenTiny adds a chosen file to its list, runs `accept` (a warning toast
// and the file removed), then our `before-upload` (type and size as the console checks them: a refusal removes the
// file and shows a message under the field), then `http-request` (the replica server's `POST /api/upload`), and
// empties its own `<input type="file">` once it sends. Limits from rules-corpus §1.5 for Huawei: ≤ 10 MB, 证件
// 1100×1500 and person 1280×720 (given as the hint's advice; pixels are not checked by the page).
// Traps: 证件正面 / 证件反面 under both 主办单位负责人资料 and 互联网信息服务负责人资料 (told apart by the heading only);
// single-file fields have `limit: 1`, and OpenTiny then refuses a second file (a toast) until the first is removed;
// 其他材料 is no profile field.

const MB = 1024 * 1024;
const STEPS = ['验证备案信息', '填写主体信息', '填写网站信息', '上传资料', '提交备案'];

export type HuaweiUploadField = {
  key: string;
  label: string;
  hint: string;
  accept: string;
  maxBytes: number;
  limit: number;
  listType: 'picture-card' | 'text';
  required: boolean;
};

const IMAGE = '支持 JPG、JPEG、PNG 格式，大小不超过 10 MB';
const side = (key: string, label: string, face: string): HuaweiUploadField => ({
  key,
  label,
  hint: `请上传负责人证件${face}的彩色照片，${IMAGE}，建议尺寸 1280×720 像素`,
  accept: '.jpg,.jpeg,.png',
  maxBytes: 10 * MB,
  limit: 1,
  listType: 'picture-card',
  required: true,
});

export const HUAWEI_UPLOAD_SECTIONS: readonly { title: string; fields: readonly HuaweiUploadField[] }[] = [
  {
    title: '主办单位资料',
    fields: [{ key: 'orgCertificate', label: '主办单位证件', hint: `请上传营业执照等主办单位证件原件的彩色扫描件，${IMAGE}，建议尺寸 1100×1500 像素`, accept: '.jpg,.jpeg,.png', maxBytes: 10 * MB, limit: 1, listType: 'picture-card', required: true }],
  },
  { title: '主办单位负责人资料', fields: [side('headIdFront', '证件正面', '正面（人像面）'), side('headIdBack', '证件反面', '反面（国徽面）')] },
  { title: '互联网信息服务负责人资料', fields: [side('siteHeadIdFront', '证件正面', '正面（人像面）'), side('siteHeadIdBack', '证件反面', '反面（国徽面）')] },
  {
    title: '网站资料',
    fields: [
      { key: 'domainCertificate', label: '域名证书', hint: `域名持有者须与主办单位或其负责人一致，${IMAGE}`, accept: '.jpg,.jpeg,.png', maxBytes: 10 * MB, limit: 1, listType: 'picture-card', required: true },
      { key: 'preApproval', label: '前置审批文件', hint: '涉及前置审批的须上传批准文件，支持 JPG、JPEG、PNG、PDF 格式，单个文件不超过 10 MB，最多 5 个', accept: '.jpg,.jpeg,.png,.pdf', maxBytes: 10 * MB, limit: 5, listType: 'text', required: false },
      { key: 'otherMaterial', label: '其他材料', hint: '管局要求的其他材料，支持 JPG、JPEG、PNG、PDF 格式，大小不超过 10 MB', accept: '.jpg,.jpeg,.png,.pdf', maxBytes: 10 * MB, limit: 3, listType: 'text', required: false },
    ],
  },
];

const KEYS = HUAWEI_UPLOAD_SECTIONS.flatMap((s) => s.fields.map((f) => f.key));

/** OpenTiny's list entries, as far as the page reads them. */
type ListEntry = { raw?: unknown; status?: string };

function refusal(field: HuaweiUploadField, file: File): string {
  if (!accepts(field.accept, file)) return `${file.name}：文件格式不支持，${field.hint.slice(field.hint.indexOf('支持'))}`;
  if (file.size > field.maxBytes) return `${file.name}：文件大小 ${sizeText(file.size)}，超过 ${sizeText(field.maxBytes)} 的限制`;
  return '';
}

type HttpRequestOptions = { file: unknown; onSuccess: (answer: unknown) => void; onError: (error: unknown) => void };

/** OpenTiny calls this instead of its own XHR; a returned promise settles the upload (onSuccess / onError). */
const httpRequest = ({ file }: HttpRequestOptions): Promise<unknown> => (file instanceof Blob ? sendToReplica(file) : Promise.reject(new Error('no file')));

const ui = (component: Component, props: Record<string, unknown>, slots?: Record<string, () => VNodeChild>): VNode => h(component, props, slots);

export function uploadStep() {
  const files = uploadState(KEYS);
  const errors = reactive<Record<string, string>>({});
  /** The widget's own list, as its events hand it over. */
  const onList = (key: string) => (_file: unknown, list: unknown) => {
    const entries: ListEntry[] = Array.isArray(list) ? list : [];
    files.listed(
      key,
      entries.flatMap((entry) => (entry.raw instanceof File && entry.status !== 'fail' ? [entry.raw] : [])),
    );
  };

  function upload(field: HuaweiUploadField): VNode {
    return ui(
      TinyFileUpload,
      {
        accept: field.accept,
        limit: field.limit,
        multiple: field.limit > 1,
        listType: field.listType,
        httpRequest,
        beforeUpload: (file: File) => {
          const reason = refusal(field, file);
          errors[field.key] = reason;
          if (!reason) return true;
          files.rejected(field.key, { name: file.name, reason });
          return false;
        },
        onChange: onList(field.key),
        onRemove: onList(field.key),
      },
      {
        trigger: () => (field.listType === 'picture-card' ? h('span', { class: cls('hw-upload-plus') }, '+') : ui(TinyButton, {}, { default: () => '选择文件' })),
        tip: () => h('div', { class: cls('hw-upload-tip') }, field.hint),
      },
    );
  }

  function item(section: string, field: HuaweiUploadField, index: number): VNode {
    const mode = labelMode(section, index, false);
    const error = errors[field.key] ? h('div', { class: cls('hw-upload-error'), role: 'alert', style: 'color:#f23030' }, errors[field.key]) : null;
    const marker = field.required ? h('span', { class: cls('hw-required') }, '*') : null;
    const slots: Record<string, () => VNodeChild> = { default: () => [upload(field), error] };
    if (TWIN && mode === 'item') slots.label = () => [field.label, marker];
    const formItem = ui(TinyFormItem, { key: field.key, label: mode === 'item' && !TWIN ? field.label : undefined, required: field.required && !TWIN, class: cls('hw-item') }, slots);
    if (!TWIN) return formItem;
    return h('div', { class: cls('hw-field'), key: field.key }, [mode === 'above' ? h('div', { class: cls('hw-label-above') }, [field.label, marker]) : null, formItem]);
  }

  const sections = (): VNode[] =>
    HUAWEI_UPLOAD_SECTIONS.flatMap(({ title, fields }) => [
      TWIN ? h('div', { role: 'heading', 'aria-level': 3, class: cls('hw-section-title') }, title) : h('h3', { class: cls('hw-section-title') }, title),
      ...ordered(title, fields).map((field, i) => item(title, field, i)),
    ]);

  /** The step's page, laid out as app.ts lays out the others. */
  const view = (): VNode =>
    h('div', { class: cls('hw-page') }, [
      h('div', { class: cls('hw-page-title') }, '上传资料'),
      h('div', { class: cls('hw-steps') }, STEPS.map((s) => h('span', { class: cls(s === '上传资料' ? 'hw-step-current' : 'hw-step') }, s))),
      h('div', { class: cls('hw-notice') }, '请上传原件的彩色扫描件或照片，复印件、黑白件不予受理。'),
      ui(TinyForm, { labelWidth: '180px', hideRequiredAsterisk: TWIN, class: cls('hw-form') }, { default: sections }),
      h('div', { class: cls('hw-actions') }, [ui(TinyButton, { onClick: () => (location.hash = '#/website') }, { default: () => '上一步' }), ui(TinyButton, { type: 'primary' }, { default: () => '提交备案' })]),
    ]);

  return { view, snapshot: (): UploadSnapshot => files.snapshot() };
}
