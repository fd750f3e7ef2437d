import TinyButton from '@opentiny/vue-button';
import TinyForm from '@opentiny/vue-form';
import { computed, createApp, h, ref, toRaw, type Component, type VNode } from 'vue';
import { section } from './controls';
import { subjectPage, websitePage, type FormState, type Page } from './form';
import { appStep } from './mobile-app';
import { cls, TWIN } from './twin';
import { uploadStep } from './upload';
import type { UploadSnapshot } from '../common/upload-state';

// Huawei Cloud's filing console (console.huaweicloud.com/beian, also served at beian.huaweicloud.com), rebuilt with
// OpenTiny Vue 3 from the documented form (portals.md §2.3). One single-page app with hash routes, as the console's:
// `#/subject` (填写主体信息) and `#/website` (填写网站信息); under `/twin/…` it renders its drifted twin (twin.ts).
// Traps a filler meets here: the 性质 select is a virtual list and the 网站服务内容 one too (only the rows in view
// exist), 备案省市 is a lazy cascader whose levels load late, the certificate types reset when the 性质 changes, a
// typed date is dropped unless the picker confirms it, 证件是否长期有效 = 是 removes the end date, 证件类型 and
// 证件号码 appear in two sections, each 手机号 has an SMS code box beside it that must stay empty, the 负责人
// certificate types and the service dictionary load when their select first opens, and domains are rows added with
// "+ 添加" (an OpenTiny button disables itself for a second after each click: its reset-time).
// Issue 16: the APP filing's 填写APP信息 on `#/app`, in the place of 填写网站信息 (mobile-app.ts).
// Issue 17: 上传资料 on `#/upload`, after 填写网站信息 (upload.ts).

const STEPS = ['验证备案信息', '填写主体信息', '填写网站信息', '上传资料', '提交备案'];

const pages: Record<string, Page> = { subject: subjectPage(), website: websitePage() };
const app = appStep();
const upload = uploadStep();
const routeOf = (hash: string) => {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return name === 'website' || name === 'app' || name === 'upload' ? name : 'subject';
};
const route = ref(routeOf(location.hash));
window.addEventListener('hashchange', () => (route.value = routeOf(location.hash)));

Object.assign(window, {
  /** The sum of the page's own option-loading waits (options.ts), for the benchmark. */
  replicaOptionLoadMs: 0,
  /** The framework state of the page on screen, as plain data. */
  replicaState: (): FormState | UploadSnapshot => {
    if (route.value === 'app') return app.snapshot();
    if (route.value === 'upload') return upload.snapshot();
    const page = pages[route.value];
    return page ? structuredClone(toRaw(page.state)) : {};
  },
});

const ui = (component: Component, props: Record<string, unknown>, slots: () => unknown): VNode => h(component, props, slots);

function pageView(page: Page): VNode {
  const next = route.value === 'subject' ? '#/website' : '#/subject';
  return h('div', { class: cls('hw-page') }, [
    h('div', { class: cls('hw-page-title') }, page.title),
    h('div', { class: cls('hw-steps') }, STEPS.map((s) => h('span', { class: cls(s === page.title ? 'hw-step-current' : 'hw-step') }, s))),
    route.value === 'subject' ? h('div', { class: cls('hw-notice') }, '已有备案的账号：备案省市、主办单位性质、证件类型不支持修改。') : null,
    ui(TinyForm, { labelWidth: '180px', hideRequiredAsterisk: TWIN, class: cls('hw-form') }, () => page.sections.flatMap((s) => section(page.state, s.title, s.fields))),
    h('div', { class: cls('hw-actions') }, [ui(TinyButton, { onClick: () => (location.hash = next) }, () => (route.value === 'subject' ? '下一步' : '上一步')), ui(TinyButton, { type: 'primary' }, () => '保存草稿')]),
  ]);
}

const current = computed(() => pages[route.value]);

createApp({
  render: () =>
    h('div', { class: cls('hw-console') }, [
      h('div', { class: cls('hw-header') }, '华为云 · 备案中心'),
      route.value === 'app' ? h('div', { key: 'app' }, [app.view()]) : route.value === 'upload' ? h('div', { key: 'upload' }, [upload.view()]) : current.value ? h('div', { key: route.value }, [pageView(current.value)]) : null,
    ]),
}).mount('#root');
