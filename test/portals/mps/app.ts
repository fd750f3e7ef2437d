import { Button, ConfigProvider, Form, Space, Steps } from 'ant-design-vue';
import zhCN from 'ant-design-vue/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createApp, h, ref, type VNode } from 'vue';
import { ui } from './controls';
import { appStep } from './mobile-app';
import type { Step } from './step';
import { BASE, cls, exposeState, TWIN } from './twin';
import { unitStep } from './unit';
import { websiteStep } from './website';

// 全国互联网安全管理服务平台 (beian.mps.gov.cn), the 联网备案 business forms as public evidence shows them: Ant Design
// for Vue (portals.md §0, §2.5: `form_item_<field>` ids, the ids ant-design-vue's FormItem generates when the Form has
// no `name`; layout `.bcyr-layout-content .bcyr-page-wrapper-content`), rebuilt with ant-design-vue 4 and render
// functions. Three steps on history routes: `/portal/unit` (开办主体), `/portal/website` (网站), `/portal/app` (APP);
// the drifted twin under `/twin/portal/…` (twin.ts). Each step exposes its state through `window.replicaState()`.

dayjs.locale('zh-cn');

type Route = 'unit' | 'website' | 'app';

const routeOf = (path: string): Route => {
  const rest = path.slice(BASE.length);
  return rest.startsWith('/portal/website') ? 'website' : rest.startsWith('/portal/app') ? 'app' : 'unit';
};

const route = ref<Route>(routeOf(location.pathname));
window.addEventListener('popstate', () => (route.value = routeOf(location.pathname)));

const steps: Record<Route, Step> = { unit: unitStep(), website: websiteStep(), app: appStep() };

exposeState(() => steps[route.value].state());

const go = (next: Route) => {
  history.pushState(null, '', `${BASE}/portal/${next}`);
  route.value = next;
};

const TITLES: Record<Route, string> = { unit: '开办主体', website: '网站', app: 'APP' };

function page(): VNode {
  const current = route.value;
  const step = steps[current];
  return h('div', { class: 'bcyr-page-wrapper-content', key: current }, [
    ui(Steps, { current: current === 'unit' ? 0 : 1, size: 'small', class: cls('mps-steps'), items: [{ title: '开办主体' }, { title: current === 'app' ? 'APP业务' : '网站业务' }, { title: '签署责任告知书' }, { title: '提交审核' }] }),
    h('div', { class: cls('mps-tip') }, current === 'unit' ? '请如实填写开办主体信息，与ICP备案信息保持一致。' : '网站/APP开通之日起30日内，应当办理联网备案手续。'),
    ui(
      Form,
      { model: step.model, layout: 'horizontal', labelCol: { style: { width: '180px' } }, wrapperCol: { style: { maxWidth: '600px' } }, colon: !TWIN, requiredMark: !TWIN, class: cls('mps-form') },
      () => step.blocks(),
    ),
    ui(Space, { class: cls('mps-actions') }, () => [
      current === 'unit' ? null : ui(Button, { onClick: () => go('unit') }, () => '上一步'),
      ui(Button, {}, () => '暂存'),
      current === 'unit'
        ? ui(Space, {}, () => [ui(Button, { type: 'primary', onClick: () => go('website') }, () => '下一步：网站'), ui(Button, { onClick: () => go('app') }, () => '下一步：APP')])
        : ui(Button, { type: 'primary' }, () => '下一步'),
    ]),
  ]);
}

createApp({
  render: () =>
    ui(ConfigProvider, { locale: zhCN }, () =>
      h('div', { class: 'bcyr-layout-content', style: { maxWidth: '1000px', margin: '0 auto', padding: '16px 24px', fontFamily: 'system-ui, "Microsoft YaHei", sans-serif' } }, [
        h('div', { class: cls('mps-header') }, [h('span', { class: cls('mps-brand') }, '全国互联网安全管理服务平台'), h('span', { class: cls('mps-section') }, ` · 联网备案 · ${TITLES[route.value]}`)]),
        page(),
      ]),
    ),
}).mount('#root');
