import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile/schema';
import { enterprise, findingsOf, personal, twoWebsites } from '../../test/support/sample';
import { enterpriseWithApp, personalHarmony } from './samples-v2.test-support';

/** [rule, path, severity] of the contacts findings, for compact assertions. */
const hits = (profile: Profile) => findingsOf(profile, 'contacts').map((f) => [f.rule, f.path, f.severity]);

describe('contacts', () => {
  it.each([
    ['valid-enterprise', enterprise],
    ['valid-personal', personal],
    ['valid-enterprise-two-websites', twoWebsites],
  ])('%s has no contacts findings', (_name, load) => {
    expect(findingsOf(load(), 'contacts')).toEqual([]);
  });

  describe('mobiles', () => {
    it.each([
      ['13905710000', true],
      ['19912345678', true],
      ['16612345678', true],
      ['1390571000', false],
      ['139057100001', false],
      ['12905710000', false],
      ['23905710000', false],
      ['139-0571-0000', false],
      ['+8613905710000', false],
    ])('%s valid: %s', (mobile, valid) => {
      const profile = enterprise();
      profile.subject.head.mobiles = [mobile];
      expect(hits(profile)).toEqual(valid ? [] : [['contacts/mobile-format', 'subject.head.mobiles[0]', 'error']]);
    });

    it('checks every mobile of every head at its own index', () => {
      const profile = twoWebsites();
      profile.websites[1]!.head.mobiles = ['13705712222', '1370571'];
      expect(hits(profile)).toEqual([['contacts/mobile-format', 'websites[1].head.mobiles[1]', 'error']]);
    });

    it('says how many digits a short number has', () => {
      const profile = enterprise();
      profile.subject.head.mobiles = ['1390571000'];
      expect(findingsOf(profile, 'contacts')[0]?.message.zh).toContain('有 10 位');
    });

    it.each([[[]], [['']], [[' ']]])('requires at least one mobile: %j', (mobiles) => {
      const profile = enterprise();
      profile.subject.head.mobiles = mobiles;
      expect(hits(profile)).toEqual([['contacts/mobile-required', 'subject.head.mobiles', 'error']]);
    });

    it('warns about a mobile listed twice by one person', () => {
      const profile = enterprise();
      profile.subject.head.mobiles = ['13905710000', '13905710000'];
      expect(hits(profile)).toEqual([['contacts/duplicate-within-person', 'subject.head.mobiles[1]', 'warning']]);
    });
  });

  describe('office phone', () => {
    it.each([
      ['0571-88886666', true],
      ['0571-8888666', true],
      ['010-84562120-123', true],
      ['086-010-8456212', true],
      ['086-010-87654321-123', true],
      ['86-10-84562120', true],
      ['+86-571-88886666', true],
      ['023-62345678', true],
      ['', true],
      ['0571 88886666', false],
      ['057188886666', false],
      ['(0571)88886666', false],
      ['571-88886666', false],
      ['0571-08886666', false],
      ['0571-888866', false],
      ['0571-888866661', false],
      ['001-62345678', false],
      ['0123-6234567', false],
      ['0234-6234567', false],
      ['13905710000', false],
      ['0571-88886666-', false],
      // Placeholders of rules-corpus §3.5 / MIITX sample data: no local number starts with 1.
      ['023-12345678', false],
      ['86-10-12345678', false],
    ])('%s valid: %s', (phone, valid) => {
      const profile = personal();
      // No province: the area-code rule stays out of the format table.
      profile.subject.region.province = '';
      profile.subject.head.officePhone = phone;
      expect(hits(profile)).toEqual(valid ? [] : [['contacts/office-phone-format', 'subject.head.officePhone', 'error']]);
    });

    it('wants an office phone from organisations, not from individuals', () => {
      const company = enterprise();
      company.subject.head.officePhone = '';
      company.websites[0]!.head.officePhone = ' ';
      expect(hits(company)).toEqual([
        ['contacts/office-phone-required', 'subject.head.officePhone', 'warning'],
        ['contacts/office-phone-required', 'websites[0].head.officePhone', 'warning'],
      ]);

      const individual = personal();
      individual.subject.head.officePhone = '';
      expect(hits(individual)).toEqual([]);
    });

    it.each([
      ['浙江省', '010-84562120', ['北京市']],
      ['浙江省', '086-010-8456212', ['北京市']],
      ['浙江省', '021-58886666', ['上海市']],
      ['北京市', '020-38886666', ['广东省']],
      ['北京市', '010-84562120', []],
      ['北京市', '0571-88886666', []],
      ['上海市', '021-58886666', []],
      ['陕西省', '029-88886666', []],
    ])('subject in %s, office phone %s → area of %j', (province, phone, owners) => {
      const profile = enterprise();
      profile.subject.region.province = province;
      profile.subject.head.officePhone = phone;
      const found = findingsOf(profile, 'contacts');
      expect(found.map((f) => [f.rule, f.path, f.severity])).toEqual(
        owners.map(() => ['contacts/office-phone-area-code', 'subject.head.officePhone', 'warning']),
      );
      for (const owner of owners) expect(found[0]?.message.zh).toContain(owner);
    });
  });

  describe('e-mails', () => {
    it.each([
      ['wangxm@yunqi-example.com', true],
      ['zhaolei.blog@163.com', true],
      ['a.b+tag@mail.yunqi-example.com.cn', true],
      ['zhao@例子.中国', true],
      ['zhao@xn--fsqu00a.xn--fiqs8s', true],
      ['wangxm.yunqi-example.com', false],
      ['wangxm@', false],
      ['@163.com', false],
      ['wang xm@163.com', false],
      ['wangxm＠163.com', false],
      ['wang..xm@163.com', false],
      ['.wangxm@163.com', false],
      ['wangxm@163', false],
      ['wangxm@163..com', false],
      ['wangxm@-163.com', false],
    ])('%s valid: %s', (email, valid) => {
      const profile = enterprise();
      profile.subject.head.emails = [email];
      expect(hits(profile)).toEqual(valid ? [] : [['contacts/email-format', 'subject.head.emails[0]', 'error']]);
    });

    it('points at full-width symbols', () => {
      const profile = enterprise();
      profile.subject.head.emails = ['wangxm＠163.com'];
      expect(findingsOf(profile, 'contacts')[0]?.message.zh).toContain('全角');
    });

    it('requires at least one e-mail', () => {
      const profile = enterprise();
      profile.websites[0]!.head.emails = [];
      expect(hits(profile)).toEqual([['contacts/email-required', 'websites[0].head.emails', 'error']]);
    });

    it('warns about an e-mail listed twice, ignoring case', () => {
      const profile = enterprise();
      profile.subject.head.emails = ['wangxm@yunqi-example.com', 'WangXM@yunqi-example.com'];
      expect(hits(profile)).toEqual([['contacts/duplicate-within-person', 'subject.head.emails[1]', 'warning']]);
    });
  });

  describe('emergency phone', () => {
    it.each([
      ['13905710001', []],
      ['0571-88886667', []],
      ['086-0571-88886667', []],
      ['', []],
      ['12345', [['contacts/emergency-phone-format', 'subject.head.emergencyPhone', 'error']]],
      ['1390571000', [['contacts/emergency-phone-format', 'subject.head.emergencyPhone', 'error']]],
      ['13905710000', [['contacts/emergency-differs-from-mobile', 'subject.head.emergencyPhone', 'error']]],
    ])('%s → %j', (phone, expected) => {
      const profile = enterprise();
      profile.subject.head.emergencyPhone = phone;
      expect(hits(profile)).toEqual(expected);
    });

    it('compares with every mobile of the person', () => {
      const profile = enterprise();
      profile.websites[0]!.head.mobiles = ['13905710000', '13905710009'];
      profile.websites[0]!.head.emergencyPhone = '13905710009';
      expect(hits(profile)).toEqual([['contacts/emergency-differs-from-mobile', 'websites[0].head.emergencyPhone', 'error']]);
    });
  });

  describe('different people', () => {
    it('rejects a website head who is someone else but shares the subject head’s mobile and e-mail', () => {
      const profile = twoWebsites();
      profile.websites[1]!.head.mobiles = ['13705712222', '13905710000'];
      profile.websites[1]!.head.emails = ['WANGXM@yunqi-example.com'];
      expect(hits(profile)).toEqual([
        ['contacts/heads-distinct-contacts', 'websites[1].head.mobiles[1]', 'error'],
        ['contacts/heads-distinct-contacts', 'websites[1].head.emails[0]', 'error'],
      ]);
    });

    it('names the subject head’s field, never its value or the person, in both languages', () => {
      const profile = enterprise();
      profile.websites[0]!.head.certificate.number = '33010619850612004X';
      const shared = findingsOf(profile, 'contacts').filter((f) => f.rule === 'contacts/heads-distinct-contacts');
      const mobile = shared.find((f) => f.path === 'websites[0].head.mobiles[0]');
      expect(mobile?.message.zh).toMatch(/^与主体负责人的手机号码相同/);
      expect(mobile?.message.en).toMatch(/^same as the subject head’s mobile number/);
      for (const f of shared) {
        for (const text of [f.message.zh, f.message.en]) {
          expect(text).not.toContain(profile.subject.head.name);
          for (const value of [...profile.subject.head.mobiles, ...profile.subject.head.emails]) expect(text).not.toContain(value);
        }
      }
    });

    it('lets the same person repeat their own contacts', () => {
      const profile = enterprise();
      expect(profile.websites[0]!.head.mobiles).toEqual(profile.subject.head.mobiles);
      expect(hits(profile)).toEqual([]);
    });

    it('reads a different certificate number as a different person', () => {
      const profile = enterprise();
      profile.websites[0]!.head.certificate.number = '33010619850612004X';
      expect(hits(profile)).toContainEqual(['contacts/heads-distinct-contacts', 'websites[0].head.mobiles[0]', 'error']);
    });

    it.each([
      ['浙江省', 'warning'],
      ['河南省', 'error'],
      ['重庆市', 'error'],
      ['天津市', 'error'],
      ['甘肃省', 'error'],
    ])('shared emergency phone of different people in %s → %s', (province, severity) => {
      const profile = twoWebsites();
      profile.subject.region.province = province;
      profile.websites[1]!.head.emergencyPhone = '13905710001';
      expect(hits(profile)).toEqual([['contacts/emergency-phones-distinct', 'websites[1].head.emergencyPhone', severity]]);
    });

    it('lets the same person keep one emergency phone across slots', () => {
      const profile = twoWebsites();
      profile.subject.region.province = '河南省';
      expect(profile.websites[0]!.head.emergencyPhone).toBe(profile.subject.head.emergencyPhone);
      expect(hits(profile)).toEqual([]);
    });
  });
});

describe('contacts of APP and mini-program heads', () => {
  it('checks an APP head and a mini-program head like any other head', () => {
    const profile = enterpriseWithApp();
    profile.apps[0]!.head.mobiles = ['1390571'];
    profile.miniPrograms[0]!.head.emails = ['wang@'];
    expect(hits(profile)).toEqual([
      ['contacts/mobile-format', 'apps[0].head.mobiles[0]', 'error'],
      ['contacts/email-format', 'miniPrograms[0].head.emails[0]', 'error'],
    ]);
  });

  it('a different APP head may not share the subject head’s mobile or e-mail', () => {
    const profile = enterpriseWithApp();
    profile.apps[0]!.head.name = '李娜';
    profile.apps[0]!.head.certificate.number = '33010619850612004X';
    profile.apps[0]!.head.emergencyPhone = '13705710009';
    expect(hits(profile)).toEqual([
      ['contacts/heads-distinct-contacts', 'apps[0].head.mobiles[0]', 'error'],
      ['contacts/heads-distinct-contacts', 'apps[0].head.emails[0]', 'error'],
    ]);
    expect(findingsOf(profile, 'contacts')[0]!.message.zh).toContain('APP负责人');
  });

  it('names an APP head as the other person of a shared emergency phone', () => {
    const profile = enterpriseWithApp();
    Object.assign(profile.apps[0]!.head, { name: '李娜', mobiles: ['13705710008'], emails: ['lina@yunqi-example.com'], emergencyPhone: '13705710009' });
    profile.apps[0]!.head.certificate.number = '33010619850612004X';
    profile.miniPrograms[0]!.head = structuredClone(profile.apps[0]!.head);
    profile.miniPrograms[0]!.head.name = '赵云';
    profile.miniPrograms[0]!.head.certificate.number = '330106198506120037';
    profile.miniPrograms[0]!.head.mobiles = ['13705710007'];
    profile.miniPrograms[0]!.head.emails = ['zhaoyun@yunqi-example.com'];
    const found = findingsOf(profile, 'contacts').filter((f) => f.rule === 'contacts/emergency-phones-distinct');
    expect(found.map((f) => f.path)).toEqual(['miniPrograms[0].head.emergencyPhone']);
    expect(found[0]!.message.zh).toContain('APP 1 的负责人');
  });
});

describe('contacts/emergency-not-another-mobile', () => {
  it('the emergency phone of one head may not be another head’s mobile', () => {
    const profile = twoWebsites();
    profile.websites[1]!.head.emergencyPhone = '13905710000';
    expect(hits(profile)).toEqual([['contacts/emergency-not-another-mobile', 'websites[1].head.emergencyPhone', 'error']]);
    expect(findingsOf(profile, 'contacts')[0]!.message.zh).toContain('主体负责人');
  });

  it('does not fire for the same person in two slots, nor twice for one’s own mobile', () => {
    expect(hits(personalHarmony())).toEqual([]);
    const own = enterprise();
    own.subject.head.emergencyPhone = '13905710000';
    expect(hits(own).map(([rule]) => rule)).not.toContain('contacts/emergency-not-another-mobile');
  });
});
