import { describe, expect, it } from 'vitest';
import type { Deadline } from './deadline';
import { badgeOf, dueInstant, nextReminderAt, remindersDue } from './reminders';

const deadline = (over: Partial<Deadline>): Deadline => ({
  id: 'p1/sms-verification/-',
  profileId: 'p1',
  profileLabel: '云栖',
  kind: 'sms-verification',
  due: '2026-03-03',
  time: '15:30',
  expected: false,
  from: { stage: 'sms-verification', date: '2026-03-02T15:30' },
  text: { zh: '工信部短信核验。', en: 'SMS verification.' },
  source: 'rules-corpus §4.9',
  severity: 'warning',
  ...over,
});

describe('dueInstant', () => {
  it('reads a time as China time and a date-only due as 09:00 in China', () => {
    expect(dueInstant(deadline({})).toISOString()).toBe('2026-03-03T07:30:00.000Z');
    expect(dueInstant(deadline({ time: undefined })).toISOString()).toBe('2026-03-03T01:00:00.000Z');
  });
});

describe('remindersDue', () => {
  const sms = deadline({}); // leads 12 h, 2 h, 0 before 2026-03-03 15:30 (07:30Z)

  it('fires the nearest lead reached, once', () => {
    const at8 = new Date('2026-03-03T00:00:00Z'); // 08:00 in China: the 12-hour lead (03:30) has passed
    const [first, ...rest] = remindersDue([sms], at8);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ leadMinutes: 720, firesAt: new Date('2026-03-02T19:30:00Z') });
    expect(first?.title.zh).toBe('云栖 · 工信部短信核验：今天 15:30 前');
    expect(first?.title.en).toBe('云栖 · MIIT SMS verification: today before 15:30');
    expect(first?.body).toEqual(sms.text);
    expect(remindersDue([sms], at8, undefined, new Set([first!.id]))).toEqual([]);
    const later = remindersDue([sms], new Date('2026-03-03T05:31:00Z'), undefined, new Set([first!.id]));
    expect(later.map((r) => r.leadMinutes)).toEqual([120]);
  });

  it('shows one reminder for a deadline missed while the browser was closed, not the backlog', () => {
    const security = deadline({ id: 'p1/public-security/websites[0]', kind: 'public-security', due: '2026-12-20', time: undefined });
    const reminders = remindersDue([security], new Date('2026-12-28T02:00:00Z'));
    expect(reminders.map((r) => r.leadMinutes)).toEqual([0]);
    expect(reminders[0]?.title.zh).toContain('已过期（2026-12-20）');
  });

  it('fires again when the due date moves (the log changed)', () => {
    const shown = new Set(remindersDue([sms], new Date('2026-03-03T00:00:00Z')).map((r) => r.id));
    const moved = deadline({ due: '2026-03-04' });
    expect(remindersDue([moved], new Date('2026-03-04T00:00:00Z'), undefined, shown)).toHaveLength(1);
  });

  it('fires a deadline set one minute ahead when its minute comes, with the lead times the caller gives', () => {
    const now = new Date('2026-03-03T07:29:00Z');
    const leads = { 'sms-verification': [0] };
    expect(remindersDue([sms], now, leads)).toEqual([]);
    const next = nextReminderAt([sms], now, leads);
    expect(next?.toISOString()).toBe('2026-03-03T07:30:00.000Z');
    expect(remindersDue([sms], next!, leads).map((r) => r.deadline.id)).toEqual([sms.id]);
  });

  it('says how far off a date-only deadline is', () => {
    const doc = deadline({ kind: 'certificate-expiry', due: '2027-02-01', time: undefined, id: 'p1/certificate-expiry/-/subject.head.certificate.validUntil' });
    const [reminder] = remindersDue([doc], new Date('2026-12-07T02:00:00Z')); // 90-day lead reached on 2026-11-03
    expect(reminder?.leadMinutes).toBe(90 * 24 * 60);
    expect(reminder?.title.en).toBe('云栖 · Certificate expires: due in 56 days (2027-02-01)');
  });
});

describe('nextReminderAt', () => {
  it('is the earliest lead still ahead, or nothing', () => {
    expect(nextReminderAt([deadline({})], new Date('2026-03-03T00:00:00Z'))?.toISOString()).toBe('2026-03-03T05:30:00.000Z');
    expect(nextReminderAt([deadline({})], new Date('2026-03-04T00:00:00Z'))).toBeUndefined();
  });
});

describe('badgeOf', () => {
  it('counts what needs attention, coloured by the gravest', () => {
    expect(badgeOf([])).toEqual({ count: 0 });
    expect(badgeOf([deadline({ severity: 'info' })])).toEqual({ count: 0 });
    expect(badgeOf([deadline({ severity: 'warning' }), deadline({ severity: 'info' })])).toEqual({ count: 1, severity: 'warning' });
    expect(badgeOf([deadline({ severity: 'warning' }), deadline({ severity: 'error' })])).toEqual({ count: 2, severity: 'error' });
  });
});
