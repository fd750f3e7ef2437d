import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { STAGES, stageOf } from '../profile/log-stages';
import type { FilingLogEntry, StoredProfile } from '../profile/store';
import { todayInChina } from '../rules/run-rules';
import { inChina } from '../timeline/days';
import { FILING_TYPES, filingTypeText, stageText } from './filing-words';

// Tags (client, agent…) and the filing log of a stored profile: which portal, what filing, its status and number.

/** A stored status as the UI names it: a stage in the UI's language, free text from older versions as written. */
function StatusText({ status }: { status: string }) {
  const stage = stageOf(status);
  return stage ? <>{stageText(stage)}</> : <span class="data">{status}</span>;
}

/**
 * A stage's date as its input holds it: the SMS stage with its hour (`YYYY-MM-DDTHH:mm`, the 24-hour window counts
 * from it; a new one starts at the current hour in China), every other stage the day alone.
 */
function dateFor(status: string, date: string): string {
  const day = date.slice(0, 10);
  if (status !== 'sms-verification') return day;
  return date.length > 10 ? date : `${day}T${inChina(new Date()).time}`;
}

export function RecordMeta({ record, onSave }: { record: StoredProfile; onSave: (meta: Pick<StoredProfile, 'tags' | 'log'>) => void }) {
  const [tags, setTags] = useState(record.tags.join(', '));
  const [entry, setEntry] = useState<FilingLogEntry>({ portal: '', type: '新增备案', status: 'submitted', date: todayInChina() });
  const parsedTags = tags.split(/[,，;；\s]+/).map((s) => s.trim()).filter(Boolean);
  return (
    <fieldset class="record-meta">
      <legend>{i18n.t('metaTitle')}</legend>
      <label class="field">
        <span class="field-label">{i18n.t('tags')}</span>
        <input name="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} onBlur={() => onSave({ tags: parsedTags, log: record.log })} />
      </label>
      <table class="log">
        <thead>
          <tr>
            <th>{i18n.t('logPortal')}</th>
            <th>{i18n.t('logType')}</th>
            <th>{i18n.t('logStatus')}</th>
            <th>{i18n.t('logDate')}</th>
            <th>{i18n.t('logRecordNumber')}</th>
          </tr>
        </thead>
        <tbody>
          {record.log.map((l, i) => (
            <tr key={i} class="data">
              <td>{l.portal}</td>
              <td>{filingTypeText(l.type)}</td>
              <td><StatusText status={l.status} /></td>
              <td>{l.date.replace('T', ' ')}</td>
              <td>{l.recordNumber ?? ''}</td>
            </tr>
          ))}
          <tr>
            <td><input name="log.portal" aria-label={i18n.t('newEntry', [i18n.t('logPortal')])} value={entry.portal} onInput={(e) => setEntry({ ...entry, portal: e.currentTarget.value })} /></td>
            <td>
              <select name="log.type" aria-label={i18n.t('newEntry', [i18n.t('logType')])} value={entry.type} onChange={(e) => setEntry({ ...entry, type: FILING_TYPES.find((t) => t === e.currentTarget.value) ?? entry.type })}>
                {FILING_TYPES.map((x) => <option key={x} value={x}>{filingTypeText(x)}</option>)}
              </select>
            </td>
            <td>
              <select name="log.status" aria-label={i18n.t('newEntry', [i18n.t('logStatus')])} value={entry.status} onChange={(e) => {
                  const status = STAGES.find((x) => x === e.currentTarget.value) ?? entry.status;
                  setEntry({ ...entry, status, date: dateFor(status, entry.date) });
                }}>
                {STAGES.map((x) => <option key={x} value={x}>{stageText(x)}</option>)}
              </select>
            </td>
            <td>
              {entry.status === 'sms-verification' ? (
                <input name="log.date" type="datetime-local" aria-label={i18n.t('newEntry', [i18n.t('logDateTime')])} value={entry.date} onInput={(e) => setEntry({ ...entry, date: e.currentTarget.value })} />
              ) : (
                <input name="log.date" type="date" aria-label={i18n.t('newEntry', [i18n.t('logDate')])} value={entry.date} onInput={(e) => setEntry({ ...entry, date: e.currentTarget.value })} />
              )}
            </td>
            <td><input name="log.recordNumber" aria-label={i18n.t('newEntry', [i18n.t('logRecordNumber')])} value={entry.recordNumber ?? ''} onInput={(e) => setEntry({ ...entry, recordNumber: e.currentTarget.value })} /></td>
          </tr>
        </tbody>
      </table>
      <button type="button" id="add-log" disabled={!entry.portal.trim()} onClick={() => onSave({ tags: parsedTags, log: [...record.log, entry] })}>
        {i18n.t('addEntry')}
      </button>
    </fieldset>
  );
}
