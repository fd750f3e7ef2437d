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
};

const ROOT = import.meta.dirname;

export const SPA_REPLICAS: readonly SpaReplica[] = [
  { name: 'aliyun', hosts: ['beian.aliyun.com'], title: '阿里云ICP代备案管理系统', entry: join(ROOT, 'aliyun/app.tsx') },
  { name: 'tencent', hosts: ['console.cloud.tencent.com'], title: '网站备案 - 控制台 - 腾讯云', entry: join(ROOT, 'tencent/app.tsx'), styles: [['/app/tencent/tea.css', join(ROOT, '../../node_modules/tea-component/dist/tea.css')]] },
  { name: 'huawei', hosts: ['console.huaweicloud.com', 'beian.huaweicloud.com'], title: '备案中心 - 华为云', entry: join(ROOT, 'huawei/app.ts'), styles: [['/app/huawei/tiny-vue.css', join(ROOT, '../../node_modules/@opentiny/vue-theme/index.css')], ['/app/huawei/console.css', join(ROOT, 'huawei/console.css')]] },
];

export const spaFor = (host: string): SpaReplica | undefined => SPA_REPLICAS.find((s) => s.hosts.includes(host));

export function spaShell(spa: SpaReplica, twin: boolean): string {
  const styles = (spa.styles ?? []).map(([path]) => `<link rel="stylesheet" href="${path}">`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${spa.title}</title>${styles}</head>
<body><div id="root"></div><script>window.REPLICA_TWIN = ${twin};</script><script src="/app/${spa.name}.js"></script></body></html>`;
}

export const appEntry = (name: string) => join(ROOT, name);
