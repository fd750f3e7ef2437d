/** @jsxImportSource react */
import { Button, Card, Checkbox, Form, Input, Radio, Select, Space, Upload, type FormInstance, type UploadFile } from 'antd';
import dayjs from 'dayjs';
import { cloneElement, useEffect, type ReactElement } from 'react';
import { APPROVALS, SERVICES } from '../../../src/profile/options';
import { PLATFORM_CODES } from './app-codes';
import { Field, Module, twinRequiredMark } from './field';
import { LANGUAGE_OPTIONS, type Option } from './options';
import { PERSON_INITIAL, PERSON_KEYS, personRows } from './person';
import { cls, fieldName, keyed, labelMode, rotated, TWIN } from './twin';

// Step APP信息 of the Aliyun ICP filing console (beian.aliyun.com), on its own route `/order/app` beside `/order/entity`
// and `/order/site` (twin: `/twin/order/app`). Built from public evidence only:
//   - /work/shared/docs/apps-security-materials.md §1: "Aliyun APP form (a 2023 tutorial of the Aliyun flow)": APP图标
//     (upload), APP名称, 云服务器IP, 内容类别, 前置审批, APP语言, 备注, 是否对外提供SDK服务, 第三方SDK, APP使用的域名;
//     then per platform 平台, 域名, 包名, 公钥, MD5. iOS files the certificate's SHA-1, HarmonyOS its SHA-1 too.
//   - pages: kxapp.com "2023 APP Filing Tutorial – Alibaba Cloud Example" (the same field table, APP Icon and Cloud
//     Server IP required, SDK and third-party SDK optional, "Backend Service Domain" = the APP's domains, then "Select APP
//     platform"); hsy.com/help/13-14-27 (【APP使用的全部域名】 chosen again per platform; 是否对外提供SDK; the SDK list with
//     unlisted providers typed in; 安卓: 包名 + 模数(公钥) + MD5签名, iOS: Bundle ID + 公钥 + SHA-1);
//     aliyunyh.com/532525.html (Bundle ID / 包名 / 平台公钥 / 签名MD5, iOS 签名SHA1); huihuacong.com Aliyun App备案 FAQ
//     (APP domains are what the APP connects to at run time; one filing for every platform under one name).
//   - portals.md §2.1: React + Ant Design, root `.icp-page-form`, modules `.module-item-wrap`, antd `Form name=<step>`
//     ids (`<form>_<field>`), the 负责人 rows of the website step (`fzr*`, the SMS code `phoneVfCode`). The APP负责人 is
//     asked on this step as the website's 负责人 is on `/order/site` (Volcengine notes in §1 list APP负责人 first).
//   - antd 6 (node_modules/antd): Form.List rows, Select (mode multiple / tags, virtual list), Checkbox.Group,
//     Radio.Group, Upload, Card.
// Values are MIIT codes where the profile has an option table (内容类别 = SERVICES, 前置审批 = APPROVALS, 语言), the
// platform a code of this page's own (PLATFORM_CODES). Traps: a platform row shows its fields only once its 平台 is
// chosen, and choosing another 平台 empties the row; the row's 域名 offers only what APP使用的域名 holds (fill those
// first); the fingerprint's label follows the platform (签名MD5 / 签名SHA-1 / 证书指纹); the 添加平台 button adds a row
// (one exists at first), a platform taken in one row is disabled in the others; 云服务器IP and 第三方SDK are antd tag
// selects (typed, confirmed with Enter); 是否对外提供SDK服务 starts with nothing chosen; APP图标 and the SMS code are no
// profile field and must stay untouched.

type PlatformCode = (typeof PLATFORM_CODES)[keyof typeof PLATFORM_CODES];

const PLATFORM_OPTIONS: { value: PlatformCode; label: string }[] = [
  { value: 'ANDROID', label: 'Android' },
  { value: 'IOS', label: 'iOS' },
  { value: 'HARMONY', label: 'HarmonyOS' },
];

const toOptions = (table: Readonly<Record<string, number>>): Option[] => Object.entries(table).map(([label, code]) => ({ value: String(code), label }));

const SERVICE_OPTIONS = toOptions(SERVICES);
const APPROVAL_OPTIONS = toOptions(APPROVALS);
/** Third-party SDKs the console lists (hsy.com: 支付类、定位类、登录类…); others are typed in. */
const SDK_OPTIONS = ['微信开放平台SDK', '支付宝SDK', '高德地图SDK', '百度地图SDK', '极光推送SDK', '友盟统计SDK', '腾讯Bugly', '阿里云推送SDK'].map((v) => ({ value: v, label: v }));

export const APP_KEYS = ['appIcon', 'appName', 'serverIp', 'serviceContent', 'preApprovalType', 'appLanguage', 'remark', 'provideSdk', 'thirdSdk', 'appDomains'] as const;
const ROW_KEYS = ['platform', 'domains', 'packageName', 'publicKey', 'fingerprint'] as const;

const emptyRow = () => Object.fromEntries(ROW_KEYS.map((k) => [fieldName(k), k === 'domains' ? [] : k === 'platform' ? undefined : '']));

const INITIAL = {
  [fieldName('appIcon')]: [],
  [fieldName('appName')]: '',
  [fieldName('serverIp')]: [],
  [fieldName('serviceContent')]: [],
  [fieldName('preApprovalType')]: [],
  [fieldName('appLanguage')]: [],
  [fieldName('remark')]: '',
  [fieldName('provideSdk')]: undefined,
  [fieldName('thirdSdk')]: [],
  [fieldName('appDomains')]: [''],
  [fieldName('platforms')]: [emptyRow()],
  ...PERSON_INITIAL,
};

/** The twin words some labels as other consoles (and Aliyun's own help pages) do. */
const say = (replica: string, twin: string) => (TWIN ? twin : replica);

const PACKAGE_LABEL: Record<PlatformCode, [string, string]> = { ANDROID: ['包名', '应用包名'], IOS: ['Bundle ID', 'iOS Bundle ID'], HARMONY: ['包名', 'bundleName'] };
const FINGERPRINT_LABEL: Record<PlatformCode, [string, string]> = { ANDROID: ['签名MD5', '证书MD5指纹'], IOS: ['签名SHA-1', 'SHA-1指纹'], HARMONY: ['证书指纹', '证书SHA-1指纹'] };

/** Form values as plain JSON: dates as YYYY-MM-DD, nothing chosen as ''; the icon as its file names. */
function plain(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v === null || v === undefined ? '' : k === 'appIcon' && Array.isArray(v) ? v.map((f: UploadFile) => f.name) : v,
    ]),
  );
}

/** `replicaState()` of this step: the replica's keys, a platform row's fields as `platform<i>.<field>`. */
export function appState(values: Record<string, unknown>): Record<string, unknown> {
  const out = plain(keyed(values, [...APP_KEYS, ...PERSON_KEYS]));
  const rows = values[fieldName('platforms')];
  if (Array.isArray(rows)) {
    rows.forEach((row: Record<string, unknown> | undefined, i) => {
      for (const k of ROW_KEYS) {
        const v = row?.[fieldName(k)];
        out[`platform${i}.${k}`] = v === undefined || v === null ? (k === 'domains' ? [] : '') : v;
      }
    });
  }
  return out;
}

/** APP使用的域名: one input per domain, 添加域名 for another, 删除 beside every row but the first. */
function DomainRows() {
  return (
    <Form.List name={fieldName('appDomains')}>
      {(fields, { add, remove }) => (
        <div className={cls('app-domain-rows')}>
          {fields.map((f, i) => (
            <Space key={f.key} className={cls('app-domain-row')} style={{ display: 'flex', marginBottom: 8 }}>
              <Form.Item noStyle name={f.name}>
                <Input allowClear placeholder="请输入APP使用的域名，如 api.example.com" style={{ width: 360 }} />
              </Form.Item>
              {i > 0 && (
                <Button type="link" onClick={() => remove(f.name)}>
                  删除
                </Button>
              )}
            </Space>
          ))}
          {fields.length < 20 && (
            <Button type="dashed" onClick={() => add('')}>
              添加域名
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

/** One field of a platform row, laid out as Field lays out the others (its name is a path inside the list). */
function RowField({ index, name, label, text, children }: { index: number; name: (typeof ROW_KEYS)[number]; label: string; text?: boolean; children: ReactElement<{ placeholder?: string }> }) {
  const mode = labelMode(`platform-${name}`, text === true);
  const control = mode === 'placeholder' ? cloneElement(children, { placeholder: label }) : children;
  const item = (
    <Form.Item name={[index, fieldName(name)]} {...(mode === 'item' ? { label } : {})} required rules={[{ required: true, message: `请填写${label}` }]} className={cls('form-row')}>
      {control}
    </Form.Item>
  );
  if (!TWIN) return item;
  return (
    <div className={cls('field-wrap')}>
      {mode === 'above' && (
        <div className={cls('field-label')}>
          {label}
          <span className={cls('required-star')}>*</span>
        </div>
      )}
      {item}
    </div>
  );
}

function PlatformRow({ index, count, onRemove }: { index: number; count: number; onRemove(): void }) {
  const form = Form.useFormInstance();
  const list = fieldName('platforms');
  const platform: PlatformCode | undefined = Form.useWatch([list, index, fieldName('platform')], form);
  const rows: (Record<string, unknown> | undefined)[] = Form.useWatch(list, form) ?? [];
  const domains: unknown = Form.useWatch(fieldName('appDomains'), form);
  const taken = new Set(rows.filter((_, j) => j !== index).map((r) => r?.[fieldName('platform')]));
  const domainOptions = [...new Set((Array.isArray(domains) ? domains : []).filter((d): d is string => typeof d === 'string' && d.trim() !== '').map((d) => d.trim()))].map((d) => ({ value: d, label: d }));
  const choose = (next: PlatformCode) => form.setFieldValue([list, index], { ...emptyRow(), [fieldName('platform')]: next });

  const fields = platform
    ? rotated(
        [
          <RowField key="domains" index={index} name="domains" label={say('域名', '平台使用的域名')}>
            <Select mode="multiple" placeholder="请从APP使用的域名中选择" options={domainOptions} style={{ width: 360 }} notFoundContent="请先填写APP使用的域名" />
          </RowField>,
          <RowField key="packageName" index={index} name="packageName" label={say(...PACKAGE_LABEL[platform])} text>
            <Input style={{ width: 360 }} />
          </RowField>,
          <RowField key="publicKey" index={index} name="publicKey" label={say('公钥', '平台公钥')} text>
            <Input.TextArea rows={3} />
          </RowField>,
          <RowField key="fingerprint" index={index} name="fingerprint" label={say(...FINGERPRINT_LABEL[platform])} text>
            <Input style={{ width: 360 }} />
          </RowField>,
        ],
        `aliyun-platform-row`,
      )
    : [];
  const remove =
    count > 1 ? (
      <Button type="link" danger onClick={onRemove}>
        删除平台
      </Button>
    ) : null;
  const platformField = (
    <RowField key="platform" index={index} name="platform" label={say('平台', '运行平台')}>
      <Select
        placeholder="请选择APP运行平台"
        style={{ width: 240 }}
        options={PLATFORM_OPTIONS.map((o) => ({ ...o, disabled: taken.has(o.value) }))}
        onChange={(next: PlatformCode) => choose(next)}
      />
    </RowField>
  );
  const body = [platformField, ...fields];
  if (!TWIN) {
    return (
      <Card size="small" className={cls('platform-card')} title={`平台信息 ${index + 1}`} extra={remove} style={{ marginBottom: 12 }}>
        {body}
      </Card>
    );
  }
  return (
    <section className={cls('platform-card')}>
      <h4 className={cls('platform-title')}>
        {platform ? `${PLATFORM_OPTIONS.find((o) => o.value === platform)?.label}平台` : `运行平台（${index + 1}）`} {remove}
      </h4>
      {body}
    </section>
  );
}

function PlatformRows() {
  return (
    <Form.List name={fieldName('platforms')}>
      {(fields, { add, remove }) => (
        <div className={cls('platform-rows')}>
          {fields.map((f) => (
            <PlatformRow key={f.key} index={f.name} count={fields.length} onRemove={() => remove(f.name)} />
          ))}
          {fields.length < PLATFORM_OPTIONS.length && (
            <Button type="primary" ghost onClick={() => add(emptyRow())}>
              添加平台
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

/** APP图标: a picture the person uploads; nothing is sent (the console's upload goes to its OSS). */
function IconUpload({ value, onChange, id }: { value?: UploadFile[]; onChange?: (files: UploadFile[]) => void; id?: string }) {
  return (
    <Upload id={id} listType="picture-card" accept="image/png,image/jpeg" maxCount={1} fileList={value ?? []} beforeUpload={() => false} onChange={({ fileList }) => onChange?.(fileList)}>
      {(value ?? []).length === 0 ? <span>上传图标</span> : null}
    </Upload>
  );
}

export function AppStep({ onBack, onForm }: { onBack: () => void; onForm: (form: FormInstance) => void }) {
  const [form] = Form.useForm();
  useEffect(() => onForm(form), [form, onForm]);

  const basics = [
    <Field key="appIcon" name="appIcon" label="APP图标" required rules={[{ required: true, message: '请上传APP图标' }]}>
      <IconUpload />
    </Field>,
    <Field key="appName" name="appName" label="APP名称" required text>
      <Input maxLength={50} />
    </Field>,
    <Field key="serverIp" name="serverIp" label={say('云服务器IP', '云服务器公网IP')} required>
      <Select mode="tags" tokenSeparators={[',', ';', '，']} placeholder="请输入云服务器公网IP，按回车确认" style={{ width: 420 }} />
    </Field>,
    <Field key="serviceContent" name="serviceContent" label={say('内容类别', '服务内容')} required>
      <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={SERVICE_OPTIONS} placeholder="请选择APP内容类别" style={{ width: 420 }} />
    </Field>,
    <Field key="preApprovalType" name="preApprovalType" label="前置审批">
      <Checkbox.Group options={APPROVAL_OPTIONS} />
    </Field>,
    <Field key="appLanguage" name="appLanguage" label="APP语言" required>
      <Checkbox.Group options={LANGUAGE_OPTIONS} />
    </Field>,
    <Field key="remark" name="remark" label="备注" text>
      <Input.TextArea rows={2} />
    </Field>,
    <Field key="provideSdk" name="provideSdk" label={say('是否对外提供SDK服务', '对外提供SDK服务')}>
      <Radio.Group
        options={[
          { label: '是', value: '1' },
          { label: '否', value: '0' },
        ]}
      />
    </Field>,
    <Field key="thirdSdk" name="thirdSdk" label={say('第三方SDK', '使用的第三方SDK服务')}>
      <Select mode="tags" options={SDK_OPTIONS} placeholder="请选择或输入第三方SDK名称，按回车确认" style={{ width: 420 }} />
    </Field>,
    <Field key="appDomains" salt="appDomains" label={say('APP使用的域名', 'APP使用的全部域名')} required>
      <DomainRows />
    </Field>,
  ];

  return (
    <Form
      form={form}
      {...(TWIN ? {} : { name: 'app' })}
      layout="horizontal"
      labelCol={{ flex: '150px' }}
      requiredMark={TWIN ? twinRequiredMark : true}
      initialValues={INITIAL}
      onValuesChange={(changed: Record<string, unknown>) => {
        if (fieldName('fzrIdLongTerm') in changed && changed[fieldName('fzrIdLongTerm')] === '1') form.setFieldValue(fieldName('fzrIdEnd'), null);
      }}
    >
      <div className="module-title-item">
        <div className="info-name">
          <span>APP 1</span>
        </div>
      </div>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Module title="APP基本信息" salt="app-basics">
          {basics}
        </Module>
        <Module title="平台信息" salt="app-platforms">
          {[<PlatformRows key="platforms" />]}
        </Module>
        <Module title="APP负责人信息" salt="app-head">
          {/* The same rows as the website's 负责人 (the 'entity' salts: only the twin's label placement reads them). */}
          {personRows('entity')}
        </Module>
        <div className={cls('step-actions')}>
          <Button onClick={onBack}>上一步</Button>
        </div>
      </Space>
    </Form>
  );
}
