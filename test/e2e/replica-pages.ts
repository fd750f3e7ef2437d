import type { Page } from '@playwright/test';
import type { Profile } from '../../src/profile/schema';
import { element, miit, vianet, type Expected } from './expected-state';

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
];

export const VARIANTS = [
  { name: 'replica', prefix: '' },
  { name: 'drifted twin', prefix: '/twin' },
] as const;

/** Opens a replica page and waits until its form (in its frame, for thickbox pages) is ready. */
export async function openReplica(page: Page, url: string, frame: string | undefined): Promise<void> {
  await page.goto(url);
  if (frame) {
    await page.waitForFunction((part) => {
      const find = (doc: Document): boolean =>
        [...doc.querySelectorAll('iframe')].some((f) => {
          const inner = f.contentDocument;
          return !!inner && ((inner.location.href.includes(part) && inner.readyState === 'complete' && !!inner.querySelector('form')) || find(inner));
        });
      return find(document);
    }, frame);
  } else {
    await page.waitForLoadState('load');
  }
  // element-plus renders its form items after Vue mounts (element-plus.org Form markup).
  if (url.startsWith(ELEMENT)) await page.waitForSelector('.el-form-item');
}
