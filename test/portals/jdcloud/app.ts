import { Button, ConfigProvider, Form, Steps } from 'ant-design-vue';
import zhCN from 'ant-design-vue/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { computed, createApp, h, ref, type Component, type VNode } from 'vue';
import { block } from './controls';
import { subjectPage, websitePage, type Page } from './form';
import { loadProvinces, regionText } from './region';
import { BASE, cls, exposeState, TWIN } from './twin';

// JD Cloud's ICP filing console (console.jdcloud.com/beian), rebuilt with ant-design-vue 4 (Vue 3, CSS-in-JS; render
// functions, no SFC compiler). One single-page app with history routes: `/beian/subject` (主办者信息: blocks
// 主办者信息 and 主办者负责人, each headed by an a-divider with text) and `/beian/website` (网站信息: 网站基本信息,
// ICP负责人信息, 接入信息). Under `/twin/beian/…` it renders its drifted twin (twin.ts).
// Traps: 证件类型 is disabled until 单位性质 is chosen, loads its options late and resets when the 性质 changes;
// 所在地 is a lazy a-cascader (full names, searchable); 通讯地址 sits behind a read-only 省市区 addon and holds only
// the rest; 证件有效期 is a range picker with a 长期 switch (on: a single start date); 网站语言 and 服务器放置地 are
// multiple selects, 网站域名 and IP地址 tag selects (type + Enter); 前置审批 is 是/否 then a type and a 文号;
// 接入服务商 is a searchable select over a virtual list of ~170 operators; 短信验证码 is no profile field; the
// 负责人 labels repeat in two blocks on the website step only by block (one person per step here), and on both steps
// the popups are body-level.

dayjs.locale('zh-cn');

type Route = 'subject' | 'website';
const routeOf = (path: string): Route => (path.slice(BASE.length).startsWith('/beian/website') ? 'website' : 'subject');
const route = ref<Route>(routeOf(location.pathname));
window.addEventListener('popstate', () => (route.value = routeOf(location.pathname)));

const pages: Record<Route, Page> = { subject: subjectPage(regionText), website: websitePage() };
loadProvinces();

exposeState(() => JSON.parse(JSON.stringify(pages[route.value].state)) as Record<string, unknown>);

const go = (next: Route) => {
  history.pushState(null, '', `${BASE}/beian/${next}`);
  route.value = next;
};

const ui = (component: unknown, props: Record<string, unknown>, slots?: unknown): VNode => h(component as Component, props, slots as never);

function pageView(page: Page): VNode {
  const subject = route.value === 'subject';
  return h('div', { class: cls('jd-beian-page') }, [
    ui(Steps, { current: subject ? 0 : 1, size: 'small', class: cls('jd-steps'), items: [{ title: '填写主办者信息' }, { title: '填写网站信息' }, { title: '上传资料' }, { title: '提交初审' }] }),
    h('div', { class: cls('jd-tip') }, subject ? '请如实填写主办者信息，证件信息须与上传的证件一致。' : '网站信息须与实际开办的网站一致，ICP负责人须为网站的实际负责人。'),
    ui(
      Form,
      { layout: 'horizontal', labelCol: { style: { width: '160px' } }, wrapperCol: { style: { maxWidth: '560px' } }, colon: !TWIN, requiredMark: !TWIN, class: cls('jd-beian-form') },
      () => page.blocks.map((b) => block(page.state, b.title, b.fields)),
    ),
    h('div', { class: cls('jd-actions') }, [
      subject ? null : ui(Button, { onClick: () => go('subject') }, () => '上一步'),
      ui(Button, {}, () => '保存草稿'),
      subject ? ui(Button, { type: 'primary', onClick: () => go('website') }, () => '下一步') : ui(Button, { type: 'primary' }, () => '下一步，上传资料'),
    ]),
  ]);
}

const current = computed(() => pages[route.value]);

createApp({
  render: () =>
    ui(ConfigProvider, { locale: zhCN }, () =>
      h('div', { class: cls('jd-console'), style: { maxWidth: '980px', margin: '0 auto', padding: '16px 24px', fontFamily: 'system-ui, "Microsoft YaHei", sans-serif' } }, [
        h('div', { class: cls('jd-header') }, '京东云 · 备案管理'),
        h('div', { key: route.value }, [pageView(current.value)]),
      ]),
    ),
}).mount('#root');
