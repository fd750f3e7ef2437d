import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Deadline } from './deadline';
import { escapeText, foldLine, toIcs } from './ics';

const base: Deadline = {
  id: 'p1/public-security/websites[0]',
  profileId: 'p1',
  profileLabel: '杭州云栖科技有限公司，官网；备案',
  service: 'websites[0]',
  kind: 'public-security',
  due: '2026-12-20',
  expected: false,
  from: { stage: 'approved', date: '2026-11-20' },
  text: {
    zh: '公安联网备案（云栖示例官网）：开通之日起 30 日内在全国互联网安全管理服务平台办理。这一句写得很长，为了让这一行远远超过七十五个八位字节，从而必须折行。',
    en: 'Public-security filing (云栖示例官网): within 30 days of opening, on beian.mps.gov.cn; a back\\slash too.',
  },
  source: '公安部令第33号 第十二条; issue 18',
  severity: 'info',
};
const sms: Deadline = { ...base, id: 'p1/sms-verification/-', service: undefined, kind: 'sms-verification', due: '2026-03-03', time: '15:30', profileLabel: undefined };

const utf8Length = (line: string) => new TextEncoder().encode(line).length;

describe('toIcs', () => {
  const text = toIcs([base, sms], { dtstamp: new Date('2026-12-07T03:27:54.123Z') });

  it('writes CRLF lines of at most 75 octets, folded with a leading space and never inside a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(utf8Length(line), line).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\n');
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the long Chinese description was folded
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('parses back with ical.js: one event per deadline, the same uid, texts and dates', () => {
    const calendar = ICAL.Component.fromString(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const [allDay, timed] = events;

    expect(allDay?.uid).toBe('p1/public-security/websites[0]@beian-assistant');
    expect(allDay?.summary).toBe('杭州云栖科技有限公司，官网；备案 · 公安联网备案');
    expect(allDay?.description).toBe(`${base.text.zh}\n${base.text.en}\n来源 Source: ${base.source}`);
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe('2026-12-20');
    expect(allDay?.endDate.toString()).toBe('2026-12-21');
    expect(allDay?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-07T03:27:54Z');

    expect(timed?.uid).toBe('p1/sms-verification/-@beian-assistant');
    expect(timed?.summary).toBe('工信部短信核验');
    expect(timed?.startDate.isDate).toBe(false);
    expect(timed?.startDate.toJSDate().toISOString()).toBe('2026-03-03T07:30:00.000Z'); // 15:30 in China
  });

  it('is the same text for the same deadlines and stamp (UIDs stable across exports)', () => {
    expect(toIcs([base, sms], { dtstamp: new Date('2026-12-07T03:27:54Z') })).toBe(text);
  });

  it('writes the summary in English when asked', () => {
    const event = new ICAL.Event(ICAL.Component.fromString(toIcs([sms], { dtstamp: new Date(0), language: 'en' })).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('MIIT SMS verification');
  });

  it('is an empty calendar for no deadlines', () => {
    expect(ICAL.Component.fromString(toIcs([], { dtstamp: new Date(0) })).getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('leaves a short line alone and splits a long one into 75-octet pieces that join back', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const long = `DESCRIPTION:${'备案'.repeat(40)}😀${'x'.repeat(80)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});
