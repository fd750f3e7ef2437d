import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/schema';
import { enterpriseWithApp, hitsOf, personalHarmony } from './samples-v2.test-support';

const hits = (profile: Profile) => hitsOf(profile, 'apps');

const named = (name: string): Profile => {
  const profile = enterpriseWithApp();
  profile.apps[0]!.name = name;
  return profile;
};

const icon = (size: number) => ({ id: 'm-icon', kind: 'APP图标', owner: 'apps[0]', name: 'icon.png', type: 'image/png', size, sha256: '' });

describe('apps', () => {
  it.each([
    ['valid-enterprise-app-mini', enterpriseWithApp],
    ['valid-personal-harmony-app', personalHarmony],
  ])('%s has no apps findings', (_name, load) => {
    expect(hits(load())).toEqual([]);
  });

  describe('name', () => {
    it.each([
      ['云栖记账', []],
      ['云栖记账（商户版）', []],
      ['', [['apps/name-required', 'error']]],
      ['云栖记账😀', [['apps/name-symbols', 'error']]],
      ['云栖*记账', [['apps/name-symbols', 'error']]],
      ['测试', [['apps/name-placeholder', 'error']]],
      ['Demo', [['apps/name-placeholder', 'error']]],
      ['手电筒', [['apps/name-generic', 'warning']]],
      ['记账助手', [['apps/name-generic', 'warning']]],
      ['理财 工具', [['apps/name-generic', 'warning']]],
      ['云栖记账免费版', [['apps/name-marketing-words', 'warning']]],
      ['云栖特价商城', [['apps/name-marketing-words', 'warning']]],
      ['云栖赌博', [['apps/name-sensitive-words', 'warning']]],
    ])('%s', (name, expected) => {
      expect(hits(named(name)).map(([rule, , severity]) => [rule, severity])).toEqual(expected);
    });

    it('names the marketing word it found', () => {
      const profile = named('云栖记账免费版');
      expect(hitsOf(profile, 'apps')).toEqual([['apps/name-marketing-words', 'apps[0].name', 'warning']]);
    });

    it('two APPs of one name should be one APP with a row per platform', () => {
      const profile = enterpriseWithApp();
      const [android, ios] = profile.apps[0]!.platforms;
      profile.apps = [
        { ...profile.apps[0]!, platforms: [android!] },
        { ...profile.apps[0]!, platforms: [ios!] },
      ];
      expect(hits(profile)).toEqual([['apps/same-name', 'apps[1].name', 'warning']]);
    });
  });

  describe('platforms and domains', () => {
    it('an APP without a platform row is an error', () => {
      const profile = enterpriseWithApp();
      profile.apps[0]!.platforms = [];
      expect(hits(profile)).toEqual([['apps/platforms-required', 'apps[0].platforms', 'error']]);
    });

    it('an APP needs at least one domain', () => {
      const profile = personalHarmony();
      profile.apps[0]!.domains = [' '];
      profile.apps[0]!.platforms[0]!.domains = [];
      expect(hits(profile)).toEqual([
        ['apps/domain-required', 'apps[0].domains', 'error'],
        ['apps/platform-domain-required', 'apps[0].platforms[0].domains', 'warning'],
      ]);
    });

    it('each platform domain must be one of the APP domains', () => {
      const profile = enterpriseWithApp();
      profile.apps[0]!.platforms[0]!.domains = ['api.yunqi-ledger.com', 'cdn.yunqi-ledger.com'];
      expect(hits(profile)).toEqual([['apps/platform-domain-in-app', 'apps[0].platforms[0].domains[1]', 'error']]);
    });

    it('compares domains in their bare form', () => {
      const profile = enterpriseWithApp();
      profile.apps[0]!.platforms[0]!.domains = ['API.yunqi-ledger.com'];
      expect(hits(profile)).toEqual([['apps/bare-domain', 'apps[0].platforms[0].domains[0]', 'error']]);
    });

    it.each([
      ['www.yunqi-ledger.com', 'apps/bare-domain'],
      ['https://api.yunqi-ledger.com', 'apps/bare-domain'],
      ['api.yunqi-ledger.com:8443', 'apps/bare-domain'],
      ['api_yunqi.com', 'apps/domain-syntax'],
      ['139.217.5.20', 'apps/domain-syntax'],
      ['com.cn', 'apps/domain-syntax'],
      ['api.yunqi.io', 'apps/domain-tld-never-approvable'],
    ])('APP domain %s → %s', (domain, rule) => {
      const profile = personalHarmony();
      profile.apps[0]!.domains = [domain];
      profile.apps[0]!.platforms[0]!.domains = [domain];
      const found = hits(profile);
      expect(found).toContainEqual([rule, 'apps[0].domains[0]', 'error']);
      expect(found).toContainEqual([rule, 'apps[0].platforms[0].domains[0]', 'error']);
    });

    it('a sub-domain is what an APP files: no finding for api.example.com', () => {
      const profile = personalHarmony();
      profile.apps[0]!.domains = ['a.b.sync.chaoxi-notes.cn'];
      profile.apps[0]!.platforms[0]!.domains = ['a.b.sync.chaoxi-notes.cn'];
      expect(hits(profile)).toEqual([]);
    });
  });

  describe('filing', () => {
    it('an APP icon over 100 KB is an error; 100 KB is fine', () => {
      const profile = enterpriseWithApp();
      profile.materials = [icon(100 * 1024), { ...icon(180_000), id: 'm-2' }];
      expect(hits(profile)).toEqual([['apps/icon-size', 'materials[1].size', 'error']]);
    });

    it('other materials may be larger', () => {
      const profile = enterpriseWithApp();
      profile.materials = [{ ...icon(900_000), kind: '域名证书' }];
      expect(hits(profile)).toEqual([]);
    });

    it('an individual files one website or APP per order', () => {
      const profile = personalHarmony();
      profile.apps.push(structuredClone(profile.apps[0]!));
      profile.apps[1]!.name = '潮汐日程';
      expect(hits(profile)).toEqual([['apps/personal-one-service-per-order', 'apps[1]', 'warning']]);
      profile.subject.nature = '企业';
      expect(hits(profile)).toEqual([]);
    });
  });
});
