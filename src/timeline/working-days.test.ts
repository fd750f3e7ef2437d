import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCalendar, calendarFrom, parseCalendar, preferredCalendar } from './calendar';
import { addDays, dayFrom, weekday } from './days';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

// 2026 dates checked against 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04,
// https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm): 元旦 1月1日至3日放假调休，1月4日（周日）上班；
// 春节 2月15日至23日放假调休，共9天，2月14日（周六）、2月28日（周六）上班；国庆节 10月1日至7日放假调休，
// 9月20日（周日）、10月10日（周六）上班。
// 2025 dates against 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号,
// https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm): 春节 1月28日至2月4日放假调休，共8天，
// 1月26日（周日）、2月8日（周六）上班。

describe('isWorkingDay on the 2026 calendar', () => {
  it('works on the 调休 weekends the notice names', () => {
    for (const day of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect([0, 6]).toContain(weekday(day));
      expect(isWorkingDay(day), day).toBe(true);
    }
  });

  it('rests through the Spring Festival, weekdays included', () => {
    for (let day = '2026-02-15'; day <= '2026-02-23'; day = addDays(day, 1)) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2026-02-13')).toBe(true); // Friday before
    expect(isWorkingDay('2026-02-24')).toBe(true); // Tuesday after
  });

  it('keeps an ordinary weekend a rest and an ordinary weekday a working day', () => {
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-09')).toBe(true); // Monday
  });

  it('refuses a malformed date rather than guessing', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('counts a make-up Saturday: 1 working day after Friday 2026-02-13 is Saturday 2026-02-14', () => {
    expect(addWorkingDays('2026-02-13', 1)).toEqual({ date: '2026-02-14', outsideCalendar: false });
  });

  it('jumps the Spring Festival: 2 working days after 2026-02-13 is 2026-02-24', () => {
    expect(addWorkingDays('2026-02-13', 2).date).toBe('2026-02-24');
  });

  it('counts 20 working days across the festival and the 2026-02-28 make-up Saturday', () => {
    // 13, 14(六), 24, 25, 26, 27, 28(六), 3/2–3/6, 3/9–3/13, 3/16, 3/17, 3/18
    expect(addWorkingDays('2026-02-12', 20).date).toBe('2026-03-18');
  });

  it('jumps National Day: 1 working day after 2026-09-30 is 2026-10-08', () => {
    expect(addWorkingDays('2026-09-30', 1).date).toBe('2026-10-08');
  });

  it('follows the 2025 Spring Festival too (1 working day after 2025-01-27 is 2025-02-05; 2025-02-08 works)', () => {
    expect(addWorkingDays('2025-01-27', 1).date).toBe('2025-02-05');
    expect(addWorkingDays('2025-02-07', 1).date).toBe('2025-02-08');
    expect(addWorkingDays('2025-01-24', 1).date).toBe('2025-01-26'); // Sunday 1月26日 works
  });

  it('gives the day itself for 0 and refuses a negative or fractional count', () => {
    expect(addWorkingDays('2026-02-15', 0)).toEqual({ date: '2026-02-15', outsideCalendar: false });
    expect(() => addWorkingDays('2026-02-15', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-15', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the days after the first up to the second, 调休 included', () => {
    // 14(六), 24, 25, 26, 27
    expect(workingDaysBetween('2026-02-13', '2026-02-27')).toEqual({ days: 5, outsideCalendar: false });
    expect(workingDaysBetween('2026-02-27', '2026-02-13')).toEqual({ days: -5, outsideCalendar: false });
    expect(workingDaysBetween('2026-02-15', '2026-02-23').days).toBe(0);
  });
});

describe('outside the years the calendar covers', () => {
  const bundled = bundledCalendar();

  it('says which years the bundled data covers', () => {
    expect(bundled.origin).toBe('bundled');
    expect(bundled.years).toContain(2026);
    expect(bundled.covers('2026-12-31')).toBe(true);
  });

  // The bundled chinese-days 1.5.7 stops at 2026: no 2027 notice in it. Should a newer package cover 2027, this
  // test's year moves on with it.
  const beyond = (bundled.years.at(-1) ?? 2026) + 1;

  it('falls back to Mon–Fri past the last covered year and flags it', () => {
    const lastDay = `${beyond - 1}-12-31`;
    const result = addWorkingDays(lastDay, 3);
    expect(result.outsideCalendar).toBe(true);
    expect([1, 2, 3, 4, 5]).toContain(weekday(result.date));
    expect(workingDaysBetween(lastDay, result.date)).toEqual({ days: 3, outsideCalendar: true });
  });

  it('counts with an imported copy that covers 2027, which replaces the bundled one', () => {
    // Synthetic data in the package's JSON shape, NOT the official 2027 arrangement: a holiday Wednesday 3月3日 to
    // Friday 3月5日 and a make-up Sunday 3月7日.
    const json = JSON.stringify({
      holidays: { '2027-03-03': 'Test Day,测试节,9', '2027-03-04': 'Test Day,测试节,9', '2027-03-05': 'Test Day,测试节,9' },
      workdays: { '2027-03-07': 'Test Day,测试节,9' },
      inLieuDays: {},
    });
    const parsed = parseCalendar(json);
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.years).toEqual({ first: 2027, last: 2027 });
    const calendar = calendarFrom(parsed.data);
    expect(calendar.isWorkingDay('2027-03-04')).toBe(false);
    expect(calendar.isWorkingDay('2027-03-06')).toBe(false);
    expect(calendar.isWorkingDay('2027-03-07')).toBe(true);
    expect(calendar.dayName('2027-03-07')).toEqual({ zh: '测试节', en: 'Test Day' });
    expect(addWorkingDays('2027-03-02', 1, calendar)).toEqual({ date: '2027-03-07', outsideCalendar: false });
    if ((bundled.years.at(-1) ?? 0) <= 2027) expect(preferredCalendar(parsed.data).origin).toBe('imported');
  });

  it('keeps the bundled calendar when an old import reaches an earlier year', () => {
    const old = { holidays: { '2020-01-01': "New Year's Day,元旦,1" }, workdays: {} };
    expect(preferredCalendar(old).origin).toBe('bundled');
  });
});

describe('parseCalendar', () => {
  it('reads the package’s own JSON and its years', () => {
    const parsed = parseCalendar(JSON.stringify({ holidays: { '2026-01-01': "New Year's Day,元旦,1" }, workdays: { '2026-01-04': "New Year's Day,元旦,1" } }));
    expect(parsed).toMatchObject({ ok: true, years: { first: 2026, last: 2026 } });
  });

  it('refuses what is not a calendar, saying why in both languages', () => {
    for (const json of ['not json', '{}', '{"holidays":{"2026-02-30":"x"},"workdays":{}}', '{"holidays":{"2026-01-01":"a"},"workdays":{"2026-01-01":"a"}}', '{"holidays":{},"workdays":{}}']) {
      const parsed = parseCalendar(json);
      expect(parsed.ok, json).toBe(false);
      if (!parsed.ok) expect(parsed.error.zh && parsed.error.en).toBeTruthy();
    }
  });
});

describe('properties', () => {
  const calendar = bundledCalendar();
  const day = fc.integer({ min: 12_418, max: 21_184 }).map(dayFrom); // 2004-01-01 … 2027-12-31

  it('addWorkingDays then workingDaysBetween gives n back, and lands on a working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (start, n) => {
        const { date } = addWorkingDays(start, n, calendar);
        expect(workingDaysBetween(start, date, calendar).days).toBe(n);
        if (n > 0) expect(calendar.isWorkingDay(date)).toBe(true);
      }),
    );
  });

  it('workingDaysBetween agrees with a walk day by day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (start, span) => {
        let walked = 0;
        for (let d = addDays(start, 1); d <= addDays(start, span); d = addDays(d, 1)) if (calendar.isWorkingDay(d)) walked++;
        expect(workingDaysBetween(start, addDays(start, span), calendar).days).toBe(walked);
      }),
      { numRuns: 200 },
    );
  });

  it('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(workingDaysBetween(b, a, calendar).days + workingDaysBetween(a, b, calendar).days).toBe(0);
        expect(workingDaysBetween(a, c, calendar).days).toBe(workingDaysBetween(a, b, calendar).days + workingDaysBetween(b, c, calendar).days);
      }),
      { numRuns: 50 },
    );
  });

  it('the package’s published JSON, imported as a file, counts the same as the bundled data', () => {
    const parsed = parseCalendar(readFileSync('node_modules/chinese-days/dist/chinese-days.json', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.years.first).toBe(calendar.years[0]);
    const copy = calendarFrom(parsed.data);
    fc.assert(fc.property(day, (d) => {
      expect(copy.isWorkingDay(d)).toBe(calendar.isWorkingDay(d));
    }));
  });
});
