import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/schema';
import { enterprise, findingsOf, personal, twoWebsites } from '../../test/support/sample';
import { residentIdCheckChar } from './algorithms/resident-id';
import { enterpriseWithApp } from './samples-v2.test-support';

/** An ID number of the given address code, birth date (YYYYMMDD) and sequence, with its check character. */
const idNumber = (area: string, birth: string, sequence = '123'): string => {
  const first17 = area + birth + sequence;
  return first17 + (residentIdCheckChar(first17) ?? '?');
};

/** [rule, path, severity] of the identity findings, for compact assertions. */
const hits = (profile: Profile, today?: string) => findingsOf(profile, 'identity', today).map((f) => [f.rule, f.path, f.severity]);

describe('identity', () => {
  it.each([
    ['valid-enterprise', enterprise],
    ['valid-personal', personal],
    ['valid-enterprise-two-websites', twoWebsites],
  ])('%s has no identity findings', (_name, load) => {
    expect(findingsOf(load(), 'identity')).toEqual([]);
  });

  describe('GB 11643 numbers', () => {
    it.each([
      ['330106199003071235', 'identity/resident-id-checksum'],
      ['33010619900307123', 'identity/resident-id-format'],
      ['33010619900307123Y', 'identity/resident-id-format'],
      ['330106900307123', 'identity/resident-id-legacy'],
      ['33010619850612004x', 'identity/resident-id-uppercase-x'],
      ['990106199003071236', 'identity/resident-id-province'],
      ['810000199408230021', 'identity/resident-id-province'],
      ['330106199002301236', 'identity/resident-id-birth-date'],
      [idNumber('330106', '20270101'), 'identity/resident-id-birth-date'],
    ])('%s at the subject head → %s', (number, rule) => {
      const profile = enterprise();
      profile.subject.head.certificate.number = number;
      expect(hits(profile)).toEqual([[rule, 'subject.head.certificate.number', 'error']]);
    });

    it('names the right check character', () => {
      const profile = enterprise();
      profile.subject.head.certificate.number = '330106199003071235';
      expect(findingsOf(profile, 'identity')[0]?.message.zh).toBe('校验位应为 6');
    });

    it('checks each website head at its own path', () => {
      const profile = twoWebsites();
      profile.websites[1]!.head.certificate.number = '33010619850612004x';
      expect(hits(profile)).toEqual([['identity/resident-id-uppercase-x', 'websites[1].head.certificate.number', 'error']]);
    });

    it('checks the own certificate of a personal subject, not an enterprise USCC', () => {
      const profile = personal();
      profile.subject.certificate.number = '310115199208152332';
      expect(hits(profile)).toContainEqual(['identity/resident-id-checksum', 'subject.certificate.number', 'error']);

      const company = enterprise();
      company.subject.certificate.number = '310115199208152332';
      expect(hits(company)).toEqual([]);
    });

    it.each([
      ['港澳居民居住证', '810000199408230021', []],
      ['港澳居民居住证', idNumber('820000', '19940823', '002'), []],
      ['台湾居民居住证', '830000199201300022', []],
      ['港澳居民居住证', '830000199201300022', [['identity/resident-id-province', 'subject.head.certificate.number', 'error']]],
      ['台湾居民居住证', '330106199003071236', [['identity/resident-id-province', 'subject.head.certificate.number', 'error']]],
      ['港澳居民居住证', '810000199408230022', [['identity/resident-id-checksum', 'subject.head.certificate.number', 'error']]],
    ])('%s %s', (type, number, expected) => {
      const profile = enterprise();
      profile.subject.head.certificate = { type, number, validFrom: '2020-01-01', validUntil: '2030-01-01' };
      expect(hits(profile)).toEqual(expected);
    });
  });

  describe('travel documents', () => {
    it.each([
      ['护照', 'E12345678', []],
      ['护照', 'e12345678', [['identity/travel-document-format', 'error']]],
      ['护照', 'E-12', [['identity/travel-document-format', 'error']]],
      ['港澳居民来往内地通行证', 'H12345678', []],
      ['港澳居民来往内地通行证', 'H1234567', [['identity/travel-document-format', 'error']]],
      ['港澳居民来往内地通行证', 'HA123456', [['identity/travel-document-legacy', 'warning']]],
      ['台湾居民来往大陆通行证', '12345678', []],
      ['台湾居民来往大陆通行证', '1234567890', [['identity/travel-document-legacy', 'warning']]],
      ['台湾居民来往大陆通行证', '123456', [['identity/travel-document-format', 'error']]],
      ['外国人永久居留身份证', 'USA123456789012', []],
      ['外国人永久居留身份证', idNumber('931562', '19800101', '001'), []],
      ['外国人永久居留身份证', 'USA12345678901', [['identity/travel-document-format', 'error']]],
    ])('%s %s', (type, number, expected) => {
      const profile = enterprise();
      profile.websites[0]!.head.certificate.type = type;
      profile.websites[0]!.head.certificate.number = number;
      const found = findingsOf(profile, 'identity').map((f) => [f.rule, f.severity]);
      expect(found).toEqual(expected);
      for (const f of findingsOf(profile, 'identity')) expect(f.path).toBe('websites[0].head.certificate.number');
    });
  });

  it('demands a personal document type for every head', () => {
    const profile = enterprise();
    profile.websites[0]!.head.certificate.type = '营业执照（个人或企业）';
    expect(hits(profile)).toEqual([['identity/person-certificate-type', 'websites[0].head.certificate.type', 'error']]);
  });

  describe('validity', () => {
    const withValidity = (validFrom: string | undefined, validUntil: string | undefined) => {
      const profile = enterprise();
      profile.subject.head.certificate.validFrom = validFrom;
      profile.subject.head.certificate.validUntil = validUntil;
      return findingsOf(profile, 'identity').map((f) => [f.rule, f.path.replace('subject.head.certificate.', '')]);
    };

    it.each([
      ['2020-03-07', '2040-03-07', []],
      ['2016-06-12', '长期', []],
      [undefined, undefined, []],
      ['2020-02-30', '2040-03-07', [['identity/validity-date-format', 'validFrom']]],
      ['2020-03-07', '2040/03/07', [['identity/validity-date-format', 'validUntil']]],
      ['长期', '2040-03-07', [['identity/validity-date-format', 'validFrom']]],
      ['2026-11-24', '2046-11-24', [['identity/valid-from-future', 'validFrom']]],
      ['2026-11-23', '2046-11-23', []],
      ['2030-03-07', '2030-03-07', [['identity/valid-from-future', 'validFrom'], ['identity/validity-order', 'validUntil']]],
      ['2006-11-22', '2026-11-22', [['identity/certificate-expired', 'validUntil']]],
      ['2007-02-22', '2027-02-22', [['identity/certificate-months-left', 'validUntil']]],
      ['2007-02-23', '2027-02-23', []],
      ['2006-11-23', '2026-11-23', [['identity/certificate-months-left', 'validUntil']]],
    ])('from %s until %s', (validFrom, validUntil, expected) => {
      expect(withValidity(validFrom, validUntil)).toEqual(expected);
    });

    it('reports the date format of every head at its own path and severity', () => {
      const profile = twoWebsites();
      profile.websites[1]!.head.certificate.validUntil = 'forever';
      expect(hits(profile)).toEqual([['identity/validity-date-format', 'websites[1].head.certificate.validUntil', 'error']]);
    });

    it('allows a 居住证 the shorter minimum of its province (上海: 1 month)', () => {
      const profile = personal();
      profile.websites[0]!.head.certificate = { type: '港澳居民居住证', number: '810000199408230021', validFrom: '2022-01-01', validUntil: '2026-12-24' };
      expect(hits(profile)).toEqual([]);
      profile.websites[0]!.head.certificate.validUntil = '2026-12-22';
      expect(hits(profile)).toEqual([['identity/certificate-months-left', 'websites[0].head.certificate.validUntil', 'error']]);
      expect(findingsOf(profile, 'identity')[0]?.message.zh).toContain('1 个月');
    });

    it('keeps the ID minimum for a 居住证 where the province sets none', () => {
      const profile = enterprise();
      profile.websites[0]!.head.certificate = { type: '港澳居民居住证', number: '810000199408230021', validFrom: '2022-01-01', validUntil: '2026-12-24' };
      expect(hits(profile)).toEqual([['identity/certificate-months-left', 'websites[0].head.certificate.validUntil', 'error']]);
    });
  });

  describe('minimum age', () => {
    const headBornIn = (province: string, birth: string) => {
      const profile = enterprise();
      profile.subject.region.province = province;
      profile.subject.head.certificate.number = idNumber('330106', birth);
      return hits(profile);
    };

    it.each([
      ['浙江省', '20081123', []],
      ['浙江省', '20081124', [['identity/minimum-age', 'subject.head.certificate.number', 'error']]],
      ['广东省', '20081124', [['identity/minimum-age', 'subject.head.certificate.number', 'warning']]],
      ['广东省', '20101123', [['identity/minimum-age', 'subject.head.certificate.number', 'warning']]],
      ['广东省', '20101124', [['identity/minimum-age', 'subject.head.certificate.number', 'error']]],
      ['山东省', '20091123', []],
      ['山东省', '20091124', [['identity/minimum-age', 'subject.head.certificate.number', 'error']]],
    ])('%s, born %s', (province, birth, expected) => {
      expect(headBornIn(province, birth)).toEqual(expected);
    });
  });

  describe('personal subject', () => {
    it('warns when a local-ID-only province gets an ID from elsewhere', () => {
      const profile = personal();
      profile.subject.region.province = '河南省';
      expect(hits(profile)).toEqual([['identity/personal-local-id', 'subject.certificate.number', 'warning']]);
      expect(findingsOf(profile, 'identity')[0]?.message.zh).toContain('上海市');
    });

    it('accepts a local ID in a local-ID-only province', () => {
      const profile = personal();
      profile.subject.region.province = '河南省';
      const local = idNumber('410105', '19920815', '233');
      profile.subject.certificate.number = local;
      profile.subject.head.certificate.number = local;
      profile.websites[0]!.head.certificate.number = local;
      expect(hits(profile)).toEqual([]);
    });

    it('warns about a non-ID document in a local-ID-only province', () => {
      const profile = personal();
      profile.subject.region.province = '河南省';
      profile.subject.certificate = { type: '护照', number: 'E12345678', address: '' };
      expect(hits(profile)).toContainEqual(['identity/personal-local-id', 'subject.certificate.type', 'warning']);
    });

    it('warns when the subject is not its own head', () => {
      const profile = personal();
      profile.subject.name = '赵磊磊';
      profile.subject.certificate.number = idNumber('310115', '19920815', '245');
      expect(hits(profile)).toEqual([
        ['identity/personal-subject-is-head', 'subject.certificate.number', 'warning'],
        ['identity/personal-subject-is-head', 'subject.name', 'warning'],
      ]);
    });

    it('does not compare an enterprise with its head', () => {
      const profile = enterprise();
      profile.subject.name = '王小明';
      expect(hits(profile)).toEqual([]);
    });
  });

  it('uses the day it is given, never the clock', () => {
    const profile = enterprise();
    profile.subject.head.certificate.validUntil = '2030-01-01';
    expect(hits(profile, '2029-12-01')).toEqual([['identity/certificate-months-left', 'subject.head.certificate.validUntil', 'error']]);
    expect(hits(profile, '2026-11-23')).toEqual([]);
  });
});

describe('identity of APP and mini-program heads', () => {
  it('checks their documents like every other head’s', () => {
    const profile = enterpriseWithApp();
    profile.apps[0]!.head.certificate.number = '330106199003071235';
    profile.miniPrograms[0]!.head.certificate.validUntil = '2026-12-01';
    expect(findingsOf(profile, 'identity').map((f) => `${f.rule}@${f.path}`)).toEqual([
      'identity/resident-id-checksum@apps[0].head.certificate.number',
      'identity/certificate-months-left@miniPrograms[0].head.certificate.validUntil',
    ]);
  });
});
