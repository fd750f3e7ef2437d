/** @jsxImportSource react */
import { useEffect, useState, type ReactElement } from 'react';
import { Input } from 'tea-component/es/input';
import { Select } from 'tea-component/es/select';
import { Row } from './field';
import { personCertificateTypes, type Option } from './options';
import { DateField, OfficePhone, SmsCode, TermField } from './widgets';

// The rows of a 负责人 (主办单位负责人 or 网站负责人), in the order the console shows them. State keys are `<key>Name`,
// `<key>CerType`, `<key>CerNum`… (the website's `sitePerson*` after Tencent's `ba` API names, portals.md §2.2).

export const PERSON_FIELDS = ['Name', 'CerType', 'CerNum', 'ValidFrom', 'Term', 'ValidUntil', 'PhoneArea', 'PhoneNumber', 'Mobile', 'SmsCode', 'Emergency', 'Email'] as const;
export type PersonValues = Record<string, string>;

export const emptyPerson = (key: string): PersonValues =>
  Object.fromEntries(PERSON_FIELDS.map((f) => [`${key}${f}`, f === 'Term' ? '非长期' : '']));

type Classes = { name?: string; number?: string };

/** The rows (a hook: the person certificate types load when the page opens), to be rotated with their section's. */
export function usePersonRows(k: string, values: Readonly<Record<string, unknown>>, set: (field: string, value: string) => void, classes: Classes = {}): ReactElement[] {
  const [types, setTypes] = useState<Option[]>([]);
  useEffect(() => {
    personCertificateTypes().then(setTypes);
  }, []);
  const v = (f: string) => {
    const value = values[`${k}${f}`];
    return typeof value === 'string' ? value : '';
  };
  const on = (f: string) => (value: string) => set(`${k}${f}`, value);
  return [
    <Row key="name" name={`${k}Name`} label="负责人姓名" text>
      <Input className={classes.name} value={v('Name')} onChange={on('Name')} />
    </Row>,
    <Row key="certType" name={`${k}CerType`} label="证件类型">
      <Select size="m" options={types} value={v('CerType') || undefined} onChange={on('CerType')} placeholder="请选择证件类型" />
    </Row>,
    <Row key="certNum" name={`${k}CerNum`} label="证件号码" text>
      <Input className={classes.number} value={v('CerNum')} onChange={on('CerNum')} />
    </Row>,
    <Row key="validFrom" name={`${k}ValidFrom`} label="证件有效期起始日期">
      <DateField value={v('ValidFrom')} onChange={on('ValidFrom')} />
    </Row>,
    <Row key="validUntil" name={`${k}ValidUntil`} label="证件有效期截止日期">
      <TermField term={v('Term')} until={v('ValidUntil')} onTerm={on('Term')} onUntil={on('ValidUntil')} />
    </Row>,
    <Row key="phone" name={`${k}Phone`} label="办公室电话" required={false}>
      <OfficePhone area={v('PhoneArea')} number={v('PhoneNumber')} onArea={on('PhoneArea')} onNumber={on('PhoneNumber')} />
    </Row>,
    <Row key="mobile" name={`${k}Mobile`} label="手机号码" text>
      <Input value={v('Mobile')} onChange={on('Mobile')} />
    </Row>,
    <Row key="sms" name={`${k}SmsCode`} label="验证码">
      <SmsCode value={v('SmsCode')} onChange={on('SmsCode')} />
    </Row>,
    <Row key="emergency" name={`${k}Emergency`} label="应急联系电话" text>
      <Input value={v('Emergency')} onChange={on('Emergency')} />
    </Row>,
    <Row key="email" name={`${k}Email`} label="电子邮件地址" text>
      <Input value={v('Email')} onChange={on('Email')} />
    </Row>,
  ];
}
