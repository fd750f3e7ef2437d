import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../../src/profile/import';
import type { Profile } from '../../src/profile/schema';
import { aliyun } from './expected-aliyun';
import { huawei } from './expected-huawei';
import { tencent } from './expected-tencent';
import type { Expected } from './expected-state';

// The consoles' APP steps (issue 16), built from their public APP-filing guides by a separate pass, each with its
// drifted twin; filled, checked and captured from every valid v2 profile that has an APP.

export type AppPage = { name: string; origin: string; path: string; adapter: string; expected(profile: Profile, app: number): Expected[] };

export const APP_PAGES: readonly AppPage[] = [
  { name: 'Aliyun APP信息', origin: 'https://beian.aliyun.com', path: '/order/app', adapter: 'aliyun', expected: aliyun.app },
  { name: 'Tencent Cloud 填写APP信息', origin: 'https://console.cloud.tencent.com', path: '/beian/app', adapter: 'tencent', expected: tencent.app },
  { name: 'Huawei Cloud 填写APP信息', origin: 'https://beian.huaweicloud.com', path: '/#/app', adapter: 'huawei', expected: huawei.app },
];

/** The valid v2 fixtures that hold an APP. */
export function appProfiles(): { name: string; raw: unknown; profile: Profile }[] {
  const dir = join(import.meta.dirname, '../fixtures/v2');
  return readdirSync(dir)
    .filter((f) => f.startsWith('valid-'))
    .flatMap((file) => {
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const result = importDocument(raw);
      if (!result.ok) throw new Error(file);
      return result.profiles.filter((p) => p.apps.length > 0).map((profile) => ({ name: file, raw, profile }));
    });
}
