/** @jsxImportSource react */
import { Button, Form, Input, Select, Space, type SelectProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Field, Module, twinRequiredMark } from './field';
import { certificateTypesOf, NATURE_OPTIONS, type Option } from './options';
import { PERSON_INITIAL, personRows } from './person';
import { inPlace, RegionSelects, regionNames, useRegionLists, type RegionValue } from './region';
import { cls, fieldName, TWIN } from './twin';

// Step 主办者信息 (portals.md §2.1 "entity"): antd `Form name="entity"`, its modules 主办者信息 and 主办者负责人信息.
// The five selects (省 / 市 / 区, 主办者性质, 证件类型) carry no form ids, as dataAided found them (`#rc_select_N_list`:
// rc-select's own ids, React ids in antd 6), their dropdowns inside their own column;
// the certificate-type list loads for the chosen 性质 and is reset when it changes; the communication address sits
// behind a read-only `.address-prefix` showing the chosen region.
// Issue 14: 证件类型 is also disabled until a 主办者性质 is chosen (§2.1: `unit_cert_type_show` comes after
// `unit_property_show` and its list is the 性质's; with nothing chosen there is nothing to offer). The region stays
// full names and the validity stays 长期/非长期 + two dates: §2.1 gives no short names and no other shape.

export const ENTITY_KEYS = ['comArea', 'comType', 'comIdType', 'comIdNum', 'comName', 'comIdAddress', 'comMailingAddress', 'remark'] as const;

/** A Select that leaves its id to rc-select, as on the portal, whatever the form item passes. */
function UnnamedSelect({ id: _id, ...props }: SelectProps<string>) {
  return <Select getPopupContainer={inPlace} {...props} />;
}

const INITIAL = { ...Object.fromEntries(ENTITY_KEYS.map((k) => [fieldName(k), k === 'comArea' ? [] : k === 'comType' || k === 'comIdType' ? undefined : ''])), ...PERSON_INITIAL };

export function EntityStep({ onNext, onForm }: { onNext: () => void; onForm: (form: ReturnType<typeof Form.useForm>[0]) => void }) {
  const [form] = Form.useForm();
  const area: RegionValue = Form.useWatch(fieldName('comArea'), form) ?? [];
  const nature: unknown = Form.useWatch(fieldName('comType'), form);
  const lists = useRegionLists();
  const [certificates, setCertificates] = useState<Option[]>([]);
  const [loadingCertificates, setLoadingCertificates] = useState(false);
  const latest = useRef(0);
  useEffect(() => onForm(form), [form, onForm]);
  /** The certificate types of a 性质, fetched as soon as it is chosen; only the latest choice's answer counts. */
  const loadCertificates = (nature: unknown) => {
    const ask = ++latest.current;
    setCertificates([]);
    setLoadingCertificates(typeof nature === 'string' && nature !== '');
    if (typeof nature !== 'string' || !nature) return;
    certificateTypesOf(nature).then((list) => {
      if (latest.current !== ask) return;
      setCertificates(list);
      setLoadingCertificates(false);
    });
  };
  const prefix = regionNames(area, lists);

  const subject = [
    <Field key="comArea" name="comArea" label="主办者所属区域" required>
      <RegionSelects lists={lists} />
    </Field>,
    <Field key="comType" name="comType" label="主办者性质" required>
      <UnnamedSelect placeholder="请选择主办者性质" options={NATURE_OPTIONS} style={{ width: 260 }} />
    </Field>,
    <Field key="comIdType" name="comIdType" label="证件类型" required>
      <UnnamedSelect placeholder="请先选择主办者性质" options={certificates} loading={loadingCertificates} disabled={typeof nature !== 'string' || nature === ''} style={{ width: 260 }} />
    </Field>,
    <Field key="comName" name="comName" label="主办者名称" required text>
      <Input />
    </Field>,
    <Field key="comIdNum" name="comIdNum" label="证件号码" required text>
      <Input />
    </Field>,
    <Field key="comIdAddress" name="comIdAddress" label="证件住所" required text>
      <Input />
    </Field>,
    <Field key="comMailingAddress" name="comMailingAddress" label="通信地址" required text>
      <Input addonBefore={<span className="address-prefix">{prefix.length ? prefix.join(' ') : '请先选择所属区域'}</span>} />
    </Field>,
    <Field key="remark" name="remark" label="备注" text>
      <Input.TextArea rows={2} />
    </Field>,
  ];

  return (
    <Form
      form={form}
      {...(TWIN ? {} : { name: 'entity' })}
      layout="horizontal"
      labelCol={{ flex: '150px' }}
      requiredMark={TWIN ? twinRequiredMark : true}
      initialValues={INITIAL}
      onValuesChange={(changed: Record<string, unknown>) => {
        // The certificate types belong to the 性质: choosing another empties the choice.
        if (fieldName('comType') in changed) {
          form.setFieldValue(fieldName('comIdType'), undefined);
          loadCertificates(changed[fieldName('comType')]);
        }
        if (fieldName('fzrIdLongTerm') in changed && changed[fieldName('fzrIdLongTerm')] === '1') form.setFieldValue(fieldName('fzrIdEnd'), null);
      }}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Module title="主办者信息" salt="entity-subject">
          {subject}
        </Module>
        <Module title="主办者负责人信息" salt="entity-head">
          {personRows('entity')}
        </Module>
        <div className={cls('step-actions')}>
          <Button type="primary" onClick={onNext}>
            下一步：填写网站信息
          </Button>
        </div>
      </Space>
    </Form>
  );
}
