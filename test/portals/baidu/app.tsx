/** @jsxImportSource react */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Values } from './person';
import { SUBJECT_INITIAL, SUBJECT_KEYS, SubjectStep } from './subject';
import { BASE, cls, exposeState } from './twin';
import { WEBSITE_INITIAL, WEBSITE_KEYS, WebsiteStep } from './website';

// The Baidu AI Cloud ICP filing console (console.bce.baidu.com/beian) as a React 18 single-page app on an unknown
// in-house widget library that uses no known UI kit: every widget is an ARIA pattern (widgets.tsx), every class
// hashed. Two steps on their own routes: `/beian/subject` (主办单位信息 + 主办单位负责人) and `/beian/website`
// (网站信息 + 网站负责人 + 接入信息). The twin is the same app under `/twin/beian/…` (twin.ts).

type Route = 'subject' | 'website';
const routeOf = (path: string): Route => (path.slice(BASE.length).startsWith('/beian/website') ? 'website' : 'subject');

const CSS = `
body { margin: 0; background: #f5f6f9; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #151b26; }
.${cls('page')} { max-width: 1000px; margin: 0 auto; padding: 16px 24px 64px; }
.${cls('topbar')} { background: #fff; border-bottom: 1px solid #e8e9eb; padding: 12px 24px; font-weight: 600; }
.${cls('steps')} { display: flex; gap: 24px; list-style: none; padding: 0; margin: 16px 0; }
.${cls('step-item')} { color: #84868c; } .${cls('step-current')} { color: #2468f2; font-weight: 600; }
.${cls('block')} { background: #fff; border-radius: 4px; padding: 16px 24px; margin-bottom: 16px; }
.${cls('block-title')} { font-size: 16px; font-weight: 600; margin: 0 0 12px; }
.${cls('row')} { display: flex; align-items: flex-start; margin: 12px 0; }
.${cls('label-cell')} { width: 150px; flex: none; padding-top: 6px; color: #5c5f66; }
.${cls('control-cell')} { flex: 1; min-width: 0; }
.${cls('required')} { color: #f33e3e; margin: 0 2px; }
.${cls('input')}, .${cls('textarea')} { box-sizing: border-box; width: 320px; padding: 5px 8px; border: 1px solid #d4d6d9; border-radius: 2px; font: inherit; }
.${cls('textarea')} { width: 480px; }
.${cls('input')}:disabled { background: #f7f7f9; color: #b8babf; }
.${cls('select')}, .${cls('select-disabled')} { box-sizing: border-box; display: inline-flex; justify-content: space-between; width: 320px; padding: 5px 8px; border: 1px solid #d4d6d9; border-radius: 2px; background: #fff; cursor: pointer; }
.${cls('select-disabled')} { background: #f7f7f9; color: #b8babf; cursor: not-allowed; }
.${cls('select-placeholder')} { color: #b8babf; } .${cls('select-arrow')} { color: #84868c; }
.${cls('popup')} { z-index: 1000; background: #fff; border: 1px solid #e8e9eb; box-shadow: 0 2px 8px rgba(0,0,0,.12); max-height: 280px; overflow: auto; }
.${cls('option')}, .${cls('option-active')} { padding: 6px 12px; cursor: pointer; white-space: nowrap; }
.${cls('option-active')}, .${cls('tree-row-active')} { background: #e6f0ff; }
[aria-selected="true"].${cls('option')}, [aria-selected="true"].${cls('option-active')} { color: #2468f2; font-weight: 600; }
.${cls('popup-note')} { padding: 6px 12px; color: #84868c; }
.${cls('tree-row')}, .${cls('tree-row-active')} { padding: 4px 12px; cursor: pointer; white-space: nowrap; min-width: 240px; }
.${cls('twisty')} { display: inline-block; width: 16px; color: #84868c; }
.${cls('chips')} { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.${cls('chip')} { display: inline-flex; align-items: center; gap: 4px; background: #f0f2f5; border-radius: 2px; padding: 0 6px; }
.${cls('chip-remove')}, .${cls('link-button')} { border: 0; background: none; color: #2468f2; cursor: pointer; font: inherit; }
.${cls('hint')} { color: #84868c; font-size: 12px; margin-top: 4px; }
.${cls('checkbox')}, .${cls('checkbox-on')}, .${cls('checkbox-mixed')}, .${cls('radio')}, .${cls('radio-on')} { display: inline-flex; align-items: center; gap: 6px; margin: 4px 16px 4px 0; cursor: pointer; }
.${cls('box')} { display: inline-block; width: 14px; height: 14px; border: 1px solid #b8babf; border-radius: 2px; font-size: 11px; line-height: 14px; text-align: center; color: #fff; }
.${cls('checkbox-on')} .${cls('box')}, .${cls('checkbox-mixed')} .${cls('box')} { background: #2468f2; border-color: #2468f2; }
.${cls('dot')} { display: inline-block; width: 12px; height: 12px; border: 1px solid #b8babf; border-radius: 50%; }
.${cls('radio-on')} .${cls('dot')} { border: 4px solid #2468f2; width: 6px; height: 6px; }
.${cls('checkbox-group')} { display: flex; flex-wrap: wrap; max-width: 760px; }
.${cls('checkbox-subgroup')} { display: flex; align-items: flex-start; } .${cls('checkbox-subgroup')} > [role=checkbox] { width: 72px; font-weight: 600; }
.${cls('checkbox-members')} { display: flex; flex-wrap: wrap; }
.${cls('validity')}, .${cls('captcha')}, .${cls('ip-row')} { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.${cls('validity')} .${cls('input')} { width: 140px; }
.${cls('ip-rows')} > * { margin-bottom: 8px; }
.${cls('approval-detail')} { display: flex; flex-direction: column; gap: 8px; margin-top: 8px; }
.${cls('subfield')} { display: flex; align-items: center; gap: 8px; }
.${cls('sublabel')} { width: 96px; color: #5c5f66; }
.${cls('button')}, .${cls('button-primary')} { padding: 5px 16px; border: 1px solid #d4d6d9; border-radius: 2px; background: #fff; cursor: pointer; font: inherit; }
.${cls('button-primary')} { background: #2468f2; border-color: #2468f2; color: #fff; }
.${cls('actions')} { display: flex; gap: 12px; justify-content: flex-end; }
.${cls('disclosure')} { margin-bottom: 12px; } .${cls('disclosure-button')} { border: 0; background: none; color: #2468f2; cursor: pointer; font: inherit; padding: 0; }
`;

function App() {
  const [route, setRoute] = useState<Route>(routeOf(location.pathname));
  const [subject, setSubject] = useState<Values>(SUBJECT_INITIAL);
  const [website, setWebsite] = useState<Values>(WEBSITE_INITIAL);
  const latest = useRef({ route, subject, website });
  latest.current = { route, subject, website };
  useEffect(() => {
    const onPop = () => setRoute(routeOf(location.pathname));
    window.addEventListener('popstate', onPop);
    exposeState(() => {
      const { route: r, subject: s, website: w } = latest.current;
      const [values, keys] = r === 'subject' ? [s, SUBJECT_KEYS] : [w, WEBSITE_KEYS];
      return Object.fromEntries(keys.map((k) => [k, Array.isArray(values[k]) ? [...(values[k] as unknown[])] : values[k]]));
    });
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const setSubjectField = useCallback((key: string, value: unknown) => setSubject((v) => ({ ...v, [key]: value })), []);
  const setWebsiteField = useCallback((key: string, value: unknown) => setWebsite((v) => ({ ...v, [key]: value })), []);
  const go = (next: Route) => {
    history.pushState(null, '', `${BASE}/beian/${next}`);
    setRoute(next);
    window.scrollTo(0, 0);
  };
  const steps = ['主办单位信息', '网站信息', '上传资料', '提交审核'];
  return (
    <>
      <div className={cls('topbar')}>百度智能云 · ICP备案</div>
      <main className={cls('page')}>
        <ol className={cls('steps')} aria-label="备案步骤">
          {steps.map((s, i) => (
            <li key={s} className={cls(i === (route === 'subject' ? 0 : 1) ? 'step-current' : 'step-item')} aria-current={i === (route === 'subject' ? 0 : 1) ? 'step' : undefined}>
              {i + 1}. {s}
            </li>
          ))}
        </ol>
        {route === 'subject' ? <SubjectStep values={subject} set={setSubjectField} onNext={() => go('website')} /> : <WebsiteStep values={website} set={setWebsiteField} onBack={() => go('subject')} />}
      </main>
    </>
  );
}

const style = document.createElement('style');
style.textContent = CSS;
document.head.append(style);
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
