/** @jsxImportSource react */
import { ConfigProvider, Steps, type FormInstance } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ENTITY_KEYS, EntityStep } from './entity';
import { appState, AppStep } from './mobile-app';
import { PERSON_KEYS } from './person';
import { SITE_KEYS, SiteStep } from './site';
import { BASE, exposeState, keyed } from './twin';
import { UploadStep } from './upload';

// The Aliyun ICP filing console (beian.aliyun.com) as portals.md §2.1 describes it: a React single-page app on
// Ant Design whose order form has two steps on their own routes, `/order/entity` (主办者信息) and `/order/site`
// (网站信息), under the `.icp-page-form` root. The twin is the same app under `/twin/order/…` (twin.ts).
// Issue 16: the APP filing's step APP信息 on `/order/app`, beside the website step (mobile-app.tsx).
// Issue 17: step 上传资料 on `/order/upload` (upload.tsx), which exposes its own state.

dayjs.locale('zh-cn');

type Route = 'entity' | 'site' | 'app' | 'upload';
const routeOf = (path: string): Route => {
  const rest = path.slice(BASE.length);
  return rest.startsWith('/order/site') ? 'site' : rest.startsWith('/order/app') ? 'app' : rest.startsWith('/order/upload') ? 'upload' : 'entity';
};

/** Form values as plain JSON: dates as YYYY-MM-DD, nothing chosen as ''. */
function plain(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v === null ? '' : v]));
}

function App() {
  const [route, setRoute] = useState<Route>(routeOf(location.pathname));
  const form = useRef<FormInstance | undefined>(undefined);
  useEffect(() => {
    const onPop = () => setRoute(routeOf(location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (route === 'upload') return;
    const keys = route === 'entity' ? [...ENTITY_KEYS, ...PERSON_KEYS] : [...SITE_KEYS, ...PERSON_KEYS];
    exposeState(() => (route === 'app' ? appState(form.current?.getFieldsValue(true) ?? {}) : plain(keyed(form.current?.getFieldsValue(true) ?? {}, keys))));
  }, [route]);
  const onForm = useCallback((f: FormInstance) => {
    form.current = f;
  }, []);
  const go = (next: Route) => {
    history.pushState(null, '', `${BASE}/order/${next}`);
    setRoute(next);
  };
  return (
    <ConfigProvider locale={zhCN}>
      <div className="icp-page-form" style={{ maxWidth: 980, margin: '24px auto', fontFamily: 'system-ui, "Microsoft YaHei", sans-serif' }}>
        <Steps current={route === 'entity' ? 0 : route === 'upload' ? 2 : 1} items={[{ title: '主办者信息' }, { title: route === 'app' ? 'APP信息' : '网站信息' }, { title: '上传资料' }, { title: '提交审核' }]} style={{ marginBottom: 24 }} />
        {route === 'upload' ? <UploadStep onBack={() => go('site')} onForm={onForm} /> : route === 'entity' ? <EntityStep onNext={() => go('site')} onForm={onForm} /> : route === 'app' ? <AppStep onBack={() => go('entity')} onForm={onForm} /> : <SiteStep onBack={() => go('entity')} onForm={onForm} />}
      </div>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
