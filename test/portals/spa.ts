import { join } from 'node:path';

// The cloud consoles' replicas: single-page apps built with the real UI libraries (issue 8). Each serves one HTML
// shell for every path under its hosts and routes itself; the shell loads its bundle from `/app/<name>.js`. The
// drifted twin is the same app under `/twin/…`, started with `window.REPLICA_TWIN = true`: it then renames the ids
// and classes no source documents, reorders rows, wraps fields and moves labels itself (see each app's twin.ts).

export type SpaReplica = {
  name: string;
  hosts: readonly string[];
  title: string;
  /** The app's entry module (bundled by common/bundle.ts). */
  entry: string;
  /** Style sheets served beside it (library CSS), as [URL path, file]. */
  styles?: readonly (readonly [string, string])[];
  /** Library scripts (UMD builds) served beside it and loaded before the bundle, as [URL path, file]. */
  scripts?: readonly (readonly [string, string])[];
  /** Other files the library loads itself (its icon fonts), served but not linked, as [URL path, file]. */
  assets?: readonly (readonly [string, string])[];
};

const ROOT = import.meta.dirname;

export const SPA_REPLICAS: readonly SpaReplica[] = [
  { name: 'aliyun', hosts: ['beian.aliyun.com'], title: '阿里云ICP代备案管理系统', entry: join(ROOT, 'aliyun/app.tsx') },
  { name: 'tencent', hosts: ['console.cloud.tencent.com'], title: '网站备案 - 控制台 - 腾讯云', entry: join(ROOT, 'tencent/app.tsx'), styles: [['/app/tencent/tea.css', join(ROOT, '../../node_modules/tea-component/dist/tea.css')]] },
  { name: 'huawei', hosts: ['console.huaweicloud.com', 'beian.huaweicloud.com'], title: '备案中心 - 华为云', entry: join(ROOT, 'huawei/app.ts'), styles: [['/app/huawei/tiny-vue.css', join(ROOT, '../../node_modules/@opentiny/vue-theme/index.css')], ['/app/huawei/console.css', join(ROOT, 'huawei/console.css')]] },
  { name: 'jdcloud', hosts: ['console.jdcloud.com'], title: '备案管理 - 京东云', entry: join(ROOT, 'jdcloud/app.ts'), styles: [['/app/jdcloud/reset.css', join(ROOT, '../../node_modules/ant-design-vue/dist/reset.css')]] },
  {
    name: 'ctyun',
    hosts: ['beian.ctyun.cn'],
    title: 'ICP备案 - 天翼云',
    entry: join(ROOT, 'ctyun/app.ts'),
    scripts: [['/app/ctyun/vue.min.js', join(ROOT, '../../node_modules/vue2/dist/vue.min.js')], ['/app/ctyun/element-ui.js', join(ROOT, '../../node_modules/element-ui/lib/index.js')]],
    styles: [['/app/ctyun/theme-chalk/index.css', join(ROOT, '../../node_modules/element-ui/lib/theme-chalk/index.css')]],
    assets: [['/app/ctyun/theme-chalk/fonts/element-icons.woff', join(ROOT, '../../node_modules/element-ui/lib/theme-chalk/fonts/element-icons.woff')], ['/app/ctyun/theme-chalk/fonts/element-icons.ttf', join(ROOT, '../../node_modules/element-ui/lib/theme-chalk/fonts/element-icons.ttf')]],
  },
  { name: 'ucloud', hosts: ['console.ucloud.cn'], title: 'ICP备案 - UCloud优刻得控制台', entry: join(ROOT, 'ucloud/app.ts'), styles: [['/app/ucloud/tdesign.css', join(ROOT, '../../node_modules/tdesign-vue-next/dist/tdesign.css')]] },
  { name: 'baidu', hosts: ['console.bce.baidu.com'], title: 'ICP备案 - 百度智能云', entry: join(ROOT, 'baidu/app.tsx') },
  { name: 'volcengine', hosts: ['console.volcengine.com'], title: '备案中心 - 火山引擎', entry: join(ROOT, 'volcengine/app.tsx'), styles: [['/app/volcengine/arco.css', join(ROOT, '../../node_modules/@arco-design/web-react/dist/css/arco.css')]] },
  { name: 'mps', hosts: ['beian.mps.gov.cn'], title: '全国互联网安全管理服务平台', entry: join(ROOT, 'mps/app.ts'), styles: [['/app/mps/reset.css', join(ROOT, '../../node_modules/ant-design-vue/dist/reset.css')]] },
];

export const spaFor = (host: string): SpaReplica | undefined => SPA_REPLICAS.find((s) => s.hosts.includes(host));

export function spaShell(spa: SpaReplica, twin: boolean): string {
  const styles = (spa.styles ?? []).map(([path]) => `<link rel="stylesheet" href="${path}">`).join('');
  const scripts = (spa.scripts ?? []).map(([path]) => `<script src="${path}"></script>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${spa.title}</title>${styles}</head>
<body><div id="root"></div><script>window.REPLICA_TWIN = ${twin};</script>${scripts}<script src="/app/${spa.name}.js"></script></body></html>`;
}

export const appEntry = (name: string) => join(ROOT, name);
