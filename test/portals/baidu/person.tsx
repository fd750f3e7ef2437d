/** @jsxImportSource react */
import type { ReactElement } from 'react';
import { Row } from './layout';
import { PERSON_CERTIFICATE_OPTIONS } from './options';
import { cls, uid } from './twin';
import { Checkbox, Select, TextInput } from './widgets';

// The 负责人 rows of either step, the same labels in both (负责人姓名, 证件类型, 证件号码, 证件有效期, 手机号码, 应急联系电话,
// 办公室电话, 电子邮箱): only the block around them tells whose they are. 证件有效期 is one label over three controls:
// a start date, an end date (text inputs, YYYY-MM-DD) and a 长期 checkbox that clears and disables the end date.

export type Values = Record<string, unknown>;
export type Setter = (key: string, value: unknown) => void;

/** The state keys of a 负责人 under a prefix (`head`, `siteHead`). */
export const personKeys = (p: string) => [`${p}Name`, `${p}CertType`, `${p}CertNumber`, `${p}ValidFrom`, `${p}ValidUntil`, `${p}LongTerm`, `${p}Mobile`, `${p}Emergency`, `${p}Tel`, `${p}Email`];

export const personInitial = (p: string): Values => Object.fromEntries(personKeys(p).map((k) => [k, k === `${p}LongTerm` ? false : '']));

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function personRows(p: string, values: Values, set: Setter): ReactElement[] {
  const text = (key: string, label: string, placeholder: string, required = true) => (
    <Row key={key} k={key} label={label} required={required}>
      {(name) => <TextInput value={str(values[key])} onChange={(v) => set(key, v)} naming={name()} placeholder={placeholder} required={required} />}
    </Row>
  );
  const longTerm = values[`${p}LongTerm`] === true;
  const startHint = { id: uid(`${p}:validity:start`), text: '开始日期' };
  const endHint = { id: uid(`${p}:validity:end`), text: '结束日期' };
  return [
    text(`${p}Name`, '负责人姓名', '请输入负责人姓名'),
    <Row key={`${p}CertType`} k={`${p}CertType`} label="证件类型" required>
      {(name) => <Select id={`${p}CertType`} value={str(values[`${p}CertType`])} options={PERSON_CERTIFICATE_OPTIONS} onChange={(v) => set(`${p}CertType`, v)} naming={name()} placeholder="请选择证件类型" required />}
    </Row>,
    text(`${p}CertNumber`, '证件号码', '请输入证件号码'),
    <Row key={`${p}Validity`} k={`${p}Validity`} label="证件有效期" required>
      {(name) => (
        <div className={cls('validity')}>
          <span id={startHint.id} hidden>
            {startHint.text}
          </span>
          <span id={endHint.id} hidden>
            {endHint.text}
          </span>
          <TextInput value={str(values[`${p}ValidFrom`])} onChange={(v) => set(`${p}ValidFrom`, v)} naming={name(startHint)} placeholder="YYYY-MM-DD" maxLength={10} required />
          <span className={cls('range-sep')}>至</span>
          <TextInput value={str(values[`${p}ValidUntil`])} onChange={(v) => set(`${p}ValidUntil`, v)} naming={name(endHint)} placeholder={longTerm ? '长期有效' : 'YYYY-MM-DD'} maxLength={10} disabled={longTerm} required={!longTerm} />
          <Checkbox
            checked={longTerm}
            onToggle={() => {
              set(`${p}LongTerm`, !longTerm);
              if (!longTerm) set(`${p}ValidUntil`, '');
            }}
          >
            长期
          </Checkbox>
        </div>
      )}
    </Row>,
    text(`${p}Mobile`, '手机号码', '请输入11位手机号码'),
    text(`${p}Emergency`, '应急联系电话', '请输入应急联系电话'),
    text(`${p}Tel`, '办公室电话', '区号-电话号码，如 010-12345678', false),
    text(`${p}Email`, '电子邮箱', '请输入电子邮箱'),
  ];
}
