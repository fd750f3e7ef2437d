/** @jsxImportSource react */
import { Button, Checkbox, DatePicker, Form, Input, Select, Space } from '@arco-design/web-react';
import type { ReactElement } from 'react';
import { Field } from './field';
import { PERSON_CERTIFICATE_OPTIONS } from './options';
import { cls, fieldName } from './twin';

// The 负责人 rows of either block (主办者负责人信息 / 互联网信息服务负责人), with the same labels in both: only the card
// tells whose they are. The certificate's validity is one label over two controls: an Arco `DatePicker.RangePicker`
// and a 长期 `Checkbox` beside it; ticking 长期 clears the range's end and disables it. The 短信验证码 is for the
// person to type from their phone: no profile field, nothing may write it.

export type Who = 'subjectHead' | 'siteHead';

/** The state keys of a 负责人 block (ValidFrom / ValidUntil are the two ends of the form's range). */
export const personKeys = (p: Who) =>
  [`${p}Name`, `${p}CertType`, `${p}CertNo`, `${p}ValidFrom`, `${p}ValidUntil`, `${p}LongTerm`, `${p}Mobile`, `${p}SmsCode`, `${p}Tel`, `${p}Emergency`, `${p}Email`] as const;

/** The form's initial values for a 负责人 block (by field name). */
export function personInitial(p: Who): Record<string, unknown> {
  const text = ['Name', 'CertNo', 'Mobile', 'SmsCode', 'Tel', 'Emergency', 'Email'].map((k) => [fieldName(`${p}${k}`), '']);
  return Object.fromEntries([...text, [fieldName(`${p}CertType`), undefined], [fieldName(`${p}Validity`), undefined], [fieldName(`${p}LongTerm`), false]]);
}

/** The replica's state of a 负责人 block from the form's values (by field name). */
export function personState(p: Who, values: Record<string, unknown>): Record<string, unknown> {
  const get = (k: string) => values[fieldName(`${p}${k}`)];
  const text = (k: string) => (typeof get(k) === 'string' ? (get(k) as string) : '');
  const range = Array.isArray(get('Validity')) ? (get('Validity') as unknown[]) : [];
  const end = (i: number) => (typeof range[i] === 'string' ? (range[i] as string) : '');
  return {
    [`${p}Name`]: text('Name'),
    [`${p}CertType`]: text('CertType'),
    [`${p}CertNo`]: text('CertNo'),
    [`${p}ValidFrom`]: end(0),
    [`${p}ValidUntil`]: end(1),
    [`${p}LongTerm`]: get('LongTerm') === true,
    [`${p}Mobile`]: text('Mobile'),
    [`${p}SmsCode`]: text('SmsCode'),
    [`${p}Tel`]: text('Tel'),
    [`${p}Emergency`]: text('Emergency'),
    [`${p}Email`]: text('Email'),
  };
}

/** Ticking 长期 clears the end of the range (called from the form's onValuesChange). */
export function onLongTerm(p: Who, changed: Record<string, unknown>, form: { getFieldValue(f: string): unknown; setFieldValue(f: string, v: unknown): void }): void {
  const longTerm = fieldName(`${p}LongTerm`);
  if (!(longTerm in changed) || changed[longTerm] !== true) return;
  const range = form.getFieldValue(fieldName(`${p}Validity`));
  const start = Array.isArray(range) ? range[0] : undefined;
  form.setFieldValue(fieldName(`${p}Validity`), start ? [start, undefined] : undefined);
}

type RangeValue = (string | undefined)[] | undefined;

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

/**
 * The range picker of 证件有效期. Arco's RangePicker commits a range only when both ends are chosen; with 长期 ticked
 * its end is disabled, so the console takes the start alone: from the panel (`onSelect`) or typed and confirmed
 * with Enter or by leaving the input.
 */
function ValidityRange({ value, onChange, longTerm, id }: { value?: RangeValue; onChange?: (value: RangeValue) => void; longTerm: boolean; id?: string }) {
  const commitStart = (target: EventTarget) => {
    if (!longTerm || !(target instanceof HTMLInputElement) || target.disabled) return;
    if (isDate(target.value) && target.value !== value?.[0]) onChange?.([target.value, undefined]);
  };
  return (
    <div id={id} style={{ display: 'inline-block' }} onKeyDownCapture={(e) => e.key === 'Enter' && commitStart(e.target)} onBlurCapture={(e) => commitStart(e.target)}>
      <DatePicker.RangePicker
        style={{ width: 280 }}
        format="YYYY-MM-DD"
        placeholder={['开始日期', longTerm ? '长期' : '结束日期']}
        disabled={[false, longTerm]}
        value={value as string[] | undefined}
        onChange={(dates) => onChange?.(dates)}
        onSelect={(dates) => {
          if (longTerm && dates[0]) onChange?.([dates[0], undefined]);
        }}
        allowClear
      />
    </div>
  );
}

function Validity({ p }: { p: Who }) {
  const longTerm = Form.useWatch<Record<string, unknown>>(fieldName(`${p}LongTerm`)) === true;
  return (
    <Space wrap className={cls('beian-validity')}>
      <Form.Item noStyle field={fieldName(`${p}Validity`)}>
        <ValidityRange longTerm={longTerm} />
      </Form.Item>
      <Form.Item noStyle field={fieldName(`${p}LongTerm`)} triggerPropName="checked">
        <Checkbox>长期</Checkbox>
      </Form.Item>
    </Space>
  );
}

function SmsCode({ value, onChange, id, placeholder }: { value?: string; onChange?: (value: string) => void; id?: string; placeholder?: string }) {
  return (
    <Space className={cls('beian-sms')}>
      <Input id={id} value={value} onChange={(v) => onChange?.(v)} maxLength={6} style={{ width: 160 }} placeholder={placeholder ?? '请输入验证码'} />
      <Button type="outline">获取验证码</Button>
    </Space>
  );
}

/** The rows of a 负责人 card. */
export function personRows(p: Who): ReactElement[] {
  return [
    <Field key="name" name={`${p}Name`} label="负责人姓名" required text>
      <Input placeholder="请输入负责人姓名" style={{ width: 320 }} />
    </Field>,
    <Field key="certType" name={`${p}CertType`} label="证件类型" required>
      <Select placeholder="请选择证件类型" options={PERSON_CERTIFICATE_OPTIONS} style={{ width: 320 }} />
    </Field>,
    <Field key="certNo" name={`${p}CertNo`} label="证件号码" required text>
      <Input placeholder="请输入证件号码" style={{ width: 320 }} />
    </Field>,
    <Field key="validity" salt={`${p}-validity`} label="证件有效期" required>
      <Validity p={p} />
    </Field>,
    <Field key="mobile" name={`${p}Mobile`} label="手机号码" required text>
      <Input placeholder="请输入手机号码" style={{ width: 320 }} />
    </Field>,
    <Field key="sms" name={`${p}SmsCode`} label="短信验证码" required>
      <SmsCode />
    </Field>,
    <Field key="tel" name={`${p}Tel`} label="办公室电话" text>
      <Input placeholder="区号-电话号码，如 010-12345678" style={{ width: 320 }} />
    </Field>,
    <Field key="emergency" name={`${p}Emergency`} label="应急联系电话" required text>
      <Input placeholder="请输入应急联系电话" style={{ width: 320 }} />
    </Field>,
    <Field key="email" name={`${p}Email`} label="电子邮箱" required text>
      <Input placeholder="请输入电子邮箱" style={{ width: 320 }} />
    </Field>,
  ];
}
