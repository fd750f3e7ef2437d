import { Button, Form, StepItem, Steps } from 'tdesign-vue-next';
import { createApp, h, ref, toRaw, watch } from 'vue';
import { ui } from './controls';
import { startSubject, subjectBlocks, subjectState } from './subject';
import { BASE, cls, exposeState, TWIN } from './twin';
import { websiteBlocks, websiteDialogs, websiteState } from './website';

// UCloud's ICP filing console (console.ucloud.cn/icp), rebuilt with TDesign for Vue 3 (tdesign-vue-next) from the
// library's documented components and the cross-portal field model (portals.md §2.8). One single-page app with two
// steps on their own routes: `/icp/subject` (填写主体信息, subject.ts) and `/icp/website` (填写网站信息, website.ts);
// under `/twin/…` the same app renders its drifted twin (twin.ts). Each step keeps its values in one reactive object,
// which `window.replicaState()` reports as plain data (dates YYYY-MM-DD, options their codes, lists as arrays).

type Route = 'subject' | 'website';
const routeOf = (path: string): Route => (path.slice(BASE.length).startsWith('/icp/website') ? 'website' : 'subject');
const route = ref<Route>(routeOf(location.pathname));
window.addEventListener('popstate', () => (route.value = routeOf(location.pathname)));

function go(next: Route): void {
  history.pushState(null, '', `${BASE}/icp/${next}`);
  route.value = next;
  window.scrollTo(0, 0);
}

// The province list loads when the subject step first shows.
watch(route, (r) => r === 'subject' && startSubject(), { immediate: true });

exposeState(() => structuredClone(toRaw(route.value === 'subject' ? subjectState : websiteState)));

const STEPS = ['填写主体信息', '填写网站信息', '上传资料', '提交审核'];

function page() {
  const subject = route.value === 'subject';
  return h('div', { class: cls('uc-page'), key: route.value }, [
    h('div', { class: cls('uc-page-title') }, 'ICP备案 · 首次备案'),
    ui(Steps, { current: subject ? 0 : 1, readonly: true, class: cls('uc-steps') }, () => STEPS.map((title) => ui(StepItem, { title, key: title }))),
    h('div', { class: cls('uc-notice') }, subject ? '请如实填写主办单位及其负责人信息，证件信息须与上传的证件一致。' : '请填写网站（互联网信息服务）信息、网站负责人信息及接入信息。'),
    ui(Form, { data: subject ? subjectState : websiteState, labelWidth: TWIN ? '150px' : '140px', labelAlign: 'right', colon: TWIN, class: cls('uc-form') }, () => [
      ...(subject ? subjectBlocks() : websiteBlocks()),
      h('div', { class: cls('uc-actions') }, [
        subject ? null : ui(Button, { variant: 'outline', onClick: () => go('subject') }, () => '上一步'),
        ui(Button, { variant: 'outline' }, () => '保存草稿'),
        ui(Button, { theme: 'primary', onClick: () => (subject ? go('website') : undefined) }, () => (subject ? '下一步' : '提交')),
      ]),
    ]),
    subject ? null : websiteDialogs(),
  ]);
}

const STYLE = `
body { margin: 0; background: #f5f7fa; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
.${cls('uc-header')} { height: 48px; line-height: 48px; padding: 0 24px; background: #1f2d3d; color: #fff; font-size: 15px; }
.${cls('uc-page')} { max-width: 1040px; margin: 20px auto; padding: 24px 32px; background: #fff; }
.${cls('uc-page-title')} { font-size: 18px; font-weight: 600; margin-bottom: 16px; }
.${cls('uc-steps')} { margin-bottom: 16px; }
.${cls('uc-notice')} { padding: 8px 12px; margin-bottom: 16px; background: #f2f3ff; color: #4d5b7c; font-size: 13px; }
.${cls('section-title')} { margin: 24px 0 16px; padding-left: 8px; border-left: 3px solid #0052d9; font-size: 15px; font-weight: 600; }
.${cls('uc-card')} { margin-bottom: 16px; }
.${cls('uc-card-heading')} { font-size: 15px; font-weight: 600; margin-bottom: 16px; }
.${cls('uc-region')}, .${cls('uc-validity')}, .${cls('uc-provider')}, .${cls('uc-provider-bar')} { display: flex; gap: 8px; align-items: center; width: 100%; }
.${cls('uc-region')} > * { flex: 1; }
.${cls('uc-validity')} .t-date-picker { width: 180px; }
.${cls('uc-approvals')} { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; }
.${cls('uc-approval-number')} { display: flex; align-items: center; gap: 8px; margin: 4px 0 4px 24px; width: 420px; }
.${cls('uc-approval-number-label')} { white-space: nowrap; color: #666; font-size: 13px; }
.${cls('uc-ips')} { display: flex; flex-direction: column; gap: 8px; width: 100%; align-items: flex-start; }
.${cls('uc-ip-row')} { display: flex; gap: 8px; align-items: center; width: 100%; }
.${cls('uc-label-above')} { font-size: 14px; color: rgba(0,0,0,.9); margin: 8px 0 4px; }
.${cls('uc-star')} { color: #d54941; }
.${cls('uc-provider-bar')} { margin-bottom: 12px; }
${TWIN ? `.${cls('uc-row')} { margin-bottom: 12px; }` : ''}
.${cls('uc-actions')} { display: flex; gap: 12px; justify-content: center; margin-top: 24px; }
`;

const style = document.createElement('style');
style.textContent = STYLE;
document.head.append(style);

createApp({
  render: () => h('div', { class: cls('uc-console') }, [h('div', { class: cls('uc-header') }, 'UCloud优刻得 · 控制台 · ICP备案'), page()]),
}).mount('#root');
