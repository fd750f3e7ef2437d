import { baidu } from './expected-baidu';
import { ctyun } from './expected-ctyun';
import { jdcloud } from './expected-jdcloud';
import { ucloud } from './expected-ucloud';
import { volcengine } from './expected-volcengine';
import type { ReplicaPage } from './replica-pages';

// Consoles no adapter knows (issue 14), each written with a UI library we had no driver for, or none at all, by a
// pass that had not read the drivers: filled by the generic adapter through labels, headings and ARIA alone. Their
// replicas and drifted twins are in test/portals/<name>; `ready` is what exists once the app has rendered its form.

export type ConsolePage = ReplicaPage & { ready: string };

const generic = { adapter: 'generic' } as const;

export const CONSOLES: readonly ConsolePage[] = [
  { name: 'Volcengine 主办者 (Arco)', origin: 'https://console.volcengine.com', path: '/beian/subject', step: 'subject', perWebsite: false, ready: '.arco-form-item', expected: volcengine.subject, ...generic },
  { name: 'Volcengine 网站 (Arco)', origin: 'https://console.volcengine.com', path: '/beian/website', step: 'website+access', perWebsite: true, ready: '.arco-form-item', expected: volcengine.website, ...generic },
  { name: 'Volcengine 一页 (Arco, both 负责人 cards)', origin: 'https://console.volcengine.com', path: '/beian/all', step: 'subject+website+access', perWebsite: true, ready: '.arco-card .arco-form-item', expected: volcengine.all, ...generic },
  { name: 'UCloud 主体 (TDesign)', origin: 'https://console.ucloud.cn', path: '/icp/subject', step: 'subject', perWebsite: false, ready: '.t-form__item', expected: ucloud.subject, ...generic },
  { name: 'UCloud 网站 (TDesign)', origin: 'https://console.ucloud.cn', path: '/icp/website', step: 'website+access', perWebsite: true, ready: '.t-form__item', expected: ucloud.website, ...generic },
  { name: 'JD Cloud 主办者 (ant-design-vue)', origin: 'https://console.jdcloud.com', path: '/beian/subject', step: 'subject', perWebsite: false, ready: '.ant-form-item', expected: jdcloud.subject, ...generic },
  { name: 'JD Cloud 网站 (ant-design-vue)', origin: 'https://console.jdcloud.com', path: '/beian/website', step: 'website+access', perWebsite: true, ready: '.ant-form-item', expected: jdcloud.website, ...generic },
  { name: 'CTyun 主办单位 (element-ui)', origin: 'https://beian.ctyun.cn', path: '/subject', step: 'subject', perWebsite: false, ready: '.el-form-item', expected: ctyun.subject, ...generic },
  { name: 'CTyun 网站 (element-ui)', origin: 'https://beian.ctyun.cn', path: '/website', step: 'website+access', perWebsite: true, ready: '.el-form-item', expected: ctyun.website, ...generic },
  { name: 'Baidu 主办单位 (ARIA only)', origin: 'https://console.bce.baidu.com', path: '/beian/subject', step: 'subject', perWebsite: false, ready: 'main [role="combobox"]', expected: baidu.subject, ...generic },
  { name: 'Baidu 网站 (ARIA only)', origin: 'https://console.bce.baidu.com', path: '/beian/website', step: 'website+access', perWebsite: true, ready: 'main [role="combobox"]', expected: baidu.website, ...generic },
];
