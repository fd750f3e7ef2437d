import { describe, expect, it } from 'vitest';
import { personSchema, type Person, type Profile, type Security } from '../profile/schema';
import { deadlinesOf } from '../timeline/deadlines';
import { runRules } from './run-rules';
import { enterpriseWithApp } from './samples-v2.test-support';
import { securityRules } from './security';

const TODAY = '2026-11-23';

/** The fixture (企业, 浙江, one website, one APP) with a `security` block on website 0 (and APP 0 when given). */
function withSecurity(website: Security, app?: Security): Profile {
  const profile = enterpriseWithApp();
  profile.websites[0]!.security = website;
  if (app) profile.apps[0]!.security = app;
  return profile;
}

const hits = (profile: Profile, today = TODAY) => runRules(profile, { today, rules: securityRules }).map((f) => [f.rule, f.path, f.severity]);
const findings = (profile: Profile, today = TODAY) => runRules(profile, { today });

/** A complete person of their own, valid for every person rule, with the given mobile. */
const person = (name: string, id: string, mobile: string, email: string): Person =>
  personSchema.parse({ name, certificate: { type: '居民身份证', number: id, validFrom: '2020-01-01', validUntil: '2040-01-01' }, officePhone: '0571-88886666', mobiles: [mobile], emails: [email] });

const LI = () => person('李安全', '33010619900101123X', '13905712222', 'li@example.com');
const ZHAO = () => person('赵应急', '330106198502021239', '13905713333', 'zhao@example.com');

describe('security rules', () => {
  it('a profile without a security block, and a complete one, raise nothing', () => {
    expect(hits(enterpriseWithApp())).toEqual([]);
    const complete = withSecurity({
      recordNumber: '浙公网安备33010602000001号',
      openedOn: '2026-10-01',
      registrar: '阿里云计算有限公司',
      domainCertificateValidUntil: '2028-01-01',
      interactive: false,
      interactiveServices: [],
      securityHead: LI(),
      emergencyContact: ZHAO(),
    });
    expect(hits(complete)).toEqual([]);
    expect(findings(complete).filter((f) => f.path.startsWith('websites[0].security'))).toEqual([]);
  });

  describe('the 30 days from the opening day', () => {
    it('an error once past, a warning as it nears, nothing further off or once the number is held', () => {
      expect(hits(withSecurity({ openedOn: '2026-10-19' }))).toEqual([['security/filing-deadline', 'websites[0].security.openedOn', 'error']]);
      expect(hits(withSecurity({ openedOn: '2026-10-30' }))).toEqual([['security/filing-deadline', 'websites[0].security.openedOn', 'warning']]);
      expect(hits(withSecurity({ openedOn: '2026-11-20' }))).toEqual([]);
      expect(hits(withSecurity({ openedOn: '2026-10-19', recordNumber: '浙公网安备33010602000001号' }))).toEqual([]);
    });

    it('names the due day and agrees with the timeline on it and on the severity', () => {
      const profile = withSecurity({ openedOn: '2026-10-19' }, { openedOn: '2026-10-30' });
      const marks = runRules(profile, { today: TODAY, rules: securityRules });
      const agenda = deadlinesOf({ profile, log: [] }, TODAY).filter((d) => d.kind === 'public-security');
      expect(marks.map((f) => [f.path, f.severity])).toEqual([
        ['websites[0].security.openedOn', 'error'],
        ['apps[0].security.openedOn', 'warning'],
      ]);
      expect(agenda.map((d) => [d.service, d.due, d.severity])).toEqual([
        ['websites[0]', '2026-11-18', 'error'],
        ['apps[0]', '2026-11-29', 'warning'],
      ]);
      expect(marks[0]?.message.zh).toContain('2026-11-18');
      expect(marks[0]?.message.en).toContain('5 days ago');
      expect(marks[1]?.message.en).toContain('(6 days left)');
    });
  });

  describe('the opening day itself', () => {
    it('is a real date and not in the future', () => {
      expect(hits(withSecurity({ openedOn: '2026-02-30' }))).toEqual([['security/opened-on-valid', 'websites[0].security.openedOn', 'error']]);
      expect(hits(withSecurity({ openedOn: '2026-12-01' }))).toEqual([['security/opened-on-valid', 'websites[0].security.openedOn', 'error']]);
    });

    it('is not before the year the 备案号 says the subject was first approved', () => {
      const early = withSecurity({ openedOn: '2025-06-01', recordNumber: '浙公网安备33010602000001号' });
      early.subject.recordNumber = '浙ICP备2026001234号';
      expect(hits(early)).toEqual([['security/opened-before-approval', 'websites[0].security.openedOn', 'warning']]);
      early.websites[0]!.security!.openedOn = '2026-01-02';
      expect(hits(early)).toEqual([]);
      // An 8-digit number carries the year's last two digits; the website's own number wins over the subject's.
      early.websites[0]!.recordNumber = '浙ICP备16020626号-1';
      early.websites[0]!.security!.openedOn = '2015-12-31';
      expect(hits(early)).toEqual([['security/opened-before-approval', 'websites[0].security.openedOn', 'warning']]);
    });
  });

  describe('interactive services', () => {
    it('interactive: a 安全评估 warning, and an error without any item ticked', () => {
      expect(hits(withSecurity({ interactive: true, interactiveServices: [] }))).toEqual([
        ['security/assessment-due', 'websites[0].security.interactive', 'warning'],
        ['security/interactive-services-required', 'websites[0].security.interactiveServices', 'error'],
      ]);
      expect(hits(withSecurity({ interactive: true, interactiveServices: ['论坛/社区', '评论/跟帖'] }))).toEqual([['security/assessment-due', 'websites[0].security.interactive', 'warning']]);
    });

    it('items ticked while not interactive is a warning; unanswered says nothing', () => {
      expect(hits(withSecurity({ interactive: false, interactiveServices: ['即时通信'] }))).toEqual([['security/interactive-services-unexpected', 'websites[0].security.interactiveServices', 'warning']]);
      expect(hits(withSecurity({ interactiveServices: ['即时通信'] }))).toEqual([]);
    });

    it('the 安全评估 text says it is unverified', () => {
      const [mark] = runRules(withSecurity({ interactive: true, interactiveServices: ['网络直播'] }), { today: TODAY, rules: securityRules });
      expect(mark?.message.zh).toContain('未核实');
      expect(mark?.source).toContain('issue 18');
    });
  });

  describe('the two people', () => {
    it('their mobiles differ: both given, or one given and the other the service head', () => {
      const zhao = ZHAO();
      zhao.mobiles = ['13905712222'];
      expect(hits(withSecurity({ securityHead: LI(), emergencyContact: zhao }))).toEqual([['security/contacts-distinct-mobiles', 'websites[0].security.emergencyContact.mobiles[0]', 'warning']]);
      const sharingHead = ZHAO();
      sharingHead.mobiles = ['13905710000']; // the website head's
      expect(hits(withSecurity({ emergencyContact: sharingHead }))).toEqual([['security/contacts-distinct-mobiles', 'websites[0].security.emergencyContact.mobiles[0]', 'warning']]);
      const head = enterpriseWithApp().websites[0]!.head;
      expect(hits(withSecurity({ securityHead: head }))).toEqual([['security/contacts-distinct-mobiles', 'websites[0].security.securityHead.mobiles[0]', 'warning']]);
      // Both left out: both are the website head, as issue 18 wants by default.
      expect(hits(withSecurity({}))).toEqual([]);
    });

    it('what the ICP rules say of a person reaches the security head and emergency contact', () => {
      const li = LI();
      li.mobiles = ['1390571222'];
      li.certificate.number = '330106199001011235';
      const marks = findings(withSecurity({ securityHead: li, emergencyContact: personSchema.parse({}) })).filter((f) => f.path.includes('.security.'));
      const ids = marks.map((f) => [f.rule, f.path]);
      expect(ids).toContainEqual(['contacts/mobile-format', 'websites[0].security.securityHead.mobiles[0]']);
      expect(ids).toContainEqual(['identity/resident-id-checksum', 'websites[0].security.securityHead.certificate.number']);
      expect(ids).toContainEqual(['completeness/person-field-required', 'websites[0].security.emergencyContact.name']);
      expect(ids).toContainEqual(['contacts/mobile-required', 'websites[0].security.emergencyContact.mobiles']);
    });

    it('rules about how the ICP heads relate on MIIT’s form leave them alone', () => {
      // A security head whose number is the subject head's mobile, an emergency phone that is another head's mobile:
      // MIIT's form never sees them, so contacts/heads-distinct-contacts and emergency-not-another-mobile stay quiet.
      const li = LI();
      li.mobiles = ['13905710000'];
      const profile = withSecurity({ securityHead: li });
      profile.websites[0]!.head.emergencyPhone = '13905712222';
      const ids = findings(profile).map((f) => f.rule);
      expect(ids).not.toContain('contacts/heads-distinct-contacts');
      expect(ids).not.toContain('contacts/emergency-not-another-mobile');
    });
  });

  describe('the 公安备案号', () => {
    it('province abbreviation + 公网安备 + 14 digits + 号', () => {
      const at = (recordNumber: string) => hits(withSecurity({ recordNumber }));
      expect(at('京公网安备11010802000001号')).toEqual([]);
      expect(at('粤公网安备 44030502000000号')).toEqual([]);
      expect(at('浙公网安备3301060200001号')).toEqual([['security/record-number-format', 'websites[0].security.recordNumber', 'error']]);
      expect(at('浙ICP备2026001234号')).toEqual([['security/record-number-format', 'websites[0].security.recordNumber', 'error']]);
      expect(at('中公网安备33010602000001号')).toEqual([['security/record-number-format', 'websites[0].security.recordNumber', 'error']]);
      const [short] = runRules(withSecurity({ recordNumber: '浙公网安备3301060200001号' }), { today: TODAY, rules: securityRules });
      expect(short?.message.en).toContain('has 13');
    });
  });
});
