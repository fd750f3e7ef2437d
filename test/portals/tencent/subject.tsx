/** @jsxImportSource react */
import { useState } from 'react';
import { Button } from 'tea-component/es/button';
import { Checkbox } from 'tea-component/es/checkbox';
import { Input } from 'tea-component/es/input';
import { Select } from 'tea-component/es/select';
import { Row, Section } from './field';
import { useFormState } from './form-state';
import { certificateTypesOf, NATURE_OPTIONS, type Option } from './options';
import { emptyPerson, usePersonRows } from './person';
import { cls } from './twin';
import { RegionCascader } from './widgets';

// 填写主体信息 (tencentyun/qcloud-documents 新手引导 填写主体信息: 主办单位信息 and 负责人信息; what the 验证备案类型
// step asked — 备案区域, 主办单位性质, 证件类型, 证件号码, portals.md §2.2 — is shown again, pre-filled there and
// editable here). The 主办单位 certificate types load after the 性质 and reset when it changes; the region cascader
// loads each level late; 主办单位 and 负责人 both have a 证件类型; the SMS code stays with the person.
// Issue 14: the 主办单位 证件类型 select is also disabled until a 主办单位性质 is chosen (§2.2: dataAided picks 主办单位性质
// and 证件类型 as the 0th and 1st select in that order; the types are the 性质's). Nothing else changes: §2.2 gives no
// sign of short region names, and 前置审批 keeps its checkbox-list shape (no 是/否 question in the Tencent guides).

const SUBJECT = {
  reuseAccount: false,
  region: [] as string[],
  nature: '',
  certType: '',
  certNumber: '',
  unitName: '',
  certAddress: '',
  mailingAddress: '',
  investor: '',
  ...emptyPerson('head'),
};

export function SubjectPage({ next }: { next(): void }) {
  const { values, set, update } = useFormState(SUBJECT);
  const [types, setTypes] = useState<Option[]>([]);
  const chooseNature = (nature: string) => {
    // The list and the chosen type go at once; the new list arrives after the lookup.
    update({ nature, certType: '' });
    setTypes([]);
    certificateTypesOf(nature).then(setTypes);
  };
  const person = usePersonRows('head', values, (field, value) => update({ [field]: value }), { name: 'legalPerson', number: 'legalPersonCerNumber' });
  return (
    <>
      <Section title="主办单位信息" salt="subject">
        <Row name="reuseAccount" label="信息填写方式" required={false}>
          <Checkbox value={values.reuseAccount} onChange={set('reuseAccount')}>
            复用腾讯云账号信息填写
          </Checkbox>
        </Row>
        <Row name="region" label="备案区域">
          <RegionCascader value={values.region} onChange={set('region')} />
        </Row>
        <Row name="nature" label="主办单位性质">
          <Select size="m" searchable options={NATURE_OPTIONS} value={values.nature || undefined} onChange={chooseNature} placeholder="请选择主办单位性质" />
        </Row>
        <Row name="certType" label="证件类型">
          <Select size="m" options={types} value={values.certType || undefined} onChange={set('certType')} disabled={!values.nature} placeholder="请选择证件类型" />
        </Row>
        <Row name="certNumber" label="证件号码" text>
          <Input className="org-certificate-number" value={values.certNumber} onChange={set('certNumber')} />
        </Row>
        <Row name="unitName" label="主办单位名称" text>
          <Input className="org-name" value={values.unitName} onChange={set('unitName')} />
        </Row>
        <Row name="certAddress" label="证件住所" text>
          <Input value={values.certAddress} onChange={set('certAddress')} size="l" />
        </Row>
        <Row name="mailingAddress" label="通信地址" text>
          <Input value={values.mailingAddress} onChange={set('mailingAddress')} size="l" />
        </Row>
        <Row name="investor" label="投资人或主管单位" text>
          <Input value={values.investor} onChange={set('investor')} />
        </Row>
      </Section>
      <Section title="主办单位负责人信息" salt="subject-head">
        {person}
      </Section>
      <Actions next={next} />
    </>
  );
}

/** 上一步 / 下一步: the console's own navigation (history routes); nothing here submits. */
export function Actions({ back, next }: { back?(): void; next?(): void }) {
  return (
    <div className={cls('form-actions')}>
      {back && (
        <Button htmlType="button" onClick={back}>
          上一步
        </Button>
      )}{' '}
      {next && (
        <Button type="primary" htmlType="button" onClick={next}>
          下一步
        </Button>
      )}
    </div>
  );
}
