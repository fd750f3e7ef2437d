import { describe, expect, it } from 'vitest';
import { toStored, VaultLockedError, type FilingLogEntry, type StoredProfile } from '../profile/store';
import { enterpriseWithApp, personalHarmony } from '../rules/samples-v2.test-support';
import { parseProfileLink, profileLink } from '../ui/profile-link';
import { BADGE_COLORS, checkReminders, deadlinesChangedIds, nextChinaMidnight, reminderRunner, type Badge, type ReminderDeps, type Shown } from './reminders';

const entry = (status: string, date: string): FilingLogEntry => ({ portal: '阿里云', type: '新增备案', status, date });

function stored(log: FilingLogEntry[], id = 'p1', profile = enterpriseWithApp()): StoredProfile {
  const record = toStored(profile, '2026-11-01T00:00:00Z', id);
  record.log = log;
  return record;
}

/** Fake browser: what was notified, badged and scheduled, with a clock the test moves. */
function fake(records: StoredProfile[], start: string, over: Partial<ReminderDeps> = {}) {
  const state = { now: new Date(start), shown: {} as Shown, notes: [] as { id: string; title: string; message: string }[], badge: undefined as Badge | undefined, alarm: undefined as number | undefined, locked: false };
  const deps: ReminderDeps = {
    now: () => state.now,
    language: 'zh',
    vaultLocked: async () => state.locked,
    stamps: async () => new Map(records.map((r) => [r.id, r.updatedAt])),
    profiles: async (ids) => ids.map((id) => records.find((r) => r.id === id)),
    importedCalendar: async () => undefined,
    shown: async () => structuredClone(state.shown),
    setShown: async (shown) => void (state.shown = shown),
    notify: async (id, note) => void state.notes.push({ id, ...note }),
    setBadge: async (badge) => void (state.badge = badge),
    schedule: async (when) => void (state.alarm = when),
    ...over,
  };
  return { deps, state };
}

describe('checkReminders', () => {
  it('fires the SMS reminder when its lead comes, once, and sets the badge and the next alarm', async () => {
    // SMS at 2026-03-02 15:30 in China: due 03-03 15:30; leads 12 h (03:30), 2 h (13:30), 0.
    const { deps, state } = fake([stored([entry('submitted', '2026-03-01'), entry('sms-verification', '2026-03-02T15:30')])], '2026-03-02T08:00:00Z');
    const first = await checkReminders(deps);
    expect(first).toMatchObject({ locked: false, fired: [], badge: { text: '1', color: BADGE_COLORS.warning } });
    expect(state.alarm).toBe(new Date('2026-03-02T16:00:00Z').getTime()); // midnight in China comes before 03:30
    state.now = new Date('2026-03-02T19:30:00Z'); // 03:30 in China
    const second = await checkReminders(deps);
    expect(second).toMatchObject({ fired: ['p1/sms-verification/-@2026-03-03T15:30-720'] });
    expect(state.notes).toEqual([{ id: 'p1/sms-verification/-@2026-03-03T15:30-720', title: expect.stringContaining('工信部短信核验：今天 15:30 前'), message: expect.stringContaining('24 小时') }]);
    expect(state.alarm).toBe(new Date('2026-03-03T05:30:00Z').getTime()); // the 2-hour lead
    expect(state.shown).toEqual({ 'p1/sms-verification/-@2026-03-03T15:30-720': { profileId: 'p1' } });
    await checkReminders(deps);
    expect(state.notes).toHaveLength(1);
  });

  it('counts thousands of profiles a slice at a time: a message that arrives meanwhile is answered before the pass ends', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => stored([entry('submitted', '2026-03-01')], `p${i}`));
    const order: string[] = [];
    const { deps } = fake(many, '2026-03-02T08:00:00Z', { setBadge: async () => void order.push('pass done') });
    const pass = checkReminders(deps);
    setTimeout(() => order.push('other message'), 0);
    await pass;
    expect(order).toEqual(['other message', 'pass done']);
  });

  it('writes the notification in the browser’s language', async () => {
    const { deps, state } = fake([stored([entry('sms-verification', '2026-03-02T15:30')])], '2026-03-02T19:30:00Z', { language: 'en' });
    await checkReminders(deps);
    expect(state.notes[0]?.title).toBe(`${enterpriseWithApp().label} · MIIT SMS verification: today before 15:30`);
    expect(state.notes[0]?.message).toMatch(/^MIIT's SMS verification/);
  });

  it('shows nothing while the vault is locked, keeps an alarm, and catches up once unlocked', async () => {
    const { deps, state } = fake([stored([entry('approved', '2026-11-01')])], '2026-12-07T02:00:00Z');
    state.locked = true;
    state.badge = { text: '3', color: BADGE_COLORS.error };
    expect(await checkReminders(deps)).toEqual({ locked: true, next: nextChinaMidnight(state.now) });
    expect(state.badge).toEqual({ text: '' });
    expect(state.notes).toEqual([]);
    expect(state.alarm).toBe(new Date('2026-12-07T16:00:00Z').getTime());
    state.locked = false;
    await checkReminders(deps);
    // 公安 filing due 2026-12-01 for the website and the APP: overdue, one reminder each, red badge.
    expect(state.notes.map((n) => n.id)).toEqual(['p1/public-security/apps[0]@2026-12-01-0', 'p1/public-security/websites[0]@2026-12-01-0']);
    expect(state.badge).toEqual({ text: '2', color: BADGE_COLORS.error });
  });

  it('counts a store refusing to read (locked meanwhile) as locked, and lets other errors through', async () => {
    const locked = fake([stored([])], '2026-12-07T02:00:00Z', { profiles: async () => Promise.reject(new VaultLockedError()) });
    expect(await checkReminders(locked.deps)).toMatchObject({ locked: true });
    const broken = fake([stored([])], '2026-12-07T02:00:00Z', { profiles: async () => Promise.reject(new Error('disk')) });
    await expect(checkReminders(broken.deps)).rejects.toThrow('disk');
  });

  it('leads a click to the field a deadline is counted from', async () => {
    const profile = personalHarmony();
    profile.apps[0]!.security = { domainCertificateValidUntil: '2026-12-20' };
    const { deps, state } = fake([stored([], 'p2', profile)], '2026-12-07T02:00:00Z');
    await checkReminders(deps);
    expect(Object.values(state.shown)).toEqual([{ profileId: 'p2', path: 'apps[0].security.domainCertificateValidUntil' }]);
    expect(parseProfileLink(profileLink(Object.values(state.shown)[0]!))).toEqual({ profileId: 'p2', path: 'apps[0].security.domainCertificateValidUntil' });
  });

  it('forgets what was shown for deadlines that no longer stand', async () => {
    const { deps, state } = fake([], '2026-12-07T02:00:00Z');
    state.shown = { 'gone/sms-verification/-@2026-12-01T10:00-0': { profileId: 'gone' } };
    expect(await checkReminders(deps)).toMatchObject({ fired: [], badge: { text: '' } });
    expect(state.shown).toEqual({});
  });
});

describe('reminderRunner', () => {
  it('runs one pass at a time and one more for any requests meanwhile', async () => {
    let passes = 0;
    let release: () => void = () => undefined;
    const { deps } = fake([], '2026-12-07T02:00:00Z', {
      vaultLocked: () => {
        passes++;
        return passes === 1 ? new Promise((resolve) => (release = () => resolve(false))) : Promise.resolve(false);
      },
    });
    const runner = reminderRunner(deps);
    const first = runner.run();
    void runner.run();
    void runner.run();
    release();
    await first;
    expect(passes).toBe(2);
    await runner.run();
    expect(passes).toBe(3);
  });

  it('decrypts a profile again only once it was written, and everything again after a forget() (a lock)', async () => {
    const records = [stored([entry('submitted', '2026-12-01')])];
    const reads: string[][] = [];
    const { deps } = fake(records, '2026-12-07T02:00:00Z', { profiles: async (ids) => (reads.push([...ids]), ids.map((id) => records.find((r) => r.id === id))) });
    const runner = reminderRunner(deps);
    await runner.run();
    await runner.run();
    expect(reads).toEqual([['p1']]);
    runner.forget();
    await runner.run();
    expect(reads).toEqual([['p1'], ['p1']]);
  });

  it('reports a failed pass and keeps going', async () => {
    const errors: unknown[] = [];
    const { deps } = fake([stored([])], '2026-12-07T02:00:00Z', { profiles: () => Promise.reject(new Error('disk')) });
    const runner = reminderRunner(deps, (e) => errors.push(e));
    await runner.run();
    await runner.run();
    expect(errors).toHaveLength(2);
  });
});

describe('messages and links', () => {
  it('knows the options page’s change message and nothing else', () => {
    expect(deadlinesChangedIds({ type: 'beian:deadlines-changed' }) !== null).toBe(true);
    expect(deadlinesChangedIds({ type: 'icp:profiles:list' }) !== null).toBe(false);
    expect(deadlinesChangedIds('beian:deadlines-changed') !== null).toBe(false);
    // The profiles a save names go to the team's copy as they are; none named means any may have changed.
    expect(deadlinesChangedIds({ type: 'beian:deadlines-changed', ids: ['p1'] })).toEqual(['p1']);
    expect(deadlinesChangedIds({ type: 'beian:deadlines-changed' })).toBeUndefined();
    expect(deadlinesChangedIds({ type: 'beian:deadlines-changed', ids: [1] })).toBeNull();
    expect(deadlinesChangedIds({ type: 'icp:profiles:list' })).toBeNull();
  });

  it('links to a profile by id, with a field when there is one', () => {
    expect(profileLink({ profileId: 'a b', path: 'websites[0].security.openedOn' })).toBe('#profile=a+b&path=websites%5B0%5D.security.openedOn');
    expect(parseProfileLink('#profile=a+b')).toEqual({ profileId: 'a b' });
    expect(parseProfileLink('#section=x')).toBeUndefined();
    expect(parseProfileLink('')).toBeUndefined();
  });
});
