import { describe, expect, it } from 'vitest';
import type { AppPlatform, Profile } from '../profile/schema';
import { findingsOf } from '../../test/support/sample';
import { enterpriseWithApp, hitsOf, personalHarmony } from './samples-v2.test-support';

const hits = (profile: Profile) => hitsOf(profile, 'platforms');
/** The message of the first platforms finding. */
const hitsOfMessage = (profile: Profile) => findingsOf(profile, 'platforms')[0]!.message;

/** The enterprise fixture with one field of one platform row changed (0 = Android, 1 = iOS). */
const withRow = (row: 0 | 1, change: Partial<AppPlatform>): Profile => {
  const profile = enterpriseWithApp();
  Object.assign(profile.apps[0]!.platforms[row]!, change);
  return profile;
};

/** The HarmonyOS fixture with its only row changed. */
const harmony = (change: Partial<AppPlatform>): Profile => {
  const profile = personalHarmony();
  Object.assign(profile.apps[0]!.platforms[0]!, change);
  return profile;
};

const odd = (bits: number) => (2n ** BigInt(bits - 1) + 1n).toString(10);
const EC_KEY = '3059301306072A8648CE3D020106082A8648CE3D030107034200048E7A4DE7401C38D4AF26E58E91B16A6B79C41197BB83203083D9D922A3411F4F32A66CA4FABBF05F8058FEBEF4823AE56B91A599A29A955760FCF4DF9513602A';

describe('platforms', () => {
  it.each([
    ['valid-enterprise-app-mini', enterpriseWithApp],
    ['valid-personal-harmony-app', personalHarmony],
  ])('%s has no platforms findings', (_name, load) => {
    expect(hits(load())).toEqual([]);
  });

  describe('platform', () => {
    it.each([
      ['', 'platforms/platform-known'],
      ['android', 'platforms/platform-known'],
      ['Windows', 'platforms/platform-known'],
    ])('"%s" is not a platform option', (platform, rule) => {
      expect(hits(withRow(0, { platform }))).toContainEqual([rule, 'apps[0].platforms[0].platform', 'error']);
    });

    it('suggests the spelling of a miscased platform', () => {
      const profile = withRow(1, { platform: 'IOS' });
      expect(hits(profile)).toContainEqual(['platforms/platform-known', 'apps[0].platforms[1].platform', 'error']);
    });

    it('a platform twice in one APP is an error on the second row; 其他 may repeat', () => {
      expect(hits(withRow(1, { platform: 'Android', fingerprint: '27FD519F6B12CF141E7EFD54790E77C2' }))).toEqual([
        ['platforms/platform-duplicate', 'apps[0].platforms[1].platform', 'error'],
      ]);
      const others = enterpriseWithApp();
      for (const row of others.apps[0]!.platforms) row.platform = '其他';
      expect(hits(others).filter(([rule]) => rule === 'platforms/platform-duplicate')).toEqual([]);
    });
  });

  describe('package names', () => {
    it.each([
      ['com.yunqi.ledger', []],
      ['com.yunqi_ledger.app2', []],
      ['yunqi', [['platforms/package-name-syntax', 'error']]],
      ['com.yunqi-ledger', [['platforms/package-name-syntax', 'error']]],
      ['com.1yunqi.ledger', [['platforms/package-name-syntax', 'error']]],
      ['com..yunqi', [['platforms/package-name-syntax', 'error']]],
      ['com.yunqi ledger', [['platforms/package-name-syntax', 'error']]],
      ['com.云栖.ledger', [['platforms/package-name-syntax', 'error']]],
      ['', [['platforms/package-name-required', 'error']]],
    ])('Android %s', (packageName, expected) => {
      expect(hits(withRow(0, { packageName })).map(([rule, , severity]) => [rule, severity])).toEqual(expected);
    });

    it('names the hyphen an Android package may not hold', () => {
      const profile = withRow(0, { packageName: 'com.yunqi-ledger' });
      expect(hits(profile)).toEqual([['platforms/package-name-syntax', 'apps[0].platforms[0].packageName', 'error']]);
    });

    it.each([
      ['com.yunqi-ledger.ios', []],
      ['com.yunqi.1ledger', []],
      ['yunqiledger', [['platforms/package-name-reverse-domain', 'warning']]],
      ['com.yunqi_ledger', [['platforms/package-name-syntax', 'error']]],
      ['com.yunqi.', [['platforms/package-name-syntax', 'error']]],
    ])('iOS %s', (packageName, expected) => {
      expect(hits(withRow(1, { packageName })).map(([rule, , severity]) => [rule, severity])).toEqual(expected);
    });

    it.each([
      ['com.chaoxi.notes', []],
      ['com.chaoxi_notes.app', []],
      ['chaoxinotes', [['platforms/package-name-reverse-domain', 'warning']]],
      ['com.cx', [['platforms/package-name-syntax', 'error']]],
      ['1com.chaoxi.notes', [['platforms/package-name-syntax', 'error']]],
      ['com.chaoxi-notes', [['platforms/package-name-syntax', 'error']]],
      [`com.${'a'.repeat(130)}`, [['platforms/package-name-syntax', 'error']]],
    ])('HarmonyOS %s', (packageName, expected) => {
      expect(hits(harmony({ packageName })).map(([rule, , severity]) => [rule, severity])).toEqual(expected);
    });
  });

  describe('fingerprints', () => {
    const MD5 = '27FD519F6B12CF141E7EFD54790E77C2';
    const SHA1 = '89228AEC14820EEA41DC2BDEFCDD3C7AF7524EA0';
    const SHA256 = 'C844FB9D5E2F5458CB325A5EEB15799B326B0046C844FB9D5E2F5458CB325A5E';

    it('an MD5 where iOS wants the SHA-1 is an error that says so', () => {
      const profile = withRow(1, { fingerprint: MD5 });
      expect(hits(profile)).toEqual([['platforms/fingerprint-algorithm', 'apps[0].platforms[1].fingerprint', 'error']]);
      const message = hitsOfMessage(profile);
      expect(message.zh).toContain('MD5');
      expect(message.zh).toContain('SHA-1');
      expect(message.en).toContain('iOS files the SHA-1');
    });

    it('an MD5 or a SHA-256 where HarmonyOS wants the SHA-1 is an error', () => {
      expect(hits(harmony({ fingerprint: MD5 }))).toEqual([['platforms/fingerprint-algorithm', 'apps[0].platforms[0].fingerprint', 'error']]);
      const sha256 = harmony({ fingerprint: SHA256 });
      expect(hits(sha256)).toEqual([['platforms/fingerprint-algorithm', 'apps[0].platforms[0].fingerprint', 'error']]);
      expect(hitsOfMessage(sha256).zh).toContain('SHA-256');
    });

    it('a SHA-1 where Android wants the MD5 is an error', () => {
      expect(hits(withRow(0, { fingerprint: SHA1 }))).toEqual([['platforms/fingerprint-algorithm', 'apps[0].platforms[0].fingerprint', 'error']]);
    });

    it.each([
      ['27:FD:51:9F:6B:12:CF:14:1E:7E:FD:54:79:0E:77:C2', []],
      ['27fd519f6b12cf141e7efd54790e77c2', []],
      ['27FD519F6B12CF141E7EFD54790E77', [['platforms/fingerprint-length', 'error']]],
      ['27FD519F6B12CF141E7EFD54790E77CZ', [['platforms/fingerprint-hex', 'error']]],
      ['J/1RnmsSzxQefv1UeQ53wg==', [['platforms/fingerprint-hex', 'error']]],
      ['', [['platforms/fingerprint-required', 'error']]],
    ])('Android %s', (fingerprint, expected) => {
      expect(hits(withRow(0, { fingerprint })).map(([rule, , severity]) => [rule, severity])).toEqual(expected);
    });
  });

  describe('public keys', () => {
    it.each([
      [odd(2048), []],
      [odd(4096), []],
      [odd(1024), [['platforms/rsa-modulus-size', 'warning']]],
      [odd(1023), [['platforms/rsa-modulus-size', 'error']]],
      [odd(4097), [['platforms/rsa-modulus-size', 'error']]],
      ['65537', [['platforms/rsa-modulus-size', 'error']]],
      [(2n ** 2047n).toString(10), [['platforms/rsa-modulus-size', 'error']]],
      ['-----BEGIN PUBLIC KEY-----MIIBIjANBg…', [['platforms/rsa-modulus-form', 'error']]],
      ['not a key', [['platforms/rsa-modulus-form', 'error']]],
      [EC_KEY, [['platforms/rsa-modulus-form', 'warning']]],
      ['', [['platforms/public-key-required', 'error']]],
    ])('Android %s', (publicKey, expected) => {
      expect(hits(withRow(0, { publicKey })).map(([rule, , severity]) => [rule, severity])).toEqual(expected);
    });

    it.each([
      [EC_KEY, []],
      [odd(2048), [['platforms/ec-key-form', 'error']]],
      [EC_KEY.slice(0, -2), [['platforms/ec-key-form', 'error']]],
      ['30820122300D06092A864886F70D01010105000382010F00', [['platforms/ec-key-form', 'error']]],
      ['', [['platforms/public-key-required', 'error']]],
    ])('HarmonyOS %s', (publicKey, expected) => {
      expect(hits(harmony({ publicKey })).map(([rule, , severity]) => [rule, severity])).toEqual(expected);
    });

    it('tells a HarmonyOS agent that a decimal modulus is the wrong kind of key', () => {
      expect(hitsOfMessage(harmony({ publicKey: odd(2048) })).zh).toContain('EC');
    });

    it('a 其他 platform is held to no key or fingerprint form', () => {
      const profile = withRow(0, { platform: '其他', publicKey: 'abc', fingerprint: 'ABCD', packageName: 'x' });
      expect(hits(profile)).toEqual([]);
    });
  });
});
