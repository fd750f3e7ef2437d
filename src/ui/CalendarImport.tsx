import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { forgetImportedCalendar, saveImportedCalendar } from '../background/stored-calendar';
import { parseCalendar, type CalendarData, type WorkCalendar } from '../timeline';
import { announceDeadlinesChanged } from './deadlines-changed';
import { say } from './lang';

// Which holiday calendar the working days are counted on, and the import of a newer one: chinese-days' published
// `chinese-days.json`, so a new year's 放假 and 调休 count without a release of the extension.

type Props = {
  /** The calendar in use (`preferredCalendar` of the import). */
  calendar: WorkCalendar;
  imported: CalendarData | undefined;
  /** The imported data changed (undefined: forgotten); it is already stored. */
  onChange: (imported: CalendarData | undefined) => void;
};

const span = (years: readonly number[]): [string, string] => [String(years[0] ?? ''), String(years.at(-1) ?? '')];

export function CalendarImport({ calendar, imported, onChange }: Props) {
  const chooser = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  async function read(file: File) {
    const parsed = parseCalendar(await file.text());
    if (!parsed.ok) {
      setMessage({ text: i18n.t('calendarImportFailed', [file.name, say(parsed.error)]), error: true });
      return;
    }
    try {
      await saveImportedCalendar(parsed.data);
    } catch (error) {
      setMessage({ text: i18n.t('calendarImportFailed', [file.name, error instanceof Error ? error.message : String(error)]), error: true });
      return;
    }
    setMessage({ text: i18n.t('calendarImported', [String(parsed.years.first), String(parsed.years.last)]), error: false });
    onChange(parsed.data);
    // Working days count on the calendar: the background's deadlines and badge follow the new data.
    announceDeadlinesChanged();
  }

  async function forget() {
    await forgetImportedCalendar();
    setMessage(undefined);
    onChange(undefined);
    announceDeadlinesChanged();
  }

  // An import older than the data this build ships is kept but not used (preferredCalendar): say so.
  const unused = imported !== undefined && calendar.origin === 'bundled';
  return (
    <div id="calendar-info" class="calendar-info">
      <p id="calendar-in-use" data-origin={calendar.origin}>
        {calendar.origin === 'bundled' ? i18n.t('calendarBundled', span(calendar.years)) : i18n.t('calendarImportedInUse', span(calendar.years))}
        {unused && <> {i18n.t('calendarImportUnused')}</>}
      </p>
      <button type="button" id="calendar-import" onClick={() => chooser.current?.click()}>{i18n.t('calendarImport')}</button>
      {imported && <button type="button" id="calendar-forget" onClick={() => void forget()}>{i18n.t('calendarForget')}</button>}
      <input
        ref={chooser}
        id="calendar-file"
        type="file"
        accept="application/json,.json"
        hidden
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) void read(file);
          input.value = ''; // the same file chosen again is read again
        }}
      />
      {message && (
        <p id="calendar-message" class={message.error ? 'notice calendar-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
