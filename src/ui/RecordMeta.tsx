import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { FilingLogEntry, FilingType, StoredProfile } from '../profile/store';

// Tags (client, agent…) and the filing log of a stored profile: which portal, what filing, its status and number.

const TYPES: FilingType[] = ['新增备案', '新增网站', '新增接入', '变更', '注销'];

export function RecordMeta({ record, onSave }: { record: StoredProfile; onSave: (meta: Pick<StoredProfile, 'tags' | 'log'>) => void }) {
  const [tags, setTags] = useState(record.tags.join(', '));
  const [entry, setEntry] = useState<FilingLogEntry>({ portal: '', type: '新增备案', status: i18n.t('logSubmitted'), date: new Date().toISOString().slice(0, 10) });
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
              <td>{l.type}</td>
              <td>{l.status}</td>
              <td>{l.date}</td>
              <td>{l.recordNumber ?? ''}</td>
            </tr>
          ))}
          <tr>
            <td><input name="log.portal" aria-label={i18n.t('newEntry', [i18n.t('logPortal')])} value={entry.portal} onInput={(e) => setEntry({ ...entry, portal: e.currentTarget.value })} /></td>
            <td>
              <select name="log.type" aria-label={i18n.t('newEntry', [i18n.t('logType')])} value={entry.type} onChange={(e) => setEntry({ ...entry, type: e.currentTarget.value as FilingType })}>
                {TYPES.map((x) => <option key={x} lang="zh-CN">{x}</option>)}
              </select>
            </td>
            <td><input name="log.status" aria-label={i18n.t('newEntry', [i18n.t('logStatus')])} value={entry.status} onInput={(e) => setEntry({ ...entry, status: e.currentTarget.value })} /></td>
            <td><input name="log.date" type="date" aria-label={i18n.t('newEntry', [i18n.t('logDate')])} value={entry.date} onInput={(e) => setEntry({ ...entry, date: e.currentTarget.value })} /></td>
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
