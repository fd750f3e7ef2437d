import { PlusOutlined } from '@ant-design/icons-vue';
import { Upload, type UploadFile, type UploadProps } from 'ant-design-vue';
import { h, type VNode } from 'vue';
import { accepts, sendToReplica, type UploadState } from '../common/upload-state';
import { ui, type Fields } from './controls';

// The portal's attachments (ID photos 人像面 / 国徽面 / 手持, 单位证件, 域名证书, 审批文件): ant-design-vue `Upload` in
// picture-card mode, inside its form item, so the hidden `<input type="file">` carries the generated id
// (`#form_item_idecardfrontid`, `#form_item_xwfile` as portals.md §2.5 saw them). A single-file field is `maxCount: 1`,
// which the library documents as replacing the file held. Files go to the replica server's `POST /api/upload`.
// Limits: the old portal took ≤ 512 KB per attachment and ≤ 400 KB for the 域名证书 (2016 guide); the new portal's
// are unknown (apps-security-materials.md §3), so only the file type is checked, with the page's own message.

export const IMAGES = '.jpg,.jpeg,.png';
export const DOCUMENTS = '.jpg,.jpeg,.png,.pdf';

export type UploadSpec = { key: string; accept: string; maxCount: number };

const send: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
  if (!(file instanceof Blob)) return;
  sendToReplica(file).then(
    (answer) => onSuccess?.(answer),
    (error: unknown) => onError?.(error instanceof Error ? error : new Error(String(error))),
  );
};

/** The files a widget's list holds, as the form keeps them. */
const held = (list: readonly UploadFile[]): File[] => list.flatMap((entry) => (entry.originFileObj ? [entry.originFileObj] : []));

export function upload(f: Fields, files: UploadState, spec: UploadSpec, props: Record<string, unknown> = {}): VNode {
  const list = f.get(spec.key);
  return ui(
    Upload,
    {
      fileList: Array.isArray(list) ? list : [],
      accept: spec.accept,
      listType: 'picture-card',
      maxCount: spec.maxCount,
      multiple: spec.maxCount > 1,
      customRequest: send,
      beforeUpload: (file: File) => {
        if (accepts(spec.accept, file)) return true;
        files.rejected(spec.key, { name: file.name, reason: `${file.name} 格式不正确，请上传 ${spec.accept.replaceAll('.', '').toUpperCase()} 文件` });
        return Upload.LIST_IGNORE;
      },
      'onUpdate:fileList': (next: UploadFile[]) => {
        f.set(spec.key, next);
        files.listed(spec.key, held(next));
      },
      ...props,
    },
    () => h('div', [ui(PlusOutlined, {}), h('div', { style: { marginTop: '8px' } }, '上传')]),
  );
}
