import type { Page } from '@playwright/test';
import type { Profile } from '../../src/profile/schema';
import { element, miit, vianet, type Expected } from './expected-state';
import { huawei } from './expected-huawei';
import { aliyun } from './expected-aliyun';
import { tencent } from './expected-tencent';

// Every replica page with a form, the adapter and step that must recognise it, and what its framework must hold
// after a fill. Each is served as the replica and as its drifted twin (`/twin`, test/portals/drift.ts).

export type ReplicaPage = {
  name: string;
  origin: string;
  path: string;
  adapter: string;
  step: string;
  /** The frame holding the form, by a part of its URL; the top document otherwise. */
  frame?: string;
  /** One fill per website of the profile, or the first website only. */
  perWebsite: boolean;
  expected(profile: Profile, website: number): Expected[];
};

export const VIANET = 'https://icp.cloud.21vianet.com';
export const MIIT = 'https://beian.isp-replica.test';
export const ELEMENT = 'https://beian.modern-portal.test';

export const PAGES: readonly ReplicaPage[] = [
  { name: '21Vianet 开始备案', origin: VIANET, path: '/start', adapter: '21vianet', step: 'start', perWebsite: false, expected: vianet.start },
  { name: '21Vianet 主办单位', origin: VIANET, path: '/subject', adapter: '21vianet', step: 'subject', perWebsite: false, expected: vianet.subject },
  { name: '21Vianet 网站', origin: VIANET, path: '/website', adapter: '21vianet', step: 'website', perWebsite: true, expected: vianet.website },
  { name: 'MIIT 主体信息', origin: MIIT, path: '/', adapter: 'miit-enterprise', step: 'subject', perWebsite: false, expected: miit.subject },
  { name: 'MIIT 添加网站 (thickbox)', origin: MIIT, path: '/?step=website', frame: '/frame/website/form', adapter: 'miit-enterprise', step: 'website', perWebsite: true, expected: miit.website },
  { name: 'MIIT 添加接入 (thickbox)', origin: MIIT, path: '/?step=access', frame: '/frame/access/form', adapter: 'miit-enterprise', step: 'access', perWebsite: true, expected: miit.access },
  {
    name: 'MIIT 网站 + 接入 on one form',
    origin: MIIT,
    path: '/?step=website-access',
    frame: '/frame/website-access/form',
    adapter: 'miit-enterprise',
    step: 'website+access',
    perWebsite: true,
    expected: miit.websiteAccess,
  },
  { name: 'element-plus form (generic)', origin: ELEMENT, path: '/', adapter: 'generic', step: 'subject+website+access', perWebsite: false, expected: element },
  { name: 'Huawei Cloud 主体信息', origin: 'https://console.huaweicloud.com', path: '/beian/#/subject', adapter: 'huawei', step: 'subject', perWebsite: false, expected: huawei.subject },
  { name: 'Huawei Cloud 网站信息', origin: 'https://beian.huaweicloud.com', path: '/#/website', adapter: 'huawei', step: 'website', perWebsite: true, expected: huawei.website },
  { name: 'Aliyun 主办者信息', origin: 'https://beian.aliyun.com', path: '/order/entity', adapter: 'aliyun', step: 'subject', perWebsite: false, expected: aliyun.entity },
  { name: 'Aliyun 网站信息', origin: 'https://beian.aliyun.com', path: '/order/site', adapter: 'aliyun', step: 'website', perWebsite: true, expected: aliyun.site },
  { name: 'Tencent Cloud 填写主体信息', origin: 'https://console.cloud.tencent.com', path: '/beian/subject', adapter: 'tencent', step: 'subject', perWebsite: false, expected: tencent.subject },
  { name: 'Tencent Cloud 填写网站信息', origin: 'https://console.cloud.tencent.com', path: '/beian/website', adapter: 'tencent', step: 'website', perWebsite: true, expected: tencent.website },
];

export const VARIANTS = [
  { name: 'replica', prefix: '' },
  { name: 'drifted twin', prefix: '/twin' },
] as const;

/** Opens a replica page and waits until its form (in its frame, for thickbox pages) is ready. */
export async function openReplica(page: Page, url: string, frame: string | undefined, ready?: string): Promise<void> {
  // The same URL with a #route is a same-document navigation that keeps the form's state: reload for a fresh page.
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  if (frame) {
    // Walked with a list, not a named recursive helper: scripts run through tsx, whose esbuild would wrap a named
    // function in a `__name` call the page does not have.
    await page.waitForFunction((part) => {
      const docs: Document[] = [document];
      for (let i = 0; i < docs.length; i++) {
        for (const f of docs[i]!.querySelectorAll('iframe')) {
          const inner = f.contentDocument;
          if (!inner) continue;
          if (inner.location.href.includes(part) && inner.readyState === 'complete' && inner.querySelector('form')) return true;
          docs.push(inner);
        }
      }
      return false;
    }, frame);
  } else {
    await page.waitForLoadState('load');
  }
  // A console app renders its form after its framework mounts: what exists then.
  const mounted = ready ?? formReady(url);
  if (mounted) await page.waitForSelector(mounted);
}

/** What exists once a replica's framework has mounted its form, by the replica's real origin. */
const MOUNTED: readonly (readonly [string, string])[] = [
  // element-plus renders its form items after Vue mounts (element-plus.org Form markup).
  [ELEMENT, '.el-form-item'],
  // OpenTiny renders its form items after Vue mounts (@opentiny/vue-form-item markup).
  ['https://console.huaweicloud.com/', '.tiny-form-item'],
  ['https://beian.huaweicloud.com/', '.tiny-form-item'],
  // Ant Design renders its form items after React mounts (ant.design Form markup).
  ['https://beian.aliyun.com/', '.ant-form-item'],
  // ant-design-vue renders the 公安 forms after Vue mounts (antdv.com Form markup).
  ['https://beian.mps.gov.cn/', '.ant-form-item'],
  // tea-component renders its form items after React mounts, under the page's classPrefix (es/form/FormItem.js markup).
  ['https://console.cloud.tencent.com/', '[class$="-form__item"], [class*="-form__item "]'],
];

export const formReady = (url: string): string | undefined => MOUNTED.find(([origin]) => url.startsWith(origin))?.[1];
