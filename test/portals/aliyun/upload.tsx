/** @jsxImportSource react */
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Form, Space, Upload, type FormInstance, type UploadFile, type UploadProps } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { accepts, sendToReplica, sizeText, uploadState } from '../common/upload-state';
import { Module, twinRequiredMark } from './field';
import { cls, exposeState, fieldName, labelMode, TWIN } from './twin';

// Step 上传资料 (`/order/upload`, issue 17), after 主办者信息 and 网站信息 in the order's Steps bar: one antd `Upload`
// per material, inside an antd Form (`valuePropName="fileList"`, as antd documents Upload in a Form), so the form
// holds each widget's own file list. The hidden `<input type="file">` is rc-upload's. Each field checks type and size
// in `beforeUpload` as the console does and refuses with `Upload.LIST_IGNORE` (the file never enters the list) and a
// message under the field; the rest go through `customRequest` to the replica server's `POST /api/upload`.
// Traps: 证件人像面 / 证件国徽面 under both 主办者负责人证件 and 网站负责人证件 (told apart by the card only); single-file
// fields are `maxCount: 1`, which antd documents as "replaces the current one"; 域名证书 has a lower bound too
// (200 KB–4 MB, rules-corpus §1.5 for Aliyun); 其他材料 is no profile field.

const KB = 1024;
const MB = 1024 * KB;
const IMAGE_HINT = '支持 JPG、PNG 格式，大小不超过 2 MB';

export type AliyunUploadField = {
  key: string;
  label: string;
  hint: string;
  accept: string;
  maxBytes: number;
  minBytes?: number;
  maxCount: number;
  listType: 'picture-card' | 'text';
  required: boolean;
};

const idSide = (key: string, label: string, side: string): AliyunUploadField => ({
  key,
  label,
  hint: `请上传身份证${side}原件的彩色照片，四角完整、字迹清晰，${IMAGE_HINT}`,
  accept: 'image/jpeg,image/png',
  maxBytes: 2 * MB,
  maxCount: 1,
  listType: 'picture-card',
  required: true,
});

export const ALIYUN_UPLOAD_MODULES: readonly { title: string; salt: string; fields: readonly AliyunUploadField[] }[] = [
  {
    title: '主办者证件',
    salt: 'upload-entity',
    fields: [{ key: 'comIdPic', label: '主办者证件', hint: '请上传营业执照等主办者证件原件的彩色照片或扫描件，支持 JPG、PNG 格式，大小不超过 5 MB', accept: '.jpg,.jpeg,.png', maxBytes: 5 * MB, maxCount: 1, listType: 'picture-card', required: true }],
  },
  { title: '主办者负责人证件', salt: 'upload-entity-head', fields: [idSide('fzrIdFront', '证件人像面', '人像面（有照片的一面）'), idSide('fzrIdBack', '证件国徽面', '国徽面')] },
  { title: '网站负责人证件', salt: 'upload-site-head', fields: [idSide('siteFzrIdFront', '证件人像面', '人像面（有照片的一面）'), idSide('siteFzrIdBack', '证件国徽面', '国徽面')] },
  {
    title: '网站资料',
    salt: 'upload-site',
    fields: [
      { key: 'domainCert', label: '域名证书', hint: '域名持有者需与主办者或其负责人一致，支持 JPG、PNG 格式，大小 200 KB～4 MB', accept: '.jpg,.jpeg,.png', minBytes: 200 * KB, maxBytes: 4 * MB, maxCount: 1, listType: 'picture-card', required: true },
      { key: 'preApproval', label: '前置审批文件', hint: '涉及前置审批的须上传主管部门批准文件，支持 JPG、PNG、PDF 格式，单个文件不超过 10 MB，最多 5 个', accept: '.jpg,.jpeg,.png,.pdf', maxBytes: 10 * MB, maxCount: 5, listType: 'text', required: false },
      { key: 'otherMaterial', label: '其他材料', hint: '管局要求的补充材料，支持 JPG、PNG、PDF 格式，大小不超过 10 MB', accept: '.jpg,.jpeg,.png,.pdf', maxBytes: 10 * MB, maxCount: 3, listType: 'text', required: false },
    ],
  },
];

export const UPLOAD_KEYS = ALIYUN_UPLOAD_MODULES.flatMap((m) => m.fields.map((f) => f.key));

/** Why the console refuses a file for this field, or '' when it takes it. */
function refusal(field: AliyunUploadField, file: File): string {
  if (!accepts(field.accept, file)) return `${file.name} 格式不支持，${field.hint.slice(field.hint.indexOf('支持'))}`;
  if (file.size > field.maxBytes) return `${file.name} 大小为 ${sizeText(file.size)}，超过 ${sizeText(field.maxBytes)} 的限制`;
  if (field.minBytes !== undefined && file.size < field.minBytes) return `${file.name} 大小为 ${sizeText(file.size)}，不能小于 ${sizeText(field.minBytes)}`;
  return '';
}

const fileListOf = (event: { fileList: UploadFile[] } | UploadFile[]) => (Array.isArray(event) ? event : event.fileList);

const send: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
  if (!(file instanceof Blob)) return;
  sendToReplica(file).then(
    (answer) => onSuccess?.(answer),
    (error: unknown) => onError?.(error instanceof Error ? error : new Error(String(error))),
  );
};

function UploadItem({ field, error, onRefuse }: { field: AliyunUploadField; error: string; onRefuse: (file: File, reason: string) => void }) {
  const mode = labelMode(field.key, false);
  const trigger: ReactNode =
    field.listType === 'picture-card' ? (
      <div>
        <PlusOutlined />
        <div style={{ marginTop: 8 }}>上传</div>
      </div>
    ) : (
      <Button icon={<UploadOutlined />}>选择文件</Button>
    );
  const item = (
    <Form.Item
      name={fieldName(field.key)}
      valuePropName="fileList"
      getValueFromEvent={fileListOf}
      {...(mode === 'item' ? { label: field.label } : {})}
      required={field.required}
      extra={field.hint}
      {...(error ? { validateStatus: 'error' as const, help: error } : {})}
      className={cls('upload-row')}
    >
      <Upload
        accept={field.accept}
        listType={field.listType}
        maxCount={field.maxCount}
        multiple={field.maxCount > 1}
        customRequest={send}
        beforeUpload={(file) => {
          const reason = refusal(field, file);
          if (!reason) return true;
          onRefuse(file, reason);
          return Upload.LIST_IGNORE;
        }}
      >
        {trigger}
      </Upload>
    </Form.Item>
  );
  if (!TWIN) return item;
  return (
    <div className={cls('field-wrap')}>
      {mode === 'above' && (
        <div className={cls('field-label')}>
          {field.label}
          {field.required && <span className={cls('required-star')}>*</span>}
        </div>
      )}
      {item}
    </div>
  );
}

export function UploadStep({ onBack, onForm }: { onBack: () => void; onForm: (form: FormInstance) => void }) {
  const [form] = Form.useForm();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const files = useMemo(() => uploadState(UPLOAD_KEYS), []);
  useEffect(() => onForm(form), [form, onForm]);
  useEffect(() => exposeState(() => files.snapshot()), [files]);
  const initial = Object.fromEntries(UPLOAD_KEYS.map((key) => [fieldName(key), []]));
  return (
    <Form
      form={form}
      {...(TWIN ? {} : { name: 'upload' })}
      layout="horizontal"
      labelCol={{ flex: '150px' }}
      requiredMark={TWIN ? twinRequiredMark : true}
      initialValues={initial}
      onValuesChange={(changed: Record<string, unknown>) => {
        for (const key of UPLOAD_KEYS) {
          const list = changed[fieldName(key)];
          if (!Array.isArray(list)) continue;
          // The widget's own list, as the form holds it: the File each entry wraps.
          const held = list.flatMap((entry: UploadFile) => (entry.originFileObj ? [entry.originFileObj] : []));
          files.listed(key, held);
          setErrors((e) => (e[key] ? { ...e, [key]: '' } : e));
        }
      }}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {ALIYUN_UPLOAD_MODULES.map((module) => (
          <Module key={module.salt} title={module.title} salt={module.salt}>
            {module.fields.map((field) => (
              <UploadItem
                key={field.key}
                field={field}
                error={errors[field.key] ?? ''}
                onRefuse={(file, reason) => {
                  files.rejected(field.key, { name: file.name, reason });
                  setErrors((e) => ({ ...e, [field.key]: reason }));
                }}
              />
            ))}
          </Module>
        ))}
        <div className={cls('step-actions')}>
          <Space>
            <Button onClick={onBack}>上一步</Button>
            <Button type="primary">提交审核</Button>
          </Space>
        </div>
      </Space>
    </Form>
  );
}
