/** @jsxImportSource react */
import { Checkbox, Form, Input, InputTag, Radio, Select } from '@arco-design/web-react';
import type { ReactElement } from 'react';
import { Block, Field } from './field';
import { ACCESS_METHOD_OPTIONS, APPROVAL_OPTIONS, LANGUAGE_OPTIONS, PROVIDER_OPTIONS, SERVER_LOCATION_OPTIONS, SERVICE_OPTIONS } from './options';
import { personInitial, personKeys, personRows, personState } from './person';
import { fieldName } from './twin';

// The website step (网站信息): the cards 网站信息, 互联网信息服务负责人 and 接入信息. 网站域名 and IP地址 are Arco
// `InputTag`s (type, then Enter); 网站语言 a `Select mode="multiple"`; 前置审批 a 是/否 `Radio.Group` which, when 是,
// shows a type `Select` and a 文号 `Input`; 接入服务商 a searchable `Select` over about 120 providers, rendered in
// Arco's virtual list.

const SITE_KEYS = ['siteName', 'siteDomains', 'siteHomepage', 'siteServices', 'siteLanguages', 'approvalNeeded', 'approvalType', 'approvalNumber', 'siteRemark'] as const;
const ACCESS_KEYS = ['accessProvider', 'accessMethods', 'serverLocations', 'accessIps'] as const;
const LISTS: ReadonlySet<string> = new Set(['siteDomains', 'siteServices', 'siteLanguages', 'accessMethods', 'serverLocations', 'accessIps']);

export const WEBSITE_KEYS = [...SITE_KEYS, ...personKeys('siteHead'), ...ACCESS_KEYS];

const OWN_KEYS = [...SITE_KEYS, ...ACCESS_KEYS];

export const websiteInitial = (): Record<string, unknown> => ({
  ...Object.fromEntries(OWN_KEYS.map((k) => [fieldName(k), LISTS.has(k) ? [] : k === 'accessProvider' || k === 'approvalType' ? undefined : ''])),
  ...personInitial('siteHead'),
});

export function websiteState(values: Record<string, unknown>): Record<string, unknown> {
  const own = Object.fromEntries(
    OWN_KEYS.map((k) => {
      const v = values[fieldName(k)];
      return [k, LISTS.has(k) ? (Array.isArray(v) ? v : []) : typeof v === 'string' ? v : ''];
    }),
  );
  return { ...own, ...personState('siteHead', values) };
}

export function WebsiteBlocks() {
  const approval = Form.useWatch<Record<string, unknown>>(fieldName('approvalNeeded')) as string | undefined;
  const site: ReactElement[] = [
    <Field key="siteName" name="siteName" label="服务名称" required text>
      <Input placeholder="请输入网站名称" style={{ width: 420 }} />
    </Field>,
    <Field key="siteDomains" name="siteDomains" label="网站域名" required text>
      <InputTag placeholder="输入域名后按回车添加，如 example.com" style={{ width: 420 }} allowClear />
    </Field>,
    <Field key="siteHomepage" name="siteHomepage" label="网站首页URL" required text>
      <Input placeholder="如 www.example.com" style={{ width: 420 }} />
    </Field>,
    <Field key="siteServices" name="siteServices" label="服务内容" required>
      <Checkbox.Group options={SERVICE_OPTIONS} style={{ maxWidth: 640 }} />
    </Field>,
    <Field key="siteLanguages" name="siteLanguages" label="网站语言" required>
      <Select mode="multiple" placeholder="请选择网站语言" options={LANGUAGE_OPTIONS} style={{ width: 420 }} allowClear />
    </Field>,
    <Field key="approvalNeeded" name="approvalNeeded" label="前置审批" required>
      <Radio.Group
        options={[
          { label: '是', value: '1' },
          { label: '否', value: '0' },
        ]}
      />
    </Field>,
    ...(approval === '1'
      ? [
          <Field key="approvalType" name="approvalType" label="审批类型" required>
            <Select placeholder="请选择前置审批类型" options={APPROVAL_OPTIONS} style={{ width: 320 }} />
          </Field>,
          <Field key="approvalNumber" name="approvalNumber" label="审批文号" required text>
            <Input placeholder="请输入前置审批文号" style={{ width: 320 }} />
          </Field>,
        ]
      : []),
    <Field key="siteRemark" name="siteRemark" label="网站备注" text>
      <Input.TextArea placeholder="简要说明网站内容（不少于 20 字）" style={{ width: 420 }} autoSize={{ minRows: 2 }} />
    </Field>,
  ];
  const access: ReactElement[] = [
    <Field key="accessProvider" name="accessProvider" label="接入服务商" required>
      <Select showSearch placeholder="请输入或选择接入服务商" options={PROVIDER_OPTIONS} style={{ width: 420 }} allowClear />
    </Field>,
    <Field key="accessMethods" name="accessMethods" label="接入方式" required>
      <Checkbox.Group options={ACCESS_METHOD_OPTIONS} />
    </Field>,
    <Field key="serverLocations" name="serverLocations" label="服务器放置地" required>
      <Select mode="multiple" placeholder="请选择服务器放置地" options={SERVER_LOCATION_OPTIONS} style={{ width: 420 }} allowClear />
    </Field>,
    <Field key="accessIps" name="accessIps" label="IP地址" required text>
      <InputTag placeholder="输入 IP 或 IP 段（起始-结束）后按回车" style={{ width: 420 }} allowClear />
    </Field>,
  ];
  return (
    <>
      <Block title="网站信息" salt="website-site">
        {site}
      </Block>
      <Block title="互联网信息服务负责人" salt="website-head">
        {personRows('siteHead')}
      </Block>
      <Block title="接入信息" salt="website-access">
        {access}
      </Block>
    </>
  );
}

/** Choosing 否 for 前置审批 empties its type and number (called from the form's onValuesChange). */
export function onApproval(changed: Record<string, unknown>, form: { setFieldValue(f: string, v: unknown): void }): void {
  if (changed[fieldName('approvalNeeded')] === '0') {
    form.setFieldValue(fieldName('approvalType'), undefined);
    form.setFieldValue(fieldName('approvalNumber'), '');
  }
}
