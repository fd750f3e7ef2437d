/** @jsxImportSource react */
import { Button, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import type { ChangeEvent, ReactElement } from 'react';
import { Field } from './field';
import { PERSON_CERTIFICATE_OPTIONS } from './options';
import { fieldName, TWIN } from './twin';

// The 负责人 rows of either step (portals.md §2.1 domMap: `<form>_fzrName`, `_fzrIdType`, `_fzrIdNum`, `_fzrMobile`,
// `_phoneVfCode`, `_fzrTel(_extension)`, `_fzrEmergencyMobile`, `_fzrEmail`), plus the certificate's validity: a
// 长期 / 非长期 choice and two DatePickers that need confirming (`needConfirm`: a typed date is dropped on blur
// unless confirmed, ant-design#46392). The SMS code is for the person; nothing may write it.

export const PERSON_KEYS = [
  'fzrName',
  'fzrIdType',
  'fzrIdNum',
  'fzrIdLongTerm',
  'fzrIdStart',
  'fzrIdEnd',
  'fzrMobile',
  'phoneVfCode',
  'fzrTel',
  'fzrTel_extension',
  'fzrEmergencyMobile',
  'fzrEmail',
] as const;

export const PERSON_INITIAL = Object.fromEntries(PERSON_KEYS.map((k) => [fieldName(k), k === 'fzrIdLongTerm' ? '0' : k === 'fzrIdStart' || k === 'fzrIdEnd' ? null : '']));

function Validity() {
  const longTerm = Form.useWatch(fieldName('fzrIdLongTerm'));
  return (
    <Space wrap>
      <Form.Item noStyle name={fieldName('fzrIdLongTerm')}>
        <Radio.Group
          options={[
            { label: '非长期', value: '0' },
            { label: '长期', value: '1' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle name={fieldName('fzrIdStart')}>
        <DatePicker needConfirm placeholder="起始日期" format="YYYY-MM-DD" />
      </Form.Item>
      <span>至</span>
      <Form.Item noStyle name={fieldName('fzrIdEnd')}>
        <DatePicker needConfirm placeholder="截止日期" format="YYYY-MM-DD" disabled={longTerm === '1'} />
      </Form.Item>
    </Space>
  );
}

function Telephone({ placeholder }: { placeholder?: string }) {
  return (
    <Space.Compact>
      <Form.Item noStyle name={fieldName('fzrTel')}>
        <Input placeholder={placeholder ?? '区号-电话号码'} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item noStyle name={fieldName('fzrTel_extension')}>
        <Input placeholder="分机号（选填）" style={{ width: 130 }} />
      </Form.Item>
    </Space.Compact>
  );
}

function SmsCode({ value, onChange, id }: { value?: string; onChange?: (e: ChangeEvent<HTMLInputElement>) => void; id?: string }) {
  return (
    <Space.Compact>
      <Input id={id} value={value} onChange={onChange} maxLength={6} style={{ width: 160 }} />
      <Button>获取验证码</Button>
    </Space.Compact>
  );
}

/** The 负责人 rows; `form` names the step's antd form (`entity` / `site`). */
export function personRows(form: 'entity' | 'site'): ReactElement[] {
  // Documented ids stay in the twin: the site 负责人's certificate type (`#site_fzrIdType_list`, portals.md §2.1).
  const idTypeId = TWIN && form === 'site' ? { id: 'site_fzrIdType' } : {};
  return [
    <Field key="fzrName" name="fzrName" label="负责人姓名" required text>
      <Input />
    </Field>,
    <Field key="fzrIdType" name="fzrIdType" label="证件类型" required>
      <Select {...idTypeId} placeholder="请选择证件类型" options={PERSON_CERTIFICATE_OPTIONS} style={{ width: 260 }} />
    </Field>,
    <Field key="fzrIdNum" name="fzrIdNum" label="证件号码" required text>
      <Input />
    </Field>,
    <Field key="validity" salt={`${form}-validity`} label="证件有效期" required>
      <Validity />
    </Field>,
    <Field key="fzrMobile" name="fzrMobile" label="手机号码" required text>
      <Input />
    </Field>,
    <Field key="phoneVfCode" name="phoneVfCode" label="验证码" required>
      <SmsCode />
    </Field>,
    <Field key="fzrTel" salt={`${form}-tel`} label="办公室电话" text>
      <Telephone />
    </Field>,
    <Field key="fzrEmergencyMobile" name="fzrEmergencyMobile" label="应急联系电话" required text>
      <Input />
    </Field>,
    <Field key="fzrEmail" name="fzrEmail" label="电子邮箱" required text>
      <Input />
    </Field>,
  ];
}
