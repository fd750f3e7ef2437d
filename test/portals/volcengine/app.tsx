/** @jsxImportSource react */
import { Button, ConfigProvider, Form, Space, Steps, Typography } from '@arco-design/web-react';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { onLongTerm } from './person';
import { SUBJECT_KEYS, SubjectBlocks, subjectInitial, subjectState, useUnitCertificates } from './subject';
import { BASE, cls, exposeState, fieldName } from './twin';
import { onApproval, WEBSITE_KEYS, WebsiteBlocks, websiteInitial, websiteState } from './website';

// The Volcengine ICP filing console (console.volcengine.com/beian) as a React single-page app on Arco Design
// (`@arco-design/web-react`). Three routes: `/beian/subject` (主体信息: 主办者信息 + 主办者负责人信息),
// `/beian/website` (网站信息: 网站信息 + 互联网信息服务负责人 + 接入信息) and `/beian/all`, where both steps are one
// long form, so both 负责人 cards stand on one page with identical labels, told apart only by their card titles.
// Every control is Arco's, with Arco's default body-level popups. The twin is the same app under `/twin/beian/…`.

type Route = 'subject' | 'website' | 'all';

function routeOf(path: string): Route {
  const rest = path.slice(BASE.length);
  if (rest.startsWith('/beian/website')) return 'website';
  if (rest.startsWith('/beian/all')) return 'all';
  return 'subject';
}

const STEP: Record<Route, number> = { subject: 1, website: 2, all: 1 };

function FilingForm({ route, onNext, onBack }: { route: Route; onNext?: () => void; onBack?: () => void }) {
  const [form] = Form.useForm();
  const certificates = useUnitCertificates();
  const subject = route !== 'website';
  const website = route !== 'subject';
  const initial = useMemo(() => ({ ...(subject ? subjectInitial() : {}), ...(website ? websiteInitial() : {}) }), [subject, website]);
  useEffect(() => {
    exposeState(() => {
      const values = form.getFieldsValue() as Record<string, unknown>;
      return { ...(subject ? subjectState(values) : {}), ...(website ? websiteState(values) : {}) };
    });
  }, [form, subject, website]);
  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ span: 5 }}
      wrapperCol={{ span: 19 }}
      initialValues={initial}
      className={cls('beian-form')}
      onValuesChange={(changed: Record<string, unknown>) => {
        // The certificate types belong to the 单位性质: choosing another empties the choice and loads its list.
        if (fieldName('unitNature') in changed) {
          form.setFieldValue(fieldName('unitCertType'), undefined);
          certificates.natureChanged(changed[fieldName('unitNature')]);
        }
        onLongTerm('subjectHead', changed, form);
        onLongTerm('siteHead', changed, form);
        onApproval(changed, form);
      }}
    >
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {subject && <SubjectBlocks certificates={certificates} />}
        {website && <WebsiteBlocks />}
        <div className={cls('beian-actions')}>
          <Space>
            {onBack && <Button onClick={onBack}>上一步</Button>}
            <Button>保存草稿</Button>
            {onNext && (
              <Button type="primary" onClick={onNext}>
                下一步
              </Button>
            )}
            {route === 'all' && <Button type="primary">提交</Button>}
          </Space>
        </div>
      </Space>
    </Form>
  );
}

function App() {
  const [route, setRoute] = useState<Route>(routeOf(location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(routeOf(location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = (next: Route) => {
    history.pushState(null, '', `${BASE}/beian/${next}`);
    setRoute(next);
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className={cls('beian-console')} style={{ maxWidth: 1080, margin: '0 auto', padding: '24px 24px 64px', fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif' }}>
        <Typography.Title heading={5} className={cls('beian-page-title')}>
          ICP备案 · 首次备案
        </Typography.Title>
        <Steps current={STEP[route]} style={{ margin: '16px 0 24px' }}>
          <Steps.Step title="填写主体信息" />
          <Steps.Step title="填写网站信息" />
          <Steps.Step title="上传资料" />
          <Steps.Step title="提交管局" />
        </Steps>
        <FilingForm key={route} route={route} {...(route === 'subject' ? { onNext: () => go('website') } : {})} {...(route === 'website' ? { onBack: () => go('subject') } : {})} />
      </div>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
