/** @jsxImportSource react */
import { Form, Input, Select } from '@arco-design/web-react';
import { useCallback, useRef, useState, type ReactElement } from 'react';
import { Block, Field } from './field';
import { certificateTypesOf, NATURE_OPTIONS, type Option } from './options';
import { personInitial, personKeys, personRows, personState } from './person';
import { RegionCascader } from './region';
import { fieldName } from './twin';

// The subject step (主体信息): the cards 主办者信息 and 主办者负责人信息. The 主办者's 证件类型 is disabled until a
// 单位性质 is chosen; its options load after the choice (a lookup of a few hundred ms) and the choice is reset when the
// 单位性质 changes. 所在地 is a lazy cascader; 通信地址 is a plain input taking the whole address.

const UNIT_KEYS = ['region', 'unitNature', 'unitCertType', 'unitCertNo', 'unitName', 'unitCertAddress', 'unitMailingAddress', 'investor', 'subjectRemark'] as const;

export const SUBJECT_KEYS = [...UNIT_KEYS, ...personKeys('subjectHead')];

export const subjectInitial = (): Record<string, unknown> => ({
  ...Object.fromEntries(UNIT_KEYS.map((k) => [fieldName(k), k === 'region' ? [] : k === 'unitNature' || k === 'unitCertType' ? undefined : ''])),
  ...personInitial('subjectHead'),
});

export function subjectState(values: Record<string, unknown>): Record<string, unknown> {
  const unit = Object.fromEntries(
    UNIT_KEYS.map((k) => {
      const v = values[fieldName(k)];
      return [k, k === 'region' ? (Array.isArray(v) ? v : []) : typeof v === 'string' ? v : ''];
    }),
  );
  return { ...unit, ...personState('subjectHead', values) };
}

export type UnitCertificates = { options: Option[]; loading: boolean; natureChanged(nature: unknown): void };

/** The 主办者 certificate types of the chosen 单位性质: only the answer to the latest choice counts. */
export function useUnitCertificates(): UnitCertificates {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const natureChanged = useCallback((nature: unknown) => {
    const ask = ++latest.current;
    setOptions([]);
    const chosen = typeof nature === 'string' && nature !== '';
    setLoading(chosen);
    if (!chosen) return;
    certificateTypesOf(nature).then((list) => {
      if (latest.current !== ask) return;
      setOptions(list);
      setLoading(false);
    });
  }, []);
  return { options, loading, natureChanged };
}

export function SubjectBlocks({ certificates }: { certificates: UnitCertificates }) {
  const nature = Form.useWatch<Record<string, unknown>>(fieldName('unitNature')) as string | undefined;
  const unit: ReactElement[] = [
    <Field key="region" name="region" label="所在地" required>
      <RegionCascader />
    </Field>,
    <Field key="unitNature" name="unitNature" label="单位性质" required>
      <Select placeholder="请选择单位性质" options={NATURE_OPTIONS} style={{ width: 320 }} />
    </Field>,
    <Field key="unitCertType" name="unitCertType" label="证件类型" required>
      <Select
        placeholder={nature ? '请选择证件类型' : '请先选择单位性质'}
        options={certificates.options}
        loading={certificates.loading}
        disabled={!nature}
        style={{ width: 320 }}
      />
    </Field>,
    <Field key="unitCertNo" name="unitCertNo" label="证件号码" required text>
      <Input placeholder="请输入证件号码" style={{ width: 320 }} />
    </Field>,
    <Field key="unitName" name="unitName" label="主办者名称" required text>
      <Input placeholder="与证件上的名称一致" style={{ width: 420 }} />
    </Field>,
    <Field key="unitCertAddress" name="unitCertAddress" label="证件住址" required text>
      <Input placeholder="与证件上的地址一致" style={{ width: 420 }} />
    </Field>,
    <Field key="unitMailingAddress" name="unitMailingAddress" label="通信地址" required text>
      <Input placeholder="请填写详细地址，含省市区县" style={{ width: 420 }} />
    </Field>,
    <Field key="investor" name="investor" label="投资者或上级主管单位" required text>
      <Input placeholder="请输入投资者或上级主管单位名称" style={{ width: 420 }} />
    </Field>,
    <Field key="subjectRemark" name="subjectRemark" label="备注" text>
      <Input.TextArea placeholder="选填" style={{ width: 420 }} autoSize={{ minRows: 2 }} />
    </Field>,
  ];
  return (
    <>
      <Block title="主办者信息" salt="subject-unit">
        {unit}
      </Block>
      <Block title="主办者负责人信息" salt="subject-head">
        {personRows('subjectHead')}
      </Block>
    </>
  );
}
