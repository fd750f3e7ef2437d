/** @jsxImportSource react */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from 'tea-component/es/configprovider';
import { AppPage } from './mobile-app';
import { SubjectPage } from './subject';
import { BASE, CLASS_PREFIX, cls } from './twin';
import { WebsitePage } from './website';

// Tencent Cloud 网站备案 console replica (console.cloud.tencent.com/beian): React 18 with tea-component 2.8.0 under
// `ConfigProvider classPrefix="app-beian"` (portals.md §2.2), root `#container`. The steps are history routes:
// `/beian/subject` (填写主体信息) and `/beian/website` (填写网站信息), and `/twin/beian/…` for the drifted twin.
// tea-component ships its styles for the `tea` prefix only; the page loads them and renames `.tea-` to its own prefix,
// as a console built with another prefix must.
// Issue 16: the APP filing's 填写APP信息 on `/beian/app`, in the place of 填写网站信息 (mobile-app.tsx).

export const STYLE_PATH = '/app/tencent/tea.css';

function route(): string {
  const path = location.pathname.slice(BASE.length).replace(/\/+$/, '');
  return path === '/beian/website' ? 'website' : path === '/beian/app' ? 'app' : 'subject';
}

function App() {
  const [step, setStep] = useState(route);
  useEffect(() => {
    const onPop = () => setStep(route());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = (to: 'subject' | 'website') => {
    history.pushState(null, '', `${BASE}/beian/${to}`);
    setStep(to);
    scrollTo(0, 0);
  };
  return (
    <ConfigProvider classPrefix={CLASS_PREFIX}>
      <div id="container" className={cls('beian-console')}>
        <h2 className={cls('page-title')}>网站备案</h2>
        <ol className={cls('steps')}>
          <li className={cls(step === 'subject' ? 'step-current' : 'step')}>1 填写主体信息</li>
          <li className={cls(step === 'website' || step === 'app' ? 'step-current' : 'step')}>{step === 'app' ? '2 填写APP信息' : '2 填写网站信息'}</li>
          <li className={cls('step')}>3 上传资料</li>
        </ol>
        {step === 'website' ? <WebsitePage key="website" back={() => go('subject')} /> : step === 'app' ? <AppPage key="app" back={() => go('subject')} /> : <SubjectPage key="subject" next={() => go('website')} />}
      </div>
    </ConfigProvider>
  );
}

const PAGE_CSS = `body{background:#f2f2f2;margin:0}.${cls('beian-console')}{max-width:960px;margin:0 auto;padding:20px 32px;background:#fff}
.${cls('steps')}{display:flex;gap:24px;list-style:none;padding:0;color:#888}.${cls('step-current')}{color:#006eff;font-weight:bold}
.${cls('form-section')}{margin-bottom:24px}.${cls('approval-row')}{display:flex;gap:8px;align-items:center;min-height:30px}
.${cls('domain-row')}{margin-bottom:6px}.${cls('form-actions')}{padding:16px 0}`;

async function start() {
  const css = await (await fetch(STYLE_PATH)).text();
  const style = document.createElement('style');
  style.textContent = css.replaceAll('.tea-', `.${CLASS_PREFIX}-`).replaceAll('=tea-', `=${CLASS_PREFIX}-`) + PAGE_CSS;
  document.head.append(style);
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App />);
}

void start();
