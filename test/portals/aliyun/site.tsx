/** @jsxImportSource react */
import { Button, Checkbox, Form, Input, Radio, Space } from 'antd';
import { useEffect, type ChangeEvent } from 'react';
import { Field, Module, twinRequiredMark } from './field';
import { LANGUAGE_OPTIONS } from './options';
import { PERSON_INITIAL, personRows } from './person';
import { cls, fieldName, TWIN } from './twin';

// Step 网站信息 (portals.md §2.1 "site"): antd `Form name="site"`, so the site name is `#site_siteName`; the domain
// input sits in `.input-domain-content .ant-input-affix-wrapper .ant-input`; the header row
// `.module-title-item .info-name span` names the website. Modules 网站信息 and 网站负责人信息 (`site_fzr*`).

export const SITE_KEYS = ['serviceType', 'siteName', 'domain', 'language', 'preApprovalType', 'remark'] as const;

const INITIAL = { ...Object.fromEntries(SITE_KEYS.map((k) => [fieldName(k), k === 'serviceType' ? '1' : k === 'language' || k === 'preApprovalType' ? [] : ''])), ...PERSON_INITIAL };

const APPROVALS = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '文化', '广播电影电视节目', '宗教'].map((label) => ({ label, value: label }));

export function SiteStep({ onBack, onForm }: { onBack: () => void; onForm: (form: ReturnType<typeof Form.useForm>[0]) => void }) {
  const [form] = Form.useForm();
  useEffect(() => onForm(form), [form, onForm]);
  // Documented ids stay in the twin (portals.md §2.1).
  const siteNameId = TWIN ? { id: 'site_siteName' } : {};

  const site = [
    <Field key="serviceType" name="serviceType" label="服务类型" required>
      <Radio.Group
        options={[
          { label: '网站', value: '1' },
          { label: 'APP', value: '6' },
        ]}
      />
    </Field>,
    <Field key="siteName" name="siteName" label="网站名称" required text>
      <Input {...siteNameId} />
    </Field>,
    <Field key="domain" name="domain" label="网站域名" required text>
      <DomainInput />
    </Field>,
    <Field key="language" name="language" label="网站语言" required>
      <Checkbox.Group options={LANGUAGE_OPTIONS.slice(0, 14)} />
    </Field>,
    <Field key="preApprovalType" name="preApprovalType" label="前置审批">
      <Checkbox.Group options={APPROVALS} />
    </Field>,
    <Field key="remark" name="remark" label="备注" text>
      <Input.TextArea rows={2} />
    </Field>,
  ];

  return (
    <Form form={form} {...(TWIN ? {} : { name: 'site' })} layout="horizontal" labelCol={{ flex: '150px' }} requiredMark={TWIN ? twinRequiredMark : true} initialValues={INITIAL}
      onValuesChange={(changed: Record<string, unknown>) => {
        if (fieldName('fzrIdLongTerm') in changed && changed[fieldName('fzrIdLongTerm')] === '1') form.setFieldValue(fieldName('fzrIdEnd'), null);
      }}
    >
      <div className="module-title-item">
        <div className="info-name">
          <span>网站 1</span>
        </div>
      </div>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Module title="网站信息" salt="site-site">
          {site}
        </Module>
        <Module title="网站负责人信息" salt="site-head">
          {personRows('site')}
        </Module>
        <div className={cls('step-actions')}>
          <Button onClick={onBack}>上一步</Button>
        </div>
      </Space>
    </Form>
  );
}

/** The domain input in its documented wrapper (`.input-domain-content`, portals.md §2.1), with antd's clear affix. */
function DomainInput(props: { value?: string; onChange?: (e: ChangeEvent<HTMLInputElement>) => void; id?: string; placeholder?: string }) {
  return (
    <div className="input-domain-content">
      <Input allowClear {...props} placeholder={props.placeholder ?? '请输入域名，如 example.com'} />
    </div>
  );
}
