import { addDays, chinaInstant } from './days';
import { DEADLINE_TITLES, type Deadline } from './deadline';

// The deadlines as an RFC 5545 calendar for the agent's own calendar app. Written by hand: the `ics` package folds
// at 75 characters, not octets (a line of Chinese runs to 225 octets), and stamps DTSTAMP from the clock.

export type IcsOptions = {
  /** DTSTAMP of every event: when this export was made (the caller reads the clock). */
  dtstamp: Date;
  /** The language of SUMMARY; DESCRIPTION carries both. Default zh. */
  language?: 'zh' | 'en';
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence; continuation lines start with a space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char.codePointAt(0) ?? 0);
    if (size + width > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const basicDate = (day: string) => day.replace(/-/g, '');
const utcStamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function eventLines(d: Deadline, options: IcsOptions): string[] {
  const language = options.language ?? 'zh';
  const title = DEADLINE_TITLES[d.kind][language];
  const summary = d.profileLabel ? `${d.profileLabel} · ${title}` : title;
  const description = [d.text.zh, d.text.en, `来源 Source: ${d.source}`].join('\n');
  const when = d.time
    ? [`DTSTART:${utcStamp(chinaInstant(d.due, d.time))}`] // a moment; no DTEND: it ends when it starts (§3.6.1)
    : [`DTSTART;VALUE=DATE:${basicDate(d.due)}`, `DTEND;VALUE=DATE:${basicDate(addDays(d.due, 1))}`];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(d.id)}@beian-assistant`,
    `DTSTAMP:${utcStamp(options.dtstamp)}`,
    ...when,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A VCALENDAR with one VEVENT per deadline: all-day where no time is known, at its hour (in UTC) where one is. */
export function toIcs(deadlines: readonly Deadline[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Beian Assistant//Filing timeline//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...deadlines.flatMap((d) => eventLines(d, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
