import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { readImportedCalendar } from '../background/stored-calendar';
import type { ProfileStore, StoredProfile } from '../profile/store';
import { agenda, DEADLINE_TITLES, preferredCalendar, toIcs, type CalendarData, type Deadline } from '../timeline';
import { groupAgenda, icsFileName, serviceLabel, type AgendaGroup } from './agenda-model';
import { CalendarImport } from './CalendarImport';
import { SeverityIcon } from './icons';
import { lang, oneLanguage } from './lang';
import './agenda.css';

// The agenda (日程): every profile's next steps and deadlines, overdue first, then this week, then later; a row opens
// its profile (at the field the deadline is counted from); the list exports as an .ics calendar; the holiday
// calendar the working days are counted on is named, and a newer one can be imported.

type Props = {
  store: Pick<ProfileStore, 'list'>;
  today: string;
  /** Opens the profile in the editor and, given a path, goes to that field. */
  onJump: (id: string, path?: string) => void;
  onClose: () => void;
};

const GROUP_TITLES: Record<AgendaGroup, () => string> = {
  overdue: () => i18n.t('agendaOverdue'),
  week: () => i18n.t('agendaThisWeek'),
  later: () => i18n.t('agendaLater'),
};

/** Saves text through the browser's download of a blob link (no "downloads" permission needed). */
function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function Row({ d, profile, onJump }: { d: Deadline; profile: StoredProfile | undefined; onJump: Props['onJump'] }) {
  const service = serviceLabel(d.service, profile?.profile, lang);
  const label = d.profileLabel ?? '';
  const { profileId } = d;
  return (
    <tr class={`agenda-row ${d.severity}`} data-id={d.id} data-kind={d.kind} data-due={d.due} data-profile={profileId}>
      <td class="agenda-due">
        {d.severity !== 'info' && <SeverityIcon severity={d.severity} title={i18n.t(d.severity === 'error' ? 'severityError' : 'severityWarning')} />}{' '}
        <time dateTime={d.time ? `${d.due}T${d.time}+08:00` : d.due}>{d.time ? `${d.due} ${d.time}` : d.due}</time>
        {d.expected && <span class="agenda-note">{i18n.t('agendaExpected')}</span>}
        {d.outsideCalendar && <span class="agenda-note agenda-outside">{i18n.t('agendaOutsideCalendar')}</span>}
      </td>
      <td class="agenda-profile">
        {profileId ? (
          <button type="button" class="agenda-open" aria-label={i18n.t('agendaOpen', [label, DEADLINE_TITLES[d.kind][lang]])} onClick={() => onJump(profileId, 'path' in d.from ? d.from.path : undefined)}>
            <span class="data">{label}</span>
          </button>
        ) : (
          <span class="data">{label}</span>
        )}
      </td>
      <td class="agenda-service">{service ? <span class={service.isData ? 'data' : undefined}>{service.name}</span> : '—'}</td>
      <td class="agenda-what">
        <b>{DEADLINE_TITLES[d.kind][lang]}</b>
        <span class="agenda-detail">{d.text[lang]}</span>
      </td>
    </tr>
  );
}

export function AgendaView({ store, today, onJump, onClose }: Props) {
  const [records, setRecords] = useState<StoredProfile[]>();
  const [imported, setImported] = useState<CalendarData>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    store.list().then(
      (all) => live && setRecords(all),
      (error: unknown) => live && setMessage(i18n.t('agendaFailed', [oneLanguage(error instanceof Error ? error.message : String(error))])),
    );
    void readImportedCalendar().then((data) => live && setImported(data));
    return () => {
      live = false;
    };
  }, [store]);

  const calendar = useMemo(() => preferredCalendar(imported), [imported]);
  const deadlines = useMemo(() => (records ? agenda(records, today, { calendar }) : []), [records, today, calendar]);
  const groups = groupAgenda(deadlines, today, new Date());
  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);

  return (
    <section id="agenda" class="agenda" aria-labelledby="agenda-title">
      <div class="agenda-head">
        <h2 id="agenda-title">{i18n.t('agendaTitle')}</h2>
        <button
          type="button"
          id="agenda-export"
          disabled={deadlines.length === 0}
          onClick={() => downloadText(icsFileName(new Date(), lang), toIcs(deadlines, { dtstamp: new Date(), language: lang }), 'text/calendar')}
        >
          {i18n.t('agendaExport')}
        </button>
        <button type="button" id="agenda-close" onClick={onClose}>{i18n.t('agendaClose')}</button>
      </div>
      <CalendarImport
        calendar={calendar}
        imported={imported}
        onChange={setImported}
      />
      {message && <p id="agenda-message" class="notice" role="alert">{message}</p>}
      {!records && !message && <p class="empty" role="status">{i18n.t('agendaLoading')}</p>}
      {records && deadlines.length === 0 && <p id="agenda-empty" class="empty">{i18n.t('agendaEmpty')}</p>}
      {groups.map(({ group, deadlines: rows }) => (
        <section key={group} class={`agenda-group agenda-${group}`} data-group={group} aria-labelledby={`agenda-${group}-title`}>
          <h3 id={`agenda-${group}-title`}>
            {GROUP_TITLES[group]()} <span class="agenda-count">({rows.length})</span>
          </h3>
          <table class="agenda-table" aria-labelledby={`agenda-${group}-title`}>
            <thead>
              <tr>
                <th scope="col">{i18n.t('agendaDue')}</th>
                <th scope="col">{i18n.t('agendaProfile')}</th>
                <th scope="col">{i18n.t('agendaService')}</th>
                <th scope="col">{i18n.t('agendaWhat')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <Row key={d.id} d={d} profile={d.profileId ? byId.get(d.profileId) : undefined} onJump={onJump} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
