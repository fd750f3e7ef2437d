/** @jsxImportSource react */
import { useEffect, useState } from 'react';
import { Checkbox } from 'tea-component/es/checkbox';
import { Input } from 'tea-component/es/input';
import { Radio } from 'tea-component/es/radio';
import { Select } from 'tea-component/es/select';
import { Row, Section } from './field';
import { useFormState } from './form-state';
import { LANGUAGE_OPTIONS, serviceOptions, type Option } from './options';
import { emptyPerson, usePersonRows } from './person';
import { Actions } from './subject';
import { ApprovalList, Domains, type Approvals } from './widgets';

// 填写网站信息 (qcloud-documents 新手引导 填写网站信息: 网站信息 and 网站负责人; "服务名称（网站）" and its 备注 of at
// least 15 字, portals.md §2.2). 网站服务内容 is a SelectMultiple over a virtual list of thirty (only the rows in view
// exist); 前置审批 is a checkbox list with 以上都不涉及 and a 文号 input per checked type; the server IPs go in one input,
// separated by `;`. The 网站负责人's keys follow the `ba` API (`sitePersonName`, `sitePersonCerType`, `sitePersonCerNum`).

const WEBSITE = {
  serviceType: '网站',
  siteName: '',
  domains: [] as string[],
  homepage: '',
  services: [] as string[],
  languages: [] as string[],
  approvals: { types: [], numbers: {} } as Approvals,
  ips: '',
  remark: '',
  sameAsSubjectHead: false,
  ...emptyPerson('sitePerson'),
};

export function WebsitePage({ back }: { back(): void }) {
  const { values, set, update } = useFormState(WEBSITE);
  const [services, setServices] = useState<Option[]>([]);
  useEffect(() => {
    serviceOptions().then(setServices);
  }, []);
  const person = usePersonRows('sitePerson', values, (field, value) => update({ [field]: value }));
  return (
    <>
      <Section title="网站信息" salt="website">
        <Row name="serviceType" label="应用服务类型" required={false}>
          <Radio.Group value={values.serviceType} onChange={set('serviceType')}>
            <Radio name="网站">网站</Radio>
            <Radio name="APP">APP</Radio>
          </Radio.Group>
        </Row>
        <Row name="siteName" label="服务名称（网站）" text>
          <Input value={values.siteName} onChange={set('siteName')} />
        </Row>
        <Row name="domains" label="网站域名">
          <Domains value={values.domains} onChange={set('domains')} />
        </Row>
        <Row name="homepage" label="网站首页URL" text>
          <Input value={values.homepage} onChange={set('homepage')} />
        </Row>
        <Row name="services" label="网站服务内容">
          <Select.Multiple size="m" virtual options={services} value={values.services} onChange={set('services')} placeholder="请选择网站服务内容" />
        </Row>
        <Row name="languages" label="网站语言">
          <Checkbox.Group value={values.languages} onChange={set('languages')}>
            {LANGUAGE_OPTIONS.map((o) => (
              <Checkbox key={o.value} name={o.value}>
                {o.text}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Row>
        <Row name="approvals" label="前置审批">
          <ApprovalList value={values.approvals} onChange={set('approvals')} />
        </Row>
        <Row name="ips" label="服务器IP地址" text>
          <Input value={values.ips} onChange={set('ips')} placeholder="多个IP请用英文分号“;”分隔" size="l" />
        </Row>
        <Row name="remark" label="网站备注" required={false}>
          <Input.TextArea value={values.remark} onChange={set('remark')} placeholder="请填写网站开办后的具体内容，不少于15字" />
        </Row>
      </Section>
      <Section title="网站负责人信息" salt="website-head">
        <Row name="sameAsSubjectHead" label="负责人信息" required={false}>
          <Checkbox value={values.sameAsSubjectHead} onChange={set('sameAsSubjectHead')}>
            同主体负责人
          </Checkbox>
        </Row>
        {person}
      </Section>
      <Actions back={back} />
    </>
  );
}
