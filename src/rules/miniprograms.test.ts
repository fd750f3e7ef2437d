import { describe, expect, it } from 'vitest';
import type { MiniProgram, Profile } from '../profile/schema';
import { runRules } from './run-rules';
import { enterpriseWithApp, hitsOf } from './samples-v2.test-support';

const hits = (profile: Profile) => hitsOf(profile, 'miniprograms');

/** The enterprise fixture with its WeChat mini program changed. */
const mini = (change: Partial<MiniProgram>): Profile => {
  const profile = enterpriseWithApp();
  Object.assign(profile.miniPrograms[0]!, change);
  return profile;
};

const rulesOf = (profile: Profile) => hits(profile).map(([rule, , severity]) => [rule, severity]);

describe('miniprograms', () => {
  it('valid-enterprise-app-mini has no miniprograms findings', () => {
    expect(hits(enterpriseWithApp())).toEqual([]);
  });

  describe('host and AppID', () => {
    it.each([
      ['', 'error'],
      ['微信小程序', 'error'],
    ])('host "%s" is not an option', (platform) => {
      expect(hits(mini({ platform }))).toContainEqual(['miniprograms/host-known', 'miniPrograms[0].platform', 'error']);
    });

    it.each([
      ['wx3f8a9c2d1e4b5a60', []],
      ['', [['miniprograms/appid-required', 'error']]],
      ['wx3F8A9C2D1E4B5A60', [['miniprograms/appid-wechat-format', 'error']]],
      ['wx3f8a9c2d1e4b5a6', [['miniprograms/appid-wechat-format', 'error']]],
      ['wx3f8a9c2d1e4b5a6g', [['miniprograms/appid-wechat-format', 'error']]],
      ['3f8a9c2d1e4b5a60', [['miniprograms/appid-wechat-format', 'error']]],
      ['tt411d37a0de37d565', [['miniprograms/appid-wechat-format', 'error'], ['miniprograms/appid-host-mismatch', 'warning']]],
    ])('WeChat AppID %s', (appId, expected) => {
      expect(rulesOf(mini({ appId }))).toEqual(expected);
    });

    it('says to lower-case an upper-case WeChat AppID', () => {
      const found = runRules(mini({ appId: 'wx3F8A9C2D1E4B5A60' }), { today: '2026-11-23' }).find((f) => f.rule === 'miniprograms/appid-wechat-format');
      expect(found?.message.zh).toContain('wx3f8a9c2d1e4b5a60');
    });

    it.each([
      ['tt411d37a0de37d565', []],
      ['abcdefgh123456', [['miniprograms/appid-douyin-format', 'warning']]],
      ['wx3f8a9c2d1e4b5a60', [['miniprograms/appid-douyin-format', 'warning'], ['miniprograms/appid-host-mismatch', 'warning']]],
    ])('Douyin AppID %s', (appId, expected) => {
      expect(rulesOf(mini({ platform: '抖音', appId }))).toEqual(expected);
    });

    it('other hosts only need an AppID', () => {
      expect(rulesOf(mini({ platform: '支付宝', appId: '2021001168648384', remark: '短' }))).toEqual([]);
      expect(rulesOf(mini({ platform: '百度', appId: '' }))).toEqual([['miniprograms/appid-required', 'error']]);
    });

    it('the same mini program twice is a warning', () => {
      const profile = enterpriseWithApp();
      profile.miniPrograms.push(structuredClone(profile.miniPrograms[0]!));
      expect(hits(profile)).toEqual([['miniprograms/appid-duplicate', 'miniPrograms[1].appId', 'warning']]);
    });

    it('needs a name', () => {
      expect(rulesOf(mini({ name: ' ' }))).toEqual([['miniprograms/name-required', 'error']]);
    });
  });

  describe('services', () => {
    it('needs at least one', () => {
      expect(rulesOf(mini({ services: [] }))).toEqual([['miniprograms/services-required', 'error']]);
    });

    it('WeChat takes at most 5; the sixth and later are marked', () => {
      const services = ['餐饮服务', '生活缴费', '招聘', '外卖', '团购', '票务'];
      expect(hits(mini({ services }))).toEqual([['miniprograms/services-max', 'miniPrograms[0].services[5]', 'error']]);
      expect(hits(mini({ services: services.slice(0, 5) }))).toEqual([]);
      expect(hits(mini({ services, platform: '支付宝', appId: '2021001168648384' }))).toEqual([]);
    });

    it.each([
      ['生活缴费', []],
      ['生活服务-生活缴费', []],
      ['生活服务', [['miniprograms/services-second-level', 'error']]],
      ['生活服务-', [['miniprograms/services-second-level', 'error']]],
    ])('WeChat service %s without the agent’s table', (service, expected) => {
      expect(rulesOf(mini({ services: [service] }))).toEqual(expected);
    });

    it('uses the agent’s copy of WeChat’s table when there is one', () => {
      const config = {
        wechatServiceContentTypes: [
          { type: 500, parentType: 0, name: '生活服务' },
          { type: 1, parentType: 500, name: '生活缴费' },
          { type: 600, parentType: 0, name: '餐饮' },
        ],
      };
      const found = (services: string[]) =>
        runRules(mini({ services }), { today: '2026-11-23', config })
          .filter((f) => f.rule === 'miniprograms/services-second-level')
          .map((f) => f.path);
      expect(found(['生活缴费'])).toEqual([]);
      expect(found(['餐饮', '生活缴费', '餐饮服务'])).toEqual(['miniPrograms[0].services[0]', 'miniPrograms[0].services[2]']);
    });
  });

  describe('实际经营内容', () => {
    it.each([
      ['一二三四五六七八九十一二三四五六七八九十', []],
      ['一二三四五六七八九十一二三四五六七八九', [['miniprograms/remark-length', 'error']]],
      ['字'.repeat(200), []],
      ['字'.repeat(201), [['miniprograms/remark-length', 'error']]],
      ['', [['miniprograms/remark-length', 'error']]],
    ])('WeChat remark of %#', (remark, expected) => {
      expect(rulesOf(mini({ remark }))).toEqual(expected);
    });
  });
});
